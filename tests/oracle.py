"""A second, deliberately naive executor of a deployed network, written from
``docs/semantics.md`` alone, to hold the reference model to.

It shares no code with the reference model: it imports neither ``model/s4.py`` nor
``model/reference.py`` and never calls ``ConvLayer.expanded_kernel``. Every conv layer
becomes its full block-Toeplitz matrix, one entry at a time, with each S4 type found by
applying the stored permutations tap by tap (``sigma`` once per column step, ``tau`` once
per row step) as written in section 3.2; a frame is then a matrix product per layer.
Slow (Python loops per matrix entry): for small random networks and a few images.
"""

import numpy as np

__all__ = ["layer_matrix", "oracle_run", "oracle_records"]


def _permute(perm, value, times):
    """``perm`` applied ``times`` times to ``value`` (section 3.2: sigma^0 is the identity)."""
    for _ in range(times):
        value = int(perm[value])
    return value


def _kernel_entry(layer, o, c, qy, qx):
    """K[o, c, qy, qx] of section 3."""
    if layer.family == "s4":
        if not layer.mask[o, c, qy, qx]:
            return 0
        kind = _permute(layer.sigma, _permute(layer.tau, int(layer.g[c]), qy), qx)
        return int(layer.table[o, kind])
    return int(layer.weight[o, c, qy, qx])   # kernel and dense: the stored weights


def layer_matrix(layer):
    """The layer's ``(neurons, inputs)`` matrix: row ``(o, oy, ox)``, column ``(ci, y, x)``,
    both flattened in that order; padding positions have no column."""
    cin, h, w = layer.in_shape
    cout = layer.out_channels
    kh, kw = layer.kernel
    sy, sx = layer.stride
    py, px = layer.padding
    oh, ow = (h + 2 * py - kh) // sy + 1, (w + 2 * px - kw) // sx + 1
    cg, per_group = cin // layer.groups, cout // layer.groups
    mat = np.zeros((cout * oh * ow, cin * h * w), np.int64)
    for o in range(cout):
        gi = o // per_group
        for oy in range(oh):
            for ox in range(ow):
                row = (o * oh + oy) * ow + ox
                for c in range(cg):
                    for qy in range(kh):
                        for qx in range(kw):
                            y, x = oy * sy + qy - py, ox * sx + qx - px
                            if 0 <= y < h and 0 <= x < w:   # padding never spikes
                                mat[row, ((gi * cg + c) * h + y) * w + x] = _kernel_entry(layer, o, c, qy, qx)
    return mat, (cout, oh, ow)


def _orpool(layer, spikes):
    c, h, w = layer.in_shape
    kh, kw = layer.kernel
    sy, sx = layer.stride
    oh, ow = (h - kh) // sy + 1, (w - kw) // sx + 1
    out = np.zeros((c, oh, ow), np.int64)
    for ch in range(c):
        for oy in range(oh):
            for ox in range(ow):
                out[ch, oy, ox] = int(spikes[ch, oy * sy:oy * sy + kh, ox * sx:ox * sx + kw].any())
    return out


def oracle_run(network, images, *, mode="feedforward", ticks=1):
    """``(counts, classes, spikes)`` per image: class counts (N, n_classes), the class
    (lowest index on ties), and each layer's output spike counts summed over ticks."""
    thresholds = np.asarray(network.encoder.thresholds)
    mats = [layer_matrix(l) if l.kind == "conv" else None for l in network.layers]
    all_counts, classes, all_spikes = [], [], []
    for image in np.asarray(images):
        image = image.reshape(network.input_shape)
        # section 2: plane p of channel c is the pixels at or above theta[c, p]
        planes = np.array([[image[c] >= t for t in thresholds[c]] for c in range(image.shape[0])])
        encoded = planes.reshape((-1,) + image.shape[1:]).astype(np.int64)
        potentials = [None] * len(network.layers)
        spike_sums = [0] * len(network.layers)
        counts = np.zeros(network.n_classes, np.int64)
        for _ in range(ticks if mode == "stateful" else 1):
            s = encoded
            for li, layer in enumerate(network.layers):
                if layer.kind != "conv":
                    s = _orpool(layer, s)
                else:
                    mat, shape = mats[li]
                    drive = mat @ s.reshape(-1)
                    bias = np.repeat(np.asarray(layer.bias, np.int64), shape[1] * shape[2])
                    threshold = np.repeat(np.asarray(layer.threshold, np.int64), shape[1] * shape[2])
                    if mode == "feedforward":
                        fired = (drive + bias >= threshold).astype(np.int64)
                    else:   # section 4, stateful: clamp, fire, reset
                        v = potentials[li] if potentials[li] is not None else np.zeros_like(drive)
                        half = 1 << (layer.membrane_bits - 1)
                        u = np.clip(v + drive + bias, -half, half - 1)
                        fired = (u >= threshold).astype(np.int64)
                        if layer.reset == "zero":
                            v = np.where(fired == 1, 0, u)
                        elif layer.reset == "subtract":
                            v = np.where(fired == 1, u - threshold, u)
                        else:
                            v = u
                        potentials[li] = v
                    s = fired.reshape(shape)
                spike_sums[li] = spike_sums[li] + s
            flat = s.reshape(-1)
            for n, k in enumerate(network.population):   # section 8
                if k >= 0 and flat[n]:
                    counts[k] += 1
        all_counts.append(counts)
        classes.append(int(np.flatnonzero(counts == counts.max())[0]))
        all_spikes.append(spike_sums)
    return np.array(all_counts), np.array(classes), all_spikes


def _mix32(key):
    """The digest's mix of one spike key, in Python integers (``toepcore/digest.py``'s
    definition, restated here rather than imported)."""
    h = ((key + 1) * 0x9E3779B1) & 0xFFFFFFFF
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    return h ^ (h >> 13)


def oracle_records(network, images):
    """Each image's full record as the RTL reports it (``codegen/check.py``'s fields):
    ``cls``, ``counts``, ``input_spikes`` (ones in the encoded frame), ``spikes`` (all
    layers), and per layer its spike count and digest (sum of each spike's mix of
    ``c << 20 | y << 10 | x``, modulo 2^32). Feed-forward, one tick."""
    counts, classes, spikes = oracle_run(network, images)
    thresholds = np.asarray(network.encoder.thresholds)
    records = []
    for i, image in enumerate(np.asarray(images)):
        image = image.reshape(network.input_shape)
        ones = sum(int((image[c] >= t).sum()) for c in range(image.shape[0]) for t in thresholds[c])
        layer_spikes = [int(s.sum()) for s in spikes[i]]
        digests = [sum(_mix32(int(c) << 20 | int(y) << 10 | int(x)) for c, y, x in zip(*np.nonzero(s))) % (1 << 32)
                   for s in spikes[i]]
        records.append({"cls": int(classes[i]), "counts": [int(v) for v in counts[i]], "input_spikes": ones,
                        "spikes": sum(layer_spikes), "layer_spikes": layer_spikes, "layer_digests": digests})
    return records
