"""Board profiles, the budget checks, bitstreams, the UART board top and the host link."""

import json

import numpy as np
import pytest
from fake_board import FakeBoardPort
from hypothesis_profiles import examples

from boards import BOARDS, Board, get_board
from codegen import planner
from codegen.emit import build_array, emit_component, sim_sources
from codegen.fpga import FitError, build_bitstream, check_fit, make_board_top
from codegen.hostlink import HostLink, LinkError, check_images, fingerprint
from codegen.mapping import MappingError, map_network
from codegen.planner import sample_statistics
from codegen.simulate import compile_design, run_cocotb
from hw.board_top import BoardTop
from model import HARDWARE_NETWORK, NETWORKS
from model.network import Network
from model.reference import ReferenceModel
from toepcore import protocol

#: The small iCE40 network (3 planes: 2-bit levels) for tests of the link's mechanics.
ICE40 = NETWORKS / "ice40-s4.npz"


def test_board_budgets():
    ice, ulx = get_board("icebreaker"), get_board("ulx3s")
    assert ice.resources == {"LUT": 5280, "FF": 5280, "BRAM": 30, "SPRAM": 4, "DSP": 8} and ice.spram
    assert ulx.resources["BRAM"] == 208 and ulx.family == "ecp5"
    # the fastest rate each USB bridge generates that the clock divides exactly
    assert (ice.baud, ice.uart_divisor) == (3_000_000, 4) and (ulx.baud, ulx.uart_divisor) == (1_000_000, 25)
    assert set(BOARDS) == {"sim", "icebreaker", "ulx3s"}


def test_check_fit_names_every_resource_short():
    ice = get_board("icebreaker")
    check_fit({"LUT": 5280, "BRAM": 30}, ice)
    with pytest.raises(FitError, match=r"^net\.npz does not fit board 'icebreaker': it needs 7,900 4-input LUTs but the "
                                       r"iCE40UP5K has 5,280 \(2,620 short\); 89 block RAMs but the iCE40UP5K has 30 "
                                       r"\(59 short\)$"):
        check_fit({"LUT": 7900, "FF": 3000, "BRAM": 89, "SPRAM": 0}, ice, "net.npz")


def test_the_planner_chooses_the_fastest_plan_that_fits():
    """The planner searches lanes, parallel or shared blocks and the zero skip, keeps the
    plans within the board's budget and takes the fewest expected cycles; with too few
    block RAMs for any plan it names the resource and the shortfall."""
    from dataclasses import replace
    net = Network.load(HARDWARE_NETWORK)
    ice = get_board("icebreaker")
    m = map_network(net, ice, stats=sample_statistics(net))
    chosen = [c for c in m.candidates if c.get("chosen")]
    assert len(chosen) == 1 and chosen[0]["fits"] and len(m.candidates) >= 12
    assert chosen[0]["cycles"] == min(c["cycles"] for c in m.candidates if c["fits"])
    assert any(not c["fits"] for c in m.candidates)
    assert "<- chosen" in planner.report(m) and f"on-chip memory bits: weights {planner.memory_bits(m)['weights']:,}" in planner.report(m)
    assert build_array(m).parallel == m.parallel
    small = replace(ice, resources=dict(ice.resources, BRAM=4))   # a generator store in SPRAM needs 5
    with pytest.raises(MappingError, match=r"^the network does not fit board 'icebreaker': its smallest plan "
                                           r"\(\d+ lane\(s\), blocks [a-z ]+\) needs (.*; )?\d+ block RAMs but the "
                                           r"iCE40UP5K offers 4 \(\d+ short\)$"):
        map_network(net, small, stats=sample_statistics(net))


def test_network_too_large_for_the_up5k_fails_before_synthesis(tmp_path):
    from codegen.__main__ import main
    with pytest.raises(SystemExit, match=r"mnist-s4\.npz does not fit board 'icebreaker': its smallest plan \(.*\) "
                                         r"needs [\d,]+ (4-input LUTs|block RAMs|SPRAM blocks)\b.* but the iCE40UP5K "
                                         r"offers [\d,]+ \([\d,]+ short\)"):
        main(["build", "--board", "icebreaker", "--network", str(NETWORKS / "mnist-s4.npz"), "--images", "1",
              "--out", str(tmp_path)])
    assert not (tmp_path / "gateware").exists()


def small_net():
    from model.randnet import random_network
    return random_network(np.random.default_rng(3), "s4", planes=(128,), layers=((4, 3, 2, 1, 1),),
                          readout_per_class=1)


