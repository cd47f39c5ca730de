"""The named data sets: MNIST and Fashion-MNIST (IDX files) and CIFAR-10 (python batches):
locate, download, load.

The data directory is, in order: the ``data_dir`` argument (``--data-dir``), the
``TOEPCORE_DATA`` environment variable, or a user cache (``~/.cache/toepcore/data``,
``$XDG_CACHE_HOME`` respected). Each data set lives in its own subfolder (``mnist/``,
``fashion-mnist/`` with the four standard ``.gz`` files; ``cifar-10-batches-py/`` as
unpacked from ``cifar-10-python.tar.gz``). When the files are absent from the cache, they
are downloaded (with a progress bar) if the machine is online.
"""

import gzip
import hashlib
import logging
import os
import pickle
import struct
import tarfile
import urllib.error
import urllib.request
from pathlib import Path

import numpy as np

from toepcore.errors import ToepcoreError

__all__ = ["DATASETS", "CLASS_NAMES", "DataError", "load_idx", "load_dataset", "resolve_data_dir", "dataset_dir"]

log = logging.getLogger(__name__)

_FILES = {
    "train": ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"),
    "test": ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"),
}

#: Data set name -> (subfolder, download mirrors, number of classes).
DATASETS = {
    "mnist": ("mnist", ["https://ossci-datasets.s3.amazonaws.com/mnist/",
                        "https://storage.googleapis.com/cvdf-datasets/mnist/"], 10),
    "fashion-mnist": ("fashion-mnist", ["http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
                                        "https://github.com/zalandoresearch/fashion-mnist/raw/master/data/fashion/"], 10),
    "cifar10": ("cifar-10-batches-py", ["https://www.cs.toronto.edu/~kriz/"], 10),
}

#: Class names of the named data sets, in label order.
CLASS_NAMES = {
    "mnist": [str(d) for d in range(10)],
    "fashion-mnist": ["t-shirt", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag",
                      "ankle-boot"],
    "cifar10": ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"],
}

_CIFAR_FILES = {"train": [f"data_batch_{i}" for i in range(1, 6)], "test": ["test_batch"]}
_CIFAR_ARCHIVE = "cifar-10-python.tar.gz"


class DataError(ToepcoreError, RuntimeError):
    """The data set cannot be found, downloaded or parsed."""


def load_idx(path):
    """Read an IDX file (optionally gzip-compressed) into a numpy array.

    Supports unsigned-byte data (type 0x08), which is what MNIST-style files hold:
    magic 2051 (images, 3 dims) and 2049 (labels, 1 dim).
    """
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as f:
            raw = f.read()
    except (OSError, EOFError) as e:
        raise DataError(f"{path}: cannot read IDX file: {e}") from None
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0:
        raise DataError(f"{path}: not an IDX file (bad magic {raw[:4].hex()})")
    dtype, ndim = raw[2], raw[3]
    if dtype != 0x08:
        raise DataError(f"{path}: IDX element type 0x{dtype:02x} is not supported (only unsigned bytes)")
    header = 4 + 4 * ndim
    dims = struct.unpack(f">{ndim}I", raw[4:header])
    if len(raw) - header != int(np.prod(dims)):
        raise DataError(f"{path}: IDX payload is {len(raw) - header} bytes, dimensions {dims} need {int(np.prod(dims))}")
    return np.frombuffer(raw, np.uint8, offset=header).reshape(dims)


def _cache_dir():
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "toepcore" / "data"


def resolve_data_dir(data_dir=None):
    """The data root: ``data_dir``, else ``$TOEPCORE_DATA``, else the user cache."""
    if data_dir is not None:
        return Path(data_dir), "--data-dir"
    if os.environ.get("TOEPCORE_DATA"):
        return Path(os.environ["TOEPCORE_DATA"]), "TOEPCORE_DATA"
    return _cache_dir(), "cache"


def dataset_dir(name, data_dir=None, download=True, splits=("train", "test")):
    """Folder holding data set ``name``'s files for ``splits``, downloading into the cache
    if needed."""
    if name not in DATASETS:
        raise DataError(f"unknown dataset {name!r}; known: {', '.join(DATASETS)}")
    sub, mirrors, _ = DATASETS[name]
    root, source = resolve_data_dir(data_dir)
    folder = root / sub
    files = _CIFAR_FILES if name == "cifar10" else _FILES
    wanted = [f for split in splits for f in files[split]]
    missing = [f for f in wanted if not (folder / f).exists()]
    if not missing:
        return folder
    if source != "cache" or not download:
        raise DataError(
            f"{name}: missing {', '.join(missing)} in {folder} (from {source}). Point --data-dir or TOEPCORE_DATA "
            f"at a directory with a '{sub}/' subfolder holding the {'python batches' if name == 'cifar10' else 'IDX .gz files'}, "
            f"or unset both to download into {_cache_dir()}.")
    if name == "cifar10":
        _download_cifar(folder, mirrors)
    else:
        _download(name, folder, missing, mirrors)
    return folder


