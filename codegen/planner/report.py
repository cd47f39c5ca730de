"""The human-readable mapping report of a plan, its per-layer rows, totals and summary."""

from model.truenorth import dense_core_bits

from .costs import lut_estimate
from .memories import bits_by_place, blocks, memories, memory_bits

__all__ = ["layer_rows", "totals", "report", "summary"]


def layer_rows(plan):
    """Per layer: its logical (TrueNorth-sized) cores and what they would hold, its
    physical cores and lanes, and its generator bits against a dense crossbar's."""
    rows = []
    for lp, tn in zip(plan.layers, (plan.truenorth_layers or plan.layers)):
        l = lp.layer
        (kh, kw), (sy, sx) = l.kernel, l.stride
        # the logical (TrueNorth-sized) core's neurons and axons
        ph, pw = (tn.ty - 1) * sy + kh, (tn.tx - 1) * sx + kw
        apa = l.family_spec.axons_per_input(l.weight_bits, binary_crossbar=True)
        tf = tn.blocks[0][1] - tn.blocks[0][0]
        neurons, axons = tf * tn.ty * tn.tx, l.group_in * ph * pw
        f = lp.blocks[0][1] - lp.blocks[0][0]
        cores = [c for c in plan.cores if c.layer == lp.index]
        names = {f"core{c.index}.{n}" for c in cores for n in ("generators", "tables", "base_types")}
        gen = sum(mem["bits"] for mem in memories(plan) if mem["name"] in names)
        if plan.shared:   # the layer's rows of the shared core's tables
            gen = 0
            for c in cores:
                bits = l.family_spec.memory_bits(l, plan.core_geometry(c))
                gen += bits.get("tables", 0) + bits.get("base_types", 0)
        if plan.gen_store:   # the layer's share of the store
            gen += sum(plan.core_geometry(c).taps * c.groups * plan.group_bits(c)
                       for c in cores)
        # A TrueNorth-style chip stores a crossbar per logical core.
        dense = sum(dense_core_bits(axons * apa, (f1 - f0) * tn.ty * tn.tx) for f0, f1 in tn.blocks) * len(tn.tiles)
        rows.append({"layer": l.name, "family": l.family, "logical_cores": tn.logical_cores,
                     "physical_cores": 0 if plan.shared else len(cores), "lanes": "/".join(sorted({str(c.lanes) for c in cores})),
                     "tile": f"{f}x{lp.ty}x{lp.tx}", "neurons_per_core": neurons, "axons_per_core": axons * apa,
                     "generator_bits": gen, "dense_crossbar_bits": dense})
    return rows


def totals(plan):
    """Logical and physical cores, generator and dense crossbar bits of the whole array."""
    rows = layer_rows(plan)
    out = {k: sum(r[k] for r in rows) for k in ("logical_cores", "physical_cores", "generator_bits",
                                                "dense_crossbar_bits")}
    out["physical_cores"] = plan.physical_cores
    return out


def report(plan):
    """The human-readable mapping report."""
    rows = layer_rows(plan)
    cols = list(rows[0])
    fmt = lambda v: f"{v:,}" if isinstance(v, int) else str(v)
    width = {c: max(len(c), *(len(fmt(r[c])) for r in rows)) for c in cols}
    lines = [f"network profile {plan.network.profile!r}: logical cores of at most {plan.max_neurons} neurons "
             f"and {plan.max_axons} axons; one physical core per filter block runs its tiles in turn; "
             + ("a layer's blocks work in parallel" if plan.parallel
                else "a layer's blocks take turns and share a potential memory")
             + ("; cores skip all-zero lane groups" if plan.cores[0].skip_zeros else
                "; cores update every lane group")
             + ("; the generators share one SPRAM store, loaded at start-up" if plan.gen_store else "")
             + ("; one physical core runs them all, its geometry from a table per block" if plan.shared else "")
             + (f"; {plan.pipelined} of {len(plan.steps)} steps route while the previous step's spikes are "
                f"collected ({sum(st.chase for st in plan.steps)} reading them as they are stored)"
                if plan.pipelined else "")
             + plan.why,
             "  ".join(c.rjust(width[c]) for c in cols)]
    lines += ["  ".join(fmt(r[c]).rjust(width[c]) for c in cols) for r in rows]
    t = totals(plan)
    lines.append(f"total: {t['logical_cores']} logical cores on {t['physical_cores']} physical cores in "
                 f"{len(plan.steps)} steps; {t['generator_bits']:,} generator bits vs "
                 f"{t['dense_crossbar_bits']:,} dense crossbar bits "
                 f"({t['dense_crossbar_bits'] / max(t['generator_bits'], 1):.1f}x)")
    mb, place = memory_bits(plan), bits_by_place(plan)
    lines.append("on-chip memory bits: " + ", ".join(f"{k} {v:,}" for k, v in mb.items())
                 + f" ({mb['total'] / max(mb['weights'], 1):.2f}x the weights); by place: "
                 + ", ".join(f"{k} {v:,}" for k, v in place.items()))
    if plan.candidates:
        lines.append("planner candidates (tiles for the fewest logical or physical cores, physical cores, lanes, "
                     "blocks, zero skip: estimated LUT4, block RAMs, SPRAMs, cycles/image):")
        for c in plan.candidates:
            lines.append(f"  {c['tiling']:>6} {c['cores']:>3} cores, {c['lanes']:>2} lanes, "
                         f"{'parallel' if c['parallel'] else 'turns   '}, "
                         f"{'skip   ' if c['skip_zeros'] else 'no skip'}"
                         f"{', generators in SPRAM' if c.get('gen_store') else ''}"
                         f"{', one shared core' if c.get('shared') else ''}"
                         + (f", {c['pipelined']} step(s) pipelined"
                            + (" (pools kept apart)" if c.get("pipeline") == "full" else "")
                            if c.get("pipelined") else "") + ": "
                         + (f"{c['luts']:,} LUT4, {c['bram']} BRAM, {c['spram']} SPRAM, " if c["luts"] is not None else "")
                         + (f"{c['cycles']:,.0f} cycles" if c["cycles"] is not None else "-")
                         + ("" if c["fits"] else f"  (does not fit: {c['why']})")
                         + ("  <- chosen" if c.get("chosen") else ""))
    return "\n".join(lines)


def summary(plan):
    """The plan in brief, as JSON-ready values (``report.json``, ``bench design``)."""
    return {"tiling": plan.tiling, "parallel": plan.parallel, "lanes": plan.lanes,
            "skip_zeros": plan.cores[0].skip_zeros, "gen_store": plan.gen_store, "shared": plan.shared,
            "physical_cores": plan.physical_cores,
            "logical_cores": plan.logical_cores, "steps": len(plan.steps),
            "core_lanes": [c.lanes for c in plan.cores], "memory_bits": memory_bits(plan),
            "bits_by_place": bits_by_place(plan), "blocks": blocks(plan), "lut_estimate": lut_estimate(plan)}
