"""The neurons' threshold pass against its stated cost (``Neurons.pass_cycles``) and the
reference rule (``V + bias >= threshold`` spikes), on random potentials."""

from amaranth.sim import Simulator
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_profiles import examples

from hw.neurons import Neurons


def run_pass(words, lanes, bits, deltas, threshold):
    """Accumulate ``deltas`` (one list of ``lanes`` increments per word), fire, and return
    ``(spiking neuron indices, cycles from the cycle after fire to end accepted)``."""
    n = words * lanes
    dut = Neurons(words, lanes, bits, [0] * n, threshold, param_period=words)
    out = {}

    async def bench(ctx):
        for w, row in enumerate(deltas):
            packed = sum((d & ((1 << dut.width) - 1)) << (dut.width * l) for l, d in enumerate(row))
            ctx.set(dut.acc_valid, 1)
            ctx.set(dut.acc_addr, w)
            await ctx.tick()
            ctx.set(dut.acc_valid, 0)
            ctx.set(dut.acc_delta, packed)   # stage 1: the cycle after the address
            await ctx.tick()
            ctx.set(dut.acc_delta, 0)
        ctx.set(dut.spikes.ready, 1)
        ctx.set(dut.fire, 1)
        await ctx.tick()
        ctx.set(dut.fire, 0)
        spikes, cycles = [], 0
        while True:
            cycles += 1
            valid, end, addr = ctx.get(dut.spikes.valid), ctx.get(dut.spikes.payload.end), ctx.get(dut.spikes.payload.addr)
            await ctx.tick()
            if valid and end:
                break
            if valid:
                spikes.append(addr)
            assert cycles < 10 * (n + 4), "the pass never ended"
        out["spikes"], out["cycles"] = spikes, cycles

    sim = Simulator(dut)
    sim.add_clock(1e-8)
    sim.add_testbench(bench)
    sim.run()
    return out["spikes"], out["cycles"]


@settings(max_examples=examples(25), deadline=None)
@given(st.integers(1, 6).flatmap(lambda words: st.integers(1, 4).flatmap(lambda lanes: st.tuples(
    st.just(words), st.just(lanes),
    st.lists(st.lists(st.integers(-20, 20), min_size=lanes, max_size=lanes), min_size=words, max_size=words),
    st.lists(st.integers(-10, 10), min_size=words * lanes, max_size=words * lanes)))))
def test_pass_spikes_by_the_rule_in_the_cycles_it_states(case):
    words, lanes, deltas, threshold = case
    spikes, cycles = run_pass(words, lanes, 8, deltas, threshold)
    want = [w * lanes + l for w in range(words) for l in range(lanes) if deltas[w][l] >= threshold[w * lanes + l]]
    assert spikes == want
    assert cycles == Neurons.pass_cycles(words, len(want))
