"""The board top: the core array behind a UART, speaking the host-link protocol of
:mod:`toepcore.protocol` (commands ``'I'``, ``'C'``, ``'P'``, ``'Z'`` and, with a generator
store, ``'W'``; answers ``'I'``, ``'R'``, ``'W'``, ``'E'``), with a frame arriving while the
previous one is classified."""

from dataclasses import dataclass

from amaranth.hdl import *
from amaranth.lib import fifo, wiring
from amaranth.lib.wiring import In, Out

from toepcore import protocol
from toepcore.protocol import (
    CMD_CLASSIFY,
    CMD_COMPRESSED,
    CMD_INFO,
    CMD_PACKED,
    CMD_WEIGHTS,
    COUNTERS,
    ERR_BAD_COMMAND,
    ERR_BAD_FRAME,
    ERR_BAD_LENGTH,
    ERR_TIMEOUT,
    RESP_ERROR,
    RESP_RESULT,
    RESP_WEIGHTS,
    STORE_WORD_BYTES,
)

from .array import CoreArray
from .frame_buffers import FrameBuffers, LevelUnpacker
from .run_length import RunLengthDecoder
from .uart import UARTRx, UARTTx

__all__ = ["BoardTop"]

# What the transmitter owes the host, in command order: an answer per command (2 bits of
# kind, 3 of error code).
_ANSWER_RESULT, _ANSWER_INFO, _ANSWER_ERROR, _ANSWER_WEIGHTS = 0, 1, 2, 3
_CODE_BITS = 3


def _bytes_of(value, n):
    return [value[8 * i:8 * (i + 1)] for i in range(n)]



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

