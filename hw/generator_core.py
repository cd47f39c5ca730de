"""A neuromorphic core whose weight memory holds only Toeplitz generators."""

from amaranth.hdl import *
from amaranth.lib import memory
from amaranth.lib.wiring import In, Out

from model.truenorth import TABLE_BITS
from toepcore.ir.geometry import TileGeometry, overlaps_accept, tile_lanes
from toepcore.ir.memory import ROM_WORDS

from .event_core import EventCore
from .event_list import rom
from .neurons import Neurons

__all__ = ["GeneratorCore", "table_memory", "typed_table_words", "lane_weights"]


class GeneratorCore(EventCore):
    """One tick of one logical core (a tile of a conv layer), event driven.

    For every input spike (axon address ``(c, Y, X)``, see :mod:`toepcore.ir.geometry`), the core
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
    skip_zeros : bool
        Skip lane groups whose weights are all zero (one-hot find-first-set over the ``F /
        lanes`` groups: about three LUTs per group), or update every group of every visit.
    array_port : bool
        As a core of :class:`hw.array.CoreArray`: spikes carry tile coordinates and the
        potential memory is the array's, shared by its cores (feed-forward only).
    external_generators : bool
        Leave the generator memory out (requires ``skip_zeros=False``) and read a shared
        :class:`hw.generator_store.GeneratorStore` through ``gen_addr`` / ``gen_data``
        instead: one word per tap and lane group (:meth:`store_words`), the group's
        ``lanes`` mask bits (``s4``) or weights (``kernel``), at word
        ``tap_address * groups + group`` counted from the core's share of the store.

    Ports and counters are those of :class:`hw.event_core.EventCore`; neuron ``j = p * F + f``.

    Latency and throughput: each input spike costs one cycle to accept (two with
    ``skip_zeros``: the first word is fetched from the registered axon; none without
    ``skip_zeros`` while spikes keep coming: the next is taken in the cycle of the last
    update, :attr:`~hw.event_core.EventCore.overlap_accept`) plus, for each of
    its ``visits`` (covered positions, at most ``ceil(kh/sy) * ceil(kw/sx)``), one cycle
    per lane group with a non-zero weight (at least one: the cycle fetches the next
    word), so work follows the non-zero synaptic operations, not ``F``; without
    ``skip_zeros``, ``F / lanes`` cycles per visit. The
    pass costs ``positions * F / lanes + spikes + 2`` cycles after ``end``.
    """

    def __init__(self, layer, tile, *, lanes=None, mode="feedforward", counters=True, array_port=False,
                 skip_zeros=True, external_generators=False):
        if external_generators and skip_zeros:
            raise ValueError("a core reading a shared generator store updates every lane group (skip_zeros=False)")
        self.layer, self.tile, self.skip_zeros = layer, tile, skip_zeros
        self.external_generators = external_generators
        # the every-group datapath (own memory) latches a spike over its last update
        self.overlap_accept = overlaps_accept(skip_zeros, external_generators)
        self.geo = geo = TileGeometry.of(layer, tile)
        self.family = family = layer.family_spec
        self.lanes = lanes = tile_lanes(geo, lanes)
        self.groups = geo.f // lanes
        fsl = slice(geo.f0, geo.f0 + geo.f)
        self.neurons = Neurons(geo.positions * self.groups, lanes, layer.membrane_bits,
                               [int(v) for v in layer.bias[fsl]], [int(v) for v in layer.threshold[fsl]],
                               param_period=self.groups, mode=mode, reset=layer.reset,
                               coords=(geo.f, geo.ty, geo.tx) if array_port else None,
                               external_potentials=array_port)
        self.weight_bits = family.weight_bits(layer)
        self.gen_words = family.generator_words(layer, geo)
        self.gen_width = geo.f * family.lane_bits(layer)
        if family.typed:
            self.tables, self.g, self.perms = family.tables(layer, geo)
        self.group_bits = self.gen_width // self.groups
        ports = {}
        if external_generators:
            ports = {"gen_addr": Out(range(max(geo.taps * self.groups, 2))), "gen_data": In(self.group_bits)}
        super().__init__(geo.axon_bits, geo.neurons, lanes, counters=counters, ports=ports)

    def store_words(self):
        """The core's share of a generator store
        (:meth:`model.families.LayerFamily.store_words`)."""
        return self.family.store_words(self.layer, self.geo, self.lanes)

    def weight_memory_bits(self):
        """Bits of every weight memory the core instantiates, by memory
        (:meth:`model.families.LayerFamily.memory_bits`)."""
        return self.family.memory_bits(self.layer, self.geo)

    def _datapath(self, m, accept, scanning, issue, work, done):
        """Visits that skip all-zero lane groups: one generator word per covered position,
        fetched a cycle ahead, and one cycle per non-zero group (about 80 lines: the
        look-ahead address and the visit it serves are one schedule)."""
        if not self.skip_zeros:
            return self._datapath_every_group(m, accept, scanning, issue, work, done)
        geo, G, nrn = self.geo, self.groups, self.neurons
        m.submodules.generators = gmem = memory.Memory(shape=unsigned(self.gen_width), depth=geo.taps,
                                                       init=self.gen_words)
        grd = gmem.read_port()
        gw = self.gen_width // G            # bits of one lane group in a generator word

        (ylo, yend, qy0), (xlo, xend, qx0) = self._spans()

        c = Signal(range(max(geo.cg, 2)))
        py, py_end = Signal(range(geo.ty + 1)), Signal(range(geo.ty + 1))
        px, px_lo, px_end = Signal(range(geo.tx + 1)), Signal(range(geo.tx + 1)), Signal(range(geo.tx + 1))
        qy = Signal(range(max(geo.kh, 2)))
        qx, qx_first = Signal(range(max(geo.kw, 2))), Signal(range(max(geo.kw, 2)))

        # ---- visits: one generator word per covered position, fetched a cycle ahead -------
        # ``fresh``: the read port holds the word of the current visit, not yet looked at;
        # ``pend``: its lane groups with a non-zero weight still to update. Groups whose
        # weights are all zero (s4 masks, zero kernel taps) cost nothing; a visit with no
        # non-zero group costs the one cycle that fetches the next word.
        g = Signal(range(max(G, 2)))
        advance = Signal()
        fresh = Signal()
        pend = Signal(G)
        nonzero = Cat(*[grd.data.word_select(i, gw).any() for i in range(G)])
        todo = Signal(G)
        m.d.comb += todo.eq(Mux(fresh, nonzero, pend))
        # the lowest pending group, one-hot (two's complement trick: a carry chain, not a
        # priority mux chain), and its index as OR trees
        low = Signal(G)
        m.d.comb += low.eq(todo & (~todo + 1))
        m.d.comb += g.eq(Cat(*[Cat(*[low[i] for i in range(G) if i >> b & 1]).any()
                               for b in range(len(g))]) if G > 1 else 0)
        rest = todo & ~low                       # the others
        # ``fetch``: the cycle after an accept, which reads the first visit's word (the
        # axon is registered first, so no path runs from the router into the address)
        fetch = Signal()
        m.d.comb += [issue.eq(scanning & ~fetch & todo.any()), advance.eq(scanning & ~fetch & (rest == 0))]
        group = Cat(*[Cat(*[low[i] & grd.data[i * gw + b] for i in range(G)]).any() for b in range(gw)])
        wrap = px + 1 == px_end
        m.d.comb += done.eq(advance & wrap & (py + 1 == py_end))

        a = self.axons.payload.addr
        a_c, a_y, a_x = a[geo.yb + geo.xb:], a[geo.xb:geo.yb + geo.xb], a[:geo.xb]
        m.d.comb += work.eq((ylo[a_y] < yend[a_y]) & (xlo[a_x] < xend[a_x]))
        # generator address of the current visit and of its row's first visit, stepped
        # with the visits (one position right: -sx; one row down: -sy * kw)
        Y, X = Signal(range(max(geo.ph, 2))), Signal(range(max(geo.pw, 2)))
        taddr, trow = Signal(range(max(geo.taps, 2))), Signal(range(max(geo.taps, 2)))
        first = Signal.like(taddr)
        m.d.comb += first.eq(self.tap_address(c, qy0[Y], qx0[X]))
        row_next = trow - geo.sy * geo.kw
        t_next = Mux(wrap, row_next, taddr - geo.sx)
        with m.If((scanning & fetch) | advance):
            m.d.sync += fresh.eq(1)
        with m.If(accept):
            m.d.sync += [c.eq(a_c), Y.eq(a_y), X.eq(a_x), fetch.eq(1), fresh.eq(0)]
        with m.Elif(scanning & fetch):
            m.d.comb += grd.addr.eq(first)
            m.d.sync += [fetch.eq(0), py.eq(ylo[Y]), py_end.eq(yend[Y]), px.eq(xlo[X]), px_lo.eq(xlo[X]),
                         px_end.eq(xend[X]), qy.eq(qy0[Y]), qx.eq(qx0[X]), qx_first.eq(qx0[X]),
                         taddr.eq(first), trow.eq(first)]
        with m.Elif(advance):
            m.d.comb += grd.addr.eq(t_next)
            m.d.sync += [px.eq(Mux(wrap, px_lo, px + 1)), py.eq(Mux(wrap, py + 1, py)), taddr.eq(t_next),
                         qy.eq(Mux(wrap, qy - geo.sy, qy)), qx.eq(Mux(wrap, qx_first, qx - geo.sx))]
            with m.If(wrap):
                m.d.sync += trow.eq(row_next)
        with m.Else():
            m.d.comb += grd.addr.eq(taddr)          # keep the current word on the port
            with m.If(scanning):
                m.d.sync += [pend.eq(rest), fresh.eq(0)]

        # ---- stage 0: the update of group ``g`` at position (py, px) -------------------
        m.d.comb += nrn.acc_addr.eq((py * geo.tx + px) * G + g)
        s1_grp = Signal(gw)                 # the group's mask bits or weights (one-hot select)
        m.d.sync += s1_grp.eq(group)

        m.d.comb += nrn.acc_delta.eq(Cat(*self.weight_lookup(m, g, c, qy * geo.kw + qx, s1_grp)))

    def tap_address(self, c, qy, qx):
        """The generator-memory address of channel ``c``'s kernel tap ``(qy, qx)``:
        ``(c * kh + qy) * kw + qx`` (the order of :meth:`model.families.LayerFamily.generator_words`)."""
        return (c * self.geo.kh + qy) * self.geo.kw + qx

    def _datapath_every_group(self, m, accept, scanning, issue, work, done):
        """Every lane group of every visit: the word is read with the update and its group
        selected a cycle later, so no look-ahead address logic."""
        geo, G, nrn = self.geo, self.groups, self.neurons
        gw = self.gen_width // G
        if self.external_generators:
            rd_addr, group_q = self.gen_addr, self.gen_data
        else:
            m.submodules.generators = gmem = memory.Memory(shape=unsigned(self.gen_width), depth=geo.taps,
                                                           init=self.gen_words)
            grd = gmem.read_port()
            rd_addr = grd.addr

        (ylo, yend, _), (xlo, xend, _) = self._spans()

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
        m.d.sync += s1_g.eq(g)

        if not self.external_generators:
            group_q = grd.data.word_select(s1_g, gw)
        m.d.comb += nrn.acc_delta.eq(Cat(*self.weight_lookup(m, g, c, qy * geo.kw + qx, group_q)))

        # ---- stage 0: walk the positions an input spike reaches ---------------------------
        tap = self.tap_address(c, qy, qx)
        m.d.comb += [nrn.acc_addr.eq((py * geo.tx + px) * G + g),
                     rd_addr.eq(tap * G + g if self.external_generators else tap)]
        a = self.axons.payload.addr
        a_c, a_y, a_x = a[geo.yb + geo.xb:], a[geo.xb:geo.yb + geo.xb], a[:geo.xb]
        m.d.comb += work.eq((ylo[a_y] < yend[a_y]) & (xlo[a_x] < xend[a_x]))
        m.d.comb += [issue.eq(scanning), done.eq(scanning & (g == G - 1) & (px + 1 == px_end) & (py + 1 == py_end))]
        with m.If(issue):
            with m.If(g == G - 1):
                m.d.sync += g.eq(0)
                with m.If(px + 1 == px_end):
                    m.d.sync += [px.eq(px_lo), py.eq(py + 1)]
                with m.Else():
                    m.d.sync += px.eq(px + 1)
            with m.Else():
                m.d.sync += g.eq(g + 1)
        # after the walk's step: a spike taken in the last update's cycle starts a new walk
        with m.If(accept):
            m.d.sync += [c.eq(a_c), Y.eq(a_y), X.eq(a_x), py.eq(ylo[a_y]), py_end.eq(yend[a_y]),
                         px.eq(xlo[a_x]), px_lo.eq(xlo[a_x]), px_end.eq(xend[a_x]), g.eq(0)]

    def _spans(self):
        """Per axis, constant tables indexed by a patch coordinate: the first tile row (or
        column) whose window covers it, one past the last, and the kernel tap of the first."""
        geo = self.geo

        def span(n, stride, k, extent):
            cov = [geo.covered(v, stride, k, extent) for v in range(n)]
            lo = Array([Const(a, range(extent + 1)) for a, _ in cov])
            end = Array([Const(max(b, -1) + 1, range(extent + 1)) for _, b in cov])
            q0 = Array([Const(min(max(v - a * stride, 0), k - 1), range(max(k, 2))) for v, (a, _) in enumerate(cov)])
            return lo, end, q0
        return span(geo.ph, geo.sy, geo.kh, geo.ty), span(geo.pw, geo.sx, geo.kw, geo.tx)

    def weight_lookup(self, m, g, c, q, group):
        """Stage 1 of an update, built into module ``m``: returns the signed weights (one
        signal per lane, membrane-wide) of the ``lanes`` filters of group ``g`` and channel
        ``c`` at kernel tap ``q = qy * kw + qx`` (all three in stage 0: the table is read
        with them), from ``group``, the group's ``s4`` mask bits or kernel weights, in
        stage 1. For ``s4`` the tap's type (the composed permutation of ``q`` applied to
        ``c``'s base type) is found in stage 0, so the table is read at word ``4 g + type``
        and holds ``lanes`` 9-bit entries, not every lane's four: a quarter of the width in
        block RAM and no type select after the read. ``python -m codegen prove`` holds
        this, with the core's generator memory and :meth:`tap_address`, against the dense
        crossbar."""
        L, nrn = self.lanes, self.neurons
        if not self.family.typed:
            return lane_weights(m, nrn.width, L, group, weight_bits=self.weight_bits)
        # 2 bits per channel and 8 per tap: always small enough for logic
        base = rom(m, self.g, c, 2, "base_types", domain="comb")
        perm = rom(m, [sum(p[i] << (2 * i) for i in range(4)) for p in self.perms], q, 8, "permutations",
                   domain="comb")
        t = Signal(2)
        m.d.comb += t.eq(perm.word_select(base, 2))
        table_q = table_memory(m, typed_table_words(self.tables, L), Cat(t, g), L * TABLE_BITS)
        return lane_weights(m, nrn.width, L, group, table_q=table_q)


