"""Random deployed networks, for tests and benchmarks (no training needed).

Thresholds are drawn around the middle of each layer's potential range so that a useful
fraction of neurons spike on MNIST-like inputs.
"""

import numpy as np

from . import s4
from .families import family_of
from .network import ConvLayer, Encoder, Network, OrPoolLayer

__all__ = ["random_conv", "random_network"]


def random_conv(rng, name, family, in_shape, out_channels, kernel, stride=1, padding=0, groups=1,
                weight_bits=2, reset="zero", density=0.5, sigma=None, tau=None):
    """A conv layer with random generators and thresholds (see module docstring)."""
    kh, kw = (kernel, kernel) if np.isscalar(kernel) else kernel
    cg = in_shape[0] // groups
    shape = (out_channels, cg, kh, kw)
    kw_args = {}
    if family_of(family).typed:
        if sigma is None:
            pairs = s4.commuting_pairs()
            sigma, tau = pairs[rng.integers(len(pairs))]
        kw_args = dict(table=rng.integers(-255, 256, size=(out_channels, 4)),
                       mask=(rng.random(shape) < density).astype(np.int64),
                       sigma=np.array(sigma), tau=np.array(tau), g=rng.integers(0, 4, size=cg))
        scale = 128
    else:
        lim = (1 << (weight_bits - 1)) - 1
        w = rng.integers(-lim, lim + 1, size=shape) * (rng.random(shape) < density)
        kw_args = dict(weight=w)
        scale = max(lim / 2, 0.5)
    fan = cg * kh * kw
    spread = max(1, int(scale * np.sqrt(fan)))
    bias = rng.integers(-spread, spread + 1, size=out_channels)
    threshold = rng.integers(1, spread + 2, size=out_channels)
    return ConvLayer(name=name, family=family, in_shape=in_shape, out_channels=out_channels,
                     kernel=(kh, kw), stride=stride, padding=padding, groups=groups, reset=reset,
                     weight_bits=2 if family_of(family).typed else weight_bits, bias=bias, threshold=threshold, **kw_args)


def random_network(rng, family="s4", input_shape=(1, 28, 28), planes=(64, 128, 192),
                   layers=((16, 3, 2, 1, 1), (32, 3, 2, 1, 2)), readout_per_class=4, n_classes=10,
                   pool=False, profile="generator", weight_bits=2):
    """A random network: encoder, conv layers ``(out_channels, kernel, stride, padding,
    groups)``, an optional 2x2 OR-pool, and a full-extent readout with
    ``readout_per_class`` neurons per class."""
    enc = Encoder(np.tile(np.asarray(planes, np.int64), (input_shape[0], 1)))
    shape = (enc.out_channels,) + tuple(input_shape[1:])
    out = []
    for i, (c, k, s, p, g) in enumerate(layers):
        l = random_conv(rng, f"conv{i}", family, shape, c, k, s, p, g, weight_bits=weight_bits)
        out.append(l)
        shape = l.out_shape
    if pool and min(shape[1:]) >= 2:
        l = OrPoolLayer("pool", shape, 2)
        out.append(l)
        shape = l.out_shape
    n_out = readout_per_class * n_classes
    out.append(random_conv(rng, "readout", family, shape, n_out, shape[1:], weight_bits=weight_bits))
    return Network(enc, out, np.repeat(np.arange(n_classes), readout_per_class), n_classes, input_shape,
                   profile=profile)