def test_yosys_stops_a_design_over_the_lut_budget(tmp_path):
    """A budget check inside synthesis: the design passes the memory check, then yosys's
    cell counts exceed a (deliberately tiny) LUT budget and the build stops before nextpnr."""
    tiny = Board("tiny", "an iCE40UP5K with 300 LUTs", lanes=1, parallel=True, clock_mhz=12.0, family="ice40", device="iCE40UP5K",
                 resources={"LUT": 300, "FF": 5280, "BRAM": 30, "SPRAM": 4, "DSP": 8}, bram_bits=4096, spram=True,
                 platform="amaranth_boards.icebreaker:ICEBreakerPlatform")
    net = small_net()
    array = build_array(map_network(net, tiny, stats=sample_statistics(net)))
    with pytest.raises(FitError, match=r"small does not fit board 'tiny': it needs [\d,]+ 4-input LUTs but the "
                                       r"iCE40UP5K has 300 \([\d,]+ short\)$"):
        build_bitstream(tiny, BoardTop(array, divisor=104), tmp_path, what="small", pnr="fast")
    assert not (tmp_path / "nextpnr-report.json").exists()
    # the script that would have run nextpnr asks for the fast effort's placer and router
    assert "--placer static --router router2" in (tmp_path / "build_toepcore.sh").read_text()
    with pytest.raises(ValueError, match=r"unknown place-and-route effort 'quick'; known: full, fast"):
        build_bitstream(tiny, BoardTop(array, divisor=104), tmp_path, pnr="quick")


@pytest.mark.slow
@pytest.mark.parametrize("board_name", ["icebreaker", "ulx3s"])
def test_bitstreams_are_reproducible(tmp_path, board_name):
    board = get_board(board_name)
    net = small_net()
    builds = []
    for name in "ab":
        array = build_array(map_network(net, board, stats=sample_statistics(net)))
        builds.append(build_bitstream(board, BoardTop(array, divisor=board.uart_divisor, fingerprint=fingerprint(net)),
                                      tmp_path / name))
    a, b = builds
    assert a["sha256"] == b["sha256"]
    assert a["timing_met"] and a["fmax_mhz"] > board.clock_mhz
    logic = board.target.key_bels[0]
    assert 0 < a["resources"][logic]["used"] <= a["resources"][logic]["available"]


def test_default_network_builds_for_the_icebreaker(tmp_path):
    """The default network to an iCEBreaker bitstream, its one test image simulated in
    Icarus (the SPRAM models included; Verilator's compile of this design takes longer
    than Icarus's run, and the native Verilator driver is tested on its own)."""
    from codegen.__main__ import main
    main(["build", "--board", "icebreaker", "--images", "1", "--simulator", "icarus", "--out", str(tmp_path)])
    r = json.loads((tmp_path / "report.json").read_text())
    assert r["bit_exact_images"] == r["images"] == 1 and r["simulator"] == "icarus"
    assert r["timing_met"] and r["fmax_mhz"] >= r["clock_mhz"] == 12.0
    assert list(r["seconds_by_stage"]) == ["plan", "emit", "simulate", "synthesise", "place_route_pack"]
    assert r["seconds_by_stage"]["synthesise"] > 0 and r["seconds_by_stage"]["place_route_pack"] > 0
    for kind in ("ICESTORM_LC", "ICESTORM_RAM", "ICESTORM_SPRAM"):
        assert 0 < r["resources"][kind]["used"] <= r["resources"][kind]["available"]
    assert r["images_per_second_at_clock"] == pytest.approx(12e6 / r["cycles_per_image"], rel=1e-2)
    # the default hardware network (up5k-s4, 98.88%): one shared core, its generators in SPRAM
    assert r["network"].endswith("up5k-s4.npz") and r["physical_cores"] == 1
    assert r["images_per_second_at_clock"] >= 50 and r["bits_by_place"]["spram"] > r["weight_memory_bits"]
    import hashlib
    from pathlib import Path
    assert hashlib.sha256(Path(r["bitstream"]).read_bytes()).hexdigest() == r["sha256"]
    assert (tmp_path / "resources.png").stat().st_size > 10_000 and (tmp_path / "mapping.png").exists()


# ---- the UART board top in simulation ---------------------------------------------------

