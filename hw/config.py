"""What one logical core holds, derived from a deployed-network layer and a tile of it.

Pure Python and numpy (no Amaranth): the memory images, address maps and sizes that the
core components (:mod:`hw.generator_core`, :mod:`hw.dense_core`) are built from, and that
the code generator uses to route spikes.

Addresses
---------
Axon address (both cores): the patch-local input position, bit-packed as
``(c << (yb + xb)) | (Y << xb) | X``, where ``(Y, X)`` is measured from the tile's first
window (padding included) and ``yb``, ``xb`` are the bit widths of the patch height and
width. A dense core turns it into crossbar rows ``((c * ph + Y) * pw + X) * a + k``,
``k < a = axons_per_input``.

Neuron index ``j`` (both cores): ``j = p * F + f`` for tile position ``p = py * TX + px``
and tile-local filter ``f``; the potential memory keeps ``lanes`` neighbours per word.
"""

from dataclasses import dataclass

import numpy as np

from model import s4
from model.truenorth import Tile, lay_on_core

__all__ = ["SPRAM_DEPTH", "SPRAM_WIDTH", "spram_blocks", "store_packing", "pack_store", "store_words", "lane_groups", "TileGeometry", "tile_lanes", "fit_lanes", "kernel_generator_words", "s4_generator_words",
           "generator_memory_bits", "dense_core_image", "pack_lanes", "overlaps_accept"]


#: iCE40UP5K ``SB_SPRAM256KA``: words and bits of one block.
SPRAM_DEPTH, SPRAM_WIDTH = 16384, 16


