"""The trainer's side of each layer family (:mod:`model.families` holds the deployed
side): how a :class:`~model.train.layers.ToeplitzConv2d` of the family creates its
generators, quantises them to the integer kernel (straight-through), and hands them to
the deployed format. A layer is given its family's quantiser (Brevitas's habit: the
quantiser is injected, the layer does not branch on its family).

* ``kernel``: a hidden real kernel, quantised per filter to ternary (``weight_bits = 2``:
  ``w -> sign(w) [|w| > 0.7 mean|w|]``, TWN) or to symmetric ``b``-bit integers
  (``round(w / scale)``, ``scale = max|w| / (2^(b-1) - 1)``).
* ``s4``: per filter a 4-entry table ``s`` (quantised to integers in [-255, 255] times a
  per-filter scale) and a hidden mask ``m`` (binary ``m > 0``); kernel
  ``K[o, c, qy, qx] = [m > 0] * s[o, sigma^qx tau^qy g_c]``, a gather.
* ``dense``: the Eedn rule, a hidden weight clipped to [-1, 1] and ternarised at +-0.5
  with no per-filter scale.
"""

import math
from abc import ABC, abstractmethod

import numpy as np
import torch
from torch import nn

from .. import s4
from ..families import FAMILIES

__all__ = ["Quantiser", "S4Quantiser", "KernelQuantiser", "DenseQuantiser", "QUANTISERS", "quantiser_for"]


def _ste(x, q):
    """Forward ``q``, backward identity to ``x``."""
    return x + (q - x).detach()


class Quantiser(ABC):
    """One family's trainer side. Methods take the layer (``conv``) they serve."""
    family = None

    def weight_bits(self, preset):
        """The layers' ``weight_bits`` under ``preset`` (2 unless the family has a choice)."""
        return 2

    @abstractmethod
    def create(self, conv, shape, fan_in, sigma, tau, g):
        """Register ``conv``'s generators (parameters and buffers) for a kernel of ``shape``."""

    @abstractmethod
    def integer_kernel(self, conv):
        """(integer kernel as a float tensor, per-filter scale (C_out,)), straight-through."""

    @abstractmethod
    def export(self, conv, k, sign):
        """The layer's format arrays (:attr:`model.families.LayerFamily.array_fields`, and
        ``weight_bits``) from ``conv`` and its integer kernel ``k`` (int64, as
        :meth:`integer_kernel` gives it), filters multiplied by ``sign`` (+-1 each, from the
        batch norm's fold)."""


class S4Quantiser(Quantiser):
    family = "s4"

    def create(self, conv, shape, fan_in, sigma, tau, g):
        if not s4.commute(sigma, tau):
            raise ValueError(f"sigma {tuple(sigma)} and tau {tuple(tau)} do not commute")
        cg, (kh, kw) = shape[1], shape[2:]
        g = [c % 4 for c in range(cg)] if g is None else list(g)
        conv.sigma, conv.tau, conv.g = tuple(sigma), tuple(tau), g
        idx = s4.type_index(sigma, tau, g, kh, kw)
        conv.register_buffer("type_index", torch.as_tensor(idx, dtype=torch.long), persistent=False)
        conv.table = nn.Parameter(torch.randn(shape[0], 4) / math.sqrt(fan_in / 2))
        # Hidden mask values start small so they can cross zero (prototype finding).
        conv.mask = nn.Parameter(torch.randn(shape) * 0.03)

    def integer_kernel(self, conv):
        t = conv.table
        scale = t.detach().abs().amax(dim=1).clamp_min(1e-8) / 255
        tq = _ste(t / scale[:, None], torch.round(t / scale[:, None]).clamp(-255, 255))
        m = _ste(conv.mask, (conv.mask > 0).to(conv.mask.dtype))
        return m * tq[:, conv.type_index], scale

    def export(self, conv, k, sign):
        tq = torch.round(conv.table / (conv.table.abs().amax(1, keepdim=True).clamp_min(1e-8) / 255))
        table = tq.clamp(-255, 255).double().cpu().numpy().astype(np.int64) * sign[:, None]
        mask = (conv.mask > 0).cpu().numpy().astype(np.int64)
        return dict(table=table, mask=mask, sigma=np.array(conv.sigma), tau=np.array(conv.tau), g=np.array(conv.g))


class KernelQuantiser(Quantiser):
    family = "kernel"

    def weight_bits(self, preset):
        return preset.weight_bits

    def create(self, conv, shape, fan_in, sigma, tau, g):
        conv.weight = nn.Parameter(torch.randn(shape) / math.sqrt(fan_in))

    def integer_kernel(self, conv):
        w = conv.weight
        if conv.weight_bits == 2:
            delta = 0.7 * w.detach().abs().mean(dim=(1, 2, 3), keepdim=True)
            sel = (w.detach().abs() > delta).to(w.dtype)
            scale = (w.detach().abs() * sel).sum(dim=(1, 2, 3)) / sel.sum(dim=(1, 2, 3)).clamp_min(1)
            scale = scale.clamp_min(1e-8)
            q = torch.sign(w) * sel
            return _ste(w / scale[:, None, None, None], q), scale
        lim = (1 << (conv.weight_bits - 1)) - 1
        scale = w.detach().abs().amax(dim=(1, 2, 3)).clamp_min(1e-8) / lim
        x = w / scale[:, None, None, None]
        return _ste(x, torch.round(x).clamp(-lim, lim)), scale

    def export(self, conv, k, sign):
        return dict(weight=k * sign[:, None, None, None], weight_bits=conv.weight_bits)


class DenseQuantiser(KernelQuantiser):
    family = "dense"

    def weight_bits(self, preset):
        return 2

    def create(self, conv, shape, fan_in, sigma, tau, g):
        # Eedn's fixed +-0.5 ternarisation needs hidden weights on the scale of 1.
        conv.weight = nn.Parameter(torch.empty(shape).uniform_(-1, 1))

    def integer_kernel(self, conv):
        w = conv.weight
        wc = w.clamp(-1, 1)
        q = (wc >= 0.5).to(w.dtype) - (wc <= -0.5).to(w.dtype)
        return _ste(wc, q), torch.ones(w.shape[0], device=w.device)


#: Every family's quantiser, by family name (the same names as :data:`model.families.FAMILIES`).
QUANTISERS = {q.family: q for q in (S4Quantiser(), KernelQuantiser(), DenseQuantiser())}
assert set(QUANTISERS) == set(FAMILIES)


def quantiser_for(family):
    try:
        return QUANTISERS[family]
    except (KeyError, TypeError):
        raise ValueError(f"unknown family {family!r}; expected s4, kernel or dense") from None
