"""What a newcomer meets: every bad input answered with one line and status 1 (130 for
Ctrl-C, 143 for SIGTERM), temporary work cleaned up, and the README's first-hour commands
working verbatim on a fresh copy of the repository (``make test-long``)."""

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(module):
    return __import__(f"{module}.__main__", fromlist=["main"]).main


def _refusal(module, args):
    """Run ``python -m module args`` in-process; return its one-line error message."""
    with pytest.raises(SystemExit) as e:
        _tool(module)(args)
    message = e.value.code
    assert isinstance(message, str), f"exit status {message!r}, expected a message (status 1)"
    assert message.startswith("error: ") and "\n" not in message, message
    return message


def _cases(tmp):
    a_file = tmp / "a-file"
    a_file.write_text("not a folder")
    return [
        ("model", ["eval", "--images", "0"], r"--images: must be at least 1, got 0"),
        ("model", ["eval", "--images", "-3"], r"--images: must be at least 1, got -3"),
        ("model", ["eval", "--images", "ten"], r"--images: expected an integer, got 'ten'"),
        ("model", ["eval", "--network", str(tmp)], r"--network: .* is a directory, not a network file"),
        ("model", ["train", "--family", "s4", "--out", str(a_file)], r"--out: .*a-file exists and is not a directory"),
        ("model", ["train", "--family", "s4", "--out", str(a_file / "run")],
         r"--out: cannot create .*a-file/run: .*a-file is a file, not a directory"),
        ("model", ["train", "--family", "s4", "--epochs", "0", "--out", str(tmp / "r")],
         r"--epochs: must be between 1 and 1,000, got 0"),
        ("model", ["train", "--family", "s4", "--threads", "0", "--out", str(tmp / "r")],
         r"--threads: must be between 1 and 256, got 0"),
        ("model", ["train", "--family", "s4", "--train-images", "0", "--out", str(tmp / "r")],
         r"--train-images: must be at least 1, got 0"),
        ("model", ["train", "--family", "s4", "--train-images", "60000", "--quiet", "--out", str(tmp / "r")],
         r"--train-images 60,000: mnist has only 55,000 training images after the 5,000 held out for validation"),
        ("model", ["train", "--family", "s4", "--quiet", "--out", "/proc/toepcore-test/run"],
         r"--out /proc/toepcore-test/run: cannot create it"),
        ("codegen", ["build", "--images", "20000"], r"--images 20,000: the data directory \(.*mnist\) holds only "
                                                    r"10,000 test images"),
        ("codegen", ["build", "--images", "0"], r"--images: must be at least 1, got 0"),
        ("codegen", ["build", "--network", str(tmp)], r"--network: .* is a directory, not a network file"),
        ("codegen", ["build", "--out", str(a_file)], r"--out: .*a-file exists and is not a directory"),
        ("codegen", ["build", "--out", str(a_file / "x")], r"--out: cannot create .*: .*a-file is a file"),
        ("codegen", ["build", "--quiet", "--out", "/proc/toepcore-test/build"],
         r"--out /proc/toepcore-test/build: cannot create it"),
        ("codegen", ["build", "--clock-mhz", "0"], r"--clock-mhz: must be between 1 and 400, got 0"),
        ("codegen", ["run", "--board", "icebreaker", "--port", "/dev/null", "--baud", "0"],
         r"--baud: must be between 300 and 12,000,000, got 0"),
        ("codegen", ["run", "--board", "icebreaker", "--port", "/dev/null", "--timeout", "-1"],
         r"--timeout: must be between 0.01 and 600, got -1"),
        ("codegen", ["run", "--board", "ulx3s"], r"--port is required \(or --simulate for a simulated board\)"),
        ("codegen", ["run", "--board", "ulx3s", "--simulate", "--port", "/dev/ttyUSB1"],
         r"--port and --simulate exclude each other"),
        ("bench", ["cycles", "--images", "0"], r"--images: must be between 1 and 10,000, got 0"),
        ("bench", ["cycles", "--images", "-3"], r"--images: must be between 1 and 10,000, got -3"),
        ("bench", ["cycles", "--boards", "sim,de10"], r"--boards: unknown board\(s\) de10; known: sim, icebreaker"),
        ("bench", ["sim", "--images", "0"], r"--images: must be between 1 and 10,000, got 0"),
        ("bench", ["sim", "--network", str(tmp)], r"--network: .* is a directory, not a network file"),
        ("bench", ["sim", "--out", str(a_file)], r"--out: .*a-file exists and is not a directory"),
        ("bench", ["reference", "--repeats", "0"], r"--repeats: must be between 1 and 100, got 0"),
        ("bench", ["cores", "--lanes", "100"], r"--lanes: must be between 1 and 64, got 100"),
    ]


