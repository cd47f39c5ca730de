"""Core profiles: the limits a logical core obeys (``docs/semantics.md`` section 6).

A deployed network names the profile it targets; loading checks every layer against it.
"""

from dataclasses import dataclass

__all__ = ["CoreProfile", "PROFILES", "get_profile"]


@dataclass(frozen=True)
class CoreProfile:
    """Limits of one logical core.

    Attributes
    ----------
    name : str
    max_axons : int
        Axons per core. A neuron's fan-in (inputs x axons per input) must fit.
    max_neurons : int
        Neurons per core.
    axon_types : int
        Distinct axon types (entries of a neuron's weight table).
    table_range : int
        s4 weight tables hold integers in ``[-table_range, table_range]``.
    max_kernel_bits : int
        Widest signed kernel weight (``kernel`` family), two's complement bits, symmetric
        range ``[-(2**(b-1) - 1), 2**(b-1) - 1]``.
    max_membrane_bits : int
        Widest membrane potential (signed bits).
    binary_crossbar : bool
        True when weights come from a binary crossbar and axon types (TrueNorth): a signed
        ``kernel``/``dense`` weight of ``b`` bits then costs ``2 * (b - 1)`` axons per input.
        A generator core computes weights from generators, so one axon per input.
    """
    name: str
    max_axons: int
    max_neurons: int
    axon_types: int
    table_range: int
    max_kernel_bits: int
    max_membrane_bits: int
    binary_crossbar: bool

    def axons_per_input(self, family, weight_bits=2):
        """Axons a core of this profile spends per input of a ``family`` layer (a name or
        a :class:`model.families.LayerFamily`) with ``weight_bits`` weights."""
        from .families import family_of
        return family_of(family).axons_per_input(weight_bits, self.binary_crossbar)


PROFILES = {
    "truenorth": CoreProfile("truenorth", max_axons=256, max_neurons=256, axon_types=4,
                             table_range=255, max_kernel_bits=2, max_membrane_bits=20,
                             binary_crossbar=True),
    "generator": CoreProfile("generator", max_axons=4096, max_neurons=1024, axon_types=4,
                             table_range=255, max_kernel_bits=8, max_membrane_bits=24,
                             binary_crossbar=False),
}


def get_profile(name):
    try:
        return PROFILES[name]
    except KeyError:
        raise ValueError(f"unknown core profile {name!r}; known profiles: "
                         f"{', '.join(sorted(PROFILES))}") from None
