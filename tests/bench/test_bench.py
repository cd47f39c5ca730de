"""The benchmark commands: their tables, JSON and plots (the quick ones run here; their
figures are in the README)."""

import json
import os

import pytest

from bench.__main__ import main
from bench.tradeoff import pareto
from codegen import planner


def test_memory_json_has_whole_network_figures(capsys, tmp_path):
    main(["memory", "--json", "--plot", str(tmp_path / "m.png")])
    out = json.loads(capsys.readouterr().out)
    assert out["network"] == "mnist-s4"
    assert out["generator_bits"] == 806152 and out["dense_bits"] > 100 * out["generator_bits"]
    assert out["ratio"] == round(out["dense_bits"] / out["generator_bits"], 1)
    assert set(out["networks"]) >= {"ice40-s4", "mnist-s4", "mnist-kernel", "truenorth-s4"}
    totals = [r for r in out["rows"] if r["layer"] == "total"]
    assert len(totals) == len(out["networks"])
    assert (tmp_path / "m.png").stat().st_size > 10000


def test_memory_of_one_network_table(capsys):
    from model import NETWORKS
    main(["memory", "--network", str(NETWORKS / "ice40-s4.npz"), "--plot", ""])
    text = capsys.readouterr().out
    assert "ice40-s4  total" in text and "generator_bits: 47,078" in text


@pytest.mark.parametrize("board", ["sim", "icebreaker"])
def test_memory_from_the_netlist_equals_the_reported_weight_bits(capsys, board):
    """Every memory yosys finds in the design is one the plan lists, with the plan's bits
    (SPRAM in whole blocks), and the weight-derived ones add up to weight_memory_bits."""
    main(["memory", "--netlist", "--board", board, "--json", "--quiet"])
    out = json.loads(capsys.readouterr().out)
    assert "error" not in out, out["error"]
    assert out["weight_bits_equal"] and out["weight_bits_netlist"] == out["weight_memory_bits"]
    # the default network (up5k-s4): cores with their own generator memories on sim; on the
    # iCEBreaker one shared core and a store in SPRAM (its words counted, not its blocks)
    assert out["weight_memory_bits"] == {"sim": 296624, "icebreaker": 302976}[board]
    # by the memory's own name (an SPRAM block is named inside its memory: generators.spram0_0)
    holds = {[p for p in r["memory"].split(".") if not p.startswith("spram")][-1]: r["holds"] for r in out["rows"]}
    assert {k: holds[k] for k in ("generators", "tables", "base_types", "permutations", "thresholds", "potentials")} == {
        "generators": "weights", "tables": "weights", "base_types": "weights", "permutations": "weights",
        "thresholds": "other", "potentials": "potentials"}
    assert out["plan_mismatches"] == [] and out["unplanned"] == []


def test_memory_from_the_netlist_fails_on_a_wrong_figure(capsys, monkeypatch):
    from hw.array import CoreArray
    real = CoreArray.weight_memory_bits
    monkeypatch.setattr(CoreArray, "weight_memory_bits", lambda self: real(self) + 8)
    with pytest.raises(SystemExit) as e:   # exit status 1 with this one line
        main(["memory", "--netlist", "--quiet"])
    assert e.value.code == ("error: the netlist's weight memories hold 296,624 bits but the design reports "
                            "weight_memory_bits = 296,632")


