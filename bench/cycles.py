"""Cycles: RTL cycles per image (mean over real test images, Verilator) against the lower
bound the hardware allows and the plan's own estimate, for each board's plan, and
images/second at the board clock and at nextpnr's fmax.

Per image:
  * ``bound_cycles``: the reference model's synaptic operations (non-zero weights reached
    by a spike) divided by the updates a core makes per cycle (the plan's ``lanes``, its
    widest core's);
  * ``bound_working``: the same per layer, divided by the lanes of the cores that run the
    layer at once (:meth:`toepcore.ir.plan.ArrayPlan.layer_lanes`; narrower cores, or blocks
    in parallel), summed over the layers: the bound for this plan's cores, and
    ``ratio_working`` the cycles against it;
  * ``expected_cycles``: the plan's estimate from reference-model spike maps
    (:func:`codegen.planner.expected_cycles`), the figure the planner optimises;
  * ``update_cycles``: the cycles in which cores update neurons, summed over the cores
    (cores working in parallel overlap theirs): one per lane group with a non-zero weight;
    ``ratio_updates`` is them against ``bound_cycles``, the ratio were every other cycle
    free;
  * ``floor_ratio``: the least ``ratio`` that cores of the plan's ``lanes``, updating
    together, can reach on these images: one cycle per spike, tap and lane group holding a
    non-zero weight, every other cycle free (:func:`bench.lanes.lane_floor`, the row of
    that width in ``python -m bench lanes``). ``ratio`` against it is what the plan loses
    to moving events, storing spikes, passes and groups it does not skip; the floor itself
    is what lanes that update together lose to zero weights.

A board whose budget the network does not fit is a row that says so.
"""

import tempfile
from pathlib import Path

import numpy as np

from bench.lanes import lane_floor
from boards import get_board
from codegen import planner
from codegen.check import compare_records
from codegen.emit import build_array, emit, sim_sources
from codegen.fpga import FitError, build_bitstream, make_board_top
from codegen.mapping import MappingError, check_memory, map_network
from codegen.native import compile_native, run_native
from codegen.planner import spike_statistics
from codegen.simulate import SimulationFailed
from model import HARDWARE_NETWORK
from model.data import test_images_for
from model.network import Network
from model.reference import ReferenceModel
from toepcore import cli
from toepcore.errors import UsageError

from . import options

HELP = ("RTL cycles per image vs the lower bound; images/s at each board's fmax")


def add_arguments(p):
    options.common(p, "deployed network (default: the shipped hardware network, up5k-s4)")
    options.data(p, own=True)
    p.add_argument("--images", type=cli.int_range(1, options.TEST_IMAGES), default=200, metavar="N",
                   help=f"test images to simulate (1-{options.TEST_IMAGES:,}; default 200)")
    p.add_argument("--no-fpga", action="store_true", help="skip place and route (no fmax, no images/s at fmax)")
    p.add_argument("--boards", type=options.boards, default="sim,icebreaker,ulx3s", metavar="B,..",
                   help="comma-separated boards to plan and simulate (default sim,icebreaker,ulx3s)")


def run(args):
    path = Path(args.network or HARDWARE_NETWORK)
    net = Network.load(path)
    images, _, _ = test_images_for(net, args, progress=not args.quiet)
    if args.images > len(images):
        raise UsageError(f"--images {args.images:,}: the test split holds only {len(images):,} images")
    images = images[:args.images]
    ref = ReferenceModel(net).run(images, trace=True, counters=True)
    per_layer = ref.counter_totals()
    syn = per_layer["total"]["synaptic_ops"]
    stats = spike_statistics(net, images[:min(len(images), 20)])
    rows = []
    with tempfile.TemporaryDirectory(prefix="toepcore-cycles-") as tmp:
        for name in cli.progress(args.boards, desc="boards", unit="board", leave=True):
            board = get_board(name)
            try:
                plan = map_network(net, board, stats=stats)
                if board.is_fpga:
                    check_memory(plan, path.name)
            except (MappingError, FitError) as e:
                rows.append({"board": name, "fits": False, "why": str(e)})
                continue
            array = build_array(plan)
            work = Path(tmp) / name
            verilog, _ = emit(array, work)
            with cli.stage(f"{name}: compile (Verilator)", key=f"verilator-native {path.name} {name}"):
                exe = compile_native(sim_sources(array, verilog), work / "native")
            with cli.progress(total=len(images), desc=f"{name}: simulate", unit="img") as bar:
                res = run_native(exe, array, images, work / "run", progress=lambda k: bar.update(k - bar.n))
            exact, first = compare_records(res, ref)
            if not exact.all():
                raise SimulationFailed(f"{name}: RTL and reference model differ on {first}")
            cycles = float(np.mean([r["cycles"] for r in res]))
            working = sum(per_layer[n]["synaptic_ops"] / L for n, L in plan.layer_lanes().items())
            lanes = plan.lanes
            row = {"board": name, "fits": True, "lanes": lanes, "parallel": plan.parallel,
                   "physical_cores": plan.physical_cores, "images": len(images),
                   "cycles_per_image": round(cycles), "expected_cycles": round(planner.expected_cycles(plan, stats)),
                   "bound_cycles": round(syn / lanes), "ratio": round(cycles / (syn / lanes), 2),
                   "bound_working": round(working),
                   "ratio_working": round(cycles / working, 2),
                   "update_cycles": round(float(np.mean([r["weight_reads"] for r in res])))}
            row["ratio_updates"] = round(row["update_cycles"] / (syn / lanes), 2)
            row["floor_ratio"] = round(lane_floor(net, ref.input_spikes, ref.spikes, lanes), 2)
            if board.is_fpga:
                row.update(clock_mhz=board.clock_mhz,
                           images_per_second_at_clock=round(board.clock_mhz * 1e6 / cycles, 1))
                if not args.no_fpga:
                    top = make_board_top(board, plan, net)
                    try:
                        with cli.stage(f"{name}: bitstream (yosys, nextpnr)", key=f"bitstream {path.name} {name}"):
                            fp = build_bitstream(board, top, Path(tmp) / f"{name}-gateware")
                    except FitError as e:
                        row.update(fits=False, why=str(e))
                    else:
                        row.update(fmax_mhz=fp["fmax_mhz"], timing_met=fp["timing_met"],
                                   images_per_second_at_fmax=round(fp["fmax_mhz"] * 1e6 / cycles, 1))
            rows.append(row)
    title = (f"{path.name}: RTL cycles per image (mean of {len(images)} MNIST test images, Verilator) against the "
             f"bound synaptic operations / lanes ({syn:,.0f} operations per image) and the plan's estimate")
    return title, rows, {"synaptic_ops_per_image": round(syn, 1)}
