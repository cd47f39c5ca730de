"""Board profiles: what a target offers and how the code generator uses it.

Only the ``sim`` pseudo-board exists so far: it simulates the design (Verilator or
Icarus) with no resource limit.
"""

from dataclasses import dataclass

__all__ = ["Board", "BOARDS", "get_board"]


@dataclass(frozen=True)
class Board:
    """A target for ``python -m codegen build``.

    Attributes
    ----------
    name : str
    description : str
    max_neurons, max_axons : int
        Logical-core limits the mapper tiles layers with (TrueNorth-sized by default: the
        dense baseline then has the chip's core size).
    lanes : int
        Neuron updates per cycle of every core.
    clock_mhz : float or None
        Board clock (None: simulation only).
    """
    name: str
    description: str
    max_neurons: int = 256
    max_axons: int = 256
    lanes: int = 8
    clock_mhz: float | None = None


BOARDS = {b.name: b for b in [
    Board("sim", "simulation only: elaborate, emit Verilog and run it in Verilator or Icarus"),
]}


def get_board(name):
    try:
        return BOARDS[name]
    except KeyError:
        raise ValueError(f"unknown board {name!r}; known boards: {', '.join(BOARDS)}") from None
