"""Networks of other shapes than MNIST's through the RTL, bit-exact against the reference
model: grey 16 x 16, 48 x 48 and 12 x 20, RGB 32 x 32, 2 and 26 classes; and a colour network
trained here, built and classified from image files end to end."""

import json

import numpy as np
import pytest
from PIL import Image

from boards import get_board
from codegen.emit import build_array, emit
from codegen.mapping import map_network
from codegen.simulate import compile_design, run_images
from model.data import open_data
from model.data.shapes import make_shapes
from model.randnet import random_network
from model.reference import ReferenceModel


def _images(shape, n, offset=0):
    """``n`` real images of ``shape`` (C, H, W): MNIST test digits resized for grey, the
    procedural shapes for colour."""
    c, h, w = shape
    if c == 3:
        x, _, _ = make_shapes(n, h, 2, seed=offset)
        return np.ascontiguousarray(x[:n].transpose(0, 3, 1, 2))
    ds = open_data(dataset="mnist", image_size=(h, w), splits=("test",), progress=False)
    return ds.x_test[offset:offset + n]


@pytest.mark.parametrize("shape, n_classes, per_class", [
    ((1, 16, 16), 10, 2),
    ((1, 48, 48), 2, 3),
    ((1, 20, 20), 26, 1),
    ((3, 32, 32), 4, 2),
    ((1, 12, 20), 3, 2),   # non-square: a 3 x 5 readout
])
def test_icarus_bench_on_other_shapes(shape, n_classes, per_class, tmp_path):
    """Random networks at each shape, two real images each, with random idle cycles and
    back-pressure on the streams: class counts, class, every layer's spikes."""
    rng = np.random.default_rng(sum(shape) + n_classes)
    net = random_network(rng, "s4", input_shape=shape, planes=(96, 160),
                         layers=((4, 3, 2, 1, 1), (8, 3, 2, 1, 1)), readout_per_class=per_class,
                         n_classes=n_classes).validate()
    array = build_array(map_network(net, get_board("sim")))
    verilog, _ = emit(array, tmp_path)
    runner = compile_design(verilog, "icarus", tmp_path / "sim")
    images = _images(shape, 2, offset=7)
    ref = ReferenceModel(net).run(images, counters=True)
    res = run_images(runner, array, images, ref, tmp_path / "sim", idle=0.2, stall=0.3)["results"]
    from codegen.check import compare_records
    exact, first = compare_records(res, ref)
    assert exact.all(), first
    assert [r["cls"] for r in res] == ref.predictions.tolist()


@pytest.fixture(scope="module")
def colour_run(tmp_path_factory):
    """A colour network trained on 4 classes of 32 x 32 shapes (an .npz), by the CLI."""
    from model.__main__ import main
    root = tmp_path_factory.mktemp("colour")
    x, y, names = make_shapes(2000, 32, 4, seed=3)
    test = np.arange(len(x)) % 7 == 0
    np.savez(root / "shapes.npz", x_train=x[~test], y_train=y[~test], x_test=x[test], y_test=y[test],
             class_names=np.array(names))
    main(["train", "--family", "s4", "--preset", "up5k", "--epochs", "10", "--data", str(root / "shapes.npz"),
          "--augment", "photo", "--out", str(root / "run"), "--quiet"])
    return root, names, x[test][:3]


@pytest.mark.slow   # about 2 minutes of training and a 278,000-cycle-per-image simulation
def test_colour_network_trains_and_builds_bit_exact(colour_run, capsys):
    """Trained to >= 95% with data-chosen encoder thresholds per channel and the class
    names in the network; codegen build on its own test images (found through the
    network's provenance) is bit-exact on every record."""
    from codegen.__main__ import main
    from model.network import Network
    root, names, _ = colour_run
    capsys.readouterr()
    metrics = json.loads((root / "run" / "metrics.json").read_text())
    assert metrics["test_accuracy"] >= 0.95 and metrics["balanced_accuracy"] >= 0.95
    assert [c["name"] for c in metrics["per_class"]] == names and (root / "run" / "confusion.png").exists()
    net = Network.load(root / "run" / "network.npz")
    assert net.input_shape == (3, 32, 32) and net.names == names
    th = net.encoder.thresholds
    assert th.shape == (3, 4) and not (th == th[0]).all()   # chosen per channel from the pixels
    main(["build", "--board", "sim", "--network", str(root / "run" / "network.npz"), "--images", "3", "--quiet",
          "--out", str(root / "build")])
    report = json.loads((root / "build" / "report.json").read_text())
    assert report["bit_exact_images"] == report["images"] == 3
    assert report["data"]["path"] == str(root / "shapes.npz") and report["data"]["class_names"] == names


@pytest.fixture(scope="module")
def colour_random(tmp_path_factory):
    """A randomly initialised colour network with class names, and its .npz data."""
    root = tmp_path_factory.mktemp("colour-random")
    x, y, names = make_shapes(6, 32, 4, seed=5)
    np.savez(root / "shapes.npz", x_train=x, y_train=y, x_test=x, y_test=y, class_names=np.array(names))
    net = random_network(np.random.default_rng(4), "s4", input_shape=(3, 32, 32), planes=(96, 160),
                         layers=((4, 3, 2, 1, 1), (8, 3, 2, 1, 1)), readout_per_class=2, n_classes=4)
    net.class_names = names
    net.info.update(dataset=str(root / "shapes.npz"), data_kind="npz")
    (root / "run").mkdir()
    net.save(root / "run" / "network.npz")
    return root, names, x[:3]


def test_codegen_run_classifies_image_files_by_name(colour_random, tmp_path, capsys):
    """codegen run --simulate a.png b.jpg: one line per file with the class name, each
    checked against the reference model on the simulated iCEBreaker's board top; a dark
    colour frame goes there compressed ('Z')."""
    from codegen.__main__ import main
    root, names, images = colour_random
    files = [tmp_path / "a.png", tmp_path / "b.jpg", tmp_path / "c.bmp"]
    for f, im in zip(files, images):
        Image.fromarray(im).save(f)
    # a larger photo is resized to the network's 32 x 32, as it was trained
    Image.fromarray(np.kron(images[0], np.ones((2, 2, 1), np.uint8))).save(tmp_path / "big.png")
    files.append(tmp_path / "big.png")
    # a dark colour frame with a bright patch goes run-length coded ('Z'), the others packed
    dark = np.zeros_like(images[1])
    dark[10:20, 12:18] = images[1][10:20, 12:18]
    Image.fromarray(dark).save(tmp_path / "dark.png")
    files.append(tmp_path / "dark.png")
    from model.network import Network
    from toepcore import protocol
    net = Network.load(root / "run" / "network.npz")
    assert protocol.encode_frame(dark.transpose(2, 0, 1), net.encoder.thresholds)[0] == protocol.CMD_COMPRESSED
    capsys.readouterr()
    main(["run", "--board", "icebreaker", "--simulate", "--network", str(root / "run" / "network.npz"), "--quiet",
          "--out", str(tmp_path / "board"), *map(str, files)])
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == len(files) + 1
    for f, line in zip(files, lines):
        assert line.startswith(str(f)) and line.endswith("(bit-exact)")
        assert line.split()[1] in names
    assert lines[-1].startswith(f"icebreaker (simulated): {len(files)} of {len(files)} files bit-exact")
