"""The step scheduler against the plan's schedule: with a router and a collector that
take random times, every step is routed, collected and closed in order, on the list of
its layer's parity, and a frame ends with the result held until it is taken."""

import random

import pytest
from amaranth.sim import Simulator

from hw.scheduler import Scheduler
from test_hw_router import _plan


def run_scheduler(plan, frames, seed):
    """Returns the scheduler's actions, in order, over ``frames`` frames."""
    dut = Scheduler(plan)
    rng = random.Random(seed)
    log = []

    async def bench(ctx):
        for _ in range(frames):
            for _ in range(rng.randrange(1, 5)):         # the encoder at work
                assert ctx.get(dut.encoding) and ctx.get(dut.rsel) == 1
                await ctx.tick()
            ctx.set(dut.encoded, 1)
            pending, wait = None, 0
            while True:
                _, _, route, collect, close, seg, free, fin, step, rsel = await ctx.tick().sample(
                    dut.route, dut.collect, dut.close, dut.segment, dut.free, dut.finished, dut.step, dut.rsel)
                ctx.set(dut.encoded, 0)
                ctx.set(dut.routed, 0)
                ctx.set(dut.collected, 0)
                if close:
                    log.append(("close", step, seg, free, rsel))
                if route:
                    pending, wait = "routed", rng.randrange(0, 6)
                    log.append(("route",))
                if collect:
                    pending, wait = "collected", rng.randrange(0, 6)
                    log.append(("collect", step))
                if fin:
                    for _ in range(rng.randrange(0, 3)):      # the result waits to be taken
                        assert ctx.get(dut.finished)
                        await ctx.tick()
                    ctx.set(dut.release, 1)
                    await ctx.tick()
                    ctx.set(dut.release, 0)
                    log.append(("result",))
                    break
                if pending and not route and not collect:
                    if wait == 0:
                        ctx.set(getattr(dut, pending), 1)
                        if pending == "routed":
                            log.append(("routed", ctx.get(dut.step), ctx.get(dut.rsel)))
                        pending = None
                    else:
                        wait -= 1

    sim = Simulator(dut)
    sim.add_clock(1e-8)
    sim.add_testbench(bench)
    sim.run()
    return log


@pytest.mark.parametrize("parallel", [True, False])
def test_scheduler_runs_every_step_in_order(parallel):
    plan = _plan(parallel)
    steps = plan.steps
    want = []
    for i, st in enumerate(steps):
        layer_end = i == len(steps) - 1 or steps[i + 1].layer != st.layer
        want += [("route",), ("routed", i, st.layer % 2), ("collect", i), ("close", i, st.segment, layer_end, st.layer % 2)]
    want.append(("result",))
    assert run_scheduler(plan, 2, seed=0) == want * 2
