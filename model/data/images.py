"""Image files: decode with Pillow, convert to the network's channels and size, and read
an image-folder tree (the torchvision ``ImageFolder`` layout).

A folder tree is ``ROOT/train/<class>/*`` and ``ROOT/test/<class>/*``, or ``ROOT/<class>/*``
to be split by the caller. Classes are the sub-folder names in sorted order. Files whose
extension is not an image's (:data:`IMAGE_SUFFIXES`) are skipped with one warning per
folder; a file with an image extension that Pillow cannot decode is an error naming it.
"""

import hashlib
import logging
import os
from pathlib import Path

import numpy as np

from .named import DataError

__all__ = ["IMAGE_SUFFIXES", "read_image", "convert", "scan_tree", "decode_files", "parse_size"]

log = logging.getLogger(__name__)

#: File extensions read as images (case-insensitive).
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".pgm", ".ppm")


def parse_size(text):
    """``"H"`` or ``"HxW"`` -> ``(H, W)`` in pixels; :class:`ValueError` with the reason."""
    parts = str(text).lower().replace(" ", "").split("x")
    if len(parts) not in (1, 2) or not all(p.isdigit() for p in parts):
        raise ValueError(f"expected H or HxW in pixels (e.g. 32 or 48x64), got {text!r}")
    h, w = int(parts[0]), int(parts[-1])
    if not (1 <= h <= 4096 and 1 <= w <= 4096):
        raise ValueError(f"image size {h} x {w} is outside 1-4096 pixels per side")
    return h, w


def read_image(path):
    """Decode one image file into uint8 ``(H, W, C)`` with ``C`` 1 (grey) or 3 (RGB).

    Palette, 16-bit, alpha and CMYK images are converted (alpha dropped; a palette of greys
    stays grey); a file Pillow cannot decode, or that ends early, is a :class:`DataError`
    naming it.
    """
    from PIL import Image, UnidentifiedImageError
    try:
        with Image.open(path) as im:
            im.load()   # decode now: a truncated file fails here, not later
            if im.mode in ("I;16", "I;16B", "I;16L", "I"):
                a = np.asarray(im, np.float64)
                top = 65535.0 if a.max() > 255 else 255.0
                return np.clip(np.rint(a * (255.0 / top)), 0, 255).astype(np.uint8)[:, :, None]
            if im.mode in ("1", "L", "LA", "F"):
                a = np.asarray(im.convert("L"), np.uint8)
            else:   # RGB, RGBA, CMYK, YCbCr, palettes: RGB, kept grey when every pixel is
                a = np.asarray(im.convert("RGB"), np.uint8)
                if im.mode == "P" and (a[..., 0] == a[..., 1]).all() and (a[..., 1] == a[..., 2]).all():
                    a = a[..., 0]
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as e:
        raise DataError(f"{path}: cannot decode image (corrupt, truncated or not an image): {e}") from None
    return a[:, :, None] if a.ndim == 2 else a


def convert(image, size=None, channels=None):
    """``image`` (uint8 ``(H, W, C)``) resized to ``size`` ``(H, W)`` (bilinear, or
    box-filtered when shrinking) and converted to ``channels`` (1: ITU-R 601 luma, as
    Pillow's ``"L"``; 3: grey repeated)."""
    from PIL import Image
    c = image.shape[2]
    if channels is not None and channels != c:
        if channels == 1:
            image = np.asarray(Image.fromarray(image, "RGB").convert("L"), np.uint8)[:, :, None]
        else:
            image = np.repeat(image, 3, axis=2)
        c = channels
    if size is not None and tuple(size) != image.shape[:2]:
        h, w = size
        shrink = h < image.shape[0] and w < image.shape[1]
        im = Image.fromarray(image[:, :, 0] if c == 1 else image, "L" if c == 1 else "RGB")
        im = im.resize((w, h), Image.Resampling.BOX if shrink else Image.Resampling.BILINEAR)
        image = np.asarray(im, np.uint8)
        image = image[:, :, None] if image.ndim == 2 else image
    return image


