"""The trainer: export is bit-exact with the reference model, CLI errors, scale-out."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from model.__main__ import DEFAULT_NETWORK, main
from model.network import Network
from model.presets import PRESETS
from model.reference import ReferenceModel
from model.train.export import torch_counts
from model.train.layers import ToeplitzConv2d
from model.train.loop import CheckpointError, TrainConfig, train

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("family", ["s4", "kernel", "dense"])
def test_generators_are_the_only_parameters(family):
    conv = ToeplitzConv2d(family, 8, 4, 3, groups=2)
    names = {n for n, _ in conv.named_parameters()}
    assert names == ({"table", "mask"} if family == "s4" else {"weight"})
    w = conv.dense_weight()
    assert w.shape == (4, 4, 3, 3)
    if family == "s4":
        # every kernel entry is a masked table entry of its filter, at the S4 type index
        k, scale = conv.integer_kernel()
        table = torch.round(conv.table / scale[:, None])
        idx = conv.type_index
        assert torch.equal(k, (conv.mask > 0).float() * table[:, idx])


def test_conv_forward_is_the_dense_block_toeplitz_matrix():
    """The layer's convolution equals multiplying by the unrolled block-Toeplitz matrix."""
    torch.manual_seed(0)
    conv = ToeplitzConv2d("s4", 2, 3, 3, stride=2, padding=1)
    x = (torch.rand(1, 2, 6, 6) > 0.5).float()
    y = conv(x).detach().flatten()
    w = conv.dense_weight().detach()
    mat = torch.zeros(3 * 3 * 3, 2 * 6 * 6)
    for o in range(3):
        for oy in range(3):
            for ox in range(3):
                for c in range(2):
                    for qy in range(3):
                        for qx in range(3):
                            iy, ix = oy * 2 + qy - 1, ox * 2 + qx - 1
                            if 0 <= iy < 6 and 0 <= ix < 6:
                                mat[(o * 3 + oy) * 3 + ox, (c * 6 + iy) * 6 + ix] = w[o, c, qy, qx]
    assert torch.allclose(mat @ x.flatten(), y, atol=1e-5)


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("tiny")
    cfg = TrainConfig("s4", PRESETS["quick"], epochs=1, train_images=6000, seed=3)
    metrics, model = train(cfg, out, progress=False, return_model=True)
    return out, metrics, model


def test_tiny_training_exports_bit_exact_on_all_test_images(tiny_run, mnist_test):
    out, metrics, model = tiny_run
    net = Network.load(out / "network.npz")
    images, labels = mnist_test
    ref = ReferenceModel(net).run(images)
    assert len(images) == 10000
    assert np.array_equal(torch_counts(net, images), ref.counts)
    # the float training graph (eval mode) spikes exactly like the exported integers
    with torch.no_grad():
        float_counts = model(torch.tensor(images)) / model.log_temperature.exp()
    assert np.array_equal(float_counts.round().numpy().astype(np.int64), ref.counts)
    assert metrics["test_accuracy"] == float((ref.predictions == labels).mean()) > 0.5  # it learned


def test_tiny_training_outputs(tiny_run):
    out, metrics, _ = tiny_run
    saved = json.loads((out / "metrics.json").read_text())
    for key in ("test_accuracy", "train_seconds", "family", "parameters", "generator_bits", "dense_crossbar_bits",
                "synaptic_ops_per_image"):
        assert key in saved
    assert saved["dense_crossbar_bits"] > 5 * saved["generator_bits"]
    assert (out / "training.png").stat().st_size > 1000
    assert (out / "checkpoint.pt").exists()


def test_resume_after_last_epoch_reproduces_the_network(tiny_run, tmp_path):
    out, metrics, _ = tiny_run
    cfg = TrainConfig("s4", PRESETS["quick"], epochs=1, train_images=6000, seed=3)
    again = train(cfg, out, progress=False)   # resumes from the epoch-1 checkpoint: no more training
    assert again["test_accuracy"] == metrics["test_accuracy"]


