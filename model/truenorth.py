"""The dense TrueNorth form of a layer: binary crossbar, axon types, per-neuron tables.

This is the representation a TrueNorth-style core stores (``docs/semantics.md`` section
5). :func:`lay_on_core` builds it for one tile of a conv layer;
:func:`plan_tiles` cuts a layer into tiles that fit a core. An s4 layer laid out here must
produce the same sums as its generator form: that identity is tested.
"""

import math
from dataclasses import dataclass

import numpy as np

from toepcore.ir.geometry import Tile

from . import s4

__all__ = ["Tile", "DenseCore", "lay_on_core", "plan_tiles", "dense_core_bits", "TYPE_BITS", "TABLE_BITS"]

TYPE_BITS = 2    # 4 axon types
TABLE_BITS = 9   # signed weights in [-255, 255]


def dense_core_bits(axons, neurons):
    """Weight-memory bits of a dense core: crossbar + axon types + per-neuron 4-entry tables."""
    return axons * neurons + axons * TYPE_BITS + neurons * 4 * TABLE_BITS


def _patch(layer, tile, clip=True):
    """Input rows and columns a tile's outputs see: the real (unpadded) ones, or with
    ``clip=False`` the whole patch, padding and positions past the map included."""
    (kh, kw), (sy, sx), (py, px) = layer.kernel, layer.stride, layer.padding
    _, h, w = layer.in_shape
    y0, y1 = tile.y0 * sy - py, (tile.y1 - 1) * sy - py + kh
    x0, x1 = tile.x0 * sx - px, (tile.x1 - 1) * sx - px + kw
    if not clip:
        return range(y0, y1), range(x0, x1)
    return range(max(y0, 0), min(y1, h)), range(max(x0, 0), min(x1, w))


def tile_axons(layer, tile, axons_per_input):
    rows, cols = _patch(layer, tile)
    return layer.group_in * len(rows) * len(cols) * axons_per_input


@dataclass
class DenseCore:
    """A tile of a layer in TrueNorth form.

    Attributes
    ----------
    crossbar : ndarray of bool, (A, N)
    axon_types : ndarray of int, (A,), values 0..3
    tables : ndarray of int, (N, 4), signed 9-bit
    axon_inputs : ndarray of int, (A, 3)
        Input neuron (channel, row, col) of the layer that drives each axon.
    neuron_outputs : ndarray of int, (N, 3)
        Output neuron (channel, row, col) of each core neuron.
    """
    crossbar: np.ndarray
    axon_types: np.ndarray
    tables: np.ndarray
    axon_inputs: np.ndarray
    neuron_outputs: np.ndarray

    def weights(self):
        """Effective weights ``w[i][j] = crossbar[i][j] * tables[j][axon_types[i]]``, (A, N)."""
        return self.crossbar * self.tables[:, self.axon_types].T

    def sums(self, layer_spikes):
        """Synaptic sums of every core neuron for input spikes of the whole layer, (B, N)."""
        a = self.axon_inputs
        x = layer_spikes[:, a[:, 0], a[:, 1], a[:, 2]].astype(np.int64)
        return x @ self.weights()

    @property
    def bits(self):
        return dense_core_bits(*self.crossbar.shape)


