"""A single-port memory for address-event lists: block RAM, or iCE40UP5K SPRAM."""

from amaranth.hdl import *
from amaranth.lib import memory, wiring
from amaranth.lib.wiring import In, Out

from toepcore.ir.memory import SPRAM_DEPTH, SPRAM_WIDTH

__all__ = ["EventList", "rom"]


def rom(m, values, addr, width, name, *, domain="sync"):
    """A small read-only table in logic: a memory named ``name`` (a submodule of ``m``)
    whose word ``values[addr]`` appears one cycle after ``addr`` (the timing of a
    block-RAM read port), or in the same cycle with ``domain="comb"``. Tables of a few
    words cost fewer LUTs than they would waste of a 4 kbit block RAM, so the memory asks
    yosys for logic (``rom_style``); being a named memory, the netlist still shows what
    it holds (``python -m bench memory --netlist``)."""
    mem = memory.Memory(shape=unsigned(width), depth=len(values), init=[int(v) for v in values],
                        attrs={"rom_style": "logic"})
    m.submodules[name] = mem
    rd = mem.read_port(domain=domain)
    m.d.comb += rd.addr.eq(addr)
    return rd.data


class EventList(wiring.Component):
    """``depth`` words of ``width`` bits: the array's event lists. A block-RAM list reads
    word ``raddr`` while it writes word ``addr`` (a router may read a list while the
    collector appends to it); an SPRAM list has one port, so it reads ``addr`` in any
    cycle it does not write.

    Parameters
    ----------
    depth, width : int
    spram : bool
        Build from iCE40UP5K ``SB_SPRAM256KA`` blocks (16,384 x 16 bits each); the block
        count is ``ceil(depth / 16384)`` and ``width`` must be at most 16. Otherwise an
        Amaranth memory (block RAM, and what simulators run).

    Members
    -------
    addr : In(range(depth)), wdata : In(width), we : In(1)
        The write port (and an SPRAM list's read address).
    raddr : In(range(depth))
        The read address of a block-RAM list.
    rdata : Out(width)
        The word read in the previous cycle (latency 1); a word written in cycle ``t`` is
        read from cycle ``t + 1`` on.
    """

    def __init__(self, depth, width, *, spram=False):
        if spram and width > SPRAM_WIDTH:
            raise ValueError(f"an SPRAM event list holds at most {SPRAM_WIDTH}-bit events, not {width}")
        self.depth, self.width, self.spram = depth, width, spram
        super().__init__({"addr": In(range(max(depth, 2))), "raddr": In(range(max(depth, 2))), "wdata": In(width),
                          "we": In(1), "rdata": Out(width)})

    @property
    def spram_blocks(self):
        return -(-self.depth // SPRAM_DEPTH) if self.spram else 0

    def elaborate(self, platform):
        m = Module()
        if not self.spram:
            m.submodules.mem = mem = memory.Memory(shape=unsigned(self.width), depth=self.depth, init=[0] * self.depth)
            wr, rd = mem.write_port(), mem.read_port()
            m.d.comb += [wr.addr.eq(self.addr), rd.addr.eq(self.raddr), wr.data.eq(self.wdata), wr.en.eq(self.we)]
            m.d.comb += self.rdata.eq(rd.data)
            return m
        sel = Signal(range(max(self.spram_blocks, 2)))
        m.d.sync += sel.eq(self.addr >> 14)
        outs = []
        for b in range(self.spram_blocks):
            dout = Signal(SPRAM_WIDTH, name=f"dout{b}")
            hit = (self.addr >> 14) == b
            m.submodules[f"spram{b}"] = Instance(
                "SB_SPRAM256KA",
                i_ADDRESS=self.addr[:14], i_DATAIN=self.wdata, i_MASKWREN=0b1111, i_WREN=self.we & hit,
                i_CHIPSELECT=1, i_CLOCK=ClockSignal(), i_STANDBY=0, i_SLEEP=0, i_POWEROFF=1, o_DATAOUT=dout)
            outs.append(dout)
        m.d.comb += self.rdata.eq(Array(outs)[sel][:self.width])
        return m
