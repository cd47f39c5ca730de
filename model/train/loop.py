"""The training loop: data split, augmentation, one-cycle Adam, per-epoch checkpoints,
data-parallel scale-out (torchrun), export and the reference-model test score.

Launched with ``torchrun`` (``WORLD_SIZE`` set) it runs DistributedDataParallel, gloo on
CPU and nccl on GPUs; each rank trains on its shard of every epoch's permutation and DDP
averages gradients and broadcasts batch-norm buffers, so all ranks hold identical weights.
"""

import json
import logging
import math
import os
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from toepcore.errors import ToepcoreError

from ..data import DATASETS, DataError, open_data
from ..families import FAMILIES
from ..metrics import classification_report, plot_confusion
from ..network import Network
from ..profiles import get_profile
from ..reference import ReferenceModel
from ..truenorth import dense_core_bits, plan_tiles, tile_axons
from .export import export_network
from .layers import BinaryNet

__all__ = ["TrainConfig", "train", "CheckpointError", "network_costs", "encoder_thresholds", "AUGMENTS",
           "validation_split"]

#: ``--augment`` choices: ``shift`` (the preset's random translations, MNIST's recipe),
#: ``photo`` (horizontal flips and small crops, for photos), ``none``.
AUGMENTS = ("shift", "photo", "none")

log = logging.getLogger("model.train")

CHECKPOINT_FORMAT = "toepcore-checkpoint"
CHECKPOINT_VERSION = 1


class CheckpointError(ToepcoreError, RuntimeError):
    """A checkpoint is corrupt, of another version or of another configuration."""


