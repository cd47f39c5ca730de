"""Core families against the reference model in Amaranth's simulator."""

import random

import numpy as np
import pytest
from amaranth.sim import Simulator
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_profiles import examples

from hw.dense_core import DenseCore
from hw.generator_core import GeneratorCore
from model.randnet import random_conv
from model.reference import conv_sum
from model.truenorth import plan_tiles
from sim.amaranth_streams import receive_events, send_events
from toepcore.ir.geometry import TileGeometry


def expected_tile_spikes(layer, tile, x):
    """Reference: neuron indices j (= p * F + f) of the tile that spike, for input map x."""
    v = conv_sum(layer, x[None])[0] + np.asarray(layer.bias)[:, None, None]
    s = v >= np.asarray(layer.threshold)[:, None, None]
    geo = TileGeometry.of(layer, tile)
    return [j for j in range(geo.neurons) if s[geo.neuron_coords(j)]]


def active_axons(core, x):
    addr = core.geo.axon_address
    out = []
    for c, y, xx in zip(*np.nonzero(x)):
        a = addr(c, y, xx)
        if a is not None:
            out.append(a)
    return out


def run_core(core, ticks, seed=0, idle=0.3, stall=0.3):
    """Drive one or more ticks of axon addresses; return [(spikes, counters)] per tick."""
    results = []
    sim = Simulator(core)
    sim.add_clock(1e-8)
    rng = random.Random(seed)

    async def producer(ctx):
        for axons in ticks:
            await send_events(ctx, core.axons, axons, rng=rng, idle=idle)

    async def consumer(ctx):
        for _ in ticks:
            spikes, _ = await receive_events(ctx, core.spikes, rng=random.Random(seed + 1), stall=stall)
            await ctx.tick().repeat(2)
            counters = {k: ctx.get(getattr(core, k)) for k in
                        ("cycles", "axon_events", "updates", "weight_reads", "spikes_out")}
            results.append((spikes, counters))

    sim.add_testbench(producer, background=True)
    sim.add_testbench(consumer)
    sim.run()
    return results


def small_layer(family, seed, cg=2, f=4, k=3, s=1, p=1, h=6, w=6, bits=2, density=0.6, extreme=False):
    rng = np.random.default_rng(seed)
    layer = random_conv(rng, "c", family, (cg, h, w), f, k, s, p, weight_bits=bits, density=density)
    if extreme:   # maximal weights: every tap at the largest magnitude
        if family == "s4":
            layer.table[:] = 255
            layer.mask[:] = 1
        else:
            layer.weight[:] = (1 << (bits - 1)) - 1
        layer.membrane_bits = layer.required_membrane_bits()
    return layer


@pytest.mark.parametrize("family", ["kernel", "s4"])
@pytest.mark.parametrize("lanes,skip", [(1, True), (2, True), (4, True), (1, False), (2, False)])
def test_generator_core_matches_reference(family, lanes, skip):
    layer = small_layer(family, 3, bits=3)
    tile = plan_tiles(layer, max_axons=10_000, max_neurons=64)[0]
    core = GeneratorCore(layer, tile, lanes=lanes, skip_zeros=skip)
    rng = np.random.default_rng(9)
    xs = [(rng.random(layer.in_shape) < d).astype(np.uint8) for d in (0.5, 0.0, 1.0)]
    res = run_core(core, [active_axons(core, x) for x in xs])
    for x, (spikes, ctr) in zip(xs, res):
        want = expected_tile_spikes(layer, tile, x)
        assert spikes == want
        assert ctr["spikes_out"] == len(want)
        assert ctr["axon_events"] == len(active_axons(core, x))


@pytest.mark.parametrize("family,bits", [("kernel", 2), ("kernel", 3), ("s4", 2), ("dense", 2)])
@pytest.mark.parametrize("lanes", [1, 4])
def test_dense_core_matches_reference(family, bits, lanes):
    layer = small_layer(family, 5, bits=bits, s=2)
    tile = plan_tiles(layer, max_axons=10_000, max_neurons=36)[-1]
    core = DenseCore(layer, tile, lanes=lanes)
    rng = np.random.default_rng(2)
    xs = [(rng.random(layer.in_shape) < d).astype(np.uint8) for d in (0.4, 1.0)]
    res = run_core(core, [active_axons(core, x) for x in xs])
    for x, (spikes, _ctr) in zip(xs, res):
        assert spikes == expected_tile_spikes(layer, tile, x)