def test_cycles_against_the_bound_without_fpga(capsys, mnist_test):
    """The iCEBreaker's plan of the small ice40-s4 through Verilator (the ULX3S's build and
    the default network are left to the benchmark: their C++ compiles take minutes); the
    sim board's plan is compared by its estimate alone."""
    from boards import get_board
    from codegen.mapping import map_network
    from codegen.planner import spike_statistics
    from model import NETWORKS
    from model.network import Network
    path = NETWORKS / "ice40-s4.npz"
    main(["cycles", "--images", "3", "--no-fpga", "--json", "--boards", "icebreaker", "--network", str(path)])
    out = json.loads(capsys.readouterr().out)
    (r,) = out["rows"]
    assert r["board"] == "icebreaker"
    assert r["fits"] and r["cycles_per_image"] > r["bound_cycles"] > 0 and r["ratio"] > 1
    assert r["update_cycles"] >= r["bound_cycles"]
    assert r["ratio_updates"] == pytest.approx(r["update_cycles"] / r["bound_cycles"], abs=0.006)
    assert 1 < r["ratio_updates"] < r["ratio"]
    assert r["ratio_working"] == pytest.approx(r["cycles_per_image"] / r["bound_working"], abs=0.006)
    # the floor of its width is bench lanes' row for that width, and the RTL's updates stay above it
    from bench.lanes import lane_table
    net = Network.load(path)
    lanes_row = lane_table(net, mnist_test[0][:3], widths=(r["lanes"],), depths=())[0][0]
    assert r["floor_ratio"] == lanes_row["floor_ratio"]
    assert 1 < r["floor_ratio"] <= r["ratio_updates"]
    # the plan's estimate follows the RTL
    assert abs(r["expected_cycles"] - r["cycles_per_image"]) <= 0.15 * r["cycles_per_image"]
    assert r["images_per_second_at_clock"] == pytest.approx(12e6 / r["cycles_per_image"], rel=1e-3)
    # the planner's choice for the iCE40UP5K: one shared core whose 16 lanes (the sim
    # board's are fixed at 8) make it the faster of the two
    stats = spike_statistics(net, mnist_test[0][:3])
    sim = map_network(net, get_board("sim"), stats=stats)
    assert r["lanes"] > sim.lanes == 8
    assert r["expected_cycles"] < planner.expected_cycles(sim, stats)


def test_pareto_front():
    pts = [{"accuracy": 0.9, "x": 10}, {"accuracy": 0.95, "x": 20}, {"accuracy": 0.93, "x": 30},
           {"accuracy": 0.97, "x": 40}, {"accuracy": 0.85, "x": 5}]
    assert sorted(pareto(pts, "x")) == [0, 1, 3, 4]


def test_bench_errors(capsys, tmp_path):
    with pytest.raises(SystemExit, match=r"nope\.npz: no such network file"):
        main(["memory", "--network", str(tmp_path / "nope.npz")])


def test_every_mutant_still_names_a_line_of_the_code():
    """bench mutants applies each mutant to exactly one line; a refactor that moves it must
    update the list (python -m bench mutants measures which checks catch them)."""
    from bench.mutants import MUTANTS, check_mutants
    check_mutants()
    assert len(MUTANTS) >= 12 and len({m.name for m in MUTANTS}) == len(MUTANTS)


def test_mutants_count_only_assertions_as_catches(tmp_path):
    """A mutant's test run is judged from pytest's JUnit XML: a failed assert (plain, with a
    message, pytest.raises that did not raise, the cocotb bench's record comparison) is a
    catch; a crash, a set-up error, a missing test id or a timeout is inconclusive; a clean
    pass survives."""
    from bench.mutants import TestRun, covered, is_assertion, judge_tests, run_tests
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_m.py").write_text(
        "import pytest\n"
        "def test_plain():\n    assert 1 == 2\n"
        "def test_message():\n    assert 1 == 2, 'counts differ'\n"
        "def test_raises():\n    with pytest.raises(ValueError):\n        pass\n"
        "def test_crash():\n    raise KeyError('cls')\n"
        "@pytest.fixture\ndef data():\n    pytest.fail('no MNIST here')\n"
        "def test_setup(data):\n    pass\n"
        "@pytest.mark.parametrize('k', [1, 2])\ndef test_ok(k):\n    assert k\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}
    run = run_tests(["tests/test_m.py"], tmp_path, env, tmp_path / "j.xml", timeout=120)
    outcome = {k.split("::")[-1]: o for k, (o, _) in run.cases.items()}
    assert outcome == {"test_plain": "assert", "test_message": "assert", "test_raises": "assert",
                       "test_crash": "crash", "test_setup": "error", "test_ok[1]": "pass", "test_ok[2]": "pass"}
    assert covered("tests/test_m.py::test_ok", run.cases) == ["tests/test_m.py::test_ok[1]", "tests/test_m.py::test_ok[2]"]

    def only(*names):
        return TestRun(1, {k: v for k, v in run.cases.items() if k.split("::")[-1] in names})
    assert judge_tests(only("test_plain", "test_crash"), ["tests/test_m.py"])[:2] == \
        ("caught", ["tests/test_m.py::test_plain"])
    verdict, checks, note = judge_tests(only("test_crash", "test_ok[1]"), ["tests/test_m.py"])
    assert (verdict, checks) == ("inconclusive", []) and note == "tests/test_m.py::test_crash: crashed: KeyError: 'cls'"
    assert judge_tests(only("test_setup"), ["tests/test_m.py"])[0] == "inconclusive"
    assert judge_tests(TestRun(0, {}), ["tests/test_m.py::test_gone"]) == \
        ("inconclusive", [], "pytest exit status 0; not collected: tests/test_m.py::test_gone")
    assert judge_tests(TestRun(-1, timed_out=True), [])[0] == "inconclusive"
    ok = TestRun(0, {k: v for k, v in run.cases.items() if "test_ok" in k})
    assert judge_tests(ok, ["tests/test_m.py::test_ok"]) == ("survived", [], "")
    # the bench's assertions reach pytest inside SimulationFailed
    assert is_assertion("codegen.simulate.SimulationFailed: testbench failed (1 of 1 test(s)): the RTL differs from "
                        "the reference model: image 0 counts")
    assert not is_assertion("codegen.simulate.SimulationFailed: testbench failed (1 of 1 test(s)): "
                            "NameError: name 'x' is not defined")


