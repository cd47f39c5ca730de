"""python -m codegen build: map a deployed network onto cores, emit the design, simulate it
on real images and check every image against the reference model."""

import argparse
import json
import logging
import sys
import time
from pathlib import Path

import numpy as np

from boards import BOARDS, get_board
from model.data import DATASETS, DataError, load_dataset
from model.network import Network, NetworkFormatError
from model.reference import ReferenceModel

from .emit import build_array, emit
from .mapping import MappingError, map_network
from .simulate import SIMULATORS, SimulationFailed, SimulatorMissing, compile_design, run_images, simulator_env

from model import HARDWARE_NETWORK as DEFAULT_NETWORK, NETWORKS

SAMPLE = NETWORKS / "mnist-test-sample.npz"

log = logging.getLogger("codegen")


def _images(args):
    """Test images: from the data directory, else the 100-image MNIST sample shipped here."""
    try:
        return load_dataset(args.dataset, "test", args.data_dir, download=args.data_dir is None)
    except DataError:
        if args.dataset != "mnist" or args.data_dir is not None:
            raise
        log.warning("no MNIST test set in a data directory or the download cache (offline?); "
                    "using the 100 MNIST test images shipped with toepcore")
        with np.load(SAMPLE) as z:
            return z["images"], z["labels"]


def _localise(array, runner, build, image, ref_model):
    """Rerun one image with the spike trace and name the first layer and neuron that differ."""
    ref = ref_model.run(image[None], trace=True)
    try:
        res = run_images(runner, array, image[None], ref.counts, build, trace=True, name="trace")
    except SimulationFailed as e:
        res = e.results
    got = {}
    for layer, c, y, x in res["trace"]:
        got.setdefault(layer, set()).add((c, y, x))
    for li, layer in enumerate(array.network.layers):
        want = {tuple(int(v) for v in p) for p in np.argwhere(ref.spikes[li][0])}
        have = got.get(li, set())
        if want != have:
            first = sorted(want ^ have)[0]
            what = "missing" if first in want else "extra"
            return f"layer {li} ({layer.name!r}), neuron (channel, row, col) {first}: {what} spike in the RTL"
    return "class counts differ but every layer's spikes agree"


def build(args):
    t0 = time.perf_counter()
    board = get_board(args.board)
    simulator_env(args.simulator)   # fail before any work when the simulator is unknown or missing
    out = Path(args.out)
    net_path = Path(args.network) if args.network else DEFAULT_NETWORK
    network = Network.load(net_path)
    print(f"[1/4] map {net_path.name} onto cores for board {board.name!r}")
    mapping = map_network(network, board)
    report_text = mapping.report()
    print(report_text)
    out.mkdir(parents=True, exist_ok=True)
    (out / "mapping.txt").write_text(report_text + "\n")
    print(f"[2/4] emit Verilog and RTLIL ({args.cores} cores) into {out}")
    array = build_array(mapping, cores=args.cores)
    verilog, _ = emit(array, out)
    images, labels = _images(args)
    images, labels = images[:args.images], labels[:args.images]
    ref_model = ReferenceModel(network)
    ref = ref_model.run(images)
    print(f"[3/4] compile the {args.simulator} model")
    runner = compile_design(verilog, args.simulator, out / args.simulator)
    print(f"[4/4] simulate {len(images)} image(s)")
    t = time.perf_counter()
    failed = None
    try:
        results = run_images(runner, array, images, ref.counts, out / args.simulator)["results"]
    except SimulationFailed as e:
        failed, results = e, (e.results or {}).get("results", [])
    sim_seconds = time.perf_counter() - t
    counts = np.array([r["counts"] for r in results]) if results else np.zeros((0, network.n_classes), int)
    exact = (counts == ref.counts[:len(counts)]).all(axis=1)
    totals = mapping.totals()
    report = {
        "board": board.name, "network": str(net_path), "simulator": args.simulator, "cores": args.cores,
        "images": int(len(images)), "bit_exact_images": int(exact.sum()),
        "accuracy_rtl": float((np.array([r["cls"] for r in results]) == labels[:len(results)]).mean()) if results else 0.0,
        "accuracy_reference": float((ref.predictions == labels).mean()),
        "cycles_per_image": float(np.mean([r["cycles"] for r in results])) if results else None,
        "images_per_second_simulated": round(len(results) / sim_seconds, 2),
        "logical_cores": totals["logical_cores"], "physical_cores": totals["physical_cores"],
        "weight_memory_bits": array.weight_memory_bits(), "generator_bits": totals["generator_bits"],
        "dense_crossbar_bits": totals["dense_crossbar_bits"], "verilog": str(verilog),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    (out / "report.json").write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps({k: v for k, v in report.items() if k not in ("verilog",)}, indent=1))
    if failed is not None or not exact.all() or len(results) != len(images):
        bad = int(np.argmin(exact)) if len(exact) and not exact.all() else len(results)
        where = _localise(array, runner, out / args.simulator, images[bad], ref_model) if bad < len(images) else ""
        raise SystemExit(f"error: RTL and reference model differ on image {bad}: {where}")


def main(argv=None):
    p = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="map, emit, compile and simulate on real images",
                       description="Map a deployed network onto cores, write Verilog and RTLIL, simulate N test "
                                   "images through the RTL with cocotb and compare each with the reference model. "
                                   "Writes OUT/mapping.txt, OUT/toepcore_top.v, OUT/toepcore_top.il, OUT/report.json.")
    b.add_argument("--board", default="sim", help=f"target board: {', '.join(BOARDS)} (default sim)")
    b.add_argument("--network", help=f"deployed network (default: the shipped {DEFAULT_NETWORK.name})")
    b.add_argument("--dataset", default="mnist", choices=list(DATASETS))
    b.add_argument("--data-dir", help="data root (default: $TOEPCORE_DATA, else the download cache, else the "
                                      "100 MNIST test images shipped with toepcore)")
    b.add_argument("--images", type=int, default=20, help="test images to simulate (default 20)")
    b.add_argument("--simulator", default="verilator", help=f"{' or '.join(SIMULATORS)} (default verilator)")
    b.add_argument("--cores", default="generator", choices=["generator", "dense"],
                   help="generator cores, or the dense TrueNorth-style baseline for the same mapping")
    b.add_argument("--out", default="build/sim", help="output directory (default build/sim)")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s", stream=sys.stderr)
    if args.images < 1:
        raise SystemExit("error: --images must be at least 1")
    try:
        build(args)
    except (NetworkFormatError, FileNotFoundError, DataError, MappingError, SimulatorMissing, ValueError) as e:
        raise SystemExit(f"error: {e}")


if __name__ == "__main__":
    main()