def expected_ticks(layer, tile, xs, mode):
    """Reference spikes of the tile's neurons for a sequence of ticks (step_conv)."""
    from model.reference import step_conv
    geo = TileGeometry.of(layer, tile)
    v, out = None, []
    for x in xs:
        s, v = step_conv(layer, x[None], v, mode)
        out.append([j for j in range(geo.neurons) if s[0][geo.neuron_coords(j)]])
    return out


core_cases = st.fixed_dictionaries({
    "family": st.sampled_from(["kernel", "s4", "dense"]),
    "core": st.sampled_from(["generator", "dense"]),
    "cg": st.integers(1, 3), "f": st.sampled_from([2, 4]),
    # kernels, strides and padding differ per axis: a swapped row/column anywhere shows
    "kh": st.integers(1, 3), "kw": st.integers(1, 3), "sy": st.integers(1, 2), "sx": st.integers(1, 2),
    "py": st.integers(0, 1), "px": st.integers(0, 1), "h": st.integers(3, 7), "w": st.integers(3, 7),
    "bits": st.integers(2, 3),
    "lanes": st.sampled_from([1, 2]), "mode": st.sampled_from(["feedforward", "stateful"]),
    "reset": st.sampled_from(["zero", "subtract", "none"]), "ticks": st.integers(1, 3),
    "density": st.sampled_from([0.0, 0.3, 0.7, 1.0]), "extreme": st.booleans(),
    "tile": st.integers(0, 100), "seed": st.integers(0, 2 ** 31), "skip": st.booleans(),
})


@settings(max_examples=examples(40))
@given(core_cases)
def test_random_cores_match_reference(d):
    """Random layers, tiles, lanes, modes and reset modes, including no spikes, all axons
    active and maximal weights at the worst-case membrane width."""
    if d["core"] == "dense" and d["family"] == "kernel":
        d["bits"] = min(d["bits"], 3)
    layer = small_layer("kernel" if d["family"] == "dense" else d["family"], d["seed"], cg=d["cg"], f=d["f"],
                        k=(min(d["kh"], d["h"]), min(d["kw"], d["w"])), s=(d["sy"], d["sx"]), p=(d["py"], d["px"]),
                        h=d["h"], w=d["w"],
                        bits=2 if d["family"] == "dense" else d["bits"], extreme=d["extreme"])
    layer.family = d["family"]
    layer.reset = d["reset"]
    tiles = plan_tiles(layer, max_axons=10_000, max_neurons=2 * d["f"])
    tile = tiles[d["tile"] % len(tiles)]
    cls = GeneratorCore if d["core"] == "generator" else DenseCore
    lanes = d["lanes"] if (tile.f1 - tile.f0) % d["lanes"] == 0 else 1
    core = cls(layer, tile, lanes=lanes, mode=d["mode"], **({"skip_zeros": d["skip"]} if cls is GeneratorCore else {}))
    rng = np.random.default_rng(d["seed"])
    ticks = d["ticks"] if d["mode"] == "stateful" else 1
    xs = [(rng.random(layer.in_shape) < d["density"]).astype(np.uint8) for _ in range(ticks)]
    res = run_core(core, [active_axons(core, x) for x in xs], seed=d["seed"])
    assert [r[0] for r in res] == expected_ticks(layer, tile, xs, d["mode"])


@pytest.mark.parametrize("skip", [True, False])
@pytest.mark.parametrize("kernel,stride,padding", [((2, 3), (1, 2), (1, 0)), ((3, 1), (2, 1), (0, 1)),
                                                   ((1, 3), (1, 1), (0, 1))])
def test_non_square_kernels_through_both_datapaths(kernel, stride, padding, skip):
    """Kernels, strides and padding that differ per axis: a swapped row and column in the
    generator address or the visit arithmetic shows here."""
    for family in ("s4", "kernel"):
        layer = small_layer(family, 5, cg=2, f=4, k=kernel, s=stride, p=padding, h=7, w=6, bits=3)
        rng = np.random.default_rng(6)
        xs = [(rng.random(layer.in_shape) < 0.5).astype(np.uint8)]
        for tile in plan_tiles(layer, max_axons=10_000, max_neurons=16):
            core = GeneratorCore(layer, tile, lanes=2 if (tile.f1 - tile.f0) % 2 == 0 else 1, skip_zeros=skip)
            res = run_core(core, [active_axons(core, x) for x in xs])
            assert [r[0] for r in res] == expected_ticks(layer, tile, xs, "feedforward")