def test_checkpoints_resume_extend_or_say_why_not(tiny_run, tmp_path):
    out, _, _ = tiny_run
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "checkpoint.pt").write_bytes(b"definitely not a checkpoint")
    args = ["train", "--family", "s4", "--preset", "quick", "--epochs", "1", "--train-images", "6000", "--quiet"]
    with pytest.raises(SystemExit, match=r"checkpoint\.pt: cannot read checkpoint \(corrupt or not a checkpoint\)"):
        main(args + ["--out", str(bad)])
    ck = torch.load(out / "checkpoint.pt", weights_only=False)
    ck["version"] = 99
    torch.save(ck, bad / "checkpoint.pt")
    with pytest.raises(SystemExit, match=r"checkpoint version 99, this toepcore reads version 1"):
        main(args + ["--out", str(bad)])
    ck["version"] = 1
    torch.save(ck, bad / "checkpoint.pt")
    with pytest.raises(SystemExit, match=r"^error: .*checkpoint\.pt: the checkpoint was trained with other options "
                                         r"\(--seed: checkpoint 3, asked 4\); .* --restart to start over"):
        main(args[:-1] + ["--seed", "4", "--out", str(bad)])
    # an unfinished 2-epoch run: more epochs only once it has finished
    ck["config"]["preset"]["epochs"], ck["epoch"] = 2, 1
    torch.save(ck, bad / "checkpoint.pt")
    with pytest.raises(SystemExit, match=r"an unfinished 2-epoch run \(stopped after epoch 1\); resume it with "
                                         r"--epochs 2, .* or --restart$"):
        main(args[:5] + ["--epochs", "3", "--train-images", "6000", "--seed", "3", "--out", str(bad)])

    # a finished run asked for more epochs continues with a new learning-rate cycle
    metrics = tiny_run[1]
    shutil.copytree(out, tmp_path / "run")
    more = train(TrainConfig("s4", PRESETS["quick"], epochs=2, train_images=6000, seed=3), tmp_path / "run",
                 progress=False)
    assert [h["epoch"] for h in more["history"]] == [1, 2]
    assert more["history"][0] == metrics["history"][0]   # the first epoch is the finished run's
    assert torch.load(tmp_path / "run" / "checkpoint.pt", weights_only=False)["cycle_start"] == 1
    with pytest.raises(CheckpointError, match=r"already trained 2 epochs; --epochs must exceed 2"):
        train(TrainConfig("s4", PRESETS["quick"], epochs=1, train_images=6000, seed=3), tmp_path / "run",
              progress=False)


def test_cli_errors(tmp_path, capsys):
    with pytest.raises(SystemExit, match=r"^error: python -m model train: argument --family: invalid choice: 'fft'"):
        main(["train", "--family", "fft", "--out", str(tmp_path)])
    with pytest.raises(SystemExit, match=r"argument --dataset: invalid choice: 'cifar'"):
        main(["train", "--family", "s4", "--dataset", "cifar", "--out", str(tmp_path)])
    with pytest.raises(SystemExit, match=r"unknown preset 'huge'; known presets: quick, mnist, truenorth, ice40"):
        main(["train", "--family", "s4", "--preset", "huge", "--out", str(tmp_path)])
    with pytest.raises(SystemExit, match=r"mnist: missing .* in .*empty/mnist \(from --data-dir\).*TOEPCORE_DATA"):
        main(["train", "--family", "s4", "--data-dir", str(tmp_path / "empty"), "--out", str(tmp_path)])


def test_layer_that_does_not_fit_its_profile_is_refused_before_training(tmp_path):
    from dataclasses import replace
    too_wide = replace(PRESETS["quick"], profile="truenorth")   # ternary 3x3 over 16 channels: 288 axons
    with pytest.raises(ValueError, match=re.escape(
            "layer 1 ('conv1'): fan-in of 144 inputs (16 channels x 3x3) x 2 axons per input = 288 axons "
            "exceeds the 'truenorth' profile's 256 axons per core")):
        train(TrainConfig("kernel", too_wide, epochs=1, train_images=256), tmp_path, progress=False)


def test_shipped_default_network(mnist_test):
    net = Network.load(DEFAULT_NETWORK)
    images, labels = mnist_test
    ref = ReferenceModel(net).run(images)
    assert np.array_equal(torch_counts(net, images), ref.counts)
    acc = float((ref.predictions == labels).mean())
    assert acc == net.info["test_accuracy"] and acc >= 0.985


@pytest.mark.slow   # the whole test set through a 99% network; make test-long
def test_shipped_lean_network_is_accurate_and_cheap(mnist_test):
    """mnist-s4-lean (trained with --energy 0.05): at least 99.0% on the test set at no more
    than a quarter of mnist-s4's synaptic operations, as its metrics say."""
    from model import NETWORKS
    net = Network.load(NETWORKS / "mnist-s4-lean.npz")
    metrics = json.loads((NETWORKS / "mnist-s4-lean.metrics.json").read_text())
    images, labels = mnist_test
    ref = ReferenceModel(net).run(images, counters=True)
    acc = float((ref.predictions == labels).mean())
    ops = ref.counter_totals()["total"]["synaptic_ops"]
    assert acc == net.info["test_accuracy"] == metrics["test_accuracy"] and acc >= 0.990
    assert ops <= 600_000 and abs(ops - metrics["synaptic_ops_per_image"]) < 1e-3
    assert metrics["energy"]["lambda"] == 0.05


