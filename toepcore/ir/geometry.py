"""Tile geometry: where a tile of a conv layer sits, what its patch covers, and how its
axons and neurons are numbered. Pure Python (no Amaranth, no torch).

Addresses
---------
Axon address: the patch-local input position, bit-packed as
``(c << (yb + xb)) | (Y << xb) | X``, where ``(Y, X)`` is measured from the tile's first
window (padding included) and ``yb``, ``xb`` are the bit widths of the patch height and
width. A dense core turns it into crossbar rows ``((c * ph + Y) * pw + X) * a + k``,
``k < a = axons_per_input``.

Neuron index ``j``: ``j = p * F + f`` for tile position ``p = py * TX + px`` and
tile-local filter ``f``; the potential memory keeps ``lanes`` neighbours per word.
"""

from dataclasses import dataclass

import numpy as np

from .bits import bits_for

__all__ = ["Tile", "TileGeometry", "lane_groups", "fit_lanes", "tile_lanes", "reaching_taps", "overlaps_accept"]


@dataclass(frozen=True)
class Tile:
    """A rectangle of a conv layer's outputs for one core: filters ``[f0, f1)`` (inside one
    filter group) at output rows ``[y0, y1)`` and columns ``[x0, x1)``."""
    f0: int
    f1: int
    y0: int
    y1: int
    x0: int
    x1: int

    @property
    def neurons(self):
        return (self.f1 - self.f0) * (self.y1 - self.y0) * (self.x1 - self.x0)


def overlaps_accept(skip_zeros, external_generators):
    """Whether a generator core takes its next spike in the cycle of its last update
    (:attr:`hw.event_core.EventCore.overlap_accept`): only without the zero skip (whose
    first word fetch needs the new spike's address a cycle ahead) and with its own
    generator memory (a shared store is addressed through the array, a cycle later)."""
    return not skip_zeros and not external_generators


def reaching_taps(n, k, stride, pad, out):
    """(n, k) bool: whether an input coordinate (row or column, 0 to ``n - 1``) reaches an
    output through kernel tap ``0 to k - 1`` along that axis (stride and padding of the
    layer, ``out`` outputs)."""
    d = np.arange(n)[:, None] + pad - np.arange(k)[None, :]
    return (d % stride == 0) & (d >= 0) & (d // stride < out)


def lane_groups(filters, lanes):
    """Lane groups of ``filters`` filters at ``lanes`` updates per cycle; the last group is
    padded with filters that have no weights and never fire when ``lanes`` does not divide
    ``filters`` (:class:`hw.shared_core.SharedCore`)."""
    return -(-filters // lanes)


def tile_lanes(geo, lanes):
    """Neuron updates per cycle for a tile: ``lanes`` (default: all ``F`` filters), which
    must divide ``F``."""
    lanes = geo.f if lanes is None else lanes
    if lanes < 1 or geo.f % lanes:
        raise ValueError(f"lanes={lanes} must divide the tile's {geo.f} filters")
    return lanes


def fit_lanes(lanes, filters):
    """The largest lane count ``<= lanes`` that divides ``filters``."""
    return max(d for d in range(1, min(lanes, filters) + 1) if filters % d == 0)


@dataclass(frozen=True)
class TileGeometry:
    """Geometry of one tile of a conv layer.

    Attributes
    ----------
    cg : int          input channels of the filter group
    ph, pw : int      patch height and width, padding included: ``(TY - 1) * sy + kh``
    f : int           filters of the tile
    ty, tx : int      output rows and columns of the tile
    kh, kw, sy, sx : int
    oy, ox : int      input row and column of the patch origin (may be negative: padding)
    c0 : int          first input channel of the group
    f0 : int          first filter (layer numbering)
    y0, x0 : int      first output row and column
    """
    cg: int
    ph: int
    pw: int
    f: int
    ty: int
    tx: int
    kh: int
    kw: int
    sy: int
    sx: int
    oy: int
    ox: int
    c0: int
    f0: int
    y0: int
    x0: int

    @classmethod
    def of(cls, layer, tile):
        """The geometry of :class:`Tile` ``tile`` of conv ``layer``."""
        (kh, kw), (sy, sx), (py, px) = layer.kernel, layer.stride, layer.padding
        fg = layer.out_channels // layer.groups
        ty, tx = tile.y1 - tile.y0, tile.x1 - tile.x0
        return cls(cg=layer.group_in, ph=(ty - 1) * sy + kh, pw=(tx - 1) * sx + kw, f=tile.f1 - tile.f0,
                   ty=ty, tx=tx, kh=kh, kw=kw, sy=sy, sx=sx, oy=tile.y0 * sy - py, ox=tile.x0 * sx - px,
                   c0=(tile.f0 // fg) * layer.group_in, f0=tile.f0, y0=tile.y0, x0=tile.x0)

    # -- address widths ------------------------------------------------------------------
    @property
    def yb(self):
        return bits_for(self.ph)

    @property
    def xb(self):
        return bits_for(self.pw)

    @property
    def axon_bits(self):
        return bits_for(self.cg) + self.yb + self.xb

    @property
    def positions(self):
        return self.ty * self.tx

    @property
    def neurons(self):
        return self.positions * self.f

    @property
    def taps(self):
        return self.cg * self.kh * self.kw

    # -- address maps ----------------------------------------------------------------------
    def axon_address(self, c, y, x):
        """Generator-core axon address of layer input (c, y, x), or None outside the patch."""
        cl, Y, X = c - self.c0, y - self.oy, x - self.ox
        if not (0 <= cl < self.cg and 0 <= Y < self.ph and 0 <= X < self.pw):
            return None
        return (cl << (self.yb + self.xb)) | (Y << self.xb) | X

    def neuron_coords(self, j):
        """Layer output (filter, row, col) of neuron index ``j``."""
        p, f = divmod(j, self.f)
        py, px = divmod(p, self.tx)
        return self.f0 + f, self.y0 + py, self.x0 + px

    def covered(self, coord, stride, k, extent):
        """Output indices (tile-local) whose window covers patch coordinate ``coord``."""
        lo = max(0, -(-(coord - k + 1) // stride))
        hi = min(extent - 1, coord // stride)
        return lo, hi
