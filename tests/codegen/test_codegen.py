"""Mapping, emission and the cocotb testbench of the core array (Verilator)."""

from pathlib import Path

import numpy as np
import pytest
from oracle import oracle_records

from boards import get_board
from codegen import planner
from codegen.check import RECORD_CHECKED, compare_records
from codegen.emit import build_array, emit
from codegen.mapping import MappingError, map_network
from codegen.simulate import SimulationFailed, compile_design, run_images, simulator_env
from model import HARDWARE_NETWORK, NETWORKS
from model.network import Network
from model.randnet import random_network
from model.reference import ReferenceModel


def small_net():
    return random_network(np.random.default_rng(0), "s4", planes=(96, 160),
                          layers=((4, 3, 2, 1, 1), (8, 3, 2, 1, 2)), readout_per_class=2)


def test_mapping_report_of_the_ice40_network():
    m = map_network(Network.load(NETWORKS / "ice40-s4.npz"), get_board("sim"))
    t = planner.totals(m)
    assert (t["logical_cores"], t["physical_cores"]) == (9, 6)
    assert t["generator_bits"] == 46534       # the network's generators, all of them, once
    assert t["dense_crossbar_bits"] > 100 * t["generator_bits"]
    report = planner.report(m)
    assert "conv0" in report and "readout" in report and "46,534 generator bits" in report
    assert build_array(m).weight_memory_bits() >= t["generator_bits"]


def test_emission_is_deterministic(tmp_path):
    m = map_network(small_net(), get_board("sim"))
    a = emit(build_array(m), tmp_path / "a")
    b = emit(build_array(m), tmp_path / "b")
    for x, y in zip(a, b):
        assert x.read_bytes() == y.read_bytes() and len(x.read_bytes()) > 1000


def test_mapping_errors():
    net = random_network(np.random.default_rng(0), "s4", layers=((4, 3, 2, 1, 1),), pool=True)
    with pytest.raises(MappingError, match=r"layer 1 \('pool'\): orpool layers cannot be mapped onto cores yet"):
        map_network(net, get_board("sim"))
    with pytest.raises(ValueError, match=r"unknown board 'de10'; known boards: sim, icebreaker, ulx3s"):
        get_board("de10")
    with pytest.raises(ValueError, match=r"unknown simulator 'xcelium'; expected one of verilator, icarus"):
        simulator_env("xcelium")


def test_icarus_cocotb_bench_is_bit_exact_on_mnist(tmp_path, mnist_test):
    """The bare array (pixel stream with random idle cycles, results with back-pressure)."""
    net = small_net()
    array = build_array(map_network(net, get_board("sim")))
    verilog, _ = emit(array, tmp_path, feeder=False)
    runner = compile_design(verilog, "icarus", tmp_path / "sim")
    images = mnist_test[0][20:22]
    ref = ReferenceModel(net).run(images, counters=True)
    res = run_images(runner, array, images, ref, tmp_path / "sim", idle=0.2, stall=0.5)["results"]
    exact, first = compare_records(res, ref, RECORD_CHECKED)   # the bare array has no per-layer counters
    assert exact.all() and len(res) == 2, first


@pytest.fixture(scope="module")
def verilated(tmp_path_factory):
    build = tmp_path_factory.mktemp("verilator")
    net = small_net()
    array = build_array(map_network(net, get_board("sim")))
    verilog, _ = emit(array, build)
    return net, array, compile_design(verilog, "verilator", build / "sim"), build / "sim"


def test_verilator_cocotb_bench_is_bit_exact_on_mnist(verilated, mnist_test):
    net, array, runner, build = verilated
    images = mnist_test[0][10:14]
    ref = ReferenceModel(net).run(images, counters=True)
    res = run_images(runner, array, images, ref, build, idle=0.2, stall=0.5, name="ok")["results"]
    exact, first = compare_records(res, ref)   # class, counts, spikes, every layer's count and digest
    assert exact.all() and len(res) == 4, first
    # and directly against the independent oracle (tests/oracle.py), not through the reference model
    fields = ("cls", "counts", "input_spikes", "spikes", "layer_spikes", "layer_digests")
    got = [{k: (list(r[k]) if isinstance(r[k], (list, tuple)) else int(r[k])) for k in fields} for r in res]
    assert got == oracle_records(net, images)


