"""python -m model: train binary block-Toeplitz networks and evaluate deployed networks.

  python -m model train --family s4 --out runs/s4            # train, export, score
  python -m model eval                                       # the shipped default network
  python -m model eval --network runs/s4/network.npz --json
"""

import argparse
import json
import logging
import sys
import time

from toepcore import cli
from toepcore.errors import UsageError

from . import DEFAULT_NETWORK
from .data import DATASETS

#: Images in each data set's test split (``--images`` may not ask for more).
TEST_IMAGES = 10_000


def _train(args):
    from .presets import get_preset
    try:
        preset = get_preset(args.preset)
    except ValueError as e:
        raise UsageError(str(e)) from None
    import torch
    from .train.loop import TrainConfig, train
    if args.threads:
        torch.set_num_threads(args.threads)
    cfg = TrainConfig(args.family, preset, args.dataset, args.seed, args.epochs, args.data_dir, args.train_images,
                      energy=args.energy)
    cli.make_output_dir(args.out)
    metrics = train(cfg, args.out, resume=not args.restart, progress=not args.quiet)
    if metrics is not None:
        keys = ("test_accuracy", "val_accuracy", "train_seconds", "parameters", "generator_bits",
                "dense_crossbar_bits", "truenorth_cores", "synaptic_ops_per_image", "spikes_per_image", "energy")
        print(json.dumps({k: metrics[k] for k in keys}, indent=1))


def _eval(args):
    import numpy as np
    from .data import load_dataset
    from .network import Network
    from .reference import ReferenceModel
    path = args.network or DEFAULT_NETWORK
    if not args.network and not args.quiet:
        print(f"network: {path.name} (the shipped default; --network FILE for another)", file=sys.stderr)
    net = Network.load(path)
    images, labels = load_dataset(args.dataset, "test", args.data_dir)
    if args.images:
        images, labels = images[:args.images], labels[:args.images]
    t = time.perf_counter()
    res = ReferenceModel(net).run(images, counters=True, progress=not args.json and not args.quiet)
    seconds = time.perf_counter() - t
    totals = res.counter_totals()
    report = {"network": str(path), "dataset": args.dataset, "images": int(len(images)),
              "test_accuracy": float((res.predictions == labels).mean()),
              "seconds": round(seconds, 3), "images_per_second": round(len(images) / seconds, 1),
              "synaptic_ops_per_image": totals["total"]["synaptic_ops"],
              "spikes_per_image": totals["total"]["spikes_out"],
              "per_layer": {k: v for k, v in totals.items() if k != "total"}}
    if args.json:
        print(json.dumps(report, indent=1))
        return
    print(net.summary())
    print(f"\n{report['images']} {args.dataset} test images, reference model: "
          f"accuracy {report['test_accuracy']:.4f} ({report['images_per_second']:.0f} images/s)")
    print(f"per image: {report['synaptic_ops_per_image']:.0f} synaptic ops, {report['spikes_per_image']:.0f} spikes")
    confusion = np.zeros((net.n_classes, net.n_classes), int)
    np.add.at(confusion, (labels, res.predictions), 1)
    print("per-class accuracy: " + " ".join(f"{k}:{confusion[k, k] / max(confusion[k].sum(), 1):.3f}"
                                           for k in range(net.n_classes)))


def parser():
    p = cli.ArgumentParser(prog="python -m model", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    data_help = "data root holding mnist/ and fashion-mnist/ (default: $TOEPCORE_DATA, else a download cache)"

    t = sub.add_parser("train", help="train a network and write OUT/network.npz, metrics.json, training.png",
                       description="Train a binary block-Toeplitz network. Writes OUT/network.npz (the deployed "
                                   "network), OUT/metrics.json, OUT/training.png and OUT/checkpoint.pt (each epoch; "
                                   "a rerun with the same options resumes). Under torchrun it trains data-parallel.")
    t.add_argument("--family", required=True, choices=["s4", "kernel", "dense"],
                   help="s4: S4-structured generators (TrueNorth-native); kernel: ternary/low-bit kernels; "
                        "dense: Eedn-style ternary baseline")
    t.add_argument("--dataset", default="mnist", choices=list(DATASETS))
    t.add_argument("--data-dir", help=data_help)
    t.add_argument("--out", required=True, type=cli.output_dir,
                   help="output directory (created; a rerun with the same options resumes from its checkpoint)")
    t.add_argument("--preset", default="mnist", help="architecture and recipe: quick, mnist (default), truenorth, ice40, up5k")
    t.add_argument("--epochs", type=cli.int_range(1, 1000), metavar="N",
                   help="override the preset's number of epochs (1-1000); more epochs than a finished run in OUT "
                        "had extends it with a new learning-rate cycle")
    t.add_argument("--seed", type=cli.int_range(0, 2**32 - 1), default=0, metavar="N",
                   help="seed for initialisation, split and shuffling (default 0)")
    t.add_argument("--train-images", type=cli.int_range(1, 55_000), metavar="N",
                   help="train on only the first N of the (shuffled) training images (1-55,000; 5,000 of the "
                        "60,000 are held out for validation)")
    t.add_argument("--energy", type=cli.float_range(0, 1000), default=0.0, metavar="LAMBDA",
                   help="weight of the energy term: the loss adds LAMBDA x (synaptic operations + spikes per "
                        "image) / 10^6, estimated differentiably (default 0: accuracy alone)")
    t.add_argument("--threads", type=cli.int_range(1, 256), metavar="N", help="torch CPU threads (default: torch's choice)")
    t.add_argument("--restart", action="store_true", help="ignore an existing checkpoint in OUT and start over")
    t.add_argument("--quiet", action="store_true", help="no progress bars")
    t.set_defaults(fn=_train)

    e = sub.add_parser("eval", help="score a deployed network with the reference model",
                       description="Evaluate a deployed network on the test set with the integer reference model.")
    e.add_argument("--network", type=cli.network_file, metavar="FILE",
                   help=f"network file (default: the shipped {DEFAULT_NETWORK.name}, the most accurate; "
                        "python -m codegen build defaults to the hardware network instead)")
    e.add_argument("--dataset", default="mnist", choices=list(DATASETS))
    e.add_argument("--data-dir", help=data_help)
    e.add_argument("--images", type=cli.int_range(1, TEST_IMAGES), metavar="N",
                   help=f"only the first N test images (1-{TEST_IMAGES:,}; default all)")
    e.add_argument("--json", action="store_true", help="print a JSON object")
    e.add_argument("--quiet", action="store_true", help="no progress bar")
    e.set_defaults(fn=_eval)
    return p


def _main(argv):
    args = parser().parse_args(argv)
    cli.set_quiet(args.quiet)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(asctime)s %(name)s: %(message)s", stream=sys.stderr)
    args.fn(args)


def main(argv=None):
    cli.run(_main, argv)


if __name__ == "__main__":
    main()
