"""Reference-model throughput: images/second on the MNIST test set."""

import statistics
import time

import numpy as np

from model.data import load_dataset
from model.network import Network
from model.randnet import random_network
from model.reference import ReferenceModel
from toepcore import cli

from . import options


def representative_networks(network=None):
    """The network to measure: a given file, else random networks of the default shape
    for each family (3 planes, 32 and 64 filters at stride 2, a 7x7 full readout)."""
    if network is not None:
        return {str(network): Network.load(network)}
    layers = ((32, 3, 2, 1, 1), (64, 3, 2, 1, 1))
    return {f"random {fam}": random_network(np.random.default_rng(0), fam, layers=layers, readout_per_class=10)
            for fam in ("s4", "kernel")}


HELP = ("reference-model images/second on the MNIST test set")


def add_arguments(p):
    options.common(p, "deployed network (default: random networks of the default shape)")
    options.data(p)
    p.add_argument("--repeats", type=cli.int_range(1, 100), default=3, metavar="N",
                   help="timed runs; the median is reported (1-100; default 3)")
    p.add_argument("--batch-size", type=cli.int_range(1, options.TEST_IMAGES), default=1000, metavar="N",
                   help="images per reference-model batch (default 1,000)")


def run(args):
    networks = representative_networks(args.network)
    images, labels = load_dataset(args.dataset, "test", args.data_dir)
    rows = []
    bar = cli.progress(total=len(networks) * 2 * args.repeats, desc="timed runs", unit="run")
    for name, net in networks.items():
        model = ReferenceModel(net)
        for counters in (False, True):
            times = []
            for _ in range(args.repeats):
                bar.update()
                t = time.perf_counter()
                res = model.run(images, counters=counters, batch_size=args.batch_size)
                times.append(time.perf_counter() - t)
            med = statistics.median(times)
            rows.append({"network": name, "counters": counters, "images": len(images),
                         "seconds_median": round(med, 3), "images_per_second": round(len(images) / med, 1),
                         "accuracy": float((res.predictions == labels).mean())})
    bar.close()
    return f"reference model throughput (median of {args.repeats} runs)", rows
