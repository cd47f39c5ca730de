"""python -m codegen: build a deployed network into hardware and run it.

``build`` maps the network onto cores, emits the design, simulates it on real images and
checks every image against the reference model; for an FPGA board it then writes the
bitstream (YoWASP yosys and nextpnr). ``run`` classifies test images on a programmed board
over its UART (or on the board top simulated behind a pseudo-terminal) and checks every
answer against the reference model. ``prove`` proves every core's weight fetch and the
board's stream producers by k-induction (Yosys)."""

import argparse
import logging
import sys

from toepcore import cli

from .flows import build, prove, run

#: name: (flow module, one-line help); each module declares its options and runs its flow
COMMANDS = {
    "build": (build, "map, emit, compile and simulate on real images"),
    "run": (run, "classify test images on a programmed board over its UART"),
    "prove": (prove, prove.HELP),
}


def parser():
    p = cli.ArgumentParser(prog="python -m codegen", description=__doc__,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    for name, (flow, help_text) in COMMANDS.items():
        flow.add_arguments(sub.add_parser(name, help=help_text, description=flow.DESCRIPTION))
    return p


def _main(argv):
    args = parser().parse_args(argv)
    cli.set_quiet(args.quiet)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(name)s: %(message)s",
                        stream=sys.stderr)
    COMMANDS[args.command][0].main(args)


def main(argv=None):
    cli.run(_main, argv)


if __name__ == "__main__":
    main()
