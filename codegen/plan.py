"""The array plan: everything the core array is built from, decided once, in pure Python.

:func:`plan_array` turns a deployed network and a board into an :class:`ArrayPlan`:

* **logical cores**: every conv layer cut into tiles of ``F`` filters x ``TY x TX``
  positions within the network's core profile (:func:`model.truenorth.plan_tiles`);
* **physical cores**: one per filter block (its generator memory serves every spatial
  tile of the block), each with its lane count (neuron updates per cycle);
* **the schedule**: a list of *steps*, each a set of physical cores of one layer working
  together on one spatial tile. Layers run in order, tiles in raster order; a layer's
  blocks work in parallel (one step per tile) or take turns (one step per tile and block);
* **spike storage**: two ping-pong address-event lists, bucketed into *segments* (the
  events of one encoder row or of one step), and for every step the contiguous range of
  producer segments its patch needs, so the router reads only those events;
* **memories**: potential pools (cores that never run together share one, sized by its
  largest core; :func:`_assign_pools`), where every memory sits, and the on-chip bits by kind;
* **cost**: a LUT estimate and (from reference-model spike maps) the expected cycles per
  image, which the planner uses to search lanes and parallelism for the most images per
  second that fit the board.

:class:`hw.array.CoreArray` builds exactly what the plan says; the mapping report
(:meth:`ArrayPlan.report`), the memory check and the benchmarks read the plan. Nothing here
imports Amaranth or torch.
"""

import functools
import math
from dataclasses import dataclass, field, replace

import numpy as np

from hw.config import TileGeometry, fit_lanes, overlaps_accept, generator_memory_bits, spram_blocks, store_packing, pack_store, store_words, lane_groups
from model.profiles import get_profile
from model.truenorth import Tile, _patch_axons, dense_core_bits, plan_tiles

from toepcore.errors import ToepcoreError

__all__ = ["MappingError", "LayerPlan", "CorePlan", "StepPlan", "ArrayPlan", "plan_array", "bits_for", "bram_blocks",
           "spike_statistics"]

# Parameter tables (thresholds, s4 weight tables) of at most this many words live
# in logic (hw/neurons.py, hw/generator_core.py use the same limit).
ROM_WORDS = 32
LANE_CHOICES = (1, 2, 4, 8, 16, 32, 64, 128)

#: Ways to cut a layer into steps (see :func:`_layer_plans`).
TILINGS = ("cores", "blocks", "maps")
#: The planner's memory target: on-chip bits of every kind at most this multiple of the
#: weight bits (:func:`plan_array`, ``memory_target``).
MEMORY_TARGET = 2.0
# yosys keeps memories of at most this many words and bits in logic (flip-flops, LUT
# RAM) rather than block RAM: the rule reproduces the iCE40 builds' EBR counts.
LOGIC_DEPTH, LOGIC_BITS = 64, 4096


class MappingError(ToepcoreError, ValueError):
    """A network does not fit the cores of its profile or of the board."""


# Aspect ratios (words, bits) of one block RAM: iCE40 EBR (4 kbit), ECP5 DP16KD (18 kbit).
BRAM_SHAPES = {"ice40": ((256, 16), (512, 8), (1024, 4), (2048, 2)),
               "ecp5": ((512, 36), (1024, 18), (2048, 9), (4096, 4), (8192, 2), (16384, 1))}


# LUT4s per part of the array, fitted to yosys synthesis of the board tops
# (docs/hardware.md has the measurements): see ArrayPlan.lut_estimate.
LUT_MODEL = {"ice40": {"fixed": 1600, "core": 440, "lane_bit": 4.7, "group": 6.1, "shared": 1140, "config": 40},
             "ecp5": {"fixed": 1600, "core": 450, "lane_bit": 2.45, "group": 6.1, "shared": 1160, "config": 40}}


def bram_blocks(depth, width, family):
    """Block RAMs a ``depth`` x ``width`` memory takes in its cheapest aspect ratio."""
    return min(math.ceil(depth / d) * math.ceil(width / w) for d, w in BRAM_SHAPES[family])


def bits_for(n):
    """Bits to address ``n`` distinct values (at least 1)."""
    return max(1, (max(n, 1) - 1).bit_length())


@dataclass(frozen=True)
class LayerPlan:
    """How one conv layer is cut: ``blocks`` (filter ranges ``[f0, f1)``, one physical core
    each, inside one filter group) and equal ``ty x tx`` tiles with output origins
    ``tiles``; tiles overhanging the map compute neurons that are dropped."""
    index: int
    layer: object
    blocks: tuple
    ty: int
    tx: int
    tiles: tuple

    @property
    def logical_cores(self):
        return len(self.blocks) * len(self.tiles)

    def geometry(self, block, tile=(0, 0)):
        f0, f1 = block
        y0, x0 = tile
        return TileGeometry.of(self.layer, Tile(f0, f1, y0, y0 + self.ty, x0, x0 + self.tx))


@dataclass(frozen=True)
class CorePlan:
    """One physical core: ``block`` of layer ``layer`` at ``lanes`` updates per cycle,
    using potential pool ``pool``."""
    index: int
    layer: int
    block: tuple
    lanes: int
    pool: int
    words: int           # potential words (neurons / lanes)
    width: int           # potential word bits (lanes x membrane bits)
    skip_zeros: bool = True   # skip lane groups whose weights are all zero
    gen_base: int = -1        # first word of its share of the generator store (-1: its own memory)


@dataclass(frozen=True)
class StepPlan:
    """One step of the schedule: ``cores`` (consecutive physical-core indices) of layer
    ``layer`` run the tile with output origin ``tile``.

    The step reads the events of producer segments ``(scan_lo, scan_hi]`` of its input
    list (``scan_lo = -1``: from the list's start; ``empty``: nothing) and its spikes form
    segment ``segment`` of the next list.

    ``pipelined``: the step's router starts as the previous step's collector starts (its
    cores and potential pools are not the previous step's), rather than after that step's
    segment is closed. ``chase``: it then reads the very segment the previous step is
    still writing, up to the list's live count, and ends once that segment is closed."""
    index: int
    layer: int
    tile: tuple
    cores: tuple
    segment: int
    scan_lo: int
    scan_hi: int
    empty: bool
    pipelined: bool = False
    chase: bool = False


