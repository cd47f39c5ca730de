"""The core array: a whole deployed network per frame, from a pixel stream to class counts."""

from dataclasses import dataclass

from amaranth.hdl import *
from amaranth.lib import data, memory, stream, wiring
from amaranth.lib.wiring import In, Out

from model.truenorth import Tile, plan_tiles
from .config import fit_lanes
from .dense_core import DenseCore
from .event_list import EventList
from .generator_core import GeneratorCore

__all__ = ["LayerPlan", "plan_network", "result_layout", "CoreArray"]


def _bits(n):
    return max(1, (max(n, 1) - 1).bit_length())


def _or(values):
    """OR of values that are all zero but (at most) one."""
    out = Const(0, 1)
    for v in values:
        out = out | v
    return out


def _fit(v, width):
    """``v`` zero-extended or truncated to exactly ``width`` bits (``Cat`` packs fields
    tightly, so a narrower field would shift the ones above it)."""
    return Cat(v, Const(0, width))[:width]


@dataclass
class LayerPlan:
    """How one conv layer is laid on cores.

    ``blocks`` are the filter ranges ``[f0, f1)`` of the layer's physical cores (one core
    per block, inside one filter group); each physical core runs the logical cores
    ``tiles`` (output origins ``(y0, x0)`` of equal ``ty x tx`` tiles) in turn. Tiles
    overhanging the map compute neurons that are dropped.
    """
    layer: object
    blocks: list
    ty: int
    tx: int
    tiles: list

    @property
    def logical_cores(self):
        return len(self.blocks) * len(self.tiles)


def plan_network(network, max_neurons=1024, max_axons=4096):
    """Plan every conv layer: the largest equal tiles that fit the core limits."""
    plans = []
    for layer in network.layers:
        if layer.kind != "conv":
            raise ValueError(f"layer {layer.name!r}: {layer.kind} layers are not supported by the core array")
        t = plan_tiles(layer, max_axons, max_neurons, 1)[0]
        f, ty, tx = t.f1 - t.f0, t.y1 - t.y0, t.x1 - t.x0
        fg = layer.out_channels // layer.groups
        blocks = [(f0, min(f0 + f, (g + 1) * fg)) for g in range(layer.groups) for f0 in range(g * fg, (g + 1) * fg, f)]
        _, ho, wo = layer.out_shape
        tiles = [(y0, x0) for y0 in range(0, ho, ty) for x0 in range(0, wo, tx)]
        plans.append(LayerPlan(layer, blocks, ty, tx, tiles))
    return plans


def result_layout(n_classes, count_bits):
    return data.StructLayout({
        "cls": unsigned(_bits(n_classes)),
        "counts": data.ArrayLayout(unsigned(count_bits), n_classes),
        "cycles": unsigned(32), "input_spikes": unsigned(32), "spikes": unsigned(32),
        "axon_events": unsigned(32), "updates": unsigned(32), "weight_reads": unsigned(32),
    })


