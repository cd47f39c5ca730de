"""python -m model: train binary block-Toeplitz networks and evaluate deployed networks.

  python -m model train --family s4 --out runs/s4            # train on MNIST, export, score
  python -m model train --family s4 --preset up5k --data DIR --out runs/mine   # your own images
  python -m model eval                                       # the shipped default network
  python -m model eval --network runs/mine/network.npz --data DIR --json
"""

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from toepcore import cli
from toepcore.errors import UsageError

from . import DEFAULT_NETWORK
from .data import add_data_arguments


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
    try:
        cfg = TrainConfig(args.family, preset, args.dataset, args.seed, args.epochs, args.data_dir,
                          args.train_images, energy=args.energy, data=args.data, image_size=args.image_size,
                          channels=args.channels, test_fraction=args.test_fraction or 0.2, augment=args.augment,
                          class_weights=args.class_weights, encoder=args.encoder)
    except ValueError as e:
        raise UsageError(str(e)) from None
    cli.make_output_dir(args.out)
    metrics = train(cfg, args.out, resume=not args.restart, progress=not args.quiet)
    if metrics is not None:
        keys = ("test_accuracy", "balanced_accuracy", "val_accuracy", "train_seconds", "parameters", "generator_bits",
                "dense_crossbar_bits", "truenorth_cores", "synaptic_ops_per_image", "spikes_per_image", "energy")
        print(json.dumps({k: metrics[k] for k in keys}, indent=1))


def _eval(args):
    from .data import test_images_for
    from .metrics import classification_report, format_report, plot_confusion
    from .network import Network
    from .reference import ReferenceModel
    path = args.network or DEFAULT_NETWORK
    if not args.network and not args.quiet:
        print(f"network: {path.name} (the shipped default; --network FILE for another)", file=sys.stderr)
    net = Network.load(path)
    images, labels, name = test_images_for(net, args, progress=not args.json and not args.quiet)
    if args.images:
        if args.images > len(images):
            raise UsageError(f"--images {args.images:,}: {name} has only {len(images):,} test images")
        images, labels = images[:args.images], labels[:args.images]
    t = time.perf_counter()
    res = ReferenceModel(net).run(images, counters=True, progress=not args.json and not args.quiet)
    seconds = time.perf_counter() - t
    totals = res.counter_totals()
    scores = classification_report(labels, res.predictions, net.names)
    report = {"network": str(path), "dataset": name, "images": int(len(images)),
              "test_accuracy": scores["test_accuracy"], "balanced_accuracy": scores["balanced_accuracy"],
              "seconds": round(seconds, 3), "images_per_second": round(len(images) / seconds, 1),
              "synaptic_ops_per_image": totals["total"]["synaptic_ops"],
              "spikes_per_image": totals["total"]["spikes_out"],
              "per_class": scores["per_class"], "confusion_matrix": scores["confusion_matrix"],
              "per_layer": {k: v for k, v in totals.items() if k != "total"}}
    if args.confusion:
        Path(args.confusion).parent.mkdir(parents=True, exist_ok=True)
        plot_confusion(scores, args.confusion, f"{path.name} on {Path(name).name}: accuracy "
                                               f"{scores['test_accuracy']:.4f}")
        report["confusion_png"] = str(args.confusion)
    if args.json:
        print(json.dumps(report, indent=1))
        return
    print(net.summary())
    print(f"\n{report['images']} test images of {name}, reference model ({report['images_per_second']:.0f} images/s):")
    print(format_report(scores))
    print(f"per image: {report['synaptic_ops_per_image']:.0f} synaptic ops, {report['spikes_per_image']:.0f} spikes")
    if args.confusion:
        print(f"confusion matrix: {args.confusion}")


def _search(args):
    from .search.pilot import run_pilot
    if not 0 < args.min_accuracy < 1:
        raise UsageError(f"--min-accuracy {args.min_accuracy:g}: must be between 0 and 1 (exclusive), e.g. 0.985")
    status = run_pilot(args)
    if status:
        raise SystemExit(status)


