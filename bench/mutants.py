"""Mutants: plausible one-line bugs, each applied to a scratch copy of the repository, and
which checks catch it.

Each mutant is run through ``python -m codegen build --board sim --images 20`` (the main
job's own bit-exact check) and through the tests named for it (a failing test catches it).
A mutant no check catches is a hole in the verification; the benchmark fails when there is
one. The list covers the RTL, the reference model, the helpers both share, the packing of
results and frames, the plan's event routing, the argmax, the S4 tables, the
independent-lane core and the lane bench.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from toepcore import cli
from toepcore.errors import ToepcoreError

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Mutant:
    name: str
    what: str
    path: str
    old: str
    new: str
    tests: tuple = ()


MUTANTS = (
    Mutant("voter-ties", "the RTL's argmax breaks ties towards the highest class", "hw/voter.py",
           "((new_cnt == best_cnt) & (k < self.leader))", "((new_cnt == best_cnt) & (k > self.leader))",
           ("tests/test_hw_voter.py",)),
    Mutant("reference-ties", "the reference model's argmax breaks ties towards the highest class",
           "model/reference.py", "res = RunResult(counts=counts, predictions=counts.argmax(axis=1))",
           "res = RunResult(counts=counts, predictions=counts.shape[1] - 1 - counts[:, ::-1].argmax(axis=1))",
           ("tests/test_oracle.py",)),
    Mutant("s4-power", "the shared S4 helper applies a permutation once too often", "model/s4.py",
           "for _ in range(k % _order(p)):", "for _ in range((k + 1) % _order(p)):", ("tests/test_oracle.py",)),
    Mutant("s4-axes", "the S4 type of a tap takes tau to the column instead of the row", "model/s4.py",
           "ty = power(tau, qy)", "ty = power(tau, qx)", ("tests/test_oracle.py",)),
    Mutant("tap-axes", "the generator core's tap address swaps the kernel's height and width",
           "hw/generator_core.py", "return (c * self.geo.kh + qy) * self.geo.kw + qx",
           "return (c * self.geo.kw + qy) * self.geo.kh + qx",
           ("tests/test_hw_core.py::test_non_square_kernels_through_both_datapaths",
            "tests/test_codegen.py::test_prove_weight_fetch_against_the_dense_crossbar")),
    Mutant("perm-order", "the generator core's composed permutations take sigma to the rows and tau to the "
           "columns", "hw/config.py", "perms = [s4.compose(s4.power(layer.sigma, qx), s4.power(layer.tau, qy))",
           "perms = [s4.compose(s4.power(layer.sigma, qy), s4.power(layer.tau, qx))",
           ("tests/test_codegen.py::test_prove_weight_fetch_against_the_dense_crossbar",)),
    Mutant("threshold", "neurons fire above the threshold instead of at it", "hw/neurons.py",
           "m.d.comb += s.eq(uc >= t)", "m.d.comb += s.eq(uc > t)", ("tests/test_hw_core.py",)),
    Mutant("table-type", "the s4 table read at the lane group's word for another tap type", "hw/generator_core.py",
           "table_q = table_memory(m, typed_table_words(self.tables, L), Cat(t, g), L * 9)",
           "table_q = table_memory(m, typed_table_words(self.tables, L), Cat(t[::-1], g), L * 9)",
           ("tests/test_codegen.py", "tests/test_hw_core.py")),
    Mutant("leak", "the bias (leak) is left out of the feed-forward threshold", "hw/neurons.py",
           'thr_q = param_memory("thresholds", packed([t - b for t, b in zip(self.threshold, self.bias)], TB), TB)',
           'thr_q = param_memory("thresholds", packed(list(self.threshold), TB), TB)', ("tests/test_hw_core.py",)),
    Mutant("encoder", "the encoder's planes fire above their thresholds instead of at them", "hw/encoder.py",
           "hits = Cat(*[self.pixels.payload >= words[9 * i:9 * (i + 1)] for i in range(planes)])",
           "hits = Cat(*[self.pixels.payload > words[9 * i:9 * (i + 1)] for i in range(planes)])",
           ("tests/test_hw_encoder.py",)),
    Mutant("reference-padding", "the reference model pads only the rows", "model/reference.py",
           "x = np.pad(x, ((0, 0), (0, 0), (py, py), (px, px)))", "x = np.pad(x, ((0, 0), (0, 0), (py, py), (0, 0)))",
           ("tests/test_oracle.py",)),
    Mutant("route-range", "the router stops one producer segment short of a step's patch", "codegen/plan.py",
           "scan_lo, scan_hi = lo - 1, hi", "scan_lo, scan_hi = lo - 1, hi - 1", ("tests/test_plan.py",)),
    Mutant("spike-counter", "the array counts a spike only every other time", "hw/array.py",
           "m.d.sync += spikes.eq(spikes + 1)", "m.d.sync += spikes.eq(spikes + spikes[0])",
           ("tests/test_codegen.py::test_native_verilator_driver_is_bit_exact_on_mnist",)),
    Mutant("count-offset", "the result decoder reads every class count one bit off", "codegen/emit.py",
           'fields.update({f"count{k}": (field.offset + k * w, w) for k in range(array.network.n_classes)})',
           'fields.update({f"count{k}": (field.offset + k * w + 1, w) for k in range(array.network.n_classes)})',
           ("tests/test_codegen.py::test_native_verilator_driver_is_bit_exact_on_mnist",)),
    Mutant("record-order", "the host decodes a result's counters in reverse order", "toepcore/protocol.py",
           "return {\"cls\": data[1], \"counts\": counts, **dict(zip(COUNTERS, ctr))}",
           "return {\"cls\": data[1], \"counts\": counts, **dict(zip(COUNTERS[::-1], ctr))}",
           ("tests/test_boards.py::test_host_client_checks_images_through_a_simulated_port",)),
    Mutant("pack-order", "the host packs levels most significant bit first", "toepcore/protocol.py",
           'return np.packbits(stream, bitorder="little").tobytes()', 'return np.packbits(stream, bitorder="big").tobytes()',
           ("tests/test_boards.py::test_packed_frames_carry_exactly_the_encoder_levels",)),
    Mutant("level-table", "the board feeds levels to the encoder instead of their pixel values",
           "hw/frame_buffers.py", "self.pixels.payload.eq(table[ch][rd.data])", "self.pixels.payload.eq(rd.data)",
           ("tests/test_hw_frame_buffers.py",)),
    Mutant("lane-transparent", "an independent lane's potential read does not see the write of the cycle before",
           "hw/lane_core.py", "rd = pm.read_port(transparent_for=(wr,))", "rd = pm.read_port()",
           ("tests/test_hw_lane_core.py",)),
    Mutant("lane-room", "a spike is offered to independent lanes whose queues are full", "hw/lane_core.py",
           "m.d.comb += room.eq(Cat(q.w_rdy | ~w.any() for q, w in zip(lanes, works)).all())",
           "m.d.comb += room.eq(1)", ("tests/test_hw_lane_core.py",)),
    Mutant("reach-stride", "a tap reaches an output between strides (the lane bench and the independent-lane "
           "core)", "hw/config.py", "return (d % stride == 0) & (d >= 0) & (d // stride < out)",
           "return (d >= 0) & (d // stride < out)",
           ("tests/test_bench.py::test_lane_visits_equal_a_walk_over_every_spike", "tests/test_hw_lane_core.py")),
    Mutant("fingerprint", "the network fingerprint hashes the wrong bytes of the digest", "toepcore/protocol.py",
           'hashlib.sha256(network.to_bytes()).digest()[:4]', 'hashlib.sha256(network.to_bytes()).digest()[1:5]',
           ("tests/test_boards.py::test_fingerprint_is_the_files_hash",)),
)


def check_mutants(root=ROOT):
    """Raise :class:`ToepcoreError` naming any mutant whose line is no longer in the code
    exactly once (the list has gone stale)."""
    stale = [f"{m.name} ({m.path}: {(root / m.path).read_text().count(m.old)} matches)" for m in MUTANTS
             if (root / m.path).read_text().count(m.old) != 1]
    if stale:
        raise ToepcoreError(f"mutant line(s) not found exactly once: {', '.join(stale)}")


def copy_tracked_files(dst):
    """Copy the files git tracks in this checkout into ``dst`` (a fresh copy of the repository)."""
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    for name in files:
        src = ROOT / name
        if src.is_file():
            (dst / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst / name)   # modes too: scripts stay executable


def _run(cmd, cwd, env, timeout):
    try:
        r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "hang"
    return "pass" if r.returncode == 0 else "fail"


def run(args):
    check_mutants()
    chosen = [m for m in MUTANTS if not args.only or m.name in args.only.split(",")]
    if not chosen:
        raise ToepcoreError(f"--only matches no mutant; known: {', '.join(m.name for m in MUTANTS)}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="toepcore-mutants-") as tmp:
        scratch = Path(tmp) / "toepcore"
        copy_tracked_files(scratch)
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
        env["PYTHONPATH"] = str(scratch)   # the scratch copy's code, not the installed one
        for m in cli.progress(chosen, desc="mutants", unit="mutant", leave=True):
            target = scratch / m.path
            original = target.read_text()
            target.write_text(original.replace(m.old, m.new))
            try:
                build = _run([sys.executable, "-m", "codegen", "build", "--board", "sim", "--images", "20", "--quiet",
                              "--out", str(Path(tmp) / "build")], scratch, env, 1800)
                tests = _run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *m.tests],
                             scratch, env, 1800) if m.tests else "-"
            finally:
                target.write_text(original)
            caught = [c for c, r in (("codegen build", build), ("tests", tests)) if r in ("fail", "hang")]
            rows.append({"mutant": m.name, "what": m.what, "file": m.path, "codegen_build": build,
                         "tests": tests, "caught_by": ", ".join(caught) or "NOTHING"})
    caught = sum(r["caught_by"] != "NOTHING" for r in rows)
    extra = {"total": len(rows), "caught": caught}
    if caught < len(rows):
        extra["error"] = "uncaught mutant(s): " + ", ".join(r["mutant"] for r in rows if r["caught_by"] == "NOTHING")
    title = (f"{len(rows)} mutants on a scratch copy, each through python -m codegen build --board sim --images 20 "
             f"('fail' = the build's bit-exact check caught it) and its tests")
    return title, rows, extra
