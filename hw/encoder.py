"""The input encoder: a frame's pixels thresholded into the first layer's input spikes."""

from amaranth.hdl import *
from amaranth.lib import data, stream, wiring
from amaranth.lib.wiring import In, Out

__all__ = ["record_layout", "SpikeEncoder"]


def record_layout(cb, yb, xb):
    """An encoder output record: an input spike ``(c, y, x)``, or (``row_end``) the end of
    image row ``y``, after that row's spikes."""
    return data.StructLayout({"x": unsigned(xb), "y": unsigned(yb), "c": unsigned(cb), "row_end": 1})


class SpikeEncoder(wiring.Component):
    """Thresholds pixels into spike planes (``docs/semantics.md``: channel ``c * P + p``
    spikes where pixel ``c`` >= ``thresholds[c][p]``) and emits the spikes in pixel order
    (rows, then columns, channels innermost, then planes), closing each image row.

    Parameters
    ----------
    thresholds : array of int, (C_img, P)
        The network encoder's thresholds (0..256).
    height, width : int
        Frame size in pixels.
    cb, yb, xb : int
        Bits of the channel, row and column of a record.

    Members
    -------
    pixels : In(stream.Signature(8))
        The frame's ``C_img * H * W`` pixels, row-major with channels innermost.
    records : Out(stream.Signature(record_layout(cb, yb, xb)))
        The spikes, and a ``row_end`` record after each row's. ``last`` marks the final
        row end.
    last : Out(1)
        With ``records.valid``: this record ends the frame.

    Latency and throughput: ``P`` cycles per pixel (one per plane, whether it spikes or
    not) and one more per row for its ``row_end``, when ``records`` is not stalled.
    """

    def __init__(self, thresholds, height, width, cb, yb, xb):
        self.thresholds = [[int(v) for v in row] for row in thresholds]
        self.c_img, self.planes = len(self.thresholds), len(self.thresholds[0])
        self.height, self.width = height, width
        super().__init__({
            "pixels": In(stream.Signature(8)),
            "records": Out(stream.Signature(record_layout(cb, yb, xb))),
            "last": Out(1),
        })

    def elaborate(self, platform):
        m = Module()
        c_img, planes, h, w = self.c_img, self.planes, self.height, self.width
        thr = Array([Const(v, 9) for row in self.thresholds for v in row])
        pix = Signal(8)
        pc, p = Signal(range(max(c_img, 2))), Signal(range(max(planes, 2)))
        py, px = Signal(range(max(h, 2))), Signal(range(max(w, 2)))
        rec = self.records.payload
        with m.FSM():
            with m.State("PIXEL"):
                m.d.comb += self.pixels.ready.eq(1)
                with m.If(self.pixels.valid):
                    m.d.sync += [pix.eq(self.pixels.payload), p.eq(0)]
                    m.next = "PLANE"
            with m.State("PLANE"):
                hit = pix >= thr[pc * planes + p]
                m.d.comb += [self.records.valid.eq(hit), rec.c.eq(pc * planes + p), rec.y.eq(py), rec.x.eq(px)]
                with m.If(~hit | self.records.ready):
                    with m.If(p != planes - 1):
                        m.d.sync += p.eq(p + 1)
                    with m.Elif(pc != c_img - 1):
                        m.d.sync += pc.eq(pc + 1)
                        m.next = "PIXEL"
                    with m.Else():
                        m.d.sync += pc.eq(0)
                        with m.If(px != w - 1):
                            m.d.sync += px.eq(px + 1)
                            m.next = "PIXEL"
                        with m.Else():
                            m.next = "ROW_END"
            with m.State("ROW_END"):
                m.d.comb += [self.records.valid.eq(1), rec.row_end.eq(1), rec.y.eq(py), self.last.eq(py == h - 1)]
                with m.If(self.records.ready):
                    m.d.sync += [px.eq(0), py.eq(Mux(py == h - 1, 0, py + 1))]
                    m.next = "PIXEL"
        return m
