"""A neuromorphic core whose weight memory holds only Toeplitz generators."""

from amaranth.hdl import *
from amaranth.lib import memory

from .config import TileGeometry, generator_memory_bits, kernel_generator_words, s4_generator_words, tile_lanes
from .event_core import EventCore
from .event_list import rom
from .neurons import Neurons
ROM_WORDS = 32

__all__ = ["GeneratorCore"]


class GeneratorCore(EventCore):
    """One tick of one logical core (a tile of a conv layer), event driven.

    For every input spike (axon address ``(c, Y, X)``, see :mod:`hw.config`), the core
    visits the tile positions ``p`` whose window covers ``(Y, X)`` (at most
    ``ceil(kh / sy) * ceil(kw / sx)``), derives the kernel tap ``q = (Y - py sy, X - px sx)``
    and reads the tap's generator word: ``F`` signed weights (``kernel``) or ``F`` mask bits
    (``s4``; the weight is ``table_f[sigma^qx tau^qy (g_c)]``, the type coming from a
    ``kh * kw`` table of composed permutations and a 2-bit base type per channel). It adds
    the weights of ``lanes`` filters per cycle into the potentials of position ``p``. No
    crossbar is stored.

    Parameters
    ----------
    layer : model.network.ConvLayer
    tile : model.truenorth.Tile
    lanes : int
        Neuron updates per cycle; divides the tile's filter count (default: all filters).
    mode : {"feedforward", "stateful"}
    counters : bool
        Build the per-tick counters (an array counts for all its cores instead).
    array_port : bool
        As a core of :class:`hw.array.CoreArray`: spikes carry tile coordinates and the
        potential memory is the array's, shared by its cores (feed-forward only).

    Ports and counters are those of :class:`hw.event_core.EventCore`; neuron ``j = p * F + f``.

    Latency and throughput: each input spike costs ``1 + visits * F / lanes`` cycles
    (``visits``: covered positions, at most ``ceil(kh/sy) * ceil(kw/sx)``); the
    threshold pass costs ``2 * positions * F / lanes + spikes + 2`` cycles after ``end``.
    """

    def __init__(self, layer, tile, *, lanes=None, mode="feedforward", counters=True, array_port=False):
        self.layer, self.tile = layer, tile
        self.geo = geo = TileGeometry.of(layer, tile)
        self.family = layer.family
        self.lanes = lanes = tile_lanes(geo, lanes)
        self.groups = geo.f // lanes
        fsl = slice(geo.f0, geo.f0 + geo.f)
        self.neurons = Neurons(geo.positions * self.groups, lanes, layer.membrane_bits,
                               [int(v) for v in layer.bias[fsl]], [int(v) for v in layer.threshold[fsl]],
                               param_period=self.groups, mode=mode, reset=layer.reset,
                               coords=(geo.f, geo.ty, geo.tx) if array_port else None,
                               external_potentials=array_port)
        if self.family == "s4":
            self.weight_bits = 9
            self.gen_words, self.tables, self.g, self.perms = s4_generator_words(layer, geo)
            self.gen_width = geo.f
        else:
            self.weight_bits = layer.weight_bits
            self.gen_words = kernel_generator_words(layer, geo, self.weight_bits)
            self.gen_width = geo.f * self.weight_bits
        super().__init__(geo.axon_bits, geo.neurons, lanes, counters=counters)

    def weight_memory_bits(self):
        """Bits of every weight memory the core instantiates, by memory
        (:func:`hw.config.generator_memory_bits`)."""
        return generator_memory_bits(self.layer, self.geo)

    def _datapath(self, m, accept, issue, work, last):
        geo, L, G, nrn = self.geo, self.lanes, self.groups, self.neurons
        W = nrn.width
        m.submodules.generators = gmem = memory.Memory(shape=unsigned(self.gen_width), depth=geo.taps,
                                                       init=self.gen_words)
        grd = gmem.read_port()

        # Which tile rows/cols a patch coordinate reaches: [lo, end) per coordinate.
        def span(n, stride, k, extent, bound):
            lo = Array([Const(geo.covered(v, stride, k, extent)[0], range(bound + 1)) for v in range(n)])
            end = Array([Const(max(geo.covered(v, stride, k, extent)[1], -1) + 1, range(bound + 1)) for v in range(n)])
            return lo, end
        ylo, yend = span(geo.ph, geo.sy, geo.kh, geo.ty, geo.ty)
        xlo, xend = span(geo.pw, geo.sx, geo.kw, geo.tx, geo.tx)

        c = Signal(range(max(geo.cg, 2)))
        Y = Signal(range(max(geo.ph, 2)))
        X = Signal(range(max(geo.pw, 2)))
        py, py_end = Signal(range(geo.ty + 1)), Signal(range(geo.ty + 1))
        px, px_lo, px_end = Signal(range(geo.tx + 1)), Signal(range(geo.tx + 1)), Signal(range(geo.tx + 1))
        g = Signal(range(max(G, 2)))
        qy = Signal(range(max(geo.kh, 2)))
        qx = Signal(range(max(geo.kw, 2)))
        m.d.comb += [qy.eq(Y - py * geo.sy), qx.eq(X - px * geo.sx)]
        s1_g = Signal.like(g)
        s1_q = Signal(range(max(geo.kh * geo.kw, 2)))
        m.d.sync += [s1_g.eq(g), s1_q.eq(qy * geo.kw + qx)]

        # ---- stage 1: weights of the `lanes` filters of group s1_g ------------------------
        if self.family == "s4":
            table_words = [sum(self.tables[gi * L + l] << (36 * l) for l in range(L)) for gi in range(G)]
            if G <= ROM_WORDS:
                table_q = rom(m, table_words, g, L * 36, "table_q")
            else:
                m.submodules.tables = tmem = memory.Memory(shape=unsigned(L * 36), depth=G, init=table_words)
                trd = tmem.read_port()
                m.d.comb += trd.addr.eq(g)
                table_q = trd.data
            # 2 bits per channel: always small enough for logic
            base_q = rom(m, self.g, c, 2, "base_type_q")
            perms = Array([Const(sum(p[i] << (2 * i) for i in range(4)), 8) for p in self.perms])
            t = Signal(2)
            m.d.comb += t.eq(perms[s1_q].word_select(base_q, 2))
            mask = grd.data.word_select(s1_g, L)
            lanes_w = [Mux(mask[l], table_q[36 * l:36 * (l + 1)].word_select(t, 9).as_signed(), 0) for l in range(L)]
        else:
            wb = self.weight_bits
            word = grd.data.word_select(s1_g, L * wb)
            lanes_w = [word[l * wb:(l + 1) * wb].as_signed() for l in range(L)]
        ws = [Signal(signed(W), name=f"w{l}") for l in range(L)]
        m.d.comb += [w.eq(v) for w, v in zip(ws, lanes_w)]
        m.d.comb += nrn.acc_delta.eq(Cat(*ws))

        # ---- stage 0: walk the positions an input spike reaches ---------------------------
        m.d.comb += [nrn.acc_addr.eq((py * geo.tx + px) * G + g), grd.addr.eq((c * geo.kh + qy) * geo.kw + qx)]
        a = self.axons.payload.addr
        a_c, a_y, a_x = a[geo.yb + geo.xb:], a[geo.xb:geo.yb + geo.xb], a[:geo.xb]
        m.d.comb += work.eq((ylo[a_y] < yend[a_y]) & (xlo[a_x] < xend[a_x]))
        with m.If(accept):
            m.d.sync += [c.eq(a_c), Y.eq(a_y), X.eq(a_x), py.eq(ylo[a_y]), py_end.eq(yend[a_y]),
                         px.eq(xlo[a_x]), px_lo.eq(xlo[a_x]), px_end.eq(xend[a_x]), g.eq(0)]
        m.d.comb += last.eq((g == G - 1) & (px + 1 == px_end) & (py + 1 == py_end))
        with m.If(issue):
            with m.If(g == G - 1):
                m.d.sync += g.eq(0)
                with m.If(px + 1 == px_end):
                    m.d.sync += [px.eq(px_lo), py.eq(py + 1)]
                with m.Else():
                    m.d.sync += px.eq(px + 1)
            with m.Else():
                m.d.sync += g.eq(g + 1)