def test_s4_layer_gives_identical_spikes_on_generator_and_dense_cores():
    layer = small_layer("s4", 21, cg=3, f=4, h=7, w=7)
    rng = np.random.default_rng(4)
    xs = [(rng.random(layer.in_shape) < 0.5).astype(np.uint8) for _ in range(3)]
    for tile in plan_tiles(layer, max_axons=10_000, max_neurons=16):
        gen, dense = GeneratorCore(layer, tile, lanes=2), DenseCore(layer, tile, lanes=2)
        a = run_core(gen, [active_axons(gen, x) for x in xs])
        b = run_core(dense, [active_axons(dense, x) for x in xs])
        assert [r[0] for r in a] == [r[0] for r in b] == expected_ticks(layer, tile, xs, "feedforward")


def visit_groups(core, axons):
    """Per input spike, per covered position: the lane groups of the tap's generator word
    holding a non-zero weight (what a generator core updates)."""
    geo = core.geo
    gw = core.gen_width // core.groups
    out = []
    for a in axons:
        c, Y, X = a >> (geo.yb + geo.xb), a >> geo.xb & ((1 << geo.yb) - 1), a & ((1 << geo.xb) - 1)
        (ylo, yhi), (xlo, xhi) = geo.covered(Y, geo.sy, geo.kh, geo.ty), geo.covered(X, geo.sx, geo.kw, geo.tx)
        for py in range(ylo, yhi + 1):
            for px in range(xlo, xhi + 1):
                word = core.gen_words[(c * geo.kh + Y - py * geo.sy) * geo.kw + X - px * geo.sx]
                out.append(sum(1 for g in range(core.groups) if (word >> (g * gw)) & ((1 << gw) - 1)))
    return out


@pytest.mark.parametrize("family", ["kernel", "s4"])
def test_counters_and_cycle_counts(family):
    """Exact cycles: zero lane groups are skipped, so the core's work is its non-zero
    updates plus one fetch cycle for every visit without any."""
    layer = small_layer(family, 8, cg=2, f=4, k=3, s=1, p=1, h=5, w=5, density=0.3)
    tile = plan_tiles(layer, max_axons=10_000, max_neurons=100)[0]
    x = (np.random.default_rng(0).random(layer.in_shape) < 0.5).astype(np.uint8)
    gen = GeneratorCore(layer, tile, lanes=2)
    axons = active_axons(gen, x)
    (spikes, ctr), = run_core(gen, [axons], idle=0, stall=0)
    geo = gen.geo
    groups = visit_groups(gen, axons)
    assert 0 in groups and max(groups) == 2         # the case exercises skipped visits
    assert ctr["axon_events"] == len(axons)
    assert ctr["weight_reads"] == sum(groups)        # one update cycle per non-zero lane group
    assert ctr["updates"] == 2 * sum(groups)         # two lanes each
    # 2 cycles to accept each spike and fetch its first word, max(1, groups) per visit, one
    # for the end marker, then the threshold pass (1 per potential word + 1 per spike + 2)
    # and one to return to idle.
    words = geo.positions * 2
    assert ctr["cycles"] == 2 * len(axons) + sum(max(1, n) for n in groups) + 1 + (words + len(spikes) + 2) + 1
    assert ctr["spikes_out"] == len(spikes)
    # without the skip: every lane group of every visit
    full = GeneratorCore(layer, tile, lanes=2, skip_zeros=False)
    (spikes2, ctr2), = run_core(full, [axons], idle=0, stall=0)
    assert spikes2 == spikes and ctr2["weight_reads"] == 2 * len(groups)
    # spikes back to back: only the first costs an accept cycle, each later one is taken in
    # the cycle of the previous one's last update (every spike here reaches a position)
    assert full.overlap_accept and all(visit_groups(full, [a]) for a in axons)
    assert ctr2["cycles"] == 1 + 2 * len(groups) + 1 + (words + len(spikes) + 2) + 1


def test_weight_memory_bits_are_the_generators():
    layer = small_layer("kernel", 1, cg=3, f=4, bits=3)
    tile = plan_tiles(layer, max_axons=10_000, max_neurons=64)[0]
    gen = GeneratorCore(layer, tile, lanes=2)
    assert gen.weight_memory_bits() == {"generators": 3 * 3 * 3 * 4 * 3}   # taps x F x 3-bit weights
    s4l = small_layer("s4", 1, cg=3, f=4)
    g4 = GeneratorCore(s4l, tile, lanes=2)
    assert g4.weight_memory_bits() == {"generators": 27 * 4, "tables": 4 * 36, "base_types": 6, "permutations": 72}
    from model.truenorth import dense_core_bits
    d = DenseCore(s4l, tile, lanes=2)
    assert sum(d.weight_memory_bits().values()) == dense_core_bits(d.rows, d.n) == d.image.bits
