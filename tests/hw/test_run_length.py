"""The ``'Z'`` frame decoder in Amaranth's simulator, against the protocol's Python coder
and, for the wire bytes, against streams written out here by hand: every frame decoded
level for level, every broken stream refused at the token Python refuses, and no byte
kept waiting longer than the UART takes to bring the next one."""

import random
from dataclasses import dataclass

import numpy as np
import pytest
from amaranth.sim import Simulator
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_profiles import examples

from hw.run_length import RunLengthDecoder
from toepcore import protocol
from toepcore.protocol import RUN_MAX, FrameError


@dataclass
class Decoded:
    """What a decoder did with a stream: the levels that left, the cycles ``done`` was
    high, the byte refused (None), the most cycles a byte waited to be taken, the cycle
    the last level left and the cycle the first token was taken."""
    levels: list
    done: list
    error: int | None
    wait: int
    last: int | None
    first: int | None


def _decode(bits, pixels, data, *, idle=0.0, stall=0.0, seed=0, gap=0):
    """Feed ``data`` to a decoder (each byte offered ``gap`` cycles after the last was
    taken, or after a random idle spell); return a :class:`Decoded`."""
    dut = RunLengthDecoder(bits, pixels)
    out = {"levels": [], "done": [], "error": None, "wait": 0, "last": None, "first": None}

    async def producer(ctx):
        r = random.Random(seed)
        ctx.set(dut.start, 1)
        await ctx.tick()
        ctx.set(dut.start, 0)
        for i, byte in enumerate(data):
            for _ in range(gap):
                await ctx.tick()
            while r.random() < idle:
                await ctx.tick()
            ctx.set(dut.tokens.payload, byte)
            ctx.set(dut.remaining, len(data) - i)
            ctx.set(dut.tokens.valid, 1)
            waited = 0
            while not ctx.get(dut.tokens.ready):
                await ctx.tick()
                waited += 1
            out["wait"] = max(out["wait"], waited)
            refused = ctx.get(dut.error)
            await ctx.tick()
            ctx.set(dut.tokens.valid, 0)
            if refused:
                out["error"] = i
                break
        for _ in range(2 * RUN_MAX + 8):   # the last token's levels drain
            await ctx.tick()

    async def consumer(ctx):
        r = random.Random(seed + 1)
        cycle = 0
        while True:
            ready = r.random() >= stall
            ctx.set(dut.levels.ready, ready)
            _, _, valid, payload, done, offered, taken = await ctx.tick().sample(
                dut.levels.valid, dut.levels.payload, dut.done, dut.tokens.valid, dut.tokens.ready)
            if offered and taken and out["first"] is None:
                out["first"] = cycle
            if ready and valid:
                out["levels"].append(int(payload))
                out["last"] = cycle
            if done:
                out["done"].append(cycle)
            cycle += 1

    sim = Simulator(dut)
    sim.add_clock(1e-8)
    sim.add_testbench(consumer, background=True)
    sim.add_testbench(producer)
    sim.run()
    return Decoded(**out)


def _frames(draw_levels):
    return st.tuples(st.integers(1, 4), st.integers(1, 120), st.integers(0, 2**32 - 1)).map(draw_levels)


def _structured(args):
    """Levels with zero runs and busy stretches of every length, as images have."""
    bits, pixels, seed = args
    rng = np.random.default_rng(seed)
    levels = np.zeros(pixels, np.uint8)
    i = 0
    while i < pixels:
        k = int(rng.integers(1, 2 * RUN_MAX + 2))
        if rng.random() < 0.5:
            levels[i:i + k] = rng.integers(0, 1 << bits, len(levels[i:i + k]))
        i += k
    return bits, levels, seed


@settings(max_examples=examples(30))
@given(_frames(_structured))
def test_every_frame_decodes_to_its_levels(frame):
    """Random frames, compressed by the host's coder, with an idle producer and a stalling
    consumer: the same levels, ``done`` exactly once, as the last level leaves."""
    bits, levels, seed = frame
    data = protocol.compress_levels(levels, bits)
    d = _decode(bits, len(levels), data, idle=0.3, stall=0.3, seed=seed)
    assert d.error is None and d.levels == levels.tolist()
    assert d.done == [d.last]


