"""The integer reference model: the bit-exact specification of what the hardware computes.

A vectorised numpy executor of a deployed network (:mod:`model.network`) that follows
``docs/semantics.md`` exactly. Convolutions run as BLAS matrix products in floating
point, which is exact here: every operand and partial sum is an integer whose magnitude is
bounded by the layer's worst-case potential, below ``2**(membrane_bits - 1) <= 2**23``
for float32 (``2**53`` for float64, used for wider membranes).
"""

from dataclasses import dataclass, field

import numpy as np

from toepcore.digest import position_mix

__all__ = ["ReferenceModel", "RunResult", "encode", "conv_sum", "step_conv", "or_pool", "classify", "MODES"]

MODES = ("feedforward", "stateful")


def encode(encoder, images):
    """Binary spike planes from uint8 images.

    Parameters
    ----------
    encoder : model.network.Encoder
    images : ndarray of uint8, shape (N, C_img, H, W) or (N, H, W) for one channel

    Returns
    -------
    ndarray of uint8 in {0, 1}, shape (N, C_img * P, H, W); channel ``c * P + p`` is
    ``images[:, c] >= thresholds[c, p]``.
    """
    images = np.asarray(images)
    if images.dtype != np.uint8:
        raise TypeError(f"images must be uint8, got {images.dtype}")
    if images.ndim == 3:
        images = images[:, None]
    th = np.asarray(encoder.thresholds)
    if images.ndim != 4 or images.shape[1] != th.shape[0]:
        raise ValueError(f"images of shape {images.shape} do not have the encoder's {th.shape[0]} channel(s)")
    planes = images[:, :, None, :, :] >= th[None, :, :, None, None]
    n, c, p, h, w = planes.shape
    return planes.reshape(n, c * p, h, w).astype(np.uint8)


def _windows(x, kernel, stride, padding):
    """(N, C, Ho, Wo, kh, kw) view of the input windows of a convolution."""
    (kh, kw), (sy, sx), (py, px) = kernel, stride, padding
    if py or px:
        x = np.pad(x, ((0, 0), (0, 0), (py, py), (px, px)))
    win = np.lib.stride_tricks.sliding_window_view(x, (kh, kw), axis=(2, 3))
    return win[:, :, ::sy, ::sx]


def conv_sum(layer, spikes, kernel=None):
    """Integer synaptic sums of a conv layer for binary input spikes.

    Parameters
    ----------
    layer : model.network.ConvLayer
    spikes : ndarray of {0, 1}, shape (N,) + layer.in_shape
    kernel : ndarray, optional
        Use this (C_out, C_in // groups, kh, kw) kernel instead of the layer's own.

    Returns
    -------
    ndarray of int64, shape (N,) + layer.out_shape: ``sum_i x_i w_ij`` for every neuron.
    """
    k = layer.expanded_kernel() if kernel is None else kernel
    # float32 is exact while every partial sum stays below 2**24 in magnitude.
    wide = max(layer.membrane_bits or 64, int(np.abs(k).sum(axis=(1, 2, 3)).max(initial=0)).bit_length() + 1) > 24
    dt = np.float64 if wide else np.float32
    n = spikes.shape[0]
    c_out, ho, wo = layer.out_shape
    win = _windows(spikes, layer.kernel, layer.stride, layer.padding)
    cg, fg = layer.group_in, c_out // layer.groups
    out = np.empty((n, c_out, ho, wo), np.int64)
    for grp in range(layer.groups):
        w = win[:, grp * cg:(grp + 1) * cg]                       # N, Cg, Ho, Wo, kh, kw
        cols = w.transpose(0, 2, 3, 1, 4, 5).reshape(n * ho * wo, -1).astype(dt)
        kg = k[grp * fg:(grp + 1) * fg].reshape(fg, -1).T.astype(dt)
        res = cols @ kg                                          # N*Ho*Wo, Fg
        out[:, grp * fg:(grp + 1) * fg] = np.rint(res).astype(np.int64).reshape(n, ho, wo, fg).transpose(0, 3, 1, 2)
    return out


