"""Map a deployed network onto logical and physical cores and report it."""

from dataclasses import dataclass

from boards import Board
from hw.array import plan_network
from hw.config import TileGeometry, generator_memory_bits
from model.profiles import get_profile
from model.truenorth import Tile, dense_core_bits

__all__ = ["Mapping", "MappingError", "map_network"]


class MappingError(ValueError):
    """A network does not fit the cores of its profile or of the board."""


@dataclass
class Mapping:
    """Per layer: how it is cut into logical cores and laid on physical cores."""
    network: object
    board: Board
    plans: list
    max_neurons: int
    max_axons: int

    def layer_rows(self):
        rows = []
        for plan in self.plans:
            l = plan.layer
            (kh, kw), (sy, sx) = l.kernel, l.stride
            ph, pw = (plan.ty - 1) * sy + kh, (plan.tx - 1) * sx + kw
            apa = 1 if l.family == "s4" else 2 * (l.weight_bits - 1)
            f = plan.blocks[0][1] - plan.blocks[0][0]
            neurons, axons = f * plan.ty * plan.tx, l.group_in * ph * pw
            # Generator memory of each physical core (filter block), as the core builds it;
            # the permutation constants are logic, not memory.
            gen = sum(bits for f0, f1 in plan.blocks
                      for kind, bits in generator_memory_bits(l, TileGeometry.of(l, Tile(f0, f1, 0, plan.ty, 0, plan.tx))).items()
                      if kind != "permutations")
            # A TrueNorth-style chip stores a crossbar per logical core.
            dense = sum(dense_core_bits(axons * apa, (f1 - f0) * plan.ty * plan.tx)
                        for f0, f1 in plan.blocks) * len(plan.tiles)
            rows.append({"layer": l.name, "family": l.family, "logical_cores": plan.logical_cores,
                         "physical_cores": len(plan.blocks), "tile": f"{f}x{plan.ty}x{plan.tx}",
                         "neurons_per_core": neurons, "axons_per_core": axons * apa,
                         "generator_bits": gen, "dense_crossbar_bits": dense})
        return rows

    def totals(self):
        rows = self.layer_rows()
        return {k: sum(r[k] for r in rows) for k in ("logical_cores", "physical_cores", "generator_bits",
                                                     "dense_crossbar_bits")}

    # Share of the block RAM a design may plan to fill: packing memories into fixed-size
    # blocks wastes some (the iCE40 build of ice40-s4 fills 22 EBRs with 73 kbit).
    FILL = 0.75

    def memory_bits(self, parallel):
        """Estimated block-RAM bits of the array: weights, potential memories (one pool per
        slot of concurrently working cores; one in all when they take turns), event lists
        (unless in SPRAM) and the population map."""
        from hw.config import fit_lanes
        weights = sum(r["generator_bits"] for r in self.layer_rows())
        pools = {}
        for plan in self.plans:
            for j, (f0, f1) in enumerate(plan.blocks):
                lanes = fit_lanes(self.board.lanes, f1 - f0)
                words = (f1 - f0) * plan.ty * plan.tx // lanes
                width = lanes * plan.layer.membrane_bits
                d, w = pools.get(j if parallel else 0, (0, 0))
                pools[j if parallel else 0] = (max(d, words), max(w, width))
        pot = sum(d * w for d, w in pools.values())
        net = self.network
        shapes = [(net.encoder.out_channels,) + net.input_shape[1:]] + [p.layer.out_shape for p in self.plans]
        depth = max(c * h * w for c, h, w in shapes[:-1])
        ew = sum(max(1, (max(s[i] for s in shapes[:-1]) - 1).bit_length()) for i in range(3))
        events = 0 if self.board.spram else 2 * depth * ew
        population = len(net.population) * max(1, net.n_classes.bit_length())
        return weights + pot + events + population

    @property
    def parallel(self):
        """Whether a layer's physical cores work at the same time: the board's setting, or
        (``parallel=None``) the budget's choice: in parallel when the array's estimated
        block RAM with one potential memory per concurrent core stays within ``FILL`` of the
        board's, else taking turns."""
        if self.board.parallel is not None:
            return self.board.parallel
        return self.memory_bits(True) <= self.FILL * self.board.resources.get("BRAM", 0) * self.board.bram_bits

    def check_memory(self, array, name="the network"):
        """Refuse, before any synthesis, a design whose weight memories alone exceed the
        board's block RAM (each core's weights sit in block RAM)."""
        from .fpga import FitError
        board = self.board
        have = board.resources.get("BRAM", 0) * board.bram_bits
        need = array.weight_memory_bits()
        if need > have:
            raise FitError(f"{name} does not fit board {board.name!r}: its cores hold "
                           f"{need:,} bits of weight memory but the {board.device} has {have:,} bits of block RAM "
                           f"({board.resources['BRAM']} x {board.bram_bits:,}; {need - have:,} bits short)")

    def _why(self):
        b = self.board
        if b.parallel is not None:
            return f" (board {b.name!r})"
        have = b.resources.get("BRAM", 0) * b.bram_bits
        return (f" (board {b.name!r}: about {self.memory_bits(True):,} bits of block RAM in parallel, "
                f"{self.memory_bits(False):,} taking turns; the {b.device} has {have:,}, planned to "
                f"{self.FILL:.0%})")

    def report(self):
        """The human-readable mapping report."""
        rows = self.layer_rows()
        cols = list(rows[0])
        width = {c: max(len(c), *(len(f"{r[c]:,}" if isinstance(r[c], int) else str(r[c])) for r in rows)) for c in cols}
        fmt = lambda v: f"{v:,}" if isinstance(v, int) else str(v)
        lines = [f"network profile {self.network.profile!r}: logical cores of at most {self.max_neurons} neurons "
                 f"and {self.max_axons} axons; one physical core per filter block runs its tiles in turn; "
                 + ("a layer's blocks work in parallel" if self.parallel
                    else "a layer's blocks take turns and share a potential memory") + self._why(),
                 "  ".join(c.rjust(width[c]) for c in cols)]
        lines += ["  ".join(fmt(r[c]).rjust(width[c]) for c in cols) for r in rows]
        t = self.totals()
        lines.append(f"total: {t['logical_cores']} logical cores on {t['physical_cores']} physical cores; "
                     f"{t['generator_bits']:,} generator bits vs {t['dense_crossbar_bits']:,} dense crossbar bits "
                     f"({t['dense_crossbar_bits'] / max(t['generator_bits'], 1):.1f}x)")
        return "\n".join(lines)


def map_network(network, board):
    """Cut every layer into logical cores within the network's core profile."""
    prof = get_profile(network.profile)
    for i, layer in enumerate(network.layers):
        if layer.kind != "conv":
            raise MappingError(f"layer {i} ({layer.name!r}): {layer.kind} layers cannot be mapped onto cores yet")
        if layer.fan_in > prof.max_axons:
            raise MappingError(f"layer {i} ({layer.name!r}): fan-in of {layer.fan_in} inputs exceeds the "
                               f"{prof.max_axons}-axon cores of profile {prof.name!r}")
    plans = plan_network(network, prof.max_neurons, prof.max_axons)
    return Mapping(network, board, plans, prof.max_neurons, prof.max_axons)
