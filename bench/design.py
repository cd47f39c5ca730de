"""``python -m bench design``: fingerprints of what a build would hand the simulator and the
FPGA tools, without running them.

For each network and board: the plan (its serialised form and mapping report), the
simulation top's Verilog (``codegen build``'s ``toepcore_top.v``), and on an FPGA board
every file of the platform's build plan (the board top with its PLL and pins as RTLIL
and Verilog, the constraints, the build script) as Amaranth would extract it before
yosys runs. The same files give the same bitstream (the tools run with a fixed seed), so
two trees whose rows agree build the same hardware; a refactor that keeps every row
keeps every bitstream. The board files are hashed without Amaranth's source-location
attributes, which follow the Python's line numbers and do not reach the bitstream. Planning uses the first 8 images of the MNIST test sample shipped
with toepcore, so the rows do not depend on a data directory.
"""

import hashlib
import json
import warnings

import numpy as np

from codegen import planner
from toepcore import cli
from toepcore.errors import ToepcoreError

NETWORKS = ("up5k-s4", "ice40-s4", "mnist-kernel", "mnist-dense")
BOARDS = ("sim", "icebreaker", "ulx3s")


HELP = "fingerprints of the plan, the simulation Verilog and the board build files, without running any tool"


def add_arguments(p):
    p.add_argument("--networks", default=",".join(NETWORKS), metavar="NAME,..",
                   help=f"shipped networks (default {','.join(NETWORKS)})")
    p.add_argument("--boards", default=",".join(BOARDS), metavar="B,..",
                   help=f"boards (default {','.join(BOARDS)})")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument("--quiet", action="store_true", help="no progress bars")


def _sha(text):
    return hashlib.sha256(text.encode() if isinstance(text, str) else text).hexdigest()[:16]


def _without_src(text):
    """``text`` without Amaranth's source-location attributes (``src``: file and line of the
    Python that made each signal), which move with any edit of the Python and change
    nothing yosys or nextpnr build."""
    if isinstance(text, bytes):
        return text
    return "\n".join(l for l in text.splitlines() if "attribute \\src " not in l and "(* src = " not in l)


def fingerprints(network_name, board_name):
    """Short sha256 digests of the plan, the simulation Verilog and the board build's
    files of ``network_name`` (a shipped network) on ``board_name``."""
    from amaranth.back import verilog

    from boards import get_board
    from codegen.emit import build_array
    from codegen.mapping import map_network
    try:
        from codegen.planner.statistics import spike_statistics
    except ImportError:
        from codegen.planner import spike_statistics
    from hw.frame_feeder import SimTop
    from model import NETWORKS as SHIPPED
    from model.network import Network

    network = Network.load(SHIPPED / f"{network_name}.npz")
    with np.load(SHIPPED / "mnist-test-sample.npz") as z:
        images = z["images"][:8, None]
    board = get_board(board_name)
    try:
        plan = map_network(network, board, name=f"{network_name}.npz", stats=spike_statistics(network, images))
    except ToepcoreError as e:   # a refusal is part of the fingerprint too
        return {"network": network_name, "board": board_name, "plan": "refused " + _sha(str(e))}
    row = {"network": network_name, "board": board_name, "lanes": plan.lanes,
           "plan": _sha(json.dumps(planner.summary(plan), sort_keys=True, default=str) + planner.report(plan)),
           "sim_verilog": _sha(verilog.convert(SimTop(build_array(plan)), name="toepcore_top", emit_src=False))}
    if board.is_fpga:
        from codegen.fpga import build_plan, make_board_top
        files = build_plan(board, make_board_top(board, plan, network)).files
        row["board_files"] = _sha("".join(f"{k}\0{_without_src(v)}\0" for k, v in sorted(files.items())))
    return row


def run(args):
    rows = []
    pairs = [(n, b) for n in args.networks.split(",") for b in args.boards.split(",")]
    warnings.filterwarnings("ignore", message=".*created but never used")
    for n, b in cli.progress(pairs, desc="elaborate", unit="design"):
        rows.append(fingerprints(n, b))
    return "Design fingerprints (sha256, first 16 hex digits): plan, simulation Verilog, board build files", rows
