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


# The floors, lowest first: a module may import from its own floor or below. ``model``'s
# trainer and search (torch, and the pilot's hardware check) sit above the hardware.
FLOORS = {"toepcore": 0, "model": 1, "hw": 2, "boards": 3, "codegen": 4, "model.train": 5, "model.search": 5,
          "bench": 6, "sim": 6}


def _floor(module):
    parts = module.split(".")
    for n in (2, 1):
        if ".".join(parts[:n]) in FLOORS:
            return FLOORS[".".join(parts[:n])]
    return None


def test_every_module_imports_only_from_its_floor_or_below():
    """The plan IR (toepcore/ir) sits below the hardware and the planner; the layer
    families (model/families.py) below the hardware; nothing imports upwards, even inside
    a function."""
    import ast
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    bad = []
    for top in ("toepcore", "model", "hw", "boards", "codegen"):
        for path in (root / top).rglob("*.py"):
            module = ".".join(path.relative_to(root).with_suffix("").parts)
            own = _floor(module)
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                elif isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                else:
                    continue
                for name in names:
                    floor = _floor(name)
                    if floor is not None and floor > own:
                        bad.append(f"{module} imports {name}")
    assert not bad, bad


def test_no_undefined_names_behind_amaranth_star_imports(tmp_path):
    """``from amaranth.hdl import *`` hides undefined names from ruff; with the star
    imports spelled out, a name a refactor left behind is an error again."""
    import shutil
    from pathlib import Path

    import amaranth
    import amaranth.hdl
    root = Path(__file__).resolve().parents[1]
    spelled = {"from amaranth.hdl import *": f"from amaranth.hdl import ({', '.join(amaranth.hdl.__all__)})",
               "from amaranth import *": f"from amaranth import ({', '.join(amaranth.__all__)})"}
    for top in ("toepcore", "model", "hw", "boards", "codegen", "sim", "bench"):
        for path in (root / top).rglob("*.py"):
            out = tmp_path / path.relative_to(root)
            out.parent.mkdir(parents=True, exist_ok=True)
            text = path.read_text()
            for star, names in spelled.items():
                text = text.replace(star, names)
            out.write_text(text)
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    r = subprocess.run([ruff, "check", "--no-cache", "--isolated", "--select", "F821", str(tmp_path)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout[-3000:]