def test_tools_says_which_board_a_network_does_not_fit(capsys):
    """bench tools --only bitstreams: a board the network cannot hold is a row naming the
    short resource, not an error (mnist-s4's weights alone overflow the iCE40UP5K)."""
    from model import NETWORKS
    main(["tools", "--only", "bitstreams", "--boards", "icebreaker", "--json", "--quiet", "--network",
          str(NETWORKS / "mnist-s4.npz")])
    (row,) = json.loads(capsys.readouterr().out)["rows"]
    assert row["tool"] == "bitstream for icebreaker (full place and route)"
    assert row["note"].startswith("does not fit: the network does not fit board 'icebreaker': its smallest plan")
    assert "build_s" not in row


def _brute_visits(layer, spikes, width, per_filter=False):
    """Synaptic operations and lane-group visits by walking every input spike, tap and
    lane group of ``layer`` (the slow definition :mod:`bench.lanes` must equal); with
    ``per_filter``, each filter's operations."""
    import numpy as np
    nz = layer.expanded_kernel() != 0
    C, H, W = layer.in_shape
    F, Ho, Wo = layer.out_shape
    (kh, kw), (sy, sx), (py, px) = layer.kernel, layer.stride, layer.padding
    fg, cg = F // layer.groups, layer.group_in
    ops = visits = 0
    each = np.zeros(F, np.int64)
    for n, c, y, x in zip(*np.nonzero(spikes)):
        count = int(spikes[n, c, y, x])
        grp, ci = divmod(int(c), cg)
        for qy in range(kh):
            for qx in range(kw):
                oy, rx = divmod(int(y) + py - qy, sy), divmod(int(x) + px - qx, sx)
                if oy[1] or rx[1] or not (0 <= oy[0] < Ho and 0 <= rx[0] < Wo):
                    continue
                col = nz[grp * fg:(grp + 1) * fg, ci, qy, qx]
                ops += count * int(col.sum())
                each[grp * fg:(grp + 1) * fg] += count * col
                visits += count * sum(bool(col[g:g + width].any()) for g in range(0, fg, width))
    return each if per_filter else (ops, visits)


@pytest.mark.parametrize("family", ["s4", "kernel"])
def test_lane_visits_equal_a_walk_over_every_spike(family, mnist_test):
    """bench lanes' counts on a random network with a grouped, strided, padded layer and a
    readout equal a walk over every spike, tap and lane group, at widths that do and do
    not divide the filter groups; its operations equal the reference model's counters."""
    import numpy as np

    from bench.lanes import lane_group_visits, lane_table, lane_work, tap_events
    from model.randnet import random_network
    from model.reference import ReferenceModel
    net = random_network(np.random.default_rng(7), family, layers=((12, 3, 2, 1, 1), (12, 3, 1, 1, 2)))
    images = mnist_test[0][:4]
    res = ReferenceModel(net).run(images, trace=True)
    inputs = [res.input_spikes] + list(res.spikes[:-1])
    for i, layer in enumerate(net.layers):
        ev = tap_events(layer, inputs[i])
        for width in (1, 4, 5, 128):
            assert lane_group_visits(layer, ev, width) == _brute_visits(layer, inputs[i], width), (layer.name, width)
    rows, ops = lane_table(net, images, widths=(1, 5))
    assert [r["lanes"] for r in rows] == [1, 5, "per filter", "per filter, queue 4", "per filter, queue 16"]
    assert rows[0]["floor_ratio"] == 1.0 and rows[1]["floor_ratio"] > 1
    # independent lanes, one filter each: each lane's work is its filter's operations, and
    # a layer lasts, per image, as long as its busiest filter
    assert rows[-1]["lanes"] == "per filter, queue 16"
    for i, layer in enumerate(net.layers):
        each = np.stack([_brute_visits(layer, inputs[i][[n]], 1, per_filter=True) for n in range(len(images))])
        assert (np.stack([lane_work(layer, x).sum(axis=0) for x in inputs[i]]) == each).all(), layer.name
        floor = round(each.max(axis=1).sum() * each.shape[1] / each.sum(), 2)
        assert rows[2][f"floor_{layer.name}"] == floor <= rows[-1][f"floor_{layer.name}"]


