"""What an FPGA family offers the flow: an :class:`FpgaTarget` per family
(:mod:`boards.ice40`, :mod:`boards.ecp5`) and the simulator's (:mod:`boards.simulator`).

A target holds its family's block-RAM shapes and LUT model (the planner's costs), the
yosys cells counted against each resource, its tools and bitstream suffix, and its PLL:
the search for dividers and the primitive that makes the design clock (LiteX's habit:
ranges, search and instance in one class).
"""

import math

__all__ = ["FpgaTarget", "NoCostModel"]


class NoCostModel(LookupError):
    """A target (the simulator) has no resource model: nothing to cost a plan against."""


class FpgaTarget:
    """One FPGA family.

    Attributes
    ----------
    name : str
        The family as yosys spells it (``synth_<name>``).
    bram_shapes : tuple of (int, int)
        Aspect ratios (words, bits) of one block RAM.
    lut_model : dict
        LUT4s per part of the array, fitted to yosys synthesis of the board tops
        (:func:`codegen.planner.costs.lut_estimate`; ``docs/hardware.md`` has the fits).
    cells : dict
        yosys cell types counted against each resource of a budget.
    key_bels : tuple of str
        nextpnr resources a report always lists, even unused.
    tools : dict
        Environment variable of Amaranth's build script -> YoWASP executable.
    bitstream_suffix : str
    result_register : bool
        The board top copies each result into a register of its own and sends it from
        there (:class:`hw.board_top.BoardTop` ``hold_result``), so the array starts the next
        frame while the answer goes out. About 360 flip-flops for 10 classes: spare on an
        ECP5; on an iCE40 each takes a logic cell of the few the array leaves, and there the
        array, not the answer, limits.
    """
    name = None
    bram_shapes = ()
    lut_model = None
    cells = {}
    key_bels = ()
    tools = {}
    bitstream_suffix = None
    result_register = False

    def __repr__(self):
        return f"<FPGA target {self.name}>"

    @property
    def synthesises(self):
        return bool(self.tools)

    def bram_blocks(self, depth, width):
        """Block RAMs a ``depth`` x ``width`` memory takes in its cheapest aspect ratio."""
        if not self.bram_shapes:
            raise NoCostModel(f"the {self.name} target has no block RAM")
        return min(math.ceil(depth / d) * math.ceil(width / w) for d, w in self.bram_shapes)

    def pll(self, fin_mhz, fout_mhz):
        """The PLL setting whose output is closest to ``fout_mhz`` from ``fin_mhz`` (its
        last element the achieved MHz), or None when none comes within 0.5%."""
        return None

    def pll_instance(self, m, platform, board):
        """Add to module ``m`` the PLL that makes ``board``'s design clock the ``sync``
        domain (held in reset until it locks) on ``platform``."""
        raise NotImplementedError(f"the {self.name} target has no PLL")

    def _reset_until_locked(self, m, platform, cd, locked, mhz):
        m.d.comb += cd.rst.eq(~locked)
        platform.add_clock_constraint(cd.clk, mhz * 1e6)
