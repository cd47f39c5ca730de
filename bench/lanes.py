"""Lanes: how close any core whose lanes update together can come to the bound.

A core with ``L`` lanes updates the neurons of up to ``L`` filters at one output position
in one cycle (a *lane group*: consecutive filters of a filter group, the last one padded).
For one input spike and one kernel tap, a group holding no non-zero weight can be skipped;
one holding any costs a cycle of all ``L`` lanes, zeros included. This bench counts, on
real test images (reference-model spike maps), the lane-group visits each layer needs at
each width, and sets them against the synaptic operations (non-zero weights reached by a
spike) that the cycles bench's bound divides by the lanes:

  * ``visits``: lane groups with a non-zero weight, summed over every input spike and every
    tap that reaches an output neuron, per image;
  * ``efficiency``: synaptic operations / (lanes x visits), the share of lane updates that
    add a non-zero weight;
  * ``floor_ratio``: 1 / efficiency, the least ``ratio`` (``python -m bench cycles``) a plan
    of cores this wide can reach, with every other cycle (moving events, storing spikes,
    threshold passes) free. Per-layer columns give the same for each layer.

Width 1 is a lane that picks its own (spike, tap, filter): a floor of 1 by definition.
The last rows are lanes that work independently (each its own potentials and its own
queue of spikes) holding one filter each. ``per filter``: with unbounded queues a layer
lasts as long as its busiest filter in each image, so its floor is that filter's
operations over the mean filter's. ``per filter, queue Q``: spikes are offered to the
lanes one per cycle in the order the array stores them (position by position, channels
within), each lane queues those it has work for (at most ``Q``, the one it works on
included) and spends a cycle per non-zero weight; a spike waits while a lane it needs has
a full queue; the update phase's cycles, simulated per image, against the layer's
operations / filters. :class:`hw.lane_core.IndependentLaneCore` takes exactly these
cycles (plus 2). The figures come from the weights and spike maps alone, no RTL; the synaptic operations
they count are checked against the reference model's counters (an error if they differ).
"""

import numpy as np

#: Lane widths measured by default: the planner's choices (1 to 128).
from codegen.planner import LANE_CHOICES as WIDTHS  # the widths the planner weighs
from model import HARDWARE_NETWORK
from model.data import test_images_for
from model.network import Network
from model.reference import ReferenceModel, _windows
from toepcore import cli
from toepcore.errors import ToepcoreError, UsageError
from toepcore.ir.geometry import reaching_taps

from . import options

#: Queue depths of the independent-lane rows.
DEPTHS = (4, 16)


def tap_events(layer, spikes, per_image=False):
    """(C_in, kh, kw) int64: for every input channel and kernel tap, the (input spike,
    output position) pairs it joins, summed over images (``per_image``: (N, C_in, kh, kw)).
    ``spikes`` is (N,) + in_shape, spike counts (binary for one tick)."""
    win = _windows(np.asarray(spikes, np.int64), layer.kernel, layer.stride, layer.padding)
    return win.sum(axis=(2, 3)) if per_image else win.sum(axis=(0, 2, 3))


def lane_work(layer, spikes):
    """(E, C_out) int64: the non-zero weights each filter adds for each input spike of one
    image (``spikes``: ``layer.in_shape``), spikes in stored order (row, column, channel;
    a count above 1 repeats the spike)."""
    C, H, W = layer.in_shape
    F, Ho, Wo = layer.out_shape
    (kh, kw), (sy, sx), (py, px) = layer.kernel, layer.stride, layer.padding
    y, x, c = np.nonzero(np.asarray(spikes).transpose(1, 2, 0))
    reps = np.asarray(spikes)[c, y, x].astype(np.int64)
    y, x, c = (np.repeat(v, reps) for v in (y, x, c))
    taps = (reaching_taps(H, kh, sy, py, Ho)[y][:, :, None]
            & reaching_taps(W, kw, sx, px, Wo)[x][:, None, :])                    # (E, kh, kw)
    nz = layer.expanded_kernel() != 0
    fg, cg = F // layer.groups, layer.group_in
    work = np.zeros((len(c), F), np.int64)
    for grp in range(layer.groups):
        sel = c // cg == grp
        k = nz[grp * fg:(grp + 1) * fg][:, c[sel] % cg]          # (fg, e, kh, kw)
        work[sel, grp * fg:(grp + 1) * fg] = (k & taps[sel][None]).sum(axis=(2, 3)).T
    return work


