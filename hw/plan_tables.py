"""Constant tables of an array plan, read by the step (or the core) that is running."""

from amaranth.hdl import *

__all__ = ["table", "fit"]



def table(values, shape):
    """``values`` as an array of constants of ``shape``, indexed by a signal (a
    multiplexer: these tables have one entry per step or per core, a few dozen at most)."""
    return Array([Const(int(v), shape) for v in values])


def fit(v, width):
    """``v`` zero-extended or truncated to exactly ``width`` bits (``Cat`` packs fields
    tightly, so a narrower field would shift the ones above it)."""
    return Cat(v, Const(0, width))[:width]