def typed_table_words(tables, lanes):
    """The ``s4`` tables as :func:`table_memory` holds them: word ``4 g + t`` packs entry
    ``t`` (9 bits) of the ``lanes`` filters of lane group ``g``, lane ``l`` at bit
    ``9 l``. ``tables``: one 36-bit word per filter (entry ``t`` at bit ``9 t``), a whole
    number of groups."""
    mask = (1 << TABLE_BITS) - 1
    return [sum(((tables[g * lanes + l] >> (TABLE_BITS * t)) & mask) << (TABLE_BITS * l) for l in range(lanes))
            for g in range(len(tables) // lanes) for t in range(4)]


def table_memory(m, words, addr, width):
    """The ``s4`` weight tables (:func:`typed_table_words`), word ``addr`` a cycle later: a
    ROM in logic up to :data:`ROM_WORDS` lane groups (four words each), else a block-RAM
    memory (both named ``tables``)."""
    if len(words) <= 4 * ROM_WORDS:
        return rom(m, words, addr, width, "tables")
    m.submodules.tables = tmem = memory.Memory(shape=unsigned(width), depth=len(words), init=words)
    trd = tmem.read_port()
    m.d.comb += trd.addr.eq(addr)
    return trd.data


def lane_weights(m, width, lanes, group, *, table_q=None, weight_bits=None):
    """Stage 1's signed weights, one ``width``-bit signal per lane, from a lane group's
    generator bits ``group``: ``kernel`` weights of ``weight_bits`` each, or (``s4``) mask
    bits selecting the lane's 9-bit entry of ``table_q`` (the table word of the tap's
    type, :func:`typed_table_words`)."""
    if weight_bits is not None:
        vals = [group[l * weight_bits:(l + 1) * weight_bits].as_signed() for l in range(lanes)]
    else:
        vals = [Mux(group[l], table_q[TABLE_BITS * l:TABLE_BITS * (l + 1)].as_signed(), 0) for l in range(lanes)]
    ws = [Signal(signed(width), name=f"w{l}") for l in range(lanes)]
    m.d.comb += [w.eq(v) for w, v in zip(ws, vals)]
    return ws
