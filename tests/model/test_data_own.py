"""The data layer on a user's own images: image-folder trees, .npz arrays, resizing and
conversion, the decode cache, and one clear error for each bad input."""

import json
import logging

import numpy as np
import pytest
from PIL import Image

from model.data import DataError, open_data, parse_size, read_image, stratified_split
from model.data.shapes import make_shapes


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def write_tree(root, per_class=3, size=(12, 10), classes=("bad", "good"), mode="L", split=True, seed=0):
    """PNG files ROOT[/train|/test]/<class>/i.png of random pixels; returns the arrays written."""
    rng = np.random.default_rng(seed)
    written = {}
    for s in (("train", "test") if split else ("",)):
        for _k, name in enumerate(classes):
            folder = root / s / name if s else root / name
            folder.mkdir(parents=True, exist_ok=True)
            for i in range(per_class):
                a = rng.integers(0, 256, size + ((3,) if mode == "RGB" else ()), dtype=np.uint8)
                Image.fromarray(a, mode).save(folder / f"{i}.png")
                written[(s, name, i)] = a
    return written


def test_tree_with_train_and_test(tmp_path):
    written = write_tree(tmp_path / "d")
    ds = open_data(tmp_path / "d")
    assert ds.class_names == ["bad", "good"] and ds.kind == "folder"
    assert ds.x_train.shape == (6, 1, 12, 10) and ds.x_test.shape == (6, 1, 12, 10)
    assert ds.y_train.tolist() == [0, 0, 0, 1, 1, 1]
    # pixels exactly as written, files in name order within a class
    assert np.array_equal(ds.x_train[4, 0], written[("train", "good", 1)])
    assert np.array_equal(ds.x_test[0, 0], written[("test", "bad", 0)])


def test_tree_without_a_split_is_split_stratified_and_seeded(tmp_path):
    write_tree(tmp_path / "d", per_class=10, split=False, classes=("a", "b", "c"))
    a = open_data(tmp_path / "d", test_fraction=0.3, seed=1)
    b = open_data(tmp_path / "d", test_fraction=0.3, seed=1)
    c = open_data(tmp_path / "d", test_fraction=0.3, seed=2)
    assert np.bincount(a.y_test).tolist() == [3, 3, 3] and np.bincount(a.y_train).tolist() == [7, 7, 7]
    assert np.array_equal(a.x_test, b.x_test) and not np.array_equal(a.x_test, c.x_test)
    tr, te = stratified_split(np.array([0] * 5 + [1] * 2), 0.2, 0)
    assert sorted(np.concatenate([tr, te]).tolist()) == list(range(7)) and len(te) == 2   # one of each class


def test_colour_resize_and_conversion(tmp_path):
    write_tree(tmp_path / "d", mode="RGB", size=(20, 16))
    ds = open_data(tmp_path / "d")
    assert ds.shape == (3, 20, 16)
    grey = open_data(tmp_path / "d", image_size=(8, 8), channels=1)
    assert grey.shape == (1, 8, 8)
    # a grey pixel stays that grey when made RGB
    write_tree(tmp_path / "g", mode="L", size=(9, 9))
    rgb = open_data(tmp_path / "g", channels=3)
    assert rgb.shape == (3, 9, 9) and np.array_equal(rgb.x_train[:, 0], rgb.x_train[:, 2])
    assert parse_size("32") == (32, 32) and parse_size("48x64") == (48, 64)
    with pytest.raises(ValueError, match=r"expected H or HxW in pixels \(e.g. 32 or 48x64\), got '3x'"):
        parse_size("3x")


def test_decoded_images_are_cached_by_content(tmp_path, monkeypatch):
    write_tree(tmp_path / "d")
    first = open_data(tmp_path / "d")
    import model.data.dataset as dataset

    def no_decoding(*a, **k):
        raise AssertionError("decoded again")
    monkeypatch.setattr(dataset, "decode_files", no_decoding)
    again = open_data(tmp_path / "d")
    assert np.array_equal(first.x_train, again.x_train)
    # a changed file is a new key: decoded again
    Image.fromarray(np.zeros((12, 10), np.uint8)).save(tmp_path / "d" / "train" / "bad" / "0.png")
    with pytest.raises(AssertionError, match="decoded again"):
        open_data(tmp_path / "d")


def test_npz_in_keras_layout(tmp_path):
    x, y, names = make_shapes(3, 16, 3, seed=0)
    np.savez(tmp_path / "c.npz", x_train=x, y_train=y, x_test=x[:4], y_test=y[:4], class_names=np.array(names))
    ds = open_data(tmp_path / "c.npz")
    assert ds.shape == (3, 16, 16) and ds.class_names == names and ds.kind == "npz"
    assert np.array_equal(ds.x_train[5], x[5].transpose(2, 0, 1))
    g = x[..., 0]
    np.savez(tmp_path / "g.npz", x_train=g, y_train=y, x_test=g, y_test=y)
    ds = open_data(tmp_path / "g.npz")
    assert ds.shape == (1, 16, 16) and ds.class_names == ["0", "1", "2"]


