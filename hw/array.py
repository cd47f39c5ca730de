"""The core array: a whole deployed network per frame, from a pixel stream to class counts."""

from amaranth.hdl import *
from amaranth.lib import data, memory, stream, wiring
from amaranth.lib.wiring import In, Out

from model.truenorth import Tile
from .dense_core import DenseCore
from .encoder import SpikeEncoder
from .event_list import EventList
from .generator_core import GeneratorCore
from .generator_store import GeneratorStore
from .shared_core import SharedCore
from .voter import Voter

__all__ = ["result_layout", "CoreArray"]


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


def _axon_fields(core):
    """Channel, row and column bits of a core's axon address."""
    if isinstance(core, SharedCore):
        return core.fields
    geo = core.geo
    return geo.axon_bits - geo.xb - geo.yb, geo.yb, geo.xb


def result_layout(n_classes, count_bits):
    return data.StructLayout({
        "cls": unsigned(_bits(n_classes)),
        "counts": data.ArrayLayout(unsigned(count_bits), n_classes),
        "cycles": unsigned(32), "input_spikes": unsigned(32), "spikes": unsigned(32),
        "axon_events": unsigned(32), "updates": unsigned(32), "weight_reads": unsigned(32),
    })



class CoreArray(wiring.Component):
    """Executes a deployed network (feed-forward mode), one frame at a time, exactly as an
    array plan (:class:`codegen.plan.ArrayPlan`) lays it out.

    The encoder turns the pixel stream into the first layer's input spikes, kept as a
    list of address events ``(channel, row, col)`` (two lists, ping-pong: a layer reads
    one and writes the other). Each list is bucketed into *segments*: the events of one
    encoder row, or the spikes of one step of the schedule; a segment-end table records
    where each ends. The plan's steps run in order: each is a set of physical cores of one
    layer on one spatial tile. For a step the router reads only the producer segments its
    patch needs (one event per cycle), sends every event inside the tile's patch to each
    core of the set whose channels hold it, as a patch-local axon address, closes the
    tick, and the collector appends each core's spikes, in layer coordinates, to the
    next list (dropping neurons of tiles that overhang the map) and closes the step's
    segment. The last layer's spikes increment the class counters through the population
    map; the result carries counts, the class (argmax, lowest index on ties) and the
    frame's counters.

    The cores share what is not specific to their layer: one router and one collector,
    whose constants come from small tables indexed by the step and the core, and potential
    memories pooled by the plan (cores that never run together share a pool; in
    feed-forward mode every threshold pass leaves its words at zero for the next user). With
    ``plan.gen_store`` the cores read their generators from one
    :class:`hw.generator_store.GeneratorStore`, the step's core addressing it; with
    ``plan.shared`` one :class:`hw.shared_core.SharedCore` runs every plan core, its
    configuration set to the step's core.

    Parameters
    ----------
    plan : codegen.plan.ArrayPlan
    cores : {"generator", "dense"}
        Generator cores, or the dense TrueNorth-style baseline for the same plan.
    preloaded : bool
        With a plan whose generators share one store (``plan.gen_store``): the store holds
        its image from configuration (an Amaranth memory: what the simulation top runs), or,
        ``False``, it is the plan's SPRAM, written through ``gen_load_*`` before the first
        frame (the board top's ``'W'`` command).

    Members
    -------
    pixels : In(stream.Signature(8))
        A frame's ``C_img * H * W`` pixels, row-major with channels innermost.
    result : Out(stream.Signature(result_layout(...)))
        One element per frame.
    gen_load_addr, gen_load_data, gen_load_en : In
        With ``plan.gen_store``: the store's write port
        (:class:`hw.generator_store.GeneratorStore`), one word per cycle while the array is
        idle.
    spike_trace_valid : Out(1), spike_trace : Out(trace_layout)
        Every spike of every layer as it is stored (layer index, channel, row, col), one per
        cycle with ``spike_trace_valid``: the per-layer spike maps, for localising a mismatch
        against the reference model. Observation only, never stalls.

    Latency and throughput: one frame at a time. The encoder (:class:`hw.encoder.SpikeEncoder`)
    takes ``max(1, spikes)`` cycles per pixel and one per image row. A step costs 3 cycles to look up its segment range, one cycle per
    event in that range (more while a core that takes it is busy: one cycle to accept and
    its update cycles, see :class:`hw.generator_core.GeneratorCore`), the slowest core's
    threshold pass, one cycle per output spike (two in the last layer, which votes) and
    three more. ``cycles`` counts from the first pixel accepted to the result accepted.
    """

    def __init__(self, plan, *, cores="generator", preloaded=True):
        if cores not in ("generator", "dense"):
            raise ValueError(f"unknown core kind {cores!r}; expected generator or dense")
        if plan.gen_store and cores != "generator":
            raise ValueError("a plan with a generator store needs generator cores")
        self.plan = plan
        self.network = network = plan.network
        self.parallel = plan.parallel
        cls = GeneratorCore if cores == "generator" else DenseCore
        # the physical cores, and which one runs each of the plan's cores
        self.cores, self.core_of = [], []
        tiles = [Tile(cp.block[0], cp.block[1], 0, plan.layers[cp.layer].ty, 0, plan.layers[cp.layer].tx)
                 for cp in plan.cores]
        if plan.shared:
            if cores != "generator":
                raise ValueError("a plan with one shared core needs generator cores")
            self.cores.append(SharedCore([(plan.layers[cp.layer].layer, t, cp.gen_base)
                                          for cp, t in zip(plan.cores, tiles)], plan.cores[0].lanes,
                                         plan.gen_store_shape[0]))
            self.core_of = [0] * len(plan.cores)
        else:
            for cp, t in zip(plan.cores, tiles):
                extra = ({"skip_zeros": cp.skip_zeros, "external_generators": plan.gen_store}
                         if cores == "generator" else {})
                self.core_of.append(len(self.cores))
                self.cores.append(cls(plan.layers[cp.layer].layer, t, lanes=cp.lanes, counters=False,
                                      array_port=True, **extra))
        self.fields = plan.event_fields
        self.ew = plan.event_width
        self.depth = plan.event_depth
        self.depths = plan.event_depths
        self.store = None
        ports = {}
        if plan.gen_store:
            self.store = GeneratorStore(plan.gen_store_logical(), plan.gen_store_shape[1],
                                        spram=plan.spram and not preloaded)
            ports = {"gen_load_addr": In(range(max(self.store.words, 2))), "gen_load_data": In(self.store.word_bits),
                     "gen_load_en": In(1)}
        shapes = [lp.layer.out_shape for lp in plan.layers] + list(plan.input_shapes)
        pop = network.population
        self.count_bits = _bits(max(int((pop == k).sum()) for k in range(network.n_classes)) + 1)
        self.trace_layout = data.StructLayout({"layer": unsigned(_bits(len(plan.layers))),
                                               "c": unsigned(_bits(max(s[0] for s in shapes))),
                                               "y": unsigned(_bits(max(s[1] for s in shapes))),
                                               "x": unsigned(_bits(max(s[2] for s in shapes)))})
        super().__init__({
            **ports,
            "pixels": In(stream.Signature(8)),
            "result": Out(stream.Signature(result_layout(network.n_classes, self.count_bits))),
            "spike_trace_valid": Out(1),
            "spike_trace": Out(self.trace_layout),
        })

    @property
    def logical_cores(self):
        return self.plan.logical_cores

    @property
    def physical_cores(self):
        return len(self.cores)

    @property
    def spram(self):
        """Whether the design instantiates iCE40 SPRAM (a simulator needs its model)."""
        return self.plan.spram or (self.store is not None and self.store.spram)

    def weight_memory_bits(self):
        """Total weight-memory bits of every physical core (with a generator store, the
        store's words instead of the cores' own generator memories)."""
        total = 0
        for c in self.cores:
            bits = c.weight_memory_bits()
            if self.store is not None:
                bits.pop("generators", None)
            total += sum(bits.values())
        return total + (self.store.bits if self.store is not None else 0)

    def _event(self, li, c, y, x):
        """The event word of input ``(c, y, x)`` of layer ``li``: its fields packed with
        that layer's widths (``plan.event_fields``)."""
        cb, yb, xb = self.fields[li]
        return _fit(Cat(_fit(x, xb), _fit(y, yb), _fit(c, cb)), self.ew)

    def _fields_of(self, word, li):
        """``(c, y, x)`` of event ``word`` read as an input of layer ``li`` (a signal)."""
        outs = []
        for i in range(3):
            per = []
            for cb, yb, xb in self.fields:
                lo = {0: yb + xb, 1: xb, 2: 0}[i]
                per.append(_fit(word[lo:lo + (cb, yb, xb)[i]], max(f[i] for f in self.fields)))
            outs.append(Array(per)[li] if len(per) > 1 else per[0])
        return outs

    def elaborate(self, platform):
        m = Module()
        net, plan = self.network, self.plan
        ew = self.ew
        # Each list holds its events, then the segment-end table of the segments it holds
        # (word ``depths[i] + segment``; list i holds the inputs of layers i, i + 2, ...): read
        # and written only when the events are not, so the
        # table costs neither a memory nor logic of its own.
        lists = []
        for i in range(2):
            m.submodules[f"events{i}"] = ev = EventList(self.depths[i] + plan.segments, ew, spram=self.spram)
            lists.append(ev)
        phys = self.cores
        for p, core in enumerate(phys):
            k = self.core_of.index(p)
            m.submodules[f"core_{plan.cores[k].layer}_{k}"] = core
        cores = [phys[p] for p in self.core_of]   # the physical core of each plan core
        mine = [[k for k, q in enumerate(self.core_of) if q == p] for p in range(len(phys))]
        geos = [plan.layers[cp.layer].geometry(cp.block) for cp in plan.cores]

        # ---- the generator store: the cores take turns, so the active one addresses it ------
        if self.store is not None:
            m.submodules.generators = st = self.store
            m.d.comb += [st.load_addr.eq(self.gen_load_addr), st.load_data.eq(self.gen_load_data),
                         st.load_en.eq(self.gen_load_en)]
            for core in phys:
                m.d.comb += core.gen_data.eq(st.data[:core.group_bits])

        # ---- potential pools: the plan's slots; cores of one pool never run together ------
        for j, (pdepth, pw) in enumerate(plan.pools):
            nrns = [phys[p].neurons for p in range(len(phys)) if any(plan.cores[k].pool == j for k in mine[p])]
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
        m.submodules.voter = voter = Voter(ncls, self.count_bits)
        cycles, in_spk, spikes = Signal(32), Signal(32), Signal(32)
        axon_ev, updates, reads = Signal(32), Signal(32), Signal(32)
        busy = Signal()
        with m.If(busy):
            m.d.sync += cycles.eq(cycles + 1)
        # Update cycles of every core that works this cycle (one step at a time).
        upd_inc = Signal(range(sum(c.lanes for c in phys) + 1))
        reads_inc = Signal(range(len(phys) + 1))
        m.d.comb += [upd_inc.eq(sum(Mux(c.issue, c.lanes, 0) for c in phys)),
                     reads_inc.eq(sum(c.issue for c in phys))]
        m.d.sync += [updates.eq(updates + upd_inc), reads.eq(reads + reads_inc)]

        # ---- the two event lists: one is read (a layer's input), the other written -------
        counts_n = Array([Signal(range(self.depth + 1), name=f"n_events{i}") for i in range(2)])
        rsel, wsel = Signal(), Signal()
        span = range(self.depth + plan.segments)
        r_addr, w_addr, w_en, w_data = Signal(span), Signal(span), Signal(), Signal(ew)
        for i, ev in enumerate(lists):
            m.d.comb += [ev.addr.eq(Mux(wsel == i, w_addr, r_addr)), ev.we.eq(w_en & (wsel == i)), ev.wdata.eq(w_data)]
        rdata = Mux(rsel, lists[1].rdata, lists[0].rdata)

        assert ew >= _bits(self.depth + 1), "a segment end must fit an event word"

        def table_at(sel):
            # list ``sel``'s segment-end table follows its events
            return Mux(sel, self.depths[1], self.depths[0])

        # ---- constants: per step (indexed by the active step) and per core ---------------
        steps = plan.steps
        K, NS = len(cores), len(steps)
        S = max(len(st.cores) for st in steps)
        step = Signal(range(max(NS, 2)))
        ak = Signal(range(max(S, 2)))                   # core of the step being collected
        sw = max(max(f) for f in self.fields) + 2       # signed patch coordinates
        hob = _bits(max(lp.layer.out_shape[1] for lp in plan.layers)) + 1
        wob = _bits(max(lp.layer.out_shape[2] for lp in plan.layers)) + 1

        def table(values, shape):
            return Array([Const(int(v), shape) for v in values])
        geo0 = [geos[st.cores[0]] for st in steps]
        lps = [plan.layers[st.layer] for st in steps]
        last_li = len(plan.layers) - 1
        s_layer = table([st.layer for st in steps], range(max(len(plan.layers), 2)))
        s_core0 = table([st.cores[0] for st in steps], range(max(K, 2)))
        s_size = table([len(st.cores) for st in steps], range(S + 1))
        s_ph = table([g.ph for g in geo0], signed(sw))
        s_pw = table([g.pw for g in geo0], signed(sw))
        s_ho = table([lp.layer.out_shape[1] for lp in lps], hob)
        s_wo = table([lp.layer.out_shape[2] for lp in lps], wob)
        s_oy = table([st.tile[0] * lp.layer.stride[0] - lp.layer.padding[0] for st, lp in zip(steps, lps)], signed(sw))
        s_ox = table([st.tile[1] * lp.layer.stride[1] - lp.layer.padding[1] for st, lp in zip(steps, lps)], signed(sw))
        s_y0 = table([st.tile[0] for st in steps], hob)
        s_x0 = table([st.tile[1] for st in steps], wob)
        s_parity = table([st.layer % 2 for st in steps], 1)
        s_seg = table([st.segment for st in steps], range(plan.segments))
        s_lo = table([max(st.scan_lo, 0) for st in steps], range(plan.segments))
        s_from0 = table([st.scan_lo < 0 for st in steps], 1)
        s_hi = table([max(st.scan_hi, 0) for st in steps], range(plan.segments))
        s_empty = table([st.empty for st in steps], 1)
        # last step of its layer: its input list is free for the next layer's output
        s_layer_end = table([i == NS - 1 or steps[i + 1].layer != st.layer for i, st in enumerate(steps)], 1)
        k_c0 = table([g.c0 for g in geos], signed(sw))
        k_cg = table([g.cg for g in geos], signed(sw))
        k_f0 = table([g.f0 for g in geos], range(max(g.f0 for g in geos) + 1))
        voting = Signal()
        m.d.comb += voting.eq(s_layer[step] == last_li)
        if plan.shared:
            # one core runs every step: the step's configuration; its addresses are absolute
            m.d.comb += [phys[0].cfg.eq(s_core0[step]), self.store.addr.eq(phys[0].gen_addr)]
        elif self.store is not None:
            # the step's one core reads the store (each core at its base)
            m.d.comb += self.store.addr.eq(Array([core.gen_addr + cp.gen_base
                                                  for core, cp in zip(cores, plan.cores)])[s_core0[step]])

        idx = Signal(range(self.depth + 1))        # read position in the input event list
        end = Signal(range(self.depth + 1))        # end of the step's segment range
        drain = Signal(2)

        # ---- router: the current event relative to the step's tile; every core of the
        # step whose patch holds it gets it, and the read moves on once all have ---------
        ev_c, ev_y, ev_x = self._fields_of(rdata, s_layer[step])
        Yv, Xv = Signal(signed(sw + 1)), Signal(signed(sw + 1))
        m.d.comb += [Yv.eq(ev_y - s_oy[step]), Xv.eq(ev_x - s_ox[step])]
        in_yx = (Yv >= 0) & (Yv < s_ph[step]) & (Xv >= 0) & (Xv < s_pw[step])
        routing, ending = Signal(), Signal()          # FSM: offer the event / the end marker
        sent = Signal(S)                               # slots that took the current element
        want, take, Cvs, gids = [], [], [], []
        ready_of = Array([c.axons.ready for c in cores])
        for j in range(S):
            gid = Signal(range(max(K + S, 2)), name=f"gid{j}")
            m.d.comb += gid.eq(s_core0[step] + j)
            gids.append(gid)
            Cv = Signal(signed(sw + 1), name=f"C{j}")
            m.d.comb += Cv.eq(ev_c - k_c0[gid])
            Cvs.append(Cv)
            here = Signal(name=f"slot{j}")
            m.d.comb += here.eq(j < s_size[step])
            w_ = Signal(name=f"want{j}")
            m.d.comb += w_.eq(here & ((routing & in_yx & (Cv >= 0) & (Cv < k_cg[gid])) | ending) & ~sent[j])
            want.append(w_)
            t_ = Signal(name=f"take{j}")
            m.d.comb += t_.eq(w_ & ready_of[gid])
            take.append(t_)
        # a core's slot: its place in the steps it runs in (the same in each)
        slot_of = {k: j for st in steps for j, k in enumerate(st.cores)}
        for p, core in enumerate(phys):
            # a physical core's plan cores share a slot (only one-core steps share a core)
            j = slot_of[mine[p][0]]
            cb, yb, xb = _axon_fields(core)
            m.d.comb += [core.axons.valid.eq(want[j] & _or(gids[j] == k for k in mine[p])),
                         core.axons.payload.end.eq(ending),
                         core.axons.payload.addr.eq(Cat(_fit(Xv, xb), _fit(Yv, yb), _fit(Cvs[j], cb)))]
        all_taken = Signal()
        m.d.comb += all_taken.eq(Cat(*[~w | t for w, t in zip(want, take)]).all())
        n_taken = Signal(range(S + 1))
        m.d.comb += n_taken.eq(sum(take))

        # ---- collector: the spikes of core ``ak`` of the step, in layer coordinates -------
        spikes_ready = Signal()
        cid = Signal(range(max(K + S, 2)))
        m.d.comb += cid.eq(s_core0[step] + ak)
        sp_valid = Array([c.spikes.valid for c in cores])[cid]
        sp_end = Array([c.spikes.payload.end for c in cores])[cid]
        sp_f = Array([c.spikes.payload.f for c in cores])[cid]
        sp_y = Array([c.spikes.payload.y for c in cores])[cid]
        sp_x = Array([c.spikes.payload.x for c in cores])[cid]
        for p, core in enumerate(phys):
            m.d.comb += core.spikes.ready.eq(spikes_ready & _or(cid == k for k in mine[p]))
        f_ = Signal(self.trace_layout["c"].shape)
        y_, x_ = Signal(hob + 1), Signal(wob + 1)
        m.d.comb += [f_.eq(sp_f + k_f0[cid]), y_.eq(sp_y + s_y0[step]), x_.eq(sp_x + s_x0[step])]
        keep = (y_ < s_ho[step]) & (x_ < s_wo[step])
        # the spike as an input event of the next layer (the last layer's spikes vote)
        nxt = [self._event(li + 1, f_, y_, x_) for li in range(len(plan.layers) - 1)] or [Const(0, ew)]
        next_event = Array(nxt)[s_layer[step]] if len(nxt) > 1 else nxt[0]
        last_layer = plan.layers[-1].layer
        _, lho, lwo = last_layer.out_shape
        pop = memory.Memory(shape=unsigned(_bits(ncls + 1)), depth=len(net.population),
                            init=[int(v) if v >= 0 else ncls for v in net.population])
        m.submodules.population = pop
        prd = pop.read_port()
        m.d.comb += prd.addr.eq((f_ * lho + y_) * lwo + x_)

        # ---- the encoder: pixels in, spikes and row ends out, one record per cycle ------------
        _, h, w = net.input_shape
        m.submodules.encoder = enc = SpikeEncoder(net.encoder.thresholds, h, w, *self.fields[0])
        rec = enc.records.payload

        # a layer reads the list its predecessor wrote (the encoder writes list 0)
        m.d.comb += [rsel.eq(s_parity[step]), wsel.eq(~s_parity[step])]
        with m.FSM():
            with m.State("ENCODE"):
                m.d.comb += [enc.pixels.valid.eq(self.pixels.valid), enc.pixels.payload.eq(self.pixels.payload),
                             self.pixels.ready.eq(enc.pixels.ready), enc.records.ready.eq(1), wsel.eq(0)]
                with m.If(self.pixels.valid & self.pixels.ready & ~busy):
                    # a frame's first pixel: clear the counters and the vote
                    m.d.comb += voter.clear.eq(1)
                    m.d.sync += [busy.eq(1), cycles.eq(1), in_spk.eq(0), spikes.eq(0), axon_ev.eq(0),
                                 updates.eq(0), reads.eq(0), counts_n[0].eq(0)]
                with m.If(enc.records.valid):
                    with m.If(rec.row_end):
                        # the row's segment ends after its events
                        m.d.comb += [w_addr.eq(self.depths[0] + rec.y), w_data.eq(counts_n[0]), w_en.eq(1)]
                        with m.If(enc.last):
                            m.d.sync += [step.eq(0), sent.eq(0), counts_n[1].eq(0)]
                            m.next = "RANGE0"
                    with m.Else():
                        m.d.comb += [w_addr.eq(counts_n[0]), w_en.eq(1), w_data.eq(self._event(0, rec.c, rec.y, rec.x))]
                        m.d.sync += [counts_n[0].eq(counts_n[0] + 1), in_spk.eq(in_spk + 1)]

            # Every step in turn: look up its segment range, route, close, collect.
            with m.State("RANGE0"):
                m.d.comb += r_addr.eq(table_at(rsel) + s_lo[step])
                m.next = "RANGE1"
            with m.State("RANGE1"):
                m.d.comb += r_addr.eq(table_at(rsel) + s_hi[step])
                m.d.sync += idx.eq(Mux(s_from0[step], 0, rdata))
                m.next = "RANGE2"
            with m.State("RANGE2"):
                m.d.sync += end.eq(Mux(s_empty[step], idx, rdata))
                m.next = "READ"
            with m.State("READ"):
                with m.If(idx == end):
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
                m.d.comb += routing.eq(1)
                m.d.sync += axon_ev.eq(axon_ev + n_taken)
                # keep reading the event while cores stall; read the next one as it goes
                m.d.comb += r_addr.eq(Mux(all_taken, idx + 1, idx))
                with m.If(all_taken):
                    m.d.sync += [sent.eq(0), idx.eq(idx + 1)]
                    with m.If(idx + 1 == end):
                        m.next = "END"
                with m.Else():
                    m.d.sync += sent.eq(sent | Cat(*take))
            with m.State("END"):
                m.d.comb += ending.eq(1)
                handed_over("COLLECT", ak.eq(0))
            with m.State("COLLECT"):
                m.d.comb += spikes_ready.eq(1)
                with m.If(sp_valid):
                    with m.If(sp_end):
                        with m.If(ak == s_size[step] - 1):
                            m.d.sync += drain.eq(0)
                            m.next = "DRAIN"
                        with m.Else():
                            m.d.sync += ak.eq(ak + 1)
                    with m.Elif(keep):
                        m.d.sync += spikes.eq(spikes + 1)
                        m.d.comb += [self.spike_trace_valid.eq(1), self.spike_trace.layer.eq(s_layer[step]),
                                     self.spike_trace.c.eq(f_), self.spike_trace.y.eq(y_),
                                     self.spike_trace.x.eq(x_)]
                        with m.If(voting):
                            m.next = "VOTE"      # the population map's read takes a cycle
                        with m.Else():
                            m.d.comb += [w_addr.eq(counts_n[wsel]), w_en.eq(1), w_data.eq(next_event)]
                            m.d.sync += counts_n[wsel].eq(counts_n[wsel] + 1)
            with m.State("VOTE"):
                # the population map's class (``ncls``: the neuron votes for none)
                m.d.comb += [voter.votes.valid.eq(1), voter.votes.payload.eq(prd.data)]
                m.next = "COLLECT"
            with m.State("DRAIN"):
                # the cores return to idle the cycle after their end markers
                m.d.sync += drain.eq(drain + 1)
                with m.If(drain == 1):
                    # the step's segment ends where its spikes end
                    m.d.comb += [w_addr.eq(table_at(wsel) + s_seg[step]), w_data.eq(counts_n[wsel]), w_en.eq(1)]
                    with m.If(s_layer_end[step]):
                        # this layer's input list becomes the next layer's output list
                        m.d.sync += counts_n[rsel].eq(0)
                    with m.If(step == NS - 1):
                        m.next = "RESULT"
                    with m.Else():
                        m.d.sync += step.eq(step + 1)
                        m.next = "RANGE0"

            with m.State("RESULT"):
                m.d.comb += [self.result.valid.eq(1), res.cls.eq(voter.leader), res.cycles.eq(cycles),
                             res.input_spikes.eq(in_spk), res.spikes.eq(spikes), res.axon_events.eq(axon_ev),
                             res.updates.eq(updates), res.weight_reads.eq(reads)]
                m.d.comb += res.counts.eq(voter.counts)
                with m.If(self.result.ready):
                    m.d.sync += [busy.eq(0), counts_n[0].eq(0), counts_n[1].eq(0)]
                    m.next = "ENCODE"
        return m
