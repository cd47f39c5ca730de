"""The deployed-network format's error and the array checks the format and the layer
families (:mod:`model.families`) share."""

import numpy as np

from toepcore.errors import ToepcoreError

__all__ = ["NetworkFormatError", "expect_int_array", "expect_range"]


class NetworkFormatError(ToepcoreError, ValueError):
    """A deployed network is malformed; the message names the layer and the field."""


def expect_int_array(a, where, ndim=None, shape=None):
    if not isinstance(a, np.ndarray):
        raise NetworkFormatError(f"{where}: expected an integer array, got {type(a).__name__}")
    if a.dtype.kind not in "iub":
        raise NetworkFormatError(f"{where}: expected integers, got dtype {a.dtype}")
    if ndim is not None and a.ndim != ndim:
        raise NetworkFormatError(f"{where}: expected {ndim} dimension(s), got shape {a.shape}")
    if shape is not None and tuple(a.shape) != tuple(shape):
        raise NetworkFormatError(f"{where}: shape mismatch: expected {tuple(shape)}, got {tuple(a.shape)}")


def expect_range(a, lo, hi, where):
    if a.size == 0:
        return
    amin, amax = int(a.min()), int(a.max())
    if amin < lo or amax > hi:
        bad = amin if amin < lo else amax
        raise NetworkFormatError(f"{where}: value {bad} out of range [{lo}, {hi}]")
