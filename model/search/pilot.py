"""``python -m model search``: a pilot on one data set, from question to report.

The budget is shared: 60% for the search (trials), 25% for training the chosen candidate
with the full training split and more epochs, 15% for the dense baseline at the same
widths. Each trial's time is measured, so the final runs' epochs are chosen to fit
their shares (at least one epoch each).
"""

import json
import logging
import math
import shlex
import sys
import time
from pathlib import Path

from toepcore import cli

from ..families import family_of
from .study import (
    TIE,
    Question,
    SearchError,
    best_trial,
    dump,
    evaluate_candidate,
    open_study,
    params_candidate,
    run_workers,
    trial_rows,
)

__all__ = ["run_pilot", "NOT_MET"]

log = logging.getLogger("model.search")

#: Exit status when the search ran but no candidate met the accuracy asked.
NOT_MET = 2
SHARES = {"search": 0.60, "final": 0.25, "baseline": 0.15}
#: The most epochs the final runs take (the ``up5k`` preset's recipe length on MNIST).
FINAL_EPOCHS = 30


def _estimate_trial_seconds(q, ds, threads):
    """Seconds one trial of a middle-sized candidate takes: three timed training steps
    scaled to ``search_epochs`` epochs of the search images."""
    import torch
    import torch.nn.functional as F

    from ..train.layers import BinaryNet
    from .space import candidate_from_params
    if threads:
        torch.set_num_threads(threads)
    cand = candidate_from_params({"family": "s4", "depth": 3, "width": 24, "growth": 2, "planes": 3,
                                  "readout_per_class": 5, "readout_groups": 1, "energy": 0.01, "lr": 3e-3}, 1)
    model = BinaryNet("s4", cand.preset, ds.n_classes, ds.shape)
    opt = torch.optim.Adam(model.parameters())
    x = torch.tensor(ds.x_train[:cand.preset.batch_size], dtype=torch.float32)
    y = torch.tensor(ds.y_train[:cand.preset.batch_size], dtype=torch.long)
    times = []
    for _ in range(3):
        t = time.perf_counter()
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        times.append(time.perf_counter() - t)
    n = _search_images(q, ds, cand.preset)
    steps = math.ceil(n / cand.preset.batch_size)
    return min(times) * steps * q.search_epochs * 1.3 + 5   # + validation and export


def _search_images(q, ds, preset):
    """Training images a trial takes: the training split less validation, at most
    ``search_images``."""
    from ..train.loop import validation_split
    n = len(validation_split(len(ds.x_train), preset.val_images, q.seed)[1])
    return min(n, q.search_images or n)


def _final_run(row, n_train, q, seconds, cap):
    """``(epochs, training images)`` of a final run of the trial ``row``'s candidate that
    fit ``seconds``, from that trial's measured speed: all images for as many epochs as
    fit (at most ``cap``), or one epoch on as many images as fit (at least the trial's)."""
    n_search = min(n_train, q.search_images or n_train)
    per_image_epoch = row["seconds"] / max(1, row["epochs"] * n_search)
    epochs = int(seconds / max(per_image_epoch * n_train, 1e-9))
    if epochs >= 1:
        return min(cap, epochs), None
    return 1, max(n_search, min(n_train, int(seconds / max(per_image_epoch, 1e-9))))


def _summary(name, metrics, network_path, board, q):
    from ..network import Network
    net = Network.load(network_path)
    family = net.layers[0].family
    bits = metrics["dense_crossbar_bits"] if family_of(family).unstructured else metrics["generator_bits"]
    out = {"family": family, "network": str(network_path), "test_accuracy": metrics["test_accuracy"],
           "balanced_accuracy": metrics["balanced_accuracy"], "per_class": metrics["per_class"],
           "confusion_matrix": metrics["confusion_matrix"], "weight_memory_bits": int(bits),
           "generator_bits": metrics["generator_bits"], "dense_crossbar_bits": metrics["dense_crossbar_bits"],
           "synaptic_ops_per_image": metrics["synaptic_ops_per_image"],
           "spikes_per_image": metrics["spikes_per_image"],
           "truenorth_nanojoules_per_image": round(metrics["synaptic_ops_per_image"] * 26e-3, 3),
           "images_per_second": metrics.get("images_per_second"), "epochs": metrics["epochs"],
           "train_seconds": metrics["train_seconds"]}
    return out