def _dist():
    """(rank, world_size, device), initialising torch.distributed under torchrun."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    cuda = torch.cuda.is_available()
    if world > 1 and not torch.distributed.is_initialized():
        torch.distributed.init_process_group("nccl" if cuda else "gloo")
    rank = torch.distributed.get_rank() if world > 1 else 0
    if cuda:
        local = int(os.environ.get("LOCAL_RANK", "0"))
        torch.cuda.set_device(local)
        device = torch.device("cuda", local)
    else:
        device = torch.device("cpu")
    return rank, world, device


def random_shift(x, shift, gen):
    """Translate each image (N, C, H, W) or (N, H, W) by an independent integer offset in
    [-shift, shift] per axis, filling with 0 (a small random crop of the zero-padded image)."""
    if shift == 0:
        return x
    grey = x.dim() == 3
    if grey:
        x = x[:, None]
    n, c, h, w = x.shape
    xp = F.pad(x, (shift, shift, shift, shift))
    dy = torch.randint(0, 2 * shift + 1, (n,), generator=gen, device=x.device)
    dx = torch.randint(0, 2 * shift + 1, (n,), generator=gen, device=x.device)
    rows = (torch.arange(h, device=x.device)[None] + dy[:, None])[:, None, :, None]
    cols = (torch.arange(w, device=x.device)[None] + dx[:, None])[:, None, None, :]
    out = xp[torch.arange(n, device=x.device)[:, None, None, None], torch.arange(c, device=x.device)[None, :, None, None],
             rows, cols]
    return out[:, 0] if grey else out


def augment(x, how, shift, gen):
    """``x`` (N, C, H, W) float, augmented as ``--augment`` ``how`` says."""
    if how == "none":
        return x
    if how == "photo":
        flip = torch.rand(len(x), generator=gen, device=x.device) < 0.5
        x = torch.where(flip[:, None, None, None], x.flip(-1), x)
        shift = max(shift, round(min(x.shape[-2:]) / 8))
    return random_shift(x, shift, gen)


def encoder_thresholds(preset, images, mode="auto", sample=10_000):
    """The encoder's thresholds, ``(C, P)`` with ``P = len(preset.planes)``.

    ``preset`` (and ``auto`` for grey images): the preset's planes on every channel.
    ``data`` (and ``auto`` for colour): per channel, the ``(p + 1) / (P + 1)`` quantiles
    of the training pixels (of at most ``sample`` images), made strictly increasing
    within 1-255, so each plane splits the channel's pixels into equal shares.
    """
    c = images.shape[1]
    if mode == "preset" or (mode == "auto" and c == 1):
        return np.array([list(preset.planes)] * c, np.int64)
    planes = len(preset.planes)
    q = (np.arange(planes) + 1) / (planes + 1)
    rows = []
    for ch in range(c):
        t = np.rint(np.quantile(images[:sample, ch].reshape(-1), q)).astype(np.int64)
        t = np.clip(t, 1, 255)
        for i in range(1, planes):
            t[i] = max(t[i], t[i - 1] + 1)
        for i in range(planes - 1, -1, -1):
            t[i] = min(t[i], 255 - (planes - 1 - i))
        rows.append(t)
    return np.array(rows, np.int64)


def network_costs(network: Network):
    """Generator bits, and the dense TrueNorth crossbar bits and cores of the same layers.

    Dense bits lay each conv layer on TrueNorth-style cores (at most 256 neurons and 256
    axons; ternary weights cost 2 axons per input, s4 one), tiles from
    :func:`model.truenorth.plan_tiles`; a layer whose single-neuron fan-in exceeds 256
    axons is given cores as wide as that fan-in (TrueNorth itself could not hold it).
    """
    tn = get_profile("truenorth")
    gen_bits = dense_bits = cores = 0
    for l in network.conv_layers:
        gen_bits += l.generator_bits()
        apa = tn.axons_per_input(l.family, l.weight_bits)
        for t in plan_tiles(l, tn.max_axons, tn.max_neurons, apa):
            dense_bits += dense_core_bits(tile_axons(l, t, apa), t.neurons)
            cores += 1
    return {"generator_bits": int(gen_bits), "dense_crossbar_bits": int(dense_bits), "truenorth_cores": cores}


def validation_split(n, val_images, seed):
    """``(validation indices, training indices)`` of ``n`` training images: a tenth of them,
    at most ``val_images`` (MNIST: 5,000 of 60,000), drawn by ``seed``."""
    perm = np.random.default_rng(seed).permutation(n)
    n_val = min(val_images, max(1, n // 10))
    return perm[:n_val], perm[n_val:]


class TrainConfig:
    """Everything that determines a training run (saved in every checkpoint)."""

    def __init__(self, family, preset, dataset="mnist", seed=0, epochs=None, data_dir=None, train_images=None,
                 energy=0.0, data=None, image_size=None, channels=None, test_fraction=0.2, augment="shift",
                 class_weights=None, encoder="auto"):
        if family not in FAMILIES:
            raise ValueError(f"unknown family {family!r}; expected one of {', '.join(FAMILIES)}")
        if dataset not in DATASETS:
            raise ValueError(f"unknown dataset {dataset!r}; expected one of {', '.join(DATASETS)}")
        self.family, self.dataset, self.seed, self.data_dir = family, dataset, seed, data_dir
        self.preset = replace(preset, epochs=epochs) if epochs is not None else preset
        if self.preset.epochs < 1:
            raise ValueError(f"epochs must be >= 1, got {self.preset.epochs}")
        if train_images is not None and train_images < 1:
            raise ValueError(f"train_images must be >= 1, got {train_images}")
        self.train_images = train_images
        if not energy >= 0:
            raise ValueError(f"energy must be >= 0, got {energy}")
        self.energy = float(energy)
        if augment not in AUGMENTS:
            raise ValueError(f"unknown augment {augment!r}; expected one of {', '.join(AUGMENTS)}")
        if class_weights not in (None, "balanced"):
            raise ValueError(f"class_weights must be None or 'balanced', got {class_weights!r}")
        if encoder not in ("auto", "preset", "data"):
            raise ValueError(f"encoder must be auto, preset or data, got {encoder!r}")
        self.data = None if data is None else str(data)
        self.image_size = None if image_size is None else list(image_size)
        self.channels, self.test_fraction = channels, float(test_fraction)
        self.augment, self.class_weights, self.encoder = augment, class_weights, encoder

    def key(self):
        return {"family": self.family, "dataset": self.dataset, "seed": self.seed, "preset": self.preset.to_dict(),
                "train_images": self.train_images, "energy": self.energy, "data": self.data,
                "image_size": self.image_size, "channels": self.channels, "test_fraction": self.test_fraction,
                "augment": self.augment, "class_weights": self.class_weights, "encoder": self.encoder}


def _costs(model, images, device, batch=1000):
    """The trainer's estimates of synaptic operations and spikes per image (eval mode:
    binary spikes), for metrics.json beside the reference model's counts."""
    model.eval()
    syn = spk = 0.0
    with torch.no_grad():
        for s in range(0, len(images), batch):
            _, a, b = model(images[s:s + batch].to(device).float(), costs=True)
            syn += a.double().sum().item()
            spk += b.double().sum().item()
    return round(syn / max(len(images), 1), 1), round(spk / max(len(images), 1), 1)


