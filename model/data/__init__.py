"""The data layer: named sets (MNIST, Fashion-MNIST, CIFAR-10), image-folder trees and
``.npz`` arrays, all read into one :class:`Dataset` of uint8 ``(N, C, H, W)`` images.

``docs/data.md`` describes the layouts, the cache and what each error means.
"""

from .dataset import Dataset, images_for_network, open_data, stratified_split
from .images import IMAGE_SUFFIXES, parse_size, read_image
from .named import CLASS_NAMES, DATASETS, DataError, dataset_dir, load_dataset, load_idx, resolve_data_dir, sha256

__all__ = ["Dataset", "open_data", "images_for_network", "stratified_split", "IMAGE_SUFFIXES",
           "parse_size", "read_image", "CLASS_NAMES", "DATASETS", "DataError", "dataset_dir", "load_dataset",
           "load_idx", "resolve_data_dir", "sha256", "add_data_arguments", "data_from_args",
           "test_images_for"]


def add_data_arguments(parser, *, split_options=True):
    """The options of every command that reads images: ``--data``, ``--dataset``,
    ``--data-dir``, ``--image-size``, ``--channels`` (and ``--test-fraction``)."""
    from toepcore import cli
    g = parser.add_argument_group("data (one of --data or --dataset)")
    g.add_argument("--data", metavar="PATH",
                   help="your own images: a folder (PATH/train/<class>/*.png and PATH/test/<class>/..., or "
                        "PATH/<class>/... split by --test-fraction) or an .npz with x_train, y_train, x_test, y_test")
    g.add_argument("--dataset", default="mnist", choices=list(DATASETS),
                   help="a named data set, read from --data-dir (default mnist)")
    g.add_argument("--data-dir", help="data root holding mnist/, fashion-mnist/ and cifar-10-batches-py/ "
                                      "(default: $TOEPCORE_DATA, else a download cache)")
    g.add_argument("--image-size", type=cli.parsed(parse_size), metavar="H[xW]",
                   help="resize every image to H x W pixels (needed when your images differ in size)")
    g.add_argument("--channels", type=int, choices=(1, 3), help="convert to grey (1) or RGB (3)")
    if split_options:
        g.add_argument("--test-fraction", type=cli.float_range(0.01, 0.99), metavar="F",
                       help="share of each class held out as the test split when --data has no train/ and test/ "
                            "folders (default 0.2, or the split the network was trained with; stratified, seeded "
                            "by the training --seed)")


def data_from_args(args, splits=("train", "test"), *, seed=None, progress=True):
    """:func:`open_data` with a command's data options."""
    return open_data(args.data, args.dataset, args.data_dir, image_size=args.image_size, channels=args.channels,
                     test_fraction=getattr(args, "test_fraction", None) or 0.2,
                     seed=getattr(args, "seed", 0) if seed is None else seed, splits=splits,
                     download=args.data_dir is None, progress=progress)


def test_images_for(network, args, *, progress=True):
    """The test split of a command's data, brought to ``network``'s input shape (resized
    and converted as :func:`open_data` would, unless ``--image-size``/``--channels``
    say otherwise), its classes checked against the network's.

    Returns ``(images (N, C, H, W) uint8, labels (N,), data set name)``.
    """
    c, h, w = network.input_shape
    size = args.image_size or (h, w)
    channels = args.channels or c
    # a tree split at training time is split the same way: its test images were never trained on
    split = network.info.get("split") or {}
    fraction = getattr(args, "test_fraction", None) or split.get("test_fraction", 0.2)
    ds = open_data(args.data, args.dataset, args.data_dir, image_size=size, channels=channels,
                   test_fraction=fraction, seed=split.get("seed", 0), splits=("test",),
                   download=args.data_dir is None, progress=progress)
    if ds.shape != tuple(network.input_shape):
        raise DataError(f"{ds.name}: images are {ds.shape} (C, H, W), the network takes {tuple(network.input_shape)}")
    if ds.n_classes != network.n_classes:
        raise DataError(f"{ds.name}: {ds.n_classes} classes, the network has {network.n_classes}; evaluate it on "
                        "the data it was trained on")
    if network.class_names is not None and ds.kind != "named" and list(ds.class_names) != network.names:
        raise DataError(f"{ds.name}: classes {ds.class_names} differ from the network's {network.names}")
    return ds.x_test, ds.y_test, ds.name
