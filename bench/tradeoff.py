"""Trade-off: accuracy against synaptic operations, weight memory and planned hardware
cycles over network sizes, the three families and the energy weight of the loss
(``python -m model train --energy``), with Pareto plots.

Every point is trained (``model/train``), exported, and measured by the reference model on
the full test set: accuracy, synaptic operations per image (non-zero weights reached by
a spike), spikes per image, and the weight memory its deployment needs. ``s4`` and
``kernel`` networks deploy on generator cores (the bits the design instantiates);
``dense``, the unstructured Eedn baseline, on dense TrueNorth-style cores (crossbar,
axon types and neuron tables of the same mapping). Both figures are in the table.

The default sweep (widths 4, 8, 16; energy weights 0 and 20 for ``s4`` and ``kernel``;
3 epochs on 20,000 training images) takes a few minutes on 2 cores; ``--large`` trains
widths 8-64 with three conv layers for 10 epochs at energy weights 0, 2 and 10. The
planned cycles per image are the ``sim`` board's array plan's estimate
(:func:`codegen.planner.expected_cycles`). Trained networks are kept in ``--out``
and reused by a rerun.
"""

from dataclasses import replace
from pathlib import Path

from boards import get_board
from codegen import planner
from codegen.emit import build_array
from codegen.mapping import map_network
from codegen.planner import spike_statistics
from model.data import load_dataset
from model.network import Network
from model.presets import get_preset
from model.reference import ReferenceModel
from toepcore import cli

from . import options

FAMILIES = ("s4", "kernel", "dense")


def sweep(large):
    """``(layer shapes, energy weights, epochs, training images)`` of the sweep."""
    if large:
        return [((w, 3, 2, 1, 1), (2 * w, 3, 2, 1, 1), (2 * w, 3, 1, 1, 1)) for w in (8, 16, 32, 64)], (0.0, 2.0, 10.0), \
            10, None
    return [((w, 3, 2, 1, 1), (2 * w, 3, 2, 1, 1)) for w in (4, 8, 16)], (0.0, 20.0), 3, 20000


def measure(path, images, labels):
    net = Network.load(path)
    res = ReferenceModel(net).run(images, counters=True)
    tot = res.counter_totals()["total"]
    mapping = map_network(net, get_board("sim"))
    gen_bits = build_array(mapping).weight_memory_bits()
    dense_bits = planner.totals(mapping)["dense_crossbar_bits"]
    return {"accuracy": round(float((res.predictions == labels).mean()), 4),
            "synaptic_ops": round(tot["synaptic_ops"], 1), "spikes": round(tot["spikes_out"], 1),
            "generator_bits": gen_bits, "dense_bits": dense_bits,
            "memory_bits": dense_bits if net.layers[0].family_spec.unstructured else gen_bits,
            "planned_cycles": round(planner.expected_cycles(mapping, spike_statistics(net, images[:20])))}


def pareto(points, x):
    """Indices of points no other point beats (fewer ``x``, higher accuracy)."""
    order = sorted(range(len(points)), key=lambda i: (points[i][x], -points[i]["accuracy"]))
    best, out = -1.0, []
    for i in order:
        if points[i]["accuracy"] > best:
            out.append(i)
            best = points[i]["accuracy"]
    return out


def plot(rows, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, axes = plt.subplots(1, 3, figsize=(16, 4.4))
    for ax, x, label in ((axes[0], "synaptic_ops", "synaptic operations per image"),
                         (axes[1], "memory_bits", "weight-memory bits (generator cores; dense: TrueNorth cores)"),
                         (axes[2], "planned_cycles", "planned cycles per image (sim board's array plan)")):
        for fam, marker in zip(FAMILIES, "osD"):
            pts = [r for r in rows if r["family"] == fam]
            ax.scatter([p[x] for p in pts], [p["accuracy"] for p in pts], marker=marker, label=fam)
            for p in pts:
                tag = p["widths"] + (f" e{p['energy']:g}" if p["energy"] else "")
                ax.annotate(tag, (p[x], p["accuracy"]), fontsize=6, xytext=(3, 3), textcoords="offset points")
        front = [rows[i] for i in pareto(rows, x)]
        ax.step([p[x] for p in front], [p["accuracy"] for p in front], where="post", color="gray", lw=0.8,
                label="Pareto front")
        ax.set_xscale("log")
        ax.set_xlabel(label)
        ax.set_ylabel("MNIST test accuracy")
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


HELP = ("sweep network sizes and families: accuracy vs synaptic operations and memory, with a Pareto plot")


def add_arguments(p):
    options.output(p)
    p.add_argument("--plot", default="build/bench/tradeoff.png", help="PNG plot (default build/bench/tradeoff.png)")
    options.data(p)
    p.add_argument("--large", action="store_true", help="the larger sweep (wider networks, more epochs; hours)")
    p.add_argument("--out", type=cli.output_dir, default="build/bench/tradeoff", metavar="DIR",
                   help="where the trained networks go (default build/bench/tradeoff)")
    p.add_argument("--threads", type=cli.int_range(1, 256), default=2, metavar="N", help="torch threads (default 2)")


def run(args):
    import torch

    from model.train.loop import TrainConfig, train
    torch.set_num_threads(args.threads)
    shapes, energies, epochs, train_images = sweep(args.large)
    images, labels = load_dataset(args.dataset, "test", args.data_dir)
    base = get_preset("quick")
    rows = []
    # the energy weight is swept for the generator families; dense is the fixed baseline
    points = [(layers, fam, e) for layers in shapes for fam in FAMILIES for e in energies
              if fam != "dense" or e == 0]
    for layers, fam, energy in cli.progress(points, desc="train and score", unit="net", leave=True):
        widths = "-".join(str(l[0]) for l in layers)
        preset = replace(base, name=f"sweep-{widths}", layers=layers, epochs=epochs, readout_per_class=5)
        out = Path(args.out) / (f"{fam}-{widths}" + (f"-e{energy:g}" if energy else ""))
        if not (out / "network.npz").exists():
            train(TrainConfig(fam, preset, dataset=args.dataset, data_dir=args.data_dir,
                              train_images=train_images, energy=energy), out, progress=False)
        rows.append({"family": fam, "widths": widths, "energy": energy,
                     **measure(out / "network.npz", images, labels)})
    for x in ("synaptic_ops", "memory_bits", "planned_cycles"):
        for i in pareto(rows, x):
            rows[i][f"pareto_{x.split('_')[0]}"] = "*"
    for r in rows:   # on the accuracy-versus-energy front
        r["pareto"] = r.get("pareto_synaptic") == "*"
    if args.plot:
        plot(rows, args.plot)
    title = (f"accuracy (reference model, {len(images):,} test images) against synaptic operations and memory; "
             f"{epochs} epochs" + (f" on {train_images:,} training images" if train_images else ""))
    return title, rows
