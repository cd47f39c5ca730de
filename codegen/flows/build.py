"""``python -m codegen build``: map a deployed network onto cores, emit the design,
simulate real images through the RTL and compare every one with the reference model;
on an FPGA board, then synthesise against the board's budget, place and route, and pack
the bitstream. The result is a :class:`BuildReport` (``OUT/report.json``)."""

import json
import logging
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from boards import BOARDS, get_board
from model import HARDWARE_NETWORK as DEFAULT_NETWORK
from model.data import add_data_arguments
from model.reference import ReferenceModel
from toepcore import cli
from toepcore.errors import ToepcoreError

from .. import planner, wire
from ..check import CHECKED, compare_records
from ..emit import build_array, emit, sim_sources
from ..fpga import PNR_EFFORTS
from ..mapping import check_memory, map_network
from ..simulate import SIMULATORS, SimulationFailed, compile_design, run_images, simulator_env
from . import inputs

log = logging.getLogger("codegen")

DESCRIPTION = ("Map a deployed network onto cores, write Verilog and RTLIL, simulate N test images through the "
               "RTL and compare each with the reference model. For an FPGA board, then synthesise, check the "
               "board's budget, place and route and write the bitstream (OUT/gateware). Writes OUT/mapping.txt, "
               "OUT/mapping.png, OUT/toepcore_top.v, OUT/toepcore_top.il, OUT/report.json (and on FPGA boards "
               "OUT/resources.png), and ends with a short summary (--json: the whole report).")


class TimingNotMet(ToepcoreError):
    """nextpnr's fmax is below the design clock."""


def add_arguments(b):
    b.add_argument("--board", default="sim", choices=list(BOARDS), help="target board (default sim)")
    inputs.add_network_argument(b, f"deployed network (default: the shipped hardware network {DEFAULT_NETWORK.name}; "
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
                   help="run the design at this clock (1-400 MHz) from the board's PLL; the build fails when "
                        "nextpnr's fmax falls short. Default: the fastest clock up to the board's ceiling that "
                        "divides its USB bridge's fastest UART rate (12 MHz and 3 Mbaud on the iCEBreaker, 36 MHz "
                        "and 3 Mbaud on the ULX3S), stepping down to the next such clock when timing is missed; "
                        "report.json's clock_choice says which and why")
    b.add_argument("--baud", type=cli.int_range(300, 12_000_000), metavar="RATE",
                   help="the host link's rate (300-12,000,000; default the fastest the bridge makes exactly that the "
                        "clock divides); the clock must divide it to within 0.5%%")
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
    b.add_argument("--json", action="store_true", help="print the whole report (OUT/report.json) instead of the summary")
    b.add_argument("--quiet", action="store_true", help="no progress bars")


@dataclass
class BitstreamReport:
    """An FPGA build's fields of the report: clock, timing, resources, the link's rates and
    the bitstream."""
    clock_mhz: float
    oscillator_mhz: float
    pll: bool
    clock_choice: dict
    nextpnr_seed: int
    pnr: str
    fmax_mhz: float
    timing_met: bool
    resources: dict
    resources_png: str
    synthesis: dict
    frame_bytes_packed: int
    frame_bytes_mean: float
    images_per_second_at_clock: float
    images_per_second_wire: float
    images_per_second_uart: float
    images_per_second_uart_one_at_a_time: float
    limited_by: str
    baud: int
    uart_divisor: int
    bitstream: str
    sha256: str


