"""A core of independent lanes: one filter per lane, each lane with its own queue of
spikes and its own potentials, so a lane spends cycles only on its own non-zero weights."""

from dataclasses import dataclass

from amaranth.hdl import *
from amaranth.lib import data, fifo, memory, stream, wiring
from amaranth.lib.wiring import In, Out

from model import s4
from model.truenorth import TYPE_BITS
from toepcore.ir.geometry import reaching_taps

__all__ = ["IndependentLaneCore"]


def _range(n):
    return range(max(n, 2))



@dataclass(frozen=True)
class _Geometry:
    """A layer's shapes and a lane core's widths (bits), shared by its elaborate stages."""
    C: int
    H: int
    W: int
    F: int
    Ho: int
    Wo: int
    kh: int
    kw: int
    sy: int
    sx: int
    py: int
    px: int
    taps: int
    P: int
    mb: int
    rows: list
    sel_bits: int
    shared: bool
    weight_w: int
    lane_sel: int
    row_width: int
    ok_y: list
    ok_x: list
    base_w: int
    ry_w: int
    rx_w: int
    entry: object


@dataclass(frozen=True)
class _Offer:
    """The offer stage's signals the threshold pass reads and drives, and the lanes' queues."""
    b_valid: object
    ending: object
    take: object
    passing: object
    queues: list

