"""The array's spike storage between layers: two address-event lists, bucketed into
segments, one read while the other is written."""

from amaranth.hdl import *
from amaranth.lib import memory, stream, wiring
from amaranth.lib.wiring import In, Out

from toepcore.ir.bits import bits_for as _bits

from .event_list import EventList

__all__ = ["EventStore"]


class EventStore(wiring.Component):
    """Two event lists (ping-pong): a layer reads the one its predecessor wrote and
    appends its own spikes to the other. With block-RAM lists the read list may also be
    the one written (``rsel == wsel``): a pipelined step reads its predecessor's spikes
    as they are appended, up to ``fill``.

    Each list is bucketed into *segments* (the events of one encoder row, or the spikes
    of one step of the schedule): a segment-end table, held in the list's memory after
    its ``depths[i]`` events, records the event count at each segment's end. The table
    is read and written only in cycles when the events are not, so it costs neither a
    memory nor a port of its own.

    Parameters
    ----------
    depths : (int, int)
        Events each list can hold (:attr:`toepcore.ir.plan.ArrayPlan.event_depths`).
    segments : int
        Entries of each segment-end table.
    width : int
        Bits of a stored word: an event, or a segment end (``>= bits(max(depths) + 1)``).
    spram : bool
        Lists in iCE40UP5K SPRAM (:class:`hw.event_list.EventList`).

    Members
    -------
    rsel : In(1)
        The list read.
    wsel : In(1)
        The list written (appended to, closed); ``free`` empties the other one. With
        SPRAM lists (one port each) a list is never read in a cycle it is written.
    fill : Out(range(max(depths) + 1))
        Events in the read list now (an append shows from the next cycle, when the event
        can be read).
    events : Out(memory.ReadPort.Signature(addr_width, width))
        Event ``addr`` of the read list; ``data`` the next cycle (latency 1).
    ends : Out(memory.ReadPort.Signature(segment bits, width))
        Segment-end table entry ``addr`` of the read list, in ``data`` the next cycle.
        One port serves both: a cycle with ``ends.en`` reads the table, any other cycle
        the events (``events.en`` is not used; both ``data`` carry the word read).
    append : In(stream.Signature(width))
        An event appended to the write list; always ready, one per cycle.
    close : In(1), segment : In(range(segments))
        Record the write list's count as the end of segment ``segment`` (never in a cycle
        with an append).
    free : In(1)
        The list not written (``1 - wsel``) has been read for the last time: it starts
        empty, for the next layer's spikes.
    clear : In(1)
        Both lists start empty (a new frame).
    """

    def __init__(self, depths, segments, width, *, spram=False):
        self.depths, self.segments, self.width, self.spram = tuple(depths), segments, width, spram
        if width < _bits(max(depths) + 1):
            raise ValueError(f"{width}-bit words cannot hold a segment end up to {max(depths)}")
        self.addr_bits = _bits(max(depths) + segments)
        super().__init__({
            "rsel": In(1),
            "wsel": In(1),
            "fill": Out(range(max(depths) + 1)),
            "events": Out(memory.ReadPort.Signature(addr_width=self.addr_bits, shape=unsigned(width))),
            "ends": Out(memory.ReadPort.Signature(addr_width=_bits(segments), shape=unsigned(width))),
            "append": In(stream.Signature(width)),
            "close": In(1),
            "segment": In(range(max(segments, 2))),
            "free": In(1),
            "clear": In(1),
        })

    @property
    def bits(self):
        return sum(d + self.segments for d in self.depths) * self.width

    def elaborate(self, platform):
        m = Module()
        lists = []
        for i, depth in enumerate(self.depths):
            m.submodules[f"events{i}"] = ev = EventList(depth + self.segments, self.width, spram=self.spram)
            lists.append(ev)
        count = Array([Signal(range(d + 1), name=f"n_events{i}") for i, d in enumerate(self.depths)])
        wsel = self.wsel
        m.d.comb += self.fill.eq(count[self.rsel])
        table = Mux(self.rsel, self.depths[1], self.depths[0])      # the read list's table
        w_table = Mux(wsel, self.depths[1], self.depths[0])
        r_addr = Mux(self.ends.en, table + self.ends.addr, self.events.addr)
        w_addr, w_en = Signal.like(r_addr), Signal()
        m.d.comb += self.append.ready.eq(1)
        with m.If(self.append.valid):
            m.d.comb += [w_addr.eq(count[wsel]), w_en.eq(1)]
            m.d.sync += count[wsel].eq(count[wsel] + 1)
        with m.If(self.close):
            m.d.comb += [w_addr.eq(w_table + self.segment), w_en.eq(1)]
        w_data = Mux(self.close, count[wsel], self.append.payload)
        for i, ev in enumerate(lists):
            mine = wsel == i
            # SPRAM: one port, which reads whenever it does not write (``wsel`` may name the
            # read list between steps); block RAM: a read port of its own
            m.d.comb += [ev.addr.eq(Mux(mine & w_en, w_addr, r_addr) if self.spram else w_addr),
                         ev.raddr.eq(r_addr), ev.we.eq(w_en & mine), ev.wdata.eq(w_data)]
        rdata = Mux(self.rsel, lists[1].rdata, lists[0].rdata)
        m.d.comb += [self.events.data.eq(rdata), self.ends.data.eq(rdata)]
        with m.If(self.free):
            m.d.sync += count[~wsel].eq(0)
        with m.If(self.clear):
            m.d.sync += [count[0].eq(0), count[1].eq(0)]
        return m