@dataclass
class BuildReport:
    """What ``codegen build`` measured: ``report.json`` is :meth:`to_dict`, the terminal
    gets :meth:`summary`. Bits are bits; ``cycles_per_image`` is the mean over the images
    at the design clock; ``images_per_second_simulated`` is wall-clock simulation speed."""
    board: str
    network: str
    network_fingerprint: str
    data: dict
    simulator: str
    cores: str
    lanes: int
    parallel: bool
    images: int
    bit_exact_images: int
    accuracy_rtl: float
    accuracy_reference: float
    checked: list
    first_difference: str | None
    cycles_per_image: float | None
    images_per_second_simulated: float
    logical_cores: int
    physical_cores: int
    weight_memory_bits: int
    generator_bits: int
    dense_crossbar_bits: int
    memory_bits: dict
    bits_by_place: dict
    verilog: str
    mapping_png: str
    energy_estimate: dict | None = None
    bitstream: BitstreamReport | None = None
    seconds: float = 0.0
    seconds_by_stage: dict = field(default_factory=dict)

    @property
    def accuracy_rtl_equals_reference(self):
        return self.accuracy_rtl == self.accuracy_reference

    @property
    def all_bit_exact(self):
        return self.bit_exact_images == self.images and self.accuracy_rtl_equals_reference

    def to_dict(self):
        """The report as JSON fields (the order ``report.json`` has always had)."""
        out = {k: v for k, v in self.__dict__.items()
               if k not in ("energy_estimate", "bitstream", "seconds", "seconds_by_stage")}
        if self.energy_estimate is not None:
            out["energy_estimate"] = self.energy_estimate
        out["accuracy_rtl_equals_reference"] = self.accuracy_rtl_equals_reference
        if self.bitstream is not None:
            out.update(self.bitstream.__dict__)
        out["seconds"], out["seconds_by_stage"] = self.seconds, self.seconds_by_stage
        return out

    def summary(self, out):
        """A few lines for a person: what was checked, accuracy, speed, memory, where the files are."""
        rows = [f"{self.board}: {self.bit_exact_images} of {self.images} images bit-exact against the reference "
                f"model ({', '.join(self.checked)})",
                f"accuracy {self.accuracy_rtl:.4f} on the RTL, {self.accuracy_reference:.4f} on the reference model"]
        if self.cycles_per_image is not None:
            speed = f"{self.cycles_per_image:,.0f} cycles per image"
            if self.bitstream is not None:
                b = self.bitstream
                speed += (f", {b.images_per_second_at_clock:,} images/s at {b.clock_mhz:g} MHz "
                          f"({b.images_per_second_uart:,} over the UART at {b.baud:,} baud, {b.frame_bytes_mean:g} "
                          f"bytes a frame, limited by {wire.LIMITS[b.limited_by]})")
            rows.append(speed)
        rows.append(f"{self.physical_cores} core(s) for {self.logical_cores} logical; weight memory "
                    f"{self.weight_memory_bits:,} bits (dense crossbars: {self.dense_crossbar_bits:,}); on chip "
                    f"{self.memory_bits['total']:,} bits")
        if self.bitstream is not None:
            b = self.bitstream
            used = ", ".join(f"{k} {v['used']:,}/{v['available']:,}" for k, v in b.resources.items()
                             if isinstance(v, dict) and "used" in v)
            rows.append(f"fmax {b.fmax_mhz} MHz ({'meets' if b.timing_met else 'MISSES'} {b.clock_mhz:g} MHz)"
                        + (f"; {used}" if used else "") + f"; bitstream {b.bitstream}")
        pictures = [self.mapping_png] + ([self.bitstream.resources_png] if self.bitstream is not None else [])
        rows.append(f"report {Path(out) / 'report.json'}; pictures {', '.join(pictures)}; "
                    f"the mapping table in {Path(out) / 'mapping.txt'}")
        return "\n".join(rows)


class _Stopwatch:
    """Wall seconds of each stage, for the report."""

    def __init__(self):
        self.start = self.last = time.perf_counter()
        self.laps = {}

    def lap(self, stage):
        """Close ``stage``; a stage run again (a build at the next clock) adds up."""
        now = time.perf_counter()
        self.laps[stage] = round(self.laps.get(stage, 0) + now - self.last, 1)
        self.last = now

    def total(self):
        return round(time.perf_counter() - self.start, 1)


def _compile_key(kind, array):
    return f"{kind} {len(array.network.layers)} layers {array.plan.physical_cores} cores " \
           f"{array.plan.lanes} lanes {array.plan.board.name}"


