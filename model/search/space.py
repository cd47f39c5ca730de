"""The search space of a pilot: which networks a trial may propose, as training presets.

A candidate is a :class:`~model.presets.Preset` built from an Optuna trial's choices:
family (``s4`` or ``kernel``), depth and widths, encoder planes, readout size, the
energy weight of the loss and the learning rate. Strides follow the MNIST preset's
pattern and are scaled to the images by :func:`model.presets.scaled_layers`.
"""

from dataclasses import dataclass, replace

from ..families import family_of
from ..presets import Preset

__all__ = ["Candidate", "suggest", "candidate_from_params", "STRIDES", "SMALLEST"]

#: Conv strides at 28 x 28 for each depth (the ``mnist`` preset's pattern), before scaling.
STRIDES = {2: (2, 2), 3: (2, 2, 2), 4: (2, 2, 1, 2)}


@dataclass(frozen=True)
class Candidate:
    """One network a pilot may train: family, recipe and architecture."""
    family: str
    preset: Preset
    energy: float

    @property
    def widths(self):
        return [l[0] for l in self.preset.layers]

    def describe(self):
        p = self.preset
        return {"family": self.family, "widths": self.widths, "planes": list(p.planes),
                "readout_per_class": p.readout_per_class, "readout_groups": p.readout_groups,
                "energy": self.energy, "lr": p.lr, "weight_bits": p.weight_bits}

    def with_family(self, family, epochs=None):
        """The same architecture in another family (the ``dense`` baseline)."""
        preset = replace(self.preset, name=f"{self.preset.name}-{family}",
                         epochs=epochs if epochs is not None else self.preset.epochs)
        return Candidate(family, preset, 0.0 if family_of(family).unstructured else self.energy)


def candidate_from_params(params, epochs, name="pilot"):
    """A :class:`Candidate` from a trial's parameters (``trial.params``)."""
    depth, w0, growth = params["depth"], params["width"], params["growth"]
    widths = [min(256, int(w0 * (growth if i else 1))) for i in range(depth)]
    layers = tuple((w, 3, s, 1, 1) for w, s in zip(widths, STRIDES[depth]))
    planes = params["planes"]
    # thresholds spread evenly over the pixel range (a colour data set gets its own per channel)
    levels = tuple(int(round(256 * (i + 1) / (planes + 1))) for i in range(planes))
    groups = params["readout_groups"]
    preset = Preset(name, "a pilot candidate", planes=levels, layers=layers,
                    readout_per_class=params["readout_per_class"] * groups, readout_groups=groups,
                    weight_bits=params.get("weight_bits", 2), epochs=epochs, lr=params["lr"], shift=1)
    return Candidate(params["family"], preset, params["energy"])


#: The smallest candidate of the space: if it does not fit a board, none does.
SMALLEST = {"family": "s4", "depth": 2, "width": 8, "growth": 1, "planes": 1, "readout_per_class": 2,
            "readout_groups": 1, "energy": 1e-3, "lr": 3e-3}


def suggest(trial, epochs):
    """Ask ``trial`` for every choice; the :class:`Candidate` it names."""
    params = {
        "family": trial.suggest_categorical("family", ["s4", "kernel"]),
        "depth": trial.suggest_int("depth", 2, 4),
        "width": trial.suggest_categorical("width", [8, 16, 24, 32, 48, 64]),
        "growth": trial.suggest_categorical("growth", [1, 2]),
        "planes": trial.suggest_int("planes", 1, 4),
        "readout_per_class": trial.suggest_categorical("readout_per_class", [2, 5, 10]),
        "readout_groups": trial.suggest_categorical("readout_groups", [1, 2]),
        "energy": trial.suggest_float("energy", 1e-3, 1.0, log=True),
        "lr": trial.suggest_float("lr", 1e-3, 1e-2, log=True),
    }
    return candidate_from_params(params, epochs, name=f"trial-{trial.number}")
