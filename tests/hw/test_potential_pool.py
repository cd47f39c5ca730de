"""The potential pool against a Python memory: clients take turns (``active``), reads
are transparent to a write of the same word in the same cycle, and an idle client's
ports reach nothing."""

import random

import pytest
from amaranth.sim import Simulator
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_profiles import examples

from hw.potential_pool import PotentialPool

DEPTH, WIDTH, CLIENTS = 6, 8, (8, 5, 3)


def run_pool(turns, seed):
    """``turns``: ``(active client, cycles)``. Every client drives random reads and writes
    every cycle; returns what the active client read and what a memory says it holds."""
    dut = PotentialPool(DEPTH, WIDTH, CLIENTS)
    rng = random.Random(seed)
    mem = [0] * DEPTH
    got, want = [], []

    async def bench(ctx):
        for active, cycles in turns:
            ctx.set(dut.active, active)
            for _ in range(cycles):
                ops = []
                for c in range(len(CLIENTS)):
                    ra, wa, wd, we = (rng.randrange(DEPTH), rng.randrange(DEPTH), rng.randrange(1 << WIDTH),
                                      rng.random() < 0.5)
                    ctx.set(dut.read[c].addr, ra)
                    ctx.set(dut.write[c].addr, wa)
                    ctx.set(dut.write[c].data, wd)
                    ctx.set(dut.write[c].en, we)
                    ops.append((ra, wa, wd, we))
                ra, wa, wd, we = ops[active]
                await ctx.tick()
                if we:
                    mem[wa] = wd
                want.append(mem[ra])          # transparent: a same-cycle write is seen
                got.append([ctx.get(dut.read[c].data) for c in range(len(CLIENTS))])

    sim = Simulator(dut)
    sim.add_clock(1e-8)
    sim.add_testbench(bench)
    sim.run()
    return got, want


@settings(max_examples=examples(20))
@given(st.lists(st.tuples(st.integers(0, len(CLIENTS) - 1), st.integers(1, 8)), min_size=1, max_size=6),
       st.integers(0, 1000))
def test_the_active_client_owns_the_memory(turns, seed):
    got, want = run_pool(turns, seed)
    assert [g[0] for g in got] == want and all(len(set(g)) == 1 for g in got)   # every client sees the word


def test_pool_refuses_a_client_wider_than_its_words():
    with pytest.raises(ValueError, match=r"^a client's 9-bit word does not fit the pool's 8 bits$"):
        PotentialPool(4, 8, [8, 9])
