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
    list of address events ``(channel, row, col)`` (two lists, ping-pong: a layer reads
    one and writes the other). For each layer, each physical core (a filter block) runs
    each of its logical cores (tiles): the router scans the layer's input events, sends
    every event inside the tile's patch to the core as a patch-local axon address (halo
    events go to every tile that needs them), closes the tick, and appends the spikes it
    gets back to the next layer's event list (dropping neurons of tiles that overhang the
    map). The last layer's spikes increment the class counters through the population
    map; the result carries counts, the class (argmax, lowest index on ties) and the
    frame's counters.

    Cores that work at the same time form a set: a layer's physical cores with
    ``parallel`` (the scan sends each event to every core of the set whose patch holds it,
    then the collector takes each core's spikes in turn), else each core alone. Sets run
    one after another, so the cores share what is not specific to their layer: one router
    and one spike collector (their constants come from small tables indexed by the active
    set, core and tile) and potential memories pooled by slot in the set, each sized by
    its largest core. Each core keeps its own generator memory and its layer-specific
    datapath.
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
    parallel : bool
        A layer's physical cores work at the same time (one potential memory each) rather
        than take turns (one shared).

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
    list (the scan; once per set with ``parallel``) plus its core's cycles (see
    :class:`hw.generator_core.GeneratorCore`; the slowest core of a set) plus one per
    output spike (two in the last layer, which votes) plus two; the result is offered two
    cycles after the last layer.
    ``cycles`` counts from the first pixel accepted to the result accepted.
    """

    def __init__(self, network, *, lanes=8, cores="generator", max_neurons=1024, max_axons=4096, spram=False,
                 parallel=False):
        if cores not in ("generator", "dense"):
            raise ValueError(f"unknown core kind {cores!r}; expected generator or dense")
        self.network = network.validate()
        self.spram, self.parallel = spram, parallel
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
        cores = [c for row in self.cores for c in row]      # in execution order
        for li, row in enumerate(self.cores):
            for bi, core in enumerate(row):
                m.submodules[f"core_{li}_{bi}"] = core

        # Cores that run together form a set (a layer's blocks when ``parallel``, else one
        # core); sets run one after another. Potential memories are pooled by slot in the
        # set: the cores of one slot never run at the same time, and each leaves its
        # memory zeroed (feed-forward), so a pool is sized by its largest core, not the sum.
        sets = [list(row) for row in self.cores] if self.parallel else [[c] for row in self.cores for c in row]
        S = max(len(st) for st in sets)
        for j in range(S):
            nrns = [st[j].neurons for st in sets if j < len(st)]
            pw = max(n.lanes * n.width for n in nrns)
            pdepth = max(n.words for n in nrns)
            pmem = memory.Memory(shape=unsigned(pw), depth=pdepth, init=[0] * pdepth)
            m.submodules[f"potentials{j}"] = pmem
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
        # Update cycles of every core that works this cycle (one set at a time).
        upd_inc = Signal(range(sum(c.lanes for c in cores) + 1))
        reads_inc = Signal(range(len(cores) + 1))
        m.d.comb += [upd_inc.eq(sum(Mux(c.issue, c.lanes, 0) for c in cores)),
                     reads_inc.eq(sum(c.issue for c in cores))]
        m.d.sync += [updates.eq(updates + upd_inc), reads.eq(reads + reads_inc)]

        # ---- argmax, ties to the lowest class, kept up to date vote by vote: a count
        # that rises past the best takes over; one that draws level takes over when its
        # class is lower. No compare chain over all classes. --------------------------------
        best = Signal(range(max(ncls, 2)))
        best_cnt = Signal(self.count_bits)

        # ---- the two event lists: one is read (a layer's input), the other written -------
        counts_n = Array([Signal(range(self.depth + 1), name=f"n_events{i}") for i in range(2)])
        rsel, wsel = Signal(), Signal()
        r_addr, w_addr, w_en, w_data = Signal(range(self.depth + 1)), Signal(range(self.depth + 1)), Signal(), Signal(ew)
        for i, ev in enumerate(lists):
            m.d.comb += [ev.addr.eq(Mux(wsel == i, w_addr, r_addr)), ev.we.eq(w_en & (wsel == i)), ev.wdata.eq(w_data)]
        rdata = Mux(rsel, lists[1].rdata, lists[0].rdata)

        # ---- constants: per set (indexed by the active set) and per core ------------------
        K, NS = len(cores), len(sets)
        aset = Signal(range(max(NS, 2)))                # active set
        ak = Signal(range(max(S, 2)))                   # core of the set being collected
        layer_of = {id(c): li for li, row in enumerate(self.cores) for c in row}
        li_of = [layer_of[id(st[0])] for st in sets]
        plan_of = [self.plans[li] for li in li_of]
        base = [sum(len(x) for x in sets[:i]) for i in range(NS)]
        tiles = [t for plan in plan_of for t in plan.tiles]
        tile_base = [sum(len(pl.tiles) for pl in plan_of[:i]) for i in range(NS)]
        sw = max(self.cb, self.yb, self.xb) + 2        # signed patch coordinates
        hob = _bits(max(pl.layer.out_shape[1] for pl in plan_of)) + 1
        wob = _bits(max(pl.layer.out_shape[2] for pl in plan_of)) + 1

        def table(values, shape):
            return Array([Const(int(v), shape) for v in values])
        s_layer = table(li_of, range(max(len(self.plans), 2)))
        s_base = table(base, range(max(K, 2)))
        s_size = table([len(st) for st in sets], range(S + 1))
        s_ph = table([st[0].geo.ph for st in sets], signed(sw))
        s_pw = table([st[0].geo.pw for st in sets], signed(sw))
        s_ho = table([pl.layer.out_shape[1] for pl in plan_of], hob)
        s_wo = table([pl.layer.out_shape[2] for pl in plan_of], wob)
        s_last_tile = table([tile_base[i] + len(plan_of[i].tiles) - 1 for i in range(NS)], range(len(tiles)))
        s_parity = table([li % 2 for li in li_of], 1)
        # last set of its layer: its input list is free for the next layer's output
        s_layer_end = table([i == NS - 1 or li_of[i + 1] != li_of[i] for i in range(NS)], 1)
        k_c0 = table([c.geo.c0 for c in cores], signed(sw))
        k_cg = table([c.geo.cg for c in cores], signed(sw))
        k_f0 = table([c.geo.f0 for c in cores], range(max(c.geo.f0 for c in cores) + 1))
        t_oy = table([y0 * pl.layer.stride[0] - pl.layer.padding[0] for pl in plan_of for y0, _ in pl.tiles], signed(sw))
        t_ox = table([x0 * pl.layer.stride[1] - pl.layer.padding[1] for pl in plan_of for _, x0 in pl.tiles], signed(sw))
        t_y0 = table([y0 for pl in plan_of for y0, _ in pl.tiles], hob)
        t_x0 = table([x0 for pl in plan_of for _, x0 in pl.tiles], wob)
        voting = Signal()
        m.d.comb += voting.eq(aset >= min(i for i in range(NS) if li_of[i] == len(self.plans) - 1))

        idx = Signal(range(self.depth + 1))        # scan position in the input event list
        tg = Signal(range(max(len(tiles), 2)))      # tile of the active set (global index)
        drain = Signal(2)

        # ---- router: the current event relative to the active set's current tile; every
        # core of the set whose patch holds it gets it, and the scan moves on once all have
        ev_c = rdata[self.yb + self.xb:].as_unsigned()
        ev_y = rdata[self.xb:self.xb + self.yb].as_unsigned()
        ev_x = rdata[:self.xb].as_unsigned()
        Yv, Xv = Signal(signed(sw + 1)), Signal(signed(sw + 1))
        m.d.comb += [Yv.eq(ev_y - t_oy[tg]), Xv.eq(ev_x - t_ox[tg])]
        in_yx = (Yv >= 0) & (Yv < s_ph[aset]) & (Xv >= 0) & (Xv < s_pw[aset])
        routing, ending = Signal(), Signal()          # FSM: offer the event / the end marker
        sent = Signal(S)                               # slots that took the current element
        want, take, Cvs = [], [], []
        for j in range(S):
            gid = s_base[aset] + j
            Cv = Signal(signed(sw + 1), name=f"C{j}")
            m.d.comb += Cv.eq(ev_c - k_c0[gid])
            Cvs.append(Cv)
            here = Signal(name=f"slot{j}")
            m.d.comb += here.eq(j < s_size[aset])
            w_ = Signal(name=f"want{j}")
            m.d.comb += w_.eq(here & ((routing & in_yx & (Cv >= 0) & (Cv < k_cg[gid])) | ending) & ~sent[j])
            want.append(w_)
            ready_j = Array([st[j].axons.ready if j < len(st) else Const(1) for st in sets])[aset]
            t_ = Signal(name=f"take{j}")
            m.d.comb += t_.eq(w_ & ready_j)
            take.append(t_)
        for i, st in enumerate(sets):
            for j, core in enumerate(st):
                geo = core.geo
                m.d.comb += [core.axons.valid.eq(want[j] & (aset == i)), core.axons.payload.end.eq(ending),
                             core.axons.payload.addr.eq(Cat(_fit(Xv, geo.xb), _fit(Yv, geo.yb),
                                                            _fit(Cvs[j], geo.axon_bits - geo.xb - geo.yb)))]
        all_taken = Signal()
        m.d.comb += all_taken.eq(Cat(*[~w | t for w, t in zip(want, take)]).all())
        n_taken = Signal(range(S + 1))
        m.d.comb += n_taken.eq(sum(take))

        # ---- collector: the spikes of core ``ak`` of the active set, in layer coordinates --
        spikes_ready = Signal()
        cid = Signal(range(max(K, 2)))
        m.d.comb += cid.eq(s_base[aset] + ak)
        sp_valid = Array([c.spikes.valid for c in cores])[cid]
        sp_end = Array([c.spikes.payload.end for c in cores])[cid]
        sp_f = Array([c.spikes.payload.f for c in cores])[cid]
        sp_y = Array([c.spikes.payload.y for c in cores])[cid]
        sp_x = Array([c.spikes.payload.x for c in cores])[cid]
        for k, core in enumerate(cores):
            m.d.comb += core.spikes.ready.eq(spikes_ready & (cid == k))
        f_ = Signal(self.trace_layout["c"].shape)
        y_, x_ = Signal(hob + 1), Signal(wob + 1)
        m.d.comb += [f_.eq(sp_f + k_f0[cid]), y_.eq(sp_y + t_y0[tg]), x_.eq(sp_x + t_x0[tg])]
        keep = (y_ < s_ho[aset]) & (x_ < s_wo[aset])
        last_layer = self.plans[-1].layer
        _, lho, lwo = last_layer.out_shape
        pop = memory.Memory(shape=unsigned(_bits(ncls + 1)), depth=len(net.population),
                            init=[int(v) if v >= 0 else ncls for v in net.population])
        m.submodules.population = pop
        prd = pop.read_port()
        m.d.comb += prd.addr.eq((f_ * lho + y_) * lwo + x_)

        # ---- encoder constants ----------------------------------------------------------
        th = net.encoder.thresholds
        c_img, planes = th.shape
        _, h, w = net.input_shape
        thr = Array([Const(int(v), 9) for v in th.reshape(-1)])
        pix, pc, py_, px_, p = Signal(8), Signal(range(max(c_img, 2))), Signal(range(h)), Signal(range(w)), Signal(range(max(planes, 2)))

        # a layer reads the list its predecessor wrote (the encoder writes list 0)
        m.d.comb += [rsel.eq(s_parity[aset]), wsel.eq(~s_parity[aset])]
        with m.FSM():
            with m.State("ENC_PIX"):
                m.d.comb += self.pixels.ready.eq(1)
                with m.If(self.pixels.valid):
                    m.d.sync += [pix.eq(self.pixels.payload), p.eq(0), busy.eq(1)]
                    with m.If(~busy):
                        m.d.sync += [cycles.eq(1), in_spk.eq(0), spikes.eq(0), axon_ev.eq(0), updates.eq(0),
                                     reads.eq(0), counts_n[0].eq(0), best.eq(0), best_cnt.eq(0)] + \
                                    [c.eq(0) for c in counts]
                    m.next = "ENC_PLANE"
            with m.State("ENC_PLANE"):
                hit = pix >= thr[pc * planes + p]
                m.d.comb += wsel.eq(0)
                with m.If(hit):
                    m.d.comb += [w_addr.eq(counts_n[0]), w_en.eq(1),
                                 w_data.eq(self._event((pc * planes + p).as_unsigned(), py_, px_))]
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
                        m.d.sync += [idx.eq(0), tg.eq(0), aset.eq(0), sent.eq(0), counts_n[1].eq(0)]
                        m.next = "READ"
                    with m.Else():
                        m.next = "ENC_PIX"
                with m.Else():
                    m.d.sync += p.eq(p + 1)

            # Every (core, tile) in turn: scan the input list, route, close, collect.
            with m.State("READ"):
                with m.If(idx == counts_n[rsel]):
                    m.next = "END"
                with m.Else():
                    m.d.comb += r_addr.eq(idx)
                    m.next = "ROUTE"
            def handed_over(then, *also):
                # move on once every core that wants the element has taken it
                with m.If(all_taken):
                    m.d.sync += [sent.eq(0), *also]
                    m.next = then
                with m.Else():
                    m.d.sync += sent.eq(sent | Cat(*take))

            with m.State("ROUTE"):
                m.d.comb += [r_addr.eq(idx), routing.eq(1)]   # keep reading the event while cores stall
                m.d.sync += axon_ev.eq(axon_ev + n_taken)
                handed_over("READ", idx.eq(idx + 1))
            with m.State("END"):
                m.d.comb += ending.eq(1)
                handed_over("COLLECT", ak.eq(0))
            with m.State("COLLECT"):
                m.d.comb += spikes_ready.eq(1)
                with m.If(sp_valid):
                    with m.If(sp_end):
                        with m.If(ak == s_size[aset] - 1):
                            m.d.sync += drain.eq(0)
                            m.next = "DRAIN"
                        with m.Else():
                            m.d.sync += ak.eq(ak + 1)
                    with m.Elif(keep):
                        m.d.sync += spikes.eq(spikes + 1)
                        m.d.comb += [self.spike_trace_valid.eq(1), self.spike_trace.layer.eq(s_layer[aset]),
                                     self.spike_trace.c.eq(f_), self.spike_trace.y.eq(y_),
                                     self.spike_trace.x.eq(x_)]
                        with m.If(voting):
                            m.next = "VOTE"      # the population map's read takes a cycle
                        with m.Else():
                            m.d.comb += [w_addr.eq(counts_n[wsel]), w_en.eq(1), w_data.eq(self._event(f_, y_, x_))]
                            m.d.sync += counts_n[wsel].eq(counts_n[wsel] + 1)
            with m.State("VOTE"):
                k_vote = prd.data
                new_cnt = Array(counts)[k_vote] + 1
                with m.If(k_vote < ncls):
                    for k in range(ncls):
                        with m.If(k_vote == k):
                            m.d.sync += counts[k].eq(counts[k] + 1)
                    with m.If((new_cnt > best_cnt) | ((new_cnt == best_cnt) & (k_vote < best))):
                        m.d.sync += [best.eq(k_vote), best_cnt.eq(new_cnt)]
                m.next = "COLLECT"
            with m.State("DRAIN"):
                # the cores return to idle the cycle after their end markers
                m.d.sync += drain.eq(drain + 1)
                with m.If(drain == 1):
                    m.d.sync += idx.eq(0)
                    with m.If(tg == s_last_tile[aset]):
                        with m.If(s_layer_end[aset]):
                            # this layer's input list becomes the next layer's output list
                            m.d.sync += counts_n[rsel].eq(0)
                        with m.If(aset == NS - 1):
                            m.next = "RESULT"
                        with m.Else():
                            m.d.sync += [aset.eq(aset + 1), tg.eq(tg + 1)]
                            m.next = "READ"
                    with m.Else():
                        m.d.sync += tg.eq(tg + 1)
                        m.next = "READ"

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
