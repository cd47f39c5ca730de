"""The array plan: what :class:`hw.array.CoreArray` builds, as frozen records.

The planner (:mod:`codegen.planner`) decides a plan; the hardware (:mod:`hw`) reads it;
the two meet here, below both. A plan is

* **logical cores**: every conv layer cut into tiles of ``F`` filters x ``TY x TX``
  positions (:class:`LayerPlan`);
* **physical cores**: one per filter block (its generator memory serves every spatial
  tile of the block), each with its lane count (:class:`CorePlan`);
* **the schedule**: a list of steps, each a set of physical cores of one layer working
  together on one spatial tile (:class:`StepPlan`). Layers run in order, tiles in raster
  order;
* **spike storage**: two ping-pong address-event lists bucketed into *segments* (the
  events of one encoder row or of one step); every step reads the contiguous range of
  producer segments its patch needs;
* **memory images** derived from these: the generator store's words, the event fields.

Layers are the deployed network's :class:`model.network.ConvLayer` objects; their family
(``layer.family_spec``, :mod:`model.families`) gives the family's numbers. Nothing here
imports Amaranth, torch, the planner or the hardware.
"""

from dataclasses import dataclass

from .bits import bits_for
from .geometry import Tile, TileGeometry, lane_groups
from .memory import pack_store, store_packing

__all__ = ["LayerPlan", "CorePlan", "StepPlan", "ArrayPlan", "TILINGS"]

#: Ways to cut a layer into steps (:func:`codegen.planner.layers.layer_plans`): the fewest
#: logical cores (as a TrueNorth chip would), the fewest physical cores, or whole maps.
TILINGS = ("cores", "blocks", "maps")


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

    @property
    def filters(self):
        return self.block[1] - self.block[0]

    @property
    def groups(self):
        """Lane groups of the block (the last one padded when the lanes do not divide it)."""
        return lane_groups(self.filters, self.lanes)


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


@dataclass(frozen=True, eq=False)
class ArrayPlan:
    """The whole array (see the module docstring); built by
    :func:`codegen.planner.plan_array`.

    Attributes
    ----------
    network, board : object
        The deployed network and the board profile planned for.
    layers, cores, steps : tuple
        :class:`LayerPlan`, :class:`CorePlan` and :class:`StepPlan` records.
    parallel : bool
        A layer's blocks work at the same time (each with its own potential pool).
    lanes : int
        The plan's lane count (a core's own is at most this).
    max_neurons, max_axons : int
        The logical-core limits the layers were cut within.
    spram : bool
        The event lists are in SPRAM.
    tiling : str
        One of :data:`TILINGS`, or one per layer joined by ``/``.
    shared : bool
        One physical core runs every plan core (:class:`hw.shared_core.SharedCore`).
    pipeline : False, "free" or "full"
        How steps may route while the previous one collects.
    truenorth_layers : tuple
        The layers cut as a TrueNorth chip would (``tiling="cores"``): the logical cores
        the physical cores' steps cover, whatever this plan's tiling.
    why : str
        Why the planner chose this plan, for the report.
    candidates : tuple of dict
        Every plan the planner weighed, judged (empty when nothing was searched).
    """
    network: object
    board: object
    layers: tuple
    cores: tuple
    steps: tuple
    parallel: bool
    lanes: int
    max_neurons: int
    max_axons: int
    spram: bool
    tiling: str = "cores"
    shared: bool = False
    pipeline: object = False
    truenorth_layers: tuple = ()
    why: str = ""
    candidates: tuple = ()

    @property
    def pipelined(self):
        """Steps that route while the previous step is collected (:attr:`StepPlan.pipelined`)."""
        return sum(st.pipelined for st in self.steps)

    @property
    def logical_cores(self):
        return sum(lp.logical_cores for lp in self.truenorth_layers or self.layers)

    @property
    def physical_cores(self):
        return 1 if self.shared else len(self.cores)

    def core_geometry(self, core):
        return self.layers[core.layer].geometry(core.block)

    def layer_of(self, core):
        """The deployed layer ``core`` computes."""
        return self.layers[core.layer].layer

    # -- the generator store (generators of every core in one SPRAM memory) -------------
    @property
    def gen_store(self):
        """True when the cores' generators share one memory in SPRAM
        (:class:`hw.generator_store.GeneratorStore`), each core at its ``gen_base``."""
        return self.cores[0].gen_base >= 0

    def group_bits(self, core):
        """Bits of one lane group of a core's generator word (a store word holds one)."""
        layer = self.layer_of(core)
        return core.lanes * layer.family_spec.lane_bits(layer)

    @property
    def gen_store_shape(self):
        """``(depth, width)`` of the generator store's logical words: every core's taps x
        lane groups, the widest lane group."""
        depth = width = 0
        for c in self.cores:
            depth += self.core_geometry(c).taps * c.groups
            width = max(width, self.group_bits(c))
        return depth, width

    def gen_store_logical(self):
        """The store's logical words: every core's share
        (:meth:`model.families.LayerFamily.store_words`) at its ``gen_base``."""
        out = []
        for c in self.cores:
            layer = self.layer_of(c)
            out += layer.family_spec.store_words(layer, self.core_geometry(c), c.lanes)
        return out

    def gen_store_image(self):
        """The store's physical words, as the board's host loads them (``'W'``)."""
        return pack_store(self.gen_store_logical(), self.gen_store_shape[1])

    @property
    def gen_store_words(self):
        """``(words, bits)`` of the store's physical words
        (:func:`toepcore.ir.memory.store_packing`)."""
        depth, width = self.gen_store_shape
        per, bits = store_packing(width)
        return -(-depth // per), bits

    # -- geometry shared by the router, the collector and the event lists ---------------
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
