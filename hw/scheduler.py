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

    A step is collected once it is routed and its predecessor's segment is closed. A
    *pipelined* step (:attr:`toepcore.ir.plan.StepPlan.pipelined`) starts routing as its
    predecessor starts collecting; any other step, as its predecessor's segment closes.
    So the router and the collector work on two steps at once where the plan allows.

    Which list a step reads follows its layer's parity (the encoder fills list 0, layer
    ``i`` reads list ``i % 2``), and its spikes go to the other list. After a layer's last
    step its input list is freed for the next layer's spikes.

    Parameters
    ----------
    plan : toepcore.ir.plan.ArrayPlan

    Members
    -------
    encoding : Out(1)
        The frame's input is being encoded (list 0 is written: ``wsel`` is 0).
    encoded : In(1)
        The encoder's last record is stored this cycle: the steps begin.
    step : Out(range(len(plan.steps)))
        The step being routed (or last routed).
    cstep : Out(range(len(plan.steps)))
        The step being collected (or last collected).
    route, collect : Out(1)
        Pulses starting the router on ``step`` and the collector on ``cstep`` (both
        registers take their new value in the cycle after the pulse).
    routed, collected : In(1)
        Their ``done`` pulses.
    rsel, wsel : Out(1)
        The event list ``step`` reads and the one ``cstep`` writes
        (:class:`hw.event_store.EventStore`).
    filling : Out(1)
        A step is being collected and its segment is not yet closed: a chasing router
        (:class:`hw.router.Router`) waits for more events.
    close : Out(1), segment : Out(range(plan.segments)), free : Out(1)
        ``cstep``'s segment closed in the event store, and (``free``) its input list freed.
    finished : Out(1)
        The frame's result is ready, held until ``release``.
    release : In(1)
        The result has been taken: encode the next frame.

    Latency: the first step's router starts the cycle after ``encoded``; a step's
    collector in the cycle of its ``routed`` (or the cycle after its predecessor's segment
    closes); the segment closes on the second cycle after ``collected``; a step that is not
    pipelined starts routing in that cycle; ``finished`` follows the last close.
    """

    def __init__(self, plan):
        self.plan = plan
        n = range(max(len(plan.steps), 2))
        super().__init__({
            "encoding": Out(1),
            "encoded": In(1),
            "step": Out(n), "cstep": Out(n),
            "route": Out(1), "routed": In(1),
            "collect": Out(1), "collected": In(1),
            "rsel": Out(1), "wsel": Out(1), "filling": Out(1),
            "close": Out(1), "segment": Out(range(max(plan.segments, 2))), "free": Out(1),
            "finished": Out(1), "release": In(1),
        })

    def elaborate(self, platform):
        m = Module()
        steps = self.plan.steps
        NS, step, cstep = len(steps), self.step, self.cstep
        s_parity = table([st.layer % 2 for st in steps], 1)
        s_seg = table([st.segment for st in steps], range(max(self.plan.segments, 2)))
        # last step of its layer: its input list is free for the next layer's output
        s_layer_end = table([i == NS - 1 or steps[i + 1].layer != st.layer for i, st in enumerate(steps)], 1)
        # the step after this one routes while this one is collected
        s_next_pipelined = table([i + 1 < NS and steps[i + 1].pipelined for i in range(NS)], 1)
        waiting = Signal()       # ``step`` is routed and waits for the collector
        collecting = Signal()    # ``cstep`` is collected or draining (its segment open)
        draining, drain = Signal(), Signal()
        m.d.comb += [self.rsel.eq(s_parity[step]), self.wsel.eq(~s_parity[cstep]), self.filling.eq(collecting)]
        with m.FSM():
            with m.State("ENCODE"):
                m.d.comb += [self.encoding.eq(1), self.rsel.eq(1), self.wsel.eq(0)]
                with m.If(self.encoded):
                    m.d.comb += self.route.eq(1)
                    m.d.sync += [step.eq(0), cstep.eq(0), waiting.eq(0), collecting.eq(0), draining.eq(0)]
                    m.next = "RUN"
            with m.State("RUN"):
                with m.If(self.routed):
                    m.d.sync += waiting.eq(1)
                # the routed step is collected once the collector is free
                with m.If((waiting | self.routed) & ~collecting):
                    m.d.comb += self.collect.eq(1)
                    m.d.sync += [cstep.eq(step), waiting.eq(0), collecting.eq(1)]
                    with m.If(s_next_pipelined[step]):
                        m.d.comb += self.route.eq(1)
                        m.d.sync += step.eq(step + 1)
                with m.If(self.collected):
                    m.d.sync += [draining.eq(1), drain.eq(0)]
                with m.If(draining):
                    # the cores return to idle the cycle after their end markers
                    m.d.sync += drain.eq(1)
                    with m.If(drain):
                        m.d.comb += [self.close.eq(1), self.segment.eq(s_seg[cstep]),
                                     self.free.eq(s_layer_end[cstep])]
                        m.d.sync += [draining.eq(0), collecting.eq(0)]
                        with m.If(cstep == NS - 1):
                            m.next = "RESULT"
                        with m.Elif(~s_next_pipelined[cstep]):
                            m.d.comb += self.route.eq(1)
                            m.d.sync += step.eq(step + 1)
            with m.State("RESULT"):
                m.d.comb += self.finished.eq(1)
                with m.If(self.release):
                    m.next = "ENCODE"
        return m
