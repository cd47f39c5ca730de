"""The package as a user installs it: a non-editable install, run away from the checkout,
finds its simulation sources (``sim/*.cpp``, ``sim/*.v``) and shipped networks as package
data and runs the main job."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tracked_files():
    r = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        pytest.fail(f"the packaging test copies the tracked files, and git ls-files failed: {r.stderr.strip()}")
    return [f for f in r.stdout.split("\0") if f]


@pytest.mark.xdist_group("packaging")
def test_a_non_editable_install_runs_the_main_job(tmp_path):
    src = tmp_path / "src"
    for f in _tracked_files():
        if (ROOT / f).is_file():
            (src / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / f, src / f)
    site = tmp_path / "site"
    # --no-deps/--no-index: the dependencies are this environment's; what is tested is
    # what the wheel carries
    r = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--no-build-isolation",
                        "--target", str(site), str(src)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (site / "sim").iterdir() if p.suffix in (".cpp", ".v")) == \
        ["sb_spram256ka.v", "verilator_main.cpp", "verilator_uart_pty.cpp"]
    shutil.rmtree(src)  # nothing may reach back into a source tree
    run = tmp_path / "run"
    run.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = subprocess.run([sys.executable, "-c", "import codegen, model, sim; print(codegen.__file__, model.__file__, sim.__file__)"],
                           cwd=run, env=env, capture_output=True, text=True, timeout=60)
    assert where.returncode == 0, where.stderr
    assert all(Path(p).is_relative_to(site) for p in where.stdout.split()), where.stdout
    r = subprocess.run([sys.executable, "-m", "codegen", "build", "--board", "sim", "--images", "2", "--out", "out", "--quiet"],
                       cwd=run, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-4000:]
    report = json.loads((run / "out" / "report.json").read_text())
    assert (report["images"], report["bit_exact_images"]) == (2, 2)
