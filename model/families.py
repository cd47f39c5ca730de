"""Layer families: what a conv layer's generators are, and every fact that follows from it.

A deployed conv layer names its family (``ConvLayer.family``: ``s4``, ``kernel`` or
``dense``); :func:`family_of` gives the :class:`LayerFamily` that holds what the rest of
toepcore would otherwise branch on: the format's arrays, the expanded kernel, the stored
generator bits, a generator core's memory words and their widths, which taps cost an
update cycle, whether two layers can share one core, and the axons a TrueNorth-style core
spends per input. Pure numpy (no torch, no Amaranth): the trainer's side of a family is
its layer class in :mod:`model.train.layers`.

``s4`` (Appuswamy et al. 2016): a per-filter 4-entry table of 9-bit weights, a binary
mask per tap, and a commuting pair of S4 permutations ``sigma``, ``tau`` with a base type
``g`` per input channel; the weight at tap ``(qy, qx)`` of channel ``c`` is the table entry
of type ``sigma^qx tau^qy (g[c])`` (``docs/semantics.md`` section 3.2). ``kernel``: plain
low-bit kernels (2 to the profile's ``max_kernel_bits``, two's complement). ``dense``: the
unstructured ternary baseline, stored like ``kernel``.
"""

import numpy as np

from toepcore.ir.bits import pack_lanes
from toepcore.ir.geometry import lane_groups

from . import s4
from .format_checks import NetworkFormatError, expect_int_array, expect_range
from .truenorth import TABLE_BITS, TYPE_BITS

__all__ = ["LayerFamily", "S4Family", "KernelFamily", "DenseFamily", "FAMILIES", "family_of", "PERMUTATION_BITS"]

#: Bits of one composed permutation ``sigma^qx tau^qy`` (four 2-bit images).
PERMUTATION_BITS = 4 * TYPE_BITS


