"""RTL simulation of a whole test set in Verilator, bit-exact against the reference model.

Compiles the emitted simulation top with the native driver (``sim/verilator_main.cpp``),
runs every image back to back, compares each image's class-count vector with the reference
model's and reports accuracy, cycles per image and simulation speed.
"""

import time
from pathlib import Path

import numpy as np

from boards import get_board
from codegen.check import compare_records
from codegen.emit import build_array, emit, sim_sources
from codegen.mapping import map_network
from codegen.native import compile_native, run_native
from model import HARDWARE_NETWORK
from model.data import test_images_for
from model.network import Network
from model.reference import ReferenceModel
from toepcore import cli
from toepcore.errors import UsageError

from . import options

HELP = ("simulate the test set through the RTL in Verilator, bit-exact against the reference model, and report images/second of simulation")


def add_arguments(p):
    options.common(p, "deployed network (default: the shipped hardware network, up5k-s4)")
    options.data(p, own=True)
    p.add_argument("--images", type=cli.int_range(1, options.TEST_IMAGES), metavar="N",
                   help=f"first N test images (1-{options.TEST_IMAGES:,}; default: all)")
    p.add_argument("--cores", default="generator", choices=["generator", "dense"])
    p.add_argument("--board", default="sim", choices=options.board_names(),
                   help="simulate the array as planned for this board (default sim: 8 lanes; ulx3s is faster to "
                        "simulate for large networks)")
    p.add_argument("--out", type=cli.output_dir, default="build/bench-sim", metavar="DIR",
                   help="build directory (default build/bench-sim)")


def run(args):
    net_path = args.network or HARDWARE_NETWORK
    network = Network.load(net_path)
    images, labels, _ = test_images_for(network, args, progress=not args.quiet)
    if args.images:
        if args.images > len(images):
            raise UsageError(f"--images {args.images:,}: the test split holds only {len(images):,} images")
        images, labels = images[:args.images], labels[:args.images]
    out = cli.make_output_dir(args.out)
    from codegen.planner import spike_statistics
    mapping = map_network(network, get_board(args.board), stats=spike_statistics(network, images[:8]))
    array = build_array(mapping, cores=args.cores)
    t = time.perf_counter()
    verilog, _ = emit(array, out)
    t_emit = time.perf_counter() - t
    t = time.perf_counter()
    with cli.stage("compile (Verilator)", key=f"verilator-native {Path(net_path).name} {args.board} {args.cores}"):
        exe = compile_native(sim_sources(array, verilog), f"{out}/native")
    t_compile = time.perf_counter() - t
    with cli.progress(total=len(images), unit="img", desc="simulate (Verilator)") as bar:
        t = time.perf_counter()
        results = run_native(exe, array, images, f"{out}/native-run", progress=lambda k: bar.update(k - bar.n))
        t_sim = time.perf_counter() - t
    ref = ReferenceModel(network).run(images, counters=True)
    exact, first = compare_records(results, ref)
    cycles = np.array([r["cycles"] for r in results])
    row = {"network": Path(net_path).name, "board": args.board, "lanes": mapping.lanes, "cores": args.cores,
           "images": len(images),
           "bit_exact_images": int(exact.sum()),
           "accuracy_rtl": round(float((np.array([r["cls"] for r in results]) == labels).mean()), 4),
           "accuracy_reference": round(float((ref.predictions == labels).mean()), 4),
           "cycles_per_image": round(float(cycles.mean()), 1), "cycles_per_image_max": int(cycles.max()),
           "emit_s": round(t_emit, 1), "compile_s": round(t_compile, 1), "simulate_s": round(t_sim, 1),
           "images_per_second": round(len(images) / t_sim, 1),
           "cycles_per_second": int(cycles.sum() / t_sim)}
    extra = {}
    if not exact.all():
        extra["error"] = f"RTL and reference model differ on {int((~exact).sum())} image(s), first {first}"
    elif row["accuracy_rtl"] != row["accuracy_reference"]:
        extra["error"] = "RTL and reference accuracies differ though every record agrees"
    return "Verilator simulation of the core array (native driver), checked against the reference model", [row], extra
