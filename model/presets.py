"""Training presets: architecture and recipe per target (no torch needed to read them).

A layer spec is ``(out_channels, kernel, stride, padding, groups)``. The readout is a
full-extent conv with ``readout_per_class * n_classes`` neurons in ``readout_groups``
groups; neuron ``o`` votes for class ``o % n_classes`` so every group sees every class.

Memory budget assumed for ``ice40`` (iCE40UP5K: 30 x 4 kbit EBR + 4 x 256 kbit SPRAM):
generators within 96 kbit (24 EBRs), leaving 6 EBRs for routing tables and FIFOs and the
1 Mbit of SPRAM for membrane potentials and spike buffers of time-multiplexed cores.
"""

import itertools
import math
from dataclasses import asdict, dataclass

from toepcore.errors import ToepcoreError

__all__ = ["Preset", "PRESETS", "get_preset", "default_preset", "DESIGN_SIZE", "MIN_SIDE", "PresetFitError", "scaled_layers",
           "map_sizes"]

#: The image side (pixels) every preset's strides were designed for: MNIST's 28.
DESIGN_SIZE = 28
#: The smallest image side (pixels) the presets scale to.
MIN_SIDE = 8


class PresetFitError(ToepcoreError, ValueError):
    """A preset's layers cannot take an input of this size."""


@dataclass(frozen=True)
class Preset:
    name: str
    description: str
    planes: tuple = (64, 128, 192)
    layers: tuple = ((32, 3, 2, 1, 1), (64, 3, 2, 1, 1), (64, 3, 1, 1, 1))
    readout_per_class: int = 20
    readout_groups: int = 1
    profile: str = "generator"
    weight_bits: int = 2          # kernel family only; s4 tables are 9-bit, dense ternary
    epochs: int = 15
    batch_size: int = 128
    lr: float = 3e-3
    weight_decay: float = 0.0
    shift: int = 2                # random +-shift pixel translations while training
    val_images: int = 5000        # held out of the 60,000 training images

    def to_dict(self):
        return asdict(self)


PRESETS = {p.name: p for p in [
    Preset("quick", "a few-minute network for smoke tests and CI-sized runs",
           layers=((16, 3, 2, 1, 1), (32, 3, 2, 1, 1)), readout_per_class=5, epochs=2, shift=0),
    Preset("mnist", "the default generator-profile network (ECP5 / sim): 4 conv layers and a 4x4 readout",
           planes=(32, 96, 160, 224),
           layers=((64, 3, 2, 1, 1), (128, 3, 2, 1, 1), (128, 3, 1, 1, 1), (128, 3, 2, 1, 1)),
           readout_per_class=20, epochs=15),
    Preset("truenorth", "strictly within the truenorth profile: every fan-in <= 256 axons",
           profile="truenorth",
           layers=((32, 3, 2, 1, 1), (64, 3, 2, 1, 4), (64, 3, 2, 1, 8)),
           readout_per_class=20, readout_groups=8, epochs=15),
    Preset("ice40", "small enough for an iCE40UP5K: generators within 96 kbit",
           layers=((16, 3, 2, 1, 1), (32, 3, 2, 1, 1), (32, 3, 2, 1, 1)),
           readout_per_class=10, readout_groups=2, epochs=15),
    Preset("up5k", "98.5%+ within an iCE40UP5K's SPRAM (about 300 kbit of s4 generators): 4 planes, "
                   "conv 48 -> 96 -> 96 (4x4), a 4x4 readout of 200 in 2 groups",
           planes=(32, 96, 160, 224),
           layers=((48, 3, 2, 1, 1), (96, 3, 2, 1, 1), (96, 3, 2, 1, 1)),
           readout_per_class=20, readout_groups=2, epochs=30),
]}


def get_preset(name):
    try:
        return PRESETS[name]
    except KeyError:
        raise ValueError(f"unknown preset {name!r}; known presets: {', '.join(PRESETS)}") from None


def default_preset():
    return PRESETS["mnist"]


def _out(size, k, s, p):
    return (size + 2 * p - k) // s + 1


def map_sizes(layers, size):
    """The map side after each layer of ``layers`` (``(out, k, s, p, g)`` specs) on an
    input side of ``size`` pixels."""
    out = []
    for _, k, s, p, _ in layers:
        size = _out(size, k, s, p)
        out.append(size)
    return out


def scaled_layers(preset, image_size):
    """The preset's conv layers with strides adapted to ``image_size`` ``(H, W)``.

    The preset's strides were chosen for :data:`DESIGN_SIZE`; the readout is a
    full-extent conv over the last map, so its size (and the readout's fan-in) is what the
    strides decide. Each layer's stride is taken from {1, 2, 3} (at most its kernel's
    side, so no pixel is skipped) so that the last map's sides come closest (in ratio) to
    the design's, with as few strides changed as possible; at 28 x 28 nothing changes. A
    layer of stride ``s`` must see at least ``s`` x ``s``. Sides below :data:`MIN_SIDE` are
    refused (:class:`PresetFitError`, naming the layer the preset's own strides would
    starve).

    Returns
    -------
    list of (out_channels, kernel, (stride_y, stride_x), padding, groups)
    """
    h, w = image_size
    target = map_sizes(preset.layers, DESIGN_SIZE)[-1] if preset.layers else DESIGN_SIZE
    base = [s for _, _, s, _, _ in preset.layers]
    if (h, w) == (DESIGN_SIZE, DESIGN_SIZE):
        return [(o, k, (s, s), p, g) for o, k, s, p, g in preset.layers]
    if min(h, w) < MIN_SIDE:
        side = min(h, w)
        sizes = [side] + map_sizes(preset.layers, side)
        culprit = next((i for i, (_, _, s, _, _) in enumerate(preset.layers) if s > 1 and sizes[i] < s), None)
        what = (f"layer conv{culprit} (stride {base[culprit]}) would get a {sizes[culprit]} x {sizes[culprit]} map"
                if culprit is not None else f"it is below the {MIN_SIDE} x {MIN_SIDE} the presets are sized for")
        raise PresetFitError(f"preset {preset.name!r} cannot take a {h} x {w} image: {what}; pass --image-size "
                             f"{MIN_SIDE} or larger")

    def choose(size):
        best = None
        # strides up to the kernel's side: no pixel is skipped
        options = [[s for s in (1, 2, 3) if s <= max(k, 1)] for _, k, _, _, _ in preset.layers]
        for strides in itertools.product(*options):
            side, ok = size, True
            for (_o, k, _, p, _g), s in zip(preset.layers, strides):
                if s > 1 and side < s:
                    ok = False
                    break
                side = _out(side, k, s, p)
                if side < 1:
                    ok = False
                    break
            if not ok:
                continue
            cost = (round(abs(math.log2(side / target)), 6), sum(a != b for a, b in zip(strides, base)))
            if best is None or cost < best[0]:
                best = (cost, strides)
        return best

    rows, cols = choose(h), choose(w)
    return [(o, k, (sy, sx), p, g) for (o, k, _, p, g), sy, sx in zip(preset.layers, rows[1], cols[1])]
