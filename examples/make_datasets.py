"""Write small, real-looking data sets in every layout ``--data`` reads, to copy from.

  python examples/make_datasets.py --out datasets            # all of them
  python examples/make_datasets.py --out datasets --mnist-per-class -1  # only the shapes

Writes, under OUT:
  mnist-png/train/<digit>/00001.png, mnist-png/test/<digit>/...   MNIST as PNG files (an
      image-folder tree with train/ and test/), from the IDX files (--data-dir or
      $TOEPCORE_DATA, else downloaded);
  mnist.npz        the same images as one .npz (x_train, y_train, x_test, y_test, class_names);
  shapes/<shape>/00001.png    coloured 32 x 32 shapes on textured backgrounds, one folder per
      class and no train/test split (python -m model train splits it by --test-fraction);
  shapes.npz       the same shapes, already split.

Then, for example:
  python -m model train --family s4 --preset up5k --data datasets/mnist-png --out runs/mnist-png
  python -m model train --family s4 --preset up5k --data datasets/shapes --augment photo --out runs/shapes
"""

import argparse
import sys
from pathlib import Path

import numpy as np
from PIL import Image
from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from model.data import CLASS_NAMES, load_dataset  # noqa: E402
from model.data.dataset import stratified_split  # noqa: E402
from model.data.shapes import make_shapes  # noqa: E402


def write_tree(root, images, labels, names, desc):
    """PNG files ``root/<class>/<index>.png`` of ``images`` (N, H, W) or (N, H, W, 3)."""
    for name in names:
        (root / name).mkdir(parents=True, exist_ok=True)
    for i, (im, k) in enumerate(tqdm(list(zip(images, labels)), desc=desc, unit="img", leave=False)):
        Image.fromarray(im).save(root / names[k] / f"{i:05d}.png", optimize=False)


def first_per_class(labels, per_class):
    """Indices of the first ``per_class`` images of every class, in their order."""
    keep = np.zeros(len(labels), bool)
    for k in np.unique(labels):
        keep[np.flatnonzero(labels == k)[:per_class]] = True
    return np.flatnonzero(keep)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, default=Path("datasets"), help="folder to write into (default datasets)")
    p.add_argument("--data-dir", help="data root holding mnist/ (default: $TOEPCORE_DATA, else a download cache)")
    p.add_argument("--mnist-per-class", type=int, default=0, metavar="N",
                   help="MNIST training images per class to export (default 0: all 60,000, and all 10,000 test "
                        "images); -1 skips MNIST")
    p.add_argument("--shapes-per-class", type=int, default=2000, metavar="N",
                   help="shape images per class (default 2,000; 0 skips the shapes)")
    p.add_argument("--shapes-classes", type=int, default=4, metavar="K", help="shape classes, 2-8 (default 4)")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    out = args.out
    if args.mnist_per_class >= 0:
        names = CLASS_NAMES["mnist"]
        xtr, ytr = load_dataset("mnist", "train", args.data_dir)
        xte, yte = load_dataset("mnist", "test", args.data_dir)
        if args.mnist_per_class:
            tr, te = first_per_class(ytr, args.mnist_per_class), first_per_class(yte, max(1, args.mnist_per_class // 6))
            xtr, ytr, xte, yte = xtr[tr], ytr[tr], xte[te], yte[te]
        write_tree(out / "mnist-png" / "train", xtr, ytr, names, "mnist train")
        write_tree(out / "mnist-png" / "test", xte, yte, names, "mnist test")
        np.savez_compressed(out / "mnist.npz", x_train=xtr, y_train=ytr, x_test=xte, y_test=yte,
                            class_names=np.array(names))
        print(f"wrote {out / 'mnist-png'} ({len(xtr):,} + {len(xte):,} PNGs) and {out / 'mnist.npz'}")
    if args.shapes_per_class > 0:
        x, y, names = make_shapes(args.shapes_per_class, 32, args.shapes_classes, args.seed)
        write_tree(out / "shapes", x, y, names, "shapes")
        tr, te = stratified_split(y, 0.2, args.seed)
        np.savez_compressed(out / "shapes.npz", x_train=x[tr], y_train=y[tr], x_test=x[te], y_test=y[te],
                            class_names=np.array(names))
        print(f"wrote {out / 'shapes'} ({len(x):,} PNGs in {len(names)} classes) and {out / 'shapes.npz'}")


if __name__ == "__main__":
    main()
