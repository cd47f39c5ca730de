"""A potential pool: one membrane-potential memory shared by cores that never run in the
same step."""

from amaranth.hdl import *
from amaranth.lib import memory, wiring
from amaranth.lib.wiring import In, Out

from toepcore.ir.bits import bits_for as bits

__all__ = ["PotentialPool"]


class PotentialPool(wiring.Component):
    """``depth`` potential words of ``width`` bits behind the ports of ``clients`` cores,
    of which the one selected by ``active`` reaches the memory.

    The plan (:attr:`toepcore.ir.plan.ArrayPlan.pools`) puts cores in one pool only when
    they never share a step, and a core touches its potentials only during its steps, so
    selecting the step's client loses nothing. In feed-forward mode every threshold pass
    leaves the words it read at zero, ready for the next client.

    Parameters
    ----------
    depth, width : int
        The pool's words and bits per word (the largest client's).
    clients : list of int
        Each client's word width (``lanes * membrane bits``, at most ``width``): its read
        data is the low bits of the word.

    Members
    -------
    active : In(range(len(clients)))
        The client whose ports drive the memory.
    read : Out(memory.ReadPort.Signature(addr_width, width)).array(len(clients))
        Read ports: data the cycle after the address, showing a write to the same word in
        that cycle (transparent); every client sees the data read. ``en`` is not used.
    write : Out(memory.WritePort.Signature(addr_width, width)).array(len(clients))

    Latency and throughput: one read and one write per cycle, read latency 1.
    """

    def __init__(self, depth, width, clients):
        if any(w > width for w in clients):
            raise ValueError(f"a client's {max(clients)}-bit word does not fit the pool's {width} bits")
        self.depth, self.width, self.clients = depth, width, list(clients)
        ab = bits(depth)
        super().__init__({
            "active": In(range(max(len(clients), 2))),
            "read": Out(memory.ReadPort.Signature(addr_width=ab, shape=unsigned(width))).array(len(clients)),
            "write": Out(memory.WritePort.Signature(addr_width=ab, shape=unsigned(width))).array(len(clients)),
        })

    @property
    def bits(self):
        return self.depth * self.width

    def elaborate(self, platform):
        m = Module()
        # explicit zeros: simulators without a memory default (Icarus: X) must agree
        m.submodules.potentials = mem = memory.Memory(shape=unsigned(self.width), depth=self.depth,
                                                      init=[0] * self.depth)
        wr = mem.write_port()
        rd = mem.read_port(transparent_for=(wr,))
        if len(self.clients) == 1:
            pick = lambda values: values[0]
        else:
            pick = lambda values: Array(values)[self.active]
        m.d.comb += [rd.addr.eq(pick([r.addr for r in self.read])),
                     wr.addr.eq(pick([w.addr for w in self.write])),
                     wr.data.eq(pick([w.data for w in self.write])),
                     wr.en.eq(pick([w.en for w in self.write]))]
        for r in self.read:
            m.d.comb += r.data.eq(rd.data)
        return m
