"""python -m bench: measure toepcore and print tables (``--json``: one JSON object).

  memory     weight-memory bits: generators vs dense TrueNorth cores, every shipped network
  area       yosys LUT/FF/BRAM of one network built with generator and with dense cores
  cycles     RTL cycles per image against the hardware's lower bound; images/s at fmax
  lanes      the least cycles/bound ratio cores of each lane width can reach on a network's weights
  tradeoff   accuracy against synaptic operations and memory over network sizes and families
  tools      simulator speeds (Verilator, Icarus, Amaranth) and the whole flow's wall time
  sim        the whole MNIST test set through the RTL in Verilator, bit-exact
  reference  reference-model images/second
  cores      yosys statistics of one generator core and one dense core for a layer slice
  mutants    plausible bugs applied to a scratch copy, and which checks catch each
  design     fingerprints of the plan, the simulation Verilog and the board build files
  tables     the README's result tables, rendered from bench output kept in docs/results
  frames     bytes per frame on the host link: packed levels against run-length codings
"""

import argparse
import importlib
import json
import logging
import sys
import warnings
from pathlib import Path

from toepcore import cli
from toepcore.errors import ToepcoreError

#: command: the module that declares its options (``add_arguments``, ``HELP``) and runs it
COMMANDS = {"memory": "memory", "area": "area", "cycles": "cycles", "lanes": "lanes", "tradeoff": "tradeoff",
            "tools": "tools", "sim": "simulation", "reference": "reference", "cores": "cores", "mutants": "mutants",
            "design": "design", "tables": "tables", "frames": "frames"}


def _table(rows):
    cols = []
    for r in rows:
        cols += [c for c in r if c not in cols]
    fmt = lambda v: f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else ("" if v is None else str(v))
    width = {c: max(len(c), *(len(fmt(r.get(c))) for r in rows)) for c in cols}
    lines = ["  ".join(c.ljust(width[c]) for c in cols), "  ".join("-" * width[c] for c in cols)]
    lines += ["  ".join(fmt(r.get(c)).ljust(width[c]) for c in cols) for r in rows]
    return "\n".join(lines)


def _module(command):
    return importlib.import_module(f"bench.{COMMANDS[command]}")


def parser():
    p = cli.ArgumentParser(prog="python -m bench", description=__doc__,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        module = _module(command)
        module.add_arguments(sub.add_parser(command, help=module.HELP))
    return p


def _main(argv):
    # Amaranth warns about components built only to be measured; they are not bugs here.
    warnings.filterwarnings("ignore", message=".*created but never used")
    args = parser().parse_args(argv)
    cli.set_quiet(args.quiet)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(name)s: %(message)s",
                        stream=sys.stderr)
    if getattr(args, "plot", None):
        Path(args.plot).parent.mkdir(parents=True, exist_ok=True)
    title, rows, extra = _run(args)
    if args.json:
        json.dump({"command": args.command, "title": title, **(extra or {}), "rows": rows}, sys.stdout, indent=1)
        print()
    else:
        print(title)
        print(_table(rows))
        for k, v in (extra or {}).items():
            if isinstance(v, dict) and all(isinstance(x, str) for x in v.values()):
                for note in v.values():
                    print(f"{k.replace('_', ' ')}: {note}")
            elif not isinstance(v, (dict, list)):
                print(f"{k}: {v:,}" if isinstance(v, int) else f"{k}: {v}")
        if getattr(args, "plot", None):
            print(f"plot: {args.plot}")
    bad = (extra or {}).get("error")
    if bad:
        raise ToepcoreError(bad)


def main(argv=None):
    cli.run(_main, argv)


def _run(args):
    out = _module(args.command).run(args)
    return out if len(out) == 3 else (*out, None)


if __name__ == "__main__":
    main()