def _fetch(url, dest, desc):
    from tqdm import tqdm
    with urllib.request.urlopen(url, timeout=30) as r, open(dest, "wb") as out:
        total = int(r.headers.get("Content-Length") or 0) or None
        with tqdm(total=total, unit="B", unit_scale=True, desc=desc, leave=False) as bar:
            while chunk := r.read(1 << 16):
                out.write(chunk)
                bar.update(len(chunk))


def _download_cifar(folder, mirrors):
    """Download the CIFAR-10 python archive once and unpack its batches into ``folder``."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.parent / (_CIFAR_ARCHIVE + ".part")
    errors = []
    for mirror in mirrors:
        try:
            _fetch(mirror + _CIFAR_ARCHIVE, tmp, f"download {_CIFAR_ARCHIVE}")
            with tarfile.open(tmp, "r:gz") as tar:
                for member in tar.getmembers():
                    if member.isfile() and Path(member.name).name in _CIFAR_FILES["train"] + _CIFAR_FILES["test"] + ["batches.meta"]:
                        folder.mkdir(parents=True, exist_ok=True)
                        (folder / Path(member.name).name).write_bytes(tar.extractfile(member).read())
            tmp.unlink(missing_ok=True)
            log.info("downloaded %s", mirror + _CIFAR_ARCHIVE)
            return
        except (urllib.error.URLError, OSError, tarfile.TarError, EOFError) as e:
            errors.append(f"{mirror + _CIFAR_ARCHIVE}: {e}")
            tmp.unlink(missing_ok=True)
    raise DataError("cifar10: could not download (offline?). Tried:\n  " + "\n  ".join(errors)
                    + f"\nSet --data-dir or TOEPCORE_DATA to a directory holding '{DATASETS['cifar10'][0]}/'.")


def _load_cifar(folder, split):
    xs, ys = [], []
    for fname in _CIFAR_FILES[split]:
        try:
            with open(folder / fname, "rb") as f:
                batch = pickle.load(f, encoding="bytes")
            x = np.asarray(batch[b"data"], np.uint8).reshape(-1, 3, 32, 32)
            y = np.asarray(batch[b"labels"], np.uint8)
        except (OSError, EOFError, pickle.UnpicklingError, KeyError, ValueError, TypeError) as e:
            raise DataError(f"{folder / fname}: not a CIFAR-10 python batch: {e}") from None
        xs.append(x)
        ys.append(y)
    return np.concatenate(xs), np.concatenate(ys)


def _download(name, folder, files, mirrors):
    folder.mkdir(parents=True, exist_ok=True)
    for fname in files:
        errors = []
        for mirror in mirrors:
            url = mirror + fname
            tmp = folder / (fname + ".part")
            try:
                _fetch(url, tmp, f"download {fname}")
                load_idx(tmp)  # reject a truncated or HTML error page before it lands
                tmp.rename(folder / fname)
                log.info("downloaded %s", url)
                break
            except (urllib.error.URLError, OSError, DataError) as e:
                errors.append(f"{url}: {e}")
                tmp.unlink(missing_ok=True)
        else:
            raise DataError(f"{name}: could not download {fname} (offline?). Tried:\n  " + "\n  ".join(errors)
                            + "\nSet --data-dir or TOEPCORE_DATA to a directory holding "
                              f"'{DATASETS[name][0]}/{fname}'.")


def load_dataset(name="mnist", split="test", data_dir=None, download=True):
    """Images and labels of one split.

    Returns
    -------
    images : ndarray of uint8, (N, 28, 28) for MNIST and Fashion-MNIST, (N, 3, 32, 32) for CIFAR-10
    labels : ndarray of uint8, (N,)
    """
    if split not in _FILES:
        raise DataError(f"unknown split {split!r}; expected 'train' or 'test'")
    folder = dataset_dir(name, data_dir, download, (split,))
    if name == "cifar10":
        return _load_cifar(folder, split)
    img_file, lbl_file = _FILES[split]
    images, labels = load_idx(folder / img_file), load_idx(folder / lbl_file)
    if images.ndim != 3 or labels.ndim != 1 or len(images) != len(labels):
        raise DataError(f"{folder}: {split} images {images.shape} and labels {labels.shape} do not match")
    return images, labels


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
