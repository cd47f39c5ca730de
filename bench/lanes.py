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
The last row, ``per filter``, is lanes that work independently (each its own potentials
and its own queue of spikes) holding one filter each: a layer then lasts as long as its
busiest filter, so its floor is that filter's operations over the mean filter's.
The figures come from the weights and spike maps alone, no RTL; the synaptic operations
they count are checked against the reference model's counters (an error if they differ).
"""

import numpy as np

from model import HARDWARE_NETWORK
from model.data import load_dataset
from model.network import Network
from model.reference import ReferenceModel, _windows
from toepcore import cli
from toepcore.errors import ToepcoreError

#: Lane widths measured by default: the planner's choices (1 to 128).
WIDTHS = (1, 2, 4, 8, 16, 32, 64, 128)


def tap_events(layer, spikes):
    """(C_in, kh, kw) int64: for every input channel and kernel tap, the (input spike,
    output position) pairs it joins, summed over images. ``spikes`` is (N,) + in_shape,
    spike counts (binary for one tick)."""
    win = _windows(np.asarray(spikes, np.int64), layer.kernel, layer.stride, layer.padding)
    return win.sum(axis=(0, 2, 3))


def lane_group_visits(layer, events, width):
    """Per image-set totals ``(synaptic_ops, visits)`` of a conv layer at lane width
    ``width``: ``events`` from :func:`tap_events`. Lane groups are ``width`` consecutive
    filters of each filter group (the last one padded), as the planner lays lanes."""
    nz = layer.expanded_kernel() != 0                       # (C_out, Cg, kh, kw)
    fg, cg = layer.out_channels // layer.groups, layer.group_in
    ops = visits = 0
    for grp in range(layer.groups):
        k = nz[grp * fg:(grp + 1) * fg]
        e = events[grp * cg:(grp + 1) * cg]
        ops += int((k.sum(axis=0) * e).sum())
        groups = -(-fg // width)
        pad = np.zeros((groups * width - fg,) + k.shape[1:], bool)
        any_nz = np.concatenate([k, pad]).reshape(groups, width, *k.shape[1:]).any(axis=1)
        visits += int((any_nz.sum(axis=0) * e).sum())
    return ops, visits


def filter_operations(layer, events):
    """(C_out,) int64: each filter's synaptic operations, ``events`` from :func:`tap_events`."""
    nz = layer.expanded_kernel() != 0
    fg, cg = layer.out_channels // layer.groups, layer.group_in
    return np.concatenate([(nz[g * fg:(g + 1) * fg] * events[g * cg:(g + 1) * cg][None]).sum(axis=(1, 2, 3))
                           for g in range(layer.groups)])


def lane_table(network, images, widths=WIDTHS):
    """Rows of :func:`lane_group_visits` over every conv layer, one per width; checks the
    operations against the reference model's counters. Returns ``(rows, ops_per_image)``."""
    res = ReferenceModel(network).run(images, trace=True, counters=True)
    inputs = [res.input_spikes] + list(res.spikes[:-1])
    convs = [(i, l) for i, l in enumerate(network.layers) if l.kind == "conv"]
    events = {l.name: tap_events(l, inputs[i]) for i, l in convs}
    n = len(images)
    ops_total = 0
    for _, l in convs:
        ops, _ = lane_group_visits(l, events[l.name], 1)
        ref = int(res.counters[l.name]["synaptic_ops"].sum())
        if ops != ref:
            raise ToepcoreError(f"layer {l.name!r}: {ops:,} synaptic operations counted from the spike maps but the "
                                f"reference model counts {ref:,}")
        ops_total += ops
    rows = []
    for w in cli.progress(widths, desc="widths", unit="width"):
        row = {"lanes": w}
        lane_updates = 0
        for _, l in convs:
            ops, visits = lane_group_visits(l, events[l.name], w)
            lane_updates += w * visits
            row[f"floor_{l.name}"] = round(w * visits / ops, 2) if ops else None
        row.update(visits=round(lane_updates / w / n), efficiency=round(ops_total / lane_updates, 3),
                   floor_ratio=round(lane_updates / ops_total, 2))
        # the layers' columns after the totals
        rows.append({k: row[k] for k in ("lanes", "visits", "efficiency", "floor_ratio")} |
                    {k: v for k, v in row.items() if k.startswith("floor_") and k != "floor_ratio"})
    per = {l.name: filter_operations(l, events[l.name]) for _, l in convs}
    busiest = sum(int(p.max()) * len(p) for p in per.values())
    rows.append({"lanes": "per filter", "visits": None, "efficiency": round(ops_total / busiest, 3),
                 "floor_ratio": round(busiest / ops_total, 2)} |
                {f"floor_{k}": round(p.max() / p.mean(), 2) if p.sum() else None for k, p in per.items()})
    return rows, ops_total / n


def run(args):
    path = args.network or HARDWARE_NETWORK
    net = Network.load(path)
    images, _ = load_dataset(args.dataset, "test", args.data_dir)
    images = images[:args.images]
    rows, ops = lane_table(net, images, args.widths)
    title = (f"{path.name}: lane-group visits per image against the synaptic operations ({ops:,.0f} per image, "
             f"mean of {len(images)} MNIST test images); floor_ratio is the least cycles / (operations / lanes) "
             f"cores of that width can reach")
    return title, rows, {"synaptic_ops_per_image": round(ops, 1)}
