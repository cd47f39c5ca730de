"""The input encoder: a frame's pixels thresholded into the first layer's input spikes."""

import numpy as np
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

    Latency and throughput: a pixel is taken in one cycle, with all its plane
    comparisons, and its spikes go out one per cycle, the next pixel being taken with the
    last of them: ``max(1, spikes)`` cycles per pixel, plus one per row for its
    ``row_end`` (two where the row's last pixel spikes), when ``records`` is not stalled
    (:meth:`frame_cycles`).
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

    @staticmethod
    def frame_cycles(spikes):
        """Cycles from a frame's first pixel taken to its last row end accepted, when the
        pixels come every cycle and ``records`` is never stalled; ``spikes`` holds each
        pixel's planes reached, ``(C_img, H, W)``. ``max(1, s)`` per pixel, one per row's
        ``row_end``, and one more where a row's last pixel (its last channel, last column)
        spikes: the next pixel waits for the row end, which waits for those spikes. The
        array's cycle estimate counts the encoder this way."""
        spikes = np.asarray(spikes)
        return int(np.maximum(spikes, 1).sum()) + spikes.shape[1] + int((spikes[-1, :, -1] > 0).sum())

    def elaborate(self, platform):
        m = Module()
        c_img, planes, h, w = self.c_img, self.planes, self.height, self.width
        # thresholds of the channel of the next pixel: one comparison per plane
        thr = Array([Cat(*[Const(v, 9) for v in row]) for row in self.thresholds])
        nc = Signal(range(max(c_img, 2)))                         # next pixel's position
        ny, nx = Signal(range(max(h, 2))), Signal(range(max(w, 2)))
        pc = Signal.like(nc)                                      # the pending pixel's
        py, px = Signal.like(ny), Signal.like(nx)
        pend = Signal(planes)                                     # its planes still to emit
        row_end, row_y = Signal(), Signal.like(ny)                # a row end to emit

        low = Signal(planes)
        m.d.comb += low.eq(pend & (~pend + 1))                  # lowest pending plane, one-hot
        plane = Cat(*[Cat(*[low[i] for i in range(planes) if i >> b & 1]).any()
                      for b in range(max(1, (planes - 1).bit_length()))])
        rest = pend & ~low
        rec = self.records.payload
        emitting = pend.any()
        with m.If(emitting):
            m.d.comb += [self.records.valid.eq(1), rec.c.eq(pc * planes + plane), rec.y.eq(py), rec.x.eq(px)]
            with m.If(self.records.ready):
                m.d.sync += pend.eq(rest)
        with m.Elif(row_end):
            m.d.comb += [self.records.valid.eq(1), rec.row_end.eq(1), rec.y.eq(row_y), self.last.eq(row_y == h - 1)]
            with m.If(self.records.ready):
                m.d.sync += row_end.eq(0)
        # take the next pixel once the pending one's planes are out (or in the cycle the
        # last of them goes) and no row end waits
        m.d.comb += self.pixels.ready.eq(~row_end & (~emitting | (self.records.ready & (rest == 0))))
        with m.If(self.pixels.valid & self.pixels.ready):
            words = thr[nc]
            hits = Cat(*[self.pixels.payload >= words[9 * i:9 * (i + 1)] for i in range(planes)])
            m.d.sync += [pend.eq(hits), pc.eq(nc), py.eq(ny), px.eq(nx)]
            with m.If(nc != c_img - 1):
                m.d.sync += nc.eq(nc + 1)
            with m.Else():
                m.d.sync += nc.eq(0)
                with m.If(nx != w - 1):
                    m.d.sync += nx.eq(nx + 1)
                with m.Else():
                    m.d.sync += [nx.eq(0), ny.eq(Mux(ny == h - 1, 0, ny + 1)), row_end.eq(1), row_y.eq(ny)]
        return m
