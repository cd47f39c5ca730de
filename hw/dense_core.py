"""The TrueNorth-style baseline core: binary crossbar, axon types, per-neuron tables."""

import numpy as np
from amaranth.hdl import *
from amaranth.lib import memory

from model.truenorth import TABLE_BITS, TYPE_BITS, lay_on_core
from toepcore.ir.bits import pack_lanes
from toepcore.ir.geometry import TileGeometry, tile_lanes

from .event_core import EventCore
from .neurons import Neurons

__all__ = ["DenseCore", "dense_core_image"]


def dense_core_image(layer, tile):
    """The dense TrueNorth form of a tile over its whole patch (padding included, so one
    image serves every equally sized tile), with neurons reordered to ``j = p * F + f``.

    Returns ``(core, order)`` where ``core`` is a :class:`model.truenorth.DenseCore` whose
    neuron ``j`` is the generator core's neuron ``j``.
    """
    core = lay_on_core(layer, tile, full_patch=True)
    geo = TileGeometry.of(layer, tile)
    o = core.neuron_outputs
    j = ((o[:, 1] - geo.y0) * geo.tx + (o[:, 2] - geo.x0)) * geo.f + (o[:, 0] - geo.f0)
    order = np.argsort(j)
    core.crossbar = core.crossbar[:, order]
    core.tables = core.tables[order]
    core.neuron_outputs = core.neuron_outputs[order]
    return core


class DenseCore(EventCore):
    """One tick of one logical core stored in dense TrueNorth form (docs/semantics.md §5).

    Axon addresses are those of the generator core (:mod:`toepcore.ir.geometry`); an input drives
    ``axons_per_input`` crossbar rows (1 for ``s4``, 2 for ternary). The crossbar covers the
    whole patch, padding included, so one core image serves every equally sized tile. For each row the core
    reads the row's type and, ``lanes`` neurons per cycle, the crossbar bits and the
    neurons' 4-entry tables: weight ``= c[i][j] * S_j[G[i]]``. Same neurons, same output
    as :class:`hw.generator_core.GeneratorCore` for the same tile.

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

    Latency and throughput: each input spike costs ``1 + axons_per_input * N / lanes``
    cycles (every neuron of the core is visited, connected or not: the crossbar row is
    read whole); the threshold pass costs ``2 * N / lanes + spikes + 2`` cycles.
    """

    def __init__(self, layer, tile, *, lanes=None, mode="feedforward", counters=True, array_port=False):
        self.layer, self.tile = layer, tile
        self.geo = geo = TileGeometry.of(layer, tile)
        self.image = core = dense_core_image(layer, tile)
        self.rows, self.n = core.crossbar.shape
        lanes = tile_lanes(geo, lanes)
        self.words = self.n // lanes
        self.axons_per_input = self.rows // (geo.cg * geo.ph * geo.pw)
        f_of_j = core.neuron_outputs[:, 0]
        self.neurons = Neurons(self.words, lanes, layer.membrane_bits,
                               [int(layer.bias[f]) for f in f_of_j], [int(layer.threshold[f]) for f in f_of_j],
                               mode=mode, reset=layer.reset,
                               coords=(geo.f, geo.ty, geo.tx) if array_port else None,
                               external_potentials=array_port)
        super().__init__(geo.axon_bits, self.n, lanes, counters=counters)

    def weight_memory_bits(self):
        """Crossbar (rows x N), axon types (2 per row) and per-neuron tables (N x 4 x 9)."""
        return {"crossbar": self.rows * self.n, "axon_types": self.rows * TYPE_BITS,
                "tables": self.n * 4 * TABLE_BITS}

    def _datapath(self, m, accept, scanning, issue, work, done):
        L, NW, apa, nrn = self.lanes, self.words, self.axons_per_input, self.neurons
        core = self.image
        xbar = [pack_lanes(core.crossbar[r, w * L:(w + 1) * L], 1) for r in range(self.rows) for w in range(NW)]
        m.submodules.crossbar = xmem = memory.Memory(shape=unsigned(L), depth=max(len(xbar), 1), init=xbar)
        m.submodules.axon_types = amem = memory.Memory(shape=unsigned(TYPE_BITS), depth=max(self.rows, 1),
                                                       init=[int(t) for t in core.axon_types])
        tables = [sum(pack_lanes(core.tables[w * L + l], TABLE_BITS) << (4 * TABLE_BITS * l) for l in range(L)) for w in range(NW)]
        m.submodules.tables = tmem = memory.Memory(shape=unsigned(L * 4 * TABLE_BITS), depth=NW, init=tables)
        xrd, ard, trd = xmem.read_port(), amem.read_port(), tmem.read_port()

        row = Signal(range(max(self.rows, 2)))
        k = Signal(range(max(apa, 2)))
        w = Signal(range(max(NW, 2)))
        m.d.comb += [xrd.addr.eq(row * NW + w), ard.addr.eq(row), trd.addr.eq(w), nrn.acc_addr.eq(w)]
        W = nrn.width
        ws = [Signal(signed(W), name=f"w{l}") for l in range(L)]
        for l in range(L):
            entry = trd.data[4 * TABLE_BITS * l:4 * TABLE_BITS * (l + 1)].word_select(ard.data, TABLE_BITS).as_signed()
            m.d.comb += ws[l].eq(Mux(xrd.data[l], entry, 0))
        m.d.comb += nrn.acc_delta.eq(Cat(*ws))

        # every row word of the axon is read, connected or not: an update every cycle
        m.d.comb += [work.eq(self.rows > 0), issue.eq(scanning), done.eq(scanning & (w == NW - 1) & (k == apa - 1))]
        geo = self.geo
        a = self.axons.payload.addr
        a_c, a_y, a_x = a[geo.yb + geo.xb:], a[geo.xb:geo.yb + geo.xb], a[:geo.xb]
        with m.If(accept):
            m.d.sync += [row.eq(((a_c * geo.ph + a_y) * geo.pw + a_x) * apa), k.eq(0), w.eq(0)]
        with m.If(issue):
            with m.If(w == NW - 1):
                m.d.sync += [w.eq(0), k.eq(k + 1), row.eq(row + 1)]
            with m.Else():
                m.d.sync += w.eq(w + 1)