def _accuracy(model, images, labels, device, batch=1000):
    model.eval()
    correct = 0
    with torch.no_grad():
        for s in range(0, len(images), batch):
            logits = model(images[s:s + batch].to(device))
            correct += (logits.argmax(1).cpu() == labels[s:s + batch]).sum().item()
    return correct / max(len(images), 1)


#: Checkpoint configuration keys -> the option that sets them.
_OPTIONS = {"family": "--family", "dataset": "--dataset", "seed": "--seed", "train_images": "--train-images",
            "preset": "--preset", "energy": "--energy", "data": "--data", "image_size": "--image-size",
            "channels": "--channels", "test_fraction": "--test-fraction", "augment": "--augment",
            "class_weights": "--class-weights", "encoder": "--encoder"}
#: What a checkpoint made before an option existed holds for it.
_DEFAULTS = {"energy": 0.0, "data": None, "image_size": None, "channels": None, "test_fraction": 0.2,
             "augment": "shift", "class_weights": None, "encoder": "auto"}


def _config_differences(saved, asked):
    """Options whose values differ between a checkpoint's configuration and this run's
    (the number of epochs aside), as ``--option: checkpoint X, asked Y`` strings."""
    out = []
    for key, option in _OPTIONS.items():
        a, b = saved.get(key, _DEFAULTS.get(key)), asked.get(key, _DEFAULTS.get(key))
        if key == "preset" and isinstance(a, dict) and isinstance(b, dict):
            a, b = {k: v for k, v in a.items() if k != "epochs"}, {k: v for k, v in b.items() if k != "epochs"}
            if a != b:
                if a.get("name") != b.get("name"):
                    out.append(f"--preset: checkpoint {a.get('name')}, asked {b.get('name')}")
                else:   # the same preset name whose recipe has since changed
                    fields = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
                    out.append(f"--preset {b.get('name')}: its {', '.join(fields)} changed since the checkpoint")
        elif a != b:
            out.append(f"{option}: checkpoint {a}, asked {b}")
    return out


def _load_checkpoint(path, cfg):
    """The checkpoint in ``path`` if this run may continue it; raises
    :class:`CheckpointError` naming what differs otherwise."""
    try:
        ck = torch.load(path, map_location="cpu", weights_only=False)
    except Exception as e:  # torch raises many types for a damaged file
        raise CheckpointError(f"{path}: cannot read checkpoint (corrupt or not a checkpoint): {e}; "
                              "use --restart to start over") from None
    if not isinstance(ck, dict) or ck.get("format") != CHECKPOINT_FORMAT:
        raise CheckpointError(f"{path}: not a toepcore checkpoint; use --restart to start over, or another --out")
    if ck.get("version") != CHECKPOINT_VERSION:
        raise CheckpointError(f"{path}: checkpoint version {ck.get('version')!r}, this toepcore reads "
                              f"version {CHECKPOINT_VERSION}; use --restart to start over")
    differ = _config_differences(ck.get("config") or {}, cfg.key())
    if differ:
        raise CheckpointError(f"{path}: the checkpoint was trained with other options ({'; '.join(differ)}); "
                              "rerun with the checkpoint's options to resume, --restart to start over, or another --out")
    planned, done, asked = ck["config"]["preset"]["epochs"], ck["epoch"], cfg.preset.epochs
    if asked != planned and done < planned:
        raise CheckpointError(f"{path}: an unfinished {planned}-epoch run (stopped after epoch {done}); resume it "
                              f"with --epochs {planned}, extend it once it has finished, or --restart")
    if asked != planned and asked <= done:
        raise CheckpointError(f"{path}: the run already trained {done} epochs; --epochs must exceed {done} to "
                              "extend it (or use --restart)")
    return ck