def lay_on_core(layer, tile, full_patch=False):
    """Build the dense TrueNorth core for ``tile`` of conv ``layer``.

    Its axons are the tile's real inputs, or with ``full_patch`` every position of the
    patch (padding included; those axons never spike), which makes every equally sized
    tile of a layer share one core image.

    ``s4``: one axon per input; axon (c, Y, X) (patch-local) has type
    ``sigma^X tau^Y (g_c)``; neuron at tile-local output (py, px) has table
    ``s o pi^-1`` with ``pi = sigma^(px*sx) tau^(py*sy)``. ``kernel``/``dense`` with
    ``b``-bit weights: ``2 (b - 1)`` axons per input, one per signed power of two
    (types 0, 1 are +1, +2; types 2, 3 are -1, -2), so at most 3-bit weights fit 4 types.
    """
    (kh, kw), (sy, sx), (py, px) = layer.kernel, layer.stride, layer.padding
    fg = layer.out_channels // layer.groups
    grp = tile.f0 // fg
    if tile.f1 > (grp + 1) * fg:
        raise ValueError(f"tile filters [{tile.f0}, {tile.f1}) straddle filter groups of {fg}")
    rows, cols = _patch(layer, tile, clip=not full_patch)
    chans = range(grp * layer.group_in, (grp + 1) * layer.group_in)
    inputs = np.array([(c, y, x) for c in chans for y in rows for x in cols], np.int64).reshape(-1, 3)
    outputs = np.array([(f, oy, ox) for f in range(tile.f0, tile.f1) for oy in range(tile.y0, tile.y1)
                        for ox in range(tile.x0, tile.x1)], np.int64).reshape(-1, 3)
    k = layer.expanded_kernel()
    # Kernel tap of every (input, neuron) pair, or no connection outside the window.
    qy = inputs[:, None, 1] + py - outputs[None, :, 1] * sy
    qx = inputs[:, None, 2] + px - outputs[None, :, 2] * sx
    inside = (qy >= 0) & (qy < kh) & (qx >= 0) & (qx < kw)
    ci = inputs[:, None, 0] - grp * layer.group_in
    w = np.where(inside, k[outputs[None, :, 0], ci, np.clip(qy, 0, kh - 1), np.clip(qx, 0, kw - 1)], 0)

    if layer.family_spec.typed:
        # Patch-local coordinates: the origin is the tile's first window, padding included.
        oy0, ox0 = tile.y0 * sy - py, tile.x0 * sx - px
        types = np.array([s4.compose(s4.power(layer.sigma, x - ox0), s4.power(layer.tau, y - oy0))[int(layer.g[c - grp * layer.group_in])]
                          for c, y, x in inputs], np.int64)
        tables = np.empty((len(outputs), 4), np.int64)
        for j, (f, oy, ox) in enumerate(outputs):
            pi = s4.compose(s4.power(layer.sigma, (ox - tile.x0) * sx), s4.power(layer.tau, (oy - tile.y0) * sy))
            tables[j] = np.asarray(layer.table[f])[list(s4.inverse(pi))]
        # The crossbar is the mask alone; weights come from types and tables.
        m = np.asarray(layer.mask, bool)
        crossbar = inside & m[outputs[None, :, 0], ci, np.clip(qy, 0, kh - 1), np.clip(qx, 0, kw - 1)]
        return DenseCore(crossbar, types, tables, inputs, outputs)

    b = layer.weight_bits
    if 2 * (b - 1) > 4:
        raise ValueError(f"layer {layer.name!r}: {b}-bit weights need {2 * (b - 1)} axon types per input; "
                         "a TrueNorth core has 4")
    mags = [1 << i for i in range(b - 1)]                      # +1, +2, ...
    type_weights = mags + [-m for m in mags]                   # types 0.. for +, then -
    tables = np.zeros((len(outputs), 4), np.int64)
    tables[:, :len(type_weights)] = type_weights
    n_in, n_out = len(inputs), len(outputs)
    crossbar = np.zeros((n_in, len(type_weights), n_out), bool)
    for t, tw in enumerate(type_weights):
        same_sign = (w > 0) if tw > 0 else (w < 0)
        crossbar[:, t] = same_sign & ((np.abs(w) & abs(tw)) != 0)
    types = np.tile(np.arange(len(type_weights)), n_in)
    return DenseCore(crossbar.reshape(-1, n_out), types, tables,
                     np.repeat(inputs, len(type_weights), axis=0), outputs)


def plan_tiles(layer, max_axons=256, max_neurons=256, axons_per_input=1):
    """Cut a conv layer into the fewest tiles of at most ``max_neurons`` neurons whose input
    patch needs at most ``max_axons`` axons.

    A single output position whose fan-in exceeds ``max_axons`` cannot be tiled; then the
    axon limit is raised to that fan-in (the caller decides whether that is allowed).
    Returns a list of :class:`Tile` covering every output neuron exactly once.
    """
    fg = layer.out_channels // layer.groups
    _, ho, wo = layer.out_shape
    max_axons = max(max_axons, layer.fan_in * axons_per_input)
    best = None
    for f in range(1, min(fg, max_neurons) + 1):
        for ty in range(1, ho + 1):
            tx_max = min(wo, max_neurons // (f * ty))
            if tx_max < 1:
                break
            # the largest tx whose patch fits (patch width grows with tx)
            tx = tx_max
            while tx >= 1 and _patch_axons(layer, ty, tx, axons_per_input) > max_axons:
                tx -= 1
            if tx < 1:
                break
            cores = layer.groups * math.ceil(fg / f) * math.ceil(ho / ty) * math.ceil(wo / tx)
            key = (cores, -f * ty * tx)
            if best is None or key < best[0]:
                best = (key, f, ty, tx)
    _, f, ty, tx = best
    tiles = []
    for grp in range(layer.groups):
        for f0 in range(grp * fg, (grp + 1) * fg, f):
            for y0 in range(0, ho, ty):
                for x0 in range(0, wo, tx):
                    tiles.append(Tile(f0, min(f0 + f, (grp + 1) * fg), y0, min(y0 + ty, ho), x0, min(x0 + tx, wo)))
    return tiles


def _patch_axons(layer, ty, tx, axons_per_input):
    """Worst-case (unclipped) axons of a ty x tx output tile."""
    (kh, kw), (sy, sx) = layer.kernel, layer.stride
    return layer.group_in * min((ty - 1) * sy + kh, layer.in_shape[1] + 2 * layer.padding[0]) \
        * min((tx - 1) * sx + kw, layer.in_shape[2] + 2 * layer.padding[1]) * axons_per_input
