"""``python -m codegen run``: classify test images (or image files) on a programmed board
over its UART, or (``--simulate``) on the board top in Verilator behind a pseudo-terminal,
and check every answer against the reference model."""

import json
import logging
from contextlib import nullcontext
from pathlib import Path

import numpy as np

from boards import BOARDS, get_board
from model import HARDWARE_NETWORK as DEFAULT_NETWORK
from model.data import add_data_arguments, images_for_network
from toepcore import cli
from toepcore.errors import UsageError

from ..check import RECORD_CHECKED, compare_records
from ..mapping import map_network
from . import inputs

log = logging.getLogger("codegen")

DESCRIPTION = ("Send test images to a board programmed with python -m codegen build --board B over its USB UART, "
               "check every answer against the reference model and print accuracy and throughput. The board must "
               "run the same network (checked).")


def add_arguments(r):
    r.add_argument("--board", required=True, choices=[b for b in BOARDS if b != "sim"], help="the board")
    r.add_argument("--port", help="serial port, e.g. /dev/ttyUSB1 (required unless --simulate)")
    r.add_argument("--simulate", action="store_true",
                   help="no board: run the board top in Verilator behind a pseudo-terminal and talk to it with the "
                        "same client, at the board's baud rate in simulated time; images/s are in board time")
    r.add_argument("--clock-mhz", type=cli.float_range(1, 400), metavar="MHZ",
                   help="the design clock the board was built with (report.json's clock_mhz, or --build); default "
                        "the clock codegen build chooses first: 12 MHz on the iCEBreaker, 36 MHz on the ULX3S")
    r.add_argument("--build", type=Path, metavar="DIR",
                   help="the directory codegen build wrote for this board (its --out): the design clock and UART "
                        "rate come from its report.json, as the build chose them")
    r.add_argument("--out", type=cli.output_dir, metavar="DIR",
                   help="with --simulate: where the simulated board is built (default build/run-BOARD)")
    r.add_argument("--json", action="store_true", help="print one JSON object")
    inputs.add_network_argument(r, f"deployed network the board was built with (default {DEFAULT_NETWORK.name})")
    r.add_argument("image_files", nargs="*", metavar="IMAGE",
                   help="image files to classify (.png, .jpg, ...), resized and converted to the network's input; "
                        "one line per file with its class name. Without them, --images test images are sent")
    add_data_arguments(r)
    r.add_argument("--images", type=cli.int_range(1), default=100, metavar="N",
                   help="test images to send when no IMAGE is given (default 100)")
    r.add_argument("--baud", type=cli.int_range(300, 12_000_000), metavar="RATE",
                   help="UART rate (300-12,000,000; default: the board's at its clock, 3,000,000 on both boards at "
                        "the clocks codegen build chooses first)")
    r.add_argument("--timeout", type=cli.float_range(0.01, 600), default=10.0, metavar="S",
                   help="seconds to wait for an answer (0.01-600; default 10)")
    r.add_argument("--quiet", action="store_true", help="no progress bar")


def check_arguments(args):
    if not args.simulate and not args.port:
        raise UsageError("python -m codegen run: --port is required (or --simulate for a simulated board)")
    if args.simulate and args.port:
        raise UsageError("python -m codegen run: --port and --simulate exclude each other (the simulated board "
                         "opens its own pseudo-terminal)")
    if args.simulate and args.baud:
        raise UsageError("--baud: a simulated board runs at its design's rate; leave --baud out")


def built_clock(build_dir, board_name, clock_mhz=None):
    """``(clock_mhz, baud)`` of the bitstream ``codegen build`` wrote into ``build_dir``
    for ``board_name`` (its ``report.json``); UsageError naming what does not match."""
    path = Path(build_dir) / "report.json"
    try:
        report = json.loads(path.read_text())
    except FileNotFoundError:
        raise UsageError(f"--build {build_dir}: no report.json there (the --out of python -m codegen build "
                         f"--board {board_name})") from None
    except (OSError, json.JSONDecodeError) as e:
        raise UsageError(f"--build: {path} cannot be read: {e}") from None
    if report.get("board") != board_name:
        raise UsageError(f"--build: {path} is a build for board {report.get('board')!r}, not {board_name!r}")
    if "clock_mhz" not in report or "baud" not in report:
        raise UsageError(f"--build: {path} records no bitstream (the build stopped before place and route)")
    if clock_mhz is not None and abs(clock_mhz - report["clock_mhz"]) > 1e-6:
        raise UsageError(f"--clock-mhz {clock_mhz:g}: the build in {build_dir} runs at {report['clock_mhz']:g} MHz")
    return float(report["clock_mhz"]), int(report["baud"])


