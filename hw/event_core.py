"""The event-driven skeleton every core shares: accept axon events, walk the updates each
one causes, run the threshold pass on ``end``, and count."""

from amaranth.hdl import *
from amaranth.lib import stream, wiring
from amaranth.lib.wiring import In, Out

from .neurons import event_layout

__all__ = ["EventCore"]


class EventCore(wiring.Component):
    """Base of :class:`hw.generator_core.GeneratorCore` and :class:`hw.dense_core.DenseCore`.

    A subclass sets ``self.neurons`` (a :class:`hw.neurons.Neurons`, before calling this
    constructor: the spike stream has its layout) and implements
    ``_datapath(m, accept, scanning, issue, work, done)``: latch the axon on ``accept`` (the
    payload is ``self.axons.payload``) and drive ``work`` (combinationally, during
    ``accept``: the axon may cause updates). While ``scanning`` (the cycles after an
    accepted axon with work), drive ``issue`` in every cycle that presents one update to
    the neurons (``acc_valid`` is driven here; ``acc_addr`` and, a cycle later,
    ``acc_delta`` by the subclass) and ``done`` in the axon's final cycle (a cycle may
    issue nothing: a core that skips zero weights spends it fetching the next word).

    Members
    -------
    axons : In(stream.Signature(event_layout(axon_bits)))
        The tick's active axons, any order, then one ``end`` element.
    spikes : Out(stream.Signature(event_layout(neuron_bits)))
        Spiking neuron indices ``j`` ascending, then ``end``.
    issue : Out(1)
        High in every update cycle (``lanes`` neuron updates, one weight-memory word).
    cycles, axon_events, updates, weight_reads, spikes_out : Out(32)
        With ``counters`` (the default): counters of the last completed tick, latched when
        it completes (0 without). ``cycles`` runs from
        the first element of the tick accepted to the end marker accepted, inclusive;
        ``updates`` counts neuron updates (``lanes`` per update cycle) and ``weight_reads``
        weight-memory words read (one per update cycle).
    """

    #: Whether the datapath takes the next spike in the cycle of its last update (``accept``
    #: and ``done`` together), so a spike costs its updates alone while spikes keep coming.
    overlap_accept = False

    def __init__(self, axon_bits, neuron_count, lanes, counters=True, ports=None):
        self.lanes, self.counters = lanes, counters
        super().__init__({**(ports or {}),
            "issue": Out(1),
            "axons": In(stream.Signature(event_layout(axon_bits))),
            "spikes": Out(stream.Signature(self.neurons.spike_layout)),
            "cycles": Out(32), "axon_events": Out(32), "updates": Out(32), "weight_reads": Out(32),
            "spikes_out": Out(32),
        })

    def elaborate(self, platform):
        m = Module()
        m.submodules.neurons = nrn = self.neurons
        accept, scanning, issue, work, done = Signal(), Signal(), Signal(), Signal(), Signal()
        self._datapath(m, accept, scanning, issue, work, done)
        m.d.comb += [nrn.acc_valid.eq(issue), self.issue.eq(issue)]

        in_tick = Signal()
        cyc, events, updates, reads = (Signal(32, name=n) for n in ("cyc", "events", "upd", "reads"))
        count = self.counters
        if count:
            with m.If(in_tick):
                m.d.sync += cyc.eq(cyc + 1)
            with m.If(issue):
                m.d.sync += [updates.eq(updates + self.lanes), reads.eq(reads + 1)]

        with m.FSM():
            with m.State("IDLE"):
                m.d.comb += self.axons.ready.eq(1)
                with m.If(self.axons.valid):
                    m.d.sync += in_tick.eq(1)
                    with m.If(~in_tick & count):
                        m.d.sync += [cyc.eq(1), events.eq(0), updates.eq(0), reads.eq(0)]
                    with m.If(self.axons.payload.end):
                        m.d.comb += nrn.fire.eq(1)
                        m.next = "FIRE"
                    with m.Else():
                        m.d.comb += accept.eq(1)
                        if count:
                            m.d.sync += events.eq(Mux(in_tick, events, 0) + 1)
                        with m.If(work):
                            m.next = "SCAN"
            with m.State("SCAN"):
                m.d.comb += scanning.eq(1)
                with m.If(done):
                    m.next = "IDLE"
                    if self.overlap_accept:
                        # the last update's cycle takes the next spike (not the end marker)
                        m.d.comb += self.axons.ready.eq(~self.axons.payload.end)
                        with m.If(self.axons.valid & ~self.axons.payload.end):
                            m.d.comb += accept.eq(1)
                            if count:
                                m.d.sync += events.eq(events + 1)
                            with m.If(work):
                                m.next = "SCAN"
            with m.State("FIRE"):
                with m.If(~nrn.busy):
                    m.d.sync += in_tick.eq(0)
                    if count:
                        m.d.sync += [self.spikes_out.eq(nrn.spike_count), self.cycles.eq(cyc + 1),
                                     self.axon_events.eq(events), self.updates.eq(updates),
                                     self.weight_reads.eq(reads)]
                    m.next = "IDLE"

        m.d.comb += [self.spikes.valid.eq(nrn.spikes.valid), self.spikes.payload.eq(nrn.spikes.payload),
                     nrn.spikes.ready.eq(self.spikes.ready)]
        return m
