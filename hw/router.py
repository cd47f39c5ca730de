"""The router: a step's input events, read from the event store, handed to the cores of
the step whose patches hold them."""

from dataclasses import dataclass

from amaranth.hdl import *
from amaranth.lib import data, memory, stream, wiring
from amaranth.lib.wiring import In, Out

from toepcore.ir.bits import bits_for as bits

from .plan_tables import fit, table

__all__ = ["axon_layout", "Router"]


def axon_layout(coord_bits, n_cores):
    """What a router slot offers: the event's patch-local channel and position (signed:
    the router computes them for every event, a core sees only those inside its patch),
    ``end`` (the step's inputs are done), and ``core``, the plan core the slot serves in
    this step (the array hands the element to that core's physical core)."""
    return data.StructLayout({"c": signed(coord_bits), "y": signed(coord_bits), "x": signed(coord_bits),
                              "end": 1, "core": range(max(n_cores, 2))})



@dataclass(frozen=True)
class _StepTables:
    """The router's constant tables (:meth:`Router._step_tables`)."""
    K: object
    sw: object
    s_layer: object
    s_core0: object
    s_size: object
    s_ph: object
    s_pw: object
    s_oy: object
    s_ox: object
    s_lo: object
    s_from0: object
    s_hi: object
    s_empty: object
    s_chase: object
    k_c0: object
    k_cg: object

