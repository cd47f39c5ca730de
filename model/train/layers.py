"""Generator-parameterised convolutions and binary spiking activations (PyTorch).

Every layer's trainable parameters are its generators only; the full kernel (and with
it the block-Toeplitz matrix) is derived in the forward pass, so autograd sums gradients
over tied entries.

The families' quantisation rules live in :mod:`model.train.quantisers`.

Activations: ``spike = [z >= 0]`` on the batch-normalised potential ``z``, with the
straight-through surrogate gradient ``max(0, 1 - |z|)`` (Eedn). The presets use this
rather than the noisy-threshold expectation clip(z, 0, 1): it trains the exact
deterministic threshold unit that is deployed, so the float and integer networks agree,
and the prototype measured it equal or better.
"""

import math

import torch
import torch.nn.functional as F
from torch import nn

from .. import s4
from .quantisers import quantiser_for

__all__ = ["SpikeFn", "spike", "ToeplitzConv2d", "BinaryNet"]


class SpikeFn(torch.autograd.Function):
    """Heaviside ``[z >= 0]`` forward, ``max(0, 1 - |z|)`` surrogate backward."""

    @staticmethod
    def forward(ctx, z):
        ctx.save_for_backward(z)
        return (z >= 0).to(z.dtype)

    @staticmethod
    def backward(ctx, grad):
        (z,) = ctx.saved_tensors
        return grad * torch.clamp(1 - z.abs(), min=0)


def spike(z):
    return SpikeFn.apply(z)


class ToeplitzConv2d(nn.Module):
    """A convolution whose only parameters are its Toeplitz generators.

    Parameters
    ----------
    family : {"s4", "kernel", "dense"}
    in_channels, out_channels, padding, groups : int
        As :class:`torch.nn.Conv2d`.
    kernel_size, stride : int or (int, int)
        Square or ``(rows, columns)``: a full-extent readout over a non-square map is
        non-square.
    weight_bits : int
        ``kernel`` family weight width (2 = ternary).
    sigma, tau : sequence of 4 ints
        ``s4`` commuting permutations (default: the Klein pair).
    g : sequence of ints
        ``s4`` base type per input channel of a group (default ``c mod 4``).
    """

    def __init__(self, family, in_channels, out_channels, kernel_size, stride=1, padding=0, groups=1,
                 weight_bits=2, sigma=s4.KLEIN_SIGMA, tau=s4.KLEIN_TAU, g=None):
        super().__init__()
        self.quantiser = quantiser_for(family)
        if in_channels % groups or out_channels % groups:
            raise ValueError(f"groups={groups} must divide in_channels={in_channels} and out_channels={out_channels}")
        self.family, self.weight_bits = family, weight_bits
        self.in_channels, self.out_channels = in_channels, out_channels
        kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else tuple(kernel_size)
        stride = (stride, stride) if isinstance(stride, int) else tuple(stride)
        # square kernels and strides stay ints (as nn.Conv2d prints them)
        self.kernel_size = kh if kh == kw else (kh, kw)
        self.stride = stride[0] if stride[0] == stride[1] else stride
        self.kernel_hw, self.stride_hw = (kh, kw), stride
        self.padding, self.groups = padding, groups
        cg = in_channels // groups
        self.quantiser.create(self, (out_channels, cg, kh, kw), cg * kh * kw, sigma, tau, g)

    # -- quantisation -----------------------------------------------------------------
    def integer_kernel(self):
        """(integer kernel as a float tensor, per-filter scale (C_out,)), straight-through,
        by the family's quantiser (:mod:`model.train.quantisers`).

        ``dense_weight() = integer_kernel * scale``. The integers are what is exported.
        """
        return self.quantiser.integer_kernel(self)

    def dense_weight(self):
        """The expanded (float) kernel the layer convolves with, (C_out, C_in/groups, k, k)."""
        k, scale = self.integer_kernel()
        return k * scale[:, None, None, None]

    def forward(self, x):
        return F.conv2d(x, self.dense_weight(), None, self.stride, self.padding, 1, self.groups)

    def fanout(self, height, width):
        """Synapses with a non-zero weight that each input position reaches, (C_in, H, W):
        what an input spike there costs in synaptic operations (``docs/semantics.md``
        section 9). Constant for the step (no gradient through the weights' zeros)."""
        with torch.no_grad():
            nonzero = (self.integer_kernel()[0] != 0).to(torch.float32)
            oh, ow = self.out_size(height, 0), self.out_size(width, 1)
            (kh, kw), (sy, sx), p = self.kernel_hw, self.stride_hw, self.padding
            ones = torch.ones(1, self.out_channels, oh, ow, device=nonzero.device)
            extra = (height - ((oh - 1) * sy - 2 * p + kh), width - ((ow - 1) * sx - 2 * p + kw))
            return F.conv_transpose2d(ones, nonzero, None, self.stride_hw, p, extra, self.groups)[0]

    def out_size(self, size, axis=0):
        """Output side along ``axis`` (0 rows, 1 columns) for an input side of ``size``."""
        return (size + 2 * self.padding - self.kernel_hw[axis]) // self.stride_hw[axis] + 1

    def extra_repr(self):
        return (f"{self.family}, {self.in_channels}, {self.out_channels}, k={self.kernel_size}, "
                f"s={self.stride}, p={self.padding}, groups={self.groups}")


