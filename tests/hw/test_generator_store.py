"""The generator store: logical words packed into 16-bit words, read back one per cycle,
and the cores of an array reading their generators from it."""

import numpy as np
import pytest
from amaranth.sim import Simulator
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_profiles import examples

from boards import get_board
from codegen import planner
from codegen.planner import plan_array
from hw.array import CoreArray
from hw.generator_store import GeneratorStore
from model.randnet import random_network
from model.reference import ReferenceModel
from sim.amaranth_streams import run_frames
from toepcore.ir.memory import pack_store, store_packing


def test_packing_fills_whole_sixteen_bit_words():
    assert store_packing(1) == (16, 16) and store_packing(2) == (8, 16) and store_packing(5) == (2, 16)
    assert store_packing(9) == (1, 16) and store_packing(16) == (1, 16) and store_packing(20) == (1, 32)
    assert pack_store([1, 2, 3], 2) == [1 | 2 << 2 | 3 << 4]
    assert pack_store([5, 6, 7], 9) == [5, 6, 7]


def _read_all(dut, addrs, loads=()):
    """Write ``loads`` (physical address, word) through the load port, then read ``addrs``
    one per cycle; returns the words read."""
    got = []

    async def bench(ctx):
        for a, w in loads:
            ctx.set(dut.load_addr, a)
            ctx.set(dut.load_data, w)
            ctx.set(dut.load_en, 1)
            await ctx.tick()
        ctx.set(dut.load_en, 0)
        addrs_ = list(addrs)
        for i, a in enumerate(addrs_):
            ctx.set(dut.addr, a)
            await ctx.tick()
            # latency 1: the word of the address before the tick, whatever the address now
            ctx.set(dut.addr, addrs_[(i + 1) % len(addrs_)] ^ 1 if len(addrs_) > 2 else 0)
            got.append(ctx.get(dut.data))
    sim = Simulator(dut)
    sim.add_clock(1e-8)
    sim.add_testbench(bench)
    sim.run()
    return got


@settings(max_examples=examples(20))
@given(st.integers(1, 20), st.integers(1, 60), st.integers(0, 2**32 - 1))
def test_store_reads_every_logical_word(width, depth, seed):
    rng = np.random.default_rng(seed)
    image = [int(v) for v in rng.integers(0, 1 << width, depth)]
    dut = GeneratorStore(image, width)
    order = [int(a) for a in rng.permutation(depth)]
    assert _read_all(dut, order) == [image[a] for a in order]


def test_loaded_words_replace_the_image():
    """What the board's 'W' command writes (physical words) is what the cores then read."""
    image = [1, 2, 3, 0, 1, 2, 3, 0, 3]
    new = [3, 3, 0, 1, 2, 2, 1, 0, 1]
    dut = GeneratorStore(image, 2)
    loads = list(enumerate(pack_store(new, 2)))
    assert _read_all(dut, range(len(new)), loads) == new


def test_store_refuses_words_wider_than_its_width():
    with pytest.raises(ValueError, match="a generator word does not fit 2 bits"):
        GeneratorStore([1, 4], 2)


@pytest.mark.parametrize("family", ["s4", "kernel"])
def test_array_reads_its_generators_from_the_store(family, mnist_test):
    """Cores taking turns at one shared store (as on the iCE40UP5K's SPRAM; here the
    store's memory model, which the Amaranth simulator runs): class counts and spikes equal
    the reference model's; the store's image is what the host loads."""
    net = random_network(np.random.default_rng(3), family, planes=(96, 160),
                         layers=((4, 3, 2, 1, 1), (8, 3, 2, 1, 2)), readout_per_class=2)
    plan = plan_array(net, get_board("sim"), lanes=2, parallel=False, skip_zeros=False, gen_store=True,
                      max_neurons=128)
    assert plan.gen_store and all(c.gen_base >= 0 for c in plan.cores)
    array = CoreArray(plan)
    assert array.store.load_words() == plan.gen_store_image()
    assert array.weight_memory_bits() == planner.memory_bits(plan)["weights"]
    images = mnist_test[0][:2]
    ref = ReferenceModel(net).run(images, counters=True)
    got = run_frames(array, images, seed=0, stall=0.2)
    for i, r in enumerate(got):
        assert r["counts"] == ref.counts[i].tolist() and r["cls"] == ref.predictions[i]
        assert r["spikes"] == sum(int(c["spikes_out"][i]) for c in ref.counters.values())


