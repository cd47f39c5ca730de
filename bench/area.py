"""Area: one network built twice in one run, with generator cores and with dense
TrueNorth-style cores (same mapping, same lanes), synthesised by yosys for iCE40 and ECP5
(no place and route), side by side with the ratios and each board's budget.

A design whose weight memory alone needs more block RAMs than the board has is reported
from its bits (``BRAM`` is then the least number of block RAMs its weights need) and not
synthesised, unless ``--synth-all``: yosys takes tens of minutes on megabits of crossbar ROM.
"""

import tempfile
from pathlib import Path

from boards import get_board
from codegen.fpga import FitError, check_fit, synth_stats
from codegen.mapping import check_memory, map_network
from hw.array import CoreArray
from model import HARDWARE_NETWORK
from model.network import Network
from toepcore import cli

from . import options

# (family, board whose budget applies, event lists in SPRAM)
TARGETS = (("ice40", "icebreaker", True), ("ecp5", "ulx3s", False))


HELP = ("yosys synthesis (iCE40, ECP5) of one network with generator and with dense cores, side by side")


def add_arguments(p):
    options.common(p, "deployed network (default: the shipped hardware network, up5k-s4)")
    p.add_argument("--lanes", type=cli.int_range(1, 64), default=1, metavar="N",
                   help="neuron updates per cycle of every core (1-64; default 1)")
    p.add_argument("--synth-all", action="store_true", help="synthesise designs whose weights alone overflow the "
                                                            "board's block RAM too (slow: tens of minutes per design)")


def run(args):
    path = Path(args.network or HARDWARE_NETWORK)
    net = Network.load(path)
    rows, notes = [], {}
    with tempfile.TemporaryDirectory(prefix="toepcore-synth-") as tmp:
        for family, board_name, _spram in cli.progress(TARGETS, desc="synthesise", unit="board"):
            board = get_board(board_name)
            mapping = map_network(net, board, lanes=args.lanes)
            pair = []
            for cores in ("generator", "dense"):
                array = CoreArray(mapping, cores=cores)
                what = f"{path.name} with {cores} cores"
                row = {"target": f"{family} ({board.device})", "cores": cores,
                       "weight_memory_bits": array.weight_memory_bits()}
                min_bram = -(-row["weight_memory_bits"] // board.bram_bits)
                if min_bram > board.resources["BRAM"] and not args.synth_all:
                    # Its weights alone overflow the block RAM: say so from the bits, without
                    # minutes of yosys on megabits of ROM (--synth-all synthesises anyway).
                    row.update(BRAM=min_bram, fits="no", synthesised="no (weights alone overflow)")
                    try:
                        check_memory(mapping, what)
                        raise FitError(f"{what}: weights alone need {min_bram} block RAMs")
                    except FitError as e:
                        notes[f"{family}_{cores}"] = str(e)
                else:
                    with cli.stage(f"yosys: {family}, {cores} cores", key=f"yosys {family} {path.name} {cores} {args.lanes}"):
                        used = synth_stats(array, board.target, Path(tmp) / f"{family}-{cores}")
                    row.update(used, synthesised="yes")
                    try:
                        check_fit(used, board, what)
                        row["fits"] = "yes"
                    except FitError as e:
                        row["fits"] = "no"
                        notes[f"{family}_{cores}"] = str(e)
                pair.append(row)
            gen, dense = pair
            ratio = {"target": f"{family} ({board.device})", "cores": "dense/generator"}
            for k in gen:
                if k not in ratio and isinstance(gen.get(k), int) and isinstance(dense.get(k), int):
                    ratio[k] = round(dense[k] / gen[k], 2) if gen[k] else (None if not dense[k] else "inf")
            rows += [gen, dense, ratio]
    title = (f"{path.name}, {args.lanes} lane(s), a layer's cores as each board's budget chooses: "
             "yosys synthesis with generator and with dense cores "
             f"(the same mapping); budgets of the iCEBreaker (iCE40UP5K) and ULX3S (ECP5-85F)")
    return title, rows, {"does_not_fit": notes} if notes else {}