def _quietly(main, argv, log_path):
    """Run a ``codegen`` command with its printed report written to ``log_path`` instead of
    the search's output (its ``report.json`` holds the same figures)."""
    import contextlib
    Path(log_path).parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "w") as f, contextlib.redirect_stdout(f):
        return main(argv)


def _array_energy(network_path, q, out_dir, images):
    """The array's energy estimate per image (nJ) from ``images`` test images simulated
    on the ``sim`` board's plan (``codegen build``), or None when ``images`` is 0."""
    if not images:
        return None
    from codegen.__main__ import main as codegen_main
    argv = ["build", "--board", "sim", "--network", str(network_path), "--images", str(images), "--quiet",
            "--out", str(out_dir)]
    if q.data is not None:
        argv += ["--data", q.data]
    else:
        argv += ["--dataset", q.dataset] + (["--data-dir", q.data_dir] if q.data_dir else [])
    _quietly(codegen_main, argv, Path(out_dir) / "build.log")
    report = json.loads((Path(out_dir) / "report.json").read_text())
    return report["energy_estimate"]["nanojoules_per_image"], report["bit_exact_images"] == report["images"]


def run_pilot(args):
    """The ``search`` command: search, final training, baseline, report. Returns the exit
    status (0 met, :data:`NOT_MET` not met)."""
    from boards import get_board, link_clocks

    from ..data import open_data
    out = Path(args.out)
    cli.make_output_dir(out)
    board = link_clocks(get_board(args.board))[0].board   # the clock a build of the result tries first
    q = Question(data=args.data, dataset=args.dataset, data_dir=args.data_dir, min_accuracy=args.min_accuracy,
                 board=args.board, objective=args.objective, search_epochs=args.search_epochs,
                 search_images=args.search_images, seed=args.seed,
                 image_size=list(args.image_size) if args.image_size else None, channels=args.channels)
    if q.objective == "throughput" and not board.is_fpga:
        raise SearchError("--objective throughput needs an FPGA --board (icebreaker, ulx3s): the sim board has no "
                          "clock to count images/s against")
    ds = open_data(q.data, q.dataset, q.data_dir, image_size=q.image_size, channels=q.channels, seed=q.seed,
                   progress=not args.quiet)
    from .space import SMALLEST, candidate_from_params
    from .study import fits_board
    reason = fits_board(candidate_from_params(SMALLEST, 1), ds.shape, ds.n_classes, q.board)
    if reason is not None:
        raise SearchError(f"no candidate fits board {q.board!r}: the smallest the search can propose (s4, widths 8-8, "
                          f"1 plane, {2 * ds.n_classes} readout neurons) does not: {reason}; try --image-size smaller or "
                          "a larger --board")
    storage = args.storage or f"sqlite:///{(out / 'search.db').resolve()}"
    study = open_study(storage, q)   # a question that differs from the stored one fails here, before any work
    budget = args.budget_minutes * 60
    search_seconds = budget * SHARES["search"]
    threads = args.threads or None
    one_trial = _estimate_trial_seconds(q, ds, threads)
    if one_trial > search_seconds:
        need = one_trial / SHARES["search"] / 60
        raise SearchError(f"--budget-minutes {args.budget_minutes:g} leaves {search_seconds:.0f} s for the search, "
                          f"but one trial takes about {one_trial:.0f} s ({q.search_epochs} epoch(s) on "
                          f"{_search_images(q, ds, candidate_from_params(SMALLEST, 1).preset):,} images); use "
                          f"--budget-minutes {math.ceil(need * 1.5)} or more, or fewer --search-images")
    t_start = time.time()
    deadline = t_start + search_seconds
    print(f"search: {search_seconds / 60:.1f} min for trials (about {one_trial:.0f} s each), then the chosen network "
          f"and the dense baseline; the study is in {storage}", file=sys.stderr)
    with cli.progress(total=round(search_seconds), unit="s", desc="search", leave=False) as bar:
        def on_trial(st):
            rows = trial_rows(st)
            best, met = best_trial(rows, q.min_accuracy, q.objective)
            bar.update(min(round(time.time() - t_start), bar.total) - bar.n)
            bar.set_postfix(trials=len(rows), best=(f"{best['val_accuracy']:.4f}@{abs(best['objective']):,.0f}"
                                                    if best else "-"), met=met)
        study = run_workers(storage, q, out, deadline, ds.shape, ds.n_classes, workers=args.workers,
                            threads=threads, on_trial=on_trial)
    rows = trial_rows(study)
    chosen, met = best_trial(rows, q.min_accuracy, q.objective)
    if chosen is None:
        raise SearchError(f"no trial finished within the search's {search_seconds:.0f} s ({len(rows)} pruned or "
                          "rejected); give --budget-minutes more time"
                          + (f"; the last rejection: {rows[-1]['rejected']}" if rows and "rejected" in rows[-1] else ""))
    from ..train.loop import validation_split
    n_train = len(validation_split(len(ds.x_train), params_candidate(chosen, 1).preset.val_images, q.seed)[1])
    epochs, images = _final_run(chosen, n_train, q, budget * SHARES["final"], args.final_epochs)
    base_epochs, base_images = _final_run(chosen, n_train, q, budget * SHARES["baseline"], args.final_epochs)
    cand = params_candidate(chosen, epochs)
    print(f"chosen: trial {chosen['number']} ({cand.family}, widths {cand.widths}, validation accuracy "
          f"{chosen['val_accuracy']:.4f}); training it for {epochs} epoch(s) on "
          f"{'all ' + format(n_train, ',') if images is None else format(images, ',')} training images",
          file=sys.stderr)
    rec_metrics = evaluate_candidate(cand, q, out / "recommended", threads=threads, test=True, train_images=images,
                                     progress=not args.quiet)
    baseline = cand.with_family("dense", base_epochs)
    print(f"baseline: the dense family at the same widths, {base_epochs} epoch(s)", file=sys.stderr)
    base_metrics = evaluate_candidate(baseline, q, out / "baseline", threads=threads, test=True,
                                      train_images=base_images, progress=not args.quiet)
    import shutil
    shutil.copyfile(out / "recommended" / "network.npz", out / "network.npz")
    rec = dict(_summary("recommended", rec_metrics, out / "network.npz", board, q), candidate=cand.describe(),
               trial=chosen["number"], val_accuracy=chosen["val_accuracy"])
    base = dict(_summary("baseline", base_metrics, out / "baseline" / "network.npz", board, q),
                candidate=baseline.describe())
    for who, path in (("recommended", out / "network.npz"), ("baseline", out / "baseline" / "network.npz")):
        energy = _array_energy(path, q, out / "energy" / who, args.energy_images)
        target = rec if who == "recommended" else base
        if energy is not None:
            target["array_nanojoules_per_image"], target["array_bit_exact"] = energy
    data_opts = (["--data", q.data] if q.data else ["--dataset", q.dataset]) + \
        (["--image-size", "x".join(map(str, q.image_size))] if q.image_size else []) + \
        (["--channels", str(q.channels)] if q.channels else [])
    commands = [
        " ".join(["python -m model search"] + [shlex.quote(a) for a in sys.argv[2:]] if sys.argv[1:2] == ["search"]
                 else ["python -m model search", *data_opts, "--min-accuracy", str(q.min_accuracy), "--board",
                       q.board, "--objective", q.objective, "--budget-minutes", f"{args.budget_minutes:g}",
                       "--out", str(out)]),
        " ".join(["python -m model eval --network", shlex.quote(str(out / "network.npz")), *data_opts]),
        " ".join(["python -m codegen build --board", q.board, "--network", shlex.quote(str(out / "network.npz")),
                  *data_opts]),
    ]
    # the target is the recommended network's test accuracy, measured once after its full training
    verdict = "met" if rec["test_accuracy"] >= q.min_accuracy else "not met"
    by = rec["test_accuracy"] - q.min_accuracy
    obj_text = (f"{rec['synaptic_ops_per_image']:,.0f} synaptic operations per image" if q.objective == "energy"
                else f"{rec['images_per_second']:,.1f} images/s on the {q.board} (planner)")
    summary = (f"Target {verdict}: the recommended {rec['family']} network reaches {rec['test_accuracy']:.4f} on the "
               f"test split ({'+' if by >= 0 else ''}{by:.4f} against {q.min_accuracy:g}) at {obj_text}; the dense "
               f"baseline at the same widths reaches {base['test_accuracy']:.4f} with "
               f"{base['weight_memory_bits'] / max(rec['weight_memory_bits'], 1):,.1f}x the weight memory.")
    if not met:
        trial_images = format(q.search_images, ",") if q.search_images else "all"
        summary += (f" No trial reached the accuracy asked on the validation split at the search's length "
                    f"({q.search_epochs} epoch(s) on {trial_images} images); the cheapest within "
                    f"{TIE:g} of the most accurate (trial {chosen['number']}, {chosen['val_accuracy']:.4f}) was "
                    f"trained fully instead: see the front.")
    from .report import pareto_front, plot_confusion_png, plot_front, write_html
    report = {
        "question": dict(q.key(), budget_minutes=args.budget_minutes, data_name=Path(ds.name).name,
                         workers=args.workers, storage=storage),
        "data": {k: v for k, v in ds.describe().items()},
        "answer": {"met": verdict == "met", "margin": by, "met_in_search": met, "summary": summary},
        "clock_mhz": board.clock_mhz, "recommended": rec, "baseline": base,
        "pareto_front": pareto_front(rows, q.objective), "trials": rows,
        "seconds": {"search": round(search_seconds), "total": round(time.time() - t_start)},
        "commands": commands,
    }
    report["data"]["n_classes"] = ds.n_classes
    if args.deploy:
        from codegen.__main__ import main as codegen_main
        print(f"deploy: codegen build --board {q.board} (its output in {out / 'deploy' / 'build.log'})", file=sys.stderr)
        _quietly(codegen_main, ["build", "--board", q.board, "--network", str(out / "network.npz"), "--images", "4",
                                "--quiet", "--out", str(out / "deploy")]
                 + (["--data", q.data] if q.data else ["--dataset", q.dataset]), out / "deploy" / "build.log")
        built = json.loads((out / "deploy" / "report.json").read_text())
        report["deployed"] = {k: built.get(k) for k in ("bit_exact_images", "images", "fmax_mhz", "timing_met",
                                                        "clock_mhz", "images_per_second_at_clock", "resources",
                                                        "bitstream", "cycles_per_image")}
    dump(out / "pilot.json", report)
    write_html(out / "pilot.html", report, plot_front(rows, q.objective, q.min_accuracy, chosen),
               plot_confusion_png({"confusion_matrix": rec["confusion_matrix"], "per_class": rec["per_class"],
                                   "test_accuracy": rec["test_accuracy"],
                                   "balanced_accuracy": rec["balanced_accuracy"]}, "recommended network, test split"))
    print(summary)
    print(f"report: {out / 'pilot.html'} and {out / 'pilot.json'}; network: {out / 'network.npz'}")
    return 0 if verdict == "met" else NOT_MET