def test_bench_reports_a_mismatch(verilated, mnist_test):
    net, array, runner, build = verilated
    images = mnist_test[0][:1]
    wrong = ReferenceModel(net).run(images).counts.copy()
    wrong[0, 0] += 1
    with pytest.raises(SimulationFailed, match=r"testbench failed \(1 of 1 test\(s\)\): .*image 0: counts") as e:
        run_images(runner, array, images, wrong, build, name="bad")
    assert e.value.results["results"][0]["counts"] != wrong[0].tolist()
    # a digest alone that differs fails the bench too
    ref = ReferenceModel(net).run(images, counters=True)
    ref.spike_digests[0][1] ^= 1
    with pytest.raises(SimulationFailed, match=r"image 0: layer_digests"):
        run_images(runner, array, images, ref, build, name="bad-digest")


def test_cli_build_reports_every_image_bit_exact(tmp_path):
    import json

    from codegen.__main__ import main
    # one image: Icarus under cocotb runs this design at about 3,000 cycles/s (10 s an image)
    main(["build", "--board", "sim", "--network", str(NETWORKS / "ice40-s4.npz"), "--images", "1", "--simulator",
          "icarus", "--out", str(tmp_path)])
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["bit_exact_images"] == report["images"] == 1
    assert report["accuracy_rtl"] == report["accuracy_reference"]
    assert report["weight_memory_bits"] >= report["generator_bits"] == 46534
    from codegen.hostlink import fingerprint
    from model.network import Network
    assert report["network_fingerprint"] == f"{fingerprint(Network.load(NETWORKS / 'ice40-s4.npz')):08x}"
    assert report["data"]["images"] == 1 and report["data"]["dataset"] == "mnist"
    assert report["data"]["source"] in ("data directory", "shipped sample")
    assert (tmp_path / "mapping.png").stat().st_size > 10_000
    assert report["dense_crossbar_bits"] > 100 * report["generator_bits"]
    assert report["cycles_per_image"] > 1000
    stages = report["seconds_by_stage"]
    assert list(stages) == ["plan", "emit", "simulate"] and sum(stages.values()) <= report["seconds"] + 0.2
    assert (tmp_path / "toepcore_top.v").exists() and (tmp_path / "mapping.txt").exists()
    energy = report["energy_estimate"]
    assert energy["estimate"] is True and "not the FPGA's power" in energy["what"]
    assert energy["nanojoules_per_image"] == pytest.approx(sum(energy["by_part_nanojoules"].values()), abs=0.01)
    assert set(energy["sources"]) == {"add_pj", "sram_64bit_pj", "truenorth_pj_per_synaptic_event"}


def test_energy_estimate_counts_each_event_at_its_cost(monkeypatch):
    """Hand-computed: 100 updates at 0.1 pJ; 10 update cycles, each a generator group read
    (one 64-bit access) and a potential read and write (128 bits: two accesses each);
    5 + 7 event writes and 9 reads (one access each)."""
    from types import SimpleNamespace

    from codegen.energy import energy_estimate
    monkeypatch.setattr(planner, "memories", lambda plan: [
        {"name": "core0.generators", "kind": "weights", "width": 32},
        {"name": "potentials0", "kind": "potentials", "width": 128},
        {"name": "events0", "kind": "spikes", "width": 15}])
    plan = SimpleNamespace(cores=[SimpleNamespace(index=0, block=(0, 32), lanes=8)])
    rec = {"updates": 100, "weight_reads": 10, "input_spikes": 5, "spikes": 7, "axon_events": 9}
    e = energy_estimate([rec, rec], plan, synaptic_ops=1000)
    assert e["by_part_nanojoules"] == {"neuron_updates": 0.01, "weight_reads": 0.1,
                                       "potential_reads_and_writes": 0.4, "event_list_writes": 0.12,
                                       "event_list_reads": 0.09}
    assert e["word_bits"] == {"generator_group": 8, "potential": 128, "event": 15}
    assert e["truenorth_nanojoules_per_image"] == 26.0