def step_conv(layer, spikes, potential=None, mode="feedforward"):
    """One tick of a conv layer's neurons (docs/semantics.md section 4).

    Parameters
    ----------
    spikes : ndarray of {0, 1}, (N,) + layer.in_shape
    potential : ndarray of int64 or None
        Stateful mode: the potentials after the previous tick (None: all 0).

    Returns
    -------
    (spikes_out, potential) : bool array (N,) + out_shape, and the new potentials
    (stateful mode; None in feed-forward mode).
    """
    v = conv_sum(layer, spikes) + np.asarray(layer.bias, np.int64)[None, :, None, None]
    thr = np.asarray(layer.threshold, np.int64)[None, :, None, None]
    if mode == "feedforward":
        return v >= thr, None
    if potential is not None:
        v = v + potential
    lim = 1 << (layer.membrane_bits - 1)
    v = np.clip(v, -lim, lim - 1)
    y = v >= thr
    if layer.reset == "zero":
        v = np.where(y, 0, v)
    elif layer.reset == "subtract":
        v = np.where(y, v - thr, v)
    return y, v


def or_pool(layer, spikes):
    """OR pooling of binary spikes, shape (N,) + layer.in_shape -> (N,) + layer.out_shape."""
    win = _windows(spikes, layer.kernel, layer.stride, (0, 0))
    _, ho, wo = layer.out_shape
    return win[:, :, :ho, :wo].max(axis=(4, 5)).astype(np.uint8)


def classify(network, out_spikes):
    """Population coding: class counts and predictions from last-layer spike counts.

    ``out_spikes`` has shape (N,) + network.output_shape. Returns ``(counts, pred)``: counts
    (N, n_classes) int64 sum the spikes of each class's neurons; ``pred`` is the argmax with
    ties resolved to the lowest class index.
    """
    n = out_spikes.shape[0]
    flat = out_spikes.reshape(n, -1).astype(np.int64)
    pop = np.asarray(network.population)
    onehot = np.zeros((pop.size, network.n_classes), np.int64)
    used = pop >= 0
    onehot[np.nonzero(used)[0], pop[used]] = 1
    counts = flat @ onehot
    return counts, counts.argmax(axis=1)  # argmax returns the first maximum


@dataclass
class RunResult:
    """Output of :meth:`ReferenceModel.run`.

    Attributes
    ----------
    counts : ndarray of int64, (N, n_classes)
        Output spikes per class, summed over ticks.
    predictions : ndarray of int64, (N,)
    spikes : list of ndarray or None
        With ``trace=True``: per layer, output spike counts over all ticks, (N,) + out_shape,
        uint8 (binary for one tick). ``spikes[0]`` is the layer after the encoder.
    input_spikes : ndarray or None
        With ``trace=True``: the encoder's spike planes, (N, C, H, W).
    counters : dict or None
        With ``counters=True``: ``{layer name: {"input_spikes", "synaptic_ops",
        "spikes_out"}}``, each an int64 array (N,) summed over ticks. ``synaptic_ops``
        counts (active input, neuron) pairs joined by a non-zero weight: the synaptic
        events a TrueNorth core would execute. OR-pool layers do no synaptic operations.
    spike_digests : ndarray of int64 or None
        With ``counters=True``: (N, layers), every layer's spike digest
        (:mod:`toepcore.digest`; in ``stateful`` mode summed over ticks), modulo 2^32.
    """
    counts: np.ndarray
    predictions: np.ndarray
    spikes: list | None = None
    input_spikes: np.ndarray | None = None
    counters: dict | None = field(default=None)
    spike_digests: np.ndarray | None = None

    def counter_totals(self):
        """Per layer and ``total``: each counter's mean per image."""
        if self.counters is None:
            return None
        out = {name: {k: float(v.mean()) for k, v in c.items()} for name, c in self.counters.items()}
        out["total"] = {k: sum(out[name][k] for name in self.counters) for k in ("input_spikes", "synaptic_ops", "spikes_out")}
        return out