class BoardTop(wiring.Component):
    """UART in, two frame buffers, core array, UART out.

    Parameters
    ----------
    array : hw.array.CoreArray
    divisor : int
        Clock cycles per UART bit (``clock_hz / baud``, at least 4).
    fingerprint : int
        32-bit network identifier answered to ``'I'`` (:func:`toepcore.protocol.fingerprint`).
    timeout_cycles : int
        Cycles without a byte, inside a command, after which it is dropped with error 3.
    hold_result : bool
        Copy each result into a register and send it from there, so the array is free
        for the next frame as soon as it has classified (about ``8 + 16 * classes + 192``
        flip-flops); otherwise the array holds its result until the last byte has gone.

    Members
    -------
    rx : In(1), tx : Out(1)
        The UART lines (idle high).
    busy : Out(1)
        High while an answer to a frame is owed (for an LED).
    receiving : Out(1)
        High while a command is partly received (its timeout is running).

    The receiver, the array and the transmitter work at once: a frame arrives into one
    buffer while the array classifies the other and the previous result goes out. A
    packed frame (``'P'``) of ``P`` pixels takes ``(3 + ceil(P * level_bits / 8)) * 10 *
    divisor`` cycles to arrive (a raw one ``(3 + P) * 10 * divisor``, a compressed one
    ``(3 + n) * 10 * divisor`` for its ``n`` token bytes, decoded as they arrive) and a result
    ``result_length * 10 * divisor`` cycles to leave, during which the array holds it
    (unless ``hold_result``). Throughput with :data:`toepcore.protocol.WINDOW` frames in
    flight: one frame per ``max(arrival, classification + result)`` cycles, or with
    ``hold_result`` per ``max(arrival, classification, result, (arrival + classification +
    result) / 2)`` (a host sends a frame when the answer two frames back has arrived).
    """

    def __init__(self, array: CoreArray, *, divisor, fingerprint=0, timeout_cycles=1 << 20, hold_result=False):
        self.array = array
        net = array.network
        c, h, w = net.input_shape
        self.pixels = c * h * w
        thresholds = net.encoder.thresholds.tolist()
        self.level_bits = protocol.level_bits(len(thresholds[0]))
        self.packed = protocol.packed_length(self.pixels, self.level_bits)
        if self.pixels >= 1 << 16:
            raise ValueError(f"a frame of {self.pixels} pixels does not fit the link's 16-bit length")
        if array.count_bits > 16:
            raise ValueError(f"class counts of {array.count_bits} bits do not fit the link's 16-bit fields")
        self.divisor, self.fingerprint, self.timeout_cycles = divisor, fingerprint, timeout_cycles
        self.hold_result = hold_result
        store = array.store
        self.store_words = store.words if store is not None else 0
        if store is not None and store.word_bits != 8 * STORE_WORD_BYTES:
            raise ValueError(f"the link loads {8 * STORE_WORD_BYTES}-bit store words, not {store.word_bits}-bit ones")
        if self.store_words >= 1 << 16:
            raise ValueError(f"a generator store of {self.store_words} words does not fit the link's 16-bit addresses")
        self.thresholds = thresholds
        self.uart_rx, self.uart_tx = UARTRx(divisor), UARTTx(divisor)
        self.frames = FrameBuffers(self.pixels, thresholds)
        self.unpacker = LevelUnpacker(self.level_bits, self.pixels)
        self.decoder = RunLengthDecoder(self.level_bits, self.pixels)
        super().__init__({"rx": In(1, init=1), "tx": Out(1, init=1), "busy": Out(1), "receiving": Out(1)})

    def elaborate(self, platform):
        m = Module()
        m.submodules.uart_rx, m.submodules.uart_tx = rx, tx = self.uart_rx, self.uart_tx
        m.submodules.frames, m.submodules.unpacker = fb, _ = self.frames, self.unpacker
        m.submodules.decoder = self.decoder
        m.submodules.array = ar = self.array
        m.submodules.answers = answers = fifo.SyncFIFOBuffered(width=2 + _CODE_BITS, depth=4)
        m.d.comb += [rx.rx.eq(self.rx), self.tx.eq(tx.tx)]
        wiring.connect(m, fb.pixels, ar.pixels)
        self._receiver(m, answers)
        self._transmitter(m, answers)
        return m

    def _receiver(self, m, answers):
        """Commands in, frames into the buffers, weights into the store, and each answer
        owed into ``answers`` (2 bits of kind, 3 of error code) for the transmitter."""
        rx, fb, up, ar = self.uart_rx, self.frames, self.unpacker, self.array
        length = Signal(16)
        remaining = Signal(18)      # bytes still to come (a 'W' carries up to 2 x 65,535)
        store = ar.store
        waddr = Signal(16)          # 'W': the next store word's address
        wlow = Signal(8)            # 'W': the low byte of the word being received
        whigh = Signal()            # 'W': the next byte is a word's high byte
        packed = Signal()       # the frame being loaded is packed levels, not raw pixels
        compressed = Signal()   # ... or run-length coded levels
        skip_code = Signal(_CODE_BITS)   # the error a command being skipped owes
        idle = Signal(range(self.timeout_cycles + 1))
        got = rx.bytes.valid & rx.bytes.ready
        # a raw pixel's level: how many of its channel's thresholds it reaches
        ch = Signal(range(max(len(self.thresholds), 2)))
        raw_level = Signal(self.level_bits)
        m.d.comb += raw_level.eq(sum((rx.bytes.payload >= Array(Const(row[p], 8) for row in self.thresholds)[ch])
                                     for p in range(len(self.thresholds[0]))))

        def owe(kind, code=0):
            code = Const(code, _CODE_BITS) if isinstance(code, int) else code
            m.d.comb += [answers.w_en.eq(1), answers.w_data.eq(Cat(Const(kind, 2), code))]

        def timed():
            # inside a command: a byte must arrive within timeout_cycles
            m.d.comb += self.receiving.eq(1)
            m.d.sync += idle.eq(Mux(got, 0, idle + 1))
            with m.If(idle == self.timeout_cycles):
                m.d.comb += [fb.drop.eq(1), up.clear.eq(1), self.decoder.start.eq(1)]
                owe(_ANSWER_ERROR, ERR_TIMEOUT)
                m.next = "CMD"

        r = _Receiving(length=length, remaining=remaining, waddr=waddr, wlow=wlow, whigh=whigh, packed=packed,
                       compressed=compressed, skip_code=skip_code, ch=ch, raw_level=raw_level, got=got, owe=owe,
                       timed=timed)
        with m.FSM(name="receiver"):
            with m.State("CMD"):
                # one answer slot must be free: a host keeps at most WINDOW frames unanswered
                m.d.comb += rx.bytes.ready.eq(answers.w_rdy)
                m.d.sync += idle.eq(0)
                with m.If(got):
                    with m.If((rx.bytes.payload == CMD_CLASSIFY) | (rx.bytes.payload == CMD_PACKED) |
                              (rx.bytes.payload == CMD_COMPRESSED)):
                        m.d.sync += [packed.eq(rx.bytes.payload == CMD_PACKED),
                                     compressed.eq(rx.bytes.payload == CMD_COMPRESSED)]
                        m.next = "LEN0"
                    with m.Elif(rx.bytes.payload == CMD_INFO):
                        owe(_ANSWER_INFO)
                    with m.Elif((rx.bytes.payload == CMD_WEIGHTS) & Const(store is not None, 1)):
                        m.next = "WADDR0"
                    with m.Else():
                        owe(_ANSWER_ERROR, ERR_BAD_COMMAND)
            self._length_states(m, r)
            self._weight_states(m, r)
            self._load_states(m, r)
            self._compressed_states(m, r)

    def _length_states(self, m, r):
        """``'C'``/``'P'``/``'Z'`` len:u16: the frame's length, checked against the raw or
        packed frame's (a compressed frame's tokens are checked as they arrive)."""
        rx, up = self.uart_rx, self.unpacker
        length, remaining, packed, compressed, ch, got, owe, timed = \
            r.length, r.remaining, r.packed, r.compressed, r.ch, r.got, r.owe, r.timed
        with m.State("LEN0"):
            m.d.comb += rx.bytes.ready.eq(1)
            timed()
            with m.If(got):
                m.d.sync += length[:8].eq(rx.bytes.payload)
                m.next = "LEN1"
        with m.State("LEN1"):
            m.d.comb += rx.bytes.ready.eq(1)
            timed()
            with m.If(got):
                n = Cat(length[:8], rx.bytes.payload)
                m.d.sync += [remaining.eq(n), ch.eq(0), r.skip_code.eq(ERR_BAD_LENGTH)]
                m.d.comb += [up.clear.eq(1), self.decoder.start.eq(1)]
                with m.If(n == 0):
                    owe(_ANSWER_ERROR, ERR_BAD_LENGTH)
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
        rx, ar, store = self.uart_rx, self.array, self.array.store
        length, remaining, waddr, wlow, whigh, got, owe, timed = \
            r.length, r.remaining, r.waddr, r.wlow, r.whigh, r.got, r.owe, r.timed
        # 'W' addr:u16 n:u16, n little-endian 16-bit words into the generator store
        for state, then, target in (("WADDR0", "WADDR1", waddr[:8]), ("WADDR1", "WLEN0", waddr[8:]),
                                    ("WLEN0", "WLEN1", length[:8])):
            with m.State(state):
                m.d.comb += rx.bytes.ready.eq(1)
                timed()
                with m.If(got):
                    m.d.sync += target.eq(rx.bytes.payload)
                    m.next = then
        with m.State("WLEN1"):
            m.d.comb += rx.bytes.ready.eq(1)
            timed()
            with m.If(got):
                n = Cat(length[:8], rx.bytes.payload)
                m.d.sync += [remaining.eq(n << 1), whigh.eq(0), r.skip_code.eq(ERR_BAD_LENGTH)]
                with m.If(n == 0):
                    owe(_ANSWER_ERROR, ERR_BAD_LENGTH)
                    m.next = "CMD"
                with m.Elif(waddr + n > self.store_words):
                    m.next = "SKIP"
                with m.Else():
                    m.next = "WDATA"
        with m.State("WDATA"):
            m.d.comb += rx.bytes.ready.eq(1)
            timed()
            with m.If(got):
                m.d.sync += [remaining.eq(remaining - 1), whigh.eq(~whigh)]
                with m.If(~whigh):
                    m.d.sync += wlow.eq(rx.bytes.payload)
                with m.Else():
                    if store is not None:
                        m.d.comb += [ar.gen_load_addr.eq(waddr), ar.gen_load_en.eq(1),
                                     ar.gen_load_data.eq(Cat(wlow, rx.bytes.payload))]
                    m.d.sync += waddr.eq(waddr + 1)
                with m.If(remaining == 1):
                    owe(_ANSWER_WEIGHTS)
                    m.next = "CMD"

    def _load_states(self, m, r):
        """The frame's bytes into the buffers (raw pixels levelled here, packed ones through
        the unpacker), or a wrong length's bytes skipped before its error."""
        rx, fb, up = self.uart_rx, self.frames, self.unpacker
        remaining, packed, ch, raw_level, got, owe, timed = \
            r.remaining, r.packed, r.ch, r.raw_level, r.got, r.owe, r.timed
        with m.State("SKIP"):
            # a command refused before its end: take its bytes, then owe the error
            m.d.comb += rx.bytes.ready.eq(1)
            timed()
            with m.If(got):
                m.d.sync += remaining.eq(remaining - 1)
                with m.If(remaining == 1):
                    owe(_ANSWER_ERROR, r.skip_code)
                    m.next = "CMD"
        with m.State("LOAD"):
            with m.If(packed):
                wiring.connect(m, rx.bytes, up.bytes)
                wiring.connect(m, up.levels, fb.levels)
            with m.Else():
                m.d.comb += [fb.levels.valid.eq(rx.bytes.valid), fb.levels.payload.eq(raw_level),
                             rx.bytes.ready.eq(fb.levels.ready)]
            timed()
            with m.If(got):
                m.d.sync += [remaining.eq(remaining - 1),
                             ch.eq(Mux(ch == len(self.thresholds) - 1, 0, ch + 1))]
                with m.If(remaining == 1):
                    owe(_ANSWER_RESULT)
                    m.next = "DRAIN"
        with m.State("DRAIN"):
            # the last packed byte's levels still go into the buffer
            wiring.connect(m, up.levels, fb.levels)
            with m.If(~up.levels.valid):
                m.next = "CMD"

    def _compressed_states(self, m, r):
        """A ``'Z'`` frame's tokens through the run-length decoder into the buffers; a token
        the decoder refuses drops the frame and skips the rest of its bytes before error 4."""
        rx, fb, dec = self.uart_rx, self.frames, self.decoder
        remaining, got, owe, timed = r.remaining, r.got, r.owe, r.timed
        with m.State("ZLOAD"):
            wiring.connect(m, rx.bytes, dec.tokens)
            wiring.connect(m, dec.levels, fb.levels)
            m.d.comb += dec.remaining.eq(remaining)
            timed()
            with m.If(got):
                m.d.sync += remaining.eq(remaining - 1)
                with m.If(dec.error):
                    m.d.comb += fb.drop.eq(1)
                    m.d.sync += r.skip_code.eq(ERR_BAD_FRAME)
                    with m.If(remaining == 1):
                        owe(_ANSWER_ERROR, ERR_BAD_FRAME)
                        m.next = "CMD"
                    with m.Else():
                        m.next = "SKIP"
                with m.Elif(remaining == 1):
                    m.next = "ZDRAIN"
        with m.State("ZDRAIN"):
            # the last token's levels (up to RUN_MAX, fewer cycles than a byte takes)
            wiring.connect(m, dec.levels, fb.levels)
            with m.If(dec.done):
                owe(_ANSWER_RESULT)
                m.next = "CMD"

    def _transmitter(self, m, answers):
        """The answers owed, in order: a frame's result once the array has it, the info
        block, an error code, or the store's acknowledgement."""
        rx, tx, ar = self.uart_rx, self.uart_tx, self.array
        net = ar.network
        res = ar.result.payload
        if self.hold_result:   # the answer goes from a copy; the array is free at once
            res = Signal(ar.result.payload.shape())
        counts = [b for k in range(net.n_classes) for b in _bytes_of(Cat(res.counts[k], Const(0, 16))[:16], 2)]
        result_msg = [Const(RESP_RESULT, 8), Cat(res.cls, Const(0, 8))[:8]] + counts + \
            [b for name in COUNTERS for b in _bytes_of(getattr(res, name), 4)]
        # the design's constants, then the receiver's error counts as they stand
        info_msg = [Const(b, 8) for b in protocol.info_bytes(net.n_classes, net.input_shape, self.fingerprint,
                                                            self.level_bits, self.store_words)[:-2]] + \
            [rx.overruns, rx.framing_errors]
        assert len(result_msg) == protocol.result_length(net.n_classes)
        code = Signal(_CODE_BITS)
        error_msg = [Const(RESP_ERROR, 8), code]
        idx = Signal(range(len(result_msg) + 1))

        def send(msg, then_take=False):
            m.d.comb += [tx.bytes.valid.eq(1), tx.bytes.payload.eq(Array(msg)[idx])]
            with m.If(tx.bytes.ready):
                m.d.sync += idx.eq(idx + 1)
                with m.If(idx == len(msg) - 1):
                    if then_take:   # the array holds its result until it has gone
                        m.d.comb += ar.result.ready.eq(1)
                    m.next = "NEXT"

        with m.FSM(name="transmitter"):
            with m.State("NEXT"):
                m.d.sync += idx.eq(0)
                m.d.comb += answers.r_en.eq(1)
                with m.If(answers.r_rdy):
                    m.d.sync += code.eq(answers.r_data[2:])
                    with m.Switch(answers.r_data[:2]):
                        with m.Case(_ANSWER_RESULT):
                            m.next = "WAIT"
                        with m.Case(_ANSWER_INFO):
                            m.next = "INFO"
                        with m.Case(_ANSWER_WEIGHTS):
                            m.next = "LOADED"
                        with m.Default():
                            m.next = "ERROR"
            with m.State("WAIT"):
                m.d.comb += self.busy.eq(1)
                with m.If(ar.result.valid):
                    if self.hold_result:
                        m.d.sync += res.eq(ar.result.payload)
                        m.d.comb += ar.result.ready.eq(1)
                    m.next = "RESULT"
            with m.State("RESULT"):
                m.d.comb += self.busy.eq(1)
                send(result_msg, then_take=not self.hold_result)
            with m.State("INFO"):
                send(info_msg)
            with m.State("ERROR"):
                send(error_msg)
            with m.State("LOADED"):
                send([Const(RESP_WEIGHTS, 8)])
