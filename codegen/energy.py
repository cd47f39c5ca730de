"""An estimate of the energy one image costs, from the array's own counters: what the
events would cost in a 45 nm ASIC built the same way, so that runs, networks and plans can
be compared. It is not a measurement of the FPGA's power (which static power and routing
dominate), and ``report.json`` labels it as an estimate.

Per-event energies, all from M. Horowitz, "Computing's energy problem (and what we can do
about it)", ISSCC 2014, table of 45 nm / 0.9 V figures:

* a 32-bit integer add, 0.1 pJ: one neuron update (membranes are at most 32 bits);
* a 64-bit read from an 8 kB SRAM, 10 pJ: one access to any of the array's memories, per
  64 bits of the word (a wider word counts once per 64 bits). Writes are counted at the
  read's cost (the paper gives one SRAM figure).

Beside it, for scale: TrueNorth's 26 pJ per synaptic event (P. A. Merolla et al., "A
million spiking-neuron integrated circuit with a scalable communication network and
interface", Science 345(6197), 2014), times the reference model's synaptic operations.

What is counted per image (the result record's counters, and the plan's word widths):

* ``updates`` neuron updates (adds);
* ``weight_reads`` update cycles, each reading one generator word (the plan's widest core's
  group bits) and reading and writing one potential word (the widest potential pool);
* event-list writes (``input_spikes + spikes``) and reads (``axon_events``), one event word
  each.
"""

import math

from . import planner

__all__ = ["ADD_PJ", "SRAM_64BIT_PJ", "TRUENORTH_SYNAPTIC_EVENT_PJ", "SOURCES", "energy_estimate"]

ADD_PJ = 0.1                         # 32-bit integer add, 45 nm (Horowitz 2014)
SRAM_64BIT_PJ = 10.0                 # 64-bit access to an 8 kB SRAM, 45 nm (Horowitz 2014)
TRUENORTH_SYNAPTIC_EVENT_PJ = 26.0   # TrueNorth, per synaptic event (Merolla et al. 2014)
SOURCES = {
    "add_pj": "M. Horowitz, Computing's energy problem (and what we can do about it), ISSCC 2014: "
              "32-bit integer add, 45 nm",
    "sram_64bit_pj": "M. Horowitz, ISSCC 2014: 64-bit read from an 8 kB SRAM, 45 nm (writes counted alike)",
    "truenorth_pj_per_synaptic_event": "P. A. Merolla et al., A million spiking-neuron integrated circuit "
                                       "with a scalable communication network and interface, Science 345, 2014",
}


def _units(bits):
    """64-bit SRAM accesses a word of ``bits`` bits costs."""
    return max(1, math.ceil(bits / 64))


def energy_estimate(results, plan, synaptic_ops=None):
    """Mean estimated energy per image (nJ) of ``results`` (result dicts with the counters)
    on ``plan`` (:class:`toepcore.ir.plan.ArrayPlan`), by part, with the per-event energies and
    their sources; ``synaptic_ops`` (the reference model's mean per image) adds the
    TrueNorth figure for scale."""
    n = max(1, len(results))
    mean = lambda k: sum(r[k] for r in results) / n
    mems = planner.memories(plan)
    width = {m["name"]: m["width"] for m in mems}
    # a core reads one lane group of its generator word per update cycle
    group_bits = (max(plan.group_bits(c) for c in plan.cores) if getattr(plan, "gen_store", False) else
                  max(width[f"core{c.index}.generators"] // max(1, (c.block[1] - c.block[0]) // c.lanes)
                      for c in plan.cores))
    pot = max((m["width"] for m in mems if m["kind"] == "potentials"), default=0)
    event = max((m["width"] for m in mems if m["kind"] == "spikes"), default=0)
    cycles = mean("weight_reads")
    parts_pj = {
        "neuron_updates": mean("updates") * ADD_PJ,
        "weight_reads": cycles * _units(group_bits) * SRAM_64BIT_PJ,
        "potential_reads_and_writes": 2 * cycles * _units(pot) * SRAM_64BIT_PJ,
        "event_list_writes": (mean("input_spikes") + mean("spikes")) * _units(event) * SRAM_64BIT_PJ,
        "event_list_reads": mean("axon_events") * _units(event) * SRAM_64BIT_PJ,
    }
    out = {"estimate": True,
           "what": "45 nm ASIC energy of the array's counted events per image, for comparing runs; not the "
                   "FPGA's power",
           "nanojoules_per_image": round(sum(parts_pj.values()) / 1000, 3),
           "by_part_nanojoules": {k: round(v / 1000, 3) for k, v in parts_pj.items()},
           "per_event_picojoules": {"add": ADD_PJ, "sram_64bit_access": SRAM_64BIT_PJ},
           "word_bits": {"generator_group": group_bits, "potential": pot, "event": event},
           "sources": SOURCES}
    if synaptic_ops is not None:
        out["truenorth_nanojoules_per_image"] = round(synaptic_ops * TRUENORTH_SYNAPTIC_EVENT_PJ / 1000, 3)
    return out
