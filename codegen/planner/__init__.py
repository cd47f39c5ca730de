"""The planner: decides the :class:`toepcore.ir.plan.ArrayPlan` a network and a board get,
and describes it. Pure Python and numpy (no Amaranth, no torch).

* :mod:`~codegen.planner.search`: :func:`plan_array`, the search over lanes,
  parallelism, zero skip, generator store, shared core, pipelining and tilings;
* :mod:`~codegen.planner.layers` and :mod:`~codegen.planner.schedule`: how one
  candidate cuts the layers and schedules the cores and steps;
* :mod:`~codegen.planner.memories` and :mod:`~codegen.planner.costs`: every memory and
  its place, block RAMs and SPRAMs on the board's target, the LUT estimate;
* :mod:`~codegen.planner.cycles` and :mod:`~codegen.planner.statistics`: the expected
  cycles per image from the user's sample images' spike maps;
* :mod:`~codegen.planner.report`: the mapping report and the plan's summary.

:class:`hw.array.CoreArray` builds exactly what the plan says.
"""

from .costs import lut_estimate
from .cycles import cycles_by_layer, expected_cycles
from .memories import bits_by_place, blocks, memories, memory_bits, memory_ratio, weight_memory_bits
from .report import layer_rows, report, summary, totals
from .search import LANE_CHOICES, MEMORY_TARGET, Config, MappingError, plan_array
from .statistics import sample_statistics, spike_statistics

__all__ = ["plan_array", "MappingError", "Config", "LANE_CHOICES", "MEMORY_TARGET", "spike_statistics", "sample_statistics",
           "memories", "memory_bits", "memory_ratio", "bits_by_place", "blocks", "weight_memory_bits",
           "lut_estimate", "expected_cycles", "cycles_by_layer", "layer_rows", "totals", "report", "summary"]
