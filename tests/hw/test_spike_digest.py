"""The spike digest: the hardware's (hw/spike_digest.py) against the definition
(toepcore/digest.py) on random spike traces, the reference model's against a spike-by-spike
sum, and that a moved spike changes it where a sum of keys would not."""

import numpy as np
import pytest
from amaranth.hdl import unsigned
from amaranth.lib import data
from amaranth.sim import Simulator
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_profiles import examples

from hw.spike_digest import SpikeDigest
from model import HARDWARE_NETWORK
from model.network import Network
from model.reference import ReferenceModel
from toepcore.digest import mix32, position_mix, spike_key

LAYOUT = data.StructLayout({"layer": unsigned(2), "c": unsigned(7), "y": unsigned(5), "x": unsigned(5)})


def run_digest(layers, frames):
    """Each frame: clear, then its spikes ``(layer, c, y, x, idle)``; returns per frame the
    ``(spikes, digests)`` lists after it."""
    dut = SpikeDigest(LAYOUT, layers)
    out = []

    async def bench(ctx):
        for spikes in frames:
            ctx.set(dut.clear, 1)
            await ctx.tick()
            ctx.set(dut.clear, 0)
            for layer, c, y, x, idle in spikes:
                ctx.set(dut.trace_valid, 0)
                if idle:
                    await ctx.tick().repeat(idle)
                ctx.set(dut.trace, {"layer": layer, "c": c, "y": y, "x": x})
                ctx.set(dut.trace_valid, 1)
                await ctx.tick()
            ctx.set(dut.trace_valid, 0)
            await ctx.tick()
            out.append(([ctx.get(dut.spikes[i]) for i in range(layers)],
                        [ctx.get(dut.digests[i]) for i in range(layers)]))

    sim = Simulator(dut)
    sim.add_clock(1e-8)
    sim.add_testbench(bench)
    sim.run()
    return out


spike = st.tuples(st.integers(0, 3), st.integers(0, 127), st.integers(0, 31), st.integers(0, 31), st.integers(0, 2))


@settings(max_examples=examples(15))
@given(st.lists(st.lists(spike, max_size=30), min_size=1, max_size=3))
def test_hardware_digest_is_the_definition(frames):
    for spikes, (counts, digests) in zip(frames, run_digest(4, frames)):
        for layer in range(4):
            mine = [s for s in spikes if s[0] == layer]
            assert counts[layer] == len(mine)
            want = sum(int(mix32(spike_key(c, y, x))) for _, c, y, x, _ in mine) % (1 << 32)
            assert digests[layer] == want


def test_too_wide_a_trace_is_refused():
    wide = data.StructLayout({"layer": unsigned(1), "c": unsigned(13), "y": unsigned(5), "x": unsigned(5)})
    with pytest.raises(ValueError, match="field 'c' is 13 bits; the digest key holds 12"):
        SpikeDigest(wide, 2)


def test_reference_digests_sum_each_layers_spikes(mnist_test):
    net = Network.load(HARDWARE_NETWORK)
    images = mnist_test[0][:3]
    ref = ReferenceModel(net).run(images, trace=True, counters=True)
    for i in range(3):
        for li in range(len(net.layers)):
            c, y, x = np.nonzero(ref.spikes[li][i])
            assert ref.spike_digests[i, li] == int(mix32(spike_key(c, y, x)).sum()) % (1 << 32)


def test_a_moved_spike_changes_the_digest_not_the_key_sum():
    """Two spikes each moved one column, in opposite directions: the count and the sum of
    keys stay, the digest changes."""
    mix = position_mix((2, 4, 4))
    a = np.zeros((2, 4, 4), np.int64)
    a[0, 1, 1] = a[1, 2, 2] = 1
    b = np.zeros_like(a)
    b[0, 1, 2] = b[1, 2, 1] = 1
    keys = spike_key(*np.indices(a.shape)).astype(np.int64)
    assert a.sum() == b.sum() and (a * keys).sum() == (b * keys).sum()
    assert (a.reshape(-1) @ mix) % (1 << 32) != (b.reshape(-1) @ mix) % (1 << 32)