class CoreArray(wiring.Component):
    """Executes a deployed network (feed-forward mode), one frame at a time.

    The encoder turns the pixel stream into the first layer's input spikes, kept as a
    list of address events ``(channel, row, col)`` in block RAM. For each layer, each
    physical core (a filter block) runs each of its logical cores (tiles): the router scans
    the layer's input events, sends every event inside the tile's patch to the core as a
    patch-local axon address (halo events go to every tile that needs them), closes the
    tick, and appends the spikes it gets back to the next layer's event list (dropping
    neurons of tiles that overhang the map). The last layer's spikes increment the class
    counters through the population map; the result carries counts, the class (argmax,
    lowest index on ties) and the frame's counters.

    Parameters
    ----------
    network : model.network.Network
    lanes : int
        Neuron updates per cycle of every core (reduced to divide each block's filters).
    cores : {"generator", "dense"}
        Generator cores, or the dense TrueNorth-style baseline for the same mapping.
    max_neurons, max_axons : int
        Logical-core limits used to tile the layers.
    spram : bool
        Keep the two event lists in iCE40UP5K SPRAM (see :class:`hw.event_list.EventList`)
        instead of block RAM.

    Members
    -------
    pixels : In(stream.Signature(8))
        A frame's ``C_img * H * W`` pixels, row-major with channels innermost.
    result : Out(stream.Signature(result_layout(...)))
        One element per frame.
    spike_trace_valid : Out(1), spike_trace : Out(trace_layout)
        Every spike of every layer as it is stored (layer index, channel, row, col), one per
        cycle with ``spike_trace_valid``: the per-layer spike maps, for localising a mismatch
        against the reference model. Observation only, never stalls.

    Latency and throughput: one frame at a time. The encoder takes ``P`` cycles per pixel
    (``P`` planes); each logical core costs two cycles per event of its layer's input
    list (the scan) plus its core's cycles (see :class:`hw.generator_core.GeneratorCore`)
    plus two per output spike; the result is offered the cycle after the last layer.
    ``cycles`` counts from the first pixel accepted to the result accepted.
    """

    def __init__(self, network, *, lanes=8, cores="generator", max_neurons=1024, max_axons=4096, spram=False):
        if cores not in ("generator", "dense"):
            raise ValueError(f"unknown core kind {cores!r}; expected generator or dense")
        self.network = network.validate()
        self.spram = spram
        self.plans = plan_network(network, max_neurons, max_axons)
        self.cores = []
        for plan in self.plans:
            row = []
            for f0, f1 in plan.blocks:
                tile = Tile(f0, f1, 0, plan.ty, 0, plan.tx)
                cls = GeneratorCore if cores == "generator" else DenseCore
                row.append(cls(plan.layer, tile, lanes=fit_lanes(lanes, f1 - f0), counters=False,
                               array_port=True))
            self.cores.append(row)
        shapes = [(network.encoder.out_channels,) + network.input_shape[1:]] + [p.layer.out_shape for p in self.plans]
        # Stored events are inputs of some layer; the last layer's outputs only vote.
        # Stored events are inputs of some layer; the last layer's outputs only vote.
        self.cb = _bits(max(s[0] for s in shapes[:-1]))
        self.yb = _bits(max(s[1] for s in shapes[:-1]))
        self.xb = _bits(max(s[2] for s in shapes[:-1]))
        self.depth = max(s[0] * s[1] * s[2] for s in shapes[:-1])
        pop = network.population
        self.count_bits = _bits(max(int((pop == k).sum()) for k in range(network.n_classes)) + 1)
        self.trace_layout = data.StructLayout({"layer": unsigned(_bits(len(self.plans))), "c": unsigned(_bits(max(s[0] for s in shapes))),
                                               "y": unsigned(_bits(max(s[1] for s in shapes))),
                                               "x": unsigned(_bits(max(s[2] for s in shapes)))})
        super().__init__({
            "pixels": In(stream.Signature(8)),
            "result": Out(stream.Signature(result_layout(network.n_classes, self.count_bits))),
            "spike_trace_valid": Out(1),
            "spike_trace": Out(self.trace_layout),
        })

    @property
    def logical_cores(self):
        return sum(p.logical_cores for p in self.plans)

    @property
    def physical_cores(self):
        return sum(len(row) for row in self.cores)

    def weight_memory_bits(self):
        """Total weight-memory bits of every physical core."""
        return sum(sum(c.weight_memory_bits().values()) for row in self.cores for c in row)

    def _event(self, c, y, x):
        return Cat(_fit(x, self.xb), _fit(y, self.yb), _fit(c, self.cb))

    def elaborate(self, platform):
        m = Module()
        net = self.network
        ew = self.cb + self.yb + self.xb
        lists = []
        for i in range(2):
            m.submodules[f"events{i}"] = ev = EventList(self.depth, ew, spram=self.spram)
            lists.append(ev)
        counts_n = [Signal(range(self.depth + 1), name=f"n_events{i}") for i in range(2)]
        for li, row in enumerate(self.cores):
            for bi, core in enumerate(row):
                m.submodules[f"core_{li}_{bi}"] = core

        # One potential memory for all cores: only one runs at a time, and each leaves it
        # zeroed (feed-forward), so it is sized by the largest core, not the sum.
        nrns = [c.neurons for row in self.cores for c in row]
        pw = max(n.lanes * n.width for n in nrns)
        pdepth = max(n.words for n in nrns)
        m.submodules.potentials = pmem = memory.Memory(shape=unsigned(pw), depth=pdepth, init=[0] * pdepth)
        pwr = pmem.write_port()
        prd_ = pmem.read_port(transparent_for=(pwr,))
        m.d.comb += [pwr.addr.eq(_or(n.pot_waddr for n in nrns)), pwr.data.eq(_or(n.pot_wdata for n in nrns)),
                     pwr.en.eq(_or(n.pot_we for n in nrns)), prd_.addr.eq(_or(n.pot_raddr for n in nrns))]
        for n in nrns:
            m.d.comb += n.pot_rdata.eq(prd_.data[:n.lanes * n.width])

        res = self.result.payload
        ncls = net.n_classes
        counts = [Signal(self.count_bits, name=f"count{k}") for k in range(ncls)]
        cycles, in_spk, spikes = Signal(32), Signal(32), Signal(32)
        axon_ev, updates, reads = Signal(32), Signal(32), Signal(32)
        busy = Signal()
        with m.If(busy):
            m.d.sync += cycles.eq(cycles + 1)
        # One core works at a time: count the update cycles of whichever does.
        cores = [c for row in self.cores for c in row]
        issuing = Signal()
        lanes_now = Signal(range(max(c.lanes for c in cores) + 1))
        for c in cores:
            with m.If(c.issue):
                m.d.comb += [issuing.eq(1), lanes_now.eq(c.lanes)]
        with m.If(issuing):
            m.d.sync += [updates.eq(updates + lanes_now), reads.eq(reads + 1)]

        # ---- argmax, ties to the lowest class -------------------------------------------
        best, best_cnt = Signal(range(max(ncls, 2))), Signal(self.count_bits)
        chain_k, chain_v = Const(0, best.shape()), counts[0]
        for k in range(1, ncls):
            take = counts[k] > chain_v
            chain_k, chain_v = Mux(take, k, chain_k), Mux(take, counts[k], chain_v)
        m.d.comb += [best.eq(chain_k), best_cnt.eq(chain_v)]

        # ---- encoder constants ----------------------------------------------------------
        th = net.encoder.thresholds
        c_img, planes = th.shape
        _, h, w = net.input_shape
        thr = Array([Const(int(v), 9) for v in th.reshape(-1)])
        pix, pc, py_, px_, p = Signal(8), Signal(range(max(c_img, 2))), Signal(range(h)), Signal(range(w)), Signal(range(max(planes, 2)))
        wr0 = lists[0]

        idx = Signal(range(self.depth + 1))        # scan position in the input event list
        ti = Signal(range(max(max(len(pl.tiles) for pl in self.plans), 2)))
        drain = Signal(2)

        with m.FSM():
            with m.State("ENC_PIX"):
                m.d.comb += self.pixels.ready.eq(1)
                with m.If(self.pixels.valid):
                    m.d.sync += [pix.eq(self.pixels.payload), p.eq(0), busy.eq(1)]
                    with m.If(~busy):
                        m.d.sync += [cycles.eq(1), in_spk.eq(0), spikes.eq(0), axon_ev.eq(0), updates.eq(0),
                                     reads.eq(0), counts_n[0].eq(0)] + [c.eq(0) for c in counts]
                    m.next = "ENC_PLANE"
            with m.State("ENC_PLANE"):
                hit = pix >= thr[pc * planes + p]
                with m.If(hit):
                    m.d.comb += [wr0.addr.eq(counts_n[0]), wr0.we.eq(1),
                                 wr0.wdata.eq(self._event((pc * planes + p).as_unsigned(), py_, px_))]
                    m.d.sync += [counts_n[0].eq(counts_n[0] + 1), in_spk.eq(in_spk + 1)]
                with m.If(p == planes - 1):
                    # next pixel: channels innermost, then columns, then rows
                    last = (pc == c_img - 1) & (px_ == w - 1) & (py_ == h - 1)
                    with m.If(pc == c_img - 1):
                        m.d.sync += pc.eq(0)
                        with m.If(px_ == w - 1):
                            m.d.sync += [px_.eq(0), py_.eq(Mux(py_ == h - 1, 0, py_ + 1))]
                        with m.Else():
                            m.d.sync += px_.eq(px_ + 1)
                    with m.Else():
                        m.d.sync += pc.eq(pc + 1)
                    with m.If(last):
                        m.d.sync += [idx.eq(0), ti.eq(0), counts_n[1].eq(0)]
                        m.next = "L0_B0_READ"
                    with m.Else():
                        m.next = "ENC_PIX"
                with m.Else():
                    m.d.sync += p.eq(p + 1)

            n_layers = len(self.plans)
            for li, plan in enumerate(self.plans):
                layer = plan.layer
                rd, wr = lists[li % 2], lists[(li + 1) % 2]
                n_in, n_out = counts_n[li % 2], counts_n[(li + 1) % 2]
                last_layer = li == n_layers - 1
                (sy, sx), (pady, padx) = layer.stride, layer.padding
                _, ho, wo = layer.out_shape
                # patch coordinates: exact widths (every comparator below is per core)
                sw = max(self.cb, self.yb, self.xb) + 2
                oys = Array([Const(y0 * sy - pady, signed(sw)) for y0, _ in plan.tiles])
                oxs = Array([Const(x0 * sx - padx, signed(sw)) for _, x0 in plan.tiles])
                ty0s = Array([Const(y0, _bits(ho) + 1) for y0, _ in plan.tiles])
                tx0s = Array([Const(x0, _bits(wo) + 1) for _, x0 in plan.tiles])
                if last_layer:
                    pop = memory.Memory(shape=unsigned(_bits(ncls + 1)), depth=len(net.population),
                                        init=[int(v) if v >= 0 else ncls for v in net.population])
                    m.submodules.population = pop
                    prd = pop.read_port()
                for bi, core in enumerate(self.cores[li]):
                    geo = core.geo
                    name = f"L{li}_B{bi}"
                    if bi + 1 < len(self.cores[li]):
                        after = f"L{li}_B{bi + 1}_READ"
                    elif not last_layer:
                        after = f"L{li + 1}_B0_READ"
                    else:
                        after = "RESULT"
                    ev_c = rd.rdata[self.yb + self.xb:].as_unsigned()
                    ev_y = rd.rdata[self.xb:self.xb + self.yb].as_unsigned()
                    ev_x = rd.rdata[:self.xb].as_unsigned()
                    Yv = Signal(signed(sw + 1), name=f"Y_{name}")
                    Xv = Signal(signed(sw + 1), name=f"X_{name}")
                    Cv = Signal(signed(sw + 1), name=f"C_{name}")
                    m.d.comb += [Yv.eq(ev_y - oys[ti]), Xv.eq(ev_x - oxs[ti]), Cv.eq(ev_c - geo.c0)]
                    inside = ((Cv >= 0) & (Cv < geo.cg) & (Yv >= 0) & (Yv < geo.ph) & (Xv >= 0) & (Xv < geo.pw))

                    with m.State(f"{name}_READ"):
                        with m.If(idx == n_in):
                            m.next = f"{name}_END"
                        with m.Else():
                            m.d.comb += rd.addr.eq(idx)
                            m.next = f"{name}_ROUTE"
                    with m.State(f"{name}_ROUTE"):
                        m.d.comb += rd.addr.eq(idx)   # keep reading the event while the core stalls
                        with m.If(inside):
                            m.d.comb += [core.axons.valid.eq(1),
                                         core.axons.payload.addr.eq(Cat(_fit(Xv, geo.xb), _fit(Yv, geo.yb),
                                                                            _fit(Cv, geo.axon_bits - geo.xb - geo.yb)))]
                            with m.If(core.axons.ready):
                                m.d.sync += [idx.eq(idx + 1), axon_ev.eq(axon_ev + 1)]
                                m.next = f"{name}_READ"
                        with m.Else():
                            m.d.sync += idx.eq(idx + 1)
                            m.next = f"{name}_READ"
                    with m.State(f"{name}_END"):
                        m.d.comb += [core.axons.valid.eq(1), core.axons.payload.end.eq(1)]
                        with m.If(core.axons.ready):
                            m.next = f"{name}_COLLECT"
                    with m.State(f"{name}_COLLECT"):
                        # spikes carry their tile coordinates: store them as layer events
                        sp = core.spikes.payload
                        f_ = sp.f + geo.f0
                        y_ = sp.y + ty0s[ti]
                        x_ = sp.x + tx0s[ti]
                        keep = (y_ < ho) & (x_ < wo)
                        m.d.comb += core.spikes.ready.eq(1)
                        with m.If(core.spikes.valid):
                            with m.If(sp.end):
                                m.d.sync += drain.eq(0)
                                m.next = f"{name}_DRAIN"
                            with m.Elif(keep):
                                m.d.sync += spikes.eq(spikes + 1)
                                m.d.comb += [self.spike_trace_valid.eq(1), self.spike_trace.layer.eq(li),
                                             self.spike_trace.c.eq(f_), self.spike_trace.y.eq(y_),
                                             self.spike_trace.x.eq(x_)]
                                if last_layer:
                                    m.d.comb += prd.addr.eq((f_ * ho + y_) * wo + x_)
                                    m.next = f"{name}_VOTE"
                                else:
                                    m.d.comb += [wr.addr.eq(n_out), wr.we.eq(1), wr.wdata.eq(self._event(f_, y_, x_))]
                                    m.d.sync += n_out.eq(n_out + 1)
                    if last_layer:
                        with m.State(f"{name}_VOTE"):
                            for k in range(ncls):
                                with m.If(prd.data == k):
                                    m.d.sync += counts[k].eq(counts[k] + 1)
                            m.next = f"{name}_COLLECT"
                    with m.State(f"{name}_DRAIN"):
                        # the core returns to idle the cycle after its end marker
                        m.d.sync += drain.eq(drain + 1)
                        with m.If(drain == 1):
                            m.d.sync += idx.eq(0)
                            with m.If(ti == len(plan.tiles) - 1):
                                m.d.sync += ti.eq(0)
                                if bi == len(self.cores[li]) - 1 and not last_layer:
                                    # this layer's input list becomes the next layer's output list
                                    m.d.sync += counts_n[li % 2].eq(0)
                                m.next = after
                            with m.Else():
                                m.d.sync += ti.eq(ti + 1)
                                m.next = f"{name}_READ"

            with m.State("RESULT"):
                m.d.comb += [self.result.valid.eq(1), res.cls.eq(best), res.cycles.eq(cycles),
                             res.input_spikes.eq(in_spk), res.spikes.eq(spikes), res.axon_events.eq(axon_ev),
                             res.updates.eq(updates), res.weight_reads.eq(reads)]
                for k in range(ncls):
                    m.d.comb += res.counts[k].eq(counts[k])
                with m.If(self.result.ready):
                    m.d.sync += [busy.eq(0), counts_n[0].eq(0), counts_n[1].eq(0)]
                    m.next = "ENC_PIX"
        return m
