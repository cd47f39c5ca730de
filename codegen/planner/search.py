"""The planner's search: every way of building the array that the board allows, judged
by estimated LUTs, block RAMs, SPRAMs and expected cycles per image; the fastest that fits
wins, then is re-cut where its memory is far above its weights."""

import math
from dataclasses import dataclass, replace

from model.profiles import get_profile
from toepcore.errors import ToepcoreError
from toepcore.ir.memory import SPRAM_WIDTH
from toepcore.ir.plan import TILINGS, ArrayPlan

from .costs import lut_estimate
from .cycles import expected_cycles
from .layers import layer_plans
from .memories import blocks, memory_bits, memory_ratio
from .schedule import schedule

__all__ = ["MappingError", "Config", "plan_array", "LANE_CHOICES", "MEMORY_TARGET"]

#: Lane counts the search weighs (a core's own is the largest that divides its filters).
LANE_CHOICES = (1, 2, 4, 8, 16, 32, 64, 128)
#: The planner's memory target: on-chip bits of every kind at most this multiple of the
#: weight bits (:func:`plan_array`, ``memory_target``).
MEMORY_TARGET = 2.0


class MappingError(ToepcoreError, ValueError):
    """A network does not fit the cores of its profile or of the board."""


@dataclass(frozen=True)
class Config:
    """One candidate's choices: ``lanes``; whether a layer's blocks run in ``parallel``;
    cores that ``skip_zeros`` (all-zero lane groups); the ``tiling`` (one of
    :data:`toepcore.ir.plan.TILINGS`, or one per layer joined by ``/``); generators in one
    SPRAM ``gen_store``; one ``shared`` core for every block; and the ``pipeline`` mode
    (:func:`codegen.planner.schedule.pipeline_steps`)."""
    lanes: int
    parallel: bool
    skip_zeros: bool
    tiling: str = "cores"
    gen_store: bool = False
    shared: bool = False
    pipeline: object = "full"

    def per_layer(self, n):
        """The tiling of each of ``n`` layers."""
        return self.tiling.split("/") if "/" in self.tiling else [self.tiling] * n


class _Builder:
    """Builds the plan of a :class:`Config` for one network and board."""

    def __init__(self, network, board, max_neurons, max_axons):
        self.network, self.board = network, board
        self.max_neurons, self.max_axons = max_neurons, max_axons
        self.tilings = {t: layer_plans(network, max_neurons, max_axons, t) for t in TILINGS}

    def __call__(self, cfg):
        """The plan of ``cfg``, or None when its cores cannot share one core."""
        layers = [self.tilings[t][i] for i, t in enumerate(cfg.per_layer(len(self.network.layers)))]
        cores, steps = schedule(self.network, layers, cfg.lanes, cfg.parallel, cfg.skip_zeros, cfg.gen_store,
                                pad=cfg.shared, pipeline=cfg.pipeline, spram=self.board.spram)
        if cfg.shared and not _can_share(self.network, cores):
            return None
        return ArrayPlan(self.network, self.board, tuple(layers), tuple(cores), tuple(steps), cfg.parallel, cfg.lanes,
                         self.max_neurons, self.max_axons, self.board.spram, tiling=cfg.tiling, shared=cfg.shared,
                         pipeline=cfg.pipeline if not (cfg.gen_store or cfg.shared) else False,
                         truenorth_layers=tuple(self.tilings["cores"]))

    def widest_block(self):
        return max(b[1] - b[0] for t in self.tilings.values() for lp in t for b in lp.blocks)


def config_of(plan):
    """The :class:`Config` that builds ``plan``."""
    return Config(plan.lanes, plan.parallel, plan.cores[0].skip_zeros, plan.tiling, plan.gen_store, plan.shared,
                  plan.pipeline)


