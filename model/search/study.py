"""The search: an Optuna study of candidates, each checked against the board's planner
before it is trained, trained briefly, pruned on validation accuracy, and scored by its
objective under the accuracy constraint.

The study lives in an RDB storage (``OUT/search.db``, SQLite, by default): a rerun with the
same question resumes it, Ctrl-C loses at most the trial in flight, and workers in other
processes (``--workers``) or on other machines (``--storage URL``) join it.

Each trial:

1. builds its candidate at initialisation and asks the planner (``codegen``) whether it
   fits the board; one that does not is *rejected* (recorded, never trained);
2. trains ``search_epochs`` epochs on at most ``search_images`` training images,
   reporting each epoch's validation accuracy to the pruner (successive halving), so a
   poor candidate stops after an epoch or two;
3. returns its objective on the validation split (never the test set): synaptic
   operations per image (``energy``), or minus the planner's images/s on the board
   (``throughput``); the constraint ``val_accuracy >= A`` goes to the sampler
   (``Trial.set_constraint``, which TPE models beside the objective).
"""

import json
import logging
import multiprocessing
import os
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from toepcore.errors import ToepcoreError

from .space import candidate_from_params, suggest

__all__ = ["Question", "SearchError", "open_study", "run_workers", "evaluate_candidate", "fits_board",
           "trial_rows", "STUDY_NAME"]

log = logging.getLogger("model.search")

STUDY_NAME = "pilot"


class SearchError(ToepcoreError, RuntimeError):
    """The search cannot run as asked (the message says why)."""


@dataclass
class Question:
    """What a pilot asks: everything that decides which trials mean the same thing."""
    data: str | None
    dataset: str
    data_dir: str | None
    min_accuracy: float
    board: str
    objective: str
    search_epochs: int = 3
    search_images: int | None = 20_000
    seed: int = 0
    image_size: list | None = None
    channels: int | None = None
    extra: dict = field(default_factory=dict)

    def key(self):
        """The fields a resumed study must share with its first run."""
        return {"data": self.data, "dataset": self.dataset if self.data is None else None,
                "min_accuracy": self.min_accuracy, "board": self.board, "objective": self.objective,
                "search_epochs": self.search_epochs, "search_images": self.search_images, "seed": self.seed,
                "image_size": self.image_size, "channels": self.channels}

    def to_dict(self):
        return dict(self.__dict__)


def fits_board(candidate, shape, n_classes, board_name, class_names=None):
    """``None`` when the candidate (at initialisation) fits ``board_name``, else the
    planner's reason. The ``sim`` board takes anything the profile allows."""
    import torch

    from boards import get_board
    from codegen.mapping import check_memory, map_network

    from ..network import NetworkFormatError
    from ..train.export import export_network
    from ..train.layers import BinaryNet
    try:
        torch.manual_seed(0)
        th = [list(candidate.preset.planes)] * shape[0]
        net = export_network(BinaryNet(candidate.family, candidate.preset, n_classes, shape, thresholds=th).eval(),
                             candidate.preset, shape)
    except (NetworkFormatError, ValueError) as e:
        return str(e)
    board = get_board(board_name)
    if not board.is_fpga:
        return None
    try:
        plan = map_network(net, board, name="candidate")
        check_memory(plan, "candidate")
    except ToepcoreError as e:
        return str(e)
    return None


def planned_images_per_second(network, board_name, images):
    """The planner's images/s for ``network`` on the board at the clock its build tries
    first (:func:`boards.link_clocks`: 36 MHz on the ULX3S), from the spike maps of
    ``images`` (the first 8 validation images)."""
    from boards import get_board, link_clocks
    from codegen import planner
    from codegen.mapping import map_network
    from codegen.planner import spike_statistics
    board = link_clocks(get_board(board_name))[0].board
    stats = spike_statistics(network, images[:8])
    plan = map_network(network, board, name="candidate", stats=stats)
    cycles = planner.expected_cycles(plan, stats)
    return board.clock_mhz * 1e6 / cycles, cycles, plan


class _Stop(Exception):
    pass


