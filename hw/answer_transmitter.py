"""The board top's transmitter: the answers owed, in command order (a queue the receiver,
:mod:`hw.command_receiver`, fills), as host-link bytes (:mod:`toepcore.protocol`)."""

from amaranth.hdl import *
from amaranth.lib import stream, wiring
from amaranth.lib.wiring import In, Out

from toepcore import protocol
from toepcore.protocol import COUNTERS, RESP_ERROR, RESP_RESULT, RESP_WEIGHTS

__all__ = ["AnswerTransmitter", "answer_signature", "ANSWER_RESULT", "ANSWER_INFO", "ANSWER_ERROR", "ANSWER_WEIGHTS",
           "CODE_BITS", "ANSWER_BITS"]

#: An answer owed: its kind (2 bits), then an error code (3 bits).
ANSWER_RESULT, ANSWER_INFO, ANSWER_ERROR, ANSWER_WEIGHTS = 0, 1, 2, 3
CODE_BITS = 3
ANSWER_BITS = 2 + CODE_BITS


def answer_signature():
    """The stream of answers owed: kind in bits 0-1, error code in bits 2-4."""
    return stream.Signature(ANSWER_BITS)


def _bytes_of(value, n):
    return [value[8 * i:8 * (i + 1)] for i in range(n)]


class AnswerTransmitter(wiring.Component):
    """Sends each answer owed: a frame's result once the array has it, the info block, an
    error code, or the store's acknowledgement.

    Parameters
    ----------
    n_classes : int
    result_layout : amaranth.lib.data.StructLayout
        The array's result (:func:`hw.array.result_layout`).
    info : bytes
        The ``'I'`` answer but its last two bytes (the receiver's error counts, sent as
        they stand).
    hold_result : bool
        Copy the result into a register and send it from there, so the array is free as
        soon as it has classified (about ``8 + 16 * classes + 192`` flip-flops); otherwise
        the array holds it until its last byte goes.

    Members
    -------
    answers : In(answer_signature())
    result : In(stream.Signature(result_layout))
    overruns, framing_errors : In(8)
        The UART receiver's counters, for ``'I'``.
    bytes : Out(stream.Signature(8))
        To the UART transmitter.
    busy : Out(1)
        High while a frame's answer is owed (waited for or being sent).

    Throughput: an answer's bytes back to back at the UART's pace, a cycle between answers.
    """

    def __init__(self, n_classes, result_layout, info, *, hold_result=False):
        self.n_classes, self.info, self.hold_result = n_classes, bytes(info), hold_result
        super().__init__({"answers": In(answer_signature()), "result": In(stream.Signature(result_layout)),
                          "overruns": In(8), "framing_errors": In(8), "bytes": Out(stream.Signature(8)),
                          "busy": Out(1)})

    def elaborate(self, platform):
        m = Module()
        res = self.result.payload
        if self.hold_result:   # the answer goes from a copy; the array is free at once
            res = Signal(self.result.payload.shape())
        counts = [b for k in range(self.n_classes) for b in _bytes_of(Cat(res.counts[k], Const(0, 16))[:16], 2)]
        result_msg = [Const(RESP_RESULT, 8), Cat(res.cls, Const(0, 8))[:8]] + counts + \
            [b for name in COUNTERS for b in _bytes_of(getattr(res, name), 4)]
        # the design's constants, then the receiver's error counts as they stand
        info_msg = [Const(b, 8) for b in self.info] + [self.overruns, self.framing_errors]
        assert len(result_msg) == protocol.result_length(self.n_classes)
        code = Signal(CODE_BITS)
        error_msg = [Const(RESP_ERROR, 8), code]
        idx = Signal(range(len(result_msg) + 1))

        def send(msg, then_take=False):
            m.d.comb += [self.bytes.valid.eq(1), self.bytes.payload.eq(Array(msg)[idx])]
            with m.If(self.bytes.ready):
                m.d.sync += idx.eq(idx + 1)
                with m.If(idx == len(msg) - 1):
                    if then_take:   # the array holds its result until it has gone
                        m.d.comb += self.result.ready.eq(1)
                    m.next = "NEXT"

        with m.FSM(name="transmitter"):
            with m.State("NEXT"):
                m.d.sync += idx.eq(0)
                m.d.comb += self.answers.ready.eq(1)
                with m.If(self.answers.valid):
                    m.d.sync += code.eq(self.answers.payload[2:])
                    with m.Switch(self.answers.payload[:2]):
                        with m.Case(ANSWER_RESULT):
                            m.next = "WAIT"
                        with m.Case(ANSWER_INFO):
                            m.next = "INFO"
                        with m.Case(ANSWER_WEIGHTS):
                            m.next = "LOADED"
                        with m.Default():
                            m.next = "ERROR"
            with m.State("WAIT"):
                m.d.comb += self.busy.eq(1)
                with m.If(self.result.valid):
                    if self.hold_result:
                        m.d.sync += res.eq(self.result.payload)
                        m.d.comb += self.result.ready.eq(1)
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
        return m
