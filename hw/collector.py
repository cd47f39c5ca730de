"""The collector: a step's spikes, core after core, as the next layer's input events or
as class votes."""

from amaranth.hdl import *
from amaranth.lib import data, memory, stream, wiring
from amaranth.lib.wiring import In, Out

from toepcore.ir.bits import bits_for as bits

from .plan_tables import fit, table

__all__ = ["spike_layout", "trace_layout", "Collector"]


def spike_layout(plan):
    """A core's spike as the collector takes it: tile-local filter, row and column
    (:func:`hw.neurons.event_layout` with coordinates), widened to the largest core's,
    or ``end`` (the core's threshold pass is over)."""
    geos = [plan.layers[cp.layer].geometry(cp.block) for cp in plan.cores]
    return data.StructLayout({"f": range(max(max(g.f for g in geos), 2)), "y": range(max(max(g.ty for g in geos), 2)),
                              "x": range(max(max(g.tx for g in geos), 2)), "end": 1})


def trace_layout(plan):
    """A stored spike in layer coordinates: ``layer`` (plan layer index), ``c``, ``y``, ``x``."""
    shapes = [lp.layer.out_shape for lp in plan.layers] + list(plan.input_shapes)
    return data.StructLayout({"layer": unsigned(bits(len(plan.layers))), "c": unsigned(bits(max(s[0] for s in shapes))),
                              "y": unsigned(bits(max(s[1] for s in shapes))), "x": unsigned(bits(max(s[2] for s in shapes)))})


