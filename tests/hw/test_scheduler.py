"""The step scheduler against the plan's schedule: with a router and a collector that
take random times, every step is routed, collected and closed in order, on the lists of
its layer's parity, a pipelined step routing while its predecessor is collected, and a
frame ends with the result held until it is taken."""

import random

import numpy as np
import pytest
from amaranth.sim import Simulator

from boards import get_board
from codegen.planner import plan_array
from hw.scheduler import Scheduler
from model.randnet import random_network


def _plan(parallel, pipeline):
    net = random_network(np.random.default_rng(0), "s4", planes=(96, 160),
                         layers=((4, 3, 2, 1, 1), (8, 3, 2, 1, 2)), readout_per_class=2)
    return plan_array(net, get_board("sim"), lanes=2, max_neurons=128, parallel=parallel, pipeline=pipeline)


def run_scheduler(plan, frames, seed):
    """Returns the scheduler's actions over ``frames`` frames, each ``(cycle, what, ...)``:
    the router and the collector are separate agents that answer after random delays."""
    dut = Scheduler(plan)
    rng = random.Random(seed)
    log = []

    async def bench(ctx):
        cycle = 0
        for _ in range(frames):
            for _ in range(rng.randrange(1, 5)):         # the encoder at work
                assert ctx.get(dut.encoding) and ctx.get(dut.rsel) == 1 and ctx.get(dut.wsel) == 0
                await ctx.tick()
                cycle += 1
            ctx.set(dut.encoded, 1)
            router = collector = None        # remaining cycles of each agent's work
            while True:
                _, _, route, collect, close, seg, free, fin, wsel, filling = await ctx.tick().sample(
                    dut.route, dut.collect, dut.close, dut.segment, dut.free, dut.finished, dut.wsel, dut.filling)
                cycle += 1
                for sig in (dut.encoded, dut.routed, dut.collected):
                    ctx.set(sig, 0)
                log.append((cycle, "filling", filling))
                if close:
                    log.append((cycle, "close", ctx.get(dut.cstep), seg, free, wsel))
                if route:
                    assert router is None, "the router was started while busy"
                    router = rng.randrange(0, 8)
                    log.append((cycle, "route", ctx.get(dut.step)))
                if collect:
                    assert collector is None, "the collector was started while busy"
                    collector = rng.randrange(0, 8)
                    log.append((cycle, "collect", ctx.get(dut.cstep)))
                if fin:
                    for _ in range(rng.randrange(0, 3)):      # the result waits to be taken
                        assert ctx.get(dut.finished)
                        await ctx.tick()
                        cycle += 1
                    ctx.set(dut.release, 1)
                    await ctx.tick()
                    cycle += 1
                    ctx.set(dut.release, 0)
                    log.append((cycle, "result"))
                    break
                if router is not None and not route:
                    if router == 0:
                        ctx.set(dut.routed, 1)
                        log.append((cycle, "routed", ctx.get(dut.step), ctx.get(dut.rsel)))
                        router = None
                    else:
                        router -= 1
                if collector is not None and not collect:
                    if collector == 0:
                        ctx.set(dut.collected, 1)
                        collector = None
                    else:
                        collector -= 1

    sim = Simulator(dut)
    sim.add_clock(1e-8)
    sim.add_testbench(bench)
    sim.run()
    return log


def check_frame(plan, log):
    """The plan's order and lists, and the pipelining rules, in one frame's log."""
    steps = plan.steps
    at = {}
    for entry in log:
        if entry[1] in ("route", "routed", "collect", "close"):
            key = (entry[1], entry[2])
            assert key not in at, f"{key} twice"
            at[key] = entry
    for i, st in enumerate(steps):
        layer_end = i == len(steps) - 1 or steps[i + 1].layer != st.layer
        assert at[("routed", i)][3] == st.layer % 2, f"step {i} read the wrong list"
        _, _, _, seg, free, wsel = at[("close", i)]
        assert (seg, free, wsel) == (st.segment, layer_end, 1 - st.layer % 2), f"step {i} closed wrongly"
        assert at[("route", i)][0] < at[("routed", i)][0] <= at[("collect", i)][0] < at[("close", i)][0]
        if i:
            if st.pipelined:   # routes from its predecessor's collection on
                assert at[("route", i)][0] == at[("collect", i - 1)][0]
            else:
                assert at[("route", i)][0] == at[("close", i - 1)][0]
            assert at[("collect", i)][0] > at[("close", i - 1)][0]
    # ``filling`` from each collection's start to its close
    open_ = set()
    for i in range(len(steps)):
        open_ |= set(range(at[("collect", i)][0] + 1, at[("close", i)][0] + 1))
    assert {c for c, what, *v in log if what == "filling" and v[0]} == open_
    assert log[-1][1] == "result"


@pytest.mark.parametrize("parallel", [True, False])
@pytest.mark.parametrize("seed", range(3))
def test_scheduler_runs_every_step_in_order(parallel, seed):
    for pipeline in ("full", False):
        plan = _plan(parallel, pipeline)
        assert (plan.pipelined > 0) == (pipeline == "full")
        log = run_scheduler(plan, 2, seed)
        ends = [i for i, e in enumerate(log) if e[1] == "result"]
        assert len(ends) == 2
        check_frame(plan, log[:ends[0] + 1])
        check_frame(plan, log[ends[0] + 1:])
