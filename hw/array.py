"""The core array: a whole deployed network per frame, from a pixel stream to class counts."""

from dataclasses import dataclass

from amaranth.hdl import *
from amaranth.lib import data, stream, wiring
from amaranth.lib.wiring import In, Out, connect

from model.truenorth import Tile
from toepcore.ir.bits import bits_for as _bits
from toepcore.protocol import COUNTERS

from .collector import Collector, trace_layout
from .dense_core import DenseCore
from .encoder import SpikeEncoder
from .event_store import EventStore
from .generator_core import GeneratorCore
from .generator_store import GeneratorStore
from .plan_tables import fit, table
from .potential_pool import PotentialPool
from .router import Router
from .scheduler import Scheduler
from .shared_core import SharedCore
from .voter import Voter

__all__ = ["result_layout", "CoreArray"]


def _or(values):
    """OR of values that are all zero but (at most) one."""
    out = Const(0, 1)
    for v in values:
        out = out | v
    return out


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
        # the frame's counters, in the order the host link sends them
        **{name: unsigned(32) for name in COUNTERS},
    })




@dataclass(frozen=True)
class _Parts:
    """What :meth:`CoreArray.elaborate` builds and its wiring methods share: the network
    and plan, the physical cores (``phys``), each plan core's physical core (``cores``),
    each physical core's plan cores (``mine``), the submodules, the scheduler's step and
    the step's first core."""
    net: object
    plan: object
    phys: object
    cores: object
    mine: object
    steps: object
    sched: object
    store: object
    router: object
    coll: object
    voter: object
    enc: object
    step: object
    first: object