def train(cfg: TrainConfig, out_dir, resume=True, progress=True, return_model=False, on_epoch=None, test=True):
    """Train, export and score.

    Returns the metrics dict on rank 0 and None on other ranks; with ``return_model``,
    a pair ``(metrics, model)``. ``on_epoch(epoch, entry)`` is called after each epoch
    with its history entry (``val_accuracy`` among others) and may raise to stop the run
    (a search's pruner does). ``test=False`` leaves the test split alone: the metrics then
    hold the validation split's figures only (a search never looks at the test set).
    """
    rank, world, device = _dist()
    out = Path(out_dir)
    p = cfg.preset
    torch.manual_seed(cfg.seed)
    ds = open_data(cfg.data, cfg.dataset, cfg.data_dir, image_size=cfg.image_size, channels=cfg.channels,
                   test_fraction=cfg.test_fraction, seed=cfg.seed, download=cfg.data_dir is None,
                   progress=progress and rank == 0)
    n_classes, images, labels = ds.n_classes, ds.x_train, ds.y_train
    val_idx, train_idx = validation_split(len(images), p.val_images, cfg.seed)
    n_val = len(val_idx)
    if cfg.train_images is not None:
        if cfg.train_images > len(train_idx):
            raise DataError(f"--train-images {cfg.train_images:,}: {ds.name} has only {len(train_idx):,} training "
                             f"images after the {n_val:,} held out for validation")
        train_idx = train_idx[:cfg.train_images]
    if len(train_idx) == 0:
        raise DataError(f"{ds.name}: no training images left after the {n_val:,} held out for validation")
    # uint8 on the host: floats are made a batch at a time (CIFAR-10 as float32 would be 600 MB)
    x_train = torch.as_tensor(images[train_idx])
    y_train = torch.as_tensor(labels[train_idx]).long()
    x_val = torch.as_tensor(images[val_idx])
    y_val = torch.as_tensor(labels[val_idx]).long()
    weights = None
    if cfg.class_weights == "balanced":
        counts = np.bincount(labels[train_idx], minlength=n_classes).astype(np.float64)
        weights = torch.as_tensor(len(train_idx) / (n_classes * np.maximum(counts, 1)), dtype=torch.float32,
                                  device=device)

    thresholds = encoder_thresholds(p, images[train_idx], cfg.encoder)
    model = BinaryNet(cfg.family, p, n_classes, ds.shape, thresholds=thresholds).to(device)
    # Validate fan-in against the profile before spending time training.
    export_network(model.eval(), p, ds.shape)
    ddp = torch.nn.parallel.DistributedDataParallel(model) if world > 1 else model
    opt = torch.optim.Adam(model.parameters(), lr=p.lr, weight_decay=p.weight_decay)
    per_rank = len(x_train) // world   # equal shards: DDP needs every rank to take every step
    steps = math.ceil(per_rank / p.batch_size)
    history, start_epoch, train_seconds, cycle_start = [], 0, 0.0, 0
    ck, ck_path = None, out / "checkpoint.pt"
    if resume and ck_path.exists():
        ck = _load_checkpoint(ck_path, cfg)
        model.load_state_dict(ck["model"])
        opt.load_state_dict(ck["optimizer"])
        history, start_epoch, train_seconds = ck["history"], ck["epoch"], ck["train_seconds"]
        cycle_start = ck.get("cycle_start", 0)
        if ck["config"]["preset"]["epochs"] != p.epochs:
            # A finished run asked for more epochs: a new one-cycle schedule over the extra ones.
            cycle_start = start_epoch
        if rank == 0:
            log.info("resuming %s after epoch %d%s", ck_path, start_epoch,
                     f", extended to {p.epochs} epochs" if cycle_start == start_epoch and start_epoch else "")
    # One learning-rate cycle from cycle_start (0 unless a finished run was extended) to the end.
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=p.lr, total_steps=steps * (p.epochs - cycle_start))
    if ck is not None and cycle_start < start_epoch:
        sched.load_state_dict(ck["scheduler"])
    if rank == 0:
        out.mkdir(parents=True, exist_ok=True)
        c, h, w = ds.shape
        log.info("training %s on %s (%d x %d x %d, %d classes) preset %s on %d images (%d held out), %d epoch(s), %s x%d",
                 cfg.family, ds.name, h, w, c, n_classes, p.name, len(x_train), len(x_val), p.epochs, device, world)

    t_run = time.perf_counter()
    for epoch in range(start_epoch, p.epochs):
        t0 = time.perf_counter()
        model.train()
        gen = torch.Generator(device=device).manual_seed(cfg.seed * 1000 + epoch)
        order = torch.as_tensor(np.random.default_rng((cfg.seed, epoch)).permutation(len(x_train)))
        order = order[:per_rank * world][rank::world]
        bar = range(steps)
        if progress and rank == 0:
            from tqdm import tqdm
            bar = tqdm(bar, desc=f"epoch {epoch + 1}/{p.epochs}", unit="batch", leave=False)
        loss_sum = correct = seen = 0.0
        for b in bar:
            idx = order[b * p.batch_size:(b + 1) * p.batch_size]
            if len(idx) == 0:
                continue
            x = augment(x_train[idx].to(device).float(), cfg.augment, p.shift, gen)
            y = y_train[idx].to(device)
            if cfg.energy:
                # the energy term: events per image, in millions, weighted by --energy
                logits, synops, spikes = ddp(x, costs=True)
                loss = F.cross_entropy(logits, y, weight=weights) + cfg.energy * (synops + spikes).mean() / 1e6
            else:
                logits = ddp(x)
                loss = F.cross_entropy(logits, y, weight=weights)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            sched.step()
            loss_sum += loss.item() * len(idx)
            correct += (logits.argmax(1) == y).sum().item()
            seen += len(idx)
            if progress and rank == 0 and b % 20 == 0:
                bar.set_postfix(loss=f"{loss_sum / seen:.3f}", acc=f"{correct / seen:.4f}")
        if world > 1:
            # DDP syncs buffers at the start of each forward, so the last step's batch-norm
            # statistics differ per rank; make every rank hold rank 0's.
            for buf in model.buffers():
                torch.distributed.broadcast(buf, 0)
        train_seconds += time.perf_counter() - t0
        val = _accuracy(model, x_val, y_val, device)
        history.append({"epoch": epoch + 1, "loss": loss_sum / max(seen, 1), "train_accuracy": correct / max(seen, 1),
                        "val_accuracy": val, "seconds": train_seconds})
        if rank == 0:
            left = (time.perf_counter() - t_run) / (epoch + 1 - start_epoch) * (p.epochs - epoch - 1)
            log.info("epoch %d/%d: loss %.4f, train acc %.4f, val acc %.4f, %.0f s%s", epoch + 1, p.epochs,
                     history[-1]["loss"], history[-1]["train_accuracy"], val, train_seconds,
                     f"; about {left / 60:.1f} min left" if epoch + 1 < p.epochs else "")
            tmp = ck_path.with_suffix(".tmp")
            torch.save({"format": CHECKPOINT_FORMAT, "version": CHECKPOINT_VERSION, "config": cfg.key(),
                        "model": model.state_dict(), "optimizer": opt.state_dict(), "scheduler": sched.state_dict(),
                        "epoch": epoch + 1, "history": history, "train_seconds": train_seconds,
                        "cycle_start": cycle_start}, tmp)
            tmp.replace(ck_path)
        if on_epoch is not None:
            on_epoch(epoch + 1, history[-1])
    if rank != 0:
        return (None, model) if return_model else None

    model.eval()
    data_info = ds.describe()
    data_info.pop("class_names")   # the network holds them in its own field
    info = {"trainer": "python -m model train", "family": cfg.family, **data_info, "preset": p.to_dict(),
            "seed": cfg.seed, "epochs": p.epochs, "val_accuracy": history[-1]["val_accuracy"] if history else None,
            "augment": cfg.augment, "encoder": cfg.encoder, "torch": torch.__version__}
    if cfg.image_size is not None or cfg.channels is not None:
        info["preprocess"] = {"image_size": cfg.image_size, "channels": cfg.channels}
    network = export_network(model, p, ds.shape, info, class_names=ds.class_names)
    # the validation images' costs: exact counts in eval mode, what a search selects on
    val_syn, val_spk = _costs(model, x_val[:2000], device)
    common = {"val_accuracy": info["val_accuracy"], "train_seconds": round(train_seconds, 1),
              "family": cfg.family, "dataset": ds.name, "image_shape": list(ds.shape), "n_classes": n_classes,
              "preset": p.name, "profile": p.profile, "epochs": p.epochs, "seed": cfg.seed, "world_size": world,
              "device": str(device), "parameters": model.generator_parameters(), **network_costs(network),
              "val_synaptic_ops_per_image": val_syn, "val_spikes_per_image": val_spk}
    if not test:
        network.save(out / "network.npz")
        metrics = dict(common, history=history)
        (out / "metrics.json").write_text(json.dumps(metrics, indent=1) + "\n")
        return (metrics, model) if return_model else metrics
    test_x, test_y = ds.x_test, ds.y_test
    res = ReferenceModel(network).run(test_x, counters=True)
    scores = classification_report(test_y, res.predictions, ds.class_names)
    acc = scores["test_accuracy"]
    network.info["test_accuracy"] = acc
    network.save(out / "network.npz")
    totals = res.counter_totals()["total"]
    est_syn, est_spk = _costs(model, torch.tensor(test_x), device)
    metrics = {"test_accuracy": acc, "balanced_accuracy": scores["balanced_accuracy"], **common,
               "synaptic_ops_per_image": totals["synaptic_ops"], "spikes_per_image": totals["spikes_out"],
               "energy": {"lambda": cfg.energy, "estimated_synaptic_ops_per_image": est_syn,
                          "estimated_spikes_per_image": est_spk},
               "per_class": scores["per_class"], "confusion_matrix": scores["confusion_matrix"],
               "history": history}
    (out / "metrics.json").write_text(json.dumps(metrics, indent=1) + "\n")
    _plot(history, out / "training.png", f"{cfg.family} / {p.name}: test {acc:.4f}")
    plot_confusion(scores, out / "confusion.png", f"{cfg.family} / {p.name} on {Path(ds.name).name}: "
                                                  f"test {acc:.4f}, balanced {scores['balanced_accuracy']:.4f}")
    log.info("test accuracy (reference model, %d images): %.4f; wrote %s", len(test_x), acc, out / "network.npz")
    return (metrics, model) if return_model else metrics


def _plot(history, path, title):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    ep = [h["epoch"] for h in history]
    fig, (a, b) = plt.subplots(1, 2, figsize=(9, 3.5))
    a.plot(ep, [h["loss"] for h in history], marker="o")
    from matplotlib.ticker import MaxNLocator
    for axis in (a, b):
        axis.xaxis.set_major_locator(MaxNLocator(integer=True))   # epochs are whole numbers
    a.set_xlabel("epoch"), a.set_ylabel("training loss")
    b.plot(ep, [h["train_accuracy"] for h in history], marker="o", label="train")
    b.plot(ep, [h["val_accuracy"] for h in history], marker="o", label="validation")
    b.set_xlabel("epoch"), b.set_ylabel("accuracy"), b.legend()
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