def build(args):
    """Run the build that ``args`` (``add_arguments``'s options) describe; write
    ``report.json`` and return the :class:`BuildReport`. Raises
    :class:`~codegen.simulate.SimulationFailed` when any image differs from the reference
    model (after the report is written) and :class:`TimingNotMet` when nextpnr's fmax
    falls short."""
    watch = _Stopwatch()
    board, clocks = inputs.design_clocks(get_board(args.board), args.clock_mhz, getattr(args, "baud", None))
    if board.is_fpga:
        print(f"design clock {board.clock_mhz:g} MHz" +
              (f" from a PLL on the {board.oscillator:g} MHz oscillator" if board.uses_pll else "") +
              f", UART {board.baud:,} baud: {clocks[0].why}")
    simulator_env(args.simulator)   # fail before any work when the simulator is unknown or missing
    if board.is_fpga:
        from ..fpga import yowasp_env
        yowasp_env(board.target)    # likewise the FPGA tools
    steps = 5 if board.is_fpga else 4
    out = Path(args.out or f"build/{board.name}")
    net_path, network = inputs.network(args)
    images, labels, data, stats = inputs.test_images(args, network)   # data errors before any Verilog is written
    cli.make_output_dir(out)

    print(f"[1/{steps}] map {net_path.name} onto cores for board {board.name!r}")
    mapping = map_network(network, board, name=net_path.name, stats=stats)
    (out / "mapping.txt").write_text(planner.report(mapping) + "\n")
    print(f"      {mapping.physical_cores} physical core(s) for {mapping.logical_cores} logical, {mapping.lanes} lane(s), "
          f"{mapping.tiling} tiling; the table in {out / 'mapping.txt'}")
    from ..pictures import draw_mapping
    draw_mapping(mapping, out / "mapping.png", planner.spike_statistics(network, images[:20]),
                 title=f"{net_path.name} on {board.name}")
    watch.lap("plan")

    print(f"[2/{steps}] emit Verilog and RTLIL ({args.cores} cores, {mapping.lanes} lane(s)) into {out}")
    if board.is_fpga:
        check_memory(mapping, net_path.name)   # before any synthesis: do the memories fit the block RAM?
    array = build_array(mapping, cores=args.cores)
    array.verilog, _ = emit(array, out)
    watch.lap("emit")

    ref_model = ReferenceModel(network)
    ref = ref_model.run(images, counters=True)
    print(f"[3/{steps}] compile the {args.simulator} model and simulate {len(images)} image(s)")
    build_dir = out / args.simulator
    results, sim_seconds, failed, runner = _simulate(args, array, images, ref, build_dir)
    watch.lap("simulate")

    exact, first_difference = compare_records(results, ref)
    report = _report(args, board, out, net_path, network, data, mapping, array, results, ref, labels, exact,
                     first_difference, sim_seconds)
    mismatch = failed is not None or not exact.all() or len(results) != len(images) or not report.all_bit_exact
    if board.is_fpga and not mismatch:
        report.bitstream = _bitstream(args, clocks, network, net_path.name, mapping, out, steps,
                                      report.cycles_per_image, watch, wire.sent_bytes(network, images))
    report.seconds, report.seconds_by_stage = watch.total(), watch.laps
    (out / "report.json").write_text(json.dumps(report.to_dict(), indent=1) + "\n")
    if mismatch:
        bad = int(np.argmin(exact)) if len(exact) and not exact.all() else len(results)
        where = ""
        if bad < len(images):
            where = _localise_in_build(args, array, runner, build_dir, images[bad], ref_model)
        raise SimulationFailed(f"RTL and reference model differ on {first_difference or f'image {bad}'}"
                               + (f"; {where}" if where else "") + f" (report: {out / 'report.json'})")
    if report.bitstream is not None and not report.bitstream.timing_met:
        raise TimingNotMet(f"timing not met: nextpnr reaches {report.bitstream.fmax_mhz} MHz, "
                           f"the {board.name} clock is {report.bitstream.clock_mhz} MHz; a lower --clock-mhz, or "
                           f"another --seed (placement){', or --pnr full' if args.pnr != 'full' else ''}, may meet it")
    return report


def _report(args, board, out, net_path, network, data, mapping, array, results, ref, labels, exact, first_difference,
            sim_seconds):
    from ..hostlink import fingerprint
    totals = planner.totals(mapping)
    classes = np.array([r["cls"] for r in results])
    report = BuildReport(
        board=board.name, network=str(net_path), network_fingerprint=f"{fingerprint(network):08x}",
        data=data, simulator=args.simulator, cores=args.cores, lanes=mapping.lanes, parallel=mapping.parallel,
        images=len(ref.predictions), bit_exact_images=int(exact.sum()),
        accuracy_rtl=float((classes == labels[:len(results)]).mean()) if results else 0.0,
        accuracy_reference=float((ref.predictions == labels).mean()),
        checked=list(CHECKED), first_difference=first_difference,
        cycles_per_image=float(np.mean([r["cycles"] for r in results])) if results else None,
        images_per_second_simulated=round(len(results) / sim_seconds, 2),
        logical_cores=totals["logical_cores"], physical_cores=totals["physical_cores"],
        weight_memory_bits=array.weight_memory_bits(), generator_bits=totals["generator_bits"],
        dense_crossbar_bits=totals["dense_crossbar_bits"], memory_bits=planner.memory_bits(mapping),
        bits_by_place=planner.bits_by_place(mapping), verilog=str(array.verilog),
        mapping_png=str(out / "mapping.png"))
    if results:
        from ..energy import energy_estimate
        report.energy_estimate = energy_estimate(results, mapping,
                                                 synaptic_ops=ref.counter_totals()["total"]["synaptic_ops"])
    return report


def _simulate(args, array, images, ref, build_dir):
    """Simulate ``images`` through the RTL; return ``(results, seconds, failure, runner)``.

    Verilator runs the native driver on FPGA boards (fast, no Python per frame) and the
    cocotb bench on ``sim`` (random stalls, localisation); Icarus always runs cocotb."""
    failed, runner = None, None
    with cli.progress(total=len(images), desc="simulate", unit="img") as bar:
        def advance(k):
            bar.update(k - bar.n)
        if args.simulator == "verilator" and get_board(args.board).is_fpga:
            from ..native import compile_native, run_native
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


