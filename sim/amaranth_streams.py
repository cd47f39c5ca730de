"""Stream helpers for Amaranth 0.5 async testbenches, with random idle and back-pressure."""

import random

__all__ = ["send_events", "receive_events"]


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
