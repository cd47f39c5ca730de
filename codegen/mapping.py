"""Map a deployed network onto cores: the array plan (:mod:`codegen.planner`) and the checks
made on it before any synthesis."""

from toepcore.ir.plan import ArrayPlan

from . import planner
from .planner import MappingError, plan_array

__all__ = ["ArrayPlan", "MappingError", "map_network", "check_memory"]


def map_network(network, board, **options):
    """The array plan of ``network`` on ``board`` (:func:`codegen.planner.plan_array`)."""
    return plan_array(network, board, **options)


def check_memory(plan, name="the network"):
    """Refuse, before any synthesis, a plan whose block-RAM memories exceed the board's
    block RAM, naming the shortfall."""
    from .fpga import FitError
    board = plan.board
    have = board.resources.get("BRAM", 0) * board.bram_bits
    places = planner.bits_by_place(plan)
    need = places["bram"]
    if need > have:
        mb = planner.memory_bits(plan)
        raise FitError(f"{name} does not fit board {board.name!r}: its plan puts {need:,} bits in block RAM "
                       f"(weights {mb['weights']:,}, potentials {mb['potentials']:,}, spikes {mb['spikes']:,}, "
                       f"other {mb['other']:,}) but the {board.device} has {have:,} bits "
                       f"({board.resources['BRAM']} x {board.bram_bits:,}; {need - have:,} bits short)")
