"""The board top's receiver: host-link commands in (:mod:`toepcore.protocol`), a frame's
levels out to the frame buffers, generator-store words out to the store, and each answer
owed out to the transmitter (:mod:`hw.answer_transmitter`)."""

from dataclasses import dataclass

from amaranth.hdl import *
from amaranth.lib import stream, wiring
from amaranth.lib.wiring import In, Out

from toepcore import protocol
from toepcore.protocol import (
    CMD_CLASSIFY,
    CMD_COMPRESSED,
    CMD_INFO,
    CMD_PACKED,
    CMD_WEIGHTS,
    ERR_BAD_COMMAND,
    ERR_BAD_FRAME,
    ERR_BAD_LENGTH,
    ERR_TIMEOUT,
)

from .answer_transmitter import ANSWER_ERROR, ANSWER_INFO, ANSWER_RESULT, ANSWER_WEIGHTS, CODE_BITS, answer_signature
from .frame_buffers import LevelUnpacker
from .run_length import RunLengthDecoder

__all__ = ["CommandReceiver"]


def _forward(m, source, sink):
    """Pass a stream through: ``source``'s payload and valid to ``sink``, its ready back
    (this component's port and a submodule's face the same way, which
    :func:`amaranth.lib.wiring.connect` does not join)."""
    m.d.comb += [sink.payload.eq(source.payload), sink.valid.eq(source.valid), source.ready.eq(sink.ready)]


@dataclass(frozen=True)
class _Receiving:
    """The receiver's registers and helpers its command states share: the length field,
    bytes still to come, the store address and the word's low byte, whether the frame is
    packed or compressed, the error a skipped command owes, the raw pixel's channel and
    level, a byte taken this cycle, ``owe(kind, code)`` and ``timed()`` (a byte must arrive
    within the timeout)."""
    length: object
    remaining: object
    waddr: object
    wlow: object
    whigh: object
    packed: object
    compressed: object
    skip_code: object
    ch: object
    raw_level: object
    got: object
    owe: object
    timed: object