def test_cli_errors(tmp_path):
    from codegen.__main__ import main
    with pytest.raises(SystemExit, match=r"^error: python -m codegen build: argument --board: invalid choice: 'de10' "
                                         r"\(choose from 'sim', 'icebreaker', 'ulx3s'\)"):
        main(["build", "--board", "de10", "--out", str(tmp_path)])
    with pytest.raises(SystemExit, match=r"nope\.npz: no such network file"):
        main(["build", "--network", str(tmp_path / "nope.npz"), "--out", str(tmp_path)])
    (tmp_path / "bad.npz").write_bytes(b"junk")
    with pytest.raises(SystemExit, match=r"bad\.npz: not a toepcore network file"):
        main(["build", "--network", str(tmp_path / "bad.npz"), "--out", str(tmp_path)])
    with pytest.raises(SystemExit, match=r"argument --simulator: invalid choice: 'modelsim' \(choose from 'verilator', "
                                         r"'icarus'\)"):
        main(["build", "--simulator", "modelsim", "--images", "1", "--out", str(tmp_path)])


def test_mismatch_is_localised_to_layer_and_neuron(tmp_path, mnist_test):
    """RTL built from one network, checked against a reference whose first layer's filter 2
    always fires: the message names that layer and a neuron of that filter."""
    import copy

    from codegen.flows.build import localise
    net = small_net()
    array = build_array(map_network(net, get_board("sim")))
    verilog, _ = emit(array, tmp_path)
    runner = compile_design(verilog, "icarus", tmp_path / "sim", waves=True)
    other = copy.deepcopy(net)
    other.layers[0].threshold[2] = other.layers[0].potential_range()[0]   # every potential reaches it
    image = mnist_test[0][0]
    msg = localise(array, runner, tmp_path / "sim", image, ReferenceModel(other), waves=True)
    assert msg.startswith("layer 0 ('conv0'), neuron (channel, row, col) (2, ")
    # codegen build --waves: the image's signal trace, named in the message
    trace = Path(msg.rsplit("signal trace of this image: ", 1)[1])
    assert trace.suffix == ".fst" and trace.stat().st_size > 1000


def drawn_small_network(seed):
    """A small random network whose family, layer shapes, strides, padding, groups and
    weight width are drawn from ``seed``."""
    rng = np.random.default_rng(seed)
    family = ["s4", "kernel", "dense"][seed % 3]
    layers = []
    for _ in range(int(rng.integers(1, 3))):
        k = int(rng.integers(2, 5))
        groups = 2 if (layers and rng.random() < 0.5) else 1
        layers.append((int(rng.integers(1, 4)) * 2 * groups, k, int(rng.integers(1, 3)), int(rng.integers(0, k)), groups))
    return random_network(rng, family, planes=tuple(sorted(rng.integers(40, 220, size=int(rng.integers(1, 3))))),
                          layers=tuple(layers), readout_per_class=int(rng.integers(1, 3)),
                          weight_bits=int(rng.integers(2, 4)) if family == "kernel" else 2)


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4, 5])
def test_icarus_bench_on_drawn_networks(seed, tmp_path, mnist_test):
    """Random families, shapes and strides, 2 real images each, with random
    idle cycles and back-pressure."""
    net = drawn_small_network(seed).validate()
    array = build_array(map_network(net, get_board("sim")))
    verilog, _ = emit(array, tmp_path)
    runner = compile_design(verilog, "icarus", tmp_path / "sim")
    images = mnist_test[0][100 + 2 * seed:102 + 2 * seed]
    ref = ReferenceModel(net).run(images, counters=True)
    res = run_images(runner, array, images, ref, tmp_path / "sim", idle=0.2, stall=0.3)["results"]
    exact, first = compare_records(res, ref)
    assert exact.all() and len(res) == 2, first


def test_native_verilator_driver_is_bit_exact_on_mnist(tmp_path, mnist_test):
    from codegen.native import compile_native, run_native
    net = small_net()
    array = build_array(map_network(net, get_board("sim")))
    verilog, _ = emit(array, tmp_path)
    exe = compile_native(verilog, tmp_path / "native")
    images = mnist_test[0][:40]
    ref = ReferenceModel(net).run(images, counters=True)
    seen = []
    res = run_native(exe, array, images, tmp_path / "run", progress=seen.append)
    exact, first = compare_records(res, ref)   # spikes and every layer's digest too, not only counts
    assert exact.all() and len(res) == 40, first
    assert seen == [10, 20, 30, 40]   # every 10 frames and at the end


