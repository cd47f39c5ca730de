"""Permutations of {0, 1, 2, 3} and the S4 type pattern of a structured layer.

A permutation is a length-4 integer sequence ``p`` with ``p[i]`` the image of ``i``.
Composition is ``(a * b)[i] = a[b[i]]``. See ``docs/semantics.md`` section 3.2.
"""

import itertools

import numpy as np

__all__ = ["IDENTITY", "KLEIN_SIGMA", "KLEIN_TAU", "is_permutation", "compose", "power",
           "inverse", "commute", "commuting_pairs", "type_index"]

IDENTITY = (0, 1, 2, 3)
#: The Klein four-group pair used by the presets: sigma = (01)(23), tau = (02)(13).
KLEIN_SIGMA = (1, 0, 3, 2)
KLEIN_TAU = (2, 3, 0, 1)


def is_permutation(p):
    return len(p) == 4 and sorted(int(v) for v in p) == [0, 1, 2, 3]


def compose(a, b):
    """``a * b``: apply ``b`` first, then ``a``."""
    return tuple(int(a[b[i]]) for i in range(4))


def power(p, k):
    """``p`` composed with itself ``k`` times (``k >= 0``)."""
    result = IDENTITY
    for _ in range(k % _order(p)):
        result = compose(p, result)
    return result


def inverse(p):
    inv = [0] * 4
    for i, v in enumerate(p):
        inv[int(v)] = i
    return tuple(inv)


def commute(a, b):
    return compose(a, b) == compose(b, a)


def commuting_pairs():
    """All 120 ordered pairs ``(sigma, tau)`` of commuting permutations of S4."""
    perms = list(itertools.permutations(range(4)))
    return [(a, b) for a in perms for b in perms if commute(a, b)]


def _order(p):
    k, q = 1, tuple(int(v) for v in p)
    while q != IDENTITY:
        q, k = compose(p, q), k + 1
    return k


def type_index(sigma, tau, g, kh, kw):
    """Axon-type index of every kernel tap.

    Returns ``idx`` of shape ``(len(g), kh, kw)``, ``idx[c, qy, qx] =
    sigma^qx(tau^qy(g[c]))``: the entry of a filter's 4-entry table that tap
    ``(c, qy, qx)`` uses. ``x`` runs along columns (width), ``y`` along rows.
    """
    idx = np.empty((len(g), kh, kw), dtype=np.int64)
    for qy in range(kh):
        ty = power(tau, qy)
        for qx in range(kw):
            p = compose(power(sigma, qx), ty)
            idx[:, qy, qx] = [p[int(gc)] for gc in g]
    return idx
