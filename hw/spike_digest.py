"""Per-layer spike counts and digests of a frame, from the array's spike trace: what the
simulation top reports beside the result so that a check sees every layer's spikes."""

from amaranth.hdl import *
from amaranth.lib import data, wiring
from amaranth.lib.wiring import In, Out

__all__ = ["SpikeDigest"]


class SpikeDigest(wiring.Component):
    """Counts and digests the spikes of each layer of a frame (``toepcore/digest.py`` has
    the definition; this is an independent implementation of it).

    Parameters
    ----------
    trace_layout : data.StructLayout
        The array's spike trace: ``layer``, ``c``, ``y``, ``x``.
    layers : int

    Members
    -------
    clear : In(1)
        Start a frame: every count and digest becomes 0 on the next cycle.
    trace_valid : In(1), trace : In(trace_layout)
        One spike per cycle at most (:class:`hw.array.CoreArray`'s ``spike_trace``).
    spikes : Out(ArrayLayout(unsigned(32), layers))
        Spikes of each layer since ``clear``.
    digests : Out(ArrayLayout(unsigned(32), layers))
        Sum modulo 2^32 of ``mix32(c << 20 | y << 10 | x)`` over the layer's spikes.

    Latency: a spike is counted one cycle after ``trace_valid``; throughput one spike per
    cycle. The mix is combinational (two 32-bit constant multiplies): meant for simulation
    tops, not for boards.
    """

    def __init__(self, trace_layout, layers):
        self.n_layers = layers
        for name, bits in (("c", 12), ("y", 10), ("x", 10)):
            if trace_layout.members[name].width > bits:
                raise ValueError(f"spike trace field {name!r} is {trace_layout.members[name].width} bits; the "
                                 f"digest key holds {bits}")
        words = data.ArrayLayout(unsigned(32), layers)
        super().__init__({"clear": In(1), "trace_valid": In(1), "trace": In(trace_layout),
                          "spikes": Out(words), "digests": Out(words)})

    def elaborate(self, platform):
        m = Module()
        t = self.trace
        key = Cat(t.x, Const(0, 10 - len(t.x)), t.y, Const(0, 10 - len(t.y)),
                  t.c, Const(0, 12 - len(t.c)))
        h0 = Signal(32)
        h1 = Signal(32)
        h2 = Signal(32)
        m.d.comb += [h0.eq((key + 1) * 0x9E3779B1), h1.eq(h0 ^ (h0 >> 16)), h2.eq(h1 * 0x85EBCA6B)]
        mix = h2 ^ (h2 >> 13)
        for i in range(self.n_layers):
            with m.If(self.clear):
                m.d.sync += [self.spikes[i].eq(0), self.digests[i].eq(0)]
            with m.Elif(self.trace_valid & (t.layer == i)):
                m.d.sync += [self.spikes[i].eq(self.spikes[i] + 1), self.digests[i].eq(self.digests[i] + mix)]
        return m
