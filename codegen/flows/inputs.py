"""What a command works on: the deployed network (``--network``, default the shipped
hardware network), its test images (``--data``, a named data set, or the 100-image MNIST
sample shipped here when offline), the planner's spike statistics from them, and the
board's design clock and link rate (``--clock-mhz``, ``--baud``)."""

import logging
import sys
from pathlib import Path

import numpy as np

from model import HARDWARE_NETWORK as DEFAULT_NETWORK
from model import NETWORKS
from model.data import DataError, dataset_dir, test_images_for
from model.network import Network
from toepcore import cli
from toepcore.errors import UsageError

SAMPLE = NETWORKS / "mnist-test-sample.npz"

#: The planner weighs its candidates with the spike maps of this many test images (the
#: first ones, whatever ``--images`` is, so ``build`` and ``run`` make one plan).
PLAN_IMAGES = 8

log = logging.getLogger("codegen")


def add_network_argument(p, help_text):
    p.add_argument("--network", type=cli.network_file, metavar="FILE", help=help_text)


def network(args):
    """``(path, Network)`` of ``--network``, else the shipped hardware network (said on stderr)."""
    if args.network:
        return args.network, Network.load(args.network)
    if not args.quiet:
        print(f"network: {DEFAULT_NETWORK.name} (the shipped hardware network; python -m model eval defaults to "
              f"the most accurate one; --network FILE for another)", file=sys.stderr)
    return DEFAULT_NETWORK, Network.load(DEFAULT_NETWORK)


def own_data(args, network):
    """``--data``, else the folder or ``.npz`` the network was trained on when it is still
    there (its ``info``), else None (a named data set)."""
    if args.data is not None:
        return args.data
    trained_on = network.info.get("dataset")
    if network.info.get("data_kind") in ("folder", "npz") and trained_on and Path(trained_on).exists():
        log.info("test images from %s, the data the network was trained on (--data for others)", trained_on)
        return trained_on
    if network.info.get("data_kind") in ("folder", "npz"):
        raise UsageError(f"the network was trained on {trained_on}, which is not there; pass --data PATH with its "
                         "images")
    return None


def test_images(args, network):
    """``(images, labels, source, stats)``: the first ``args.images`` test images
    (N x C x H x W, the network's shape) and labels, where they came from (the report's
    ``data``), and the planner's statistics from the first :data:`PLAN_IMAGES`. More
    ``--images`` than there are is an error."""
    args.data = own_data(args, network)
    try:
        images, labels, name = test_images_for(network, args, progress=not args.quiet)
        if args.data is not None:
            source = {"dataset": name, "source": "--data", "path": str(args.data)}
        else:
            source = {"dataset": args.dataset, "source": "data directory",
                      "path": str(dataset_dir(args.dataset, args.data_dir, download=False, splits=("test",)))}
    except DataError:
        if args.data is not None or args.dataset != "mnist" or args.data_dir is not None \
                or tuple(network.input_shape) != (1, 28, 28):
            raise
        log.warning("no MNIST test set in a data directory or the download cache (offline?); "
                    "using the 100 MNIST test images shipped with toepcore")
        with np.load(SAMPLE) as z:
            images, labels = z["images"][:, None], z["labels"]
        source = {"dataset": "mnist", "source": "shipped sample", "path": str(SAMPLE)}
    source["class_names"] = network.names
    if args.images > len(images):
        raise UsageError(f"--images {args.images:,}: the {source['source']} ({source['path']}) holds only "
                         f"{len(images):,} test images")
    source["images"] = args.images
    return images[:args.images], labels[:args.images], source, plan_statistics(network, images[:PLAN_IMAGES])


def plan_statistics(network, images):
    """Spike statistics the planner weighs its candidates with, or None without images."""
    from ..planner import spike_statistics
    return spike_statistics(network, images[:PLAN_IMAGES]) if len(images) else None


def design_clocks(board, clock_mhz=None, baud=None):
    """``(board, clocks)``: the board at its first design clock, and the
    :class:`boards.LinkClock` choices a build tries in turn (one when ``clock_mhz`` is
    given; :func:`boards.link_clocks` otherwise). ``baud`` fixes the link's rate."""
    from dataclasses import replace

    from boards import LinkClock, link_clocks, with_clock
    if baud is not None:
        if not board.is_fpga:
            raise UsageError(f"--baud: board {board.name!r} has no UART")
        board = replace(board, uart_rates=(baud,))
    if clock_mhz is not None:
        try:
            board = with_clock(board, clock_mhz)
        except ValueError as e:
            raise UsageError(f"--clock-mhz: {e}") from None
        clocks = [LinkClock(board, "--clock-mhz")]
    else:
        clocks = link_clocks(board)
        if not clocks:
            raise UsageError(f"--baud {baud:,}: no clock of board {board.name!r} up to {board.clock_ceiling_mhz or board.oscillator:g} "
                             f"MHz divides it with at least 4 cycles a bit")
    for c in clocks if board.is_fpga else ():
        try:   # the clock must divide the rate: a clear error now, not after synthesis
            c.board.uart()
        except ValueError as e:
            raise UsageError(f"{'--baud' if baud else '--clock-mhz'}: {e}") from None
    return clocks[0].board, clocks
