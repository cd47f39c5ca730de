"""The schedule of a plan: its physical cores (lanes, potential pools, generator-store
shares) and its steps (which cores run which tile, which producer segments each reads,
which steps route while their predecessor is collected)."""

from dataclasses import replace

from toepcore.ir.geometry import fit_lanes, lane_groups
from toepcore.ir.plan import CorePlan, StepPlan

__all__ = ["schedule", "pipeline_steps", "assign_pools"]


def schedule(network, layers, lanes, parallel, skip_zeros=True, gen_store=False, pad=False, pipeline=False,
              spram=False):
    if gen_store and (parallel or skip_zeros):
        raise ValueError("cores sharing a generator store take turns and update every lane group")
    cores, steps = [], []
    base = 0
    for lp in layers:
        first = len(cores)
        for j, block in enumerate(lp.blocks):
            # the largest lane count dividing the filters, or (``pad``: one shared core) the
            # plan's, padding the last group
            L = lanes if pad else fit_lanes(lanes, block[1] - block[0])
            words = lane_groups(block[1] - block[0], L) * lp.ty * lp.tx
            cores.append(CorePlan(len(cores), lp.index, block, L, j if parallel else 0, words,
                                  L * lp.layer.membrane_bits, skip_zeros, base if gen_store else -1))
            base += lp.geometry(block).taps * lane_groups(block[1] - block[0], L)
        ids = list(range(first, len(cores)))
        for tile in lp.tiles:
            for group in ([ids] if parallel else [[k] for k in ids]):
                steps.append((lp.index, tile, tuple(group)))
    H = network.input_shape[1]
    out = []
    for si, (li, tile, group) in enumerate(steps):
        lp = layers[li]
        geo = lp.geometry(cores[group[0]].block, tile)
        r0, r1 = geo.oy, geo.oy + geo.ph - 1          # input rows of the patch
        if li == 0:
            lo, hi = max(r0, 0), min(r1, H - 1)
            empty = lo > hi
            scan_lo, scan_hi = lo - 1, hi
        else:
            prev = [(sj, s) for sj, s in enumerate(steps) if s[0] == li - 1]
            plp = layers[li - 1]
            need = []
            for sj, (_, (y0, x0), pgroup) in prev:
                fs = [cores[k].block for k in pgroup]
                rows = (y0, min(y0 + plp.ty, plp.layer.out_shape[1]) - 1)
                cols = (x0, min(x0 + plp.tx, plp.layer.out_shape[2]) - 1)
                chans = (min(f for f, _ in fs), max(f for _, f in fs) - 1)
                if (rows[0] <= r1 and rows[1] >= r0 and cols[0] <= geo.ox + geo.pw - 1 and cols[1] >= geo.ox
                        and chans[0] <= geo.c0 + geo.cg - 1 and chans[1] >= geo.c0):
                    need.append(H + sj)
            empty = not need
            first = H + prev[0][0]
            scan_lo, scan_hi = (min(need) - 1, max(need)) if need else (first - 1, first - 1)
            if scan_lo == first - 1:
                scan_lo = -1
        out.append(StepPlan(si, li, tile, group, H + si, scan_lo, scan_hi, empty))
    if pipeline == "full" and not pad and not gen_store:
        out = pipeline_steps(out, cores, spram)
    if not pad:
        cores = assign_pools(cores, out)
    if pipeline == "free" and not pad and not gen_store:
        # only where the pools already keep the two steps apart: no memory added
        out = pipeline_steps(out, cores, spram, pools=True)
    return cores, out


def pipeline_steps(steps, cores, spram=False, pools=False):
    """Mark the steps whose routing may overlap the previous step's collection: their
    cores are not the previous step's (a core cannot integrate and fire at once). A step
    of the next layer reads the list the previous step writes, which takes a list with a
    read port of its own (block RAM; not ``spram``, whose lists have one port); where its
    range ends with that step's own segment, it chases the writer (``chase``). Pools are
    then assigned with the two steps' cores apart (:func:`_assign_pools`), or, with
    ``pools``, a step is pipelined only where the cores' pools already differ."""
    out = [steps[0]]
    for prev, st in zip(steps, steps[1:]):
        ok = not set(st.cores) & set(prev.cores) and not (spram and st.layer != prev.layer)
        if pools:
            ok = ok and not {cores[k].pool for k in st.cores} & {cores[k].pool for k in prev.cores}
        chase = ok and st.layer == prev.layer + 1 and not st.empty and st.scan_hi == prev.segment
        out.append(replace(st, pipelined=ok, chase=chase))
    return out


def assign_pools(cores, steps):
    """Give each core a potential pool, the fewest bits in all: cores of one step need
    pools of their own (they run together); otherwise a core joins the pool its words and
    width enlarge least, or opens one where that costs fewer bits (a deep, narrow layer
    and a shallow, wide one kept apart)."""
    together = {k: set() for k in range(len(cores))}
    for i, st in enumerate(steps):
        # a pipelined step also runs alongside its predecessor's cores
        run = set(st.cores) | (set(steps[i - 1].cores) if st.pipelined else set())
        for k in run:
            together[k] |= run - {k}
    pools, members, assigned = [], [], {}
    for c in sorted(cores, key=lambda c: -c.words * c.width):
        best = (c.words * c.width, len(pools))      # a pool of its own
        for j, (d, w) in enumerate(pools):
            if together[c.index] & members[j]:
                continue
            grow = max(d, c.words) * max(w, c.width) - d * w
            if grow <= best[0]:
                best = (grow, j)
        j = best[1]
        if j == len(pools):
            pools.append((c.words, c.width))
            members.append(set())
        pools[j] = (max(pools[j][0], c.words), max(pools[j][1], c.width))
        members[j].add(c.index)
        assigned[c.index] = j
    return [replace(c, pool=assigned[c.index]) for c in cores]