class Collector(wiring.Component):
    """Takes the spikes of a step's cores, one core after the other, and stores them.

    A spike is moved from tile coordinates to layer coordinates (the core's first filter,
    the step's tile origin); one of a tile that overhangs the map is dropped. The others
    become input events of the next layer, packed with that layer's fields
    (:attr:`toepcore.ir.plan.ArrayPlan.event_fields`), or, in the last layer, a vote for the
    class that the network's population map gives the neuron.

    Parameters
    ----------
    plan : toepcore.ir.plan.ArrayPlan

    Members
    -------
    step : In(range(len(plan.steps)))
        The step collected; held from ``start`` until ``done``.
    start : In(1)
        Pulse: collect ``step``'s cores.
    done : Out(1)
        The cycle the step's last core's end marker is taken.
    core : Out(range(len(plan.cores)))
        The plan core whose spikes are taken now (the array connects its stream to
        ``spikes``).
    spikes : In(stream.Signature(spike_layout(plan)))
    events : Out(stream.Signature(plan.event_width))
        The next layer's input events (to :class:`hw.event_store.EventStore`).
    votes : Out(stream.Signature(range(n_classes + 1)))
        The last layer's spikes as classes (``n_classes``: the neuron votes for none), to
        :class:`hw.voter.Voter`.
    trace_valid : Out(1), trace : Out(trace_layout(plan))
        Every stored spike (kept ones only), in the cycle it is taken.

    Latency and throughput: one spike per cycle; a vote takes a second cycle (the
    population map is a block RAM read). A core's end marker takes a cycle.
    """

    def __init__(self, plan):
        self.plan = plan
        self.trace_layout = trace_layout(plan)
        net = plan.network
        super().__init__({
            "step": In(range(max(len(plan.steps), 2))),
            "start": In(1),
            "done": Out(1),
            "core": Out(range(max(len(plan.cores) + max(len(st.cores) for st in plan.steps), 2))),
            "spikes": In(stream.Signature(spike_layout(plan))),
            "events": Out(stream.Signature(plan.event_width)),
            "votes": Out(stream.Signature(range(net.n_classes + 1))),
            "trace_valid": Out(1),
            "trace": Out(self.trace_layout),
        })

    def _event(self, li, c, y, x):
        """The event word of input ``(c, y, x)`` of layer ``li``."""
        cb, yb, xb = self.plan.event_fields[li]
        return fit(Cat(fit(x, xb), fit(y, yb), fit(c, cb)), self.plan.event_width)

    def elaborate(self, platform):
        m = Module()
        plan, step = self.plan, self.step
        net, steps = plan.network, plan.steps
        K, S = len(plan.cores), max(len(st.cores) for st in steps)
        geos = [plan.layers[cp.layer].geometry(cp.block) for cp in plan.cores]
        hob = bits(max(lp.layer.out_shape[1] for lp in plan.layers)) + 1
        wob = bits(max(lp.layer.out_shape[2] for lp in plan.layers)) + 1
        lps = [plan.layers[st.layer] for st in steps]
        last_li = len(plan.layers) - 1
        s_layer = table([st.layer for st in steps], range(max(len(plan.layers), 2)))
        s_core0 = table([st.cores[0] for st in steps], range(max(K, 2)))
        s_size = table([len(st.cores) for st in steps], range(S + 1))
        s_ho = table([lp.layer.out_shape[1] for lp in lps], hob)
        s_wo = table([lp.layer.out_shape[2] for lp in lps], wob)
        s_y0 = table([st.tile[0] for st in steps], hob)
        s_x0 = table([st.tile[1] for st in steps], wob)
        k_f0 = table([g.f0 for g in geos], range(max(g.f0 for g in geos) + 1))

        ak = Signal(range(max(S, 2)))          # the step's core being collected
        m.d.comb += self.core.eq(s_core0[step] + ak)
        sp = self.spikes.payload
        f_ = Signal(self.trace_layout["c"].shape)
        y_, x_ = Signal(hob + 1), Signal(wob + 1)
        m.d.comb += [f_.eq(sp.f + k_f0[self.core]), y_.eq(sp.y + s_y0[step]), x_.eq(sp.x + s_x0[step])]
        keep = (y_ < s_ho[step]) & (x_ < s_wo[step])
        voting = s_layer[step] == last_li
        nxt = [self._event(li + 1, f_, y_, x_) for li in range(last_li)] or [Const(0, plan.event_width)]
        m.d.comb += self.events.payload.eq(Array(nxt)[s_layer[step]] if len(nxt) > 1 else nxt[0])

        # the population map: the class each last-layer neuron votes for
        _, lho, lwo = plan.layers[-1].layer.out_shape
        ncls = net.n_classes
        pop = memory.Memory(shape=unsigned(bits(ncls + 1)), depth=len(net.population),
                            init=[int(v) if v >= 0 else ncls for v in net.population])
        m.submodules.population = pop
        prd = pop.read_port()
        m.d.comb += [prd.addr.eq((f_ * lho + y_) * lwo + x_), self.votes.payload.eq(prd.data)]

        with m.FSM():
            with m.State("IDLE"):
                with m.If(self.start):
                    m.d.sync += ak.eq(0)
                    m.next = "COLLECT"
            with m.State("COLLECT"):
                # a kept spike of a layer that is not the last is stored as it is taken
                storing = self.spikes.valid & ~sp.end & keep & ~voting
                m.d.comb += [self.events.valid.eq(storing), self.spikes.ready.eq(~storing | self.events.ready)]
                with m.If(self.spikes.valid & self.spikes.ready):
                    with m.If(sp.end):
                        with m.If(ak == s_size[step] - 1):
                            m.d.comb += self.done.eq(1)
                            m.next = "IDLE"
                        with m.Else():
                            m.d.sync += ak.eq(ak + 1)
                    with m.Elif(keep):
                        m.d.comb += [self.trace_valid.eq(1), self.trace.layer.eq(s_layer[step]),
                                     self.trace.c.eq(f_), self.trace.y.eq(y_), self.trace.x.eq(x_)]
                        with m.If(voting):
                            m.next = "VOTE"      # the population map's read takes a cycle
            with m.State("VOTE"):
                # hold the map's word while the voter stalls (the address has moved on)
                m.d.comb += [self.votes.valid.eq(1), prd.en.eq(0)]
                with m.If(self.votes.ready):
                    m.next = "COLLECT"
        return m