def test_independent_lanes_wait_for_the_busiest_filter_of_each_image():
    """Lanes of one filter each: per image, every lane waits for the busiest (filter 1 in
    the first image, filter 0 in the second), not for the filter busiest over both."""
    import numpy as np

    from bench.lanes import independent_updates
    assert independent_updates(np.array([[1, 9, 2], [8, 1, 1]])) == (9 + 8) * 3


def test_queued_lanes_hold_a_spike_while_a_lane_it_needs_is_full():
    """One spike offered per cycle; a lane starts a queued spike the cycle after it was
    offered and spends a cycle per weight, the spike holding its queue slot until its last
    update. Lane 0's long first spike fills a two-deep queue, so the third spike waits for
    it, and the last (lane 1's only work) behind that; a three-deep queue lets both pass."""
    import numpy as np

    from bench.lanes import queued_cycles
    work = np.array([[5, 0], [1, 0], [1, 0], [0, 1]])
    assert queued_cycles(work, 1) == 11
    assert queued_cycles(work, 2) == 9
    assert queued_cycles(work, 3) == 8
    assert queued_cycles(np.array([[2, 0], [1, 1], [0, 3]]), 4) == 6
    assert queued_cycles(np.zeros((3, 2), np.int64), 4) == 3       # one cycle a spike, no work


def test_lanes_table_of_the_default_network(capsys):
    """python -m bench lanes: one row per width; no width above one reaches the 1.5 ratio on
    the shipped s4 network, and the width-128 visits are the ULX3S cores' update cycles'
    floor."""
    main(["lanes", "--images", "5", "--json", "--quiet", "--widths", "1,2,128", "--depths", "8"])
    out = json.loads(capsys.readouterr().out)
    rows = {r["lanes"]: r for r in out["rows"]}
    assert set(rows) == {1, 2, 128, "per filter", "per filter, queue 8"}
    assert 1 < rows["per filter"]["floor_ratio"] < rows["per filter, queue 8"]["floor_ratio"]
    assert rows["per filter"]["floor_ratio"] < rows[2]["floor_ratio"]
    assert rows[1]["floor_ratio"] == 1.0 and rows[1]["visits"] == round(out["synaptic_ops_per_image"])
    assert 1.5 < rows[2]["floor_ratio"] < rows[128]["floor_ratio"]
    assert set(rows[128]) >= {"floor_conv0", "floor_conv1", "floor_conv2", "floor_readout", "efficiency"}
    with pytest.raises(SystemExit, match="expected comma-separated positive lane widths, got '0,4'"):
        main(["lanes", "--widths", "0,4"])


def test_cores_synthesises_a_layer_on_independent_lanes(capsys, tmp_path):
    """bench cores --independent: yosys ECP5 statistics of a whole (small, random) layer on
    an IndependentLaneCore; an unknown layer is named in the error."""
    import numpy as np

    from model.randnet import random_network
    path = tmp_path / "small.npz"
    random_network(np.random.default_rng(0), "s4", layers=((4, 3, 2, 1, 1),), readout_per_class=1).save(path)
    main(["cores", "--independent", "--network", str(path), "--json", "--quiet", "--depth", "4"])
    (row,) = json.loads(capsys.readouterr().out)["rows"]
    assert row["core"] == "independent lanes" and row["lanes"] == 4 and row["queue"] == 4
    assert row["positions"] == 14 * 14 and row["ecp5_LUT"] > 4 * 20
    assert row["ecp5_LUT_per_lane"] == round(row["ecp5_LUT"] / 4)
    with pytest.raises(SystemExit, match=r"small\.npz: no conv layer named 'convX'; layers: conv0, readout"):
        main(["cores", "--independent", "--network", str(path), "--layer", "convX"])