def run(args):
    """Send the images, check the answers; return the run's summary (JSON fields)."""
    check_arguments(args)
    clock_mhz, baud = args.clock_mhz, None
    if args.build is not None:
        clock_mhz, baud = built_clock(args.build, args.board, args.clock_mhz)
    board, _ = inputs.design_clocks(get_board(args.board), clock_mhz, baud)
    import serial

    from ..hostlink import HostLink, LinkError, check_images
    net_path, network = inputs.network(args)
    files = [Path(f) for f in args.image_files]
    if files:
        args.images = 1   # only the plan's statistics are wanted of the test images
    images, labels, data, stats = inputs.test_images(args, network)
    if files:
        images, labels = images_for_network(files, network.input_shape, progress=not args.quiet), None
        data = {"files": [str(f) for f in files], "class_names": network.names}
    baud = args.baud or board.baud
    plan = map_network(network, board, name=net_path.name, stats=stats)   # the plan codegen build makes
    store = plan.gen_store_image() if plan.gen_store else []
    sim = None
    if args.simulate:
        from ..board_sim import compile_board, simulated_board
        from ..fpga import make_board_top
        top = make_board_top(board, plan, network)
        out = cli.make_output_dir(args.out or f"build/run-{board.name}")
        with cli.stage("compile the board top (Verilator)", key=f"verilator-board {net_path.name} {board.name}"):
            exe = compile_board(top, out)
        sim = simulated_board(exe, board.uart_divisor)
    with sim if sim is not None else nullcontext() as simulated:
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
    summary = dict(summarise(results, ref, labels, seconds), board=board.name, network=str(net_path),
                   data=data, baud=baud, uart_overruns=after["overruns"], uart_framing_errors=after["framing_errors"])
    if after["overruns"] or after["framing_errors"]:
        log.warning("the board's UART receiver counted %d overrun(s) and %d framing error(s) since reset: a noisy "
                    "line or a baud rate off the board's (modulo 256)", after["overruns"], after["framing_errors"])
    if files:
        names = network.names
        exact = compare_records(results, ref, RECORD_CHECKED)[0]
        summary["files"] = [{"file": str(f), "class": names[r["cls"]], "class_index": int(r["cls"]),
                             "reference_class": names[int(ref.predictions[i])], "bit_exact": bool(ok)}
                            for i, (f, r, ok) in enumerate(zip(files, results, exact))]
    from ..wire import BITS_PER_BYTE, store_load_bytes, uart_rates
    rates = uart_rates(board, network, summary["cycles_per_image"], float(np.mean(link.frame_bytes)))
    summary.update({k: rates[k] for k in ("frame_bytes_packed", "frame_bytes_mean", "images_per_second_at_clock",
                                          "images_per_second_wire", "limited_by")},
                   compressed_frames=sum(b < rates["frame_bytes_packed"] for b in link.frame_bytes))
    if simulated is not None:
        hz = board.clock_mhz * 1e6
        # the generator store's load goes first, on the line only: its 'W' commands and answers
        load_cycles = store_load_bytes(store) * BITS_PER_BYTE * board.uart_divisor
        summary.update(simulated=True, images_per_second_wall=summary.pop("images_per_second"),
                       board_cycles=simulated.cycles, clock_mhz=board.clock_mhz,
                       store_load_seconds=round(load_cycles / hz, 4),
                       images_per_second=round(len(results) / ((simulated.cycles - load_cycles) / hz), 2))
    return summary


def summarise(results, ref, labels, seconds):
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


def main(args):
    from ..hostlink import LinkError
    from ..wire import LIMITS
    summary = run(args)
    where = f"{summary['board']}{' (simulated)' if args.simulate else ''}"
    speed = f"{summary['images_per_second']} images/s" + (" in board time" if args.simulate else "") + \
        f" at {summary['baud']:,} baud ({summary['frame_bytes_mean']:g} bytes a frame, {summary['frame_bytes_packed']} " \
        f"packed; limited by {LIMITS[summary['limited_by']]})"
    if args.json:
        print(json.dumps(summary, indent=1))
    elif "files" in summary:
        width = max(len(row["file"]) for row in summary["files"])
        for row in summary["files"]:
            check = "bit-exact" if row["bit_exact"] else f"DIFFERS from the reference model ({row['reference_class']})"
            print(f"{row['file']:<{width}}  {row['class']}  ({check})")
        print(f"{where}: {summary['bit_exact_images']} of {summary['images']} files bit-exact, {speed}")
    else:
        print(f"{where}: {summary['bit_exact_images']} of {summary['images']} images bit-exact, accuracy "
              f"{summary['accuracy_board']:.4f} (reference {summary['accuracy_reference']:.4f}), {speed}")
    if summary["bit_exact_images"] != summary["images"]:
        raise LinkError(f"the board and the reference model differ on {summary['first_difference']}")
