"""The per-layer spike digest: one 32-bit number per layer and frame that changes when any
spike of the layer moves, appears or disappears, whatever order the spikes come in.

A spike of neuron ``(c, y, x)`` (channel, row, column of the layer's output map) has the
key ``c << 20 | y << 10 | x`` and contributes :func:`mix32` of its key; a layer's digest is
the sum of its spikes' contributions modulo 2^32. The sum makes it independent of the
order in which the array produces spikes; the mix (two multiply-xorshift rounds) makes
two different spike sets collide with probability about 2^-32, where a plain sum of keys
would miss a spike moved one place left together with another moved one place right.

The reference model computes it from its spike maps
(:attr:`model.reference.RunResult.spike_digests`); the simulation top computes it in
hardware from the array's spike trace (:class:`hw.spike_digest.SpikeDigest`), written
separately from these definitions. Pure numpy.
"""

import numpy as np

__all__ = ["KEY_FIELDS", "MIX_CONSTANTS", "check_shape", "spike_key", "mix32", "position_mix"]

#: Bits of the channel, row and column in a spike's key (most significant first).
KEY_FIELDS = (12, 10, 10)
#: The multipliers of the two mixing rounds (odd, so each round is a bijection of 32 bits).
MIX_CONSTANTS = (0x9E3779B1, 0x85EBCA6B)
_M = 0xFFFFFFFF


def check_shape(shape, what="a layer"):
    """Raise ``ValueError`` when a ``(C, H, W)`` map has a coordinate the key cannot hold."""
    for n, bits, name in zip(shape, KEY_FIELDS, ("channels", "rows", "columns")):
        if n > 1 << bits:
            raise ValueError(f"{what} has {n} {name}; the spike digest's key holds at most {1 << bits}")


def spike_key(c, y, x):
    """The 32-bit key of neuron ``(c, y, x)`` (ints or integer arrays)."""
    return (np.asarray(c, np.uint64) << 20) | (np.asarray(y, np.uint64) << 10) | np.asarray(x, np.uint64)


def mix32(key):
    """The contribution of a spike with ``key`` (int or uint array): ``h = (key + 1) * K1``,
    ``h ^= h >> 16``, ``h *= K2``, ``h ^= h >> 13``, all modulo 2^32."""
    h = ((np.asarray(key, np.uint64) + 1) * MIX_CONSTANTS[0]) & _M
    h ^= h >> 16
    h = (h * MIX_CONSTANTS[1]) & _M
    h ^= h >> 13
    return h


def position_mix(shape):
    """:func:`mix32` of every neuron of a ``(C, H, W)`` map, as int64 (C * H * W,), in
    row-major order: a layer's digests are ``spikes.reshape(N, -1) @ position_mix(shape)``
    modulo 2^32."""
    check_shape(shape)
    c, y, x = np.meshgrid(*(np.arange(n) for n in shape), indexing="ij")
    return mix32(spike_key(c, y, x)).reshape(-1).astype(np.int64)
