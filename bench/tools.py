"""Tools: how fast each simulator runs the same design on the same images, and the wall
time of the whole flow from a deployed network to a bitstream on each board, by stage.

Simulators: Verilator with the native C++ driver (``sim/verilator_main.cpp``), Verilator
and Icarus under the cocotb bench (``sim/tb_array.py``), and Amaranth's Python simulator.
Every run is checked against the reference model; build (compile) time is reported apart
from run time. The native driver runs the images 100 times over (a few images take it
milliseconds).
"""

import tempfile
import time
from pathlib import Path

import numpy as np

from boards import get_board
from codegen.emit import build_array, emit, sim_sources
from codegen.fpga import FitError, build_bitstream, make_board_top
from codegen.mapping import MappingError, check_memory, map_network
from codegen.native import compile_native, run_native
from codegen.simulate import compile_design, run_images
from model import HARDWARE_NETWORK
from model.data import test_images_for
from model.network import Network
from model.reference import ReferenceModel
from sim.amaranth_streams import run_frames
from toepcore import cli

from . import options

NATIVE_REPEATS = 100


HELP = ("simulation images/s in Verilator, Icarus and Amaranth's simulator; wall time of the whole flow to a bitstream")


def add_arguments(p):
    options.common(p, "deployed network (default: the shipped hardware network, up5k-s4)")
    options.data(p, own=True)
    p.add_argument("--images", type=cli.int_range(1, 1000), default=4, metavar="N",
                   help="images per simulator run (1-1,000; default 4)")
    p.add_argument("--only", choices=["simulators", "bitstreams"],
                   help="run only the simulators (the sim board's design) or only the bitstream builds")
    p.add_argument("--boards", type=options.boards, default="icebreaker,ulx3s", metavar="B,..",
                   help="boards to build bitstreams for (default icebreaker,ulx3s); a board the network "
                        "does not fit is a row that says so")
    p.add_argument("--pnr", choices=["full", "fast"], default="full",
                   help="place-and-route effort of the bitstream builds (as codegen build --pnr; default full)")


def run(args):
    path = Path(args.network or HARDWARE_NETWORK)
    net = Network.load(path)
    rows = []
    with tempfile.TemporaryDirectory(prefix="toepcore-tools-") as tmp:
        tmp = Path(tmp)
        test = test_images_for(net, args, progress=not args.quiet)[0]
        if args.only != "bitstreams":
            rows += _simulators(net, test[:args.images], tmp)
        if args.only != "simulators":
            from codegen.planner import spike_statistics
            stats = spike_statistics(net, test[:8])   # codegen build's plan: the first 8 test images
            for name in cli.progress(args.boards, desc="bitstreams", unit="board", leave=True):
                rows.append(_bitstream(net, path, name, tmp, args.pnr, stats))
    parts = []
    if args.only != "bitstreams":
        parts.append(f"simulating {args.images} MNIST test image(s) of the sim-board design (8 lanes), every "
                     f"result checked")
    if args.only != "simulators":
        parts.append("deployed network -> bitstream wall time: plan and emit, yosys, nextpnr and pack "
                     "(YoWASP tools already compiled)")
    return f"{path.name}: " + "; ".join(parts), rows, None


def _simulators(net, images, tmp):
    """One row per simulator: compile time, images/s and cycles/s, each result checked."""
    want = ReferenceModel(net).run(images).counts.tolist()
    rows = []
    mapping = map_network(net, get_board("sim"))
    array = build_array(mapping)
    verilog, _ = emit(array, tmp / "rtl")

    def record(name, build_s, t0, res):
        run_s = time.perf_counter() - t0
        assert [r["counts"] for r in res] == want * (len(res) // len(want)), \
            f"{name}: results differ from the reference model"
        cycles = sum(r["cycles"] for r in res)
        rows.append({"tool": name, "images": len(res), "build_s": round(build_s, 1), "run_s": round(run_s, 2),
                     "images_per_second": round(len(res) / run_s, 2), "cycles_per_second": int(cycles / run_s)})

    bar = cli.progress(total=4, desc="simulators", unit="simulator", leave=True)
    t = time.perf_counter()
    exe = compile_native(sim_sources(array, verilog), tmp / "native")
    b = time.perf_counter() - t
    t = time.perf_counter()
    # the same images, repeated: a handful alone finishes before the timer means much
    record("verilator (native driver)", b, t,
           run_native(exe, array, np.tile(images, (NATIVE_REPEATS, 1, 1)), tmp / "native-run"))
    bar.update()
    for sim in ("verilator", "icarus"):
        bar.set_postfix_str(sim)
        t = time.perf_counter()
        runner = compile_design(sim_sources(array, verilog), sim, tmp / sim)
        b = time.perf_counter() - t
        t = time.perf_counter()
        record(f"{sim} (cocotb)", b, t, run_images(runner, array, images, want, tmp / sim)["results"])
        bar.update()
    bar.set_postfix_str("amaranth")
    t = time.perf_counter()
    record("amaranth (python)", 0.0, t, run_frames(build_array(mapping), images))
    bar.update()
    bar.close()
    base = rows[0]["images_per_second"]
    for r in rows:
        r["slowdown_vs_native"] = round(base / r["images_per_second"], 1)
    return rows


def _bitstream(net, path, name, tmp, pnr="full", stats=None):
    """The whole flow for one board, timed by stage: plan and emit (Python), synthesis
    (yosys), place and route and pack (nextpnr, icepack or ecppack). A network the board
    cannot hold is a row that says which resource is short."""
    board = get_board(name)
    row = {"tool": f"bitstream for {name} ({pnr} place and route)"}
    t0 = time.perf_counter()
    try:
        plan = map_network(net, board, stats=stats)
        check_memory(plan, path.name)
        top = make_board_top(board, plan, net)
        t1 = time.perf_counter()
        synthesised = []
        fp = build_bitstream(board, top, tmp / f"{name}-gateware",
                             on_synthesised=lambda: synthesised.append(time.perf_counter()), pnr=pnr)
    except (MappingError, FitError) as e:
        return {**row, "note": f"does not fit: {e}"}
    t3 = time.perf_counter()
    (t2,) = synthesised
    return {**row, "build_s": round(t3 - t0, 1), "plan_emit_s": round(t1 - t0, 1), "yosys_s": round(t2 - t1, 1),
            "nextpnr_pack_s": round(t3 - t2, 1), "lanes": plan.lanes, "cores": plan.physical_cores,
            "fmax_mhz": fp["fmax_mhz"], "clock_mhz": board.clock_mhz,
            "note": "timing met" if fp["timing_met"] else "timing NOT met"}