def evaluate_candidate(candidate, q, out, *, on_epoch=None, threads=None, test=False, epochs=None,
                       train_images="search", progress=False):
    """Train ``candidate`` for the question ``q`` into ``out``; the metrics (validation
    figures, and with ``test`` the test split's) plus ``images_per_second`` on the board
    when it is an FPGA board."""
    import torch

    from ..data import open_data
    from ..network import Network
    from ..train.loop import TrainConfig, train, validation_split
    if threads:
        torch.set_num_threads(threads)
    preset = candidate.preset if epochs is None else candidate.with_family(candidate.family, epochs).preset
    ds = open_data(q.data, q.dataset, q.data_dir, image_size=q.image_size, channels=q.channels, seed=q.seed,
                   splits=("train",), progress=False)
    val_idx, train_idx = validation_split(len(ds.x_train), preset.val_images, q.seed)
    if train_images == "search":
        train_images = q.search_images
    if train_images is not None and train_images >= len(train_idx):
        train_images = None   # all of them
    cfg = TrainConfig(candidate.family, preset, q.dataset, q.seed, None, q.data_dir, train_images,
                      energy=candidate.energy, data=q.data, image_size=q.image_size, channels=q.channels)
    # a final run is redone from scratch: a rerun of the pilot may choose another candidate or length
    metrics = train(cfg, out, resume=not test, progress=progress, on_epoch=on_epoch, test=test)
    from boards import get_board
    if get_board(q.board).is_fpga:
        net = Network.load(Path(out) / "network.npz")
        ips, cycles, _ = planned_images_per_second(net, q.board, ds.x_train[val_idx[:8]])
        metrics["images_per_second"] = round(ips, 2)
        metrics["planned_cycles_per_image"] = round(cycles)
    return metrics


def _objective_value(q, metrics):
    if q.objective == "energy":
        return float(metrics["val_synaptic_ops_per_image"])
    return -float(metrics["images_per_second"])


def _make_objective(q, out, deadline, shape, n_classes, threads):
    import optuna

    def objective(trial):
        cand = suggest(trial, q.search_epochs)
        trial.set_user_attr("candidate", cand.describe())
        trial.set_user_attr("worker", f"{socket.gethostname()}:{os.getpid()}")
        reason = fits_board(cand, shape, n_classes, q.board)
        if reason is not None:
            trial.set_user_attr("rejected", reason)
            trial.set_user_attr("val_accuracy", 0.0)
            trial.set_constraint("accuracy", q.min_accuracy)
            log.info("trial %d rejected before training: %s", trial.number, reason)
            raise optuna.TrialPruned(f"does not fit: {reason}")

        def on_epoch(epoch, entry):
            trial.report(-entry["val_accuracy"], epoch)   # the study minimises: -accuracy, higher is better
            trial.set_user_attr("val_accuracy", entry["val_accuracy"])
            if trial.should_prune():
                trial.set_constraint("accuracy", q.min_accuracy - entry["val_accuracy"])
                raise optuna.TrialPruned(f"pruned after epoch {epoch} at validation accuracy "
                                         f"{entry['val_accuracy']:.4f}")
            if time.time() > deadline:
                trial.set_constraint("accuracy", q.min_accuracy - entry["val_accuracy"])
                raise _Stop()
        t0 = time.perf_counter()
        try:
            metrics = evaluate_candidate(cand, q, out / "trials" / f"{trial.number:04d}", on_epoch=on_epoch,
                                         threads=threads)
        except _Stop:
            trial.set_user_attr("stopped", "the search budget ran out")
            raise optuna.TrialPruned("the search budget ran out") from None
        trial.set_user_attr("seconds", round(time.perf_counter() - t0, 1))
        trial.set_user_attr("val_accuracy", metrics["val_accuracy"])
        # feasible when <= 0: the sampler (TPE) models the constraint beside the objective
        trial.set_constraint("accuracy", q.min_accuracy - metrics["val_accuracy"])
        for k in ("val_synaptic_ops_per_image", "val_spikes_per_image", "generator_bits", "dense_crossbar_bits",
                  "images_per_second", "planned_cycles_per_image"):
            if k in metrics:
                trial.set_user_attr(k, metrics[k])
        return _objective_value(q, metrics)
    return objective


def open_study(storage, q, *, create=True):
    """The study in ``storage`` for question ``q``: created, or resumed when its question
    matches (else :class:`SearchError` naming what differs)."""
    import optuna
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    sampler = optuna.samplers.TPESampler(seed=q.seed, n_startup_trials=5)
    pruner = optuna.pruners.SuccessiveHalvingPruner(min_resource=1, reduction_factor=2)
    try:
        study = optuna.create_study(storage=storage, study_name=STUDY_NAME, direction="minimize", sampler=sampler,
                                    pruner=pruner, load_if_exists=True)
    except Exception as e:   # SQLAlchemy and Optuna raise many types for a bad URL or file
        raise SearchError(f"cannot open the study in {storage}: {e}") from None
    saved = study.user_attrs.get("question")
    if saved is None:
        study.set_user_attr("question", q.key())
    elif saved != q.key():
        differ = [f"{k}: study {saved.get(k)!r}, asked {v!r}" for k, v in q.key().items() if saved.get(k) != v]
        raise SearchError(f"{storage} holds a search for another question ({'; '.join(differ)}); use another --out "
                          "or --storage, or repeat the study's options to resume it")
    return study


