"""The class vote: per-class spike counters and their argmax, kept up to date vote by vote."""

from amaranth.hdl import *
from amaranth.lib import data, stream, wiring
from amaranth.lib.wiring import In, Out

__all__ = ["Voter"]


class Voter(wiring.Component):
    """Counts votes per class and keeps the leading class, lowest index on ties.

    The argmax is updated with every vote: a count that rises past the best takes over;
    one that draws level takes over when its class is lower. So no compare chain over
    all classes sits on a timing path, and the result is ready the cycle after the last
    vote.

    Parameters
    ----------
    n_classes : int
    count_bits : int
        Width of each counter; the caller sizes it for the most votes a class can get
        (its population), so counters never wrap.

    Members
    -------
    votes : In(stream.Signature(range(n_classes + 1)))
        One class index per vote; ``n_classes`` (a neuron that votes for no class) is
        accepted and ignored. Always ready: one vote per cycle.
    clear : In(1)
        Zero the counters and the leader (takes effect at the next clock edge; a vote in
        the same cycle is dropped).
    counts : Out(ArrayLayout(count_bits, n_classes))
    leader : Out(range(n_classes))
        The class with the most votes, lowest index on ties (0 with no votes).
    """

    def __init__(self, n_classes, count_bits):
        self.n_classes, self.count_bits = n_classes, count_bits
        super().__init__({
            "votes": In(stream.Signature(range(n_classes + 1))),
            "clear": In(1),
            "counts": Out(data.ArrayLayout(unsigned(count_bits), n_classes)),
            "leader": Out(range(max(n_classes, 2))),
        })

    def elaborate(self, platform):
        m = Module()
        n = self.n_classes
        counts = [self.counts[k] for k in range(n)]
        best_cnt = Signal(self.count_bits)
        m.d.comb += self.votes.ready.eq(1)
        k = self.votes.payload
        new_cnt = Array(counts)[k] + 1
        with m.If(self.clear):
            m.d.sync += [best_cnt.eq(0), self.leader.eq(0)] + [c.eq(0) for c in counts]
        with m.Elif(self.votes.valid & (k < n)):
            for i in range(n):
                with m.If(k == i):
                    m.d.sync += counts[i].eq(counts[i] + 1)
            with m.If((new_cnt > best_cnt) | ((new_cnt == best_cnt) & (k < self.leader))):
                m.d.sync += [self.leader.eq(k), best_cnt.eq(new_cnt)]
        return m

