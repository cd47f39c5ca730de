"""Bytes on the wire per frame: the packed levels (``'P'``) against two sparse codings of
them, on MNIST and on a photo-like colour set, and what the host sends (the shorter of
``'P'`` and ``'Z'`` for each frame). The measurement behind the ``'Z'`` format
(:func:`toepcore.protocol.compress_levels`)."""

import numpy as np

from model import HARDWARE_NETWORK, NETWORKS
from model.network import Network
from toepcore import cli, protocol

from . import options

HELP = "bytes per frame on the host link: packed levels against run-length codings, on MNIST and a colour set"

#: Frame header: the command byte and the 16-bit length.
HEADER = 3


def add_arguments(p):
    options.output(p)
    options.data(p)
    p.add_argument("--images", type=cli.int_range(1, options.TEST_IMAGES), default=1000, metavar="N",
                   help="images of each data set (default 1,000)")


def level_pairs(levels, bits):
    """Bytes of the other coding measured: one byte per non-zero level, holding it and the
    zeros before it (``8 - bits`` bits of run, at most RUN_MAX - 1), and a byte per
    further RUN_MAX zeros. Shortest when non-zero levels stand alone; MNIST's strokes
    are runs of them, which ``'Z'`` literals pack ``8 / bits`` to a byte."""
    most = min(1 << (8 - bits), protocol.RUN_MAX) - 1
    n, run = 0, 0
    for v in levels:
        if v == 0 and run < most:
            run += 1
        else:
            n, run = n + 1, 0
    return n + (run > 0)


def _measure(name, images, thresholds):
    bits = protocol.level_bits(thresholds.shape[1])
    packed, pairs, runs, sent = [], [], [], []
    for img in cli.progress(images, desc=name, unit="img"):
        levels = protocol.pixel_levels(img, thresholds)
        packed.append(HEADER + protocol.packed_length(len(levels), bits))
        pairs.append(HEADER + level_pairs(levels, bits))
        runs.append(HEADER + len(protocol.compress_levels(levels, bits)))
        sent.append(min(packed[-1], runs[-1]))
    c, h, w = (1, *images.shape[1:]) if images.ndim == 3 else images.shape[1:]
    base = float(np.mean(packed))
    row = {"data": name, "frame": f"{c} x {h} x {w}", "level_bits": bits, "images": len(images),
           "packed": round(base, 1)}
    for key, values in (("level_pairs", pairs), ("runs_literals", runs), ("sent", sent)):
        row[key] = round(float(np.mean(values)), 1)
        row[f"{key}_ratio"] = round(float(np.mean(values)) / base, 3)
    row["frames_compressed"] = int(sum(r < p for r, p in zip(runs, packed)))
    return row


def run(args):
    from model.data.named import load_dataset
    from model.data.shapes import make_shapes
    images, _ = load_dataset(args.dataset, "test", data_dir=args.data_dir)
    images = images[:args.images]
    rows = []
    for path in (HARDWARE_NETWORK, NETWORKS / "ice40-s4.npz"):
        net = Network.load(path)
        rows.append(_measure(f"{args.dataset} ({path.stem} encoder)", images, net.encoder.thresholds))
    shapes = make_shapes(-(-args.images // 4))[0][:args.images].transpose(0, 3, 1, 2)
    # the trainer's rule for colour data: per channel, the quantiles splitting the pixels evenly
    from model.presets import get_preset
    from model.train.loop import encoder_thresholds
    rows.append(_measure("shapes (4 planes, per-channel quantiles)", shapes,
                         encoder_thresholds(get_preset("up5k"), shapes, mode="data")))
    return ("Bytes per frame (mean, with the 3-byte header): packed levels, level pairs, runs and literals ('Z'), "
            "and the shorter of 'P' and 'Z' that the host sends", rows)