def independent_updates(per):
    """Lane updates of lanes holding one filter each with unbounded queues: ``per`` is
    (images, filters) operations; each image lasts as long as its busiest filter, and every
    lane counts for that long."""
    return int(per.max(axis=1).sum()) * per.shape[1]


def queued_cycles(work, depth):
    """Cycles until independent lanes finish ``work`` ((E, lanes) cycles per spike and
    lane, :func:`lane_work`): one spike offered per cycle; each lane queues the spikes it
    has work for, at most ``depth`` including the one it works on, which leaves the queue
    after its last update; a spike is held while a lane it needs is full. This is
    :class:`hw.lane_core.IndependentLaneCore`'s integrate phase, less its 2 cycles of
    accepting a spike and reading its row."""
    lanes = work.shape[1]
    finish = np.zeros(lanes, np.int64)
    freed = np.full((lanes, depth), -1, np.int64)      # when each queue slot is free again
    k = np.zeros(lanes, np.int64)
    t = -1                                             # the cycle the last spike was offered
    for w in work:
        need = np.nonzero(w)[0]
        slot = k[need] % depth
        t = max(t + 1, int(freed[need, slot].max(initial=-1)))
        s = np.maximum(finish[need], t + 1)
        finish[need] = s + w[need]
        freed[need, slot] = finish[need]
        k[need] += 1
    return int(max(finish.max(initial=0), t + 1))


