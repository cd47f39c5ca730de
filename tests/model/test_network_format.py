"""The deployed-network file: exact round trip and one test per validation error."""

import io
import json
import re
import zipfile

import numpy as np
import pytest

from model.network import Network, NetworkFormatError
from model.randnet import random_network


def small(family="s4", **kw):
    return random_network(np.random.default_rng(7), family, layers=((8, 3, 2, 1, 1),), **kw)


def assert_same(a, b):
    assert a.input_shape == b.input_shape and a.profile == b.profile and a.n_classes == b.n_classes
    assert np.array_equal(a.encoder.thresholds, b.encoder.thresholds)
    assert np.array_equal(a.population, b.population)
    assert a.info == b.info
    for la, lb in zip(a.layers, b.layers, strict=True):
        assert la.kind == lb.kind and la.name == lb.name and la.in_shape == lb.in_shape
        for f in la.array_fields:
            assert np.array_equal(getattr(la, f), getattr(lb, f)), f
        for f in ("family", "out_channels", "kernel", "stride", "padding", "groups", "reset", "weight_bits",
                  "membrane_bits"):
            assert getattr(la, f, None) == getattr(lb, f, None), f


@pytest.mark.parametrize("family", ["s4", "kernel", "dense"])
def test_round_trip_is_exact_and_deterministic(tmp_path, family):
    net = small(family, pool=True)
    net.info = {"trained": "test", "epochs": 3}
    net.save(tmp_path / "a.npz")
    back = Network.load(tmp_path / "a.npz")
    assert_same(net, back)
    back.save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()


def test_readable_by_plain_numpy(tmp_path):
    """Nothing in the file needs toepcore (or torch) to read: it is an npz archive."""
    small().save(tmp_path / "n.npz")
    with np.load(tmp_path / "n.npz", allow_pickle=False) as z:
        meta = json.loads(bytes(z["meta"]) if "meta" in z else zipfile.ZipFile(tmp_path / "n.npz").read("meta.json"))
        assert meta["format"] == "toepcore-network" and meta["version"] == 1
        assert z["conv0.table"].shape == (8, 4)


def rewrite(path, meta_fn=None, arrays_fn=None):
    """Edit a saved network file in place, bypassing validation."""
    zf = zipfile.ZipFile(path)
    entries = {n: zf.read(n) for n in zf.namelist()}
    zf.close()
    meta = json.loads(entries.pop("meta.json"))
    arrays = {n[:-4]: np.lib.format.read_array(io.BytesIO(v)) for n, v in entries.items()}
    if meta_fn:
        meta_fn(meta)
    if arrays_fn:
        arrays_fn(arrays)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("meta.json", json.dumps(meta))
        for n, a in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, a)
            zf.writestr(n + ".npy", buf.getvalue())


def load_edited(tmp_path, family="s4", meta_fn=None, arrays_fn=None):
    p = tmp_path / "n.npz"
    small(family).save(p)
    rewrite(p, meta_fn, arrays_fn)
    return Network.load(p)


def set_arr(name, value):
    def fn(arrays):
        arrays[name] = np.asarray(value)
    return fn


def edit_arr(name, fn):
    def apply(arrays):
        a = arrays[name].astype(np.int64).copy()
        fn(a)
        arrays[name] = a
    return apply


