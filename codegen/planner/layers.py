"""How each layer is cut into tiles and blocks: as a TrueNorth chip would (the fewest
logical cores), into the fewest physical cores, or into whole maps
(:data:`toepcore.ir.plan.TILINGS`)."""

import math

from model.truenorth import _patch_axons, plan_tiles
from toepcore.ir.plan import LayerPlan

__all__ = ["layer_plans"]


def _fewest_blocks(layer, max_axons, max_neurons):
    """``(f, ty, tx)``: the tile with the fewest filter blocks (physical cores), then the
    fewest spatial tiles, within the core limits."""
    fg = layer.out_channels // layer.groups
    _, ho, wo = layer.out_shape
    max_axons = max(max_axons, layer.fan_in)
    best = None
    for f in range(min(fg, max_neurons), 0, -1):
        blocks = math.ceil(fg / f)
        if best is not None and blocks > best[0][0]:
            break
        for ty in range(1, ho + 1):
            tx = min(wo, max_neurons // (f * ty))
            while tx >= 1 and _patch_axons(layer, ty, tx, 1) > max_axons:
                tx -= 1
            if tx < 1:
                break
            key = (blocks, math.ceil(ho / ty) * math.ceil(wo / tx), -f * ty * tx)
            if best is None or key < best[0]:
                best = (key, f, ty, tx)
    return best[1:]


def layer_plans(network, max_neurons, max_axons, tiling="cores"):
    """Cut every layer: ``tiling="cores"``, the fewest logical cores
    (:func:`model.truenorth.plan_tiles`, as a TrueNorth chip would); ``"blocks"``, the
    fewest physical cores (whole filter groups, more spatial tiles); ``"maps"``, whole
    filter groups over the whole output map, one step per block: a physical core then runs
    all of a layer's logical cores at once, and reads each input event once."""
    plans = []
    for i, layer in enumerate(network.layers):
        if tiling == "maps":
            _, ho, wo = layer.out_shape
            f, ty, tx = layer.out_channels // layer.groups, ho, wo
        elif tiling == "blocks":
            f, ty, tx = _fewest_blocks(layer, max_axons, max_neurons)
        else:
            t = plan_tiles(layer, max_axons, max_neurons, 1)[0]
            f, ty, tx = t.f1 - t.f0, t.y1 - t.y0, t.x1 - t.x0
        fg = layer.out_channels // layer.groups
        blocks = tuple((f0, min(f0 + f, (g + 1) * fg)) for g in range(layer.groups) for f0 in range(g * fg, (g + 1) * fg, f))
        _, ho, wo = layer.out_shape
        tiles = tuple((y0, x0) for y0 in range(0, ho, ty) for x0 in range(0, wo, tx))
        plans.append(LayerPlan(i, layer, blocks, ty, tx, tiles))
    return plans