def plan_array(network, board, *, lanes=None, parallel=None, skip_zeros=None, gen_store=None, shared=None,
               max_neurons=None, max_axons=None, stats=None, memory_target=MEMORY_TARGET, pipeline=None,
               name="the network"):
    """Plan ``network`` on ``board``.

    ``lanes`` and ``parallel`` default to the board's setting, else the planner searches
    them: every lane count of :data:`LANE_CHOICES`, both ways of running a layer's
    blocks and (``skip_zeros=None`` on a board that searches) cores with and without the
    zero-group skip, keeping the plans whose block RAMs and SPRAMs (each memory counted in
    its cheapest aspect ratio) and estimated LUTs (within the board's
    ``utilisation_limit``) fit, and choosing the fewest expected cycles per image
    (``stats``: :func:`codegen.planner.statistics.spike_statistics` of the user's sample
    images; without them, the fewest update cycles the lanes allow). On a board with SPRAM
    it also weighs plans whose cores keep their generators in one SPRAM store
    (``gen_store``; those cores take turns and update every lane group, and the board top
    loads the store at start-up). ``max_neurons`` and ``max_axons`` default to the
    network's core profile. ``name`` names the network in errors.

    ``pipeline``: let a step route while the previous one is collected where their cores
    differ (:func:`codegen.planner.schedule.pipeline_steps`): ``"full"`` keeps the two
    steps' cores in separate pools, which can cost memory; ``"free"`` pipelines only where
    the pools already differ; ``False`` never. ``None`` weighs ``"full"`` and ``"free"``; a
    board that fixes lanes and parallelism gets ``"full"``.

    ``memory_target``: where the fewest-cycles plan holds more on-chip bits than this
    multiple of its weight bits, the planner re-cuts it one layer at a time
    (:func:`_within_memory`: each time the layer and tiling that save the most bits per
    cycle added) and takes the re-cut plan if it meets the target; where no re-cut does,
    the fewest-cycles plan stays (the report says so). ``None`` keeps the fewest-cycles
    plan. Whole-map tiles are fast but hold a potential word per output position; a layer
    cut into smaller tiles re-reads its halo instead.
    """
    network.validate()
    prof = get_profile(network.profile)
    for i, layer in enumerate(network.layers):
        if layer.kind != "conv":
            raise MappingError(f"layer {i} ({layer.name!r}): {layer.kind} layers cannot be mapped onto cores yet")
        if layer.fan_in > prof.max_axons:
            raise MappingError(f"layer {i} ({layer.name!r}): fan-in of {layer.fan_in} inputs exceeds the "
                               f"{prof.max_axons}-axon cores of profile {prof.name!r}")
    make = _Builder(network, board, max_neurons or prof.max_neurons, max_axons or prof.max_axons)
    lanes = lanes if lanes is not None else board.lanes
    parallel = parallel if parallel is not None else board.parallel

    widest = make.widest_block()
    lane_opts = [lanes] if lanes is not None else [L for i, L in enumerate(LANE_CHOICES)
                                                  if i == 0 or LANE_CHOICES[i - 1] < widest]
    par_opts = [parallel] if parallel is not None else [True, False]
    searching = len(lane_opts) > 1 or len(par_opts) > 1
    skip_opts = [skip_zeros] if skip_zeros is not None else ([True, False] if searching else [True])
    store_opts = [gen_store] if gen_store is not None else ([False, True] if board.spram and searching else [False])
    pipe_opts = [pipeline] if pipeline is not None else (["full", "free"] if searching else ["full"])
    if not searching and len(skip_opts) == 1 and store_opts == [False] and len(pipe_opts) == 1:
        plan = make(Config(lane_opts[0], par_opts[0], skip_opts[0], pipeline=pipe_opts[0]))
        return replace(plan, why=f" (board {board.name!r})")
    cands = []
    for cfg in _configs(lane_opts, par_opts, skip_opts, store_opts, pipe_opts, shared):
        plan = make(cfg)
        if plan is not None:
            cands.append((plan, _judge(plan, board, stats)))
    if not cands:
        raise MappingError("no plan to weigh: cores sharing a generator store take turns and update every "
                           "lane group (parallel=False, skip_zeros=False)")
    fitting = [(p, j) for p, j in cands if j["fits"]]
    if not fitting:
        best = min(cands, key=lambda pj: pj[1]["excess"])
        raise MappingError(f"{name} does not fit board {board.name!r}: its smallest plan "
                           f"({best[0].lanes} lane(s), blocks {'in parallel' if best[0].parallel else 'taking turns'}) "
                           f"needs {best[1]['why']}")
    plan, judged = min(fitting, key=lambda pj: (pj[1]["cycles"], pj[1]["luts"] or 0))
    memory_note = ""
    ratio = memory_ratio(plan)
    if memory_target and ratio > memory_target:
        recut, rjudged, tried = _within_memory(plan, judged, board, stats, memory_target, make)
        cands += tried
        recut_ratio = memory_ratio(recut)
        if recut_ratio <= memory_target:
            memory_note = (f"; re-cut to {recut_ratio:.2f}x the weight bits in memory (the fewest-cycles "
                           f"plan holds {ratio:.2f}x; target {memory_target:g}x) at "
                           f"{rjudged['cycles'] / max(judged['cycles'], 1e-9) - 1:+.1%} cycles")
            plan, judged = recut, rjudged
        else:   # the target is out of reach: keep the cycles
            memory_note = (f"; its memory is {ratio:.2f}x the weight bits, above the {memory_target:g}x "
                           f"target, which no re-cut of its layers reaches (the least: {recut_ratio:.2f}x)")
    judged["chosen"] = True
    why = (f" (board {board.name!r}: chosen from {len(cands)} plans for the fewest expected cycles "
           f"within {board.utilisation_limit:.0%} of the LUTs and the block RAMs and SPRAMs there are"
           f"{memory_note})")
    return replace(plan, why=why, candidates=tuple(j for _, j in cands))


