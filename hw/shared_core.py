"""One physical generator core that runs the logical cores of every layer in turn."""

from amaranth.hdl import *
from amaranth.lib.wiring import In, Out

from model.families import PERMUTATION_BITS
from model.truenorth import TABLE_BITS, TYPE_BITS
from toepcore.ir.bits import bits_for as _bits
from toepcore.ir.geometry import TileGeometry, lane_groups

from .event_core import EventCore
from .event_list import rom
from .generator_core import lane_weights, table_memory, typed_table_words
from .neurons import Neurons

__all__ = ["SharedCore"]


def _table(values, shape):
    return Array([Const(int(v), shape) for v in values])


class SharedCore(EventCore):
    """A generator core whose geometry is a per-*configuration* table instead of a
    constant: configuration ``k`` is one filter block of one layer (a tile of ``F``
    filters x ``TY x TX`` positions), chosen by ``cfg`` for a whole tick. It is the
    every-lane-group datapath of :class:`hw.generator_core.GeneratorCore` with its
    addresses stepped incrementally, reading its generators from a shared
    :class:`hw.generator_store.GeneratorStore` (``gen_addr`` is absolute).

    Parameters
    ----------
    blocks : list of (layer, Tile, base)
        The configurations: a layer, its tile at the origin (every tile of the block has
        the same geometry) and the block's first word in the generator store. Every layer
        has the same family (and weight width); a block whose filter count ``lanes`` does
        not divide is padded to whole lane groups.
    lanes : int

    Members
    -------
    cfg : In(range(len(blocks)))
        The configuration of the tick; changed only while the core is idle.
    gen_addr : Out(range(store depth)), gen_data : In(group bits)
        The generator store's read port (data one cycle after the address).

    Axon addresses use the widest fields of all configurations (:attr:`fields`:
    channel, row, column bits). Latency and throughput are those of the every-group
    :class:`hw.generator_core.GeneratorCore`: one cycle to accept an input spike, ``F /
    lanes`` update cycles per covered position, ``positions * F / lanes + spikes + 2``
    cycles for the threshold pass.
    """

    def __init__(self, blocks, lanes, store_depth):
        self.blocks = blocks
        self.geos = [TileGeometry.of(layer, tile) for layer, tile, _ in blocks]
        fams = {layer.family_spec.share_key(layer) for layer, _, _ in blocks}
        if len(fams) != 1:
            raise ValueError(f"a shared core runs layers of one family and weight width, not {sorted(fams)}")
        self.family = family = blocks[0][0].family_spec
        self.lanes = L = lanes
        # a block whose filters the lanes do not divide gets padding filters: no weights,
        # bias 0, the largest threshold, so they never fire
        self.groups = [lane_groups(geo.f, L) for geo in self.geos]
        self.membrane_bits = B = max(layer.membrane_bits for layer, _, _ in blocks)
        self.weight_bits = max(family.weight_bits(layer) for layer, _, _ in blocks)
        self.group_bits = L * max(family.lane_bits(layer) for layer, _, _ in blocks)
        self.fields = (_bits(max(g.cg for g in self.geos)), _bits(max(g.ph for g in self.geos)),
                       _bits(max(g.pw for g in self.geos)))
        # per-filter parameters of every configuration, one after another
        bias, thr, self.param_base = [], [], []
        never = (1 << (B - 1)) - 1
        for (layer, _, _), geo, G in zip(blocks, self.geos, self.groups):
            self.param_base.append(len(bias) // L)
            pad = G * L - geo.f
            bias += [int(v) for v in layer.bias[geo.f0:geo.f0 + geo.f]] + [0] * pad
            thr += [int(v) for v in layer.threshold[geo.f0:geo.f0 + geo.f]] + [never] * pad
        configs = [{"words": geo.positions * G, "period": G, "base": pb, "coords": (G * L, geo.ty, geo.tx)}
                   for geo, G, pb in zip(self.geos, self.groups, self.param_base)]
        self.neurons = Neurons(max(c["words"] for c in configs), L, B, bias, thr, param_period=len(bias) // L,
                               coords=(max(G * L for G in self.groups), max(g.ty for g in self.geos),
                                       max(g.tx for g in self.geos)),
                               external_potentials=True, configs=configs)
        if family.typed:
            self.s4 = [family.tables(layer, geo) for (layer, _, _), geo in zip(blocks, self.geos)]
        self.store_depth = store_depth
        super().__init__(sum(self.fields), max(c["words"] for c in configs) * L, L, counters=False,
                         ports={"cfg": In(range(max(len(blocks), 2))),
                                "gen_addr": Out(range(max(store_depth, 2))), "gen_data": In(self.group_bits)})

    @property
    def xb(self):
        return self.fields[2]

    @property
    def yb(self):
        return self.fields[1]

    def weight_memory_bits(self):
        """Bits of the core's own weight tables (the generators are the store's): ``s4``
        tables (4 x 9 bits per filter, padding filters included), base types (2 per group
        channel) and the composed permutations (8 bits per tap of each block)."""
        if not self.family.typed:
            return {}
        return {"tables": sum(G * self.lanes * 4 * TABLE_BITS for G in self.groups),
                "base_types": sum(g.cg * TYPE_BITS for g in self.geos),
                "permutations": sum(g.kh * g.kw * PERMUTATION_BITS for g in self.geos)}

    def _per(self, values, shape):
        """This tick's entry of a per-block table (``cfg`` selects the block)."""
        return _table(values, shape)[self.cfg]

    def _lookup(self, tables, idx, shape):
        """Entry ``idx`` of this tick's block's table."""
        return Array([_table(t, shape) for t in tables])[self.cfg][idx]

    def _param(self, values):
        """This tick's value of a per-block constant."""
        return self._per(values, range(max(values) + 1))

    def _datapath(self, m, accept, scanning, issue, work, done):
        """Stage 0: on accept, the first visit's store and potential words from per-block
        tables of the patch coordinate; then one lane group per cycle, stepping both words
        along the patch. Stage 1 turns the store's word into the lanes' increments (``s4``:
        through :meth:`_s4_contents`). One method (about 90 lines): one address computation,
        read against :meth:`hw.generator_core.GeneratorCore._datapath`, whose steps it
        repeats per block; moving stage 1 out renumbers the netlist's anonymous ports."""
        geos, L, nrn = self.geos, self.lanes, self.neurons
        cfg = self.cfg
        m.d.comb += nrn.cfg.eq(cfg)

        ty_max, tx_max = max(g.ty for g in geos), max(g.tx for g in geos)
        k_max = max(max(g.kh, g.kw) for g in geos)
        (ylo_t, yend_t, qy0_t), (xlo_t, xend_t, qx0_t) = _span_tables(geos, 0), _span_tables(geos, 1)
        a = self.axons.payload.addr
        cb, yb, xb = self.fields
        a_c, a_y, a_x = a[yb + xb:], a[xb:xb + yb], a[:xb]
        ylo, yend = self._lookup(ylo_t, a_y, range(ty_max + 1)), self._lookup(yend_t, a_y, range(ty_max + 1))
        xlo, xend = self._lookup(xlo_t, a_x, range(tx_max + 1)), self._lookup(xend_t, a_x, range(tx_max + 1))
        qy0, qx0 = self._lookup(qy0_t, a_y, range(k_max)), self._lookup(qx0_t, a_x, range(k_max))
        m.d.comb += work.eq((ylo < yend) & (xlo < xend))

        G = self._param(self.groups)
        kw = self._param([g.kw for g in geos])
        sy, sx = self._param([g.sy for g in geos]), self._param([g.sx for g in geos])
        base = self._per([b for _, _, b in self.blocks], range(max(self.store_depth, 2)))
        # address steps: one position right (-sx taps, +1 position), one row down (-sy*kw
        # taps from the row's first visit, +tx positions), each times G words
        step_x = self._param([g.sx * G_ for g, G_ in zip(geos, self.groups)])
        step_y = self._param([g.sy * g.kw * G_ for g, G_ in zip(geos, self.groups)])
        step_n = self._param([g.tx * G_ for g, G_ in zip(geos, self.groups)])

        g = Signal(range(max(max(self.groups), 2)))
        py, py_end = Signal(range(ty_max + 1)), Signal(range(ty_max + 1))
        px, px_lo, px_end = Signal(range(tx_max + 1)), Signal(range(tx_max + 1)), Signal(range(tx_max + 1))
        qy, qx, qx_first = Signal(range(k_max)), Signal(range(k_max)), Signal(range(k_max))
        c = Signal(range(max(max(g_.cg for g_ in geos), 2)))
        depth = max(self.store_depth, 2)
        gcur, grow = Signal(range(depth)), Signal(range(depth))      # store word of the visit, of its row's first
        nwords = max(g_.positions * G_ for g_, G_ in zip(geos, self.groups))
        ncur, nrow = Signal(range(nwords + 1)), Signal(range(nwords + 1))   # potential word, likewise

        # the first visit's store word, base + ((c kh + qy0) kw + qx0) G, and potential word,
        # (ylo tx + xlo) G: the row and column parts are tables of the patch coordinate, the
        # channel's part a product by one per-block constant, so the accept (on the router's
        # path) holds one small multiplier, not two in series
        groups = self.groups
        y_off, x_off, ny_off, nx_off = _scaled_offsets(geos, groups, qy0_t, qx0_t, ylo_t, xlo_t)

        def offset(tables, idx):
            return self._lookup(tables, idx, range(max(max(t) for t in tables) + 1))
        c_step = self._param([g_.kh * g_.kw * G_ for g_, G_ in zip(geos, groups)])
        first = Signal.like(gcur)
        nfirst = Signal.like(ncur)
        m.d.comb += [first.eq(base + a_c * c_step + offset(y_off, a_y) + offset(x_off, a_x)),
                     nfirst.eq(offset(ny_off, a_y) + offset(nx_off, a_x))]
        with m.If(accept):
            m.d.sync += [c.eq(a_c), g.eq(0), py.eq(ylo), py_end.eq(yend), px.eq(xlo), px_lo.eq(xlo),
                         px_end.eq(xend), qy.eq(qy0), qx.eq(qx0), qx_first.eq(qx0),
                         gcur.eq(first), grow.eq(first), ncur.eq(nfirst), nrow.eq(nfirst)]

        last_g = g == G - 1
        wrap = px + 1 == px_end
        m.d.comb += [issue.eq(scanning), done.eq(scanning & last_g & wrap & (py + 1 == py_end)),
                     self.gen_addr.eq(gcur + g), nrn.acc_addr.eq(ncur + g)]
        with m.If(issue):
            with m.If(last_g):
                m.d.sync += g.eq(0)
                with m.If(wrap):
                    m.d.sync += [px.eq(px_lo), py.eq(py + 1), qx.eq(qx_first), qy.eq(qy - sy),
                                 grow.eq(grow - step_y), gcur.eq(grow - step_y),
                                 nrow.eq(nrow + step_n), ncur.eq(nrow + step_n)]
                with m.Else():
                    m.d.sync += [px.eq(px + 1), qx.eq(qx - sx), gcur.eq(gcur - step_x), ncur.eq(ncur + G)]
            with m.Else():
                m.d.sync += g.eq(g + 1)

        group = self.gen_data
        if self.family.typed:
            # the tap's type in stage 0 (GeneratorCore.weight_lookup): the table is read at
            # word 4 (block's first group + g) + type
            tab_words, tbase, bt, bbase, pflat, pbase = self._s4_contents()
            base_t = rom(m, bt, self._per(bbase, range(len(bt) + 1)) + c, 2, "base_types", domain="comb")
            paddr = self._per(pbase, range(len(pflat) + 1)) + qy * kw + qx
            perm = rom(m, pflat, paddr, 8, "permutations", domain="comb")
            t = Signal(2)
            m.d.comb += t.eq(perm.word_select(base_t, 2))
            table_q = table_memory(m, tab_words, Cat(t, self._per(tbase, range(len(tab_words) // 4 + 1)) + g), L * TABLE_BITS)
            ws = lane_weights(m, nrn.width, L, group, table_q=table_q)
        else:
            ws = lane_weights(m, nrn.width, L, group, weight_bits=self.weight_bits)
        m.d.comb += nrn.acc_delta.eq(Cat(*ws))


    def _s4_contents(self):
        """The ``s4`` ROMs' words and each block's base in them: the lanes' table words
        (padding filters' tables zero), the base types, the composed permutations (8 bits a
        tap). Returns ``(tab_words, tbase, bt, bbase, pflat, pbase)``."""
        L = self.lanes
        tab_words, tbase, bt, bbase = [], [], [], []
        pflat, pbase = [], []
        for (tables, gbase, prm), G_ in zip(self.s4, self.groups):
            pbase.append(len(pflat))
            pflat += [sum(p[i] << (2 * i) for i in range(4)) for p in prm]
            tbase.append(len(tab_words) // 4)
            tables = list(tables) + [0] * (G_ * L - len(tables))   # padding filters
            tab_words += typed_table_words(tables, L)
            bbase.append(len(bt))
            bt += gbase
        return tab_words, tbase, bt, bbase, pflat, pbase


def _span_tables(geos, axis):
    """Per-axis span tables of every configuration (``axis`` 0: rows, 1: columns): the
    first covered output, one past the last, and the kernel tap of the first
    (:meth:`hw.generator_core.GeneratorCore._spans`)."""
    lo_t, end_t, q0_t = [], [], []
    for g in geos:
        n, s, k, e = (g.ph, g.sy, g.kh, g.ty) if axis == 0 else (g.pw, g.sx, g.kw, g.tx)
        cov = [g.covered(v, s, k, e) for v in range(n)]
        lo_t.append([a for a, _ in cov])
        end_t.append([max(b, -1) + 1 for _, b in cov])
        q0_t.append([min(max(v - a * s, 0), k - 1) for v, (a, _) in enumerate(cov)])
    return lo_t, end_t, q0_t


def _scaled_offsets(geos, groups, qy0_t, qx0_t, ylo_t, xlo_t):
    """Per-block tables of the first visit's store-word offsets (row and column parts:
    ``qy0 kw G`` and ``qx0 G``) and potential-word offsets (``ylo tx G`` and ``xlo G``)."""
    def scaled(tables, scale):
        return [[v * k for v in t] for t, k in zip(tables, scale)]
    return (scaled(qy0_t, [g.kw * G for g, G in zip(geos, groups)]), scaled(qx0_t, groups),
            scaled(ylo_t, [g.tx * G for g, G in zip(geos, groups)]), scaled(xlo_t, groups))
