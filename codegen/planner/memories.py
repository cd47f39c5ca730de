"""Every memory of a planned array: its shape, what it holds and where it sits (logic,
block RAM or SPRAM), and the block RAMs and SPRAMs that takes on the board's target."""

from model.families import family_of
from toepcore.ir.bits import bits_for
from toepcore.ir.memory import ROM_WORDS, spram_blocks

__all__ = ["memories", "memory_bits", "memory_ratio", "bits_by_place", "blocks", "weight_memory_bits",
           "LOGIC_DEPTH", "LOGIC_BITS"]

# yosys keeps memories of at most this many words and bits in logic (flip-flops, LUT
# RAM) rather than block RAM: the rule reproduces the iCE40 builds' EBR counts.
LOGIC_DEPTH, LOGIC_BITS = 64, 4096


def _small(groups):
    """Where a table of ``groups`` lane groups sits: a ROM in logic up to
    :data:`toepcore.ir.memory.ROM_WORDS`, else block RAM (``hw/neurons.py``,
    ``hw/generator_core.py``)."""
    return "logic" if groups <= ROM_WORDS else "bram"


def memories(plan):
    """Every memory of the array, as dicts: ``name``, ``kind`` (``weights``,
    ``potentials``, ``spikes`` or ``other``), ``depth`` and ``width`` (words and bits per
    word), ``bits`` and ``place`` (``logic``, ``bram`` or ``spram``)."""
    out = []

    def add(name, kind, depth, width, place):
        if place == "bram" and depth <= LOGIC_DEPTH and depth * width <= LOGIC_BITS:
            place = "logic"
        out.append({"name": name, "kind": kind, "depth": depth, "width": width, "bits": depth * width,
                    "place": place})
    if plan.shared:
        _shared_memories(plan, add)
    for core in ([] if plan.shared else plan.cores):
        layer = plan.layer_of(core)
        geo = plan.core_geometry(core)
        # the core's weight memories (model/families.py): generators in block RAM (or the
        # shared store, added below), tables by depth, type and permutation tables in logic
        places = {"generators": "bram", "tables": _small(core.groups)}
        for name, (depth, width) in layer.family_spec.memory_shapes(layer, geo, core.lanes).items():
            if name == "generators" and plan.gen_store:
                continue
            add(f"core{core.index}.{name}", "weights", depth, width, places.get(name, "logic"))
        # feed-forward neurons store threshold less bias, one bit wider (hw/neurons.py)
        add(f"core{core.index}.thresholds", "other", core.groups, core.lanes * (layer.membrane_bits + 1),
            _small(core.groups))
    if plan.gen_store:
        add("generators", "weights", *plan.gen_store_words, "spram")
    for j, (words, width) in enumerate(plan.pools):
        add(f"potentials{j}", "potentials", words, width, "bram")
    ew = plan.event_width
    for i in range(2):   # the events, then the segment-end table of the segments they hold
        add(f"events{i}", "spikes", plan.event_depths[i] + plan.segments, ew, "spram" if plan.spram else "bram")
    net = plan.network
    add("population", "other", len(net.population), bits_for(net.n_classes + 1), "bram")
    return out


def _shared_memories(plan, add):
    # the shared core's tables: every configuration's, one after another
    # (hw/shared_core.py, hw/neurons.py)
    L = plan.cores[0].lanes
    G = sum(c.groups for c in plan.cores)
    B = max(plan.layer_of(c).membrane_bits for c in plan.cores)
    family = family_of(plan.layers[0].layer)
    tables = {}
    for c in plan.cores:
        for name, (depth, width) in family.memory_shapes(plan.layer_of(c), plan.core_geometry(c), L).items():
            if name != "generators":   # the store's
                d, w = tables.get(name, (0, 0))
                tables[name] = (d + depth, max(w, width))
    places = {"tables": _small(G)}
    for name, (depth, width) in tables.items():
        add(f"core0.{name}", "weights", depth, width, places.get(name, "logic"))
    add("core0.thresholds", "other", G, L * (B + 1), _small(G))


def memory_bits(plan):
    """On-chip bits by kind (``weights``, ``potentials``, ``spikes``, ``other``) and
    ``total``."""
    kinds = {"weights": 0, "potentials": 0, "spikes": 0, "other": 0}
    for mem in memories(plan):
        kinds[mem["kind"]] += mem["bits"]
    kinds["total"] = sum(kinds.values())
    return kinds


def memory_ratio(plan):
    """On-chip bits of every kind over the weight bits."""
    mb = memory_bits(plan)
    return mb["total"] / max(mb["weights"], 1)


def bits_by_place(plan):
    places = {"logic": 0, "bram": 0, "spram": 0}
    for mem in memories(plan):
        places[mem["place"]] += mem["bits"]
    return places


def blocks(plan):
    """Block RAMs and SPRAMs the memories placed there take on the board's target, each
    memory in its cheapest aspect ratio (:meth:`boards.target.FpgaTarget.bram_blocks`);
    None for a target without block RAM (the simulator)."""
    target = plan.board.target
    if not target.bram_shapes:
        return {"BRAM": None, "SPRAM": None}
    mems = memories(plan)
    bram = sum(target.bram_blocks(m["depth"], m["width"]) for m in mems if m["place"] == "bram")
    spram = sum(spram_blocks(m["depth"], m["width"]) for m in mems if m["place"] == "spram")
    return {"BRAM": bram, "SPRAM": spram}


def weight_memory_bits(plan):
    """Bits of every weight memory the generator cores instantiate (what
    :meth:`hw.array.CoreArray.weight_memory_bits` reports)."""
    return memory_bits(plan)["weights"]
