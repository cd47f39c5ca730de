"""Mutants: plausible one-line bugs, each applied to a scratch copy of the repository, and
which checks catch it.

The clean copy runs first, through the same commands: ``python -m codegen build --board
sim --images 20`` must be bit-exact and every test the mutants name must be collected and
pass, or nothing is judged. Then each mutant runs through the build and its named tests,
and is

* **caught** when a named check fails on what it checks: the build's bit-exact comparison
  (its ``report.json`` counts an image that differs), or a named test failing on an
  assertion (pytest's JUnit XML: ``assert``, ``AssertionError``, ``pytest.raises`` that did
  not raise, or the cocotb bench's own record comparison or cycle limit);
* **survived** when everything passes;
* **inconclusive** otherwise: a crash (another exception), an error in collection or set-up,
  a missing tool, a timeout. Those are reported apart, never counted as catches.

The benchmark fails unless every mutant is caught. The list covers the RTL, the reference
model, the helpers both share, the packing of results and frames, the plan's event routing
and cycle model, the argmax, the S4 tables, the independent-lane core, the lane bench, the
record comparison, the link's store-range check, the ``'Z'`` frames' decoder and coder,
and the link's throughput model.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from toepcore import cli
from toepcore.errors import ToepcoreError

ROOT = Path(__file__).resolve().parents[1]
#: Seconds one command (the build, or one mutant's tests) may take before it is inconclusive.
TIMEOUT = 1800


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
           ("tests/hw/test_voter.py",)),
    Mutant("reference-ties", "the reference model's argmax breaks ties towards the highest class",
           "model/reference.py", "res = RunResult(counts=counts, predictions=counts.argmax(axis=1))",
           "res = RunResult(counts=counts, predictions=counts.shape[1] - 1 - counts[:, ::-1].argmax(axis=1))",
           ("tests/model/test_oracle.py",)),
    Mutant("s4-power", "the shared S4 helper applies a permutation once too often", "model/s4.py",
           "for _ in range(k % _order(p)):", "for _ in range((k + 1) % _order(p)):", ("tests/model/test_oracle.py",)),
    Mutant("s4-axes", "the S4 type of a tap takes sigma to the rows and tau to the columns", "model/s4.py",
           "p = compose(power(sigma, qx), ty)", "p = compose(power(sigma, qy), power(tau, qx))",
           ("tests/model/test_oracle.py",)),
    Mutant("tap-axes", "the generator core's tap address swaps the kernel's height and width",
           "hw/generator_core.py", "return (c * self.geo.kh + qy) * self.geo.kw + qx",
           "return (c * self.geo.kw + qy) * self.geo.kh + qx",
           ("tests/hw/test_core.py::test_non_square_kernels_through_both_datapaths",
            "tests/codegen/test_codegen.py::test_prove_weight_fetch_against_the_dense_crossbar")),
    Mutant("perm-order", "the generator core's composed permutations take sigma to the rows and tau to the "
           "columns", "model/families.py", "perms = [s4.compose(s4.power(layer.sigma, qx), s4.power(layer.tau, qy))",
           "perms = [s4.compose(s4.power(layer.sigma, qy), s4.power(layer.tau, qx))",
           ("tests/codegen/test_codegen.py::test_prove_weight_fetch_against_the_dense_crossbar",)),
    Mutant("threshold", "neurons fire above the threshold instead of at it", "hw/neurons.py",
           "m.d.comb += s.eq(uc >= t)", "m.d.comb += s.eq(uc > t)", ("tests/hw/test_core.py",)),
    Mutant("table-type", "the s4 table read at the lane group's word for another tap type", "hw/generator_core.py",
           "table_q = table_memory(m, typed_table_words(self.tables, L), Cat(t, g), L * TABLE_BITS)",
           "table_q = table_memory(m, typed_table_words(self.tables, L), Cat(t[::-1], g), L * TABLE_BITS)",
           ("tests/codegen/test_codegen.py", "tests/hw/test_core.py")),
    Mutant("leak", "the bias (leak) is left out of the feed-forward threshold", "hw/neurons.py",
           'thr_q = param_memory("thresholds", packed([t - b for t, b in zip(self.threshold, self.bias)], TB), TB)',
           'thr_q = param_memory("thresholds", packed(list(self.threshold), TB), TB)', ("tests/hw/test_core.py",)),
    Mutant("encoder", "the encoder's planes fire above their thresholds instead of at them", "hw/encoder.py",
           "hits = Cat(*[self.pixels.payload >= words[9 * i:9 * (i + 1)] for i in range(planes)])",
           "hits = Cat(*[self.pixels.payload > words[9 * i:9 * (i + 1)] for i in range(planes)])",
           ("tests/hw/test_encoder.py",)),
    Mutant("reference-padding", "the reference model pads with ones instead of zeros", "model/reference.py",
           "x = np.pad(x, ((0, 0), (0, 0), (py, py), (px, px)))",
           "x = np.pad(x, ((0, 0), (0, 0), (py, py), (px, px)), constant_values=1)",
           ("tests/model/test_oracle.py",)),
    Mutant("route-range", "the router stops one producer segment short of a step's patch",
           "codegen/planner/schedule.py",
           "scan_lo, scan_hi = lo - 1, hi", "scan_lo, scan_hi = lo - 1, hi - 1", ("tests/codegen/test_planner.py",)),
    Mutant("spike-counter", "the array counts a spike only every other time", "hw/array.py",
           "m.d.sync += spikes.eq(spikes + 1)", "m.d.sync += spikes.eq(spikes + spikes[0])",
           ("tests/codegen/test_codegen.py::test_native_verilator_driver_is_bit_exact_on_mnist",)),
    Mutant("count-offset", "the result decoder reads every class count one bit off", "codegen/emit.py",
           'fields.update({f"count{k}": (field.offset + k * w, w) for k in range(array.network.n_classes)})',
           'fields.update({f"count{k}": (field.offset + k * w + 1, w) for k in range(array.network.n_classes)})',
           ("tests/codegen/test_codegen.py::test_native_verilator_driver_is_bit_exact_on_mnist",)),
    Mutant("record-order", "the host decodes a result's counters in reverse order", "toepcore/protocol.py",
           "return {\"cls\": data[1], \"counts\": counts, **dict(zip(COUNTERS, ctr))}",
           "return {\"cls\": data[1], \"counts\": counts, **dict(zip(COUNTERS[::-1], ctr))}",
           ("tests/boards/test_boards.py::test_host_client_checks_images_through_a_simulated_port",)),
    Mutant("pack-order", "the host packs levels most significant bit first", "toepcore/protocol.py",
           'return np.packbits(stream, bitorder="little").tobytes()', 'return np.packbits(stream, bitorder="big").tobytes()',
           ("tests/boards/test_boards.py::test_packed_frames_carry_exactly_the_encoder_levels",)),
    Mutant("level-table", "the board feeds levels to the encoder instead of their pixel values",
           "hw/frame_buffers.py", "self.pixels.payload.eq(table[ch][rd.data])", "self.pixels.payload.eq(rd.data)",
           ("tests/hw/test_frame_buffers.py",)),
    Mutant("lane-transparent", "an independent lane's potential read does not see the write of the cycle before",
           "hw/lane_core.py", "rd = pm.read_port(transparent_for=(wr,))", "rd = pm.read_port()",
           ("tests/hw/test_lane_core.py",)),
    Mutant("lane-room", "a spike is offered to independent lanes whose queues are full", "hw/lane_core.py",
           "m.d.comb += room.eq(Cat(q.w_rdy | ~w.any() for q, w in zip(lanes, works)).all())",
           "m.d.comb += room.eq(1)", ("tests/hw/test_lane_core.py",)),
    Mutant("reach-stride", "a tap reaches an output between strides (the lane bench and the independent-lane "
           "core)", "toepcore/ir/geometry.py", "return (d % stride == 0) & (d >= 0) & (d // stride < out)",
           "return (d >= 0) & (d // stride < out)",
           ("tests/bench/test_bench.py::test_lane_visits_equal_a_walk_over_every_spike", "tests/hw/test_lane_core.py")),
    Mutant("fingerprint", "the network fingerprint hashes the wrong bytes of the digest", "toepcore/protocol.py",
           'hashlib.sha256(network.to_bytes()).digest()[:4]', 'hashlib.sha256(network.to_bytes()).digest()[1:5]',
           ("tests/boards/test_boards.py::test_fingerprint_is_the_files_hash",)),
    Mutant("record-digest", "the record comparison leaves out the per-layer digests", "codegen/check.py",
           'CHECKED = RECORD_CHECKED + ("layer_spikes", "layer_digests")', 'CHECKED = RECORD_CHECKED + ("layer_spikes",)',
           ("tests/codegen/test_codegen.py::test_records_are_compared_field_by_field",)),
    Mutant("plan-scan", "the planner's cycle model forgets the events the router scans",
           "codegen/planner/cycles.py",
           "route = 3 + scanned + int(np.sum(np.maximum(per_event - 1, 0)))",
           "route = 3 + int(np.sum(np.maximum(per_event - 1, 0)))",
           ("tests/codegen/test_planner.py::test_expected_cycles_follow_the_rtl",)),
    Mutant("store-range", "the board accepts a generator-store write one word past the store's end",
           "hw/command_receiver.py", "with m.Elif(waddr + n > self.store_words):",
           "with m.Elif(waddr + n > self.store_words + 1):",
           ("tests/boards/test_boards.py::test_simulated_board_behind_a_pty",)),
    Mutant("z-reserved", "the board's 'Z' decoder ignores a token's reserved bits", "hw/run_length.py",
           "ok = (token[5:7] == 0) & Mux(token[7], literal_ok, zero_ok)", "ok = Mux(token[7], literal_ok, zero_ok)",
           ("tests/hw/test_run_length.py", "tests/boards/test_boards.py::test_simulated_board_behind_a_pty")),
    Mutant("z-literal", "the board's 'Z' decoder places a literal's byte one bit low", "hw/run_length.py",
           "m.d.sync += acc.eq(Cat(acc[:k], token))", "m.d.sync += acc.eq(Cat(acc[:k], token[1:], token[0]))",
           ("tests/hw/test_run_length.py", "tests/boards/test_boards.py::test_simulated_board_behind_a_pty")),
    Mutant("z-cost", "the host's frame coder forgets a literal's token byte", "toepcore/protocol.py",
           "literal = [1 + _literal_bytes(k, bits) for k in range(RUN_MAX + 1)]",
           "literal = [_literal_bytes(k, bits) for k in range(RUN_MAX + 1)]",
           ("tests/boards/test_frames.py",)),
    Mutant("link-window", "the link model lets three frames share the wait for an answer, not two", "codegen/wire.py",
           "((frame_in + array_s + answer_out) / 2, \"window\")", "((frame_in + array_s + answer_out) / 3, \"window\")",
           ("tests/boards/test_boards.py::test_link_figures_say_which_side_limits",)),
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


# What a failing check says: a plain or messaged assert, pytest.raises that did not raise, and
# the cocotb bench's own assertions (its record comparison and its cycle limit) carried by
# SimulationFailed.
_ASSERTION = re.compile(r"^(assert\b|AssertionError\b|Failed: DID NOT RAISE\b|"
                        r"(codegen\.simulate\.)?SimulationFailed: testbench failed .*: "
                        r"(the RTL differs from the reference model|image \d+: no result within))", re.S)


def is_assertion(message):
    """Whether a JUnit ``<failure>`` message is a check failing on what it checks (not a crash)."""
    return bool(_ASSERTION.match(message or ""))


@dataclass
class TestRun:
    """One pytest run as its JUnit XML tells it: every test case's id and outcome
    (``pass``, ``skip``, ``assert``: failed on an assertion, ``crash``: failed on another
    exception, ``error``: failed in set-up or collection) with the message."""
    __test__ = False   # a result holder, not a pytest test class
    returncode: int
    cases: dict = field(default_factory=dict)
    timed_out: bool = False

    def ids(self, outcome):
        return [k for k, (o, _) in self.cases.items() if o == outcome]


def read_junit(path):
    """``{test id: (outcome, message)}`` from pytest's ``--junitxml`` file; the id is
    ``path/to/test_file.py::name`` (parameters kept). Collection errors have the name
    of the file."""
    cases = {}
    for tc in ET.parse(path).getroot().iter("testcase"):
        module, name = tc.get("classname", ""), tc.get("name", "")
        parts = module.split(".")
        # a test class adds itself to the classname: tests.test_x.TestY
        split = next((i for i in range(len(parts), 0, -1) if parts[i - 1].startswith("test")), len(parts))
        tid = "/".join(parts[:split]) + ".py" + "".join(f"::{p}" for p in parts[split:]) + (f"::{name}" if name else "")
        outcome, message = "pass", ""
        for child in tc:
            if child.tag == "failure":
                message = child.get("message") or (child.text or "")
                outcome = "assert" if is_assertion(message) else "crash"
            elif child.tag == "error":
                outcome, message = "error", child.get("message") or (child.text or "")
            elif child.tag == "skipped":
                outcome, message = "skip", child.get("message") or ""
        cases[tid] = (outcome, message.strip().splitlines()[0] if message.strip() else "")
    return cases


def run_tests(ids, cwd, env, junit, timeout=TIMEOUT):
    """Run pytest on ``ids`` in ``cwd``; the :class:`TestRun`."""
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={junit}", *ids]
    Path(junit).unlink(missing_ok=True)
    try:
        r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return TestRun(-1, timed_out=True)
    return TestRun(r.returncode, read_junit(junit) if Path(junit).exists() else {})


def covered(tid, cases):
    """The collected cases a named test id (a file, or ``file::name``) stands for."""
    return [k for k in cases if k == tid or k.startswith(tid + "::") or k.startswith(tid + "[")]


def judge_tests(run, ids):
    """``(verdict, checks, note)`` of a mutant's test run: ``caught`` with the tests that
    failed on an assertion, ``survived`` when every named test passed, else
    ``inconclusive`` with why."""
    if run.timed_out:
        return "inconclusive", [], f"the tests took over {TIMEOUT} s"
    asserted = run.ids("assert")
    if asserted:
        return "caught", asserted, ""
    bad = [(k, o, m) for k, (o, m) in run.cases.items() if o in ("crash", "error")]
    if bad:
        k, o, m = bad[0]
        return "inconclusive", [], f"{k}: {'crashed' if o == 'crash' else 'error'}: {m}"
    missing = [t for t in ids if not covered(t, run.cases)]
    if run.returncode != 0 or missing:
        return "inconclusive", [], (f"pytest exit status {run.returncode}" +
                                    (f"; not collected: {', '.join(missing)}" if missing else ""))
    return "survived", [], ""


def run_build(cwd, env, out, timeout=TIMEOUT):
    """``(verdict, note)`` of ``codegen build --board sim --images 20`` in ``cwd``:
    ``pass``, ``caught`` (its report counts an image that differs from the reference model),
    or ``inconclusive`` (any other failure, or a timeout)."""
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "codegen", "build", "--board", "sim", "--images", "20", "--quiet", "--out", str(out)]
    try:
        r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "inconclusive", f"the build took over {timeout} s"
    report = Path(out) / "report.json"
    if report.exists():
        rep = json.loads(report.read_text())
        if rep["bit_exact_images"] < rep["images"] or not rep.get("accuracy_rtl_equals_reference", True):
            return "caught", f"{rep['bit_exact_images']} of {rep['images']} images bit-exact"
    if r.returncode == 0:
        return "pass", ""
    last = (r.stderr.strip().splitlines() or ["no message"])[-1]
    return "inconclusive", f"the build failed without a bit-exact report: {last}"


def _baseline(chosen, scratch, env, tmp):
    """Run the clean copy through the build and every named test; raise unless all pass."""
    build, note = run_build(scratch, env, Path(tmp) / "build")
    if build != "pass":
        raise ToepcoreError(f"the clean code fails the build's check ({note or build}): mutants cannot be judged")
    ids = sorted({t for m in chosen for t in m.tests})
    run = run_tests(ids, scratch, env, Path(tmp) / "baseline.xml")
    if run.timed_out:
        raise ToepcoreError(f"the clean code's tests took over {TIMEOUT} s: mutants cannot be judged")
    missing = [f"{t} (named by {', '.join(m.name for m in chosen if t in m.tests)})" for t in ids
               if not covered(t, run.cases)]
    if missing:
        raise ToepcoreError(f"named test(s) not collected in the clean copy: {'; '.join(missing)}")
    bad = [f"{k}: {o} {m}".strip() for k, (o, m) in run.cases.items() if o != "pass"]
    if bad or run.returncode != 0:
        raise ToepcoreError(f"the clean code does not pass the named tests ({'; '.join(bad[:3]) or f'exit status {run.returncode}'}): "
                            "mutants cannot be judged")
    return len(run.cases)


HELP = ("plausible one-line bugs on a scratch copy: which checks catch each (fails when one is not caught)")


def add_arguments(p):
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.add_argument("--only", metavar="NAME,..", help="run only these mutants (default: all)")


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
        with cli.stage("the clean copy: the build and every named test"):
            n_clean = _baseline(chosen, scratch, env, tmp)
        for m in cli.progress(chosen, desc="mutants", unit="mutant", leave=True):
            target = scratch / m.path
            original = target.read_text()
            target.write_text(original.replace(m.old, m.new))
            try:
                build, build_note = run_build(scratch, env, Path(tmp) / "build")
                tests = run_tests(m.tests, scratch, env, Path(tmp) / f"{m.name}.xml") if m.tests else None
            finally:
                target.write_text(original)
            t_verdict, t_checks, t_note = judge_tests(tests, m.tests) if tests else ("-", [], "")
            checks = (["codegen build (bit-exact)"] if build == "caught" else []) + t_checks
            verdict = ("caught" if checks else
                       "inconclusive" if "inconclusive" in (build, t_verdict) else "survived")
            rows.append({"mutant": m.name, "what": m.what, "file": m.path, "codegen_build": build,
                         "tests": t_verdict, "verdict": verdict, "failed_checks": ", ".join(checks) or "-",
                         "note": "; ".join(n for n in (build_note if build == "inconclusive" else "", t_note) if n)})
    counts = {v: sum(r["verdict"] == v for r in rows) for v in ("caught", "survived", "inconclusive")}
    extra = {"total": len(rows), **counts, "clean_tests_passed": n_clean}
    if counts["caught"] < len(rows):
        extra["error"] = "; ".join(f"{v}: " + ", ".join(r["mutant"] for r in rows if r["verdict"] == v)
                                   for v in ("survived", "inconclusive") if counts[v])
    title = (f"{len(rows)} mutants on a scratch copy whose clean run passes (the build bit-exact, {n_clean} named "
             "tests); each through python -m codegen build --board sim --images 20 and its named tests")
    return title, rows, extra
