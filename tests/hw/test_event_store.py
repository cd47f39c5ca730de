"""The event store against a Python model of two bucketed lists, on random sequences of
appends, segment ends, reads, frees and clears."""

from amaranth.sim import Simulator
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_profiles import examples

from hw.event_store import EventStore

DEPTHS, SEGMENTS, WIDTH = (12, 7), 5, 6


def _ops():
    """Rounds as the array runs them: a layer's spikes appended to the write list with
    its segment ends, then the lists swap and the whole read list (events and ends) is
    read back; the list just read is sometimes freed, and sometimes both are cleared."""
    writes = st.lists(st.one_of(st.tuples(st.just("append"), st.integers(0, 2 ** WIDTH - 1)),
                                st.tuples(st.just("close"), st.integers(0, SEGMENTS - 1))), max_size=20)
    after = st.sampled_from([[], [("free", 0)], [("clear", 0)]])
    rnd = st.tuples(writes, after).map(
        lambda r: r[0] + [("flip", 0)] + [("end", s) for s in range(SEGMENTS)]
        + [("read", a) for a in range(max(DEPTHS))] + r[1])
    return st.lists(rnd, min_size=1, max_size=4).map(lambda rs: [op for r in rs for op in r])


def run_store(ops):
    """Apply ``ops`` one per cycle; returns the words each read returned, and what the
    model says they hold."""
    dut = EventStore(DEPTHS, SEGMENTS, WIDTH)
    mem = [[0] * (d + SEGMENTS) for d in DEPTHS]
    count, rsel = [0, 0], 0
    got, want = [], []

    async def bench(ctx):
        nonlocal rsel
        ctx.set(dut.wsel, 1)
        for op, v in ops:
            w = 1 - rsel
            for sig in (dut.append.valid, dut.close, dut.free, dut.clear, dut.ends.en):
                ctx.set(sig, 0)
            if op == "append":
                if count[w] == DEPTHS[w]:
                    continue            # a full list takes no more (the plan sizes lists for every input)
                ctx.set(dut.append.payload, v)
                ctx.set(dut.append.valid, 1)
                mem[w][count[w]] = v
                count[w] += 1
            elif op == "close":
                ctx.set(dut.segment, v)
                ctx.set(dut.close, 1)
                mem[w][DEPTHS[w] + v] = count[w]
            elif op == "free":
                ctx.set(dut.free, 1)
                count[rsel] = 0
            elif op == "clear":
                ctx.set(dut.clear, 1)
                count[:] = [0, 0]
            elif op == "flip":
                rsel = 1 - rsel
                ctx.set(dut.rsel, rsel)
                ctx.set(dut.wsel, 1 - rsel)
            elif op == "read":
                v %= DEPTHS[rsel]
                ctx.set(dut.events.addr, v)
                want.append(mem[rsel][v])
            else:
                ctx.set(dut.ends.addr, v)
                ctx.set(dut.ends.en, 1)
                want.append(mem[rsel][DEPTHS[rsel] + v])
            await ctx.tick()
            if op in ("read", "end"):
                got.append((ctx.get(dut.events.data), ctx.get(dut.ends.data)))

    sim = Simulator(dut)
    sim.add_clock(1e-8)
    sim.add_testbench(bench)
    sim.run()
    return got, want


@settings(max_examples=examples(30))
@given(_ops())
def test_store_matches_two_bucketed_lists(ops):
    got, want = run_store(ops)
    assert [g[0] for g in got] == want and [g[1] for g in got] == want


def test_store_reads_back_a_layer_of_segments():
    """The array's use: list 0 written (three segments), then read back with its ends."""
    ops = ([("flip", 0)] + [("append", v) for v in (3, 4)] + [("close", 0)] + [("close", 1)]
           + [("append", 5)] + [("close", 2)] + [("flip", 0)]
           + [("end", 0), ("end", 1), ("end", 2)] + [("read", a) for a in range(3)])
    got, want = run_store(ops)
    assert want == [2, 2, 3, 3, 4, 5] and [g[0] for g in got] == want


def test_store_refuses_words_too_narrow_for_a_segment_end():
    import pytest
    with pytest.raises(ValueError, match=r"^3-bit words cannot hold a segment end up to 12$"):
        EventStore((12, 4), 3, 3)


def test_a_list_is_read_while_it_is_appended():
    """A pipelined step's router chases the collector in one list: ``fill`` counts an
    append from the next cycle, when the event reads back; the other list is untouched
    and ``free`` empties the list not written."""
    dut = EventStore(DEPTHS, SEGMENTS, WIDTH)

    async def bench(ctx):
        ctx.set(dut.ends.en, 0)               # reads are of events
        ctx.set(dut.rsel, 1)
        for v in (9, 8):                       # list 1 holds two events
            ctx.set(dut.wsel, 1)
            ctx.set(dut.append.payload, v)
            ctx.set(dut.append.valid, 1)
            await ctx.tick()
        ctx.set(dut.append.valid, 0)
        ctx.set(dut.rsel, 0)
        ctx.set(dut.wsel, 0)                  # read and write list 0
        seen = []
        for i, v in enumerate((5, 6, 7)):
            assert ctx.get(dut.fill) == i
            ctx.set(dut.append.payload, v)
            ctx.set(dut.append.valid, 1)
            await ctx.tick()
            ctx.set(dut.append.valid, 0)
            assert ctx.get(dut.fill) == i + 1
            ctx.set(dut.events.addr, i)      # the event appended last cycle
            await ctx.tick()
            seen.append(ctx.get(dut.events.data))
        assert seen == [5, 6, 7]
        ctx.set(dut.free, 1)                  # empties list 1, the list not written
        await ctx.tick()
        ctx.set(dut.free, 0)
        assert ctx.get(dut.fill) == 3
        ctx.set(dut.rsel, 1)
        assert ctx.get(dut.fill) == 0

    sim = Simulator(dut)
    sim.add_clock(1e-8)
    sim.add_testbench(bench)
    sim.run()
