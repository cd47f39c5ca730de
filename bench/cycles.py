"""Cycles: RTL cycles per image (mean over real test images, Verilator) against the lower
bound the hardware allows, for each board's configuration, and images/second at each
board's nextpnr fmax.

Bounds, per image:
  * ``bound_cycles``: the reference model's synaptic operations (non-zero weights reached
    by a spike) divided by the updates a core makes per cycle (``lanes``);
  * ``update_cycles``: the cycles in which cores update neurons, summed over the cores
    (cores working in parallel overlap theirs): one weight word each, every filter of
    every position a spike reaches, zero weights included, at the core's lanes (which
    divide its filter count, so may be fewer than the board's);
  * ``scan_cycles``: the router's share, two cycles per input event per scan (one scan per
    tile, for each core or, when a layer's cores work in parallel, for all of them).
"""

import os
import tempfile
from pathlib import Path

import numpy as np

from boards import get_board
from codegen.emit import build_array, emit, sim_sources
from codegen.fpga import build_bitstream, make_board_top
from codegen.mapping import map_network
from codegen.native import compile_native, run_native
from model import HARDWARE_NETWORK
from model.data import load_dataset
from model.network import Network
from model.reference import ReferenceModel


def run(args):
    path = Path(args.network or HARDWARE_NETWORK)
    net = Network.load(path)
    images, _ = load_dataset(args.dataset, "test", args.data_dir)
    images = images[:args.images]
    ref = ReferenceModel(net).run(images, counters=True)
    syn = ref.counter_totals()["total"]["synaptic_ops"]
    rows = []
    with tempfile.TemporaryDirectory(dir=os.getcwd(), prefix=".cycles-") as tmp:
        for name in ("sim", "icebreaker", "ulx3s"):
            board = get_board(name)
            mapping = map_network(net, board)
            array = build_array(mapping)
            work = Path(tmp) / name
            verilog, _ = emit(array, work)
            res = run_native(compile_native(sim_sources(array, verilog), work / "native"), array, images, work / "run")
            counts = np.array([r["counts"] for r in res])
            if not (counts == ref.counts).all():
                raise RuntimeError(f"{name}: RTL and reference model differ")
            cycles = float(np.mean([r["cycles"] for r in res]))
            # each scan reads the layer's whole input list, two cycles per event: once per
            # tile for all the layer's cores when they work in parallel, else once per core
            scans = lambda plan: len(plan.tiles) * (1 if mapping.parallel else len(plan.blocks))
            scan = sum(2 * scans(plan) * float(np.mean(ref.counters[plan.layer.name]["input_spikes"]))
                       for plan in mapping.plans)
            lanes = board.lanes
            row = {"board": name, "lanes": lanes, "parallel": mapping.parallel, "images": len(images),
                   "cycles_per_image": round(cycles),
                   "bound_cycles": round(syn / lanes), "ratio": round(cycles / (syn / lanes), 2),
                   "update_cycles": round(float(np.mean([r["weight_reads"] for r in res]))),
                   "scan_cycles": round(scan)}
            if board.is_fpga and not args.no_fpga:
                top = make_board_top(board, array, net)
                fp = build_bitstream(board, top, Path(tmp) / f"{name}-gateware")
                row.update(clock_mhz=board.clock_mhz, fmax_mhz=fp["fmax_mhz"],
                           images_per_second_at_clock=round(board.clock_mhz * 1e6 / cycles, 1),
                           images_per_second_at_fmax=round(fp["fmax_mhz"] * 1e6 / cycles, 1))
            rows.append(row)
    title = (f"{path.name}: RTL cycles per image (mean of {len(images)} MNIST test images, Verilator) against the "
             f"bound synaptic operations / lanes ({syn:,.0f} operations per image)")
    return title, rows, {"synaptic_ops_per_image": round(syn, 1)}