@pytest.mark.parametrize("bits", [1, 2, 3])
def test_the_decoder_keeps_up_with_the_fastest_uart(bits):
    """Bytes every 40 cycles (3 Mbaud at 12 MHz, the fewest cycles a byte may take): no
    byte waits, whatever the tokens (the longest runs, the longest literals)."""
    rng = np.random.default_rng(bits)
    pixels = 12 * RUN_MAX
    levels = np.where(np.arange(pixels) // RUN_MAX % 2 == 0, 0, rng.integers(1, 1 << bits, pixels)).astype(np.uint8)
    data = protocol.compress_levels(levels, bits)
    assert set(t & 0x1F for t in data[:1]) == {RUN_MAX - 1}    # full-length tokens
    d = _decode(bits, pixels, data, gap=39)
    assert d.error is None and d.levels == levels.tolist() and d.wait == 0


@settings(max_examples=examples(20))
@given(_frames(_structured))
def test_the_decoder_takes_the_cycles_it_states(frame):
    """Bytes back to back, levels never stalled: from the first token taken to the frame's
    last level, the cycles RunLengthDecoder.token_cycles states, summed over the tokens."""
    bits, levels, seed = frame
    data = protocol.compress_levels(levels, bits)
    d = _decode(bits, len(levels), data)
    want, i = 0, 0
    while i < len(data):
        count, literal = (data[i] & 0x1F) + 1, bool(data[i] & protocol.TOKEN_LITERAL)
        want += RunLengthDecoder.token_cycles(count, literal, bits)
        i += 1 + (-(-count * bits // 8) if literal else 0)
    assert d.error is None and d.levels == levels.tolist()
    assert d.done[0] - d.first + 1 == want


# Streams written out by hand: bits 2, a frame of 40 levels.
HAND = [
    # 32 zeros, then a literal of 8 levels 1,2,3,0,1,2,3,0 (2 bytes, least significant first)
    (bytes([0x1F, 0x87, 0b00111001, 0b00111001]), [0] * 32 + [1, 2, 3, 0] * 2, None),
    # a literal of 1 level (3), then zero runs of 32 and 7
    (bytes([0x80, 0b11, 0x1F, 0x06]), [3] + [0] * 39, None),
    # 40 zeros in runs of 32 and 8
    (bytes([0x1F, 0x07]), [0] * 40, None),
    # a run past the frame's end: 32 + 9 zeros
    (bytes([0x1F, 0x08]), None, 1),
    # the frame covered by its second byte, a third follows
    (bytes([0x1F, 0x07, 0x00]), None, 1),
    # the last byte leaves the frame 1 level short
    (bytes([0x1F, 0x06]), None, 1),
    # a reserved bit
    (bytes([0x3F, 0x07]), None, 0),
    # a literal of 8 levels whose second payload byte is missing
    (bytes([0x1F, 0x87, 0x00]), None, 1),
    # a literal token as the frame's last byte
    (bytes([0x1F, 0x87]), None, 1),
]


@pytest.mark.parametrize("data, levels, refused", HAND)
def test_hand_written_streams(data, levels, refused):
    d = _decode(2, 40, data)
    assert d.error == refused
    if refused is None:
        assert d.levels == levels and len(d.done) == 1
        assert protocol.decompress_levels(data, 2, 40).tolist() == levels
    else:
        assert not d.done and len(d.levels) <= 32      # nothing of the refused token left
        with pytest.raises(FrameError) as e:
            protocol.decompress_levels(data, 2, 40)
        assert e.value.byte == refused


@settings(max_examples=examples(40))
@given(st.integers(1, 3), st.integers(1, 60), st.binary(min_size=1, max_size=30), st.integers(0, 2**32 - 1))
def test_broken_streams_are_refused_where_python_refuses_them(bits, pixels, noise, seed):
    """Valid streams with bytes replaced, cut or appended, and pure noise: the decoder
    refuses the token Python's decoder names, or gives the same levels."""
    rng = random.Random(seed)
    levels = np.array([rng.choice([0, 0, 0, rng.randrange(1 << bits)]) for _ in range(pixels)], np.uint8)
    data = bytearray(protocol.compress_levels(levels, bits))
    how = rng.randrange(4)
    if how == 0:
        data[rng.randrange(len(data))] = noise[0]
    elif how == 1:
        data = data[:rng.randrange(1, len(data) + 1)] if len(data) > 1 else data + noise[:1]
    elif how == 2:
        data += noise
    else:
        data = bytearray(noise)
    try:
        want, want_error = protocol.decompress_levels(bytes(data), bits, pixels).tolist(), None
    except FrameError as e:
        want, want_error = None, e.byte
    d = _decode(bits, pixels, bytes(data), seed=seed)
    assert d.error == want_error
    if want is not None:
        assert d.levels == want and len(d.done) == 1
    else:
        assert not d.done


def test_levels_wider_than_a_literal_byte_allows_are_refused():
    with pytest.raises(ValueError, match=r"^a 'Z' literal packs levels of 1 to 7 bits, not 8$"):
        RunLengthDecoder(8, 10)