class Router(wiring.Component):
    """Reads a step's input events and offers each to the step's cores.

    A step (:class:`toepcore.ir.plan.StepPlan`) reads the producer segments
    ``(scan_lo, scan_hi]`` of its input list, so only the events its tile's patch can
    hold are read (bucketed lists, no whole-list scan). Each event is turned into
    coordinates relative to the tile's first window (padding included) and offered on
    slot ``j`` to the step's core ``j`` when it lies in that core's patch and channel
    range. The read moves on once every core that wants the event has taken it. The
    router then offers ``end`` on every slot of the step and reports ``done``.

    A step that *chases* (:attr:`toepcore.ir.plan.StepPlan.chase`) reads the segment its
    predecessor is still appending: its range ends at the list's live count (``fill``)
    and it waits for more events while ``filling``.

    Parameters
    ----------
    plan : toepcore.ir.plan.ArrayPlan
        Steps, core geometries and event field widths; they become constant tables
        indexed by ``step``.
    addr_bits : int
        Address bits of the store's event port (:class:`hw.event_store.EventStore`).

    Members
    -------
    step : In(range(len(plan.steps)))
        The step to route; held from ``start`` until ``done``.
    start : In(1)
        Pulse: route ``step`` (taken while idle, or in the cycle of ``done``).
    done : Out(1)
        The cycle the last slot takes its end marker.
    events, ends : In(memory.ReadPort.Signature(...))
        The event store's read ports (:class:`hw.event_store.EventStore`).
    fill : In(range(...))
        The read list's live event count (:attr:`hw.event_store.EventStore.fill`).
    filling : In(1)
        The previous step's spikes are still being appended (its segment is open).
    slots : Out(stream.Signature(axon_layout(...))).array(S)
        One per core of the widest step; slots past the step's cores stay idle.
    delivered : Out(range(S + 1))
        Events taken by cores this cycle (the frame's ``axon_events`` counter).

    Latency and throughput: three cycles to look up the segment range, one to issue the
    first read, then one event per cycle while every core that wants it is ready, and
    one cycle (or more, while a core is busy) for the end marker. A chasing step also
    spends a cycle each time it catches up with the writer.
    """

    def __init__(self, plan, addr_bits):
        self.plan = plan
        steps = plan.steps
        self.n_slots = max(len(st.cores) for st in steps)
        self.coord_bits = max(max(f) for f in plan.event_fields) + 3
        width = plan.event_width
        super().__init__({
            "step": In(range(max(len(steps), 2))),
            "start": In(1),
            "done": Out(1),
            "events": In(memory.ReadPort.Signature(addr_width=addr_bits, shape=unsigned(width))),
            "ends": In(memory.ReadPort.Signature(addr_width=bits(plan.segments), shape=unsigned(width))),
            "fill": In(addr_bits),
            "filling": In(1),
            "slots": Out(stream.Signature(axon_layout(self.coord_bits, len(plan.cores)))).array(self.n_slots),
            "delivered": Out(range(self.n_slots + 1)),
        })

    def _fields_of(self, word, layer):
        """``(c, y, x)`` of event ``word`` read as an input of plan layer ``layer``."""
        fields = self.plan.event_fields
        outs = []
        for i in range(3):
            per = []
            for cb, yb, xb in fields:
                lo = {0: yb + xb, 1: xb, 2: 0}[i]
                per.append(fit(word[lo:lo + (cb, yb, xb)[i]], max(f[i] for f in fields)))
            outs.append(Array(per)[layer] if len(per) > 1 else per[0])
        return outs

    def elaborate(self, platform):
        """The range read (RANGE0-2), the event read one ahead, the offer to the slots
        (:meth:`_offer`) and the state machine that steps them. About 85 lines: the states
        and the read-ahead share one set of registers whose cycle-by-cycle timing reads best
        in one place (the read address must never wait on the cores' ``ready``)."""
        m = Module()
        step, S = self.step, self.n_slots
        t = self._step_tables()
        sw, s_layer, s_lo, s_from0, s_hi, s_empty, s_chase, s_oy, s_ox = \
            t.sw, t.s_layer, t.s_lo, t.s_from0, t.s_hi, t.s_empty, t.s_chase, t.s_oy, t.s_ox
        s_ph, s_pw = t.s_ph, t.s_pw

        idx = Signal.like(self.events.addr)        # read position in the input list
        end = Signal.like(self.events.addr)        # end of the step's segment range
        routing, ending = Signal(), Signal()       # offering the event / the end marker
        sent = Signal(S)                           # slots that took the current element
        m.d.comb += [self.ends.en.eq(0), self.events.en.eq(1)]
        # the range's end: fixed, or (chasing) the live count until the writer is done
        chase = s_chase[step]
        limit = Mux(chase, self.fill, end)
        waiting = chase & self.filling

        # The event offered: the word read last cycle when it is new, else a copy held while
        # cores stall. So the read address never waits for the cores' ``ready`` (the next
        # event is read every cycle): that path, from block RAM through the patch tests back to
        # block RAM, held the ECP5 at 27.6 MHz.
        fresh = Signal()
        held = Signal.like(self.events.data)
        word = Mux(fresh, self.events.data, held)
        ev_c, ev_y, ev_x = self._fields_of(word, s_layer[step])
        Yv, Xv = Signal(signed(sw + 1)), Signal(signed(sw + 1))
        m.d.comb += [Yv.eq(ev_y - s_oy[step]), Xv.eq(ev_x - s_ox[step])]
        in_yx = (Yv >= 0) & (Yv < s_ph[step]) & (Xv >= 0) & (Xv < s_pw[step])
        want, take = self._offer(m, t, routing, ending, sent, ev_c, Yv, Xv, in_yx)
        all_taken = Signal()
        m.d.comb += all_taken.eq(Cat(*[~w | t for w, t in zip(want, take)]).all())

        def handed_over(*also):
            # move on once every core that wants the element has taken it
            with m.If(all_taken):
                m.d.sync += [sent.eq(0), *also]
            with m.Else():
                m.d.sync += sent.eq(sent | Cat(*take))

        with m.FSM():
            with m.State("IDLE"):
                with m.If(self.start):
                    m.next = "RANGE0"
            with m.State("RANGE0"):
                m.d.comb += [self.ends.en.eq(1), self.ends.addr.eq(s_lo[step])]
                m.next = "RANGE1"
            with m.State("RANGE1"):
                m.d.comb += [self.ends.en.eq(1), self.ends.addr.eq(s_hi[step])]
                m.d.sync += idx.eq(Mux(s_from0[step], 0, self.ends.data))
                m.next = "RANGE2"
            with m.State("RANGE2"):
                m.d.sync += end.eq(Mux(s_empty[step], idx, self.ends.data))
                m.next = "READ"
            with m.State("READ"):
                with m.If(idx == limit):
                    with m.If(~waiting):
                        m.next = "END"
                with m.Else():
                    m.d.comb += self.events.addr.eq(idx)
                    m.d.sync += fresh.eq(1)
                    m.next = "ROUTE"
            with m.State("ROUTE"):
                m.d.comb += [routing.eq(1), self.delivered.eq(sum(take))]
                # read the next event while this one is offered
                m.d.comb += self.events.addr.eq(idx + 1)
                m.d.sync += fresh.eq(all_taken)
                with m.If(fresh):
                    m.d.sync += held.eq(self.events.data)
                handed_over(idx.eq(idx + 1))
                with m.If(all_taken & (idx + 1 == limit)):
                    # a chasing step looks again: the writer may have appended more
                    with m.If(chase):
                        m.next = "READ"
                    with m.Else():
                        m.next = "END"
            with m.State("END"):
                m.d.comb += ending.eq(1)
                handed_over()
                with m.If(all_taken):
                    m.d.comb += self.done.eq(1)
                    # a start in the cycle of ``done`` (the scheduler starting a pipelined
                    # step as this one's collection starts) is taken at once
                    with m.If(self.start):
                        m.next = "RANGE0"
                    with m.Else():
                        m.next = "IDLE"
        return m

    def _step_tables(self):
        """Constant tables indexed by the step (``s_*``) or the plan core (``k_*``): the
        step's layer, first core and size, its patch's origin and extent, its segment range,
        and each core's first input channel and channel count."""
        plan, S = self.plan, self.n_slots
        steps = plan.steps
        K = len(plan.cores)
        sw = self.coord_bits - 1
        geos = [plan.layers[cp.layer].geometry(cp.block) for cp in plan.cores]
        geo0 = [geos[st.cores[0]] for st in steps]
        lps = [plan.layers[st.layer] for st in steps]
        seg = range(max(plan.segments, 2))
        s_layer = table([st.layer for st in steps], range(max(len(plan.layers), 2)))
        s_core0 = table([st.cores[0] for st in steps], range(max(K, 2)))
        s_size = table([len(st.cores) for st in steps], range(S + 1))
        s_ph, s_pw = table([g.ph for g in geo0], signed(sw)), table([g.pw for g in geo0], signed(sw))
        s_oy = table([st.tile[0] * lp.layer.stride[0] - lp.layer.padding[0] for st, lp in zip(steps, lps)], signed(sw))
        s_ox = table([st.tile[1] * lp.layer.stride[1] - lp.layer.padding[1] for st, lp in zip(steps, lps)], signed(sw))
        s_lo = table([max(st.scan_lo, 0) for st in steps], seg)
        s_from0 = table([st.scan_lo < 0 for st in steps], 1)
        s_hi = table([max(st.scan_hi, 0) for st in steps], seg)
        s_empty = table([st.empty for st in steps], 1)
        s_chase = table([st.chase for st in steps], 1)
        k_c0 = table([g.c0 for g in geos], signed(sw))
        k_cg = table([g.cg for g in geos], signed(sw))

        return _StepTables(K=K, sw=sw, s_layer=s_layer, s_core0=s_core0, s_size=s_size, s_ph=s_ph, s_pw=s_pw,
                           s_oy=s_oy, s_ox=s_ox, s_lo=s_lo, s_from0=s_from0, s_hi=s_hi, s_empty=s_empty,
                           s_chase=s_chase, k_c0=k_c0, k_cg=k_cg)

    def _offer(self, m, t, routing, ending, sent, ev_c, Yv, Xv, in_yx):
        """Each slot's offer of the current element (an event inside the core's patch and
        channels, or the end marker) until it takes it. Returns each slot's ``want`` and ``take``."""
        step, K, S, sw, s_core0, s_size, k_c0, k_cg = self.step, t.K, self.n_slots, t.sw, t.s_core0, t.s_size, t.k_c0, t.k_cg
        want, take = [], []
        for j, slot in enumerate(self.slots):
            gid = Signal(range(max(K + S, 2)), name=f"gid{j}")
            m.d.comb += gid.eq(s_core0[step] + j)
            Cv = Signal(signed(sw + 1), name=f"C{j}")
            m.d.comb += Cv.eq(ev_c - k_c0[gid])
            w_ = Signal(name=f"want{j}")
            m.d.comb += w_.eq((j < s_size[step]) & ((routing & in_yx & (Cv >= 0) & (Cv < k_cg[gid])) | ending)
                              & ~sent[j])
            m.d.comb += [slot.valid.eq(w_), slot.payload.c.eq(Cv), slot.payload.y.eq(Yv), slot.payload.x.eq(Xv),
                         slot.payload.end.eq(ending), slot.payload.core.eq(gid)]
            want.append(w_)
            take.append(w_ & slot.ready)
        return want, take
