"""The voter against numpy's argmax (lowest index on ties) on random vote sequences."""

import numpy as np
from amaranth.sim import Simulator
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_profiles import examples

from hw.voter import Voter


def run_voter(n_classes, frames):
    """Each frame: clear, then its votes one per cycle (with idle cycles); returns
    ``[(counts, leader)]`` after each frame."""
    dut = Voter(n_classes, 8)
    out = []

    async def bench(ctx):
        for votes, idle in frames:
            ctx.set(dut.clear, 1)
            await ctx.tick()
            ctx.set(dut.clear, 0)
            for v, gap in zip(votes, idle):
                ctx.set(dut.votes.valid, 0)
                await ctx.tick().repeat(gap) if gap else None
                ctx.set(dut.votes.payload, v)
                ctx.set(dut.votes.valid, 1)
                await ctx.tick()
            ctx.set(dut.votes.valid, 0)
            await ctx.tick()
            out.append(([ctx.get(dut.counts[k]) for k in range(n_classes)], ctx.get(dut.leader)))

    sim = Simulator(dut)
    sim.add_clock(1e-8)
    sim.add_testbench(bench)
    sim.run()
    return out


@settings(max_examples=examples(30))
@given(st.integers(2, 10).flatmap(lambda n: st.tuples(
    st.just(n), st.lists(st.lists(st.tuples(st.integers(0, n), st.integers(0, 2)), max_size=40), min_size=1, max_size=3))))
def test_voter_matches_argmax_with_ties_to_the_lowest_class(case):
    n, frames = case
    got = run_voter(n, [([v for v, _ in f], [g for _, g in f]) for f in frames])
    for f, (counts, leader) in zip(frames, got):
        want = np.bincount([v for v, _ in f if v < n], minlength=n)
        assert counts == want.tolist()
        assert leader == int(np.argmax(want))      # numpy: first maximum