def test_every_bad_input_is_one_line_naming_the_option(tmp_path):
    for module, args, pattern in _cases(tmp_path):
        message = _refusal(module, args)
        assert re.search(pattern, message), f"python -m {module} {' '.join(args)}: {message}"
        if "--" in pattern and "argument" in message:
            assert "--help" in message   # says where the allowed values are explained


def test_data_errors_come_before_any_verilog(tmp_path):
    message = _refusal("codegen", ["build", "--quiet", "--data-dir", str(tmp_path / "nowhere"), "--out",
                                   str(tmp_path / "out")])
    assert re.search(r"mnist: missing .* in .*nowhere/mnist \(from --data-dir\)", message), message
    assert not (tmp_path / "out" / "toepcore_top.v").exists()


def _wait_for(predicate, proc, seconds=120):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return
        if proc.poll() is not None:
            pytest.fail(f"the command ended ({proc.returncode}) first: {proc.stderr.read()}")
        time.sleep(0.2)
    pytest.fail("timed out waiting for the command to start its work")


@pytest.mark.parametrize("sig, status, message", [(signal.SIGINT, 130, "interrupted (Ctrl-C); temporary files removed"),
                                                  (signal.SIGTERM, 143, "terminated; temporary files removed")])
def test_a_signal_ends_a_long_run_cleanly(tmp_path, sig, status, message):
    """``bench cycles`` stopped while it compiles: one line, the status, its temporary
    folder (in the system temp dir, never the working tree) removed."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = dict(os.environ, TMPDIR=str(temp), PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "bench", "cycles", "--boards", "sim", "--images", "5", "--no-fpga",
                             "--quiet"], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    _wait_for(lambda: any(temp.glob("toepcore-cycles-*/sim/native")), proc)
    proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("the command did not stop")
    assert proc.returncode == status, err
    assert err.strip().splitlines()[-1] == message and "Traceback" not in err, err
    assert not list(temp.iterdir()), list(temp.iterdir())
    assert not [p.name for p in tmp_path.iterdir() if p.name != "tmp"]   # nothing in the working tree


def test_a_refusal_is_status_1_without_traceback():
    r = subprocess.run([sys.executable, "-m", "codegen", "build", "--images", "0"], capture_output=True, text=True,
                       cwd=ROOT)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.strip().splitlines() == ["error: python -m codegen build: argument --images: must be at least 1, "
                                             "got 0 (see python -m codegen build --help)"]


def _first_hour_block():
    """The README's first-hour commands: the sh block after the 'first-hour' marker."""
    text = (ROOT / "README.md").read_text()
    m = re.search(r"<!-- first-hour -->\s*```sh\n(.*?)```", text, re.S)
    assert m, "README.md has no first-hour block"
    return m.group(1)


def test_readme_first_hour_commands_name_only_real_options():
    """Every option the README's commands use exists in that command's parser."""
    import argparse
    parsers = {m: __import__(f"{m}.__main__", fromlist=["parser"]).parser() for m in ("model", "codegen", "bench")}
    readme = (ROOT / "README.md").read_text()
    for line in re.findall(r"python -m (model|codegen|bench) (\w+)([^\n#]*)", readme):
        module, command, rest = line
        sub = next(a for a in parsers[module]._actions if isinstance(a, argparse._SubParsersAction))
        if command not in sub.choices:
            continue   # prose, not a command
        known = {s for a in sub.choices[command]._actions for s in a.option_strings}
        for option in re.findall(r"(--[a-z][a-z-]*)", rest):
            assert option in known, f"README: python -m {module} {command} has no option {option}"


@pytest.mark.slow
def test_readme_first_hour_runs_verbatim_on_a_fresh_copy(tmp_path):
    """The README's first-hour block, copied literally into bash, on a copy of the tracked
    files with this checkout's virtual environment."""
    from bench.mutants import copy_tracked_files
    if sys.prefix == sys.base_prefix:   # the block activates .venv: this one stands in for it
        pytest.skip("run from the virtual environment make install creates")
    fresh = tmp_path / "toepcore"
    copy_tracked_files(fresh)
    (fresh / ".venv").symlink_to(Path(sys.prefix))
    script = "set -euo pipefail\n" + _first_hour_block()
    r = subprocess.run(["bash", "-c", script], cwd=fresh, capture_output=True, text=True, timeout=1800,
                       env={k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")})
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert (fresh / "build" / "sim" / "mapping.png").exists()