def lane_group_visits(layer, events, width):
    """Per image-set totals ``(synaptic_ops, visits)`` of a conv layer at lane width
    ``width``: ``events`` from :func:`tap_events`. Lane groups are ``width`` consecutive
    filters of each filter group (the last one padded), as the planner lays lanes."""
    nz = layer.expanded_kernel() != 0                       # (C_out, Cg, kh, kw)
    fg, cg = layer.out_channels // layer.groups, layer.group_in
    visits = 0
    for grp in range(layer.groups):
        k = nz[grp * fg:(grp + 1) * fg]
        e = events[grp * cg:(grp + 1) * cg]
        groups = -(-fg // width)
        pad = np.zeros((groups * width - fg,) + k.shape[1:], bool)
        any_nz = np.concatenate([k, pad]).reshape(groups, width, *k.shape[1:]).any(axis=1)
        visits += int((any_nz.sum(axis=0) * e).sum())
    return int(filter_operations(layer, events).sum()), visits


def filter_operations(layer, events):
    """(C_out,) int64: each filter's synaptic operations, ``events`` from :func:`tap_events`."""
    nz = layer.expanded_kernel() != 0
    fg, cg = layer.out_channels // layer.groups, layer.group_in
    return np.concatenate([(nz[g * fg:(g + 1) * fg] * events[g * cg:(g + 1) * cg][None]).sum(axis=(1, 2, 3))
                           for g in range(layer.groups)])


def layer_inputs(network, input_spikes, spikes):
    """``[(layer, its input spike maps)]`` of every conv layer, from a traced reference-model
    run's ``input_spikes`` and per-layer ``spikes``."""
    inputs = [input_spikes] + list(spikes[:-1])
    return [(l, inputs[i]) for i, l in enumerate(network.layers) if l.kind == "conv"]


def lane_floor(network, input_spikes, spikes, width):
    """The least cycles / (synaptic operations / ``width``) that cores of ``width`` lanes
    updating together reach on these spike maps (a traced reference-model run's
    ``input_spikes`` and ``spikes``): the ``floor_ratio`` of :func:`lane_table`'s row for
    that width."""
    ops = visits = 0
    for layer, x in layer_inputs(network, input_spikes, spikes):
        o, v = lane_group_visits(layer, tap_events(layer, x), width)
        ops, visits = ops + o, visits + v
    return width * visits / ops if ops else 1.0


def lane_table(network, images, widths=WIDTHS, depths=DEPTHS):
    """Rows of :func:`lane_group_visits` over every conv layer, one per width; checks the
    operations against the reference model's counters. Returns ``(rows, ops_per_image)``."""
    res = ReferenceModel(network).run(images, trace=True, counters=True)
    convs = layer_inputs(network, res.input_spikes, res.spikes)
    per_image = {l.name: tap_events(l, x, per_image=True) for l, x in convs}   # (N, C_in, kh, kw)
    events = {k: e.sum(axis=0) for k, e in per_image.items()}
    n = len(images)
    ops_total = 0
    for l, _ in convs:
        ops, _ = lane_group_visits(l, events[l.name], 1)
        ref = int(res.counters[l.name]["synaptic_ops"].sum())
        if ops != ref:
            raise ToepcoreError(f"layer {l.name!r}: {ops:,} synaptic operations counted from the spike maps but the "
                                f"reference model counts {ref:,}")
        ops_total += ops
    rows = []
    for w in cli.progress(widths, desc="widths", unit="width"):
        layers = {l.name: lane_group_visits(l, events[l.name], w) for l, _ in convs}   # (ops, visits)
        lane_updates = w * sum(v for _, v in layers.values())
        rows.append({"lanes": w, "visits": round(lane_updates / w / n),
                     "efficiency": round(ops_total / lane_updates, 3), "floor_ratio": round(lane_updates / ops_total, 2)} |
                    {f"floor_{k}": round(w * v / o, 2) if o else None for k, (o, v) in layers.items()})
    # independent lanes, one filter each: per image, the busiest filter's operations
    per = {l.name: np.stack([filter_operations(l, e) for e in per_image[l.name]]) for l, _ in convs}   # (N, C_out)
    lane_rows = [("per filter", {k: independent_updates(p) for k, p in per.items()})]
    for depth in cli.progress(depths, desc="queue depths", unit="depth"):
        lane_rows.append((f"per filter, queue {depth}",
                          {l.name: sum(queued_cycles(lane_work(l, xi), depth) for xi in x) * l.out_channels
                           for l, x in convs}))
    for name, updates in lane_rows:
        total = sum(updates.values())
        rows.append({"lanes": name, "visits": None, "efficiency": round(ops_total / total, 3),
                     "floor_ratio": round(total / ops_total, 2)} |
                    {f"floor_{k}": round(u / per[k].sum(), 2) if per[k].sum() else None for k, u in updates.items()})
    return rows, ops_total / n


HELP = ("lane-group visits against synaptic operations at each lane width: the least ratio (cycles bench) cores that wide can reach")


def add_arguments(p):
    options.common(p, "deployed network (default: the shipped hardware network, up5k-s4)")
    options.data(p, own=True)
    p.add_argument("--images", type=cli.int_range(1, options.TEST_IMAGES), default=50, metavar="N",
                   help=f"test images whose spike maps are counted (1-{options.TEST_IMAGES:,}; default 50; the "
                        f"queue simulation takes about half a second an image for mnist-s4)")
    p.add_argument("--widths", type=options.widths, default="1,2,4,8,16,32,64,128", metavar="L,..",
                   help="lane widths to measure (default 1,2,4,8,16,32,64,128)")
    p.add_argument("--depths", type=options.widths, default="4,16", metavar="Q,..",
                   help="queue depths of independent lanes to simulate (default 4,16)")


def run(args):
    path = args.network or HARDWARE_NETWORK
    net = Network.load(path)
    images, _, _ = test_images_for(net, args, progress=not args.quiet)
    if args.images > len(images):
        raise UsageError(f"--images {args.images:,}: the test split holds only {len(images):,} images")
    images = images[:args.images]
    rows, ops = lane_table(net, images, args.widths, args.depths)
    title = (f"{path.name}: lane-group visits per image against the synaptic operations ({ops:,.0f} per image, "
             f"mean of {len(images)} MNIST test images); floor_ratio is the least cycles / (operations / lanes) "
             f"cores of that width can reach")
    return title, rows, {"synaptic_ops_per_image": round(ops, 1)}
