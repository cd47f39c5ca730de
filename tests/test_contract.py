"""The contract: nothing downstream of the trainer imports torch."""

import subprocess
import sys

CHECK = """
import sys
import model, model.network, model.reference, model.data, model.truenorth, model.s4, model.randnet, model.presets
import bench.reference
from model.__main__ import main
main(["eval", "--images", "50", "--quiet", "--json"])
assert "torch" not in sys.modules, "torch was imported"
"""


def test_reference_side_and_eval_do_not_import_torch():
    r = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert '"test_accuracy"' in r.stdout