def test_records_are_compared_field_by_field(mnist_test):
    """Class, counts, input spikes, spikes, and each layer's spike count and digest decide;
    the message names image and field (and layer); a missing field is a difference."""
    from codegen.check import RECORD_CHECKED, compare_records, reference_record
    net = Network.load(HARDWARE_NETWORK)
    ref = ReferenceModel(net).run(mnist_test[0][:4], counters=True)
    records = [dict(reference_record(ref, i), cycles=1) for i in range(4)]
    exact, first = compare_records(records, ref)
    assert exact.all() and first is None
    for field, change in (("cls", lambda v: (v + 1) % 10), ("spikes", lambda v: v + 1),
                          ("input_spikes", lambda v: v - 1), ("counts", lambda v: v[:-1] + [v[-1] + 1])):
        bad = [dict(r) for r in records]
        bad[2][field] = change(bad[2][field])
        exact, first = compare_records(bad, ref)
        assert exact.tolist() == [True, True, False, True]
        assert first.startswith(f"image 2: {field} ") and "(reference " in first
    for field, what in (("layer_spikes", "spike"), ("layer_digests", "digest")):
        bad = [dict(r) for r in records]
        bad[1][field] = bad[1][field][:2] + [bad[1][field][2] ^ 4] + bad[1][field][3:]
        exact, first = compare_records(bad, ref)
        assert exact.tolist() == [True, False, True, True]
        assert first.startswith(f"image 1: layer 2 ('{net.layers[2].name}') {what} ") and "(reference " in first
    bad = [dict(r) for r in records]
    del bad[0]["layer_digests"]
    assert compare_records(bad, ref)[1] == "image 0: layer_digests missing from the RTL's result"
    # a board's record carries no per-layer fields: checked without them
    assert compare_records(bad, ref, RECORD_CHECKED)[0].all()


def test_prove_stream_producers(capsys):
    """python -m codegen prove: the unpacker's handshake proven by k-induction, and a
    producer that changes its offer while stalled refuted."""
    import json

    from amaranth.hdl import Module, Signal
    from amaranth.lib import stream, wiring
    from amaranth.lib.wiring import In, Out

    from codegen.__main__ import main
    from codegen.prove import Obligation, StreamStable, prove
    main(["prove", "--only", "streams", "--json", "--quiet"])
    report = json.loads(capsys.readouterr().out)
    results = {r["property"].split(":")[0]: r["result"] for r in report["properties"]}
    assert results["LevelUnpacker.levels"] == "proven" and report["failed"] == 0

    class Fickle(wiring.Component):   # counts on every cycle, stalled or not
        out: Out(stream.Signature(4))
        go: In(1)

        def elaborate(self, platform):
            m = Module()
            n = Signal(4)
            m.d.sync += n.eq(n + 1)
            m.d.comb += [self.out.valid.eq(self.go), self.out.payload.eq(n)]
            return m

    fickle = Obligation("Fickle.out", lambda: StreamStable(Fickle(), "out"), "payload held")
    assert prove([fickle], max_steps=4)[0]["result"] == "failed"
    assert results["FrameBuffers.pixels"] == "proven"


def test_prove_refutes_frame_buffers_that_overwrite_the_frame_being_sent():
    """The frame buffers proven on 2-pixel frames; with a writer that ignores the full
    flags (so it can write into the frame being sent), a run from reset breaks them."""
    import types

    import hw.frame_buffers as fb
    from codegen.prove import Obligation, StreamStable, prove, stream_obligations
    facts = stream_obligations(Network.load(HARDWARE_NETWORK))[1].harness().invariants
    good = "self.levels.ready.eq(~full.bit_select(wsel, 1))"
    src = Path(fb.__file__).read_text()
    assert src.count(good) == 1
    careless = types.ModuleType("careless_frame_buffers")
    exec(compile(src.replace(good, "self.levels.ready.eq(1)"), fb.__file__, "exec"), careless.__dict__)
    for module, want in ((fb, "proven"), (careless, "failed")):
        ob = Obligation("FrameBuffers.pixels", lambda module=module: StreamStable(module.FrameBuffers(2, [[50, 150]]), "pixels",
                                                                    invariants=facts), "held")
        assert prove([ob], max_steps=8)[0]["result"] == want


