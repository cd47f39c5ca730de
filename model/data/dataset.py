"""One data set, whatever it came from: a named set, an image-folder tree or an ``.npz``.

:func:`open_data` gives a :class:`Dataset` whose images are uint8 ``(N, C, H, W)``
(the network's layout, ``docs/semantics.md``), labels ``0 .. n_classes - 1`` and class
names. Decoded image folders are cached by the files' content (``~/.cache/toepcore/
decoded/``, ``$XDG_CACHE_HOME`` respected), so a second run reads one array.
"""

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .images import content_key, convert, decode_files, scan_tree
from .named import CLASS_NAMES, DATASETS, DataError, load_dataset

__all__ = ["Dataset", "open_data", "stratified_split", "images_for_network"]

log = logging.getLogger(__name__)


_NPZ_KEYS = ("x_train", "y_train", "x_test", "y_test")


@dataclass
class Dataset:
    """Train and test images of one data set.

    Attributes
    ----------
    name : str
        The named set (``mnist``) or the path it was read from.
    kind : str
        ``named``, ``folder`` or ``npz``.
    x_train, x_test : ndarray of uint8, (N, C, H, W)
    y_train, y_test : ndarray of int64, (N,)
    class_names : list of str
    """
    name: str
    kind: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    class_names: list
    split: dict = None

    @property
    def n_classes(self):
        return len(self.class_names)

    @property
    def shape(self):
        """``(C, H, W)`` of every image."""
        return tuple(int(v) for v in self.x_train.shape[1:])

    def describe(self):
        """What a network or report records of where its images came from."""
        c, h, w = self.shape
        out = {"dataset": self.name, "data_kind": self.kind, "image_shape": [c, h, w],
               "class_names": list(self.class_names), "train_images": int(len(self.x_train)),
               "test_images": int(len(self.x_test))}
        if self.split is not None:
            out["split"] = dict(self.split)
        return out


def _cache_root():
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "toepcore" / "decoded"


def stratified_split(labels, fraction, seed):
    """Indices ``(train, test)``: per class, ``round(fraction * n)`` images (at least one
    where a class has two or more) go to test, chosen by a generator seeded with ``seed``."""
    if not 0 < fraction < 1:
        raise DataError(f"--test-fraction {fraction}: must be between 0 and 1")
    rng = np.random.default_rng(seed)
    train, test = [], []
    for k in np.unique(labels):
        idx = np.flatnonzero(labels == k)
        rng.shuffle(idx)
        n = len(idx)
        t = min(n - 1, max(1 if n >= 2 else 0, int(round(fraction * n))))
        test.append(idx[:t])
        train.append(idx[t:])
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(test))


def _adapt(x, size, channels):
    """``x`` (N, C, H, W) converted to ``channels`` and resized to ``size``, when asked."""
    c, h, w = x.shape[1:]
    if (channels is None or channels == c) and (size is None or tuple(size) == (h, w)):
        return x
    if c not in (1, 3):
        raise DataError(f"images with {c} channels cannot be converted; --channels takes 1 or 3-channel images")
    if len(x) == 0:
        h, w = size or (h, w)
        return np.zeros((0, channels or c, h, w), np.uint8)
    out = [convert(im.transpose(1, 2, 0), size, channels) for im in x]
    return np.ascontiguousarray(np.stack(out).transpose(0, 3, 1, 2))


def _check_shape(ds):
    c, h, w = ds.shape
    if c not in (1, 3):
        raise DataError(f"{ds.name}: images have {c} channels; toepcore takes grey (1) or RGB (3)")
    if ds.x_test.shape[1:] != ds.x_train.shape[1:]:
        raise DataError(f"{ds.name}: test images are {ds.x_test.shape[1:]} (C, H, W), training images "
                        f"{ds.x_train.shape[1:]}; pass --image-size to bring both to one size")
    return ds


def _load_named(name, data_dir, download, splits):
    arrays = {}
    for s in ("train", "test"):
        if s in splits:
            x, y = load_dataset(name, s, data_dir, download)
            arrays[s] = (x[:, None] if x.ndim == 3 else x, y.astype(np.int64))
        else:
            arrays[s] = None
    return arrays


def _load_npz(path):
    try:
        z = np.load(path, allow_pickle=False)
    except Exception as e:  # numpy raises several types for a damaged archive
        raise DataError(f"{path}: cannot read .npz ({e})") from None
    with z:
        missing = [k for k in _NPZ_KEYS if k not in z.files]
        if missing:
            raise DataError(f"{path}: missing array(s) {', '.join(missing)}; an .npz data set holds x_train, "
                            "y_train, x_test, y_test (and optionally class_names)")
        arrays = {k: z[k] for k in _NPZ_KEYS}
        names = [str(n) for n in z["class_names"].tolist()] if "class_names" in z.files else None
    out = {}
    for s in ("train", "test"):
        x, y = arrays[f"x_{s}"], arrays[f"y_{s}"]
        if x.ndim == 3:
            x = x[:, :, :, None]
        if x.ndim != 4 or x.shape[3] not in (1, 3):
            raise DataError(f"{path}: x_{s} has shape {x.shape}; expected N x H x W or N x H x W x C with C 1 or 3")
        if x.dtype != np.uint8:
            if x.dtype.kind not in "iu" or (x.size and (x.min() < 0 or x.max() > 255)):
                raise DataError(f"{path}: x_{s} is {x.dtype}; expected uint8 pixels (0-255)")
            x = x.astype(np.uint8)
        if y.ndim != 1 or len(y) != len(x):
            raise DataError(f"{path}: y_{s} has shape {y.shape}; expected ({len(x)},), one label per image of x_{s}")
        if y.dtype.kind not in "iu":
            raise DataError(f"{path}: y_{s} is {y.dtype}; expected integer class labels")
        out[s] = (np.ascontiguousarray(x.transpose(0, 3, 1, 2)), y.astype(np.int64))
    n_classes = len(names) if names is not None else int(max(out["train"][1].max(initial=-1),
                                                            out["test"][1].max(initial=-1))) + 1
    for s, (_, y) in out.items():
        if len(y) == 0:
            raise DataError(f"{path}: x_{s} holds no images")
        bad = (y < 0) | (y >= n_classes)
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            raise DataError(f"{path}: y_{s}[{i}] = {int(y[i])} is out of range; labels must be 0 to {n_classes - 1}"
                            + (" (class_names has " + str(n_classes) + " names)" if names is not None else ""))
    if names is None:
        names = [str(k) for k in range(n_classes)]
    return out, names


