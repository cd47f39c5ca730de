"""The router against the plan's geometry: for every step, each slot gets exactly the
events of the step's segment range that lie in its core's patch and channels, in list
order and patch coordinates, then the end marker; cores stall at random."""

import random

import numpy as np
import pytest
from amaranth.hdl import Elaboratable, Module
from amaranth.lib.wiring import connect
from amaranth.sim import Simulator

from boards import get_board
from codegen.planner import plan_array
from hw.event_store import EventStore
from hw.router import Router
from model.randnet import random_network


class RouterOnStore(Elaboratable):
    def __init__(self, plan):
        self.store = EventStore(plan.event_depths, plan.segments, plan.event_width)
        self.router = Router(plan, self.store.addr_bits)

    def elaborate(self, platform):
        m = Module()
        m.submodules.store, m.submodules.router = self.store, self.router
        connect(m, self.router.events, self.store.events)
        connect(m, self.router.ends, self.store.ends)
        m.d.comb += self.router.fill.eq(self.store.fill)
        return m


def _plan(parallel):
    net = random_network(np.random.default_rng(0), "s4", planes=(96, 160),
                         layers=((4, 3, 2, 1, 1), (8, 3, 2, 1, 2)), readout_per_class=2)
    return plan_array(net, get_board("sim"), lanes=2, max_neurons=128, parallel=parallel)


def expected_slots(plan, step, events, ends):
    """What each slot of ``step`` must receive: ``(c, y, x)`` in patch coordinates."""
    st = plan.steps[step]
    layer = plan.layers[st.layer].layer
    start = 0 if st.scan_lo < 0 else ends[st.scan_lo]
    end = start if st.empty else ends[st.scan_hi]
    oy = st.tile[0] * layer.stride[0] - layer.padding[0]
    ox = st.tile[1] * layer.stride[1] - layer.padding[1]
    out = []
    for k in st.cores:
        g = plan.layers[st.layer].geometry(plan.cores[k].block)
        got = []
        for c, y, x in events[start:end]:
            C, Y, X = c - g.c0, y - oy, x - ox
            if 0 <= C < g.cg and 0 <= Y < g.ph and 0 <= X < g.pw:
                got.append((C, Y, X))
        out.append(got)
    return out


def run_router(plan, step, events, ends, seed, stall=0.3, live=False):
    """Fill the step's input list with ``events`` (``ends[s]``: the count at segment
    ``s``'s end), route ``step``; returns each slot's elements and the delivered count.

    ``live`` (a chasing step): the last segment the step reads is appended while it is
    routed, at random times, with ``filling`` high until the segment is closed."""
    dut = RouterOnStore(plan)
    store, router = dut.store, dut.router
    st = plan.steps[step]
    cb, yb, xb = plan.event_fields[st.layer]
    parity = st.layer % 2
    rng = random.Random(seed)
    slots = [[] for _ in router.slots]
    delivered = [0]
    finished = []

    last = st.scan_hi if live else len(ends)

    async def append(ctx, s, n):
        while n < ends[s]:
            if live and rng.random() < 0.5:
                await ctx.tick()                 # the collector waits for a spike
                continue
            c, y, x = events[n]
            ctx.set(store.append.payload, (c << (yb + xb)) | (y << xb) | x)
            ctx.set(store.append.valid, 1)
            await ctx.tick()
            ctx.set(store.append.valid, 0)
            n += 1
        ctx.set(store.segment, s)
        ctx.set(store.close, 1)
        await ctx.tick()
        ctx.set(store.close, 0)
        return n

    async def driver(ctx):
        ctx.set(store.rsel, 1 - parity)          # write the list the step reads
        ctx.set(store.wsel, parity)
        n = 0
        for s in range(last):
            n = await append(ctx, s, n)
        ctx.set(store.rsel, parity)
        ctx.set(router.step, step)
        ctx.set(router.start, 1)
        if live:
            ctx.set(router.filling, 1)
        await ctx.tick()
        ctx.set(router.start, 0)
        if live:
            # the step's last segment arrives while it is routed
            await append(ctx, last, n)
            ctx.set(router.filling, 0)

    async def monitor(ctx):
        async for _, _, done, d in ctx.tick().sample(router.done, router.delivered):
            delivered[0] += d
            if done:
                finished.append(True)

    def consumer(j):
        async def proc(ctx):
            slot = router.slots[j]
            while True:
                ready = rng.random() >= stall
                ctx.set(slot.ready, ready)
                _, _, valid, end, c, y, x = await ctx.tick().sample(slot.valid, slot.payload.end, slot.payload.c,
                                                                     slot.payload.y, slot.payload.x)
                if valid and ready:
                    slots[j].append("end" if end else (c, y, x))
        return proc

    sim = Simulator(dut)
    sim.add_clock(1e-8)
    sim.add_testbench(driver)
    sim.add_process(monitor)
    for j in range(len(router.slots)):
        sim.add_process(consumer(j))
    sim.run_until(1e-8 * (len(events) + len(ends) + 25 * (len(events) + 10)))
    assert finished == [True], "the router never reported done, or did so twice"
    return slots, delivered[0]


@pytest.mark.parametrize("parallel", [True, False])
def test_router_hands_each_core_the_events_of_its_patch(parallel):
    plan = _plan(parallel)
    rng = np.random.default_rng(1)
    for step in range(len(plan.steps)):
        st = plan.steps[step]
        c_in, h, w = plan.input_shapes[st.layer]
        n = 40
        events = [(int(rng.integers(c_in)), int(rng.integers(h)), int(rng.integers(w))) for _ in range(n)]
        ends = sorted(int(v) for v in rng.integers(0, n + 1, plan.segments))
        if st.chase:   # a chasing step reads to the list's end: its range's last segment
            ends = [min(e, ends[st.scan_hi]) for e in ends]
        slots, delivered = run_router(plan, step, events, ends, seed=step)
        want = expected_slots(plan, step, events, ends)
        for j in range(len(slots)):
            if j < len(st.cores):
                assert slots[j] == want[j] + ["end"], (step, j)
            else:
                assert slots[j] == [], (step, j)      # a slot the step does not use stays idle
        assert delivered == sum(len(x) for x in want)


@pytest.mark.parametrize("seed", range(3))
def test_a_chasing_step_routes_its_predecessors_spikes_as_they_are_stored(seed):
    """A pipelined step of the next layer reads the segment its predecessor is still
    appending: every event reaches its cores, in order, however the appends and the
    cores' stalls fall, and the step ends only after the segment is closed."""
    plan = _plan(True)
    chasing = [st.index for st in plan.steps if st.chase]
    assert chasing, "the plan has no chasing step"
    rng = np.random.default_rng(seed)
    for step in chasing:
        st = plan.steps[step]
        c_in, h, w = plan.input_shapes[st.layer]
        n = 40
        events = [(int(rng.integers(c_in)), int(rng.integers(h)), int(rng.integers(w))) for _ in range(n)]
        # the segments before hold a few events, the live one the rest
        ends = sorted(int(v) for v in rng.integers(0, 8, st.scan_hi)) + [n] * (plan.segments - st.scan_hi)
        slots, delivered = run_router(plan, step, events, ends, seed=seed, live=True)
        want = expected_slots(plan, step, events, ends)
        for j in range(len(st.cores)):
            assert slots[j] == want[j] + ["end"], (step, j)
        assert delivered == sum(len(x) for x in want)
