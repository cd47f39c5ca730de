"""The board top: the core array behind a UART, speaking the host-link framing of
:mod:`codegen.hostlink` (commands ``'I'`` and ``'C'``; answers ``'I'``, ``'R'``, ``'E'``)."""

from amaranth.hdl import *
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from .array import CoreArray
from .frame_feeder import FrameFeeder
from .uart import UARTRx, UARTTx

__all__ = ["BoardTop"]

CMD_INFO, CMD_CLASSIFY = ord("I"), ord("C")
RESP_INFO, RESP_RESULT, RESP_ERROR = ord("I"), ord("R"), ord("E")
ERR_BAD_COMMAND, ERR_BAD_LENGTH, ERR_TIMEOUT = 1, 2, 3
VERSION = 1
COUNTERS = ("cycles", "input_spikes", "spikes", "axon_events", "updates", "weight_reads")


def _bytes_of(value, n):
    return [value[8 * i:8 * (i + 1)] for i in range(n)]


class BoardTop(wiring.Component):
    """UART in, core array, UART out.

    Parameters
    ----------
    array : hw.array.CoreArray
    divisor : int
        Clock cycles per UART bit (``clock_hz // baud``).
    fingerprint : int
        32-bit network identifier answered to ``'I'`` (:func:`codegen.hostlink.fingerprint`).
    timeout_cycles : int
        Cycles without a byte, inside a command, after which it is dropped with error 3.

    Members
    -------
    rx : In(1), tx : Out(1)
        The UART lines (idle high).
    busy : Out(1)
        High while a frame is being classified (for an LED).

    Throughput: a frame of ``P`` pixels takes ``(P + 3) * 10 * divisor`` cycles to
    arrive, the array's cycles to classify, and ``(2 + 2 * classes + 24) * 10 * divisor``
    cycles to answer; the UART, not the array, limits images per second at usual baud rates.
    """

    def __init__(self, array: CoreArray, *, divisor, fingerprint=0, timeout_cycles=1 << 20):
        self.array = array
        c, h, w = array.network.input_shape
        self.pixels = c * h * w
        if self.pixels >= 1 << 16:
            raise ValueError(f"a frame of {self.pixels} pixels does not fit the link's 16-bit length")
        if array.count_bits > 16:
            raise ValueError(f"class counts of {array.count_bits} bits do not fit the link's 16-bit fields")
        self.divisor, self.fingerprint, self.timeout_cycles = divisor, fingerprint, timeout_cycles
        self.uart_rx, self.uart_tx = UARTRx(divisor), UARTTx(divisor)
        self.feeder = FrameFeeder(self.pixels, word_bytes=1)
        super().__init__({"rx": In(1, init=1), "tx": Out(1, init=1), "busy": Out(1)})

    def elaborate(self, platform):
        m = Module()
        m.submodules.uart_rx, m.submodules.uart_tx = rx, tx = self.uart_rx, self.uart_tx
        m.submodules.feeder, m.submodules.array = fd, ar = self.feeder, self.array
        m.d.comb += [rx.rx.eq(self.rx), self.tx.eq(tx.tx)]
        wiring.connect(m, fd.pixels, ar.pixels)
        net = ar.network

        # ---- answers: a byte index into one of three messages --------------------------
        res = ar.result.payload
        counts = [b for k in range(net.n_classes) for b in _bytes_of(Cat(res.counts[k], Const(0, 16))[:16], 2)]
        result_msg = [Const(RESP_RESULT, 8), Cat(res.cls, Const(0, 8))[:8]] + counts + \
            [b for name in COUNTERS for b in _bytes_of(getattr(res, name), 4)]
        info_msg = [Const(v, 8) for v in
                    [RESP_INFO, VERSION, net.n_classes, self.pixels & 0xFF, self.pixels >> 8] +
                    [(self.fingerprint >> (8 * i)) & 0xFF for i in range(4)]]
        error = Signal(8)
        error_msg = [Const(RESP_ERROR, 8), error]
        idx = Signal(range(len(result_msg) + 1))

        length = Signal(16)
        addr = Signal(range(max(self.pixels, 2)))
        remaining = Signal(16)
        idle = Signal(range(self.timeout_cycles + 1))
        got = rx.bytes.valid & rx.bytes.ready

        def send(msg):
            m.d.comb += [tx.bytes.valid.eq(1), tx.bytes.payload.eq(Array(msg)[idx])]
            with m.If(tx.bytes.ready):
                m.d.sync += idx.eq(idx + 1)
                with m.If(idx == len(msg) - 1):
                    m.next = "CMD"

        def fail(code):
            m.d.sync += [error.eq(code), idx.eq(0)]
            m.next = "ERROR"

        def timed():
            # inside a command: a byte must arrive within timeout_cycles
            m.d.sync += idle.eq(Mux(got, 0, idle + 1))
            with m.If(idle == self.timeout_cycles):
                fail(ERR_TIMEOUT)

        with m.FSM():
            with m.State("CMD"):
                m.d.comb += rx.bytes.ready.eq(1)
                m.d.sync += [idle.eq(0), idx.eq(0)]
                with m.If(rx.bytes.valid):
                    with m.If(rx.bytes.payload == CMD_CLASSIFY):
                        m.next = "LEN0"
                    with m.Elif(rx.bytes.payload == CMD_INFO):
                        m.next = "INFO"
                    with m.Else():
                        fail(ERR_BAD_COMMAND)
            with m.State("LEN0"):
                m.d.comb += rx.bytes.ready.eq(1)
                timed()
                with m.If(rx.bytes.valid):
                    m.d.sync += length[:8].eq(rx.bytes.payload)
                    m.next = "LEN1"
            with m.State("LEN1"):
                m.d.comb += rx.bytes.ready.eq(1)
                timed()
                with m.If(rx.bytes.valid):
                    n = Cat(length[:8], rx.bytes.payload)
                    m.d.sync += [length.eq(n), remaining.eq(n), addr.eq(0)]
                    with m.If(n == self.pixels):
                        m.next = "LOAD"
                    with m.Elif(n == 0):
                        fail(ERR_BAD_LENGTH)
                    with m.Else():
                        m.next = "SKIP"
            with m.State("SKIP"):
                # a frame of the wrong length: take its bytes, then answer the error
                m.d.comb += rx.bytes.ready.eq(1)
                timed()
                with m.If(rx.bytes.valid):
                    m.d.sync += remaining.eq(remaining - 1)
                    with m.If(remaining == 1):
                        fail(ERR_BAD_LENGTH)
            with m.State("LOAD"):
                m.d.comb += rx.bytes.ready.eq(1)
                timed()
                with m.If(rx.bytes.valid):
                    m.d.comb += [fd.load_addr.eq(addr), fd.load_data.eq(rx.bytes.payload), fd.load_en.eq(1)]
                    m.d.sync += addr.eq(addr + 1)
                    with m.If(addr == self.pixels - 1):
                        m.next = "START"
            with m.State("START"):
                m.d.comb += [fd.start.eq(1), self.busy.eq(1)]
                m.next = "WAIT"
            with m.State("WAIT"):
                m.d.comb += self.busy.eq(1)
                with m.If(ar.result.valid):
                    m.d.sync += idx.eq(0)
                    m.next = "RESULT"
            with m.State("RESULT"):
                # the array holds its result until taken: send it, then take it
                m.d.comb += [tx.bytes.valid.eq(1), tx.bytes.payload.eq(Array(result_msg)[idx])]
                with m.If(tx.bytes.ready):
                    m.d.sync += idx.eq(idx + 1)
                    with m.If(idx == len(result_msg) - 1):
                        m.d.comb += ar.result.ready.eq(1)
                        m.next = "CMD"
            with m.State("INFO"):
                send(info_msg)
            with m.State("ERROR"):
                send(error_msg)
        return m