class IndependentLaneCore(wiring.Component):
    """One tick of a whole conv layer (all filters, the whole output map), feed-forward.

    Where lanes that update together spend a cycle on every lane group holding a non-zero
    weight (``python -m bench lanes``), here each filter has a lane of its own:

    * **offer** (one spike per cycle): the spike's channel row of generators is read (one
      cycle), and every lane whose filter has a non-zero weight at a tap that reaches an
      output neuron queues the spike with those taps (a bit each) and the taps' weight
      selectors (``s4``: the 2-bit S4 type of each tap, shared by the lanes; ``kernel``:
      the lane's weights). A spike waits while a lane it needs has a full queue.
    * **lanes**: each takes the taps of its queue's head one per cycle (lowest first) and
      adds the weight (``s4``: its own 4-entry table at the type) to the potential of the
      output neuron the tap reaches, in its own memory (``F`` memories of ``Ho * Wo``
      words of ``membrane_bits``; read, add and write back the next cycle, the read port
      transparent to the write so back-to-back updates of one word add up).
    * **pass**, after ``end`` and once every queue is empty: for each output position the
      lanes' words are read together, compared (``potential + bias >= threshold``), reset
      to 0, and the firing filters leave as spikes ``(f, y, x)``, lowest ``f`` first.

    No crossbar and no expanded ``s4`` kernel is stored: ``s4`` rows hold the mask bits of
    every filter (less the taps whose table entry is 0) and the channel's tap types (``F * kh * kw + 2 * kh * kw`` bits per
    channel), tables are per-lane constants; ``kernel`` rows hold the kernel.

    Parameters
    ----------
    layer : model.network.ConvLayer
    depth : int
        Spikes each lane's queue holds, its head (being worked on) included.

    Members
    -------
    axons : In(stream.Signature(layout c, y, x, end))
        The tick's input spikes (channel, row, column of the layer's input), any order,
        then one element with ``end``.
    spikes : Out(stream.Signature(layout f, y, x, end))
        Firing neurons, position by position (row-major), filters ascending, then ``end``.
    cycles, updates, update_cycles : Out(32)
        Of the last completed tick: cycles from the first element accepted to ``end``
        sent; lane updates (non-zero weights added); cycles from the first element accepted
        until every lane has finished (the integrate phase).

    Latency and throughput: a spike is offered two cycles after it is accepted, one per
    cycle; a lane starts a queued spike the cycle after it is offered (or right after its
    previous one) and takes one cycle per non-zero weight it reaches, so the integrate
    phase takes :func:`bench.lanes.queued_cycles` of the spikes' work plus 2 (accept and
    row read). The pass takes 3 cycles per output position plus one per spike (while
    ``spikes`` is ready), and 2 to close.
    """

    def __init__(self, layer, *, depth=16):
        if layer.kind != "conv":
            raise ValueError(f"layer {layer.name!r} is not a conv layer")
        if depth < 2:
            raise ValueError(f"a lane's queue holds its head and at least one more spike, not {depth}")
        self.layer, self.depth = layer, depth
        C, H, W = layer.in_shape
        F, Ho, Wo = layer.out_shape
        self.axon_layout = data.StructLayout({"c": _range(C), "y": _range(H), "x": _range(W), "end": 1})
        self.spike_layout = data.StructLayout({"f": _range(F), "y": _range(Ho), "x": _range(Wo), "end": 1})
        super().__init__({
            "axons": In(stream.Signature(self.axon_layout)),
            "spikes": Out(stream.Signature(self.spike_layout)),
            "cycles": Out(32), "updates": Out(32), "update_cycles": Out(32),
        })

    # ---- constants from the layer ------------------------------------------------------

    def _rows(self):
        """Per input channel: (nonzero bits of every lane, selector fields of every lane or
        the shared types), as Python ints; and the selector width."""
        l = self.layer
        F = l.out_channels
        kh, kw = l.kernel
        taps = kh * kw
        fg, cg = F // l.groups, l.group_in
        k = l.expanded_kernel()
        rows = []
        typed = l.family_spec.typed
        if typed:
            sel_bits = TYPE_BITS
            types = s4.type_index(l.sigma, l.tau, l.g, kh, kw)          # (Cg, kh, kw)
        else:
            sel_bits = l.weight_bits
        for c in range(l.in_shape[0]):
            grp, ci = divmod(c, cg)
            nz, sel = 0, 0
            for o in range(F):
                if o // fg != grp:
                    continue
                for q in range(taps):
                    qy, qx = divmod(q, kw)
                    # s4: the mask, less taps whose table entry is 0 (no cycle for them)
                    nz |= int(k[o, ci, qy, qx] != 0) << (o * taps + q)
                    if not typed:
                        sel |= (int(k[o, ci, qy, qx]) & ((1 << sel_bits) - 1)) << ((o * taps + q) * sel_bits)
            if typed:
                for q in range(taps):
                    sel |= int(types[ci, q // kw, q % kw]) << (q * TYPE_BITS)
            rows.append((nz, sel))
        return rows, sel_bits

    def elaborate(self, platform):
        m = Module()
        g = self._geometry()
        offer = self._offer(m, g)
        pass_addr, pass_read, pass_clear = Signal(_range(g.P)), Signal(), Signal()
        fire = Signal(g.F)
        passes = (pass_addr, pass_read, pass_clear)
        lanes = [self._lane(m, g, o, q_, passes) for o, q_ in enumerate(offer.queues)]
        self._threshold_pass(m, g, offer, lanes, fire, passes)
        return m

    def _geometry(self):
        """The layer's shapes and the widths of a queue entry, as plain numbers."""
        l = self.layer
        C, H, W = l.in_shape
        F, Ho, Wo = l.out_shape
        (kh, kw), (sy, sx), (py, px) = l.kernel, l.stride, l.padding
        taps, P, mb = kh * kw, Ho * Wo, l.membrane_bits
        rows, sel_bits = self._rows()
        shared = l.family_spec.typed   # one type select per tap, shared by the filters
        # signed bits of a weight: the s4 tables' widest entry, or the kernel's weight bits
        weight_w = (max(int(v).bit_length() for v in abs(l.table).flat) + 1) if shared else sel_bits
        lane_sel = taps * sel_bits if not shared else 0
        row_width = F * taps + (taps * sel_bits if shared else F * lane_sel)
        # which taps of an input row / column reach an output neuron, as bit masks
        ok_y, ok_x = ([sum(int(b) << q for q, b in enumerate(r)) for r in reaching_taps(*a)]
                      for a in ((H, kh, sy, py, Ho), (W, kw, sx, px, Wo)))
        # A spike at (y, x) reaches, through tap (qy, qx), the output word
        #   base - (qy - ry) / sy * Wo - (qx - rx) / sx,
        # base = (y + py) // sy * Wo + (x + px) // sx and r = (y + py) % sy (likewise x):
        # the queue holds base and r once for every tap, and a lane subtracts a constant of
        # (tap, ry, rx). Arithmetic is modulo the base's width; every reached word is in range.
        base_w = (((H + py) // sy + 1) * Wo + (W + px) // sx + 1).bit_length() + 1
        ry_w, rx_w = max(sy - 1, 1).bit_length(), max(sx - 1, 1).bit_length()
        entry = data.StructLayout({"base": base_w, "ry": ry_w, "rx": rx_w, "work": taps,
                                   "sel": taps * sel_bits})
        return _Geometry(C=C, H=H, W=W, F=F, Ho=Ho, Wo=Wo, kh=kh, kw=kw, sy=sy, sx=sx, py=py, px=px, taps=taps, P=P,
                         mb=mb, rows=rows, sel_bits=sel_bits, shared=shared, weight_w=weight_w, lane_sel=lane_sel,
                         row_width=row_width, ok_y=ok_y, ok_x=ok_x, base_w=base_w, ry_w=ry_w, rx_w=rx_w, entry=entry)

    def _offer(self, m, g):
        """Accept (cycle 0), row read (1), queue (2): an input spike's row of non-zero taps
        and selectors, offered to every lane with work for it once every such queue has room."""
        C, H, W, F, Wo = g.C, g.H, g.W, g.F, g.Wo
        kh, kw, sy, sx, py, px = g.kh, g.kw, g.sy, g.sx, g.py, g.px
        taps, rows, lane_sel, row_width = g.taps, g.rows, g.lane_sel, g.row_width
        base_w, ry_w, rx_w, entry, shared, ok_y, ok_x = g.base_w, g.ry_w, g.rx_w, g.entry, g.shared, g.ok_y, g.ok_x
        m.submodules.rows = row_mem = memory.Memory(
            shape=unsigned(row_width), depth=C,
            init=[nz | (sel << (F * taps)) for nz, sel in rows])
        row_rd = row_mem.read_port()

        ax = self.axons
        b_valid, b_y, b_x = Signal(), Signal(_range(H)), Signal(_range(W))
        ending = Signal()
        row = Signal(row_width)
        m.d.comb += row.eq(row_rd.data)
        valid_taps = Signal(taps)
        vy, vx = Signal(kh), Signal(kw)
        m.d.comb += [vy.eq(Array(Const(v, kh) for v in ok_y)[b_y]), vx.eq(Array(Const(v, kw) for v in ok_x)[b_x])]
        m.d.comb += valid_taps.eq(Cat(vy[q // kw] & vx[q % kw] for q in range(taps)))

        b_base, b_ry, b_rx = Signal(base_w), Signal(ry_w), Signal(rx_w)
        m.d.comb += [
            b_base.eq(Array(Const((i + py) // sy * Wo, base_w) for i in range(H))[b_y]
                      + Array(Const((i + px) // sx, base_w) for i in range(W))[b_x]),
            b_ry.eq(Array(Const((i + py) % sy, ry_w) for i in range(H))[b_y]),
            b_rx.eq(Array(Const((i + px) % sx, rx_w) for i in range(W))[b_x]),
        ]
        lanes = []
        works = []
        for o in range(F):
            q_ = fifo.SyncFIFO(width=entry.size, depth=self.depth)
            m.submodules[f"queue{o}"] = q_
            w = Signal(taps, name=f"work{o}")
            m.d.comb += w.eq(row[o * taps:(o + 1) * taps] & valid_taps)
            lanes.append(q_)
            works.append(w)
        room = Signal()
        m.d.comb += room.eq(Cat(q.w_rdy | ~w.any() for q, w in zip(lanes, works)).all())
        advance = Signal()
        m.d.comb += advance.eq(b_valid & room)
        for o, (q_, w) in enumerate(zip(lanes, works)):
            e = Signal(entry, name=f"entry{o}")
            if shared:
                sel = row[F * taps:]
            else:
                sel = row[F * taps + o * lane_sel:F * taps + (o + 1) * lane_sel]
            m.d.comb += [e.base.eq(b_base), e.ry.eq(b_ry), e.rx.eq(b_rx), e.work.eq(w), e.sel.eq(sel),
                         q_.w_data.eq(e), q_.w_en.eq(advance & w.any())]

        passing = Signal()                  # the threshold pass runs (the FSM below)
        take = Signal()
        m.d.comb += [take.eq(~passing & ~ending & (~b_valid | advance)), ax.ready.eq(take),
                     row_rd.addr.eq(ax.payload.c), row_rd.en.eq(take)]
        with m.If(advance):
            m.d.sync += b_valid.eq(0)
        with m.If(take & ax.valid):
            with m.If(ax.payload.end):
                m.d.sync += ending.eq(1)
            with m.Else():
                m.d.sync += [b_valid.eq(1), b_y.eq(ax.payload.y), b_x.eq(ax.payload.x)]
        return _Offer(b_valid=b_valid, ending=ending, take=take, passing=passing, queues=lanes)

    def _lane(self, m, g, o, q_, passes):
        """Lane ``o``: its queue's head taps one per cycle (lowest first), each a read, add
        and write back of the tap's output neuron's potential; the pass reads and clears
        through the same ports. Returns ``(busy signals, fires, issues)``."""
        l, taps, kw, sy, sx, Wo, P, mb = self.layer, g.taps, g.kw, g.sy, g.sx, g.Wo, g.P, g.mb
        entry, base_w, ry_w, rx_w, weight_w, sel_bits, shared = \
            g.entry, g.base_w, g.ry_w, g.rx_w, g.weight_w, g.sel_bits, g.shared
        pass_addr, pass_read, pass_clear = passes
        pm = memory.Memory(shape=signed(mb), depth=P, init=[])
        m.submodules[f"potentials{o}"] = pm
        wr = pm.write_port()
        rd = pm.read_port(transparent_for=(wr,))
        head = Signal(entry, name=f"head{o}")
        m.d.comb += head.eq(q_.r_data)
        fresh, rem = Signal(init=1, name=f"fresh{o}"), Signal(taps, name=f"rem{o}")
        bits = Signal(taps, name=f"bits{o}")
        m.d.comb += bits.eq(Mux(fresh, head.work, rem))
        lowest = Signal(taps, name=f"lowest{o}")
        m.d.comb += lowest.eq(bits & -bits)
        rest = Signal(taps, name=f"rest{o}")
        m.d.comb += rest.eq(bits & ~lowest)
        issue = Signal(name=f"issue{o}")
        m.d.comb += issue.eq(q_.r_rdy)
        with m.If(issue):
            with m.If(rest == 0):
                m.d.comb += q_.r_en.eq(1)
                m.d.sync += fresh.eq(1)
            with m.Else():
                m.d.sync += [fresh.eq(0), rem.eq(rest)]
        # the tap's output neuron and weight
        addr = Signal(_range(P), name=f"addr{o}")
        back = Signal(base_w, name=f"back{o}")
        weight = Signal(signed(weight_w), name=f"weight{o}")
        m.d.comb += addr.eq((head.base - back)[:len(addr)])
        with m.Switch(lowest):
            for q in range(taps):
                with m.Case(1 << q):
                    qy, qx = divmod(q, kw)
                    offsets = Array(Const(((qy - ry) // sy * Wo + (qx - rx) // sx) % (1 << base_w), base_w)
                                    for ry in range(1 << ry_w) for rx in range(1 << rx_w))
                    m.d.comb += back.eq(offsets[Cat(head.rx, head.ry)])
                    s_ = head.sel[q * sel_bits:(q + 1) * sel_bits]
                    if shared:
                        table = [int(v) for v in l.table[o]]
                        m.d.comb += weight.eq(Array(Const(v, signed(weight_w)) for v in table)[s_])
                    else:
                        m.d.comb += weight.eq(s_.as_signed())
        # read, add, write back
        a_reg, w_reg, v_reg = Signal.like(addr), Signal.like(weight), Signal()
        m.d.sync += [a_reg.eq(addr), w_reg.eq(weight), v_reg.eq(issue)]
        m.d.comb += [rd.addr.eq(Mux(pass_read, pass_addr, addr)), rd.en.eq(1)]
        with m.If(pass_clear):
            m.d.comb += [wr.addr.eq(pass_addr), wr.data.eq(0), wr.en.eq(1)]
        with m.Else():
            m.d.comb += [wr.addr.eq(a_reg), wr.data.eq(rd.data + w_reg), wr.en.eq(v_reg)]
        # potential + bias >= threshold, as one compare against a constant
        return [q_.r_rdy, v_reg], rd.data >= int(l.threshold[o]) - int(l.bias[o]), issue

    def _threshold_pass(self, m, g, offer, lanes, fire, passes):
        """Once every lane is idle after ``end``: read each output position's potentials,
        compare, clear, and emit its spikes (lowest filter first), then ``end`` and the counters."""
        F, Ho, Wo, P = g.F, g.Ho, g.Wo, g.P
        ax, ending, b_valid, take, passing = self.axons, offer.ending, offer.b_valid, offer.take, offer.passing
        busy_any = [b for busy, _, _ in lanes for b in busy]
        firing = [f for _, f, _ in lanes]
        updates_now = [u for _, _, u in lanes]
        pass_addr, pass_read, pass_clear = passes
        sp = self.spikes
        p_y, p_x = Signal(_range(Ho)), Signal(_range(Wo))
        lowest_f = Signal(_range(F))
        fl = fire & -fire
        with m.Switch(fl):
            for f in range(F):
                with m.Case(1 << f):
                    m.d.comb += lowest_f.eq(f)
        cyc, upd, ucyc, in_tick, integrating = (Signal(32), Signal(32), Signal(32), Signal(), Signal())
        n_upd = sum(updates_now[1:], updates_now[0])
        with m.If(in_tick):
            m.d.sync += cyc.eq(cyc + 1)
        with m.If(integrating):
            m.d.sync += [ucyc.eq(ucyc + 1), upd.eq(upd + n_upd)]
        with m.If(take & ax.valid & ~in_tick):
            m.d.sync += [in_tick.eq(1), integrating.eq(1), cyc.eq(1), ucyc.eq(1), upd.eq(n_upd)]
        with m.FSM() as fsm:
            with m.State("INTEGRATE"):
                with m.If(ending & ~b_valid & ~Cat(busy_any).any()):
                    # the cycle that finds every lane done is not an integrate cycle
                    m.d.sync += [integrating.eq(0), ucyc.eq(ucyc), pass_addr.eq(0), p_y.eq(0), p_x.eq(0)]
                    m.next = "READ"
            with m.State("READ"):
                m.d.comb += pass_read.eq(1)
                m.next = "EVAL"
            with m.State("EVAL"):
                m.d.comb += pass_clear.eq(1)
                m.d.sync += fire.eq(Cat(firing))
                m.next = "EMIT"
            with m.State("EMIT"):
                with m.If(fire.any()):
                    m.d.comb += [sp.valid.eq(1), sp.payload.f.eq(lowest_f), sp.payload.y.eq(p_y),
                                 sp.payload.x.eq(p_x)]
                    with m.If(sp.ready):
                        m.d.sync += fire.eq(fire & ~fl)
                with m.Elif(pass_addr == P - 1):
                    m.next = "END"
                with m.Else():
                    m.d.sync += pass_addr.eq(pass_addr + 1)
                    with m.If(p_x == Wo - 1):
                        m.d.sync += [p_x.eq(0), p_y.eq(p_y + 1)]
                    with m.Else():
                        m.d.sync += p_x.eq(p_x + 1)
                    m.next = "READ"
            with m.State("END"):
                m.d.comb += [sp.valid.eq(1), sp.payload.end.eq(1)]
                with m.If(sp.ready):
                    m.d.sync += [ending.eq(0), in_tick.eq(0),
                                 self.cycles.eq(cyc + 1), self.updates.eq(upd), self.update_cycles.eq(ucyc)]
                    m.next = "INTEGRATE"
        m.d.comb += passing.eq(~fsm.ongoing("INTEGRATE"))
        return m
