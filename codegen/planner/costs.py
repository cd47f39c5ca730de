"""The LUT estimate of a planned array, from its target's fitted coefficients."""

from .memories import memories

__all__ = ["lut_estimate"]


def lut_estimate(plan):
    """LUT4s of the array and its board top, estimated from the target's fitted
    coefficients (:attr:`boards.target.FpgaTarget.lut_model`): a fixed part (encoder,
    router, collector, voter, UART), a part per physical core (its control, address
    arithmetic and tables; for one shared core, its larger part plus one per block it
    runs: the up5k-s4 build on the iCEBreaker, 3,279 LC), a part per lane bit (the adder
    and weight selection of each lane, membrane-wide) and, with the zero skip, a part per
    lane group (find-first-set). The build checks the real count (yosys) before place and
    route. None on a target without a LUT model (the simulator)."""
    k = plan.board.target.lut_model
    if k is None:
        return None
    total = k["fixed"]
    if plan.shared:   # one core, its lanes as wide as the widest membrane, a table row per block
        B = max(plan.layer_of(c).membrane_bits for c in plan.cores)
        # tables of at most ROM_WORDS lane groups are ROMs in logic: a LUT4 per output
        # bit and 16 words (a 4-input LUT's contents); the first 16 words' LUT per bit
        # is in the per-lane-bit part (the fit's tables were shallower), the rest here
        roms = sum(m["width"] * (-(-m["depth"] // 16) - 1) for m in memories(plan)
                   if m["name"].startswith("core0.") and m["place"] == "logic")
        return int(total + k["shared"] + k["lane_bit"] * plan.cores[0].lanes * B + k["config"] * len(plan.cores)
                   + roms)
    for core in plan.cores:
        total += k["core"] + k["lane_bit"] * core.lanes * plan.layer_of(core).membrane_bits
        total += k["group"] * core.groups if core.skip_zeros else 0
    return int(total)