class CoreArray(wiring.Component):
    """Executes a deployed network (feed-forward mode), one frame at a time, exactly as an
    array plan (:class:`toepcore.ir.plan.ArrayPlan`) lays it out.

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

    The array is its parts, wired as the plan says; each is a component with its own test:

    * :class:`hw.encoder.SpikeEncoder`: pixels to input spikes and row ends;
    * :class:`hw.event_store.EventStore`: the two bucketed event lists;
    * :class:`hw.router.Router`: a step's input events to its cores (one slot per core of
      the widest step; the array hands a slot's element to the physical core that runs
      the slot's plan core);
    * the cores (:class:`hw.generator_core.GeneratorCore`, :class:`hw.dense_core.DenseCore`
      or one :class:`hw.shared_core.SharedCore`);
    * :class:`hw.potential_pool.PotentialPool`: potential memories pooled by the plan
      (cores that never run together share one, the step's core driving it);
    * :class:`hw.collector.Collector`: a step's spikes to the other list, or votes;
    * :class:`hw.voter.Voter`: class counts and their argmax;
    * :class:`hw.scheduler.Scheduler`: the frame's phases and the step running.

    The router, collector and scheduler take their constants from small tables indexed by
    the step and the core. With ``plan.gen_store`` the cores read their generators from
    one :class:`hw.generator_store.GeneratorStore`, the step's core addressing it; with
    ``plan.shared`` one shared core runs every plan core, its configuration set to the
    step's core. The frame's counters are kept here.

    Parameters
    ----------
    plan : toepcore.ir.plan.ArrayPlan
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

    Latency and throughput: one frame at a time. The encoder takes ``max(1, spikes)``
    cycles per pixel and one per image row. A step costs 3 cycles to look up its segment
    range, one cycle per event in that range (more while a core that takes it is busy: one cycle to accept and
    its update cycles, see :class:`hw.generator_core.GeneratorCore`), the slowest core's
    threshold pass, one cycle per output spike (two in the last layer, which votes) and
    three more. A pipelined step (:attr:`toepcore.ir.plan.StepPlan.pipelined`) is routed while
    its predecessor's spikes are stored, so those phases overlap. ``cycles`` counts from
    the first pixel accepted to the result accepted.
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
        self.depths = plan.event_depths
        self.store = None
        ports = {}
        if plan.gen_store:
            self.store = GeneratorStore(plan.gen_store_logical(), plan.gen_store_shape[1],
                                        spram=plan.spram and not preloaded)
            ports = {"gen_load_addr": In(range(max(self.store.words, 2))), "gen_load_data": In(self.store.word_bits),
                     "gen_load_en": In(1)}
        pop = network.population
        self.count_bits = _bits(max(int((pop == k).sum()) for k in range(network.n_classes)) + 1)
        self.trace_layout = trace_layout(plan)
        # a core's slot at the router: its place in the steps it runs in (the same in each)
        self.slot_of = {k: j for st in plan.steps for j, k in enumerate(st.cores)}
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

    def elaborate(self, platform):
        m = Module()
        net, plan = self.network, self.plan
        phys = self.cores
        for p, core in enumerate(phys):
            k = self.core_of.index(p)
            m.submodules[f"core_{plan.cores[k].layer}_{k}"] = core
        cores = [phys[p] for p in self.core_of]   # the physical core of each plan core
        mine = [[k for k, q in enumerate(self.core_of) if q == p] for p in range(len(phys))]
        steps = plan.steps

        m.submodules.scheduler = sched = Scheduler(plan)
        m.submodules.events = store = EventStore(self.depths, plan.segments, self.ew, spram=self.spram)
        m.submodules.router = router = Router(plan, store.addr_bits)
        m.submodules.collector = coll = Collector(plan)
        m.submodules.voter = voter = Voter(net.n_classes, self.count_bits)
        _, h, w = net.input_shape
        m.submodules.encoder = enc = SpikeEncoder(net.encoder.thresholds, h, w, *self.fields[0])
        step = sched.step
        first = table([s.cores[0] for s in steps], range(max(len(cores), 2)))[step]   # the step's first core

        parts = _Parts(net=net, plan=plan, phys=phys, cores=cores, mine=mine, steps=steps, sched=sched, store=store,
                       router=router, coll=coll, voter=voter, enc=enc, step=step, first=first)
        self._wire_generator_store(m, parts)
        self._wire_pools(m, parts)
        self._wire_router(m, parts)
        self._wire_collector(m, parts)
        self._wire_event_store(m, parts)
        self._counters_and_result(m, parts)
        return m

    def _wire_generator_store(self, m, parts):
        """The generator store: the cores take turns, so the active one addresses it."""
        plan, phys, cores, first = \
            parts.plan, parts.phys, parts.cores, parts.first
        if self.store is not None:
            m.submodules.generators = st = self.store
            m.d.comb += [st.load_addr.eq(self.gen_load_addr), st.load_data.eq(self.gen_load_data),
                         st.load_en.eq(self.gen_load_en)]
            for core in phys:
                m.d.comb += core.gen_data.eq(st.data[:core.group_bits])
            if plan.shared:   # its addresses are absolute
                m.d.comb += st.addr.eq(phys[0].gen_addr)
            else:
                # the step's one core reads the store (each core at its base)
                m.d.comb += st.addr.eq(Array([core.gen_addr + cp.gen_base for core, cp in zip(cores, plan.cores)])[first])
        if plan.shared:
            # one core runs every step: the step's configuration
            m.d.comb += phys[0].cfg.eq(first)

    def _wire_pools(self, m, parts):
        """Potential pools: each drives the memory from the step's client."""
        plan, phys, mine, steps, sched, step = \
            parts.plan, parts.phys, parts.mine, parts.steps, parts.sched, parts.step
        for j, (pdepth, pw) in enumerate(plan.pools):
            clients = [p for p in range(len(phys)) if any(plan.cores[k].pool == j for k in mine[p])]
            nrns = [phys[p].neurons for p in clients]
            m.submodules[f"potentials{j}"] = pool = PotentialPool(pdepth, pw, [n.lanes * n.width for n in nrns])
            active = [next((clients.index(self.core_of[k]) for k in st.cores if plan.cores[k].pool == j), None)
                      for st in steps]
            client = table([0 if a is None else a for a in active], range(max(len(clients), 2)))
            # the routed step's client, else the collected one's (a pipelined step's pools
            # are never its predecessor's)
            here = table([a is not None for a in active], 1)
            m.d.comb += pool.active.eq(Mux(here[step], client[step], client[sched.cstep]))
            for n, rd, wr in zip(nrns, pool.read, pool.write):
                # a client's words are the pool's low bits, its addresses the pool's first words
                m.d.comb += [rd.addr.eq(n.pot_read.addr), n.pot_read.data.eq(rd.data[:n.lanes * n.width]),
                             wr.addr.eq(n.pot_write.addr), wr.data.eq(n.pot_write.data), wr.en.eq(n.pot_write.en)]

    def _wire_router(self, m, parts):
        """Router: the store's read list to the step's cores."""
        phys, cores, mine, sched, store, router, step = \
            parts.phys, parts.cores, parts.mine, parts.sched, parts.store, parts.router, parts.step
        connect(m, router.events, store.events)
        connect(m, router.ends, store.ends)
        m.d.comb += [router.step.eq(step), router.start.eq(sched.route), sched.routed.eq(router.done),
                     router.fill.eq(store.fill), router.filling.eq(sched.filling)]
        for p, core in enumerate(phys):
            # a physical core's plan cores share a slot (only one-core steps share a core)
            slot = router.slots[self.slot_of[mine[p][0]]]
            cb, yb, xb = _axon_fields(core)
            pl = slot.payload
            m.d.comb += [core.axons.valid.eq(slot.valid & _or(pl.core == k for k in mine[p])),
                         core.axons.payload.end.eq(pl.end),
                         core.axons.payload.addr.eq(Cat(fit(pl.x, xb), fit(pl.y, yb), fit(pl.c, cb)))]
        ready_of = Array([c.axons.ready for c in cores])
        for slot in router.slots:
            m.d.comb += slot.ready.eq(ready_of[slot.payload.core])

    def _wire_collector(self, m, parts):
        """Collector: the step's cores' spikes to the store (or the voter)."""
        phys, cores, mine, sched, coll, voter = \
            parts.phys, parts.cores, parts.mine, parts.sched, parts.coll, parts.voter
        m.d.comb += [coll.step.eq(sched.cstep), coll.start.eq(sched.collect), sched.collected.eq(coll.done)]
        sp = coll.spikes.payload
        m.d.comb += [coll.spikes.valid.eq(Array([c.spikes.valid for c in cores])[coll.core]),
                     sp.end.eq(Array([c.spikes.payload.end for c in cores])[coll.core]),
                     sp.f.eq(Array([c.spikes.payload.f for c in cores])[coll.core]),
                     sp.y.eq(Array([c.spikes.payload.y for c in cores])[coll.core]),
                     sp.x.eq(Array([c.spikes.payload.x for c in cores])[coll.core])]
        for p, core in enumerate(phys):
            m.d.comb += core.spikes.ready.eq(coll.spikes.ready & _or(coll.core == k for k in mine[p]))
        connect(m, coll.votes, voter.votes)
        m.d.comb += [self.spike_trace_valid.eq(coll.trace_valid), self.spike_trace.eq(coll.trace)]

    def _wire_event_store(self, m, parts):
        """The event store: written by the encoder, then by the collector."""
        sched, store, coll, enc = \
            parts.sched, parts.store, parts.coll, parts.enc
        rec = enc.records.payload
        encoding = sched.encoding
        m.d.comb += [store.rsel.eq(sched.rsel), store.wsel.eq(sched.wsel), store.free.eq(sched.free),
                     enc.pixels.valid.eq(self.pixels.valid & encoding), enc.pixels.payload.eq(self.pixels.payload),
                     self.pixels.ready.eq(enc.pixels.ready & encoding), enc.records.ready.eq(encoding)]
        with m.If(encoding):
            # input spikes, and each image row's segment end after its spikes
            m.d.comb += [store.append.valid.eq(enc.records.valid & ~rec.row_end),
                         store.append.payload.eq(fit(Cat(fit(rec.x, self.fields[0][2]), fit(rec.y, self.fields[0][1]),
                                                          fit(rec.c, self.fields[0][0])), self.ew)),
                         store.close.eq(enc.records.valid & rec.row_end), store.segment.eq(rec.y),
                         sched.encoded.eq(enc.records.valid & rec.row_end & enc.last)]
        with m.Else():
            m.d.comb += [store.append.valid.eq(coll.events.valid), store.append.payload.eq(coll.events.payload),
                         coll.events.ready.eq(store.append.ready),
                         store.close.eq(sched.close), store.segment.eq(sched.segment)]

    def _counters_and_result(self, m, parts):
        """The frame's counters and result."""
        phys, sched, store, router, coll, voter = \
            parts.phys, parts.sched, parts.store, parts.router, parts.coll, parts.voter
        encoding = sched.encoding
        res = self.result.payload
        cycles, in_spk, spikes = Signal(32), Signal(32), Signal(32)
        axon_ev, updates, reads = Signal(32), Signal(32), Signal(32)
        busy = Signal()
        with m.If(busy):
            m.d.sync += cycles.eq(cycles + 1)
        # update cycles of every core that works this cycle (one step at a time)
        upd_inc = Signal(range(sum(c.lanes for c in phys) + 1))
        reads_inc = Signal(range(len(phys) + 1))
        m.d.comb += [upd_inc.eq(sum(Mux(c.issue, c.lanes, 0) for c in phys)),
                     reads_inc.eq(sum(c.issue for c in phys))]
        m.d.sync += [updates.eq(updates + upd_inc), reads.eq(reads + reads_inc),
                     axon_ev.eq(axon_ev + router.delivered)]
        with m.If(coll.trace_valid):
            m.d.sync += spikes.eq(spikes + 1)
        with m.If(encoding & store.append.valid):
            m.d.sync += in_spk.eq(in_spk + 1)
        with m.If(self.pixels.valid & self.pixels.ready & ~busy):
            # a frame's first pixel: clear the counters, the vote and the event lists
            m.d.comb += [voter.clear.eq(1), store.clear.eq(1)]
            m.d.sync += [busy.eq(1), cycles.eq(1), in_spk.eq(0), spikes.eq(0), axon_ev.eq(0),
                         updates.eq(0), reads.eq(0)]
        m.d.comb += [self.result.valid.eq(sched.finished), res.cls.eq(voter.leader), res.counts.eq(voter.counts),
                     res.cycles.eq(cycles), res.input_spikes.eq(in_spk), res.spikes.eq(spikes),
                     res.axon_events.eq(axon_ev), res.updates.eq(updates), res.weight_reads.eq(reads),
                     sched.release.eq(self.result.ready)]
        with m.If(sched.finished & self.result.ready):
            m.d.sync += busy.eq(0)