def _worker(storage, q_dict, out, deadline, shape, n_classes, threads, seed_offset):
    """One process's share of the search (``--workers``): trials until the deadline."""
    import optuna
    q = Question(**q_dict)
    study = open_study(storage, q)
    # the question is shared; each worker's sampler draws from its own seed
    study.sampler = optuna.samplers.TPESampler(seed=q.seed + seed_offset, n_startup_trials=5)
    objective = _make_objective(q, Path(out), deadline, shape, n_classes, threads)
    while time.time() < deadline - 1:
        study.optimize(objective, n_trials=1, timeout=max(1.0, deadline - time.time()), catch=())


def run_workers(storage, q, out, deadline, shape, n_classes, workers=1, threads=None, on_trial=None):
    """Run the search until ``deadline`` (a ``time.time()``) in this process and
    ``workers - 1`` more; ``on_trial(study)`` is called after each of this process's
    trials (the progress bar)."""
    out = Path(out)
    study = open_study(storage, q)
    threads = threads or max(1, (os.cpu_count() or 1) // workers)
    procs = []
    ctx = multiprocessing.get_context("spawn")
    for w in range(1, workers):
        proc = ctx.Process(target=_worker, args=(storage, q.to_dict(), str(out), deadline, shape, n_classes, threads, w),
                           daemon=True)
        proc.start()
        procs.append(proc)
    objective = _make_objective(q, out, deadline, shape, n_classes, threads)
    try:
        while time.time() < deadline - 1:
            study.optimize(objective, n_trials=1, timeout=max(1.0, deadline - time.time()), catch=())
            if on_trial is not None:
                on_trial(study)
    finally:
        for proc in procs:
            proc.join(timeout=max(1.0, deadline - time.time() + 600))
            if proc.is_alive():
                proc.terminate()
    return study


def trial_rows(study):
    """Every finished trial as a dict: number, state, candidate, figures, and whether it was
    rejected for the board or pruned."""
    import optuna
    rows = []
    for t in study.get_trials(deepcopy=False):
        if t.state not in (optuna.trial.TrialState.COMPLETE, optuna.trial.TrialState.PRUNED):
            continue
        a = t.user_attrs
        row = {"number": t.number, "state": "rejected" if "rejected" in a else t.state.name.lower(),
               "candidate": a.get("candidate"), "val_accuracy": a.get("val_accuracy"),
               # a pruned trial's value is its last report (minus an accuracy), not an objective
               "objective": t.value if t.state == optuna.trial.TrialState.COMPLETE else None,
               "seconds": a.get("seconds"),
               "epochs": len(t.intermediate_values) if "rejected" not in a else 0, "params": dict(t.params)}
        for k in ("val_synaptic_ops_per_image", "val_spikes_per_image", "generator_bits", "images_per_second",
                  "rejected", "stopped", "worker"):
            if k in a:
                row[k] = a[k]
        rows.append(row)
    return rows


#: Validation accuracies within this of the best count as tied when no trial meets the
#: target: 5,000 validation images put one standard error near 0.2 percentage points.
TIE = 0.005


def best_trial(rows, min_accuracy, objective):
    """``(row, met)``: the completed trial with the best objective among those at or above
    ``min_accuracy``; when none is (short trials rarely reach a full recipe's accuracy),
    the best objective among those within :data:`TIE` of the most accurate, and ``met``
    False."""
    done = [r for r in rows if r["state"] == "complete"]
    if not done:
        return None, False
    ok = [r for r in done if r["val_accuracy"] >= min_accuracy]
    if ok:
        return min(ok, key=lambda r: (r["objective"], -r["val_accuracy"])), True
    top = max(r["val_accuracy"] for r in done)
    near = [r for r in done if r["val_accuracy"] >= top - TIE]
    return min(near, key=lambda r: (r["objective"], -r["val_accuracy"])), False


def params_candidate(row, epochs):
    return candidate_from_params(row["params"], epochs, name=f"pilot-trial-{row['number']}")


def dump(path, obj):
    Path(path).write_text(json.dumps(obj, indent=1, default=lambda o: o.tolist() if isinstance(o, np.ndarray) else str(o))
                          + "\n")