def parser():
    p = cli.ArgumentParser(prog="python -m model", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)

    t = sub.add_parser("train", help="train a network and write OUT/network.npz, metrics.json, training.png",
                       description="Train a binary block-Toeplitz network. Writes OUT/network.npz (the deployed "
                                   "network), OUT/metrics.json, OUT/training.png and OUT/checkpoint.pt (each epoch; "
                                   "a rerun with the same options resumes). Under torchrun it trains data-parallel.")
    t.add_argument("--family", required=True, choices=["s4", "kernel", "dense"],
                   help="s4: S4-structured generators (TrueNorth-native); kernel: ternary/low-bit kernels; "
                        "dense: Eedn-style ternary baseline")
    add_data_arguments(t)
    t.add_argument("--out", required=True, type=cli.output_dir,
                   help="output directory (created; a rerun with the same options resumes from its checkpoint)")
    t.add_argument("--preset", default="mnist", help="architecture and recipe: quick, mnist (default), truenorth, ice40, up5k")
    t.add_argument("--epochs", type=cli.int_range(1, 1000), metavar="N",
                   help="override the preset's number of epochs (1-1000); more epochs than a finished run in OUT "
                        "had extends it with a new learning-rate cycle")
    t.add_argument("--seed", type=cli.int_range(0, 2**32 - 1), default=0, metavar="N",
                   help="seed for initialisation, split and shuffling (default 0)")
    t.add_argument("--train-images", type=cli.int_range(1), metavar="N",
                   help="train on only the first N of the (shuffled) training images (MNIST: up to 55,000; a tenth "
                        "of the training split, at most the preset's 5,000, is held out for validation)")
    t.add_argument("--augment", choices=["shift", "photo", "none"], default="shift",
                   help="shift: random translations of up to the preset's shift (MNIST's recipe, default); photo: "
                        "horizontal flips and small crops (for photos); none")
    t.add_argument("--class-weights", choices=["balanced"],
                   help="balanced: weigh each class's loss by the inverse of its share (for skewed data sets)")
    t.add_argument("--encoder", choices=["auto", "preset", "data"], default="auto",
                   help="the encoder thresholds: preset (the preset's planes on every channel), data (per channel, "
                        "quantiles of the training pixels) or auto (preset for grey, data for colour; default)")
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
    add_data_arguments(e)
    e.add_argument("--images", type=cli.int_range(1), metavar="N", help="only the first N test images (default all)")
    e.add_argument("--confusion", metavar="FILE", default="build/eval/confusion.png",
                   help="write the confusion matrix picture here (default build/eval/confusion.png; '' for none)")
    e.add_argument("--json", action="store_true", help="print a JSON object")
    e.add_argument("--quiet", action="store_true", help="no progress bar")
    e.set_defaults(fn=_eval)

    sr = sub.add_parser("search", help="a pilot: the cheapest structured network that meets an accuracy on a board",
                        description="Search structured networks (Optuna: TPE under the accuracy constraint, "
                                    "successive-halving pruning on validation accuracy) for the cheapest one, by "
                                    "--objective, whose validation accuracy reaches --min-accuracy and that fits "
                                    "--board; candidates that do not fit are rejected before training. Then train it "
                                    "on the whole training split, train the dense (unstructured) baseline at the same "
                                    "widths, and write OUT/network.npz, OUT/baseline/network.npz, OUT/pilot.json and "
                                    "OUT/pilot.html. The study lives in OUT/search.db: a rerun with the same options "
                                    "resumes it. Exit status 2 when the target is not met (the report says by how "
                                    "much and shows the front).")
    add_data_arguments(sr)
    sr.add_argument("--min-accuracy", type=float, required=True, metavar="A",
                    help="the validation (search) and test (report) accuracy asked, between 0 and 1, e.g. 0.985")
    sr.add_argument("--board", default="icebreaker", choices=["sim", "icebreaker", "ulx3s"],
                    help="the board every candidate must fit (default icebreaker); sim: any size")
    sr.add_argument("--objective", choices=["energy", "throughput"], default="energy",
                    help="energy: fewest synaptic operations per image (default); throughput: most images/s on "
                         "the board at its clock (the planner's estimate)")
    sr.add_argument("--budget-minutes", type=cli.float_range(0.1, 100_000), default=60.0, metavar="M",
                    help="wall-clock budget (default 60): 60%% searching, 25%% training the chosen network, 15%% the "
                         "baseline")
    sr.add_argument("--out", required=True, type=cli.output_dir, help="output directory (its search.db resumes)")
    sr.add_argument("--storage", metavar="URL",
                    help="Optuna RDB storage shared by workers on several machines, e.g. "
                         "postgresql://user@host/db (default: sqlite:///OUT/search.db)")
    sr.add_argument("--workers", type=cli.int_range(1, 64), default=1, metavar="N",
                    help="search processes on this machine sharing the study (default 1)")
    sr.add_argument("--search-epochs", type=cli.int_range(1, 100), default=3, metavar="N",
                    help="epochs of each trial (default 3; the pruner may stop one after its first)")
    sr.add_argument("--search-images", type=cli.int_range(100), default=20_000, metavar="N",
                    help="training images each trial uses, at most (default 20,000)")
    from .search.pilot import FINAL_EPOCHS
    sr.add_argument("--final-epochs", type=cli.int_range(1, 1000), default=FINAL_EPOCHS, metavar="N",
                    help=f"most epochs of the chosen network's and the baseline's training (default {FINAL_EPOCHS}; "
                         "fewer when the budget's share is smaller)")
    sr.add_argument("--energy-images", type=cli.int_range(0, 1000), default=4, metavar="K",
                    help="test images simulated in the RTL (sim board) for each network's array energy estimate "
                         "(default 4; 0 skips it)")
    sr.add_argument("--deploy", action="store_true",
                    help="then build the recommended network for --board (bitstream, timing, bit-exact simulated "
                         "images) and add the figures to the report")
    sr.add_argument("--seed", type=cli.int_range(0, 2**32 - 1), default=0, metavar="N", help="sampler and split seed")
    sr.add_argument("--threads", type=cli.int_range(1, 256), metavar="N", help="torch CPU threads per worker")
    sr.add_argument("--quiet", action="store_true", help="no progress bars")
    sr.set_defaults(fn=_search)
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