class LayerFamily:
    """The facts of one family. Subclasses set :attr:`name`, :attr:`array_fields` and
    :attr:`typed`, and implement the methods that differ.

    Attributes
    ----------
    name : str
        The family's name in the network format.
    array_fields : tuple of str
        The layer's own arrays in the format (bias and threshold come on top).
    typed : bool
        Weights come from a per-filter table indexed by an S4 type (``s4``), so a
        generator word holds one mask bit a lane; otherwise it holds the weights.
    unstructured : bool
        The baseline without Toeplitz structure (``dense``): what it costs to store is a
        dense crossbar, and it trains without the energy term.
    """
    name = None
    array_fields = ()
    typed = False
    unstructured = False

    def __repr__(self):
        return f"<layer family {self.name}>"

    def expanded_kernel(self, layer):
        """Integer kernel ``(C_out, C_in // groups, kh, kw)``, int64."""
        return np.asarray(layer.weight, np.int64)

    def weight_limit(self, layer):
        """Largest weight magnitude the family stores."""
        return (1 << (layer.weight_bits - 1)) - 1

    def max_weight_bits(self, profile):
        """Widest ``weight_bits`` a layer may declare on a core ``profile``."""
        return profile.max_kernel_bits

    def kernel_shape(self, layer):
        return (layer.out_channels, layer.group_in) + tuple(layer.kernel)

    def validate(self, layer, where, profile):
        """Check the layer's own arrays and widths against the format and ``profile``;
        raise :class:`model.format_checks.NetworkFormatError` naming ``where`` and the field."""
        max_bits = self.max_weight_bits(profile)
        if not (isinstance(layer.weight_bits, (int, np.integer)) and 2 <= layer.weight_bits <= max_bits):
            raise NetworkFormatError(f"{where}: field 'weight_bits': {layer.weight_bits} outside [2, {max_bits}] "
                                     f"({self.why_weight_bits(profile)})")
        expect_int_array(layer.weight, f"{where}: field 'weight'", shape=self.kernel_shape(layer))
        lim = self.weight_limit(layer)
        expect_range(layer.weight, -lim, lim, f"{where}: field 'weight'")

    def why_weight_bits(self, profile):
        return f"profile {profile.name}"

    def generator_bits(self, layer):
        """Bits of the layer's generators as the format stores them."""
        return layer.weight.size * layer.weight_bits

    def weight_bits(self, layer):
        """Signed bits of one weight in a core's datapath."""
        return layer.weight_bits

    def lane_bits(self, layer):
        """Bits of one lane (one filter) of a generator word."""
        return layer.weight_bits

    def share_key(self, layer):
        """Layers with equal keys can run on one shared core (:class:`hw.shared_core.SharedCore`)."""
        return (self.name, layer.weight_bits)

    def axons_per_input(self, weight_bits, binary_crossbar):
        """Axons a TrueNorth-style core spends per input: a binary crossbar splits a
        ``weight_bits`` weight over ``2 (weight_bits - 1)`` axons of unit types."""
        return 2 * (weight_bits - 1) if binary_crossbar else 1

    def nonzero(self, layer):
        """``(C_out, C_g, kh, kw)``: the taps a generator core spends an update cycle on."""
        return self.expanded_kernel(layer)

    def generator_words(self, layer, geo):
        """One generator word per tap ``(c * kh + qy) * kw + qx`` of tile ``geo``: the
        tile's ``F`` lanes, lane ``f`` at bits ``[f * lane_bits, (f + 1) * lane_bits)``."""
        k = self.expanded_kernel(layer)[geo.f0:geo.f0 + geo.f]
        return [pack_lanes(k[:, c, qy, qx], layer.weight_bits)
                for c in range(geo.cg) for qy in range(geo.kh) for qx in range(geo.kw)]

    def store_words(self, layer, geo, lanes):
        """A core's share of a generator store: word ``tap * groups + group`` holds lane
        group ``group`` (``lanes`` filters) of tap ``tap``'s generator word."""
        bits = lanes * self.lane_bits(layer)
        groups, mask = lane_groups(geo.f, lanes), (1 << bits) - 1
        return [(w >> (g * bits)) & mask for w in self.generator_words(layer, geo) for g in range(groups)]

    def memory_shapes(self, layer, geo, lanes=None):
        """``{memory: (words, bits a word)}`` of every weight memory a generator core for
        tile ``geo`` at ``lanes`` updates a cycle (default: all ``F``) holds:
        ``generators`` (one word per tap), and for ``s4`` its tables."""
        return {"generators": (geo.taps, geo.f * self.lane_bits(layer))}

    def memory_bits(self, layer, geo):
        """Bits of every weight memory of a generator core for tile ``geo``, by memory:
        exactly the tile's share of the layer's generators (and ``s4``'s tables)."""
        return {k: d * w for k, (d, w) in self.memory_shapes(layer, geo).items()}


class KernelFamily(LayerFamily):
    name = "kernel"
    array_fields = ("weight",)


class DenseFamily(KernelFamily):
    """The unstructured baseline: ternary weights (``weight_bits`` 2) on any profile."""
    name = "dense"
    unstructured = True

    def max_weight_bits(self, profile):
        return 2

    def why_weight_bits(self, profile):
        return "dense is ternary"


