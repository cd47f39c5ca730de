"""Training presets: architecture and recipe per target (no torch needed to read them).

A layer spec is ``(out_channels, kernel, stride, padding, groups)``. The readout is a
full-extent conv with ``readout_per_class * n_classes`` neurons in ``readout_groups``
groups; neuron ``o`` votes for class ``o % n_classes`` so every group sees every class.

Memory budget assumed for ``ice40`` (iCE40UP5K: 30 x 4 kbit EBR + 4 x 256 kbit SPRAM):
generators within 96 kbit (24 EBRs), leaving 6 EBRs for routing tables and FIFOs and the
1 Mbit of SPRAM for membrane potentials and spike buffers of time-multiplexed cores.
"""

from dataclasses import asdict, dataclass

__all__ = ["Preset", "PRESETS", "get_preset", "default_preset"]


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