def _images_in(folder):
    files, skipped = [], []
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if not entry.is_file() or entry.name.startswith("."):
            continue
        (files if Path(entry.name).suffix.lower() in IMAGE_SUFFIXES else skipped).append(Path(entry.path))
    if skipped:
        log.warning("%s: skipped %d file(s) that are not images (%s%s)", folder, len(skipped),
                    ", ".join(p.name for p in skipped[:3]), ", ..." if len(skipped) > 3 else "")
    return files


def _class_folders(root):
    return sorted((p for p in Path(root).iterdir() if p.is_dir() and not p.name.startswith(".")),
                  key=lambda p: p.name)


def scan_tree(root):
    """The files of an image-folder tree.

    Returns
    -------
    splits : dict
        ``{"train": [(path, class index), ...], "test": [...]}`` for a tree with
        ``train/`` and ``test/``, else ``{"all": [...]}``.
    class_names : list of str
    """
    root = Path(root)
    split_dirs = {s: root / s for s in ("train", "test") if (root / s).is_dir()}
    if len(split_dirs) == 1:
        (have,) = split_dirs
        raise DataError(f"{root}: has a '{have}/' folder but no '{'test' if have == 'train' else 'train'}/'; give "
                        f"both (ROOT/train/<class>/, ROOT/test/<class>/) or neither (ROOT/<class>/, split by "
                        "--test-fraction)")
    if split_dirs:
        names = {s: [p.name for p in _class_folders(d)] for s, d in split_dirs.items()}
        if names["train"] != names["test"] and names["test"]:
            only_train = sorted(set(names["train"]) - set(names["test"]))
            only_test = sorted(set(names["test"]) - set(names["train"]))
            raise DataError(f"{root}: train/ and test/ hold different classes (only in train: "
                            f"{only_train or 'none'}; only in test: {only_test or 'none'})")
        folders = {s: d for s, d in split_dirs.items()}
    else:
        folders = {"all": root}
    class_names = [p.name for p in _class_folders(folders.get("train", root))]
    if not class_names:
        where = folders.get("train", root)
        raise DataError(f"{where}: no class folders; expected {root}/<class>/*.png (or {root}/train/<class>/ "
                        f"and {root}/test/<class>/), one folder of images per class")
    if len(class_names) < 2:
        raise DataError(f"{folders.get('train', root)}: only one class ({class_names[0]!r}); a classifier needs "
                        "at least 2 class folders")
    splits = {}
    for split, folder in folders.items():
        items = []
        for k, name in enumerate(class_names):
            files = _images_in(folder / name)
            if not files:
                raise DataError(f"{folder / name}: class {name!r} has no images "
                                f"({', '.join(IMAGE_SUFFIXES)})")
            items += [(f, k) for f in files]
        splits[split] = items
    return splits, class_names


def content_key(paths, extra):
    """A hex digest of the files' names and bytes and of ``extra`` (the decoding options):
    the cache key of their decoded array."""
    h = hashlib.sha256(repr(extra).encode())
    for p in paths:
        h.update(str(p).encode())
        h.update(Path(p).read_bytes())
    return h.hexdigest()[:32]


def decode_files(paths, size=None, channels=None, progress=True, desc="decode"):
    """Decode ``paths`` into one uint8 array ``(N, C, H, W)``.

    Without ``size``, every image must be as large as the first; mixed sizes are a
    :class:`DataError` naming two files of different sizes. Without ``channels``, the
    result is grey if every image is, else RGB.
    """
    from tqdm import tqdm
    decoded, first = [], None
    for p in tqdm(paths, desc=desc, unit="img", disable=not progress or len(paths) < 200, leave=False):
        im = read_image(p)
        if size is None:
            if first is None:
                first = (p, im.shape[:2])
            elif im.shape[:2] != first[1]:
                (fh, fw), (h, w) = first[1], im.shape[:2]
                raise DataError(f"images differ in size: {first[0]} is {fh} x {fw}, {p} is {h} x {w}; pass "
                                "--image-size H[xW] to resize them all")
        decoded.append(im)
    if not decoded:
        raise DataError("no images to decode")
    if channels is None:
        channels = 3 if any(im.shape[2] == 3 for im in decoded) else 1
    out = np.stack([convert(im, size, channels) for im in decoded])
    return np.ascontiguousarray(out.transpose(0, 3, 1, 2))
