"""The plan IR: the records the planner writes and the hardware reads, on the lowest floor.

* :mod:`toepcore.ir.bits`: bit widths and lane packing;
* :mod:`toepcore.ir.geometry`: tiles, their geometry and address maps, lane groups;
* :mod:`toepcore.ir.memory`: which tables are logic, and the generator store's SPRAM packing;
* :mod:`toepcore.ir.plan`: :class:`ArrayPlan` and its layer, core and step records.

Floors, lowest first: :mod:`toepcore` (this IR, the host protocol, errors), :mod:`model`
(the deployed network, its layer families, the reference model), :mod:`hw` (Amaranth
components, built from a plan), :mod:`boards` (boards and FPGA targets), :mod:`codegen`
(the planner and the build, run and prove flows), :mod:`bench`. A module imports only
from its own floor or below (``tests/test_contract.py``).
"""

from .bits import bits_for, pack_lanes
from .geometry import Tile, TileGeometry, fit_lanes, lane_groups, overlaps_accept, reaching_taps, tile_lanes
from .memory import ROM_WORDS, SPRAM_DEPTH, SPRAM_WIDTH, pack_store, spram_blocks, store_packing
from .plan import TILINGS, ArrayPlan, CorePlan, LayerPlan, StepPlan

__all__ = ["ROM_WORDS", "SPRAM_DEPTH", "SPRAM_WIDTH", "TILINGS", "ArrayPlan", "CorePlan", "LayerPlan", "StepPlan",
           "Tile", "TileGeometry", "bits_for", "fit_lanes", "lane_groups", "overlaps_accept", "pack_lanes",
           "pack_store", "reaching_taps", "spram_blocks", "store_packing", "tile_lanes"]
