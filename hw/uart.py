"""8N1 UART receiver and transmitter with stream interfaces."""

from amaranth.hdl import *
from amaranth.lib import stream, wiring
from amaranth.lib.cdc import FFSynchronizer
from amaranth.lib.wiring import In, Out

__all__ = ["UARTRx", "UARTTx"]


def _check_divisor(divisor):
    if divisor < 4:
        raise ValueError(f"the UART needs at least 4 clock cycles per bit, got {divisor}")


class UARTRx(wiring.Component):
    """Receives 8N1 frames (LSB first) on ``rx`` and streams the bytes.

    Parameters
    ----------
    divisor : int
        Clock cycles per bit (``clock_hz / baud``), at least 4.

    Members
    -------
    rx : In(1)
        The line (idle high); synchronised here.
    bytes : Out(stream.Signature(8))
        Received bytes. A byte the consumer has not taken by the time the next one's stop
        bit is sampled is replaced (counted in ``overruns``); a frame whose stop bit is low
        is dropped (counted in ``framing_errors``).
    overruns, framing_errors : Out(8)
        Wrapping counters, for diagnosis.

    Latency: a byte is offered ``9.5`` bit times after its start edge.
    """

    def __init__(self, divisor):
        _check_divisor(divisor)
        self.divisor = divisor
        super().__init__({"rx": In(1, init=1), "bytes": Out(stream.Signature(8)),
                          "overruns": Out(8), "framing_errors": Out(8)})

    def elaborate(self, platform):
        m = Module()
        rx = Signal(init=1)
        m.submodules.sync = FFSynchronizer(self.rx, rx, init=1)
        timer = Signal(range(self.divisor * 3 // 2 + 1))
        bit = Signal(range(9))
        shreg = Signal(8)
        with m.If(self.bytes.valid & self.bytes.ready):
            m.d.sync += self.bytes.valid.eq(0)
        with m.FSM():
            with m.State("IDLE"):
                with m.If(~rx):
                    # sample the data bits in their middles: 1.5 bit times from the start edge
                    m.d.sync += [timer.eq(self.divisor * 3 // 2 - 1), bit.eq(0)]
                    m.next = "DATA"
            with m.State("DATA"):
                m.d.sync += timer.eq(timer - 1)
                with m.If(timer == 0):
                    m.d.sync += [timer.eq(self.divisor - 1), bit.eq(bit + 1)]
                    with m.If(bit == 8):
                        with m.If(rx):
                            with m.If(self.bytes.valid & ~self.bytes.ready):
                                m.d.sync += self.overruns.eq(self.overruns + 1)
                            m.d.sync += [self.bytes.payload.eq(shreg), self.bytes.valid.eq(1)]
                            m.next = "IDLE"
                        with m.Else():
                            m.d.sync += self.framing_errors.eq(self.framing_errors + 1)
                            m.next = "BREAK"
                    with m.Else():
                        m.d.sync += shreg.eq(Cat(shreg[1:], rx))
            with m.State("BREAK"):
                with m.If(rx):   # wait for the line to return high before the next start bit
                    m.next = "IDLE"
        return m


class UARTTx(wiring.Component):
    """Sends the streamed bytes as 8N1 frames (LSB first) on ``tx``.

    Parameters
    ----------
    divisor : int
        Clock cycles per bit, at least 4.

    Members
    -------
    bytes : In(stream.Signature(8))
    tx : Out(1)
        The line, idle high.

    Throughput: one byte per ``10 * divisor`` cycles.
    """

    def __init__(self, divisor):
        _check_divisor(divisor)
        self.divisor = divisor
        super().__init__({"bytes": In(stream.Signature(8)), "tx": Out(1, init=1)})

    def elaborate(self, platform):
        m = Module()
        timer = Signal(range(self.divisor))
        bits = Signal(range(11))
        shreg = Signal(10, init=0x3FF)
        m.d.comb += self.tx.eq(shreg[0])
        with m.If(bits == 0):
            m.d.comb += self.bytes.ready.eq(1)
            with m.If(self.bytes.valid):
                # start bit, data LSB first, stop bit
                m.d.sync += [shreg.eq(Cat(Const(0, 1), self.bytes.payload, Const(1, 1))), bits.eq(10),
                             timer.eq(self.divisor - 1)]
        with m.Else():
            m.d.sync += timer.eq(timer - 1)
            with m.If(timer == 0):
                m.d.sync += [shreg.eq(Cat(shreg[1:], Const(1, 1))), bits.eq(bits - 1), timer.eq(self.divisor - 1)]
        return m