def _localise_in_build(args, array, runner, build_dir, image, ref_model):
    """Where the first differing image goes wrong: rerun it alone with the spike trace
    (``--waves``: also the signal trace)."""
    if args.waves:   # a model that records traces, rerunning only this image
        runner = compile_design(sim_sources(array, array.verilog), args.simulator, build_dir / "waves", waves=True)
        build_dir = build_dir / "waves"
    elif runner is None:   # the native driver has no trace: localise with the cocotb bench
        runner = compile_design(sim_sources(array, array.verilog), "verilator", build_dir)
    return localise(array, runner, build_dir, image, ref_model, waves=args.waves)


def localise(array, runner, build, image, ref_model, waves=False):
    """Rerun one image with the spike trace and name the first layer and neuron that differ;
    with ``waves``, also where the simulator wrote the image's signal trace."""
    ref = ref_model.run(image[None], trace=True)
    try:
        res = run_images(runner, array, image[None], ref.counts, build, trace=True, name="trace", waves=waves)
    except SimulationFailed as e:
        res = e.results
    where = first_spike_difference(array, res, ref)
    if waves:
        where += f"; signal trace of this image: {res.get('waves')}"
    return where


def first_spike_difference(array, res, ref):
    """The first (layer, neuron) whose spikes differ between a traced run and the reference."""
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


def _bitstream(args, clocks, network, name, plan, out, steps, cycles, watch, mean_frame_bytes):
    """Steps 4 and 5 of an FPGA build: the board top, synthesis against the budget, place
    and route, pack, at each of ``clocks`` in turn until one meets timing. Each step shows
    its own progress stage."""
    tried = []
    for k, choice in enumerate(clocks):
        report = _bitstream_at(args, choice.board, network, name, plan, out, steps, cycles, watch, mean_frame_bytes)
        tried.append({"clock_mhz": report.clock_mhz, "fmax_mhz": report.fmax_mhz, "timing_met": report.timing_met})
        report.clock_choice = {"clock_mhz": report.clock_mhz, "baud": report.baud, "uart_divisor": report.uart_divisor,
                               "why": choice.why, "tried": tried}
        if report.timing_met or k == len(clocks) - 1:
            return report
        log.warning("fmax %s MHz misses %g MHz: building again at %g MHz (%s)", report.fmax_mhz, report.clock_mhz,
                    clocks[k + 1].board.clock_mhz, clocks[k + 1].why)
    raise AssertionError("no clock to build at")


def _bitstream_at(args, board, network, name, plan, out, steps, cycles, watch, mean_frame_bytes):
    from ..fpga import build_bitstream, make_board_top
    from ..pictures import draw_resources
    top = make_board_top(board, plan, network, cores=args.cores)
    print(f"[4/{steps}] synthesise for {board.device} (yosys) at {board.clock_mhz:g} MHz, check the budget",
          flush=True)
    key = f"{board.name} {planner.lut_estimate(plan) // 500 * 500} LUT"
    with ExitStack() as stage:
        stage.enter_context(cli.stage("synthesis", key="yosys " + key))

        def synthesised():
            watch.lap("synthesise")
            stage.close()
            print(f"[5/{steps}] place and route (nextpnr, seed {args.seed}, {args.pnr} effort), pack the bitstream",
                  flush=True)
            stage.enter_context(cli.stage("place and route", key="nextpnr " + key))

        fp = build_bitstream(board, top, out / "gateware", seed=args.seed, what=name, on_synthesised=synthesised,
                             pnr=args.pnr)
    watch.lap("place_route_pack")
    chart = draw_resources(fp["resources"], board, out / "resources.png")
    return BitstreamReport(
        clock_mhz=board.clock_mhz, oscillator_mhz=board.oscillator, pll=board.uses_pll, clock_choice={},
        nextpnr_seed=args.seed, pnr=args.pnr, fmax_mhz=fp["fmax_mhz"], timing_met=fp["timing_met"],
        resources=fp["resources"], resources_png=str(chart), synthesis=fp["synthesis"],
        **wire.uart_rates(board, network, cycles, mean_frame_bytes),
        baud=round(board.clock_mhz * 1e6 / board.uart_divisor), uart_divisor=board.uart_divisor,
        bitstream=fp["bitstream"], sha256=fp["sha256"])


def main(args):
    report = build(args)
    if args.json:
        print(json.dumps(report.to_dict(), indent=1))
    else:
        print(report.summary(args.out or f"build/{report.board}"))
