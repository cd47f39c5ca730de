"""The ``'Z'`` frame decoder: run-length coded token bytes in, a frame's pixel levels out
(the token format is :func:`toepcore.protocol.compress_levels`)."""

from amaranth.hdl import *
from amaranth.lib import stream, wiring
from amaranth.lib.wiring import In, Out

from toepcore.protocol import RUN_MAX

__all__ = ["RunLengthDecoder"]


class RunLengthDecoder(wiring.Component):
    """Decodes one ``'Z'`` frame of ``pixels`` levels of ``bits`` bits.

    Each token is checked as it is taken, against the levels and bytes the frame still
    has: a token that runs past the frame's end, one that would cover the frame before its
    last byte (or a last byte that leaves it short), and a reserved bit set are refused,
    before any of the token's levels leave. The refused token is taken; what follows is
    the receiver's to skip.

    Parameters
    ----------
    bits : int
        Bits of a level (:func:`toepcore.protocol.level_bits`), 1 to 7.
    pixels : int
        Levels of a frame.

    Members
    -------
    tokens : In(stream.Signature(8))
        The frame's bytes after its length field.
    remaining : In(16)
        Bytes of the frame still to come, counting the one offered on ``tokens``.
    start : In(1)
        Pulse: a new frame begins (forget the last one's state).
    levels : Out(stream.Signature(bits))
        The frame's levels in frame order.
    done : Out(1)
        High in the cycle the frame's last level leaves.
    error : Out(1)
        High in the cycle a token that breaks the rules is taken.

    Throughput: a zero-run token takes ``1 + count`` cycles, a literal ``1 + count`` plus a
    cycle per payload byte, so no token (at most :data:`toepcore.protocol.RUN_MAX` levels)
    keeps the next byte waiting past the 40 cycles a byte takes to arrive at 4 cycles a
    bit. Latency: a token's first level leaves the cycle after the token is taken.
    """

    def __init__(self, bits, pixels):
        if not 1 <= bits <= 7:
            raise ValueError(f"a 'Z' literal packs levels of 1 to 7 bits, not {bits}")
        self.bits, self.pixels = bits, pixels
        super().__init__({"tokens": In(stream.Signature(8)), "remaining": In(16), "start": In(1),
                          "levels": Out(stream.Signature(bits)), "done": Out(1), "error": Out(1)})

    @staticmethod
    def token_cycles(count, literal, bits):
        """Cycles a token of ``count`` levels holds the decoder when its bytes come back
        to back and its levels are never stalled: one to take the token, one per level,
        and for a literal one per payload byte (a cycle either takes a byte or sends a
        level). A zero run holds it at most 33 cycles, under the 40 its next byte takes to
        arrive at the fastest UART; a literal of 32 3-bit levels 45, across 13 bytes that
        take 520 to arrive."""
        return 1 + count + (-(-count * bits // 8) if literal else 0)

    def elaborate(self, platform):
        m = Module()
        b = self.bits
        left = Signal(range(self.pixels + 1), init=self.pixels)   # levels of the frame still to leave
        run = Signal(range(RUN_MAX + 1))        # levels of the current token still to leave
        acc = Signal(8 + b)                     # a literal's bits not yet sent
        have = Signal(range(8 + b + 1))
        token = self.tokens.payload
        count = Signal(range(RUN_MAX + 1))
        payload_bytes = Signal(range(RUN_MAX + 1))
        m.d.comb += [count.eq(token[:5] + 1), payload_bytes.eq((count * b + 7) >> 3)]
        # the token's levels must end the frame exactly when its bytes end (remaining
        # counts the token; a literal's payload follows it)
        after = self.remaining - 1
        zero_ok = Mux(count == left, self.remaining == 1, (count < left) & (self.remaining > 1))
        literal_ok = Mux(count == left, after == payload_bytes, (count < left) & (after > payload_bytes))
        ok = (token[5:7] == 0) & Mux(token[7], literal_ok, zero_ok)
        last = left == 1

        def restart():
            # a new frame, whatever the state (a frame cut short by a timeout or an error)
            with m.If(self.start):
                m.d.sync += left.eq(self.pixels)
                m.next = "TOKEN"

        with m.FSM():
            with m.State("TOKEN"):
                m.d.comb += self.tokens.ready.eq(1)
                with m.If(self.tokens.valid):
                    with m.If(~ok):
                        m.d.comb += self.error.eq(1)
                    with m.Elif(token[7]):
                        m.d.sync += [run.eq(count), have.eq(0)]
                        m.next = "LITERAL"
                    with m.Else():
                        m.d.sync += run.eq(count)
                        m.next = "ZEROS"
                restart()
            with m.State("ZEROS"):
                m.d.comb += [self.levels.valid.eq(1), self.levels.payload.eq(0)]
                with m.If(self.levels.ready):
                    m.d.sync += [run.eq(run - 1), left.eq(left - 1)]
                    m.d.comb += self.done.eq(last)
                    with m.If(run == 1):
                        m.next = "TOKEN"
                restart()
            with m.State("LITERAL"):
                # a level leaves only when a whole one waits, and a byte comes only when
                # none does (as in hw.frame_buffers.LevelUnpacker)
                m.d.comb += [self.levels.valid.eq(have >= b), self.levels.payload.eq(acc[:b]),
                             self.tokens.ready.eq(have < b)]
                with m.If(self.levels.valid & self.levels.ready):
                    m.d.sync += [acc.eq(acc >> b), have.eq(have - b), run.eq(run - 1), left.eq(left - 1)]
                    m.d.comb += self.done.eq(last)
                    with m.If(run == 1):
                        m.next = "TOKEN"
                with m.Elif(self.tokens.valid & self.tokens.ready):
                    m.d.sync += have.eq(have + 8)
                    with m.Switch(have):
                        for k in range(b):
                            with m.Case(k):
                                m.d.sync += acc.eq(Cat(acc[:k], token))
                restart()
        return m