def test_read_image_formats(tmp_path):
    a = np.arange(48, dtype=np.uint8).reshape(6, 8)
    Image.fromarray(a).save(tmp_path / "a.pgm")
    Image.fromarray(a).save(tmp_path / "a.bmp")
    Image.fromarray(np.stack([a] * 3 + [a], -1), "RGBA").save(tmp_path / "rgba.png")
    assert np.array_equal(read_image(tmp_path / "a.pgm")[:, :, 0], a)
    assert np.array_equal(read_image(tmp_path / "a.bmp")[:, :, 0], a)
    assert read_image(tmp_path / "rgba.png").shape == (6, 8, 3)   # alpha dropped
    Image.fromarray(a).convert("P").save(tmp_path / "grey-palette.png")
    assert np.array_equal(read_image(tmp_path / "grey-palette.png")[:, :, 0], a)
    colour = np.stack([a, a[::-1], a], -1)
    Image.fromarray(colour, "RGB").convert("P", palette=Image.Palette.ADAPTIVE).save(tmp_path / "palette.png")
    assert read_image(tmp_path / "palette.png").shape == (6, 8, 3)
    Image.fromarray(a.astype(np.uint16) * 257).save(tmp_path / "deep.png")   # 16-bit grey
    assert np.array_equal(read_image(tmp_path / "deep.png")[:, :, 0], a)


# ---- one clear error per bad input ------------------------------------------------------

def test_errors_name_what_is_wrong(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError, match=r"empty: no class folders; expected .*empty/<class>/\*\.png"):
        open_data(tmp_path / "empty")
    write_tree(tmp_path / "one", classes=("only",), split=False)
    with pytest.raises(DataError, match=r"one: only one class \('only'\); a classifier needs at least 2"):
        open_data(tmp_path / "one")
    write_tree(tmp_path / "hole", split=False)
    (tmp_path / "hole" / "scratched").mkdir()
    with pytest.raises(DataError, match=r"hole/scratched: class 'scratched' has no images \(\.png"):
        open_data(tmp_path / "hole")
    write_tree(tmp_path / "half", split=False)
    (tmp_path / "half" / "train" / "a").mkdir(parents=True)
    with pytest.raises(DataError, match=r"half: has a 'train/' folder but no 'test/'"):
        open_data(tmp_path / "half")
    with pytest.raises(DataError, match=r"--data .*nowhere: no such file or folder"):
        open_data(tmp_path / "nowhere")
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(DataError, match=r"notes.txt: expected a folder of class folders or an .npz file"):
        open_data(tmp_path / "notes.txt")


