"""Expected cycles per image of a planned array, from reference-model spike maps: the
figure the planner's search minimises. A timeline of the router's and the collector's
phases, step by step; ``tests/codegen/test_planner.py`` holds it within 5% of the RTL per image."""

import numpy as np

from hw.encoder import SpikeEncoder
from hw.neurons import Neurons
from toepcore.ir.geometry import lane_groups, overlaps_accept

__all__ = ["expected_cycles", "cycles_per_image", "cycles_by_layer"]


def expected_cycles(plan, stats):
    """Expected cycles per image from reference-model spike maps (``stats`` from
    :func:`codegen.planner.statistics.spike_statistics`): per step, the router's reads
    (one per event of its segment range) and per event the slowest core that takes it (one cycle to accept
    plus, per covered position, one per non-zero lane group, at least one), then the
    threshold passes (one per potential word) and one cycle per stored spike (two in
    the voting layer)."""
    return float(np.mean(cycles_per_image(plan, stats)))


def cycles_per_image(plan, stats):
    """Expected cycles of each image of ``stats`` (:func:`expected_cycles` is their mean)."""
    return [sum(_cycles_one(plan, stats, i).values()) for i in range(stats["images"])]


def cycles_by_layer(plan, stats):
    """Expected cycles per image split by where they go: ``encoder`` and each layer's
    name (its steps: routing, updates, threshold passes, spikes)."""
    parts = [_cycles_one(plan, stats, i) for i in range(stats["images"])]
    return {k: float(np.mean([p[k] for p in parts])) for k in parts[0]}


def _cycles_one(plan, stats, n):
    # the encoder: max(1, spikes) cycles per pixel, one per row (hw.encoder.SpikeEncoder.frame_cycles)
    c_img, h, w = plan.network.input_shape
    planes = plan.network.encoder.planes
    parts = {"encoder": SpikeEncoder.frame_cycles(stats["inputs"][0][n].reshape(c_img, planes, h, w).sum(axis=1))}
    parts.update({lp.layer.name: 0 for lp in plan.layers})
    ev_in = stats["inputs"]
    # a timeline of the two phases: the router's (segment lookup, reads, updates) and
    # the collector's (threshold pass, spikes, the cores' end markers, the drain); a
    # pipelined step routes while its predecessor is collected
    closed = collecting = 0
    for step in plan.steps:
        lp = plan.layers[step.layer]
        x = ev_in[step.layer][n]
        works = []
        for k in step.cores:
            core = plan.cores[k]
            geo = lp.geometry(core.block, step.tile)
            works.append(_core_work(stats, step.layer, core, geo, x))
        # events the router reads: those in its producer segments
        scanned = stats["segment_events"](plan, step, n)
        per_event = np.max(np.stack(works), axis=0) if works else 0
        route = 3 + scanned + int(np.sum(np.maximum(per_event - 1, 0)))
        words = max(plan.cores[k].words for k in step.cores)
        out = stats["outputs"][step.layer][n]
        spikes = 0
        for k in step.cores:
            geo = lp.geometry(plan.cores[k].block, step.tile)
            spikes += int(out[geo.f0:geo.f0 + geo.f, geo.y0:geo.y0 + geo.ty, geo.x0:geo.x0 + geo.tx].sum())
        voting = step.layer == len(plan.layers) - 1
        # the cores' threshold passes (hw.neurons.Neurons.pass_cycles, the widest core's words
        # and every spike), the voter's extra cycle per vote, the collector's two per core
        # (its end marker, the switch to the next) and two to start and drain
        collect = Neurons.pass_cycles(words, spikes) + (spikes if voting else 0) + 2 * len(step.cores) + 2
        start = collecting if step.pipelined else closed
        # a chasing router ends only once the segment it reads is closed
        routed = max(start + route, closed if step.chase else 0)
        collecting = max(routed, closed)          # this step's collector starts
        end = collecting + collect
        parts[lp.layer.name] += end - closed
        closed = end
    return parts


def _core_work(stats, li, core, geo, x):
    """The core's cycles (accept and visits) for every input event of ``x`` (the layer's
    input map, one image), in the order of ``x``'s spikes; 0 for events outside its patch."""
    # the geometry itself (tile size and origin): plans with other tilings share the cache
    overlap = overlaps_accept(core.skip_zeros, core.gen_base >= 0)
    key = (li, core.block, core.lanes, core.skip_zeros, overlap, geo)
    cache = stats["cache"]
    if key not in cache:
        cache[key] = _visit_table(stats["network"].layers[li], geo, core.lanes, core.skip_zeros, overlap)
    return cache[key][x.astype(bool)]


def _visit_table(layer, geo, lanes, skip_zeros=True, overlap=False):
    """Cycles a generator core spends on an input spike at every layer-input position:
    1 to accept (2 with ``skip_zeros``: the first word's fetch; 0 with ``overlap``, a core
    that takes the next spike in its last update's cycle), then per covered tile
    position max(1, non-zero lane groups of the tap) (every lane group without
    ``skip_zeros``)."""
    C, H, W = layer.in_shape
    k = layer.family_spec.nonzero(layer)
    k = np.asarray(k)[geo.f0:geo.f0 + geo.f]               # (F, Cg, kh, kw)
    groups = lane_groups(geo.f, lanes)
    k = np.concatenate([k, np.zeros((groups * lanes - geo.f,) + k.shape[1:], k.dtype)])   # padded filters
    nz = (k.reshape(groups, lanes, *k.shape[1:]) != 0).any(axis=1).sum(axis=0)   # (Cg, kh, kw)
    if not skip_zeros:
        nz = np.full_like(nz, groups)
    out = np.zeros((C, H, W), np.int64)
    for Y in range(geo.ph):
        y = geo.oy + Y
        if not 0 <= y < H:
            continue
        ylo, yhi = geo.covered(Y, geo.sy, geo.kh, geo.ty)
        for X in range(geo.pw):
            xx = geo.ox + X
            if not 0 <= xx < W:
                continue
            xlo, xhi = geo.covered(X, geo.sx, geo.kw, geo.tx)
            if ylo > yhi or xlo > xhi:
                continue
            cyc = np.full(geo.cg, 2 if skip_zeros else 0 if overlap else 1, np.int64)   # accept (and fetch)
            for py in range(ylo, yhi + 1):
                for px in range(xlo, xhi + 1):
                    cyc += np.maximum(nz[:, Y - py * geo.sy, X - px * geo.sx], 1)
            out[geo.c0:geo.c0 + geo.cg, y, xx] = cyc
    return out