class BinaryNet(nn.Module):
    """Encoder planes -> [ToeplitzConv2d -> BatchNorm -> spike] x L -> population counts.

    ``forward`` takes uint8-valued images (N, C, H, W), or (N, H, W) for one channel, as
    float or uint8 and returns logits ``temperature * class counts`` (N, n_classes) for
    the cross-entropy loss.

    Parameters
    ----------
    image_shape : int or (C, H, W)
        An int is a square grey image's side.
    thresholds : array (C, P), optional
        The encoder's thresholds per image channel (default: the preset's planes).
    layers : list, optional
        Conv layer specs ``(out, kernel, stride, padding, groups)`` (default: the
        preset's, strides scaled to the image by :func:`model.presets.scaled_layers`).
    """

    def __init__(self, family, preset, n_classes=10, image_shape=28, thresholds=None, layers=None):
        super().__init__()
        from ..presets import scaled_layers
        if isinstance(image_shape, int):
            image_shape = (1, image_shape, image_shape)
        c_img, h, w = image_shape
        self.family, self.n_classes, self.image_shape = family, n_classes, tuple(image_shape)
        if thresholds is None:
            thresholds = [list(preset.planes)] * c_img
        th = torch.tensor(thresholds, dtype=torch.float32)
        if th.shape[0] != c_img:
            raise ValueError(f"thresholds for {th.shape[0]} channel(s), images have {c_img}")
        self.register_buffer("thresholds", th, persistent=False)
        convs, bns = [], []
        c = th.numel()
        wb = quantiser_for(family).weight_bits(preset)
        for out, k, s, p, g in (layers if layers is not None else scaled_layers(preset, (h, w))):
            conv = ToeplitzConv2d(family, c, out, k, s, p, g, weight_bits=wb)
            convs.append(conv)
            bns.append(nn.BatchNorm2d(out))
            c, h, w = out, conv.out_size(h, 0), conv.out_size(w, 1)
        n_out = preset.readout_per_class * n_classes
        convs.append(ToeplitzConv2d(family, c, n_out, (h, w), 1, 0, preset.readout_groups, weight_bits=wb))
        bns.append(nn.BatchNorm2d(n_out))
        self.convs, self.bns = nn.ModuleList(convs), nn.ModuleList(bns)
        self.register_buffer("population", torch.arange(n_out) % n_classes, persistent=False)
        self.log_temperature = nn.Parameter(torch.tensor(math.log(1.0)))

    def encode(self, images):
        """Spike planes (N, C * P, H, W): channel ``c * P + p`` where pixel ``c`` >= threshold ``[c, p]``."""
        x = images.to(torch.float32)
        if x.dim() == 3:
            x = x[:, None]
        n, c, h, w = x.shape
        return (x[:, :, None] >= self.thresholds[None, :, :, None, None]).to(torch.float32).reshape(n, -1, h, w)

    def spikes(self, images):
        """Per-layer binary spike maps (list, last = output layer)."""
        x, out = self.encode(images), []
        for conv, bn in zip(self.convs, self.bns):
            x = spike(bn(conv(x)))
            out.append(x)
        return out

    def forward(self, images, costs=False):
        """Logits; with ``costs``, also each image's synaptic operations and spikes
        (N,) as differentiable estimates: every input spike times its layer's non-zero
        fan-out, every output spike once. In eval mode (binary spikes) they are the
        reference model's counts exactly."""
        x, synops, spikes = self.encode(images), 0, 0
        for conv, bn in zip(self.convs, self.bns):
            if costs:
                synops = synops + (x * conv.fanout(*x.shape[-2:])).sum(dim=(1, 2, 3))
            x = spike(bn(conv(x)))
            if costs:
                spikes = spikes + x.sum(dim=(1, 2, 3))
        y = x.flatten(1)
        onehot = F.one_hot(self.population, self.n_classes).to(y.dtype)
        logits = (y @ onehot) * self.log_temperature.exp()
        return (logits, synops, spikes) if costs else logits

    def generator_parameters(self):
        return sum(p.numel() for n, p in self.named_parameters() if n.startswith("convs."))