def _configs(lane_opts, par_opts, skip_opts, store_opts, pipe_opts, shared):
    """Every candidate :class:`Config`, in the order the report lists them."""
    for tiling in TILINGS:
        for L in lane_opts:
            for par in par_opts:
                for skip in skip_opts:
                    for store in store_opts:
                        if store and (par or skip):
                            continue   # a shared store's cores take turns and visit every group
                        for one in ([shared] if shared is not None else [False, True]) if store else [False]:
                            for pipe in pipe_opts if not (store or one) else [False]:
                                yield Config(L, par, skip, tiling, store, one, pipe)


def _within_memory(plan, judged, board, stats, target, make):
    """Re-cut ``plan`` one layer at a time until its on-chip bits are within ``target``
    times its weight bits: each round tries every layer with every other tiling and keeps
    the fitting re-cut that saves the most bits per expected cycle added (any that saves
    bits without adding cycles first). Returns the plan, its judgement and every re-cut
    judged."""
    tried = []
    cfg = config_of(plan)
    per = cfg.per_layer(len(plan.layers))
    while memory_ratio(plan) > target:
        best = None
        total = memory_bits(plan)["total"]
        for i in range(len(per)):
            for t in TILINGS:
                if t == per[i]:
                    continue
                cut = per[:i] + [t] + per[i + 1:]
                cand = make(replace(cfg, tiling="/".join(cut)))
                if cand is None:
                    continue
                j = _judge(cand, board, stats)
                tried.append((cand, j))
                saved = total - memory_bits(cand)["total"]
                if not j["fits"] or saved <= 0:
                    continue
                cost = max(j["cycles"] - judged["cycles"], 0.0)
                score = saved / cost if cost else math.inf
                if best is None or score > best[0]:
                    best = (score, cand, j, cut)
        if best is None:
            break
        _, plan, judged, per = best
    return plan, judged, tried


def _can_share(network, cores):
    """Whether one :class:`hw.shared_core.SharedCore` can run all ``cores``: layers of one
    share key (:meth:`model.families.LayerFamily.share_key`: family and weight width), one
    lane count."""
    keys = {l.family_spec.share_key(l) for l in network.layers}
    return len(keys) == 1 and len({c.lanes for c in cores}) == 1


def _judge(plan, board, stats):
    """Estimated LUTs, block RAMs, SPRAMs and cycles of a candidate plan, and whether (and
    why not) it fits ``board``."""
    luts = lut_estimate(plan)
    used = blocks(plan)
    short = []
    fill = board.utilisation_limit
    budget = {"LUT": int(fill * board.resources.get("LUT", 0)), "BRAM": board.resources.get("BRAM", 0),
              "SPRAM": board.resources.get("SPRAM", 0)}
    need = {"LUT": luts, "BRAM": used["BRAM"], "SPRAM": used["SPRAM"]}
    names = {"LUT": f"4-input LUTs (estimated; {fill:.0%} of {board.resources.get('LUT', 0):,})",
             "BRAM": "block RAMs", "SPRAM": "SPRAM blocks"}
    excess = 0.0
    if plan.spram and plan.event_width > SPRAM_WIDTH:
        short.append(f"{plan.event_width}-bit events but an SPRAM word holds {SPRAM_WIDTH}")
        excess += plan.event_width / SPRAM_WIDTH - 1
    if board.is_fpga:
        for k in ("LUT", "BRAM", "SPRAM"):
            if need[k] > budget[k]:
                excess += need[k] / max(budget[k], 1) - 1
                short.append(f"{need[k]:,} {names[k]} but the {board.device} offers {budget[k]:,} "
                             f"({need[k] - budget[k]:,} short)")
    if stats is not None:
        cycles = expected_cycles(plan, stats)
    else:   # no sample images: the update cycles of the lanes alone
        cycles = sum(c.words for c in plan.cores) / max(1, min(c.lanes for c in plan.cores))
    return {"tiling": plan.tiling, "cores": plan.physical_cores, "lanes": plan.lanes, "parallel": plan.parallel,
            "skip_zeros": plan.cores[0].skip_zeros, "gen_store": plan.gen_store, "shared": plan.shared,
            "pipelined": plan.pipelined, "pipeline": plan.pipeline, "luts": luts, "bram": used["BRAM"],
            "spram": used["SPRAM"], "cycles": cycles, "memory_ratio": memory_ratio(plan), "fits": not short,
            "why": "; ".join(short), "excess": excess}