@pytest.mark.slow   # Python per UART bit; test_simulated_board_behind_a_pty covers the same at native speed
def test_uart_board_top_is_bit_exact_on_mnist(tmp_path, mnist_test):
    """The iCEBreaker's board top (1 lane, event lists in SPRAM) in Verilator: 50 real
    MNIST images through the UART in the host-link framing, answers bit-exact; the error
    paths leave the design running; zero and oversized lengths, cut-off headers, 'W' edge
    cases and seeded random byte streams (6, or 60 under TOEPCORE_HYPOTHESIS=long) each
    answered as the protocol says, then a real frame classified bit-exact."""
    net = Network.load(ICE40)
    board = get_board("icebreaker")
    array = build_array(map_network(net, board, stats=sample_statistics(net)))
    top = BoardTop(array, divisor=4, fingerprint=fingerprint(net), timeout_cycles=2000)
    verilog, _ = emit_component(top, tmp_path)
    runner = compile_design(sim_sources(array, verilog), "verilator", tmp_path / "sim")
    images = mnist_test[0][200:250]
    ref = ReferenceModel(net).run(images, counters=True)
    np.save(tmp_path / "images.npy", images)
    job = {"images": str(tmp_path / "images.npy"), "expected": ref.counts.tolist(),
           "classes": ref.predictions.tolist(), "input_spikes": ref.counters["conv0"]["input_spikes"].tolist(),
           "divisor": 4, "timeout_cycles": 2000, "n_classes": net.n_classes, "shape": [1, 28, 28],
           "fingerprint": fingerprint(net), "thresholds": net.encoder.thresholds.tolist(),
           "store_words": top.store_words, "fuzz_seed": 7, "fuzz_streams": examples(6)}
    res = run_cocotb(runner, "sim.tb_uart", job, tmp_path / "sim", "uart")["results"]
    assert [r["counts"] for r in res] == ref.counts.tolist()


def test_simulated_board_behind_a_pty(tmp_path, capsys):
    """python -m codegen run --simulate: the iCEBreaker's board top in Verilator behind a
    pseudo-terminal, driven by the pyserial client at 3 Mbaud in board time: the generator
    store loaded ('W'), every answer bit-exact, the link keeps up with the array (frames
    pipelined), and the bad-frame and bad-store paths answer their error codes with the
    board working on."""
    import serial

    from codegen.__main__ import main
    from codegen.board_sim import simulated_board
    main(["run", "--board", "icebreaker", "--simulate", "--images", "12", "--json", "--quiet", "--out",
          str(tmp_path)])
    out = json.loads(capsys.readouterr().out)
    assert out["bit_exact_images"] == out["images"] == 12 and out["simulated"] and out["baud"] == 3_000_000
    assert out["accuracy_board"] == out["accuracy_reference"]
    assert out["uart_overruns"] == out["uart_framing_errors"] == 0   # read back from the board after the run
    # every MNIST frame went compressed ('Z'), at under half the packed bytes; the array limits
    assert out["compressed_frames"] == 12 and out["frame_bytes_mean"] < out["frame_bytes_packed"] / 2
    assert out["frame_bytes_packed"] == 297 and out["limited_by"] == "array"
    at_clock = 12e6 / out["cycles_per_image"]
    assert 0.9 * at_clock <= out["images_per_second"] <= at_clock   # the UART hides behind the array

    net = Network.load(HARDWARE_NETWORK)
    board = get_board("icebreaker")
    store = map_network(net, board, stats=sample_statistics(net)).gen_store_image()
    image = np.full((28, 28), 200, np.uint8)
    want = ReferenceModel(net).run(image[None]).counts[0].tolist()
    with simulated_board(tmp_path / "verilator" / "Vtoepcore_top", board.uart_divisor) as sim:
        port = serial.Serial(sim.port, board.baud, timeout=10)
        link = HostLink(port)
        info = link.info()
        assert info["level_bits"] == protocol.level_bits(net.encoder.planes) and info["store_words"] == len(store)
        # a fresh board's SPRAM holds no generators: its answer is wrong until the host loads them
        assert link.classify_many([image], net)[0]["counts"] != want
        port.write(protocol.encode_weights(len(store) - 1, [0, 0]))   # past the store's end
        assert port.read(2) == bytes([protocol.RESP_ERROR, protocol.ERR_BAD_LENGTH])
        link.load_store(store)
        port.write(b"X")
        assert port.read(2) == bytes([protocol.RESP_ERROR, protocol.ERR_BAD_COMMAND])
        port.write(bytes([protocol.CMD_PACKED, 5, 0]) + bytes(5))
        assert port.read(2) == bytes([protocol.RESP_ERROR, protocol.ERR_BAD_LENGTH])
        port.write(protocol.encode_packed(image, net.encoder.thresholds)[:50])   # stops mid-frame
        assert port.read(2) == bytes([protocol.RESP_ERROR, protocol.ERR_TIMEOUT])
        assert link.classify_many([image], net)[0]["counts"] == want
        _compressed_frames_on_the_board(port, link, net)
        port.close()
    assert sim.cycles > 12e6 * 0.1   # the timeout ran in board time


def _result(port, net):
    head = port.read(1)
    assert head == bytes([protocol.RESP_RESULT]), head + port.read(1)
    return protocol.decode_result(head + port.read(protocol.result_length(net.n_classes) - 1), net.n_classes)


