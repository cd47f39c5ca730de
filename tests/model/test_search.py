"""python -m model search: a small pilot on a small colour data set (minutes): the budget,
the board check before training, resuming, workers sharing one study, the report's
figures against model eval and the planner, the dense baseline, the page in a browser,
and every refusal."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from model.data.shapes import make_shapes
from model.search.study import TIE

ROOT = Path(__file__).resolve().parents[2]
# one worker runs the whole file: its tests share one small pilot (module fixture)
pytestmark = pytest.mark.xdist_group("pilot")
BUDGET = 0.5   # minutes: 18 s of trials, then the two final runs


@pytest.fixture(scope="module")
def shapes16(tmp_path_factory):
    root = tmp_path_factory.mktemp("pilot-data")
    x, y, names = make_shapes(150, 16, 4, seed=1)
    test = np.arange(len(x)) % 5 == 0
    np.savez(root / "sh16.npz", x_train=x[~test], y_train=y[~test], x_test=x[test], y_test=y[test],
             class_names=np.array(names))
    return root / "sh16.npz"


def search_argv(data, out, *extra, budget=BUDGET, accuracy="0.3"):
    return ["search", "--data", str(data), "--min-accuracy", accuracy, "--board", "icebreaker", "--budget-minutes",
            str(budget), "--search-epochs", "2", "--search-images", "500", "--energy-images", "0", "--threads", "1",
            "--out", str(out), "--quiet", *extra]


def run_search(argv):
    """``python -m model search`` in-process: its exit status and the report."""
    from model.__main__ import main
    try:
        main(argv)
        status = 0
    except SystemExit as e:
        if isinstance(e.code, str):   # an error: one line, status 1
            raise
        status = e.code
    return status


@pytest.fixture(scope="module")
def pilot(shapes16, tmp_path_factory):
    out = tmp_path_factory.mktemp("pilot") / "out"
    t = time.perf_counter()
    status = run_search(search_argv(shapes16, out))
    return out, status, time.perf_counter() - t


def test_pilot_report_and_budget(pilot):
    out, status, seconds = pilot
    report = json.loads((out / "pilot.json").read_text())
    assert status == (0 if report["answer"]["met"] else 2)
    # the budget stops the search: trials end within one trial of its share, the whole run near the budget
    assert report["seconds"]["search"] == round(BUDGET * 60 * 0.6)
    assert seconds <= BUDGET * 60 * 1.6 + 15, seconds
    states = [t["state"] for t in report["trials"]]
    assert states.count("complete") >= 1 and len(states) >= 2   # how many fit depends on the load
    for name in ("network.npz", "baseline/network.npz", "pilot.html", "search.db"):
        assert (out / name).exists(), name
    assert report["recommended"]["trial"] in [t["number"] for t in report["trials"] if t["state"] == "complete"]


def test_rejected_candidates_are_never_trained(pilot):
    out, _, _ = pilot
    report = json.loads((out / "pilot.json").read_text())
    rejected = [t for t in report["trials"] if t["state"] == "rejected"]
    assert rejected, "the seeded search proposes candidates too large for the iCEBreaker"
    for t in rejected:
        assert "does not fit board 'icebreaker'" in t["rejected"] or "exceeds the 'generator' profile" in t["rejected"]
        assert not (out / "trials" / f"{t['number']:04d}").exists() and t["epochs"] == 0
    trained = [t for t in report["trials"] if t["state"] == "complete"]
    assert all((out / "trials" / f"{t['number']:04d}" / "network.npz").exists() for t in trained)


def test_report_figures_equal_eval_and_the_planner(pilot, shapes16, capsys):
    """pilot.json's figures of the recommended network are what model eval and the planner
    say of it; the baseline is the dense family at the same widths."""
    from model.__main__ import main
    from model.data import open_data
    from model.network import Network
    from model.search.study import planned_images_per_second
    from model.train.loop import validation_split
    out, _, _ = pilot
    report = json.loads((out / "pilot.json").read_text())
    rec, base = report["recommended"], report["baseline"]
    capsys.readouterr()
    main(["eval", "--network", str(out / "network.npz"), "--data", str(shapes16), "--json", "--confusion", ""])
    ev = json.loads(capsys.readouterr().out)
    for k in ("test_accuracy", "balanced_accuracy", "synaptic_ops_per_image", "spikes_per_image", "confusion_matrix"):
        assert rec[k] == ev[k], k
    net = Network.load(out / "network.npz")
    ds = open_data(shapes16, splits=("train",), progress=False)
    val, _ = validation_split(len(ds.x_train), 5000, 0)
    ips, _, _ = planned_images_per_second(net, "icebreaker", ds.x_train[val[:8]])
    assert rec["images_per_second"] == round(ips, 2)
    baseline = Network.load(out / "baseline" / "network.npz")
    assert {l.family for l in baseline.conv_layers} == {"dense"} and base["family"] == "dense"
    assert [l.out_channels for l in baseline.conv_layers[:-1]] == [l.out_channels for l in net.conv_layers[:-1]]
    assert base["weight_memory_bits"] == base["dense_crossbar_bits"] > rec["weight_memory_bits"]


def test_resume_continues_the_same_study(pilot, shapes16, tmp_path):
    """A rerun with the same options adds trials to the stored study; other options are
    refused, naming what differs."""
    import optuna
    out, _, _ = pilot
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    storage = f"sqlite:///{copy / 'search.db'}"
    before = {t.number: t.state for t in optuna.load_study(study_name="pilot", storage=storage).trials}
    run_search(search_argv(shapes16, copy, budget=0.3))
    after = {t.number: t.state for t in optuna.load_study(study_name="pilot", storage=storage).trials}
    assert len(after) > len(before) and all(after[n] == s for n, s in before.items())
    with pytest.raises(SystemExit, match=r"holds a search for another question \(min_accuracy: study 0.3, asked 0.4\)"):
        run_search(search_argv(shapes16, copy, accuracy="0.4"))


def test_ctrl_c_loses_at_most_the_trial_in_flight(shapes16, tmp_path):
    import optuna
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "model", *search_argv(shapes16, out, budget=2)], cwd=tmp_path,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    storage = f"sqlite:///{out / 'search.db'}"
    end = time.monotonic() + 120
    done = []
    while time.monotonic() < end and proc.poll() is None:
        time.sleep(1)
        if (out / "search.db").exists():
            try:
                done = [t for t in optuna.load_study(study_name="pilot", storage=storage).trials
                        if t.state == optuna.trial.TrialState.COMPLETE]
            except Exception:   # the study is being created
                continue
            if len(done) >= 2:
                break
    assert len(done) >= 2, proc.stderr.read() if proc.poll() is not None else "no trial finished"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and err.strip().splitlines()[-1] == "interrupted (Ctrl-C); temporary files removed", \
        err[-3000:]
    kept = optuna.load_study(study_name="pilot", storage=storage).trials
    assert {t.number for t in done} <= {t.number for t in kept if t.state == optuna.trial.TrialState.COMPLETE}
    assert sum(t.state == optuna.trial.TrialState.RUNNING for t in kept) == 0   # the one in flight: failed, not hung


def test_two_workers_share_one_study_and_an_unreachable_target_exits_2(shapes16, tmp_path):
    """--workers 2: trials from two processes in one study. No candidate reaches 0.999: exit
    status 2, the report says by how much and trains the cheapest of the most accurate found."""
    out = tmp_path / "out"
    assert run_search(search_argv(shapes16, out, "--workers", "2", accuracy="0.999")) == 2
    report = json.loads((out / "pilot.json").read_text())
    workers = {t.get("worker") for t in report["trials"] if t.get("worker")}
    assert len(workers) == 2, workers
    assert not report["answer"]["met"] and report["answer"]["margin"] < 0
    assert not report["answer"]["met_in_search"]
    assert "No trial reached the accuracy asked on the validation split" in report["answer"]["summary"]
    done = [t for t in report["trials"] if t["state"] == "complete"]
    top = max(t["val_accuracy"] for t in done)
    near = [t for t in done if t["val_accuracy"] >= top - TIE]
    assert report["recommended"]["trial"] == min(near, key=lambda t: t["objective"])["number"]


def test_pilot_page_renders_in_headless_chromium(pilot, tmp_path):
    """pilot.html in Debian's chromium: a screenshot that is not blank, every plot a PNG
    that decodes, no script at all (nothing to fail)."""
    import base64
    import io
    import re

    from PIL import Image
    out, _, _ = pilot
    page = (out / "pilot.html").read_text()
    assert "<script" not in page
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    assert len(images) == 2
    for data in images:
        im = Image.open(io.BytesIO(base64.b64decode(data)))
        assert im.size[0] > 300 and len(np.unique(np.asarray(im.convert("L")))) > 10
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    assert browser, "Debian's chromium is needed (apt-get install chromium; .ci/run installs it)"
    shot = tmp_path / "page.png"
    r = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", f"--screenshot={shot}",
                        "--window-size=1200,2400", "--enable-logging=stderr", "--v=0", (out / "pilot.html").as_uri()],
                       capture_output=True, text=True, timeout=120)
    assert shot.exists(), r.stderr[-2000:]
    im = Image.open(shot).convert("L")
    assert len(np.unique(np.asarray(im))) > 50   # text, tables and plots, not a blank page
    assert "Uncaught" not in r.stderr and "SyntaxError" not in r.stderr


def test_refusals(shapes16, tmp_path):
    with pytest.raises(SystemExit, match=r"^error: --min-accuracy 1.5: must be between 0 and 1 \(exclusive\)"):
        run_search(search_argv(shapes16, tmp_path / "a", accuracy="1.5"))
    with pytest.raises(SystemExit, match=r"^error: --budget-minutes 0.1 leaves 4 s for the search, but one trial "
                                         r"takes about \d+ s \(2 epoch\(s\) on 432 images\); use --budget-minutes \d+"):
        run_search(search_argv(shapes16, tmp_path / "b", budget=0.1))
    with pytest.raises(SystemExit, match=r"^error: no candidate fits board 'icebreaker': the smallest the search can "
                                         r"propose .* needs 5 SPRAM blocks but the iCE40UP5K offers 4 \(1 short\)"):
        run_search(search_argv(shapes16, tmp_path / "c", "--image-size", "128"))