CASES = [
    # (family, meta edit, arrays edit, message regex)
    ("s4", lambda m: m.update(version=2), None, r"field 'version': file has version 2, this toepcore reads version 1"),
    ("s4", lambda m: m.update(format="other"), None, r"field 'format': expected 'toepcore-network', got 'other'"),
    ("s4", None, lambda a: a.pop("conv0.mask"), r"layer 0 \('conv0'\): field 'mask': missing array 'conv0.mask'"),
    ("s4", None, lambda a: a.pop("encoder.thresholds"), r"encoder: field 'thresholds': missing array"),
    ("s4", lambda m: m["layers"][0].pop("stride"), None, r"layer 0 \('conv0'\): missing field 'stride'"),
    ("s4", lambda m: m["layers"][0].update(family="fft"), None, r"layer 0 \('conv0'\): field 'family': unknown family 'fft'"),
    ("s4", lambda m: m["layers"][1].update(kind="lstm"), None, r"layer 1 \('readout'\): field 'kind': unknown layer kind 'lstm'"),
    ("s4", None, edit_arr("conv0.table", lambda a: a.__setitem__((2, 1), 300)),
     r"layer 0 \('conv0'\): field 'table': value 300 out of range \[-255, 255\]"),
    ("s4", None, edit_arr("conv0.table", lambda a: a.__setitem__((0, 0), -256)),
     r"field 'table': value -256 out of range \[-255, 255\]"),
    ("s4", None, set_arr("conv0.sigma", [0, 0, 1, 2]), r"field 'sigma': \[0, 0, 1, 2\] is not a permutation of 0..3"),
    ("s4", None, set_arr("conv0.mask", np.ones((8, 3, 3, 2), np.int8)),
     r"layer 0 \('conv0'\): field 'mask': shape mismatch: expected \(8, 3, 3, 3\), got \(8, 3, 3, 2\)"),
    ("s4", None, edit_arr("conv0.mask", lambda a: a.__setitem__((0, 0, 0, 0), 2)), r"field 'mask': value 2 out of range \[0, 1\]"),
    ("s4", None, set_arr("conv0.g", [0, 1, 4]), r"field 'g': value 4 out of range \[0, 3\]"),
    ("kernel", None, edit_arr("conv0.weight", lambda a: a.__setitem__((0, 0, 0, 0), 2)),
     r"layer 0 \('conv0'\): field 'weight': value 2 out of range \[-1, 1\]"),
    ("kernel", None, set_arr("conv0.weight", np.zeros((8, 3, 3, 3), np.float32)), r"field 'weight': expected integers, got dtype float32"),
    ("dense", lambda m: m["layers"][0].update(weight_bits=4), None, r"field 'weight_bits': 4 outside \[2, 2\] \(dense is ternary\)"),
    ("s4", lambda m: m["layers"][0].update(membrane_bits=3), None, r"field 'membrane_bits': 3 is too narrow; the worst-case potential range"),
    ("s4", lambda m: m["layers"][0].update(reset="bounce"), None, r"field 'reset': unknown reset mode 'bounce'"),
    ("s4", lambda m: m["layers"][0].update(groups=2), None, r"field 'groups': 2 must divide both 3 input and 8 output channels"),
    ("s4", lambda m: m["layers"][1].update(in_shape=[8, 7, 7]), None, r"layer 1 \('readout'\): field 'in_shape': \(8, 7, 7\) "
     r"does not match the previous stage's output \(8, 14, 14\)"),
    ("s4", lambda m: m.update(profile="loihi"), None, r"network: field 'profile': unknown core profile 'loihi'"),
    ("s4", None, set_arr("network.population", np.zeros(40, np.int8)), r"network: field 'population': "
     r"class\(es\) \[1, 2, 3, 4, 5, 6, 7, 8, 9\] have no output neurons"),
    ("s4", None, set_arr("network.population", np.zeros(39, np.int8)), r"field 'population': shape \(39,\) does not match the 40 output neurons"),
    ("s4", None, set_arr("encoder.thresholds", [[128, 64, 192]]), r"encoder: field 'thresholds': thresholds must be strictly increasing"),
    ("s4", None, set_arr("encoder.thresholds", [[0, 64, 192]]), r"encoder: field 'thresholds': value 0 out of range \[1, 255\]"),
]


@pytest.mark.parametrize("family,meta_fn,arrays_fn,message", [c for c in CASES if c[3]])
def test_validation_errors_name_layer_and_field(tmp_path, family, meta_fn, arrays_fn, message):
    with pytest.raises(NetworkFormatError, match=message):
        load_edited(tmp_path, family, meta_fn, arrays_fn)


def test_non_commuting_sigma_tau(tmp_path):
    def fn(a):
        a["conv0.sigma"] = np.array([1, 0, 2, 3])   # (01)
        a["conv0.tau"] = np.array([0, 2, 1, 3])     # (12): does not commute with (01)
    with pytest.raises(NetworkFormatError, match=r"layer 0 \('conv0'\): fields 'sigma', 'tau': \[1, 0, 2, 3\] and "
                                                 r"\[0, 2, 1, 3\] do not commute"):
        load_edited(tmp_path, arrays_fn=fn)


def test_fan_in_exceeding_the_truenorth_profile():
    net = small("kernel", profile="truenorth")
    with pytest.raises(NetworkFormatError, match=re.escape(
            "layer 1 ('readout'): fan-in of 1568 inputs (8 channels x 14x14) x 2 axons per input = 3136 axons "
            "exceeds the 'truenorth' profile's 256 axons per core")):
        net.validate()


def test_corrupt_and_missing_files(tmp_path):
    p = tmp_path / "n.npz"
    p.write_bytes(b"garbage")
    with pytest.raises(NetworkFormatError, match=r"n\.npz: not a toepcore network file"):
        Network.load(p)
    with pytest.raises(FileNotFoundError, match=r"nope\.npz: no such network file"):
        Network.load(tmp_path / "nope.npz")
    small().save(p)
    data = bytearray(p.read_bytes())
    data[len(data) // 2: len(data) // 2 + 64] = b"\xff" * 64
    p.write_bytes(bytes(data))
    with pytest.raises(NetworkFormatError, match=r"corrupt|not a toepcore"):
        Network.load(p)


def test_class_names_travel_in_the_file_and_are_checked(tmp_path):
    from model.network import NetworkFormatError
    from model.randnet import random_network
    net = random_network(np.random.default_rng(0), "s4", layers=((4, 3, 2, 1, 1),), n_classes=3)
    assert net.names == ["0", "1", "2"]
    net.class_names = ["good", "scratched", "dented"]
    net.save(tmp_path / "n.npz")
    back = Network.load(tmp_path / "n.npz")
    assert back.class_names == ["good", "scratched", "dented"] and "classes: good, scratched, dented" in back.summary()
    for names, why in ((["good", "bad"], "expected 3 non-empty names"), (["a", "a", "b"], "names must differ"),
                       (["a", "", "b"], "expected 3 non-empty names")):
        net.class_names = names
        with pytest.raises(NetworkFormatError, match=rf"network: field 'class_names': {why}"):
            net.validate()