class CommandReceiver(wiring.Component):
    """Parses the host's commands as their bytes arrive.

    Parameters
    ----------
    pixels : int
        Pixels (levels) of a frame.
    thresholds : list of list of int
        The encoder's thresholds, ``channels x planes`` (a raw pixel's level is how many
        of its channel's it reaches).
    store_words : int
        Words of the generator store ``'W'`` writes (0: none, and ``'W'`` is a bad command).
    timeout_cycles : int
        Cycles without a byte, inside a command, after which it is dropped with error 3.

    Members
    -------
    bytes : In(stream.Signature(8))
        From the UART receiver. A command byte is taken only while ``answers`` has room.
    levels : Out(stream.Signature(level_bits))
        The frame's levels, in frame order, to :class:`hw.frame_buffers.FrameBuffers`.
    drop : Out(1)
        Pulse: forget the frame being written (timed out or refused).
    store_addr, store_data : Out(16); store_en : Out(1)
        A generator-store word written this cycle.
    answers : Out(answer_signature())
        Each answer owed, in command order (2 bits of kind, 3 of error code).
    receiving : Out(1)
        High while a command is partly received (its timeout is running).

    Throughput: a byte a cycle where the frame buffers, the unpacker and the decoder take
    it; a compressed frame's token within the cycles its next byte takes to arrive
    (:class:`hw.run_length.RunLengthDecoder`).
    """

    def __init__(self, pixels, thresholds, *, store_words=0, timeout_cycles=1 << 20):
        self.pixels, self.store_words, self.timeout_cycles = pixels, store_words, timeout_cycles
        self.thresholds = [[int(t) for t in row] for row in thresholds]
        self.level_bits = protocol.level_bits(len(self.thresholds[0]))
        self.packed = protocol.packed_length(pixels, self.level_bits)
        self.unpacker = LevelUnpacker(self.level_bits, pixels)
        self.decoder = RunLengthDecoder(self.level_bits, pixels)
        super().__init__({"bytes": In(stream.Signature(8)), "levels": Out(stream.Signature(self.level_bits)),
                          "drop": Out(1), "store_addr": Out(16), "store_data": Out(16), "store_en": Out(1),
                          "answers": Out(answer_signature()), "receiving": Out(1)})

    def elaborate(self, platform):
        m = Module()
        m.submodules.unpacker, m.submodules.decoder = up, dec = self.unpacker, self.decoder
        length = Signal(16)
        remaining = Signal(18)      # bytes still to come (a 'W' carries up to 2 x 65,535)
        waddr = Signal(16)          # 'W': the next store word's address
        wlow = Signal(8)            # 'W': the low byte of the word being received
        whigh = Signal()            # 'W': the next byte is a word's high byte
        packed = Signal()       # the frame being loaded is packed levels, not raw pixels
        compressed = Signal()   # ... or run-length coded levels
        skip_code = Signal(CODE_BITS)   # the error a command being skipped owes
        idle = Signal(range(self.timeout_cycles + 1))
        got = self.bytes.valid & self.bytes.ready
        # a raw pixel's level: how many of its channel's thresholds it reaches
        ch = Signal(range(max(len(self.thresholds), 2)))
        raw_level = Signal(self.level_bits)
        m.d.comb += raw_level.eq(sum((self.bytes.payload >= Array(Const(row[p], 8) for row in self.thresholds)[ch])
                                     for p in range(len(self.thresholds[0]))))

        def owe(kind, code=0):
            code = Const(code, CODE_BITS) if isinstance(code, int) else code
            m.d.comb += [self.answers.valid.eq(1), self.answers.payload.eq(Cat(Const(kind, 2), code))]

        def timed():
            # inside a command: a byte must arrive within timeout_cycles
            m.d.comb += self.receiving.eq(1)
            m.d.sync += idle.eq(Mux(got, 0, idle + 1))
            with m.If(idle == self.timeout_cycles):
                m.d.comb += [self.drop.eq(1), up.clear.eq(1), dec.start.eq(1)]
                owe(ANSWER_ERROR, ERR_TIMEOUT)
                m.next = "CMD"

        r = _Receiving(length=length, remaining=remaining, waddr=waddr, wlow=wlow, whigh=whigh, packed=packed,
                       compressed=compressed, skip_code=skip_code, ch=ch, raw_level=raw_level, got=got, owe=owe,
                       timed=timed)
        with m.FSM(name="receiver"):
            with m.State("CMD"):
                # one answer slot must be free: a host keeps at most WINDOW frames unanswered
                m.d.comb += self.bytes.ready.eq(self.answers.ready)
                m.d.sync += idle.eq(0)
                with m.If(got):
                    with m.If((self.bytes.payload == CMD_CLASSIFY) | (self.bytes.payload == CMD_PACKED) |
                              (self.bytes.payload == CMD_COMPRESSED)):
                        m.d.sync += [packed.eq(self.bytes.payload == CMD_PACKED),
                                     compressed.eq(self.bytes.payload == CMD_COMPRESSED)]
                        m.next = "LEN0"
                    with m.Elif(self.bytes.payload == CMD_INFO):
                        owe(ANSWER_INFO)
                    with m.Elif((self.bytes.payload == CMD_WEIGHTS) & Const(self.store_words > 0, 1)):
                        m.next = "WADDR0"
                    with m.Else():
                        owe(ANSWER_ERROR, ERR_BAD_COMMAND)
            self._length_states(m, r)
            self._weight_states(m, r)
            self._load_states(m, r)
            self._compressed_states(m, r)
        return m

    def _length_states(self, m, r):
        """``'C'``/``'P'``/``'Z'`` len:u16: the frame's length, checked against the raw or
        packed frame's (a compressed frame's tokens are checked as they arrive)."""
        up = self.unpacker
        length, remaining, packed, compressed, ch, got, owe, timed = \
            r.length, r.remaining, r.packed, r.compressed, r.ch, r.got, r.owe, r.timed
        with m.State("LEN0"):
            m.d.comb += self.bytes.ready.eq(1)
            timed()
            with m.If(got):
                m.d.sync += length[:8].eq(self.bytes.payload)
                m.next = "LEN1"
        with m.State("LEN1"):
            m.d.comb += self.bytes.ready.eq(1)
            timed()
            with m.If(got):
                n = Cat(length[:8], self.bytes.payload)
                m.d.sync += [remaining.eq(n), ch.eq(0), r.skip_code.eq(ERR_BAD_LENGTH)]
                m.d.comb += [up.clear.eq(1), self.decoder.start.eq(1)]
                with m.If(n == 0):
                    owe(ANSWER_ERROR, ERR_BAD_LENGTH)
                    m.next = "CMD"
                with m.Elif(compressed):
                    m.next = "ZLOAD"
                with m.Elif(n == Mux(packed, self.packed, self.pixels)):
                    m.next = "LOAD"
                with m.Else():
                    m.next = "SKIP"

    def _weight_states(self, m, r):
        """``'W'`` addr:u16 n:u16, then ``n`` little-endian 16-bit words into the generator
        store (a range past its end is skipped and refused)."""
        length, remaining, waddr, wlow, whigh, got, owe, timed = \
            r.length, r.remaining, r.waddr, r.wlow, r.whigh, r.got, r.owe, r.timed
        # 'W' addr:u16 n:u16, n little-endian 16-bit words into the generator store
        for state, then, target in (("WADDR0", "WADDR1", waddr[:8]), ("WADDR1", "WLEN0", waddr[8:]),
                                    ("WLEN0", "WLEN1", length[:8])):
            with m.State(state):
                m.d.comb += self.bytes.ready.eq(1)
                timed()
                with m.If(got):
                    m.d.sync += target.eq(self.bytes.payload)
                    m.next = then
        with m.State("WLEN1"):
            m.d.comb += self.bytes.ready.eq(1)
            timed()
            with m.If(got):
                n = Cat(length[:8], self.bytes.payload)
                m.d.sync += [remaining.eq(n << 1), whigh.eq(0), r.skip_code.eq(ERR_BAD_LENGTH)]
                with m.If(n == 0):
                    owe(ANSWER_ERROR, ERR_BAD_LENGTH)
                    m.next = "CMD"
                with m.Elif(waddr + n > self.store_words):
                    m.next = "SKIP"
                with m.Else():
                    m.next = "WDATA"
        with m.State("WDATA"):
            m.d.comb += self.bytes.ready.eq(1)
            timed()
            with m.If(got):
                m.d.sync += [remaining.eq(remaining - 1), whigh.eq(~whigh)]
                with m.If(~whigh):
                    m.d.sync += wlow.eq(self.bytes.payload)
                with m.Else():
                    m.d.comb += [self.store_addr.eq(waddr), self.store_en.eq(1),
                                 self.store_data.eq(Cat(wlow, self.bytes.payload))]
                    m.d.sync += waddr.eq(waddr + 1)
                with m.If(remaining == 1):
                    owe(ANSWER_WEIGHTS)
                    m.next = "CMD"

    def _load_states(self, m, r):
        """The frame's bytes into the buffers (raw pixels levelled here, packed ones through
        the unpacker), or a wrong length's bytes skipped before its error."""
        up = self.unpacker
        remaining, packed, ch, raw_level, got, owe, timed = \
            r.remaining, r.packed, r.ch, r.raw_level, r.got, r.owe, r.timed
        with m.State("SKIP"):
            # a command refused before its end: take its bytes, then owe the error
            m.d.comb += self.bytes.ready.eq(1)
            timed()
            with m.If(got):
                m.d.sync += remaining.eq(remaining - 1)
                with m.If(remaining == 1):
                    owe(ANSWER_ERROR, r.skip_code)
                    m.next = "CMD"
        with m.State("LOAD"):
            with m.If(packed):
                _forward(m, self.bytes, up.bytes)
                _forward(m, up.levels, self.levels)
            with m.Else():
                m.d.comb += [self.levels.valid.eq(self.bytes.valid), self.levels.payload.eq(raw_level),
                             self.bytes.ready.eq(self.levels.ready)]
            timed()
            with m.If(got):
                m.d.sync += [remaining.eq(remaining - 1),
                             ch.eq(Mux(ch == len(self.thresholds) - 1, 0, ch + 1))]
                with m.If(remaining == 1):
                    owe(ANSWER_RESULT)
                    m.next = "DRAIN"
        with m.State("DRAIN"):
            # the last packed byte's levels still go into the buffer
            _forward(m, up.levels, self.levels)
            with m.If(~up.levels.valid):
                m.next = "CMD"

    def _compressed_states(self, m, r):
        """A ``'Z'`` frame's tokens through the run-length decoder into the buffers; a token
        the decoder refuses drops the frame and skips the rest of its bytes before error 4."""
        dec = self.decoder
        remaining, got, owe, timed = r.remaining, r.got, r.owe, r.timed
        with m.State("ZLOAD"):
            _forward(m, self.bytes, dec.tokens)
            _forward(m, dec.levels, self.levels)
            m.d.comb += dec.remaining.eq(remaining)
            timed()
            with m.If(got):
                m.d.sync += remaining.eq(remaining - 1)
                with m.If(dec.error):
                    m.d.comb += self.drop.eq(1)
                    m.d.sync += r.skip_code.eq(ERR_BAD_FRAME)
                    with m.If(remaining == 1):
                        owe(ANSWER_ERROR, ERR_BAD_FRAME)
                        m.next = "CMD"
                    with m.Else():
                        m.next = "SKIP"
                with m.Elif(remaining == 1):
                    m.next = "ZDRAIN"
        with m.State("ZDRAIN"):
            # the last token's levels (up to RUN_MAX, fewer cycles than a byte takes)
            _forward(m, dec.levels, self.levels)
            with m.If(dec.done):
                owe(ANSWER_RESULT)
                m.next = "CMD"
