"""Core families against the reference model in Amaranth's simulator."""

import random

import numpy as np
import pytest
from amaranth.sim import Simulator
from hypothesis import HealthCheck, given, settings, strategies as st

from hw.config import TileGeometry
from hw.dense_core import DenseCore
from hw.generator_core import GeneratorCore
from model.randnet import random_conv
from model.reference import conv_sum
from model.truenorth import plan_tiles
from sim.amaranth_streams import receive_events, send_events


def expected_tile_spikes(layer, tile, x):
    """Reference: neuron indices j (= p * F + f) of the tile that spike, for input map x."""
    v = conv_sum(layer, x[None])[0] + np.asarray(layer.bias)[:, None, None]
    s = v >= np.asarray(layer.threshold)[:, None, None]
    geo = TileGeometry.of(layer, tile)
    return [j for j in range(geo.neurons) if s[geo.neuron_coords(j)]]


def active_axons(core, x):
    addr = core.axon_address if isinstance(core, DenseCore) else core.geo.axon_address
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
@pytest.mark.parametrize("lanes", [1, 2, 4])
def test_generator_core_matches_reference(family, lanes):
    layer = small_layer(family, 3, bits=3)
    tile = plan_tiles(layer, max_axons=10_000, max_neurons=64)[0]
    core = GeneratorCore(layer, tile, lanes=lanes)
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
    for x, (spikes, ctr) in zip(xs, res):
        assert spikes == expected_tile_spikes(layer, tile, x)
