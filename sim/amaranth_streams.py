"""Stream helpers for Amaranth 0.5 async testbenches, with random idle and back-pressure."""

import random

from toepcore.protocol import COUNTERS

__all__ = ["send_events", "receive_events", "run_frames", "simulatable"]


async def send_events(ctx, stream, addrs, *, rng=None, idle=0.0):
    """Send ``addrs`` then an ``end`` element on an event stream (see hw.neurons.event_layout).
    With probability ``idle`` a cycle is left empty before each element."""
    rng = rng or random.Random(0)
    for a in list(addrs) + [None]:
        while idle and rng.random() < idle:
            await ctx.tick()
        ctx.set(stream.payload, {"addr": 0 if a is None else a, "end": a is None})
        ctx.set(stream.valid, 1)
        await ctx.tick().until(stream.ready)
        ctx.set(stream.valid, 0)


async def receive_events(ctx, stream, *, rng=None, stall=0.0, limit=1_000_000):
    """Collect event addresses until an ``end`` element; ``stall`` is the probability of
    holding ``ready`` low in a cycle. Returns ``(addrs, cycles)``."""
    rng = rng or random.Random(1)
    out, cycles = [], 0
    while cycles < limit:
        ready = not (stall and rng.random() < stall)
        ctx.set(stream.ready, ready)
        _, _, valid, end, addr = await ctx.tick().sample(stream.valid, stream.payload.end, stream.payload.addr)
        cycles += 1
        if ready and valid:
            if end:
                ctx.set(stream.ready, 0)
                return out, cycles
            out.append(addr)
    raise AssertionError(f"no end marker within {limit} cycles")


def simulatable(design):
    """``design`` elaborated, for Amaranth's simulator; ValueError when it holds vendor
    primitives (``Instance``: the iCE40's SB_SPRAM256KA), which that simulator would
    leave undriven, reading zeros, so that a run would quietly differ from the hardware."""
    from amaranth.hdl import Fragment, Instance
    frag = Fragment.get(design, None)
    stack, found = [frag], set()
    while stack:
        f = stack.pop()
        if isinstance(f, Instance):
            found.add(f.type)
        stack.extend(sub for sub, *_ in f.subfragments)
    if found:
        raise ValueError(f"Amaranth's simulator cannot run the {', '.join(sorted(found))} instance(s) in this design; "
                         "simulate it with Icarus or Verilator (codegen.simulate), which have their models, or plan "
                         "it for a board without SPRAM")
    return frag


def run_frames(array, images, *, seed=0, stall=0.0, limit=1_000_000):
    """Run ``images`` through a :class:`hw.array.CoreArray` in Amaranth's simulator (pixel
    stream in; results taken with probability ``1 - stall`` per cycle); return one result
    dict per image (``counts``, ``cls`` and the frame counters). A frame that gives no
    result within ``limit`` cycles (a deadlock) fails, as :func:`receive_events` does."""
    import numpy as np
    from amaranth.sim import Simulator
    out = []
    sim = Simulator(simulatable(array))
    sim.add_clock(1e-8)
    rng = random.Random(seed)

    async def producer(ctx):
        for img in images:
            for v in np.asarray(img).reshape(-1):
                ctx.set(array.pixels.payload, int(v))
                ctx.set(array.pixels.valid, 1)
                await ctx.tick().until(array.pixels.ready)
            ctx.set(array.pixels.valid, 0)

    async def consumer(ctx):
        r = array.result
        for n in range(len(images)):
            for waited in range(limit + 1):
                if waited == limit:
                    raise AssertionError(f"image {n}: no result within {limit} cycles")
                ready = rng.random() >= stall
                ctx.set(r.ready, ready)
                _, _, valid, payload = await ctx.tick().sample(r.valid, r.payload)
                if ready and valid:
                    break
            out.append({"counts": [int(payload.counts[k]) for k in range(array.network.n_classes)],
                        "cls": int(payload.cls), **{k: int(getattr(payload, k)) for k in COUNTERS}})
        ctx.set(r.ready, 0)

    sim.add_testbench(producer, background=True)
    sim.add_testbench(consumer)
    sim.run()
    return out