class S4Family(LayerFamily):
    name = "s4"
    array_fields = ("table", "mask", "sigma", "tau", "g")
    typed = True

    def expanded_kernel(self, layer):
        """``K[o, c, qy, qx] = mask[o, c, qy, qx] * table[o, sigma^qx tau^qy (g[c])]``."""
        idx = s4.type_index(layer.sigma, layer.tau, layer.g, *layer.kernel)
        return np.asarray(layer.mask, np.int64) * np.asarray(layer.table, np.int64)[:, idx]

    def weight_limit(self, layer):
        return (1 << (TABLE_BITS - 1)) - 1

    def max_weight_bits(self, profile):
        return None   # the tables' width is fixed (TABLE_BITS); weight_bits is unused

    def validate(self, layer, where, profile):
        expect_int_array(layer.table, f"{where}: field 'table'", shape=(layer.out_channels, 4))
        expect_range(layer.table, -profile.table_range, profile.table_range, f"{where}: field 'table'")
        expect_int_array(layer.mask, f"{where}: field 'mask'", shape=self.kernel_shape(layer))
        expect_range(layer.mask, 0, 1, f"{where}: field 'mask'")
        for f in ("sigma", "tau"):
            p = getattr(layer, f)
            expect_int_array(p, f"{where}: field {f!r}", shape=(4,))
            if not s4.is_permutation(p):
                raise NetworkFormatError(f"{where}: field {f!r}: {p.tolist()} is not a permutation of 0..3")
        if not s4.commute(layer.sigma, layer.tau):
            raise NetworkFormatError(f"{where}: fields 'sigma', 'tau': {layer.sigma.tolist()} and "
                                     f"{layer.tau.tolist()} do not commute")
        expect_int_array(layer.g, f"{where}: field 'g'", shape=(layer.group_in,))
        expect_range(layer.g, 0, 3, f"{where}: field 'g'")

    def generator_bits(self, layer):
        # tables, masks, the two permutations (4 x 2 bits each) and the base types
        return layer.out_channels * (4 * TABLE_BITS + layer.fan_in) + 2 * 4 * TYPE_BITS + TYPE_BITS * layer.group_in

    def weight_bits(self, layer):
        return TABLE_BITS

    def lane_bits(self, layer):
        return 1   # a mask bit; the weight comes from the table

    def share_key(self, layer):
        return (self.name, 0)

    def axons_per_input(self, weight_bits, binary_crossbar):
        return 1   # four axon types carry the four table entries

    def nonzero(self, layer):
        return np.asarray(layer.mask)

    def generator_words(self, layer, geo):
        mask = np.asarray(layer.mask)[geo.f0:geo.f0 + geo.f]
        return [pack_lanes(mask[:, c, qy, qx], 1)
                for c in range(geo.cg) for qy in range(geo.kh) for qx in range(geo.kw)]

    def tables(self, layer, geo):
        """``(tables, g, perms)`` of tile ``geo``: the ``F`` 4-entry tables
        (:data:`TABLE_BITS`-bit lanes, entry ``t`` at lane ``t``), the base type of every group
        channel, and the ``kh * kw`` composed permutations ``sigma^qx tau^qy`` (entry
        ``qy * kw + qx``) that turn ``g_c`` into a type."""
        tables = [pack_lanes(row, TABLE_BITS) for row in np.asarray(layer.table)[geo.f0:geo.f0 + geo.f]]
        perms = [s4.compose(s4.power(layer.sigma, qx), s4.power(layer.tau, qy))
                 for qy in range(geo.kh) for qx in range(geo.kw)]
        return tables, [int(v) for v in layer.g], perms

    def memory_shapes(self, layer, geo, lanes=None):
        """``generators`` (a mask bit per filter and tap); ``tables``, one word per lane
        group and type holding the lanes' entries of that type (``F`` x 4 x 9 bits:
        :func:`hw.generator_core.typed_table_words`); ``base_types`` (``C_g`` x 2) and the
        composed ``permutations`` (8 bits a tap, constants in logic)."""
        lanes = lanes or geo.f
        return {"generators": (geo.taps, geo.f), "tables": (4 * lane_groups(geo.f, lanes), lanes * TABLE_BITS),
                "base_types": (geo.cg, TYPE_BITS), "permutations": (geo.kh * geo.kw, PERMUTATION_BITS)}


#: Every family, by its name in the network format.
FAMILIES = {f.name: f for f in (S4Family(), KernelFamily(), DenseFamily())}


def family_of(layer_or_name):
    """The :class:`LayerFamily` of a conv layer (or of a family name)."""
    name = getattr(layer_or_name, "family", layer_or_name)
    try:
        return FAMILIES[name]
    except KeyError:
        raise ValueError(f"unknown layer family {name!r}; expected one of {', '.join(FAMILIES)}") from None