def spram_blocks(depth, width):
    """SPRAM blocks of a ``depth`` x ``width`` memory: blocks side by side for the width,
    banks of them for the depth."""
    return -(-depth // SPRAM_DEPTH) * -(-width // SPRAM_WIDTH)


def store_packing(width):
    """``(per_word, word_bits)`` of a generator store whose logical words are ``width``
    bits: ``per_word`` of them (a power of two) share one physical word of ``word_bits``
    (whole SPRAM words: 16 bits, or ``16 * ceil(width / 16)`` when one is wider)."""
    if width > SPRAM_WIDTH:
        return 1, -(-width // SPRAM_WIDTH) * SPRAM_WIDTH
    per = 1
    while per * 2 * width <= SPRAM_WIDTH:
        per *= 2
    return per, SPRAM_WIDTH


def pack_store(image, width):
    """The physical words of a generator store holding logical words ``image`` of
    ``width`` bits (:func:`store_packing`): word ``i`` at bits ``(i % per_word) * width`` of
    physical word ``i // per_word``."""
    per, _ = store_packing(width)
    out = [0] * -(-len(image) // per)
    for i, v in enumerate(image):
        out[i // per] |= int(v) << ((i % per) * width)
    return out


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


def store_words(layer, geo, lanes):
    """A core's share of a generator store: word ``tap * groups + group`` holds lane group
    ``group`` (``lanes`` filters) of tap ``tap``'s generator word (mask bits for ``s4``,
    weights for ``kernel``)."""
    if layer.family == "s4":
        words, bits = s4_generator_words(layer, geo)[0], lanes
    else:
        words, bits = kernel_generator_words(layer, geo, layer.weight_bits), lanes * layer.weight_bits
    groups, mask = lane_groups(geo.f, lanes), (1 << bits) - 1
    return [(w >> (g * bits)) & mask for w in words for g in range(groups)]


def _bits(n):
    """Bits to address ``n`` distinct values (at least 1)."""
    return max(1, (max(n, 1) - 1).bit_length())


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


def pack_lanes(values, width):
    """Pack integers (two's complement, ``width`` bits each) into one int, lane 0 lowest."""
    word, mask = 0, (1 << width) - 1
    for i, v in enumerate(values):
        word |= (int(v) & mask) << (i * width)
    return word


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
    def of(cls, layer, tile: Tile):
        (kh, kw), (sy, sx), (py, px) = layer.kernel, layer.stride, layer.padding
        fg = layer.out_channels // layer.groups
        ty, tx = tile.y1 - tile.y0, tile.x1 - tile.x0
        return cls(cg=layer.group_in, ph=(ty - 1) * sy + kh, pw=(tx - 1) * sx + kw, f=tile.f1 - tile.f0,
                   ty=ty, tx=tx, kh=kh, kw=kw, sy=sy, sx=sx, oy=tile.y0 * sy - py, ox=tile.x0 * sx - px,
                   c0=(tile.f0 // fg) * layer.group_in, f0=tile.f0, y0=tile.y0, x0=tile.x0)

    # -- address widths ------------------------------------------------------------------
    @property
    def yb(self):
        return _bits(self.ph)

    @property
    def xb(self):
        return _bits(self.pw)

    @property
    def axon_bits(self):
        return _bits(self.cg) + self.yb + self.xb

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


def kernel_generator_words(layer, geo, weight_bits):
    """Generator memory of a ``kernel``/``dense``-family tile: one word per tap
    ``(c * kh + qy) * kw + qx`` holding the tile's ``F`` weights, lane ``f`` at bits
    ``[f * weight_bits, (f + 1) * weight_bits)``, two's complement."""
    k = layer.expanded_kernel()[geo.f0:geo.f0 + geo.f]
    return [pack_lanes(k[:, c, qy, qx], weight_bits)
            for c in range(geo.cg) for qy in range(geo.kh) for qx in range(geo.kw)]


def s4_generator_words(layer, geo):
    """Generator memories of an ``s4`` tile.

    Returns ``(mask_words, tables, g, perms)``: one ``F``-bit mask word per tap (as
    :func:`kernel_generator_words`), the ``F`` 4-entry tables (9-bit lanes, entry ``t`` at
    lane ``t``), the base type of every group channel, and the ``kh * kw`` composed
    permutations ``sigma^qx tau^qy`` (entry ``qy * kw + qx``) that turn ``g_c`` into a type.
    """
    mask = np.asarray(layer.mask)[geo.f0:geo.f0 + geo.f]
    words = [pack_lanes(mask[:, c, qy, qx], 1)
             for c in range(geo.cg) for qy in range(geo.kh) for qx in range(geo.kw)]
    tables = [pack_lanes(row, 9) for row in np.asarray(layer.table)[geo.f0:geo.f0 + geo.f]]
    perms = [s4.compose(s4.power(layer.sigma, qx), s4.power(layer.tau, qy))
             for qy in range(geo.kh) for qx in range(geo.kw)]
    return words, tables, [int(v) for v in layer.g], perms


def generator_memory_bits(layer, geo):
    """Bits of every weight memory a generator core for tile ``geo`` holds, by memory.

    ``generators``: taps x (F weights or F mask bits), exactly the tile's share of the
    layer's generators; ``s4`` adds ``tables`` (F x 4 x 9) and ``base_types`` (C_g x 2).
    The ``kh * kw`` composed permutations (8 bits each) are constants in logic, counted as
    ``permutations``.
    """
    if layer.family == "s4":
        return {"generators": geo.taps * geo.f, "tables": geo.f * 4 * 9, "base_types": geo.cg * 2,
                "permutations": geo.kh * geo.kw * 8}
    return {"generators": geo.taps * geo.f * layer.weight_bits}


def dense_core_image(layer, tile):
    """The dense TrueNorth form of a tile over its whole patch (padding included, so one
    image serves every equally sized tile), with neurons reordered to ``j = p * F + f``.

    Returns ``(core, order)`` where ``core`` is a :class:`model.truenorth.DenseCore` whose
    neuron ``j`` is the generator core's neuron ``j``.
    """
    core = lay_on_core(layer, tile, full_patch=True)
    geo = TileGeometry.of(layer, tile)
    o = core.neuron_outputs
    j = ((o[:, 1] - geo.y0) * geo.tx + (o[:, 2] - geo.x0)) * geo.f + (o[:, 0] - geo.f0)
    order = np.argsort(j)
    core.crossbar = core.crossbar[:, order]
    core.tables = core.tables[order]
    core.neuron_outputs = core.neuron_outputs[order]
    return core