DDP_SCRIPT = """
import sys, torch, torch.distributed as dist
from model.presets import PRESETS
from model.train.loop import CheckpointError, TrainConfig, train
out = sys.argv[1]
_, model = train(TrainConfig("kernel", PRESETS["quick"], epochs=1, train_images=1024), out, progress=False,
                 return_model=True)
torch.save(model.state_dict(), f"{out}/rank{dist.get_rank()}.pt")
"""


def test_torchrun_data_parallel_ranks_hold_identical_weights(tmp_path):
    script = tmp_path / "ddp.py"
    script.write_text(DDP_SCRIPT)
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2",
                        str(script), str(tmp_path)], env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    a, b = (torch.load(tmp_path / f"rank{i}.pt") for i in (0, 1))
    assert a.keys() == b.keys()
    for k in a:
        assert torch.equal(a[k], b[k]), k
    metrics = json.loads((tmp_path / "metrics.json").read_text())
    assert metrics["world_size"] == 2


def test_energy_term_lowers_synaptic_operations(tiny_run, tmp_path):
    """--energy: the loss adds the events per image; the trainer's estimate is the reference
    model's count exactly (eval mode), and a weight of 50 cuts the operations."""
    metrics = tiny_run[1]
    assert metrics["energy"]["lambda"] == 0.0
    assert metrics["energy"]["estimated_synaptic_ops_per_image"] == pytest.approx(metrics["synaptic_ops_per_image"],
                                                                                  abs=0.05)
    assert metrics["energy"]["estimated_spikes_per_image"] == pytest.approx(metrics["spikes_per_image"], abs=0.05)
    lean = train(TrainConfig("s4", PRESETS["quick"], epochs=1, train_images=6000, seed=3, energy=50.0), tmp_path,
                 progress=False)
    assert lean["energy"]["lambda"] == 50.0
    assert lean["synaptic_ops_per_image"] < 0.8 * metrics["synaptic_ops_per_image"]


def test_presets_scale_their_strides_to_the_image():
    """At 28 x 28 nothing changes; from 8 x 8 to 96 x 96 every preset keeps its readout's
    extent (and fan-in) near the design's; non-square images get non-square strides."""
    from model.presets import DESIGN_SIZE, map_sizes, scaled_layers
    for preset in PRESETS.values():
        same = scaled_layers(preset, (DESIGN_SIZE, DESIGN_SIZE))
        assert [(o, k, s[0], p, g) for o, k, s, p, g in same] == [tuple(l) for l in preset.layers]
        design = map_sizes(preset.layers, DESIGN_SIZE)[-1]
        for side in (8, 16, 32, 48, 64, 96):
            layers = scaled_layers(preset, (side, side))
            last = map_sizes([(o, k, s[0], p, g) for o, k, s, p, g in layers], side)[-1]
            assert design / 2 <= last <= 2 * design, (preset.name, side, last)
            assert all(s[0] <= k for _, k, s, _, _ in layers)   # no pixel skipped
    strides = [s for _, _, s, _, _ in scaled_layers(PRESETS["up5k"], (16, 48))]
    assert strides == [(1, 2), (2, 2), (2, 3)]   # 16 -> 16, 8, 4 rows; 48 -> 24, 12, 4 columns


@pytest.mark.parametrize("shape", [(1, 16, 16), (3, 32, 32), (1, 20, 36), (1, 64, 64)])
def test_other_shapes_export_bit_exact(shape):
    """A network of the up5k preset at each shape (colour with its own thresholds per
    channel, non-square, 64 x 64): the float graph, the exported integers run by PyTorch
    and the reference model agree on every count."""
    from model.train.export import export_network
    from model.train.layers import BinaryNet
    torch.manual_seed(0)
    c = shape[0]
    thresholds = [[40 + 10 * ch, 100, 160 - 5 * ch, 230] for ch in range(c)]
    model = BinaryNet("s4", PRESETS["up5k"], 3, shape, thresholds=thresholds).eval()
    for bn in model.bns:   # spread the batch-norm statistics so that a useful share spikes
        bn.running_mean.uniform_(-2, 2)
    net = export_network(model, PRESETS["up5k"], shape, class_names=["a", "b", "c"])
    assert net.input_shape == shape and net.encoder.thresholds.tolist() == thresholds and net.names == ["a", "b", "c"]
    assert net.layers[-1].kernel == net.layers[-1].in_shape[1:]   # the readout covers the last map
    images = np.random.default_rng(1).integers(0, 256, (6,) + shape, dtype=np.uint8)
    ref = ReferenceModel(net).run(images)
    assert np.array_equal(torch_counts(net, images), ref.counts)
    with torch.no_grad():
        float_counts = model(torch.tensor(images)) / model.log_temperature.exp()
    assert np.array_equal(float_counts.round().numpy().astype(np.int64), ref.counts)
    assert ref.counts.sum() > 0