def test_store_plans_take_turns_and_update_every_group():
    net = random_network(np.random.default_rng(3), "s4", planes=(96, 160),
                         layers=((4, 3, 2, 1, 1), (8, 3, 2, 1, 2)), readout_per_class=2)
    with pytest.raises(ValueError, match="cores sharing a generator store take turns and update every lane group"):
        plan_array(net, get_board("icebreaker"), lanes=2, parallel=True, skip_zeros=False, gen_store=True,
                   stats=planner.sample_statistics(net))


@pytest.mark.parametrize("family", ["s4", "kernel"])
def test_one_shared_core_runs_every_layer(family, mnist_test):
    """One physical core whose geometry comes from a table per block runs all the plan's
    cores (as on the iCE40UP5K): class counts, spikes and cycles as the reference model
    and the plan say."""
    net = random_network(np.random.default_rng(3), family, planes=(96, 160),
                         layers=((4, 3, 2, 1, 1), (8, 3, 2, 1, 2)), readout_per_class=2)
    _run_shared(net, mnist_test[0][:2])


def test_shared_core_walks_a_spike_over_many_rows(mnist_test):
    """A 5x5 stride-1 layer: a spike reaches up to five rows of a tile, so every row step
    of the shared core's addresses is used (3x3 stride-2 kernels use at most one)."""
    net = random_network(np.random.default_rng(5), "s4", input_shape=(1, 14, 14), planes=(96,),
                         layers=((4, 5, 1, 2, 1),), readout_per_class=1)
    plan = _run_shared(net, mnist_test[0][:2, ::2, ::2], max_neurons=1024)
    assert plan.layers[0].ty >= 5


def _run_shared(net, images, max_neurons=128):
    from codegen.planner import spike_statistics
    plan = plan_array(net, get_board("sim"), lanes=2, parallel=False, skip_zeros=False, gen_store=True,
                      shared=True, max_neurons=max_neurons)
    array = CoreArray(plan)
    assert plan.shared and array.physical_cores == 1 and len(plan.cores) > 1
    assert array.weight_memory_bits() == planner.memory_bits(plan)["weights"]
    ref = ReferenceModel(net).run(images, counters=True)
    got = run_frames(array, images, seed=0, stall=0.2)
    for i, r in enumerate(got):
        assert r["counts"] == ref.counts[i].tolist() and r["cls"] == ref.predictions[i]
        assert r["spikes"] == sum(int(c["spikes_out"][i]) for c in ref.counters.values())
    expected = planner.expected_cycles(plan, spike_statistics(net, images))
    measured = np.mean([r["cycles"] for r in got])
    assert abs(expected - measured) <= 0.15 * measured, (expected, measured)
    return plan


def test_shared_core_pads_lane_groups(mnist_test):
    """Blocks of 6 and 20 filters at 4 lanes: the last group of the first is padded with
    filters that have no weights and never fire; counts stay exact."""
    net = random_network(np.random.default_rng(7), "s4", planes=(96, 160),
                         layers=((6, 3, 2, 1, 1),), readout_per_class=2)
    from codegen.planner import spike_statistics
    plan = plan_array(net, get_board("sim"), lanes=4, parallel=False, skip_zeros=False, gen_store=True,
                      shared=True, max_neurons=128)
    assert {c.lanes for c in plan.cores} == {4} and any((c.block[1] - c.block[0]) % 4 for c in plan.cores)
    array = CoreArray(plan)
    assert array.weight_memory_bits() == planner.memory_bits(plan)["weights"]
    images = mnist_test[0][:2]
    ref = ReferenceModel(net).run(images, counters=True)
    got = run_frames(array, images, seed=0, stall=0.2)
    assert [r["counts"] for r in got] == ref.counts.tolist()
    assert [r["spikes"] for r in got] == [sum(int(c["spikes_out"][i]) for c in ref.counters.values()) for i in range(2)]
    expected = planner.expected_cycles(plan, spike_statistics(net, images))
    measured = np.mean([r["cycles"] for r in got])
    assert abs(expected - measured) <= 0.15 * measured, (expected, measured)