def _compressed_frames_on_the_board(port, link, net):
    """'Z' frames on the iCEBreaker's board top (4 cycles a bit, the fewest): the corner
    images written out by hand, every level, tokens that break the rules (error 4, nothing
    classified), a zero length, a cut-off frame, and seeded random payloads, each followed
    by a real frame classified bit-exact."""
    model = ReferenceModel(net)
    th = net.encoder.thresholds
    assert protocol.level_bits(th.shape[1]) == 3 and list(th[0]) == [32, 96, 160, 224]
    zero, full = np.zeros((28, 28), np.uint8), np.full((28, 28), 255, np.uint8)
    alternate = np.tile(np.array([0, 255], np.uint8), 392).reshape(28, 28)
    # 784 levels: 24 tokens of 32 and one of 16; level 4 packs as 001 001 ..., 0 4 as 000 001 ...
    fours, zero_fours = bytes([0x24, 0x49, 0x92]), bytes([0x20, 0x08, 0x82])
    hand = {
        "all zero": (zero, bytes([0x1F] * 24 + [0x0F])),
        "all maximum": (full, (bytes([0x9F]) + fours * 4) * 24 + bytes([0x8F]) + fours * 2),
        "alternating": (alternate, (bytes([0x9F]) + zero_fours * 4) * 24 + bytes([0x8F]) + zero_fours * 2),
    }
    for name, (image, tokens) in hand.items():
        port.write(bytes([ord("Z"), len(tokens) & 0xFF, len(tokens) >> 8]) + tokens)
        want = model.run(image[None], counters=True)
        got = _result(port, net)
        assert got["counts"] == want.counts[0].tolist(), name
        assert got["input_spikes"] == int(want.counters[net.layers[0].name]["input_spikes"][0]), name
    levels = np.array([0, 31, 32, 95, 96, 159, 160, 223, 224, 255], np.uint8)   # each side of every threshold
    ramp = np.resize(levels, 784).reshape(28, 28)
    port.write(protocol.encode_compressed(ramp, th))
    assert _result(port, net)["counts"] == model.run(ramp[None]).counts[0].tolist()

    real = np.full((28, 28), 200, np.uint8)
    real[:10] = 0
    want = model.run(real[None]).counts[0].tolist()
    refused = {
        "a run past the frame's end": bytes([0x1F] * 24 + [0x10]),
        "covered before the last byte": bytes([0x1F] * 24 + [0x0F, 0x00]),
        "one level short": bytes([0x1F] * 24 + [0x0E]),
        "a reserved bit": bytes([0x3F] + [0x1F] * 23 + [0x0F]),
        "a literal as the last byte": bytes([0x1F] * 24 + [0x8F]),
    }
    for name, tokens in refused.items():
        port.write(bytes([ord("Z"), len(tokens), 0]) + tokens)
        assert port.read(2) == bytes([protocol.RESP_ERROR, protocol.ERR_BAD_FRAME]), name
        assert link.classify_many([real], net)[0]["counts"] == want, name
    port.write(bytes([ord("Z"), 0, 0]))
    assert port.read(2) == bytes([protocol.RESP_ERROR, protocol.ERR_BAD_LENGTH])
    port.write(bytes([ord("Z"), 25, 0]) + bytes([0x1F] * 10))    # stops mid-frame
    assert port.read(2) == bytes([protocol.RESP_ERROR, protocol.ERR_TIMEOUT])
    assert link.classify_many([real], net)[0]["counts"] == want

    rng = np.random.default_rng(11)
    payload = bytearray(protocol.encode_compressed(real, th)[3:])
    for k in range(examples(8)):
        data = bytearray(payload)
        for i in rng.integers(0, len(data), int(rng.integers(1, 4))):
            data[i] = int(rng.integers(0, 256))
        try:
            protocol.decompress_levels(bytes(data), 3, 784)
            answer = protocol.RESP_RESULT
        except protocol.FrameError:
            answer = protocol.RESP_ERROR
        port.write(bytes([ord("Z"), len(data), 0]) + data)
        head = port.read(1)
        assert head == bytes([answer]), (k, bytes(data).hex())
        port.read(1 if answer == protocol.RESP_ERROR else protocol.result_length(net.n_classes) - 1)
        assert link.classify_many([real], net)[0]["counts"] == want


