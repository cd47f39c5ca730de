"""The independent-lane core (hw/lane_core.py) in the Amaranth simulator: bit-exact against
the reference model on real MNIST spike maps, and its integrate phase as long as the queue
model of ``python -m bench lanes`` says."""

import random

import numpy as np
import pytest
from amaranth.sim import Simulator

from bench.lanes import lane_work, queued_cycles
from hw.lane_core import IndependentLaneCore
from model.randnet import random_network
from model.reference import ReferenceModel


def _run(core, frames, stall=0.0, limit=200_000):
    """Send each frame's spikes (channel, row, column) then ``end``; collect the spikes
    ``(f, y, x)`` of every tick and the core's counters."""
    out = []
    sim = Simulator(core)
    sim.add_clock(1e-6)

    async def send(ctx):
        for spikes in frames:
            for s in list(spikes) + [None]:
                ctx.set(core.axons.payload, {"c": 0, "y": 0, "x": 0, "end": 1} if s is None else
                        {"c": s[0], "y": s[1], "x": s[2], "end": 0})
                ctx.set(core.axons.valid, 1)
                await ctx.tick().until(core.axons.ready)
                ctx.set(core.axons.valid, 0)

    async def receive(ctx):
        rng = random.Random(1)
        for _ in frames:
            got, cycles = [], 0
            while True:
                ready = not (stall and rng.random() < stall)
                ctx.set(core.spikes.ready, ready)
                _, _, valid, p = await ctx.tick().sample(core.spikes.valid, core.spikes.payload)
                cycles += 1
                assert cycles < limit, "no end of tick"
                if ready and valid:
                    if p.end:
                        break
                    got.append((int(p.f), int(p.y), int(p.x)))
            await ctx.tick()
            out.append((got, {k: ctx.get(getattr(core, k)) for k in ("cycles", "updates", "update_cycles")}))

    sim.add_testbench(send)
    sim.add_testbench(receive)
    sim.run()
    return out


def _stored_order(spikes):
    """A layer's input spikes (C, H, W) as the array stores them: row, column, channel."""
    y, x, c = np.nonzero(np.asarray(spikes).transpose(1, 2, 0))
    return list(zip(c.tolist(), y.tolist(), x.tolist()))


@pytest.mark.parametrize("family,layers,depth,li,stall", [
    ("s4", ((6, 3, 2, 1, 1),), 4, 0, 0.0),                        # strided, padded
    ("kernel", ((8, 3, 2, 1, 1), (6, 3, 1, 1, 2)), 2, 1, 0.2),     # grouped, stride 1
    ("s4", ((6, 3, 2, 0, 1),), 3, 1, 0.2),                         # the full-extent readout (one output)
])
def test_lane_core_is_bit_exact_and_as_fast_as_its_model(family, layers, depth, li, stall, mnist_test):
    net = random_network(np.random.default_rng(3), family, layers=layers, readout_per_class=1)
    if family == "s4":
        net.layers[li].table[::2, 1] = 0        # trained tables hold zeros: no cycle, no update for them
    images = mnist_test[0][:2]
    res = ReferenceModel(net).run(images, trace=True, counters=True)
    inputs = [res.input_spikes] + list(res.spikes[:-1])
    layer = net.layers[li]
    core = IndependentLaneCore(layer, depth=depth)
    frames = [_stored_order(x) for x in inputs[li]]
    out = _run(core, frames, stall=stall)
    for n, (got, counters) in enumerate(out):
        want = res.spikes[li][n]
        ref = sorted(zip(*np.nonzero(want)), key=lambda t: (t[1], t[2], t[0]))
        assert got == [tuple(int(v) for v in t) for t in ref], f"image {n}"
        assert counters["updates"] == res.counters[layer.name]["synaptic_ops"][n]
        # accept and row read ahead of the model's first offer
        assert counters["update_cycles"] == queued_cycles(lane_work(layer, inputs[li][n]), depth) + 2
        # the pass: 3 cycles a position, a spike a cycle while taken, 2 to close
        _, ho, wo = layer.out_shape
        pass_cycles = counters["cycles"] - counters["update_cycles"]
        assert pass_cycles == 3 * ho * wo + len(got) + 2 if not stall else pass_cycles > 3 * ho * wo + len(got)


def test_lane_core_refuses_a_queue_without_room_behind_its_head():
    net = random_network(np.random.default_rng(0), "s4", layers=((4, 3, 2, 1, 1),))
    with pytest.raises(ValueError, match="at least one more spike, not 1"):
        IndependentLaneCore(net.layers[0], depth=1)


@pytest.mark.parametrize("name,li", [
    ("ice40-s4", 0),                                   # 16 lanes
    pytest.param("mnist-s4", 2, marks=pytest.mark.slow),  # 128 lanes
])
def test_lane_core_runs_a_trained_layer(name, li, mnist_test):
    """A shipped network's layer (trained masks and tables) on two MNIST images:
    bit-exact, and as long as its queue model."""
    from model import NETWORKS
    from model.network import Network
    net = Network.load(NETWORKS / f"{name}.npz")
    layer = net.layers[li]
    res = ReferenceModel(net).run(mnist_test[0][:2], trace=True, counters=True)
    inputs = [res.input_spikes] + list(res.spikes[:-1])
    out = _run(IndependentLaneCore(layer), [_stored_order(x) for x in inputs[li]])
    for n, (got, counters) in enumerate(out):
        ref = sorted(zip(*np.nonzero(res.spikes[li][n])), key=lambda t: (t[1], t[2], t[0]))
        assert got == [tuple(int(v) for v in t) for t in ref], f"image {n}"
        assert counters["updates"] == res.counters[layer.name]["synaptic_ops"][n]
        assert counters["update_cycles"] == queued_cycles(lane_work(layer, inputs[li][n]), 16) + 2
