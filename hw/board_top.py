"""The board top: the core array behind a UART, speaking the host-link protocol of
:mod:`toepcore.protocol` (commands ``'I'``, ``'C'``, ``'P'``, ``'Z'`` and, with a generator
store, ``'W'``; answers ``'I'``, ``'R'``, ``'W'``, ``'E'``), with a frame arriving while the
previous one is classified. The receiver (:mod:`hw.command_receiver`) and the transmitter
(:mod:`hw.answer_transmitter`) are components of their own, joined by a queue of the
answers owed."""

from amaranth.hdl import *
from amaranth.lib import fifo, wiring
from amaranth.lib.wiring import In, Out

from toepcore import protocol
from toepcore.protocol import STORE_WORD_BYTES

from .answer_transmitter import ANSWER_BITS, AnswerTransmitter
from .array import CoreArray
from .command_receiver import CommandReceiver
from .frame_buffers import FrameBuffers
from .uart import UARTRx, UARTTx

__all__ = ["BoardTop"]


class BoardTop(wiring.Component):
    """UART in, the command receiver, two frame buffers, core array, the answer
    transmitter, UART out: the parts joined, nothing more.

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
        self.receiver = CommandReceiver(self.pixels, thresholds, store_words=self.store_words,
                                        timeout_cycles=timeout_cycles)
        info = protocol.info_bytes(net.n_classes, net.input_shape, fingerprint, self.level_bits, self.store_words)
        self.transmitter = AnswerTransmitter(net.n_classes, array.result.payload.shape(), info[:-2],
                                             hold_result=hold_result)
        super().__init__({"rx": In(1, init=1), "tx": Out(1, init=1), "busy": Out(1), "receiving": Out(1)})

    def elaborate(self, platform):
        m = Module()
        m.submodules.uart_rx, m.submodules.uart_tx = rx, tx = self.uart_rx, self.uart_tx
        m.submodules.receiver, m.submodules.transmitter = recv, send = self.receiver, self.transmitter
        m.submodules.frames = fb = self.frames
        m.submodules.array = ar = self.array
        # the answers owed, in command order; the receiver takes a command only while one fits
        m.submodules.answers = answers = fifo.SyncFIFOBuffered(width=ANSWER_BITS, depth=4)
        m.d.comb += [rx.rx.eq(self.rx), self.tx.eq(tx.tx), self.busy.eq(send.busy), self.receiving.eq(recv.receiving),
                     fb.drop.eq(recv.drop), send.overruns.eq(rx.overruns), send.framing_errors.eq(rx.framing_errors)]
        wiring.connect(m, rx.bytes, recv.bytes)
        wiring.connect(m, recv.levels, fb.levels)
        wiring.connect(m, fb.pixels, ar.pixels)
        wiring.connect(m, recv.answers, answers.w_stream)
        wiring.connect(m, answers.r_stream, send.answers)
        wiring.connect(m, ar.result, send.result)
        wiring.connect(m, send.bytes, tx.bytes)
        if ar.store is not None:
            m.d.comb += [ar.gen_load_addr.eq(recv.store_addr), ar.gen_load_data.eq(recv.store_data),
                         ar.gen_load_en.eq(recv.store_en)]
        return m
