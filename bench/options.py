"""Options the bench commands share: the network, ``--json``, ``--quiet``, a plot, data
sets, board lists and lane widths."""

import argparse

from toepcore import cli

#: Images in a data set's test split (MNIST, Fashion-MNIST): the most ``--images`` takes.
TEST_IMAGES = 10_000


def common(p, network_help, plot=None):
    p.add_argument("--network", type=cli.network_file, metavar="FILE", help=network_help)
    output(p)
    if plot:
        p.add_argument("--plot", default=f"build/bench/{plot}.png", help=f"PNG plot (default build/bench/{plot}.png; "
                                                                          "'' for none)")


def output(p):
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument("--quiet", action="store_true", help="no progress bars")


def data(p, own=False):
    """Data options: a named set, or with ``own`` also ``--data`` (the network's own images)."""
    if own:
        from model.data import add_data_arguments
        add_data_arguments(p, split_options=False)
        return
    p.add_argument("--dataset", default="mnist", choices=["mnist", "fashion-mnist"])
    p.add_argument("--data-dir", metavar="DIR", help="data root (default: $TOEPCORE_DATA, else the download cache)")


def board_names():
    from boards import BOARDS
    return list(BOARDS)


def boards(text):
    """``B,..``: a list of known board names."""
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in board_names()]
    if not names or unknown:
        raise argparse.ArgumentTypeError(f"unknown board(s) {', '.join(unknown) or repr(text)}; "
                                         f"known: {', '.join(board_names())}")
    return names


def widths(text):
    """``L,..``: positive lane widths."""
    try:
        widths = [int(w) for w in text.split(",") if w.strip()]
    except ValueError:
        widths = []
    if not widths or min(widths) < 1:
        raise argparse.ArgumentTypeError(f"expected comma-separated positive lane widths, got {text!r}")
    return widths
