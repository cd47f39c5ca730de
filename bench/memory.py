"""Weight memory: generators (what the design instantiates) against the dense TrueNorth
representation of the same mapping (crossbar + axon types + per-neuron tables for every
logical core), per layer and per network."""

from pathlib import Path

from boards import get_board
from codegen import planner
from codegen.emit import build_array
from codegen.mapping import map_network
from model import NETWORKS
from model.network import Network

from . import options


def shipped_networks():
    return sorted(p for p in NETWORKS.glob("*.npz") if p.name != "mnist-test-sample.npz")


def network_rows(path):
    """Per-layer rows and the network's total row for one deployed network."""
    net = Network.load(path)
    mapping = map_network(net, get_board("sim"))
    array = build_array(mapping)
    rows = []
    for lp, mrow in zip(mapping.layers, planner.layer_rows(mapping)):
        cores = [c for c, cp in zip(array.cores, mapping.cores) if cp.layer == lp.index]
        gen = sum(sum(c.weight_memory_bits().values()) for c in cores)
        plan = lp
        rows.append({"network": Path(path).stem, "layer": plan.layer.name, "family": plan.layer.family,
                     "logical_cores": plan.logical_cores, "physical_cores": len(cores),
                     "generator_bits": gen, "dense_bits": mrow["dense_crossbar_bits"],
                     "ratio": round(mrow["dense_crossbar_bits"] / gen, 1)})
    total = {"network": Path(path).stem, "layer": "total", "family": rows[0]["family"],
             **{k: sum(r[k] for r in rows) for k in ("logical_cores", "physical_cores", "generator_bits",
                                                      "dense_bits")}}
    total["ratio"] = round(total["dense_bits"] / total["generator_bits"], 1)
    return rows, total


def plot(totals, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    names = [t["network"] for t in totals]
    x = range(len(names))
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.bar([i - 0.2 for i in x], [t["generator_bits"] for t in totals], 0.4, label="generators (this design)")
    ax.bar([i + 0.2 for i in x], [t["dense_bits"] for t in totals], 0.4, label="dense TrueNorth cores")
    for i, t in enumerate(totals):
        ax.text(i, t["dense_bits"] * 1.3, f"{t['ratio']:.0f}x", ha="center", fontsize=8)
    ax.set_yscale("log")
    ax.set_xticks(list(x), names, rotation=20, fontsize=8)
    ax.set_ylabel("weight-memory bits")
    ax.set_title("Weight memory of the same mapping")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


HELP = ("weight-memory bits per layer: generators vs dense TrueNorth cores; --netlist: every memory of the design as yosys reads it")


def add_arguments(p):
    options.common(p, "one deployed network (default: every shipped network; with --netlist the shipped hardware "
                      "network)", plot="memory")
    p.add_argument("--netlist", action="store_true",
                   help="read every memory and constant table from the design's netlist (yosys), by what it "
                        "holds, and check the weight-derived bits against weight_memory_bits and every memory "
                        "against the plan (non-zero exit on a difference)")
    p.add_argument("--board", default="sim", choices=options.board_names(),
                   help="with --netlist: the array as planned for this board (default sim)")


def run(args):
    if args.netlist:
        from .netlist_memory import run as run_netlist
        return run_netlist(args)
    paths = [args.network] if args.network else shipped_networks()
    rows, totals = [], []
    for p in paths:
        layer_rows, total = network_rows(p)
        rows += layer_rows + [total]
        totals.append(total)
    if args.plot:
        plot(totals, args.plot)
    # the whole-network figures: the given network, else the default one
    from model import DEFAULT_NETWORK
    main = next((t for t in totals if t["network"] == Path(args.network or DEFAULT_NETWORK).stem), totals[0])
    summary = {"network": main["network"], "generator_bits": main["generator_bits"], "dense_bits": main["dense_bits"],
               "ratio": main["ratio"], "networks": {t["network"]: {k: t[k] for k in ("generator_bits", "dense_bits",
                                                                                     "ratio")} for t in totals}}
    title = ("weight-memory bits per layer: generators vs the dense TrueNorth form of the same logical cores "
             "(crossbar + axon types + neuron tables)")
    return title, rows, summary
