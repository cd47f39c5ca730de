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
    simb = sub.add_parser("sim", help="simulate the test set through the RTL in Verilator, bit-exact against the "
                                      "reference model, and report images/second of simulation")
    simb.add_argument("--network", help="deployed network file (default: the shipped hardware network)")
    simb.add_argument("--dataset", default="mnist", choices=["mnist", "fashion-mnist"])
    simb.add_argument("--data-dir", help="data root (default: $TOEPCORE_DATA, else the download cache)")
    simb.add_argument("--images", type=int, default=0, help="first N test images (default: all 10,000)")
    simb.add_argument("--cores", default="generator", choices=["generator", "dense"])
    simb.add_argument("--out", default="build/bench-sim", help="build directory (default build/bench-sim)")
    simb.add_argument("--json", action="store_true", help="print a JSON object instead of a table")
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
    elif args.command == "sim":
        from . import simulation
        title, rows = simulation.run(args)
        if any("first_mismatch" in r for r in rows):
            print(title)
            print(_table(rows))
            raise SystemExit(f"error: RTL and reference model differ, first on image {rows[0]['first_mismatch']}")
    return title, rows


if __name__ == "__main__":
    main()