def test_a_board_top_with_a_result_register(tmp_path, mnist_test):
    """The ECP5 boards' board top sends each result from a register of its own, so the
    array starts the next frame while the answer leaves: at 4 cycles a bit, 10 MNIST
    images pipelined, every record bit-exact; the array's cycle counter (first pixel to
    result taken) no longer holds most of the answer's 1,840 cycles (46 bytes), and the
    ten images take less board time."""
    import serial

    from codegen.board_sim import compile_board, simulated_board
    from codegen.check import RECORD_CHECKED, compare_records
    net = Network.load(ICE40)
    board = get_board("icebreaker")
    plan = map_network(net, board, stats=sample_statistics(net))
    tops = {hold: BoardTop(build_array(plan, preloaded=False), divisor=4, fingerprint=fingerprint(net),
                           timeout_cycles=20_000, hold_result=hold) for hold in (True, False)}
    cycles, board_time = {}, {}
    for hold, top in tops.items():
        exe = compile_board(top, tmp_path / str(hold))
        with simulated_board(exe, 4) as sim:
            with serial.Serial(sim.port, board.baud, timeout=10) as port:
                results, ref, _ = check_images(HostLink(port), net, mnist_test[0][:10], store=plan.gen_store_image())
        exact, first = compare_records(results, ref, RECORD_CHECKED)
        assert exact.all(), first
        cycles[hold], board_time[hold] = np.array([r["cycles"] for r in results]), sim.busy_cycles
    answer = protocol.result_length(net.n_classes) * 10 * 4
    assert ((cycles[False] - cycles[True]) > answer / 3).all(), (cycles[False], cycles[True])
    assert board_time[True] < board_time[False]


# ---- the host client against a simulated port ---------------------------------------------

def test_host_client_checks_images_through_a_simulated_port(mnist_test):
    net = Network.load(HARDWARE_NETWORK)
    port = FakeBoardPort(net)
    images = mnist_test[0][:8]
    results, ref, seconds = check_images(HostLink(port), net, images)
    from codegen.check import RECORD_CHECKED, compare_records
    exact, first = compare_records(results, ref, RECORD_CHECKED)   # class, counts and the counters, decoded
    assert exact.all(), first
    assert port.frames == 8 and port.most_in_flight == 2   # frames pipelined, WINDOW in flight


def test_fingerprint_is_the_files_hash():
    """The board's and the host's network identifier, computed here independently."""
    import hashlib
    for path in (HARDWARE_NETWORK, NETWORKS / "mnist-s4.npz"):
        want = int.from_bytes(hashlib.sha256(path.read_bytes()).digest()[:4], "little")
        assert fingerprint(Network.load(path)) == want


def test_packed_frames_carry_exactly_the_encoder_levels(mnist_test):
    """A packed frame is 4x smaller for 3 planes, and the smallest pixel of each level
    gives the reference model the same counts as the raw image."""
    net = Network.load(ICE40)
    images = mnist_test[0][:20]
    th = net.encoder.thresholds
    bits = protocol.level_bits(th.shape[1])
    assert bits == 2 and protocol.packed_length(784, bits) == 196
    rebuilt = []
    for img in images:
        data = protocol.encode_packed(img, th)
        assert data[:3] == bytes([protocol.CMD_PACKED, 196, 0]) and len(data) == 3 + 196
        levels = protocol.unpack_levels(data[3:], bits, 784)
        assert (levels == (img.reshape(-1, 1) >= th[0]).sum(axis=1)).all()
        rebuilt.append(np.concatenate([[0], th[0]])[levels].reshape(28, 28))
    model = ReferenceModel(net)
    assert (model.run(np.array(rebuilt, np.uint8)).counts == model.run(images).counts).all()
    for bits in (1, 2, 3, 4):
        levels = np.random.default_rng(bits).integers(0, 1 << bits, 101).astype(np.uint8)
        assert (protocol.unpack_levels(protocol.pack_levels(levels, bits), bits, 101) == levels).all()


def test_host_client_errors(mnist_test):
    net = Network.load(HARDWARE_NETWORK)
    other = Network.load(NETWORKS / "truenorth-s4.npz")
    with pytest.raises(LinkError, match=r"the board runs network [0-9a-f]{8}, not this one \([0-9a-f]{8}\): rebuild"):
        check_images(HostLink(FakeBoardPort(other)), net, mnist_test[0][:1])
    from model.randnet import random_network
    colour = random_network(np.random.default_rng(0), "s4", input_shape=(3, 16, 12), layers=((4, 3, 2, 1, 1),))
    info = HostLink(FakeBoardPort(colour)).info()
    assert info["shape"] == (3, 16, 12) and info["pixels"] == 576 and info["n_classes"] == 10
    with pytest.raises(LinkError, match=r"the board takes 3 x 16 x 12 frames \(channels x rows x columns\) in 10 "
                                        r"classes, this network 1 x 28 x 28 in 10: rebuild"):
        check_images(HostLink(FakeBoardPort(colour)), net, mnist_test[0][:1])
    link = HostLink(FakeBoardPort(net))
    with pytest.raises(LinkError, match=r"the board answered error 2 \(bad frame length\)"):
        link.classify(np.zeros(10, np.uint8), net.n_classes)
    with pytest.raises(LinkError, match=r"the board sent 0 of 1 expected bytes before the timeout"):
        HostLink(FakeBoardPort(net, silent=True)).info()


