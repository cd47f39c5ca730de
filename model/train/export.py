"""Export a trained :class:`~model.train.layers.BinaryNet` to the integer deployed network,
and run a deployed network through PyTorch (the cross-check of the reference model).

Folding: a layer computes ``z = gamma (scale_o I - mu) / sqrt(var + eps) + beta`` on the
integer synaptic sum ``I`` and spikes when ``z >= 0``. For ``gamma > 0`` this is
``I >= t = (mu - beta sqrt(var + eps) / gamma) / scale_o``, and since ``I`` is an integer,
``I >= ceil(t)``. For ``gamma < 0`` the inequality flips, so the filter's integers are
negated (``-I >= ceil(-t)``). The threshold is then clipped to the filter's reachable
range ``[N_o, P_o + 1]`` (``N_o``/``P_o``: sum of its negative/positive weights), which
changes no spike and keeps the membrane narrow. Biases are 0 in feed-forward export.
"""

import numpy as np
import torch
import torch.nn.functional as F

from ..network import ConvLayer, Encoder, Network
from .layers import BinaryNet

__all__ = ["export_network", "torch_counts"]


@torch.no_grad()
def _fold(conv, bn):
    k, scale = conv.integer_kernel()
    k = k.double().cpu().numpy().round().astype(np.int64)
    scale = scale.double().cpu().numpy()
    gamma = bn.weight.double().cpu().numpy()
    beta = bn.bias.double().cpu().numpy()
    mu = bn.running_mean.double().cpu().numpy()
    sd = np.sqrt(bn.running_var.double().cpu().numpy() + bn.eps)
    sign = np.where(gamma < 0, -1, 1)
    flat = k.reshape(len(k), -1) * sign[:, None]
    lo, hi = np.clip(flat, None, 0).sum(1), np.clip(flat, 0, None).sum(1)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (mu - beta * sd / gamma) / scale
    thr = np.where(gamma != 0, np.ceil(np.where(np.isfinite(t), sign * t, 0)), 0)
    # gamma == 0: z = beta, constant; always (beta >= 0) or never.
    thr = np.where(gamma == 0, np.where(beta >= 0, lo, hi + 1), thr)
    thr = np.clip(np.where(np.isfinite(t) | (gamma == 0), thr, np.where(sign * t > 0, hi + 1, lo)), lo, hi + 1)
    return k, sign, thr.astype(np.int64)


@torch.no_grad()
def export_network(net: BinaryNet, preset, image_shape=(1, 28, 28), info=None, class_names=None):
    """The deployed :class:`~model.network.Network` of a trained ``net`` (in eval mode)."""
    layers = []
    thresholds = net.thresholds.cpu().numpy().round().astype(np.int64)
    shape = (thresholds.size,) + tuple(image_shape[1:])
    n = len(net.convs)
    for i, (conv, bn) in enumerate(zip(net.convs, net.bns)):
        k, sign, thr = _fold(conv, bn)
        name = "readout" if i == n - 1 else f"conv{i}"
        common = dict(name=name, family=conv.family, in_shape=shape, out_channels=conv.out_channels,
                      kernel=conv.kernel_hw, stride=conv.stride_hw, padding=conv.padding, groups=conv.groups,
                      bias=np.zeros(conv.out_channels, np.int64), threshold=thr)
        layer = ConvLayer(**common, **conv.quantiser.export(conv, k, sign))
        assert np.array_equal(layer.expanded_kernel(), k * sign[:, None, None, None])
        layers.append(layer)
        shape = layer.out_shape
    population = net.population.cpu().numpy().astype(np.int64)
    return Network(Encoder(thresholds), layers, population, net.n_classes, tuple(image_shape),
                   profile=preset.profile, info=dict(info or {}), class_names=class_names).validate()


@torch.no_grad()
def torch_counts(network: Network, images, batch_size=1000):
    """Class counts of a deployed network computed with PyTorch ops in float64 (exact for
    these integers): an independent implementation of docs/semantics.md, feed-forward mode."""
    out = []
    th = torch.as_tensor(np.asarray(network.encoder.thresholds), dtype=torch.float64)
    pop = torch.as_tensor(np.asarray(network.population))
    onehot = torch.zeros(pop.numel(), network.n_classes, dtype=torch.float64)
    onehot[(pop >= 0).nonzero()[:, 0], pop[pop >= 0]] = 1
    params = []
    for l in network.layers:
        if l.kind == "conv":
            params.append((torch.as_tensor(l.expanded_kernel(), dtype=torch.float64),
                           torch.as_tensor(np.asarray(l.bias), dtype=torch.float64).view(1, -1, 1, 1),
                           torch.as_tensor(np.asarray(l.threshold), dtype=torch.float64).view(1, -1, 1, 1)))
        else:
            params.append(None)
    for s in range(0, len(images), batch_size):
        img = torch.tensor(np.asarray(images[s:s + batch_size]), dtype=torch.float64)
        if img.dim() == 3:
            img = img[:, None]
        n, c, h, w = img.shape
        x = (img[:, :, None] >= th[None, :, :, None, None]).reshape(n, -1, h, w).to(torch.float64)
        for l, p in zip(network.layers, params):
            if l.kind == "conv":
                k, b, t = p
                v = F.conv2d(x, k, None, l.stride, l.padding, 1, l.groups) + b
                x = (v >= t).to(torch.float64)
            else:
                x = F.max_pool2d(x, l.kernel, l.stride)
        out.append((x.flatten(1) @ onehot).round().to(torch.int64).numpy())
    return np.concatenate(out)