def _load_folder(root, size, channels, test_fraction, seed, progress):
    splits, names = scan_tree(root)
    cache = None
    try:
        files = [p for items in splits.values() for p, _ in items]
        key = content_key(files, (size, channels, sorted((s, len(v)) for s, v in splits.items())))
        cache = _cache_root() / f"{key}.npz"
    except OSError as e:
        raise DataError(f"{root}: cannot read its files: {e}") from None
    arrays = {}
    if cache.exists():
        try:
            with np.load(cache, allow_pickle=False) as z:
                arrays = {s: (z[f"x_{s}"], z[f"y_{s}"]) for s in splits}
            log.info("%s: decoded images from the cache %s", root, cache)
        except Exception:   # a damaged cache entry is decoded again
            arrays = {}
    if not arrays:
        # decode every split together so that mixed sizes are found across them
        allx = decode_files(files, size, channels, progress, desc=f"decode {Path(root).name}")
        k = 0
        for s, items in splits.items():
            arrays[s] = (allx[k:k + len(items)], np.array([c for _, c in items], np.int64))
            k += len(items)
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(".tmp.npz")
            np.savez(tmp, **{f"{p}_{s}": a for s, (x, y) in arrays.items() for p, a in (("x", x), ("y", y))})
            tmp.replace(cache)
        except OSError as e:
            log.warning("could not cache the decoded images in %s: %s", cache, e)
    split = None
    if "all" in arrays:
        x, y = arrays["all"]
        tr, te = stratified_split(y, test_fraction, seed)
        arrays = {"train": (x[tr], y[tr]), "test": (x[te], y[te])}
        split = {"test_fraction": float(test_fraction), "seed": int(seed)}
    return arrays, names, split


def open_data(data=None, dataset="mnist", data_dir=None, *, image_size=None, channels=None, test_fraction=0.2,
              seed=0, splits=("train", "test"), download=True, progress=True):
    """A :class:`Dataset` from ``data`` (a folder tree or an ``.npz``) or the named ``dataset``.

    Parameters
    ----------
    data : path, optional
        An image-folder tree or an ``.npz`` (``x_train, y_train, x_test, y_test``,
        optional ``class_names``). Takes precedence over ``dataset``.
    dataset : str
        A named set (:data:`model.data.DATASETS`), read from ``data_dir``.
    image_size : (H, W), optional
        Resize every image (default: keep; mixed sizes are then an error).
    channels : {1, 3}, optional
        Convert to grey or RGB (default: as stored).
    test_fraction, seed
        Split of a folder tree without ``train/`` and ``test/`` (stratified per class;
        ``Dataset.split`` records them, and a network's ``info`` with it).
    splits
        For named sets, the splits to read (the other is left empty).
    """
    if channels not in (None, 1, 3):
        raise DataError(f"--channels {channels}: expected 1 (grey) or 3 (RGB)")
    split = None
    if data is not None:
        path = Path(data)
        if not path.exists():
            raise DataError(f"--data {path}: no such file or folder")
        if path.is_dir():
            arrays, names, split = _load_folder(path, image_size, channels, test_fraction, seed, progress)
            kind = "folder"
        elif path.suffix.lower() == ".npz":
            arrays, names = _load_npz(path)
            kind = "npz"
        else:
            raise DataError(f"--data {path}: expected a folder of class folders or an .npz file")
        name = str(path)
    else:
        if dataset not in DATASETS:
            raise DataError(f"unknown dataset {dataset!r}; known: {', '.join(DATASETS)}")
        arrays, names, kind, name = _load_named(dataset, data_dir, download, splits), CLASS_NAMES[dataset], "named", dataset
    empty = None
    for s in ("train", "test"):
        if arrays[s] is None:
            empty = empty or next(a for a in arrays.values() if a is not None)
            arrays[s] = (empty[0][:0], empty[1][:0])
        arrays[s] = (_adapt(arrays[s][0], image_size, channels), arrays[s][1])
    ds = Dataset(name, kind, *arrays["train"], *arrays["test"], class_names=list(names), split=split)
    return _check_shape(ds)


def images_for_network(paths, input_shape, progress=False):
    """Image files decoded, converted and resized to a network's ``input_shape``
    ``(C, H, W)``, as uint8 ``(N, C, H, W)``: what ``codegen run IMAGE...`` sends."""
    c, h, w = input_shape
    for p in paths:
        if not Path(p).is_file():
            raise DataError(f"{p}: no such image file")
    return decode_files([Path(p) for p in paths], (h, w), c, progress, desc="decode")
