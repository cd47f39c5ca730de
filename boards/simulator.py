"""The simulator's target (the ``sim`` board): Verilator or Icarus run the design; there
are no LUTs, block RAMs or PLL to cost, and it says so (:class:`boards.target.NoCostModel`)
rather than borrowing an FPGA family's model."""

from .target import FpgaTarget

__all__ = ["Simulator", "SIMULATOR"]


class Simulator(FpgaTarget):
    name = "sim"


SIMULATOR = Simulator()
