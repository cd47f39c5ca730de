"""Synthesis statistics of one generator core and one dense core for the same layer slice.

Both cores are built for the same tile (a TrueNorth-sized slice: at most 256 neurons and
256 axons) of one layer, converted to RTLIL and synthesised (no place and route) by
YoWASP yosys for iCE40 (``synth_ice40``) and ECP5 (``synth_ecp5``).
"""

import tempfile
from pathlib import Path

from boards import TARGETS
from codegen.fpga import synth_stats
from hw.dense_core import DenseCore
from hw.generator_core import GeneratorCore
from model.network import Network
from model.truenorth import plan_tiles
from toepcore import cli
from toepcore.errors import UsageError
from toepcore.ir.geometry import fit_lanes

from . import options


def build_cores(network, layer_name=None, lanes=8, tile_index=0):
    layer = conv_layer(network, layer_name)
    apa = layer.family_spec.axons_per_input(layer.weight_bits, binary_crossbar=True)
    tiles = plan_tiles(layer, 256, 256, apa)
    tile = tiles[tile_index % len(tiles)]
    lanes = fit_lanes(lanes, tile.f1 - tile.f0)
    # both cores update every lane group of every visit: the comparison is of their memories
    return layer, tile, GeneratorCore(layer, tile, lanes=lanes, skip_zeros=False), DenseCore(layer, tile, lanes=lanes)


def conv_layer(network, layer_name=None):
    """The conv layer named ``layer_name`` (default: the first) of a network file."""
    layers = Network.load(network).conv_layers
    layer = next((l for l in layers if l.name == layer_name), None) if layer_name else layers[0]
    if layer is None:
        raise UsageError(f"{network}: no conv layer named {layer_name!r}; "
                         f"layers: {', '.join(l.name for l in layers)}")
    return layer


def run_independent(network, layer_name, depth):
    """yosys ``synth_ecp5`` statistics of a whole layer on an
    :class:`hw.lane_core.IndependentLaneCore`."""
    from hw.lane_core import IndependentLaneCore
    layer = conv_layer(network, layer_name)
    core = IndependentLaneCore(layer, depth=depth)
    with tempfile.TemporaryDirectory(prefix="toepcore-synth-") as tmp:
        with cli.stage(f"yosys: independent lanes, {layer.name}, ecp5",
                       key=f"yosys lane core {Path(network).name} {layer.name} {depth}"):
            st = synth_stats(core, TARGETS["ecp5"], Path(tmp))
    F, Ho, Wo = layer.out_shape
    row = {"core": "independent lanes", "family": layer.family, "lanes": F, "queue": depth,
           "positions": Ho * Wo, **{f"ecp5_{k}": v for k, v in st.items()},
           "ecp5_LUT_per_lane": round(st["LUT"] / F)}
    return (f"layer {layer.name!r} ({layer.family}, {F} filters, {Ho}x{Wo} outputs) on a core of independent "
            f"lanes; yosys synth_ecp5 (no place and route)"), [row]


HELP = ("yosys statistics of a generator core and a dense core for the same layer slice (iCE40 and ECP5), side by side")


def add_arguments(p):
    options.common(p, "deployed network (default: the shipped default network)")
    p.add_argument("--layer", help="conv layer name (default: the first)")
    p.add_argument("--lanes", type=cli.int_range(1, 64), default=8, metavar="N",
                   help="neuron updates per cycle (1-64; default 8)")
    p.add_argument("--independent", action="store_true",
                   help="instead, the whole layer on a core of independent lanes (hw/lane_core.py: a lane per "
                        "filter, its own spike queue and potentials), ECP5 only; about 3 minutes for 128 lanes")
    p.add_argument("--depth", type=cli.int_range(2, 256), default=16, metavar="Q",
                   help="with --independent: spikes each lane's queue holds (2-256; default 16)")


def run(args):
    from model import DEFAULT_NETWORK
    if args.independent:
        return run_independent(args.network or DEFAULT_NETWORK, args.layer, args.depth)
    layer, tile, gen, dense = build_cores(args.network or DEFAULT_NETWORK, args.layer, args.lanes)
    rows = []
    with tempfile.TemporaryDirectory(prefix="toepcore-synth-") as tmp:
        for name, core in (("generator", gen), ("dense", dense)):
            row = {"core": name, "family": layer.family, "neurons": core.geo.neurons, "lanes": core.lanes,
                   "weight_bits": sum(core.weight_memory_bits().values())}
            for fam in ("ice40", "ecp5"):
                with cli.stage(f"yosys: {name} core, {fam}", key=f"yosys core {name} {fam} {layer.name} {core.lanes}"):
                    st = synth_stats(core, TARGETS[fam], Path(tmp) / f"{name}-{fam}")
                row.update({f"{fam}_{k}": v for k, v in st.items()})
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
