"""python -m bench: measure toepcore and print tables."""

import argparse
import json
import sys
import warnings


def _table(rows):
    cols = list(rows[0])
    width = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in cols}
    lines = ["  ".join(c.ljust(width[c]) for c in cols), "  ".join("-" * width[c] for c in cols)]
    lines += ["  ".join(str(r[c]).ljust(width[c]) for c in cols) for r in rows]
    return "\n".join(lines)


def main(argv=None):
    # Amaranth warns about components built only to be measured; they are not bugs here.
    warnings.filterwarnings("ignore", message=".*created but never used")
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    ref = sub.add_parser("reference", help="reference-model images/second on the MNIST test set")
    ref.add_argument("--network", help="deployed network file (default: random networks of the default shape)")
    ref.add_argument("--dataset", default="mnist", choices=["mnist", "fashion-mnist"])
    ref.add_argument("--data-dir", help="data root (default: $TOEPCORE_DATA, else the download cache)")
    ref.add_argument("--repeats", type=int, default=3, help="timed runs; the median is reported (default 3)")
    ref.add_argument("--batch-size", type=int, default=1000)
    ref.add_argument("--json", action="store_true", help="print a JSON object instead of a table")
    cores = sub.add_parser("cores", help="yosys statistics of a generator core and a dense core for the same layer "
                                         "slice (iCE40 and ECP5), side by side")
    cores.add_argument("--network", help="deployed network file (default: the shipped default network)")
    cores.add_argument("--layer", help="conv layer name (default: the first)")
    cores.add_argument("--lanes", type=int, default=8, help="neuron updates per cycle (default 8)")
    cores.add_argument("--json", action="store_true", help="print a JSON object instead of a table")
    args = p.parse_args(argv)
    from model.data import DataError
    from model.network import NetworkFormatError
    try:
        title, rows = _run(args)
    except (DataError, NetworkFormatError, FileNotFoundError) as e:
        raise SystemExit(f"error: {e}")
    if args.json:
        json.dump({"command": args.command, "title": title, "rows": rows}, sys.stdout, indent=1)
        print()
    else:
        print(title)
        print(_table(rows))


def _run(args):
    if args.command == "reference":
        from . import reference
        rows = reference.run(args)
        title = "reference model throughput (median of %d runs)" % args.repeats
    elif args.command == "cores":
        from . import cores as cores_bench
        title, rows = cores_bench.run(args)
    return title, rows


if __name__ == "__main__":
    main()