class ReferenceModel:
    """Executes a deployed network on batches of uint8 images, as ``docs/semantics.md`` says.

    Parameters
    ----------
    network : model.network.Network
        Validated on construction.
    """

    def __init__(self, network):
        self.network = network.validate()
        self._nonzero = {l.name: (l.expanded_kernel() != 0).astype(np.int64)
                         for l in network.conv_layers}
        self._mixes = [position_mix(l.out_shape) for l in network.layers]   # the spike digests' terms

    def run(self, images, *, mode="feedforward", ticks=1, trace=False, counters=False,
            batch_size=1000, progress=False):
        """Classify images.

        Parameters
        ----------
        images : ndarray of uint8, (N, C_img, H, W) or (N, H, W)
        mode : {"feedforward", "stateful"}
            ``feedforward``: one tick, memoryless neurons (Eedn). ``stateful``: ``ticks``
            ticks of integrate-and-fire with leak, reset and saturation to the membrane width.
        ticks : int
            Ticks per frame (``stateful`` only; ``feedforward`` is one tick).
        trace : bool
            Keep every layer's spike map (memory: N x all neurons bytes).
        counters : bool
            Count input spikes, synaptic operations and output spikes per layer.
        batch_size : int
        progress : bool
            Show a tqdm progress bar.
        """
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
        if mode == "feedforward" and ticks != 1:
            raise ValueError(f"feedforward mode runs one tick per frame, got ticks={ticks}")
        if ticks < 1:
            raise ValueError(f"ticks must be >= 1, got {ticks}")
        images = np.asarray(images)
        if images.ndim == 3:
            images = images[:, None]
        net = self.network
        if images.shape[1:] != net.input_shape:
            raise ValueError(f"images of shape {images.shape[1:]} do not match the network's input {net.input_shape}")
        parts = []
        starts = range(0, len(images), batch_size)
        if progress:
            from tqdm import tqdm
            starts = tqdm(starts, desc="reference model", unit="batch")
        for s in starts:
            parts.append(self._run_batch(images[s:s + batch_size], mode, ticks, trace, counters))
        if not parts:
            parts.append(self._run_batch(images, mode, ticks, trace, counters))
        counts = np.concatenate([p[0] for p in parts])
        res = RunResult(counts=counts, predictions=counts.argmax(axis=1))
        if trace:
            res.spikes = [np.concatenate([p[1][i] for p in parts]) for i in range(len(net.layers))]
            res.input_spikes = np.concatenate([p[3] for p in parts])
        if counters:
            res.counters = {name: {k: np.concatenate([p[2][name][k] for p in parts]) for k in parts[0][2][name]}
                            for name in parts[0][2]}
            res.spike_digests = np.concatenate([p[4] for p in parts]) % (1 << 32)
        return res

    def _run_batch(self, images, mode, ticks, trace, want_counters):
        net = self.network
        n = len(images)
        x_in = encode(net.encoder, images)
        totals = [np.zeros((n,) + l.out_shape, np.uint8 if ticks < 256 else np.int64) for l in net.layers]
        counters = {l.name: {k: np.zeros(n, np.int64) for k in ("input_spikes", "synaptic_ops", "spikes_out")}
                    for l in net.layers}
        potentials = [None] * len(net.layers)
        digests = np.zeros((n, len(net.layers)), np.int64)
        for _ in range(ticks):
            x = x_in
            for i, layer in enumerate(net.layers):
                if layer.kind == "conv":
                    y, potentials[i] = step_conv(layer, x, potentials[i], mode)
                    y = y.astype(np.uint8)
                    if want_counters:
                        c = counters[layer.name]
                        c["synaptic_ops"] += conv_sum(layer, x, self._nonzero[layer.name]).sum(axis=(1, 2, 3))
                else:
                    y = or_pool(layer, x)
                if want_counters:
                    c = counters[layer.name]
                    c["input_spikes"] += x.reshape(n, -1).sum(1, dtype=np.int64)
                    c["spikes_out"] += y.reshape(n, -1).sum(1, dtype=np.int64)
                    digests[:, i] = (digests[:, i] + y.reshape(n, -1).astype(np.int64) @ self._mixes[i]) % (1 << 32)
                totals[i] += y
                x = y
        counts, _ = classify(net, totals[-1])
        return counts, (totals if trace else None), counters, (x_in if trace else None), digests
