"""The contract: nothing downstream of the trainer imports torch (the trade-off bench
trains, so it imports torch when it runs, not when it is imported)."""

import subprocess
import sys

CHECK = """
import sys
import model, model.network, model.reference, model.data, model.truenorth, model.s4, model.randnet, model.presets
import bench.reference, bench.memory, bench.area, bench.cycles, bench.tools, bench.tradeoff, bench.simulation
import codegen.__main__, codegen.fpga, codegen.hostlink, codegen.native, hw.board_top, boards
from model.__main__ import main
main(["eval", "--images", "50", "--quiet", "--json"])
assert "torch" not in sys.modules, "torch was imported"
"""


def test_reference_side_and_eval_do_not_import_torch():
    r = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert '"test_accuracy"' in r.stdout