def _small_network(family, seed=0):
    """Non-square kernels, strides and padding per axis, sigma != tau: few positions to prove."""
    from model.network import Encoder
    from model.randnet import random_conv
    rng = np.random.default_rng(seed)
    enc = Encoder(np.array([[90, 180]]))
    kw = dict(sigma=(1, 0, 3, 2), tau=(2, 3, 0, 1)) if family == "s4" else {}
    c0 = random_conv(rng, "conv0", family, (2, 7, 6), 6, (3, 2), (2, 1), (1, 0), **kw)
    r = random_conv(rng, "readout", family, c0.out_shape, 3, c0.out_shape[1:], **kw)
    return Network(enc, [c0, r], np.arange(3), 3, (1, 7, 6))


@pytest.mark.parametrize("family", ["s4", "kernel"])
def test_prove_weight_fetch_against_the_dense_crossbar(family, monkeypatch):
    """Every core's weight fetch equals the dense crossbar for every (axon, neuron) pair;
    a tap address with kernel height and width swapped, and (s4) the composed permutations
    in the wrong order, are refuted."""
    from boards import get_board
    from codegen.prove import prove, weight_obligations
    from hw.generator_core import GeneratorCore
    net = _small_network(family)
    plan = map_network(net, get_board("sim"))
    rows = prove(weight_obligations(plan))
    assert [r["result"] for r in rows] == ["proven"] * len(rows) and len(rows) >= 2
    monkeypatch.setattr(GeneratorCore, "tap_address", lambda self, c, qy, qx: (c * self.geo.kw + qy) * self.geo.kh + qx)
    assert prove(weight_obligations(plan)[:1])[0]["result"] == "failed"
    monkeypatch.undo()
    if family == "s4":
        from model.families import S4Family
        real = S4Family.tables
        monkeypatch.setattr(S4Family, "tables", lambda self, layer, geo: (lambda t, g, p: (t, g, p[::-1]))(
            *real(self, layer, geo)))
        row = prove(weight_obligations(plan)[:1])[0]
        assert row["result"] == "failed" and "model found" in row["log"]


def test_a_deadlock_fails_within_its_cycle_limit(tmp_path, mnist_test):
    """A design whose result never becomes valid fails in simulated time, in seconds,
    with the image and the limit named; it never hangs the test run."""
    import time
    net = small_net()
    array = build_array(map_network(net, get_board("sim")))
    verilog, _ = emit(array, tmp_path)
    text = verilog.read_text()
    assert ".result__valid(result__valid)," in text and "  wire result__valid;\n" in text
    text = text.replace(".result__valid(result__valid),", ".result__valid(),", 1)
    verilog.write_text(text.replace("  wire result__valid;\n", "  wire result__valid;\n  assign result__valid = 1'h0;\n", 1))
    runner = compile_design(verilog, "icarus", tmp_path / "sim")
    images = mnist_test[0][:2]
    ref = ReferenceModel(net).run(images)
    t = time.perf_counter()
    with pytest.raises(SimulationFailed, match=r"image 0: no result within [\d,]+ cycles: the design hangs"):
        run_images(runner, array, images, ref.counts, tmp_path / "sim")
    assert time.perf_counter() - t < 120


def test_emission_does_not_depend_on_the_hash_seed(tmp_path):
    """The same network emitted by two processes with different PYTHONHASHSEED: the same
    Verilog and RTLIL bytes (set or dict order leaking into the output would differ)."""
    import os
    import subprocess
    import sys
    root = Path(__file__).resolve().parents[2]
    script = ("import sys, numpy as np; from boards import get_board; from codegen.emit import build_array, emit; "
              "from codegen.mapping import map_network; from model.randnet import random_network; "
              "net = random_network(np.random.default_rng(0), 's4', planes=(96, 160), "
              "layers=((4, 3, 2, 1, 1), (8, 3, 2, 1, 2)), readout_per_class=2); "
              "emit(build_array(map_network(net, get_board('sim'))), sys.argv[1])")
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(root))
        subprocess.run([sys.executable, "-c", script, str(out)], check=True, env=env, cwd=tmp_path, timeout=300)
        outs.append([(out / n).read_bytes() for n in ("toepcore_top.v", "toepcore_top.il")])
    assert outs[0] == outs[1] and len(outs[0][0]) > 1000
