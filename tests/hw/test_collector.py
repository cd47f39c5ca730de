"""The collector against the plan's geometry: every step's cores' spikes, core after core,
become the next layer's events (or votes through the population map) in layer
coordinates, overhanging neurons dropped; the store and the voter stall at random."""

import random

import numpy as np
import pytest
from amaranth.sim import Simulator
from test_router import _plan

from hw.collector import Collector


def expected(plan, step, spikes):
    """``(events, votes, trace)`` for ``spikes[j]``, the spikes of the step's core ``j``."""
    st = plan.steps[step]
    layer = plan.layers[st.layer].layer
    _, ho, wo = layer.out_shape
    last = st.layer == len(plan.layers) - 1
    net = plan.network
    events, votes, trace = [], [], []
    for k, sp in zip(st.cores, spikes):
        g = plan.layers[st.layer].geometry(plan.cores[k].block)
        for f, y, x in sp:
            F, Y, X = g.f0 + f, st.tile[0] + y, st.tile[1] + x
            if Y >= ho or X >= wo:
                continue
            trace.append((st.layer, F, Y, X))
            if last:
                v = int(net.population[(F * ho + Y) * wo + X])
                votes.append(v if v >= 0 else net.n_classes)
            else:
                cb, yb, xb = plan.event_fields[st.layer + 1]
                events.append((F << (yb + xb)) | (Y << xb) | X)
    return events, votes, trace


def run_collector(plan, work, seed, stall=0.3):
    """Collect ``work``, ``(step, spikes of each of its cores)``, one step after another."""
    dut = Collector(plan)
    rng = random.Random(seed)
    got = {"events": [], "votes": [], "trace": [], "cores": [], "done": 0}

    async def source(ctx):
        for step, spikes in work:
            ctx.set(dut.step, step)
            ctx.set(dut.start, 1)
            await ctx.tick()
            ctx.set(dut.start, 0)
            for k, sp in zip(plan.steps[step].cores, spikes):
                for spike in list(sp) + [None]:
                    f, y, x = spike or (0, 0, 0)
                    ctx.set(dut.spikes.payload, {"f": f, "y": y, "x": x, "end": spike is None})
                    ctx.set(dut.spikes.valid, 1)
                    got["cores"].append(ctx.get(dut.core) == k)
                    for _ in range(100):
                        _, _, taken = await ctx.tick().sample(dut.spikes.ready)
                        if taken:
                            break
                    else:
                        raise AssertionError(f"step {step}: a spike was not taken within 100 cycles")
            ctx.set(dut.spikes.valid, 0)
            await ctx.tick().repeat(3)

    async def sinks(ctx):
        while True:
            er, vr = rng.random() >= stall, rng.random() >= stall
            ctx.set(dut.events.ready, er)
            ctx.set(dut.votes.ready, vr)
            _, _, ev, ep, vv, vp, tv, t, done = await ctx.tick().sample(
                dut.events.valid, dut.events.payload, dut.votes.valid, dut.votes.payload, dut.trace_valid,
                dut.trace, dut.done)
            if ev and er:
                got["events"].append(ep)
            if vv and vr:
                got["votes"].append(vp)
            if tv:
                got["trace"].append((t.layer, t.c, t.y, t.x))
            got["done"] += done

    sim = Simulator(dut)
    sim.add_clock(1e-8)
    sim.add_testbench(source)
    sim.add_process(sinks)
    sim.run()
    return got


@pytest.mark.parametrize("parallel", [True, False])
def test_collector_stores_spikes_in_layer_coordinates(parallel):
    plan = _plan(parallel)
    rng = np.random.default_rng(2)
    work = []
    for step, st in enumerate(plan.steps):
        spikes = []
        for k in st.cores:
            g = plan.layers[st.layer].geometry(plan.cores[k].block)
            n = int(rng.integers(3, 12))
            spikes.append([(int(rng.integers(g.f)), int(rng.integers(g.ty)), int(rng.integers(g.tx))) for _ in range(n)])
        work.append((step, spikes))
    got = run_collector(plan, work, seed=0)
    want = [expected(plan, step, spikes) for step, spikes in work]
    assert all(got["cores"])
    assert got["done"] == len(work)
    assert got["events"] == [e for w in want for e in w[0]] and got["votes"] == [v for w in want for v in w[1]]
    assert got["trace"] == [t for w in want for t in w[2]]
    assert got["votes"] and got["events"]