def test_corrupt_truncated_and_stray_files(tmp_path, caplog):
    write_tree(tmp_path / "d", split=False)
    bad = tmp_path / "d" / "good" / "9.png"
    bad.write_bytes(b"not an image at all")
    with pytest.raises(DataError, match=r"good/9.png: cannot decode image \(corrupt, truncated or not an image\)"):
        open_data(tmp_path / "d")
    data = (tmp_path / "d" / "good" / "0.png").read_bytes()
    bad.write_bytes(data[:len(data) // 2])
    with pytest.raises(DataError, match=r"good/9.png: cannot decode image"):
        open_data(tmp_path / "d")
    bad.unlink()
    (tmp_path / "d" / "good" / "README.txt").write_text("not an image")   # skipped, with a warning
    with caplog.at_level(logging.WARNING):
        ds = open_data(tmp_path / "d")
    assert len(ds.x_train) + len(ds.x_test) == 6
    assert "skipped 1 file(s) that are not images (README.txt)" in caplog.text


def test_mixed_sizes_need_image_size(tmp_path):
    write_tree(tmp_path / "d", split=False)
    Image.fromarray(np.zeros((30, 20), np.uint8)).save(tmp_path / "d" / "good" / "big.png")
    with pytest.raises(DataError, match=r"images differ in size: .*bad/0.png is 12 x 10, .*good/big.png is 30 x 20; "
                                        r"pass --image-size"):
        open_data(tmp_path / "d")
    assert open_data(tmp_path / "d", image_size=(16, 16)).shape == (1, 16, 16)


def test_a_preset_that_cannot_take_the_images_names_the_layer(tmp_path):
    from model.presets import PresetFitError, get_preset, scaled_layers
    with pytest.raises(PresetFitError, match=r"preset 'up5k' cannot take a 4 x 4 image: layer conv2 \(stride 2\) "
                                             r"would get a 1 x 1 map; pass --image-size 8 or larger"):
        scaled_layers(get_preset("up5k"), (4, 4))
    from model.__main__ import main
    write_tree(tmp_path / "d", size=(4, 4))
    with pytest.raises(SystemExit, match=r"^error: preset 'quick' cannot take a 4 x 4 image: .*--image-size 8"):
        main(["train", "--family", "s4", "--preset", "quick", "--data", str(tmp_path / "d"), "--out",
              str(tmp_path / "o"), "--quiet"])


def test_npz_errors(tmp_path):
    x = np.zeros((4, 9, 9), np.uint8)
    y = np.array([0, 1, 0, 1])
    np.savez(tmp_path / "a.npz", x_train=x, y_train=y, x_test=x)
    with pytest.raises(DataError, match=r"a.npz: missing array\(s\) y_test; an .npz data set holds x_train"):
        open_data(tmp_path / "a.npz")
    np.savez(tmp_path / "b.npz", x_train=x, y_train=y, x_test=x, y_test=np.array([0, 1, 5, 1]),
             class_names=np.array(["ok", "dent"]))
    with pytest.raises(DataError, match=r"b.npz: y_test\[2\] = 5 is out of range; labels must be 0 to 1 "
                                        r"\(class_names has 2 names\)"):
        open_data(tmp_path / "b.npz")
    np.savez(tmp_path / "c.npz", x_train=x, y_train=np.array([0, -1, 0, 1]), x_test=x, y_test=y)
    with pytest.raises(DataError, match=r"y_train\[1\] = -1 is out of range"):
        open_data(tmp_path / "c.npz")
    np.savez(tmp_path / "d.npz", x_train=x.astype(np.float32) / 255, y_train=y, x_test=x, y_test=y)
    with pytest.raises(DataError, match=r"d.npz: x_train is float32; expected uint8 pixels"):
        open_data(tmp_path / "d.npz")
    (tmp_path / "e.npz").write_bytes(b"PK\x03\x04broken")
    with pytest.raises(DataError, match=r"e.npz: cannot read .npz"):
        open_data(tmp_path / "e.npz")


@pytest.mark.parametrize("argv, message", [
    (["--data", "{tmp}/empty"], r"empty: no class folders"),
    (["--data", "{tmp}/nowhere"], r"--data .*nowhere: no such file or folder"),
    (["--data", "{tmp}/empty", "--image-size", "ax3"], r"argument --image-size: expected H or HxW"),
    (["--data", "{tmp}/empty", "--channels", "2"], r"argument --channels: invalid choice: 2"),
])
def test_commands_print_one_line_and_exit_1(tmp_path, argv, message):
    """Every command that reads images takes --data and says what is wrong on one line."""
    from codegen.__main__ import main as codegen_main
    from model.__main__ import main as model_main
    (tmp_path / "empty").mkdir()
    argv = [a.format(tmp=tmp_path) for a in argv]
    for main, command in ((model_main, ["train", "--family", "s4", "--out", str(tmp_path / "o")]),
                          (model_main, ["eval"]), (codegen_main, ["build", "--board", "sim", "--quiet"])):
        with pytest.raises(SystemExit, match=message) as e:
            main(command + argv)
        assert isinstance(e.value.code, str) and e.value.code.startswith("error: ") and "\n" not in e.value.code


def test_eval_reports_per_class_scores_with_names(tmp_path, capsys):
    """model eval --data on a network trained on that data: accuracy, balanced accuracy,
    per-class precision and recall by name, and confusion.png."""
    from model.__main__ import main
    from model.network import Network
    from model.randnet import random_network
    x, y, names = make_shapes(4, 16, 3, seed=1)
    np.savez(tmp_path / "s.npz", x_train=x, y_train=y, x_test=x, y_test=y, class_names=np.array(names))
    net = random_network(np.random.default_rng(0), "s4", input_shape=(3, 16, 16), layers=((4, 3, 2, 1, 1),),
                         n_classes=3, readout_per_class=2)
    net.class_names = names
    net.save(tmp_path / "n.npz")
    main(["eval", "--network", str(tmp_path / "n.npz"), "--data", str(tmp_path / "s.npz"), "--json", "--confusion",
          str(tmp_path / "cm.png")])
    r = json.loads(capsys.readouterr().out)
    assert [c["name"] for c in r["per_class"]] == names and sum(c["support"] for c in r["per_class"]) == 12
    cm = np.array(r["confusion_matrix"])
    assert cm.sum() == 12 and r["test_accuracy"] == np.trace(cm) / 12
    recalls = [c["recall"] for c in r["per_class"]]
    assert r["balanced_accuracy"] == pytest.approx(np.mean(recalls))
    assert (tmp_path / "cm.png").stat().st_size > 1000
    assert Network.load(tmp_path / "n.npz").names == names
    np.savez(tmp_path / "two.npz", x_train=x, y_train=y % 2, x_test=x, y_test=y % 2)
    with pytest.raises(SystemExit, match=r"two.npz: 2 classes, the network has 3"):
        main(["eval", "--network", str(tmp_path / "n.npz"), "--data", str(tmp_path / "two.npz")])


def test_cifar10_python_batches(tmp_path):
    """cifar10 from DIR/cifar-10-batches-py/ (the standard pickled batches), RGB 32 x 32,
    with its class names; a damaged batch is named."""
    import pickle
    folder = tmp_path / "cifar-10-batches-py"
    folder.mkdir()
    rng = np.random.default_rng(0)
    batches = {}
    for name in [f"data_batch_{i}" for i in range(1, 6)] + ["test_batch"]:
        data = rng.integers(0, 256, (3, 3072), dtype=np.uint8)
        labels = rng.integers(0, 10, 3).tolist()
        batches[name] = (data, labels)
        with open(folder / name, "wb") as f:
            pickle.dump({b"data": data, b"labels": labels}, f)
    ds = open_data(dataset="cifar10", data_dir=tmp_path)
    assert ds.shape == (3, 32, 32) and len(ds.x_train) == 15 and len(ds.x_test) == 3
    assert ds.class_names[:3] == ["airplane", "automobile", "bird"]
    assert np.array_equal(ds.x_test[1].reshape(-1), batches["test_batch"][0][1])   # channel planes, row-major
    assert ds.y_train[3:6].tolist() == batches["data_batch_2"][1]
    (folder / "test_batch").write_bytes(b"garbage")
    with pytest.raises(DataError, match=r"cifar-10-batches-py/test_batch: not a CIFAR-10 python batch"):
        open_data(dataset="cifar10", data_dir=tmp_path)
    (folder / "test_batch").unlink()
    with pytest.raises(DataError, match=r"cifar10: missing test_batch in .*cifar-10-batches-py \(from --data-dir\)"):
        open_data(dataset="cifar10", data_dir=tmp_path)


def test_a_tree_is_split_for_evaluation_as_it_was_for_training(tmp_path):
    """The test split of a tree without train/ and test/ is drawn with the training run's
    fraction and seed (recorded in the network), so evaluation never sees training images."""
    from argparse import Namespace

    from model.data import test_images_for
    from model.randnet import random_network
    write_tree(tmp_path / "d", per_class=10, split=False)
    trained = open_data(tmp_path / "d", test_fraction=0.3, seed=3)
    assert trained.describe()["split"] == {"test_fraction": 0.3, "seed": 3}
    net = random_network(np.random.default_rng(0), "s4", input_shape=(1, 12, 10), layers=((4, 3, 2, 1, 1),),
                         n_classes=2)
    net.info.update(trained.describe())
    args = Namespace(data=str(tmp_path / "d"), dataset="mnist", data_dir=None, image_size=None, channels=None,
                     test_fraction=None)
    x, y, _ = test_images_for(net, args, progress=False)
    assert np.array_equal(x, trained.x_test) and np.array_equal(y, trained.y_test)
    assert not np.array_equal(x, open_data(tmp_path / "d", test_fraction=0.3, seed=0).x_test)


def test_images_too_large_for_the_board_name_the_resource(tmp_path):
    """A 64 x 64 colour network on the iCEBreaker: refused before any Verilog, naming the
    resource and the shortfall."""
    from codegen.__main__ import main
    from model.randnet import random_network
    x, y, names = make_shapes(2, 64, 4, seed=0)
    np.savez(tmp_path / "big.npz", x_train=x, y_train=y, x_test=x, y_test=y, class_names=np.array(names))
    net = random_network(np.random.default_rng(0), "s4", input_shape=(3, 64, 64), planes=(64, 128, 192, 224),
                         layers=((16, 3, 3, 1, 1), (32, 3, 3, 1, 1), (32, 3, 2, 1, 1)), readout_per_class=4,
                         n_classes=4)
    net.class_names = names
    net.save(tmp_path / "big-net.npz")
    with pytest.raises(SystemExit, match=r"^error: big-net.npz does not fit board 'icebreaker': its smallest plan .* "
                                         r"needs 5 SPRAM blocks but the iCE40UP5K offers 4 \(1 short\)"):
        main(["build", "--board", "icebreaker", "--network", str(tmp_path / "big-net.npz"), "--data",
              str(tmp_path / "big.npz"), "--images", "2", "--quiet", "--out", str(tmp_path / "out")])
    assert not (tmp_path / "out" / "toepcore_top.v").exists()
