"""The board top's frame path in Amaranth's simulator, against the protocol's Python
packing: the level unpacker on random packed frames, the double frame buffer on random
frames with back-pressure and a dropped frame."""

import random

import numpy as np
from amaranth.sim import Simulator
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_profiles import examples

from hw.frame_buffers import FrameBuffers, LevelUnpacker
from toepcore import protocol


async def _send(ctx, stream, values, rng, idle):
    for v in values:
        while rng.random() < idle:
            ctx.set(stream.valid, 0)
            await ctx.tick()
        ctx.set(stream.payload, int(v))
        ctx.set(stream.valid, 1)
        await ctx.tick().until(stream.ready)
    ctx.set(stream.valid, 0)


async def _receive(ctx, stream, n, rng, stall):
    out = []
    while len(out) < n:
        ready = rng.random() >= stall
        ctx.set(stream.ready, ready)
        _, _, valid, payload = await ctx.tick().sample(stream.valid, stream.payload)
        if ready and valid:
            out.append(int(payload))
    ctx.set(stream.ready, 0)
    return out


def _simulate(dut, *benches):
    sim = Simulator(dut)
    sim.add_clock(1e-8)
    for bench in benches[:-1]:
        sim.add_testbench(bench, background=True)
    sim.add_testbench(benches[-1])
    sim.run()


@settings(max_examples=examples(25))
@given(st.integers(1, 4), st.integers(1, 40), st.integers(0, 2**32 - 1))
def test_unpacker_gives_the_packed_levels_back(bits, pixels, seed):
    rng = np.random.default_rng(seed)
    frames = [rng.integers(0, 1 << bits, pixels).astype(np.uint8) for _ in range(2)]
    dut = LevelUnpacker(bits, pixels)
    got = []

    async def producer(ctx):
        r = random.Random(seed)
        for k, levels in enumerate(frames):
            if k:   # the last byte's levels drain before the next frame
                await ctx.tick().until(~dut.levels.valid)
            ctx.set(dut.clear, 1)
            await ctx.tick()
            ctx.set(dut.clear, 0)
            await _send(ctx, dut.bytes, protocol.pack_levels(levels, bits), r, 0.3)

    async def consumer(ctx):
        got.extend(await _receive(ctx, dut.levels, 2 * pixels, random.Random(seed + 1), 0.3))

    _simulate(dut, producer, consumer)
    assert got == np.concatenate(frames).tolist()


@settings(max_examples=examples(15))
@given(st.integers(1, 3), st.integers(1, 4), st.integers(2, 30), st.integers(0, 2**32 - 1))
def test_frame_buffers_stream_each_level_as_its_smallest_pixel(channels, planes, pixels, seed):
    """Three frames written while the reader stalls (the writer waits when both buffers
    are full), a fourth dropped halfway; each frame leaves in order as threshold values."""
    rng = np.random.default_rng(seed)
    pixels = pixels * channels
    thresholds = np.sort(rng.integers(1, 256, (channels, planes)), axis=1).tolist()
    frames = [rng.integers(0, planes + 1, pixels).astype(np.uint8) for _ in range(3)]
    dut = FrameBuffers(pixels, thresholds)
    got = []

    async def writer(ctx):
        r = random.Random(seed)
        await _send(ctx, dut.levels, frames[0], r, 0.2)
        await _send(ctx, dut.levels, frames[1][: pixels // 2], r, 0.2)
        ctx.set(dut.drop, 1)                # the host stopped mid-frame: forget it
        await ctx.tick()
        ctx.set(dut.drop, 0)
        for f in frames[1:]:
            await _send(ctx, dut.levels, f, r, 0.2)

    async def reader(ctx):
        await ctx.tick().repeat(4 * pixels)   # let the writer fill both buffers and wait
        got.extend(await _receive(ctx, dut.pixels, 3 * pixels, random.Random(seed + 1), 0.3))

    _simulate(dut, writer, reader)
    table = np.array([[0] + row for row in thresholds])
    want = [table[np.arange(pixels) % channels, f] for f in frames]
    assert got == np.concatenate(want).tolist()