@dataclass
class ArrayPlan:
    """The whole array: see the module docstring. Build with :func:`plan_array`."""
    network: object
    board: object
    layers: list
    cores: list
    steps: list
    parallel: bool
    lanes: int
    max_neurons: int
    max_axons: int
    spram: bool
    why: str = ""
    tiling: str = "cores"
    candidates: list = field(default_factory=list)
    shared: bool = False     # one physical core runs every plan core (hw.shared_core.SharedCore)
    pipeline: object = False  # how steps may route while the previous one collects: False, "free", "full"

    @property
    def pipelined(self):
        """Steps that route while the previous step is collected (:attr:`StepPlan.pipelined`)."""
        return sum(st.pipelined for st in self.steps)

    # ---- the generator store (generators of every core in one SPRAM memory) --------------
    @property
    def gen_store(self):
        """True when the cores' generators share one memory in SPRAM
        (:class:`hw.generator_store.GeneratorStore`), each core at its ``gen_base``."""
        return self.cores[0].gen_base >= 0

    def core_geometry(self, core):
        lp = self.layers[core.layer]
        return lp.geometry(core.block)

    def group_bits(self, core):
        """Bits of one lane group of a core's generator word (a store word holds one)."""
        layer = self.layers[core.layer].layer
        return core.lanes * (1 if layer.family == "s4" else layer.weight_bits)

    @property
    def gen_store_shape(self):
        """``(depth, width)`` of the generator store's logical words: every core's taps x
        lane groups, the widest lane group."""
        depth = width = 0
        for c in self.cores:
            geo = self.core_geometry(c)
            depth += geo.taps * lane_groups(geo.f, c.lanes)
            width = max(width, self.group_bits(c))
        return depth, width

    def gen_store_logical(self):
        """The store's logical words: every core's share (:func:`hw.config.store_words`) at
        its ``gen_base``."""
        return [w for c in self.cores for w in store_words(self.layers[c.layer].layer, self.core_geometry(c), c.lanes)]

    def gen_store_image(self):
        """The store's physical words, as the board's host loads them (``'W'``)."""
        return pack_store(self.gen_store_logical(), self.gen_store_shape[1])

    @property
    def gen_store_words(self):
        """``(words, bits)`` of the store's physical words (:func:`hw.config.store_packing`)."""
        depth, width = self.gen_store_shape
        per, bits = store_packing(width)
        return -(-depth // per), bits

    # ---- geometry shared by the router, the collector and the event lists -----------------
    @property
    def input_shapes(self):
        """Shape of every layer's input map (the encoder's planes first)."""
        net = self.network
        return [(net.encoder.out_channels,) + tuple(net.input_shape[1:])] + [lp.layer.out_shape for lp in self.layers[:-1]]

    @property
    def event_fields(self):
        """Bits of the channel, row and column of every layer's input events: a stored
        event packs ``(c, y, x)`` with the fields of the layer that reads it."""
        return [tuple(bits_for(n) for n in shape) for shape in self.input_shapes]

    @property
    def event_width(self):
        """Bits of an event-list word: the widest layer input's event, and a segment end."""
        return max(max(sum(f) for f in self.event_fields), bits_for(self.event_depth + 1))

    @property
    def event_depth(self):
        """Words of the larger event list (:attr:`event_depths`)."""
        return max(self.event_depths)

    @property
    def event_depths(self):
        """Events each list can hold: list ``i`` holds the inputs of layers ``i, i + 2,
        ...`` (every input spiking), so each is sized by the largest of those."""
        sizes = [c * h * w for c, h, w in self.input_shapes]
        return [max(sizes[i::2], default=1) for i in range(2)]

    @property
    def encoder_segments(self):
        return self.network.input_shape[1]

    @property
    def segments(self):
        return self.encoder_segments + len(self.steps)

    @property
    def pools(self):
        """``(words, width)`` of every potential pool."""
        out = {}
        for c in self.cores:
            d, w = out.get(c.pool, (0, 0))
            out[c.pool] = (max(d, c.words), max(w, c.width))
        return [out[j] for j in sorted(out)]

    @functools.cached_property
    def truenorth_layers(self):
        """The layers cut as a TrueNorth chip would (``tiling="cores"``): the logical cores
        that the physical cores' steps cover, whatever this plan's tiling."""
        if self.tiling == "cores":
            return self.layers
        return _layer_plans(self.network, self.max_neurons, self.max_axons, "cores")

    @property
    def logical_cores(self):
        return sum(lp.logical_cores for lp in self.truenorth_layers)

    @property
    def physical_cores(self):
        return 1 if self.shared else len(self.cores)

    # ---- memory ------------------------------------------------------------------------
    def memories(self):
        """Every memory of the array, as dicts: ``name``, ``kind`` (``weights``,
        ``potentials``, ``spikes`` or ``other``), ``depth`` and ``width`` (words and bits
        per word), ``bits`` and ``place`` (``logic``, ``bram`` or ``spram``)."""
        out = []

        def add(name, kind, depth, width, place):
            if place == "bram" and depth <= LOGIC_DEPTH and depth * width <= LOGIC_BITS:
                place = "logic"
            out.append({"name": name, "kind": kind, "depth": depth, "width": width, "bits": depth * width,
                        "place": place})
        if self.shared:
            self._shared_memories(add)
        for core in ([] if self.shared else self.cores):
            lp = self.layers[core.layer]
            geo = lp.geometry(core.block)
            L, groups, B = core.lanes, lane_groups(geo.f, core.lanes), lp.layer.membrane_bits
            small = "logic" if groups <= ROM_WORDS else "bram"
            pre = f"core{core.index}."
            # the weight memories' sizes are the core's (hw/config.py); here only their shapes
            bits = generator_memory_bits(lp.layer, geo)
            if self.gen_store:   # in the shared store, added below
                bits.pop("generators")
            shapes = {"generators": (geo.taps, bits.get("generators", 0) // geo.taps, "bram"),
                      "tables": (4 * groups, L * 9, small), "base_types": (geo.cg, 2, "logic"),
                      "permutations": (geo.kh * geo.kw, 8, "logic")}
            for name in bits:
                depth, width, place = shapes[name]
                assert depth * width == bits[name], name
                add(pre + name, "weights", depth, width, place)
            # feed-forward neurons store threshold less bias, one bit wider (hw/neurons.py)
            add(pre + "thresholds", "other", groups, L * (B + 1), small)
        if self.gen_store:
            add("generators", "weights", *self.gen_store_words, "spram")
        for j, (words, width) in enumerate(self.pools):
            add(f"potentials{j}", "potentials", words, width, "bram")
        ew = self.event_width
        for i in range(2):   # the events, then the segment-end table of the segments they hold
            add(f"events{i}", "spikes", self.event_depths[i] + self.segments, ew, "spram" if self.spram else "bram")
        net = self.network
        add("population", "other", len(net.population), bits_for(net.n_classes + 1), "bram")
        return out

    def _shared_memories(self, add):
        # the shared core's tables: every configuration's, one after another
        # (hw/shared_core.py, hw/neurons.py)
        geos = [self.core_geometry(c) for c in self.cores]
        L = self.cores[0].lanes
        G = sum(lane_groups(g.f, L) for g in geos)
        B = max(self.layers[c.layer].layer.membrane_bits for c in self.cores)
        if self.layers[0].layer.family == "s4":
            # a word per lane group and type: the lanes' entries of one type (hw/generator_core.py)
            add("core0.tables", "weights", 4 * G, L * 9, "logic" if G <= ROM_WORDS else "bram")
            add("core0.base_types", "weights", sum(g.cg for g in geos), 2, "logic")
            add("core0.permutations", "weights", sum(g.kh * g.kw for g in geos), 8, "logic")
        small = "logic" if G <= ROM_WORDS else "bram"
        add("core0.thresholds", "other", G, L * (B + 1), small)

    def memory_bits(self):
        """On-chip bits by kind (``weights``, ``potentials``, ``spikes``, ``other``) and
        ``total``."""
        kinds = {"weights": 0, "potentials": 0, "spikes": 0, "other": 0}
        for mem in self.memories():
            kinds[mem["kind"]] += mem["bits"]
        kinds["total"] = sum(kinds.values())
        return kinds

    @property
    def memory_ratio(self):
        """On-chip bits of every kind over the weight bits."""
        mb = self.memory_bits()
        return mb["total"] / max(mb["weights"], 1)

    def bits_by_place(self):
        places = {"logic": 0, "bram": 0, "spram": 0}
        for mem in self.memories():
            places[mem["place"]] += mem["bits"]
        return places

    def blocks(self):
        """Block RAMs and SPRAMs the memories placed there take on the board's family,
        each memory in its cheapest aspect ratio (:func:`bram_blocks`)."""
        fam = self.board.family or "ecp5"
        bram = sum(bram_blocks(m["depth"], m["width"], fam) for m in self.memories() if m["place"] == "bram")
        spram = sum(spram_blocks(m["depth"], m["width"]) for m in self.memories() if m["place"] == "spram")
        return {"BRAM": bram, "SPRAM": spram}

    def weight_memory_bits(self):
        """Bits of every weight memory the generator cores instantiate (what
        :meth:`hw.array.CoreArray.weight_memory_bits` reports)."""
        return self.memory_bits()["weights"]

    # ---- cost model ---------------------------------------------------------------------
    def lut_estimate(self):
        """LUT4s of the array and its board top, estimated from the family's fitted
        coefficients (:data:`LUT_MODEL`): a fixed part (encoder, router, collector, voter,
        UART), a part per physical core (its control, address arithmetic and tables; for
        one shared core, its larger part plus one per block it runs: the up5k-s4 build on
        the iCEBreaker, 3,279 LC), a part per lane bit (the adder and weight selection of each lane, membrane-wide) and,
        with the zero skip, a part per lane group (find-first-set). The build checks the
        real count (yosys) before place and route."""
        k = LUT_MODEL[self.board.family or "ecp5"]
        total = k["fixed"]
        if self.shared:   # one core, its lanes as wide as the widest membrane, a table row per block
            B = max(self.layers[c.layer].layer.membrane_bits for c in self.cores)
            # tables of at most ROM_WORDS lane groups are ROMs in logic: a LUT4 per output
            # bit and 16 words (a 4-input LUT's contents); the first 16 words' LUT per bit
            # is in the per-lane-bit part (the fit's tables were shallower), the rest here
            roms = sum(m["width"] * (-(-m["depth"] // 16) - 1) for m in self.memories()
                       if m["name"].startswith("core0.") and m["place"] == "logic")
            return int(total + k["shared"] + k["lane_bit"] * self.cores[0].lanes * B + k["config"] * len(self.cores)
                       + roms)
        for core in self.cores:
            lp = self.layers[core.layer]
            groups = lane_groups(core.block[1] - core.block[0], core.lanes)
            total += k["core"] + k["lane_bit"] * core.lanes * lp.layer.membrane_bits
            total += k["group"] * groups if core.skip_zeros else 0
        return int(total)

    def expected_cycles(self, stats):
        """Expected cycles per image from reference-model spike maps (``stats`` from
        :func:`spike_statistics`): per step, the router's reads (one per event of its
        segment range) and per event the slowest core that takes it (one cycle to accept
        plus, per covered position, one per non-zero lane group, at least one), then the
        threshold passes (one per potential word) and one cycle per stored spike (two in
        the voting layer)."""
        return float(np.mean([sum(self._cycles_one(stats, i).values()) for i in range(stats["images"])]))

    def cycles_by_layer(self, stats):
        """Expected cycles per image split by where they go: ``encoder`` and each layer's
        name (its steps: routing, updates, threshold passes, spikes)."""
        parts = [self._cycles_one(stats, i) for i in range(stats["images"])]
        return {k: float(np.mean([p[k] for p in parts])) for k in parts[0]}

    def _cycles_one(self, stats, n):
        # the encoder: max(1, spikes) cycles per pixel, one per row
        c_img, h, w = self.network.input_shape
        planes = self.network.encoder.planes
        per_pixel = stats["inputs"][0][n].reshape(c_img, planes, h, w).sum(axis=1)
        parts = {"encoder": int(np.maximum(per_pixel, 1).sum()) + h}
        parts.update({lp.layer.name: 0 for lp in self.layers})
        ev_in = stats["inputs"]
        # a timeline of the two phases: the router's (segment lookup, reads, updates) and
        # the collector's (threshold pass, spikes, the cores' end markers, the drain); a
        # pipelined step routes while its predecessor is collected
        closed = collecting = 0
        for step in self.steps:
            lp = self.layers[step.layer]
            x = ev_in[step.layer][n]
            works = []
            for k in step.cores:
                core = self.cores[k]
                geo = lp.geometry(core.block, step.tile)
                works.append(_core_work(stats, step.layer, core, geo, x))
            # events the router reads: those in its producer segments
            scanned = stats["segment_events"](self, step, n)
            per_event = np.max(np.stack(works), axis=0) if works else 0
            route = 3 + scanned + int(np.sum(np.maximum(per_event - 1, 0)))
            words = max(self.cores[k].words for k in step.cores)
            out = stats["outputs"][step.layer][n]
            spikes = 0
            for k in step.cores:
                geo = lp.geometry(self.cores[k].block, step.tile)
                spikes += int(out[geo.f0:geo.f0 + geo.f, geo.y0:geo.y0 + geo.ty, geo.x0:geo.x0 + geo.tx].sum())
            voting = step.layer == len(self.layers) - 1
            collect = words + spikes * (2 if voting else 1) + 2 * len(step.cores) + 4
            start = collecting if step.pipelined else closed
            # a chasing router ends only once the segment it reads is closed
            routed = max(start + route, closed if step.chase else 0)
            collecting = max(routed, closed)          # this step's collector starts
            end = collecting + collect
            parts[lp.layer.name] += end - closed
            closed = end
        return parts

    def layer_lanes(self):
        """Per layer name, the lanes that update its neurons in one cycle: the lanes of the
        cores of its widest step (a step's cores work in parallel; cores taking turns count
        one at a time). The bound ``synaptic operations / lanes`` of a layer uses these."""
        out = {}
        for st in self.steps:
            name = self.layers[st.layer].layer.name
            lanes = sum(self.cores[k].lanes for k in st.cores)
            out[name] = max(out.get(name, 0), lanes)
        return out

    # ---- report -------------------------------------------------------------------------
    def layer_rows(self):
        rows = []
        for lp, tn in zip(self.layers, self.truenorth_layers):
            l = lp.layer
            (kh, kw), (sy, sx) = l.kernel, l.stride
            # the logical (TrueNorth-sized) core's neurons and axons
            ph, pw = (tn.ty - 1) * sy + kh, (tn.tx - 1) * sx + kw
            apa = 1 if l.family == "s4" else 2 * (l.weight_bits - 1)
            tf = tn.blocks[0][1] - tn.blocks[0][0]
            neurons, axons = tf * tn.ty * tn.tx, l.group_in * ph * pw
            f = lp.blocks[0][1] - lp.blocks[0][0]
            cores = [c for c in self.cores if c.layer == lp.index]
            names = {f"core{c.index}.{n}" for c in cores for n in ("generators", "tables", "base_types")}
            gen = sum(mem["bits"] for mem in self.memories() if mem["name"] in names)
            if self.shared:   # the layer's rows of the shared core's tables
                gen = 0
                for c in cores:
                    bits = generator_memory_bits(l, self.core_geometry(c))
                    gen += bits.get("tables", 0) + bits.get("base_types", 0)
            if self.gen_store:   # the layer's share of the store
                gen += sum(self.core_geometry(c).taps * lane_groups(c.block[1] - c.block[0], c.lanes) * self.group_bits(c)
                           for c in cores)
            # A TrueNorth-style chip stores a crossbar per logical core.
            dense = sum(dense_core_bits(axons * apa, (f1 - f0) * tn.ty * tn.tx) for f0, f1 in tn.blocks) * len(tn.tiles)
            rows.append({"layer": l.name, "family": l.family, "logical_cores": tn.logical_cores,
                         "physical_cores": 0 if self.shared else len(cores), "lanes": "/".join(sorted({str(c.lanes) for c in cores})),
                         "tile": f"{f}x{lp.ty}x{lp.tx}", "neurons_per_core": neurons, "axons_per_core": axons * apa,
                         "generator_bits": gen, "dense_crossbar_bits": dense})
        return rows

    def totals(self):
        rows = self.layer_rows()
        out = {k: sum(r[k] for r in rows) for k in ("logical_cores", "physical_cores", "generator_bits",
                                                    "dense_crossbar_bits")}
        out["physical_cores"] = self.physical_cores
        return out

    def report(self):
        """The human-readable mapping report."""
        rows = self.layer_rows()
        cols = list(rows[0])
        fmt = lambda v: f"{v:,}" if isinstance(v, int) else str(v)
        width = {c: max(len(c), *(len(fmt(r[c])) for r in rows)) for c in cols}
        lines = [f"network profile {self.network.profile!r}: logical cores of at most {self.max_neurons} neurons "
                 f"and {self.max_axons} axons; one physical core per filter block runs its tiles in turn; "
                 + ("a layer's blocks work in parallel" if self.parallel
                    else "a layer's blocks take turns and share a potential memory")
                 + ("; cores skip all-zero lane groups" if self.cores[0].skip_zeros else
                    "; cores update every lane group")
                 + ("; the generators share one SPRAM store, loaded at start-up" if self.gen_store else "")
                 + ("; one physical core runs them all, its geometry from a table per block" if self.shared else "")
                 + (f"; {self.pipelined} of {len(self.steps)} steps route while the previous step's spikes are "
                    f"collected ({sum(st.chase for st in self.steps)} reading them as they are stored)"
                    if self.pipelined else "")
                 + self.why,
                 "  ".join(c.rjust(width[c]) for c in cols)]
        lines += ["  ".join(fmt(r[c]).rjust(width[c]) for c in cols) for r in rows]
        t = self.totals()
        lines.append(f"total: {t['logical_cores']} logical cores on {t['physical_cores']} physical cores in "
                     f"{len(self.steps)} steps; {t['generator_bits']:,} generator bits vs "
                     f"{t['dense_crossbar_bits']:,} dense crossbar bits "
                     f"({t['dense_crossbar_bits'] / max(t['generator_bits'], 1):.1f}x)")
        mb, place = self.memory_bits(), self.bits_by_place()
        lines.append("on-chip memory bits: " + ", ".join(f"{k} {v:,}" for k, v in mb.items())
                     + f" ({mb['total'] / max(mb['weights'], 1):.2f}x the weights); by place: "
                     + ", ".join(f"{k} {v:,}" for k, v in place.items()))
        if self.candidates:
            lines.append("planner candidates (tiles for the fewest logical or physical cores, physical cores, lanes, "
                         "blocks, zero skip: estimated LUT4, block RAMs, SPRAMs, cycles/image):")
            for c in self.candidates:
                lines.append(f"  {c['tiling']:>6} {c['cores']:>3} cores, {c['lanes']:>2} lanes, "
                             f"{'parallel' if c['parallel'] else 'turns   '}, "
                             f"{'skip   ' if c['skip_zeros'] else 'no skip'}"
                             f"{', generators in SPRAM' if c.get('gen_store') else ''}"
                             f"{', one shared core' if c.get('shared') else ''}"
                             + (f", {c['pipelined']} step(s) pipelined"
                                + (" (pools kept apart)" if c.get("pipeline") == "full" else "")
                                if c.get("pipelined") else "") + ": "
                             f"{c['luts']:,} LUT4, {c['bram']} BRAM, {c['spram']} SPRAM, "
                             + (f"{c['cycles']:,.0f} cycles" if c["cycles"] is not None else "-")
                             + ("" if c["fits"] else f"  (does not fit: {c['why']})")
                             + ("  <- chosen" if c.get("chosen") else ""))
        return "\n".join(lines)

    def to_dict(self):
        return {"tiling": self.tiling, "parallel": self.parallel, "lanes": self.lanes,
                "skip_zeros": self.cores[0].skip_zeros, "gen_store": self.gen_store, "shared": self.shared,
                "physical_cores": self.physical_cores,
                "logical_cores": self.logical_cores, "steps": len(self.steps),
                "core_lanes": [c.lanes for c in self.cores], "memory_bits": self.memory_bits(),
                "bits_by_place": self.bits_by_place(), "blocks": self.blocks(), "lut_estimate": self.lut_estimate()}


def _core_work(stats, li, core, geo, x):
    """The core's cycles (accept and visits) for every input event of ``x`` (the layer's
    input map, one image), in the order of ``x``'s spikes; 0 for events outside its patch."""
    # the geometry itself (tile size and origin): plans with other tilings share the cache
    overlap = overlaps_accept(core.skip_zeros, core.gen_base >= 0)
    key = (li, core.block, core.lanes, core.skip_zeros, overlap, geo)
    cache = stats["cache"]
    if key not in cache:
        cache[key] = _visit_table(stats["network"].layers[li], geo, core.lanes, core.skip_zeros, overlap)
    return cache[key][x.astype(bool)]


def _visit_table(layer, geo, lanes, skip_zeros=True, overlap=False):
    """Cycles a generator core spends on an input spike at every layer-input position:
    1 to accept (2 with ``skip_zeros``: the first word's fetch; 0 with ``overlap``, a core
    that takes the next spike in its last update's cycle), then per covered tile
    position max(1, non-zero lane groups of the tap) (every lane group without
    ``skip_zeros``)."""
    C, H, W = layer.in_shape
    k = layer.expanded_kernel() if layer.family != "s4" else np.asarray(layer.mask)
    k = np.asarray(k)[geo.f0:geo.f0 + geo.f]               # (F, Cg, kh, kw)
    groups = lane_groups(geo.f, lanes)
    k = np.concatenate([k, np.zeros((groups * lanes - geo.f,) + k.shape[1:], k.dtype)])   # padded filters
    nz = (k.reshape(groups, lanes, *k.shape[1:]) != 0).any(axis=1).sum(axis=0)   # (Cg, kh, kw)
    if not skip_zeros:
        nz = np.full_like(nz, groups)
    out = np.zeros((C, H, W), np.int64)
    for Y in range(geo.ph):
        y = geo.oy + Y
        if not 0 <= y < H:
            continue
        ylo, yhi = geo.covered(Y, geo.sy, geo.kh, geo.ty)
        for X in range(geo.pw):
            xx = geo.ox + X
            if not 0 <= xx < W:
                continue
            xlo, xhi = geo.covered(X, geo.sx, geo.kw, geo.tx)
            if ylo > yhi or xlo > xhi:
                continue
            cyc = np.full(geo.cg, 2 if skip_zeros else 0 if overlap else 1, np.int64)   # accept (and fetch)
            for py in range(ylo, yhi + 1):
                for px in range(xlo, xhi + 1):
                    cyc += np.maximum(nz[:, Y - py * geo.sy, X - px * geo.sx], 1)
            out[geo.c0:geo.c0 + geo.cg, y, xx] = cyc
    return out


def spike_statistics(network, images):
    """Reference-model spike maps of ``images`` for :meth:`ArrayPlan.expected_cycles`."""
    from model.reference import ReferenceModel
    res = ReferenceModel(network).run(images, trace=True)
    inputs = [res.input_spikes] + list(res.spikes[:-1])

    def segment_events(plan, step, n):
        if step.empty:
            return 0
        if step.layer == 0:
            rows = inputs[0][n].sum(axis=(0, 2))
            lo = step.scan_lo + 1
            return int(rows[lo:step.scan_hi + 1].sum())
        prev = [s for s in plan.steps if s.layer == step.layer - 1]
        base = plan.encoder_segments + prev[0].index
        out = res.spikes[step.layer - 1][n]
        lp = plan.layers[step.layer - 1]
        total = 0
        for s in prev:
            if step.scan_lo < base + s.index - prev[0].index <= step.scan_hi:
                for k in s.cores:
                    geo = lp.geometry(plan.cores[k].block, s.tile)
                    total += int(out[geo.f0:geo.f0 + geo.f, geo.y0:geo.y0 + geo.ty, geo.x0:geo.x0 + geo.tx].sum())
        return total

    return {"network": network, "images": len(images), "inputs": inputs, "outputs": res.spikes,
            "segment_events": segment_events, "cache": {}}


# ---- the planner ---------------------------------------------------------------------------

def _fewest_blocks(layer, max_axons, max_neurons):
    """``(f, ty, tx)``: the tile with the fewest filter blocks (physical cores), then the
    fewest spatial tiles, within the core limits."""
    fg = layer.out_channels // layer.groups
    _, ho, wo = layer.out_shape
    max_axons = max(max_axons, layer.fan_in)
    best = None
    for f in range(min(fg, max_neurons), 0, -1):
        blocks = math.ceil(fg / f)
        if best is not None and blocks > best[0][0]:
            break
        for ty in range(1, ho + 1):
            tx = min(wo, max_neurons // (f * ty))
            while tx >= 1 and _patch_axons(layer, ty, tx, 1) > max_axons:
                tx -= 1
            if tx < 1:
                break
            key = (blocks, math.ceil(ho / ty) * math.ceil(wo / tx), -f * ty * tx)
            if best is None or key < best[0]:
                best = (key, f, ty, tx)
    return best[1:]


def _layer_plans(network, max_neurons, max_axons, tiling="cores"):
    """Cut every layer: ``tiling="cores"``, the fewest logical cores
    (:func:`model.truenorth.plan_tiles`, as a TrueNorth chip would); ``"blocks"``, the
    fewest physical cores (whole filter groups, more spatial tiles); ``"maps"``, whole
    filter groups over the whole output map, one step per block: a physical core then runs
    all of a layer's logical cores at once, and reads each input event once."""
    plans = []
    for i, layer in enumerate(network.layers):
        if tiling == "maps":
            _, ho, wo = layer.out_shape
            f, ty, tx = layer.out_channels // layer.groups, ho, wo
        elif tiling == "blocks":
            f, ty, tx = _fewest_blocks(layer, max_axons, max_neurons)
        else:
            t = plan_tiles(layer, max_axons, max_neurons, 1)[0]
            f, ty, tx = t.f1 - t.f0, t.y1 - t.y0, t.x1 - t.x0
        fg = layer.out_channels // layer.groups
        blocks = tuple((f0, min(f0 + f, (g + 1) * fg)) for g in range(layer.groups) for f0 in range(g * fg, (g + 1) * fg, f))
        _, ho, wo = layer.out_shape
        tiles = tuple((y0, x0) for y0 in range(0, ho, ty) for x0 in range(0, wo, tx))
        plans.append(LayerPlan(i, layer, blocks, ty, tx, tiles))
    return plans


def _schedule(network, layers, lanes, parallel, skip_zeros=True, gen_store=False, pad=False, pipeline=False,
              spram=False):
    if gen_store and (parallel or skip_zeros):
        raise ValueError("cores sharing a generator store take turns and update every lane group")
    cores, steps = [], []
    base = 0
    for lp in layers:
        first = len(cores)
        for j, block in enumerate(lp.blocks):
            # the largest lane count dividing the filters, or (``pad``: one shared core) the
            # plan's, padding the last group
            L = lanes if pad else fit_lanes(lanes, block[1] - block[0])
            words = lane_groups(block[1] - block[0], L) * lp.ty * lp.tx
            cores.append(CorePlan(len(cores), lp.index, block, L, j if parallel else 0, words,
                                  L * lp.layer.membrane_bits, skip_zeros, base if gen_store else -1))
            base += lp.geometry(block).taps * lane_groups(block[1] - block[0], L)
        ids = list(range(first, len(cores)))
        for tile in lp.tiles:
            for group in ([ids] if parallel else [[k] for k in ids]):
                steps.append((lp.index, tile, tuple(group)))
    H = network.input_shape[1]
    out = []
    for si, (li, tile, group) in enumerate(steps):
        lp = layers[li]
        geo = lp.geometry(cores[group[0]].block, tile)
        r0, r1 = geo.oy, geo.oy + geo.ph - 1          # input rows of the patch
        if li == 0:
            lo, hi = max(r0, 0), min(r1, H - 1)
            empty = lo > hi
            scan_lo, scan_hi = lo - 1, hi
        else:
            prev = [(sj, s) for sj, s in enumerate(steps) if s[0] == li - 1]
            plp = layers[li - 1]
            need = []
            for sj, (_, (y0, x0), pgroup) in prev:
                fs = [cores[k].block for k in pgroup]
                rows = (y0, min(y0 + plp.ty, plp.layer.out_shape[1]) - 1)
                cols = (x0, min(x0 + plp.tx, plp.layer.out_shape[2]) - 1)
                chans = (min(f for f, _ in fs), max(f for _, f in fs) - 1)
                if (rows[0] <= r1 and rows[1] >= r0 and cols[0] <= geo.ox + geo.pw - 1 and cols[1] >= geo.ox
                        and chans[0] <= geo.c0 + geo.cg - 1 and chans[1] >= geo.c0):
                    need.append(H + sj)
            empty = not need
            first = H + prev[0][0]
            scan_lo, scan_hi = (min(need) - 1, max(need)) if need else (first - 1, first - 1)
            if scan_lo == first - 1:
                scan_lo = -1
        out.append(StepPlan(si, li, tile, group, H + si, scan_lo, scan_hi, empty))
    if pipeline == "full" and not pad and not gen_store:
        out = _pipeline_steps(out, cores, spram)
    if not pad:
        cores = _assign_pools(cores, out)
    if pipeline == "free" and not pad and not gen_store:
        # only where the pools already keep the two steps apart: no memory added
        out = _pipeline_steps(out, cores, spram, pools=True)
    return cores, out


def _pipeline_steps(steps, cores, spram=False, pools=False):
    """Mark the steps whose routing may overlap the previous step's collection: their
    cores are not the previous step's (a core cannot integrate and fire at once). A step
    of the next layer reads the list the previous step writes, which takes a list with a
    read port of its own (block RAM; not ``spram``, whose lists have one port); where its
    range ends with that step's own segment, it chases the writer (``chase``). Pools are
    then assigned with the two steps' cores apart (:func:`_assign_pools`), or, with
    ``pools``, a step is pipelined only where the cores' pools already differ."""
    out = [steps[0]]
    for prev, st in zip(steps, steps[1:]):
        ok = not set(st.cores) & set(prev.cores) and not (spram and st.layer != prev.layer)
        if pools:
            ok = ok and not {cores[k].pool for k in st.cores} & {cores[k].pool for k in prev.cores}
        chase = ok and st.layer == prev.layer + 1 and not st.empty and st.scan_hi == prev.segment
        out.append(replace(st, pipelined=ok, chase=chase))
    return out


def _assign_pools(cores, steps):
    """Give each core a potential pool, the fewest bits in all: cores of one step need
    pools of their own (they run together); otherwise a core joins the pool its words and
    width enlarge least, or opens one where that costs fewer bits (a deep, narrow layer
    and a shallow, wide one kept apart)."""
    together = {k: set() for k in range(len(cores))}
    for i, st in enumerate(steps):
        # a pipelined step also runs alongside its predecessor's cores
        run = set(st.cores) | (set(steps[i - 1].cores) if st.pipelined else set())
        for k in run:
            together[k] |= run - {k}
    pools, members, assigned = [], [], {}
    for c in sorted(cores, key=lambda c: -c.words * c.width):
        best = (c.words * c.width, len(pools))      # a pool of its own
        for j, (d, w) in enumerate(pools):
            if together[c.index] & members[j]:
                continue
            grow = max(d, c.words) * max(w, c.width) - d * w
            if grow <= best[0]:
                best = (grow, j)
        j = best[1]
        if j == len(pools):
            pools.append((c.words, c.width))
            members.append(set())
        pools[j] = (max(pools[j][0], c.words), max(pools[j][1], c.width))
        members[j].add(c.index)
        assigned[c.index] = j
    return [replace(c, pool=assigned[c.index]) for c in cores]


def plan_array(network, board, *, lanes=None, parallel=None, skip_zeros=None, gen_store=None, shared=None,
               max_neurons=None, max_axons=None, stats=None, memory_target=MEMORY_TARGET, pipeline=None,
               name="the network"):
    """Plan ``network`` on ``board``.

    ``lanes`` and ``parallel`` default to the board's setting, else the planner searches
    them: every lane count of :data:`LANE_CHOICES`, both ways of running a layer's
    blocks and (``skip_zeros=None`` on a board that searches) cores with and without the
    zero-group skip, keeping the plans whose block RAMs and SPRAMs (each memory counted in its
    cheapest aspect ratio) and estimated LUTs (within the board's ``utilisation_limit``) fit, and choosing the fewest expected cycles per image
    (``stats``: :func:`spike_statistics` of sample images; without them, the fewest
    update cycles the lanes allow). On a board with SPRAM it also weighs plans whose
    cores keep their generators in one SPRAM store (``gen_store``; those cores take turns
    and update every lane group, and the board top loads the store at start-up).
    ``max_neurons`` and ``max_axons`` default to the network's core profile. ``name``
    names the network in errors.

    ``pipeline``: let a step route while the previous one is collected where their cores
    differ (:func:`_pipeline_steps`): ``"full"`` keeps the two steps' cores in separate
    pools, which can cost memory; ``"free"`` pipelines only where the pools already
    differ; ``False`` never. ``None`` weighs ``"full"`` and ``"free"``; a board that fixes
    lanes and parallelism gets ``"full"``.

    ``memory_target``: where the fewest-cycles plan holds more on-chip bits than this
    multiple of its weight bits, the planner re-cuts it one layer at a time
    (:func:`_within_memory`: each time the layer and tiling that save the most bits per
    cycle added) and takes the re-cut plan if it meets the target; where no re-cut does,
    the fewest-cycles plan stays (the report says so). ``None`` keeps the fewest-cycles
    plan. Whole-map tiles are fast but hold a potential word per output
    position; a layer cut into smaller tiles re-reads its halo instead.
    """
    network.validate()
    prof = get_profile(network.profile)
    for i, layer in enumerate(network.layers):
        if layer.kind != "conv":
            raise MappingError(f"layer {i} ({layer.name!r}): {layer.kind} layers cannot be mapped onto cores yet")
        if layer.fan_in > prof.max_axons:
            raise MappingError(f"layer {i} ({layer.name!r}): fan-in of {layer.fan_in} inputs exceeds the "
                               f"{prof.max_axons}-axon cores of profile {prof.name!r}")
    max_neurons = max_neurons or prof.max_neurons
    max_axons = max_axons or prof.max_axons
    tilings = {t: _layer_plans(network, max_neurons, max_axons, t) for t in TILINGS}
    lanes = lanes if lanes is not None else board.lanes
    parallel = parallel if parallel is not None else board.parallel

    def make(L, par, skip, tiling="cores", store=False, one=False, pipe="full"):
        # ``tiling``: one for every layer, or per layer joined by "/"
        per = tiling.split("/") if "/" in tiling else [tiling] * len(network.layers)
        layers = [tilings[t][i] for i, t in enumerate(per)]
        cores, steps = _schedule(network, layers, L, par, skip, store, pad=one, pipeline=pipe, spram=board.spram)
        if one and not _can_share(network, cores):
            return None
        return ArrayPlan(network, board, layers, cores, steps, par, L, max_neurons, max_axons, board.spram,
                         tiling=tiling, shared=one, pipeline=pipe if not (store or one) else False)

    widest = max(b[1] - b[0] for t in tilings.values() for lp in t for b in lp.blocks)
    lane_opts = [lanes] if lanes is not None else [L for i, L in enumerate(LANE_CHOICES)
                                                  if i == 0 or LANE_CHOICES[i - 1] < widest]
    par_opts = [parallel] if parallel is not None else [True, False]
    searching = len(lane_opts) > 1 or len(par_opts) > 1
    skip_opts = [skip_zeros] if skip_zeros is not None else ([True, False] if searching else [True])
    store_opts = [gen_store] if gen_store is not None else ([False, True] if board.spram and searching else [False])
    pipe_opts = [pipeline] if pipeline is not None else (["full", "free"] if searching else ["full"])
    if not searching and len(skip_opts) == 1 and store_opts == [False] and len(pipe_opts) == 1:
        plan = make(lane_opts[0], par_opts[0], skip_opts[0], pipe=pipe_opts[0])
        plan.why = f" (board {board.name!r})"
        return plan
    if stats is None:
        from model import NETWORKS
        with np.load(NETWORKS / "mnist-test-sample.npz") as z:
            sample = z["images"][:8]
        if tuple(sample.shape[1:]) == tuple(network.input_shape[1:]) and network.input_shape[0] == 1:
            stats = spike_statistics(network, sample[:, None] if sample.ndim == 3 else sample)
    cands = []
    for tiling in TILINGS:
        for L in lane_opts:
            for par in par_opts:
                for skip in skip_opts:
                    for store in store_opts:
                        if store and (par or skip):
                            continue
                        for one in ([shared] if shared is not None else [False, True]) if store else [False]:
                            for pipe in pipe_opts if not (store or one) else [False]:
                                plan = make(L, par, skip, tiling, store, one, pipe)
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
    plan, judged = min(fitting, key=lambda pj: (pj[1]["cycles"], pj[1]["luts"]))
    memory_note = ""
    if memory_target and plan.memory_ratio > memory_target:
        recut, rjudged, tried = _within_memory(plan, judged, board, stats, memory_target, make)
        cands += tried
        if recut.memory_ratio <= memory_target:
            memory_note = (f"; re-cut to {recut.memory_ratio:.2f}x the weight bits in memory (the fewest-cycles "
                           f"plan holds {plan.memory_ratio:.2f}x; target {memory_target:g}x) at "
                           f"{rjudged['cycles'] / max(judged['cycles'], 1e-9) - 1:+.1%} cycles")
            plan, judged = recut, rjudged
        else:   # the target is out of reach: keep the cycles
            memory_note = (f"; its memory is {plan.memory_ratio:.2f}x the weight bits, above the {memory_target:g}x "
                           f"target, which no re-cut of its layers reaches (the least: {recut.memory_ratio:.2f}x)")
    judged["chosen"] = True
    plan.candidates = [j for _, j in cands]
    plan.why = (f" (board {board.name!r}: chosen from {len(cands)} plans for the fewest expected cycles "
                f"within {board.utilisation_limit:.0%} of the LUTs and the block RAMs and SPRAMs there are"
                f"{memory_note})")
    return plan


def _within_memory(plan, judged, board, stats, target, make):
    """Re-cut ``plan`` one layer at a time until its on-chip bits are within ``target``
    times its weight bits: each round tries every layer with every other tiling and keeps
    the fitting re-cut that saves the most bits per expected cycle added (any that saves
    bits without adding cycles first). Returns the plan, its judgement and every re-cut
    judged."""
    tried = []
    per = plan.tiling.split("/") if "/" in plan.tiling else [plan.tiling] * len(plan.layers)
    config = (plan.lanes, plan.parallel, plan.cores[0].skip_zeros, plan.gen_store, plan.shared, plan.pipeline)
    while plan.memory_ratio > target:
        best = None
        for i in range(len(per)):
            for t in TILINGS:
                if t == per[i]:
                    continue
                cut = per[:i] + [t] + per[i + 1:]
                cand = make(config[0], config[1], config[2], "/".join(cut), config[3], config[4], config[5])
                if cand is None:
                    continue
                j = _judge(cand, board, stats)
                tried.append((cand, j))
                saved = plan.memory_bits()["total"] - cand.memory_bits()["total"]
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
    """Whether one :class:`hw.shared_core.SharedCore` can run all ``cores``: one family
    (and weight width), one lane count."""
    fams = {(l.family, l.weight_bits if l.family != "s4" else 0) for l in network.layers}
    return len(fams) == 1 and len({c.lanes for c in cores}) == 1


def _judge(plan, board, stats):
    """Estimated LUTs, block RAMs, SPRAMs and cycles of a candidate plan, and whether (and
    why not) it fits ``board``."""
    luts = plan.lut_estimate()
    blocks = plan.blocks()
    short = []
    fill = board.utilisation_limit
    budget = {"LUT": int(fill * board.resources.get("LUT", 0)), "BRAM": board.resources.get("BRAM", 0),
              "SPRAM": board.resources.get("SPRAM", 0)}
    need = {"LUT": luts, "BRAM": blocks["BRAM"], "SPRAM": blocks["SPRAM"]}
    names = {"LUT": f"4-input LUTs (estimated; {fill:.0%} of {board.resources.get('LUT', 0):,})",
             "BRAM": "block RAMs", "SPRAM": "SPRAM blocks"}
    excess = 0.0
    if plan.spram and plan.event_width > 16:
        short.append(f"{plan.event_width}-bit events but an SPRAM word holds 16")
        excess += plan.event_width / 16 - 1
    if board.is_fpga:
        for k in ("LUT", "BRAM", "SPRAM"):
            if need[k] > budget[k]:
                excess += need[k] / max(budget[k], 1) - 1
                short.append(f"{need[k]:,} {names[k]} but the {board.device} offers {budget[k]:,} "
                             f"({need[k] - budget[k]:,} short)")
    if stats is not None:
        cycles = plan.expected_cycles(stats)
    else:   # no sample images: the update cycles of the lanes alone
        cycles = sum(c.words for c in plan.cores) / max(1, min(c.lanes for c in plan.cores))
    return {"tiling": plan.tiling, "cores": plan.physical_cores, "lanes": plan.lanes, "parallel": plan.parallel,
            "skip_zeros": plan.cores[0].skip_zeros, "gen_store": plan.gen_store, "shared": plan.shared, "pipelined": plan.pipelined, "pipeline": plan.pipeline, "luts": luts, "bram": blocks["BRAM"],
            "spram": blocks["SPRAM"], "cycles": cycles, "memory_ratio": plan.memory_ratio, "fits": not short,
            "why": "; ".join(short), "excess": excess}
