"""The step scheduler: a frame's phases, from the stored input spikes through every step
of the plan to the result."""

from amaranth.hdl import *
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from .plan_tables import table

__all__ = ["Scheduler"]


class Scheduler(wiring.Component):
    """Runs the plan's steps in order, each in three phases: the router hands the step's
    input events to its cores (``route`` ... ``routed``), the collector stores their
    spikes (``collect`` ... ``collected``), then two cycles while the cores return to
    idle, after which the step's segment is closed in the event store.

    Which list a step reads follows its layer's parity (the encoder fills list 0, layer
    ``i`` reads list ``i % 2``). After a layer's last step its input list is freed for the
    next layer's spikes.

    Parameters
    ----------
    plan : codegen.plan.ArrayPlan

    Members
    -------
    encoding : Out(1)
        The frame's input is being encoded (list 0 is written; ``rsel`` is 1).
    encoded : In(1)
        The encoder's last record is stored this cycle: the steps begin.
    step : Out(range(len(plan.steps)))
        The step running.
    route, collect : Out(1)
        Pulses starting the router and the collector on ``step``.
    routed, collected : In(1)
        Their ``done`` pulses.
    rsel : Out(1)
        The event list ``step`` reads (:class:`hw.event_store.EventStore`).
    close : Out(1), segment : Out(range(plan.segments)), free : Out(1)
        The step's segment closed in the store, and (``free``) its input list freed.
    finished : Out(1)
        The frame's result is ready, held until ``release``.
    release : In(1)
        The result has been taken: encode the next frame.

    Latency: the first step's router starts the cycle after ``encoded``; a step's
    collector the cycle after ``routed``; the next step's router three cycles after
    ``collected``; ``finished`` three cycles after the last ``collected``.
    """

    def __init__(self, plan):
        self.plan = plan
        super().__init__({
            "encoding": Out(1),
            "encoded": In(1),
            "step": Out(range(max(len(plan.steps), 2))),
            "route": Out(1), "routed": In(1),
            "collect": Out(1), "collected": In(1),
            "rsel": Out(1),
            "close": Out(1), "segment": Out(range(max(plan.segments, 2))), "free": Out(1),
            "finished": Out(1), "release": In(1),
        })

    def elaborate(self, platform):
        m = Module()
        steps = self.plan.steps
        NS, step = len(steps), self.step
        s_parity = table([st.layer % 2 for st in steps], 1)
        s_seg = table([st.segment for st in steps], range(max(self.plan.segments, 2)))
        # last step of its layer: its input list is free for the next layer's output
        s_layer_end = table([i == NS - 1 or steps[i + 1].layer != st.layer for i, st in enumerate(steps)], 1)
        drain = Signal()
        m.d.comb += self.rsel.eq(s_parity[step])
        with m.FSM():
            with m.State("ENCODE"):
                m.d.comb += [self.encoding.eq(1), self.rsel.eq(1)]
                with m.If(self.encoded):
                    m.d.comb += self.route.eq(1)
                    m.d.sync += step.eq(0)
                    m.next = "ROUTE"
            with m.State("ROUTE"):
                with m.If(self.routed):
                    m.d.comb += self.collect.eq(1)
                    m.next = "COLLECT"
            with m.State("COLLECT"):
                with m.If(self.collected):
                    m.d.sync += drain.eq(0)
                    m.next = "DRAIN"
            with m.State("DRAIN"):
                # the cores return to idle the cycle after their end markers
                m.d.sync += drain.eq(1)
                with m.If(drain):
                    m.d.comb += [self.close.eq(1), self.segment.eq(s_seg[step]), self.free.eq(s_layer_end[step])]
                    with m.If(step == NS - 1):
                        m.next = "RESULT"
                    with m.Else():
                        m.d.comb += self.route.eq(1)
                        m.d.sync += step.eq(step + 1)
                        m.next = "ROUTE"
            with m.State("RESULT"):
                m.d.comb += self.finished.eq(1)
                with m.If(self.release):
                    m.next = "ENCODE"
        return m
