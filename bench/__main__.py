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
"""

import argparse
import json
import logging
import sys
import warnings
from pathlib import Path

from toepcore import cli
from toepcore.errors import ToepcoreError

#: Images in a data set's test split.
TEST_IMAGES = 10_000


def _table(rows):
    cols = []
    for r in rows:
        cols += [c for c in r if c not in cols]
    fmt = lambda v: f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else ("" if v is None else str(v))
    width = {c: max(len(c), *(len(fmt(r.get(c))) for r in rows)) for c in cols}
    lines = ["  ".join(c.ljust(width[c]) for c in cols), "  ".join("-" * width[c] for c in cols)]
    lines += ["  ".join(fmt(r.get(c)).ljust(width[c]) for c in cols) for r in rows]
    return "\n".join(lines)


def _common(p, network_help, plot=None):
    p.add_argument("--network", type=cli.network_file, metavar="FILE", help=network_help)
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    if plot:
        p.add_argument("--plot", default=f"build/bench/{plot}.png", help=f"PNG plot (default build/bench/{plot}.png; "
                                                                          "'' for none)")


def _data(p, own=False):
    """Data options: a named set, or with ``own`` also ``--data`` (the network's own images)."""
    if own:
        from model.data import add_data_arguments
        add_data_arguments(p, split_options=False)
        return
    p.add_argument("--dataset", default="mnist", choices=["mnist", "fashion-mnist"])
    p.add_argument("--data-dir", metavar="DIR", help="data root (default: $TOEPCORE_DATA, else the download cache)")


def parser():
    p = cli.ArgumentParser(prog="python -m bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)

    mem = sub.add_parser("memory", help="weight-memory bits per layer: generators vs dense TrueNorth cores; "
                                        "--netlist: every memory of the design as yosys reads it")
    _common(mem, "one deployed network (default: every shipped network; with --netlist the shipped hardware "
                 "network)", plot="memory")
    mem.add_argument("--netlist", action="store_true",
                     help="read every memory and constant table from the design's netlist (yosys), by what it "
                          "holds, and check the weight-derived bits against weight_memory_bits and every memory "
                          "against the plan (non-zero exit on a difference)")
    mem.add_argument("--board", default="sim", choices=_board_names(),
                     help="with --netlist: the array as planned for this board (default sim)")

    area = sub.add_parser("area", help="yosys synthesis (iCE40, ECP5) of one network with generator and with dense "
                                       "cores, side by side")
    _common(area, "deployed network (default: the shipped hardware network, up5k-s4)")
    area.add_argument("--lanes", type=cli.int_range(1, 64), default=1, metavar="N",
                      help="neuron updates per cycle of every core (1-64; default 1)")
    area.add_argument("--synth-all", action="store_true", help="synthesise designs whose weights alone overflow the "
                                                               "board's block RAM too (slow: tens of minutes per design)")

    cyc = sub.add_parser("cycles", help="RTL cycles per image vs the lower bound; images/s at each board's fmax")
    _common(cyc, "deployed network (default: the shipped hardware network, up5k-s4)")
    _data(cyc, own=True)
    cyc.add_argument("--images", type=cli.int_range(1, TEST_IMAGES), default=200, metavar="N",
                     help=f"test images to simulate (1-{TEST_IMAGES:,}; default 200)")
    cyc.add_argument("--no-fpga", action="store_true", help="skip place and route (no fmax, no images/s at fmax)")
    cyc.add_argument("--boards", type=_boards, default="sim,icebreaker,ulx3s", metavar="B,..",
                     help="comma-separated boards to plan and simulate (default sim,icebreaker,ulx3s)")

    lanes = sub.add_parser("lanes", help="lane-group visits against synaptic operations at each lane width: the "
                                         "least ratio (cycles bench) cores that wide can reach")
    _common(lanes, "deployed network (default: the shipped hardware network, up5k-s4)")
    _data(lanes, own=True)
    lanes.add_argument("--images", type=cli.int_range(1, TEST_IMAGES), default=50, metavar="N",
                       help=f"test images whose spike maps are counted (1-{TEST_IMAGES:,}; default 50; the "
                            f"queue simulation takes about half a second an image for mnist-s4)")
    lanes.add_argument("--widths", type=_widths, default="1,2,4,8,16,32,64,128", metavar="L,..",
                       help="lane widths to measure (default 1,2,4,8,16,32,64,128)")
    lanes.add_argument("--depths", type=_widths, default="4,16", metavar="Q,..",
                       help="queue depths of independent lanes to simulate (default 4,16)")

    tr = sub.add_parser("tradeoff", help="sweep network sizes and families: accuracy vs synaptic operations and "
                                         "memory, with a Pareto plot")
    tr.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    tr.add_argument("--quiet", action="store_true", help="no progress bars")
    tr.add_argument("--plot", default="build/bench/tradeoff.png", help="PNG plot (default build/bench/tradeoff.png)")
    _data(tr)
    tr.add_argument("--large", action="store_true", help="the larger sweep (wider networks, more epochs; hours)")
    tr.add_argument("--out", type=cli.output_dir, default="build/bench/tradeoff", metavar="DIR",
                    help="where the trained networks go (default build/bench/tradeoff)")
    tr.add_argument("--threads", type=cli.int_range(1, 256), default=2, metavar="N", help="torch threads (default 2)")

    tools = sub.add_parser("tools", help="simulation images/s in Verilator, Icarus and Amaranth's simulator; wall "
                                         "time of the whole flow to a bitstream")
    _common(tools, "deployed network (default: the shipped hardware network, up5k-s4)")
    _data(tools, own=True)
    tools.add_argument("--images", type=cli.int_range(1, 1000), default=4, metavar="N",
                       help="images per simulator run (1-1,000; default 4)")
    tools.add_argument("--only", choices=["simulators", "bitstreams"],
                       help="run only the simulators (the sim board's design) or only the bitstream builds")
    tools.add_argument("--boards", type=_boards, default="icebreaker,ulx3s", metavar="B,..",
                       help="boards to build bitstreams for (default icebreaker,ulx3s); a board the network "
                            "does not fit is a row that says so")
    tools.add_argument("--pnr", choices=["full", "fast"], default="full",
                       help="place-and-route effort of the bitstream builds (as codegen build --pnr; default full)")

    simb = sub.add_parser("sim", help="simulate the test set through the RTL in Verilator, bit-exact against the "
                                      "reference model, and report images/second of simulation")
    _common(simb, "deployed network (default: the shipped hardware network, up5k-s4)")
    _data(simb, own=True)
    simb.add_argument("--images", type=cli.int_range(1, TEST_IMAGES), metavar="N",
                      help=f"first N test images (1-{TEST_IMAGES:,}; default: all)")
    simb.add_argument("--cores", default="generator", choices=["generator", "dense"])
    simb.add_argument("--board", default="sim", choices=_board_names(), help="simulate the array as planned for this board (default sim: "
                                                     "8 lanes; ulx3s is faster to simulate for large networks)")
    simb.add_argument("--out", type=cli.output_dir, default="build/bench-sim", metavar="DIR",
                      help="build directory (default build/bench-sim)")

    mut = sub.add_parser("mutants", help="plausible one-line bugs on a scratch copy: which checks catch each "
                                         "(fails when one is not caught)")
    mut.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    mut.add_argument("--quiet", action="store_true", help="no progress bars")
    mut.add_argument("--only", metavar="NAME,..", help="run only these mutants (default: all)")

    ref = sub.add_parser("reference", help="reference-model images/second on the MNIST test set")
    _common(ref, "deployed network (default: random networks of the default shape)")
    _data(ref)
    ref.add_argument("--repeats", type=cli.int_range(1, 100), default=3, metavar="N",
                     help="timed runs; the median is reported (1-100; default 3)")
    ref.add_argument("--batch-size", type=cli.int_range(1, TEST_IMAGES), default=1000, metavar="N",
                     help="images per reference-model batch (default 1,000)")

    cores = sub.add_parser("cores", help="yosys statistics of a generator core and a dense core for the same layer "
                                         "slice (iCE40 and ECP5), side by side")
    _common(cores, "deployed network (default: the shipped default network)")
    cores.add_argument("--layer", help="conv layer name (default: the first)")
    cores.add_argument("--lanes", type=cli.int_range(1, 64), default=8, metavar="N",
                       help="neuron updates per cycle (1-64; default 8)")
    cores.add_argument("--independent", action="store_true",
                       help="instead, the whole layer on a core of independent lanes (hw/lane_core.py: a lane per "
                            "filter, its own spike queue and potentials), ECP5 only; about 3 minutes for 128 lanes")
    cores.add_argument("--depth", type=cli.int_range(2, 256), default=16, metavar="Q",
                       help="with --independent: spikes each lane's queue holds (2-256; default 16)")
    from . import design
    design.add_arguments(sub.add_parser("design", help="fingerprints of the plan, the simulation Verilog and the board "
                                                       "build files, without running any tool"))
    return p


def _board_names():
    from boards import BOARDS
    return list(BOARDS)


def _boards(text):
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in _board_names()]
    if not names or unknown:
        raise argparse.ArgumentTypeError(f"unknown board(s) {', '.join(unknown) or repr(text)}; "
                                         f"known: {', '.join(_board_names())}")
    return names


def _widths(text):
    try:
        widths = [int(w) for w in text.split(",") if w.strip()]
    except ValueError:
        widths = []
    if not widths or min(widths) < 1:
        raise argparse.ArgumentTypeError(f"expected comma-separated positive lane widths, got {text!r}")
    return widths


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
    import importlib
    module = {"memory": "memory", "area": "area", "cycles": "cycles", "lanes": "lanes", "tradeoff": "tradeoff", "tools": "tools",
              "sim": "simulation", "reference": "reference", "cores": "cores", "mutants": "mutants", "design": "design"}[args.command]
    out = importlib.import_module(f"bench.{module}").run(args)
    return out if len(out) == 3 else (*out, None)


if __name__ == "__main__":
    main()
