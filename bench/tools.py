"""Tools: how fast each simulator runs the same design on the same images, and the wall
time of the whole flow from a deployed network to a bitstream, for both boards.

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
from codegen.fpga import build_bitstream, make_board_top
from codegen.mapping import check_memory, map_network
from codegen.native import compile_native, run_native
from codegen.simulate import compile_design, run_images
from model import HARDWARE_NETWORK
from model.data import load_dataset
from model.network import Network
from model.reference import ReferenceModel
from sim.amaranth_streams import run_frames
from toepcore import cli


NATIVE_REPEATS = 100


def run(args):
    path = Path(args.network or HARDWARE_NETWORK)
    net = Network.load(path)
    images = load_dataset(args.dataset, "test", args.data_dir)[0][:args.images]
    want = ReferenceModel(net).run(images).counts.tolist()
    rows = []
    with tempfile.TemporaryDirectory(prefix="toepcore-tools-") as tmp:
        tmp = Path(tmp)
        mapping = map_network(net, get_board("sim"))
        array = build_array(mapping)
        verilog, _ = emit(array, tmp / "rtl")

        def record(name, build_s, t0, res):
            run_s = time.perf_counter() - t0
            assert [r["counts"] for r in res] == want * (len(res) // len(want)), \
                f"{name}: results differ from the reference model"
            cycles = sum(r["cycles"] for r in res)
            rows.append({"simulator": name, "images": len(res), "build_s": round(build_s, 1), "run_s": round(run_s, 2),
                         "images_per_second": round(len(res) / run_s, 2), "cycles_per_second": int(cycles / run_s)})

        bar = cli.progress(total=6, desc="simulators and bitstreams", unit="step", leave=True)
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
        flow = {}
        bar.update()
        for name in ("icebreaker", "ulx3s"):
            bar.set_postfix_str(f"bitstream for {name}")
            board = get_board(name)
            t = time.perf_counter()
            m = map_network(net, board)
            check_memory(m, path.name)
            arr = build_array(m)
            fp = build_bitstream(board, make_board_top(board, arr, net),
                                 tmp / f"{name}-gateware")
            flow[f"flow_seconds_{name}"] = round(time.perf_counter() - t, 1)
            flow[f"fmax_mhz_{name}"] = fp["fmax_mhz"]
            bar.update()
        bar.close()
    base = next(r["images_per_second"] for r in rows if r["simulator"].startswith("verilator (native"))
    for r in rows:
        r["slowdown_vs_native"] = round(base / r["images_per_second"], 1)
    title = (f"{path.name}: simulating {len(images)} MNIST test image(s) of the sim-board design (8 lanes), every "
             f"result checked; then deployed network -> bitstream wall time (map, emit, yosys, nextpnr, pack)")
    return title, rows, flow
