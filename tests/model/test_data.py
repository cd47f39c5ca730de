import gzip
import re

import numpy as np
import pytest

from model.data import DataError, load_dataset, load_idx


def test_mnist_train_and_test_sets():
    x, y = load_dataset("mnist", "train")
    assert x.shape == (60000, 28, 28) and x.dtype == np.uint8
    assert y.shape == (60000,)
    assert np.bincount(y).tolist() == [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
    x, y = load_dataset("mnist", "test")
    assert x.shape == (10000, 28, 28)
    assert np.bincount(y).tolist() == [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]


def test_missing_data_names_the_folder_and_the_fix(tmp_path):
    with pytest.raises(DataError, match=re.escape(str(tmp_path / "mnist")) + r".*--data-dir or TOEPCORE_DATA"):
        load_dataset("mnist", "test", data_dir=tmp_path)


def test_environment_variable_is_used(tmp_path, monkeypatch):
    monkeypatch.setenv("TOEPCORE_DATA", str(tmp_path))
    with pytest.raises(DataError, match=r"from TOEPCORE_DATA"):
        load_dataset("mnist", "test")


def test_unknown_dataset():
    with pytest.raises(DataError, match=r"^unknown dataset 'cifar'; known: mnist, fashion-mnist, cifar10$"):
        load_dataset("cifar")


def test_idx_errors(tmp_path):
    bad = tmp_path / "bad.gz"
    bad.write_bytes(gzip.compress(b"\x00\x00\x08\x01\x00\x00\x00\x05abc"))
    with pytest.raises(DataError, match=r"payload is 3 bytes, dimensions \(5,\) need 5"):
        load_idx(bad)
    bad.write_bytes(gzip.compress(b"PK\x03\x04"))
    with pytest.raises(DataError, match=r"not an IDX file"):
        load_idx(bad)
    bad.write_bytes(b"not gzip at all")
    with pytest.raises(DataError, match=r"cannot read IDX file"):
        load_idx(bad)