def test_run_command_against_a_simulated_port(monkeypatch, capsys):
    """codegen run loads the board's generator store ('W') before the first frame; a
    board whose store does not match the plan is refused."""
    import serial

    from codegen.__main__ import main
    net = Network.load(HARDWARE_NETWORK)
    words = len(map_network(net, get_board("icebreaker"), stats=sample_statistics(net)).gen_store_image())
    ports = []

    def port(name, baud, timeout):
        ports.append(FakeBoardPort(net, store_words=words))
        return ports[-1]
    monkeypatch.setattr(serial, "Serial", port)
    main(["run", "--board", "icebreaker", "--port", "/dev/ttyFAKE", "--images", "5", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert out["bit_exact_images"] == out["images"] == 5
    assert out["accuracy_board"] == out["accuracy_reference"]
    assert words > 10_000 and None not in ports[0].store
    monkeypatch.setattr(serial, "Serial", lambda name, baud, timeout: FakeBoardPort(net, store_words=words - 1))
    with pytest.raises(SystemExit, match=rf"the board's generator store holds {words - 1:,} words where this plan "
                                         rf"has {words:,}: rebuild"):
        main(["run", "--board", "icebreaker", "--port", "/dev/ttyFAKE", "--images", "1"])
    with pytest.raises(SystemExit, match=r"argument --board: invalid choice: 'sim' \(choose from 'icebreaker', 'ulx3s'\)"):
        main(["run", "--board", "sim", "--port", "/dev/null"])


def test_pll_clocks_and_their_errors():
    """ECP5 PLL dividers within the data sheet's PFD and VCO ranges; clear refusals."""
    from boards import TARGETS, with_clock
    ecp5_pll = TARGETS["ecp5"].pll
    for want in (30.0, 33.333, 35.0, 50.0):
        clki, fb, op, got = ecp5_pll(25.0, want)
        assert abs(got - want) <= 0.005 * want
        assert 3.125 <= 25.0 / clki <= 400 and 400 <= got * op <= 800
    fast = with_clock(get_board("ulx3s"), 35)
    assert fast.uses_pll and fast.clock_mhz == 35.0 and fast.oscillator == 25.0
    assert fast.uart_divisor == round(35e6 / fast.baud)
    assert not with_clock(get_board("ulx3s"), 25).uses_pll
    from boards import TARGETS
    ice40_pll = TARGETS["ice40"].pll
    divr, divf, divq, filt, got = ice40_pll(12.0, 16.5)       # icepll -i 12 -o 16.5
    assert (divr, divf, divq, filt, got) == (0, 87, 6, 1, 16.5)
    assert with_clock(get_board("icebreaker"), 16.5).clock_mhz == 16.5
    with pytest.raises(ValueError, match=r"^board 'icebreaker': no ICE40 PLL setting gives 5 MHz from 12 MHz$"):
        with_clock(get_board("icebreaker"), 5)       # below the slowest output, VCO 533 MHz / 64
    with pytest.raises(ValueError, match=r"^board 'ulx3s': no ECP5 PLL setting gives 2\.5 MHz from 25 MHz$"):
        with_clock(get_board("ulx3s"), 2.5)          # below the slowest output, VCO 400 MHz / 128
    for mhz in range(27, 49, 3):   # every clock a 3 Mbaud link divides, exactly (VCO fed back through CLKOS3)
        clki, fb, op, got = ecp5_pll(25.0, mhz)
        assert got == mhz and 400 <= 25.0 / clki * fb <= 800 and 3.125 <= 25.0 / clki
    from codegen.__main__ import main
    with pytest.raises(SystemExit, match=r"^error: python -m codegen build: argument --clock-mhz: must be between 1 and "
                                         r"400, got 0 \(see python -m codegen build --help\)$"):
        main(["build", "--board", "ulx3s", "--clock-mhz", "0"])


def test_a_board_top_holds_its_generator_store_in_spram():
    """A board's generator store is SPRAM the host loads; the simulation array's (its
    store initialised) would synthesise as block RAM and fail the budget for the wrong
    reason, so every board build takes its top from make_board_top."""
    board = get_board("icebreaker")
    net = small_net()
    plan = map_network(net, board, stats=sample_statistics(net), gen_store=True, lanes=1, parallel=False, skip_zeros=False)
    assert not build_array(plan).store.spram
    assert make_board_top(board, plan, net).array.store.spram


# ---- the design clock and the link's rate ----------------------------------------------------

def test_the_build_chooses_a_clock_the_link_divides():
    """The ULX3S's 25 MHz gives 3 Mbaud no divisor: a build tries 36, 33, 30 and 27 MHz
    (12 to 9 cycles a bit, each exact from its PLL), then the oscillator at 1 Mbaud; the
    iCEBreaker's 12 MHz divides 3 Mbaud already. --clock-mhz and --baud override."""
    from boards import link_clocks
    from codegen.flows.inputs import design_clocks
    from toepcore.errors import UsageError
    ulx = link_clocks(get_board("ulx3s"))
    assert [(c.board.clock_mhz, c.board.baud, c.board.uart_divisor) for c in ulx] == [
        (36.0, 3_000_000, 12), (33.0, 3_000_000, 11), (30.0, 3_000_000, 10), (27.0, 3_000_000, 9),
        (25.0, 1_000_000, 25)]
    assert all(c.board.uses_pll for c in ulx[:4]) and not ulx[4].board.uses_pll
    assert ulx[0].why == ("the fastest PLL clock at or below the board's 36 MHz ceiling that divides the FT231X's "
                          "fastest rate, 3,000,000 baud (12 cycles a bit)")
    assert ulx[4].why == "the 25 MHz oscillator, where the link runs at 1,000,000 baud"
    ice = link_clocks(get_board("icebreaker"))
    assert [(c.board.clock_mhz, c.board.uart_divisor) for c in ice] == [(12.0, 4)] and not ice[0].board.uses_pll
    assert ice[0].why == "the 12 MHz oscillator divides the FT2232H's fastest rate, 3,000,000 baud (4 cycles a bit)"

    board, clocks = design_clocks(get_board("ulx3s"), 37.5)
    assert (board.clock_mhz, board.baud, board.uart_divisor) == (37.5, 1_500_000, 25) and len(clocks) == 1
    board, clocks = design_clocks(get_board("ulx3s"), baud=3_000_000)   # no oscillator fallback at 3 Mbaud
    assert [c.board.clock_mhz for c in clocks] == [36.0, 33.0, 30.0, 27.0]
    with pytest.raises(UsageError, match=r"^--baud: board 'ulx3s': no UART rate of the FT231X \(3000000\) within "
                                         r"0\.5% of a divisor of 37\.5 MHz$"):
        design_clocks(get_board("ulx3s"), 37.5, 3_000_000)
    from codegen.__main__ import main
    with pytest.raises(SystemExit, match=r"^error: --clock-mhz: board 'icebreaker': no ICE40 PLL setting gives 5 MHz "
                                         r"from 12 MHz$"):
        main(["build", "--board", "icebreaker", "--clock-mhz", "5"])
    with pytest.raises(SystemExit, match=r"^error: --clock-mhz: board 'ulx3s': no ECP5 PLL setting gives 2\.5 MHz"):
        main(["run", "--board", "ulx3s", "--simulate", "--clock-mhz", "2.5"])
    with pytest.raises(UsageError, match=r"^--baud 11,000,000: no clock of board 'icebreaker' up to 12 MHz divides it "
                                         r"with at least 4 cycles a bit$"):
        design_clocks(get_board("icebreaker"), baud=11_000_000)
    with pytest.raises(UsageError, match=r"^--baud: board 'sim' has no UART$"):
        design_clocks(get_board("sim"), baud=115_200)


def test_a_build_that_misses_timing_tries_the_next_clock(monkeypatch):
    """Place and route at 36 MHz misses (fmax 34.9), so the build tries 33 MHz, which
    meets; report.json's clock_choice names the clock, the rate, why, and what was tried."""
    from types import SimpleNamespace

    from codegen.flows import build
    from codegen.flows.build import BitstreamReport
    from codegen.flows.inputs import design_clocks
    fmax = {36.0: 34.9, 33.0: 35.2}

    def place_and_route(args, board, *rest):
        return BitstreamReport(clock_mhz=board.clock_mhz, oscillator_mhz=25.0, pll=True, clock_choice={},
                               nextpnr_seed=1, pnr="full", fmax_mhz=fmax[board.clock_mhz],
                               timing_met=fmax[board.clock_mhz] >= board.clock_mhz, resources={}, resources_png="",
                               synthesis={}, frame_bytes_packed=297, frame_bytes_mean=120.0,
                               images_per_second_at_clock=1.0, images_per_second_wire=1.0,
                               images_per_second_uart=1.0, images_per_second_uart_one_at_a_time=1.0,
                               limited_by="array", baud=board.baud, uart_divisor=board.uart_divisor, bitstream="",
                               sha256="")
    monkeypatch.setattr(build, "_bitstream_at", place_and_route)
    _, clocks = design_clocks(get_board("ulx3s"))
    report = build._bitstream(SimpleNamespace(), clocks, None, "net.npz", None, None, 5, 10_000, None, 120.0)
    assert report.clock_mhz == 33.0 and report.timing_met
    assert report.clock_choice == {
        "clock_mhz": 33.0, "baud": 3_000_000, "uart_divisor": 11,
        "why": "the next slower such clock (11 cycles a bit at 3,000,000 baud)",
        "tried": [{"clock_mhz": 36.0, "fmax_mhz": 34.9, "timing_met": False},
                  {"clock_mhz": 33.0, "fmax_mhz": 35.2, "timing_met": True}]}
    _, clocks = design_clocks(get_board("ulx3s"), 36.0)   # a clock the user gave is not replaced
    report = build._bitstream(SimpleNamespace(), clocks, None, "net.npz", None, None, 5, 10_000, None, 120.0)
    assert report.clock_mhz == 36.0 and not report.timing_met and len(report.clock_choice["tried"]) == 1


def test_run_takes_the_clock_its_build_chose(monkeypatch, capsys, tmp_path):
    """codegen run --build DIR opens the port at the rate of the clock the build chose
    (report.json: a build that stepped down to 33 MHz), and names what does not match."""
    import serial

    from codegen.__main__ import main
    net = Network.load(HARDWARE_NETWORK)
    opened = []

    def port(name, baud, timeout):
        opened.append(baud)
        return FakeBoardPort(net)
    monkeypatch.setattr(serial, "Serial", port)
    (tmp_path / "report.json").write_text(json.dumps({"board": "ulx3s", "clock_mhz": 33.0, "baud": 3_000_000}))
    main(["run", "--board", "ulx3s", "--port", "/dev/ttyFAKE", "--images", "2", "--json", "--build", str(tmp_path)])
    assert json.loads(capsys.readouterr().out)["bit_exact_images"] == 2 and opened == [3_000_000]
    (tmp_path / "report.json").write_text(json.dumps({"board": "ulx3s", "clock_mhz": 37.5, "baud": 1_500_000}))
    main(["run", "--board", "ulx3s", "--port", "/dev/ttyFAKE", "--images", "1", "--build", str(tmp_path)])
    assert opened[-1] == 1_500_000
    with pytest.raises(SystemExit, match=r"^error: --clock-mhz 36: the build in .* runs at 37\.5 MHz$"):
        main(["run", "--board", "ulx3s", "--port", "/dev/ttyFAKE", "--build", str(tmp_path), "--clock-mhz", "36"])
    with pytest.raises(SystemExit, match=r"^error: --build: .*report\.json is a build for board 'ulx3s', not "
                                         r"'icebreaker'$"):
        main(["run", "--board", "icebreaker", "--port", "/dev/ttyFAKE", "--build", str(tmp_path)])
    (tmp_path / "report.json").write_text(json.dumps({"board": "ulx3s", "images": 4}))
    with pytest.raises(SystemExit, match=r"records no bitstream"):
        main(["run", "--board", "ulx3s", "--port", "/dev/ttyFAKE", "--build", str(tmp_path)])
    with pytest.raises(SystemExit, match=r"^error: --build .*empty: no report\.json there"):
        main(["run", "--board", "ulx3s", "--port", "/dev/ttyFAKE", "--build", str(tmp_path / "empty")])


def test_link_figures_say_which_side_limits():
    """ULX3S at 36 MHz, 12 cycles a bit: a byte takes 120 cycles, a 10-class answer (46
    bytes) 5,520, and 12,000 cycles of array. Its result register frees the array while
    the answer leaves, but a host sends a frame only when the answer two frames back has
    come: 100-byte frames (12,000 cycles) give one image per (12,000 + 12,000 + 5,520) / 2
    cycles, the window's pace; 200-byte frames take 24,000: the link's. The iCEBreaker (no
    result register, 40 cycles a byte) waits for its answer: 80,000 + 1,840 cycles."""
    from codegen.flows.inputs import design_clocks
    from codegen.wire import uart_rates
    board, _ = design_clocks(get_board("ulx3s"), 36.0)
    net = Network.load(HARDWARE_NETWORK)
    fast = uart_rates(board, net, 12_000, 100)
    assert fast == {"frame_bytes_packed": 297, "frame_bytes_mean": 100, "images_per_second_at_clock": 3000.0,
                    "images_per_second_wire": 3000.0, "images_per_second_uart": round(36e6 / 14_760, 2),
                    "images_per_second_uart_one_at_a_time": round(36e6 / 29_520, 2), "limited_by": "window"}
    slow = uart_rates(board, net, 12_000, 200)
    assert slow["images_per_second_uart"] == 1500.0 and slow["limited_by"] == "link"
    assert uart_rates(board, net, 12_000)["frame_bytes_mean"] == 297    # packed when no frames were measured
    ice = uart_rates(get_board("icebreaker"), net, 80_000, 100)
    assert ice["images_per_second_uart"] == round(12e6 / 81_840, 2) and ice["limited_by"] == "array"
    assert ice["images_per_second_wire"] == 3000.0
