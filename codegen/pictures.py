"""Pictures of a build: the mapping (layers -> logical cores -> physical cores, with their
memories and shares of the cycles) and, for FPGA boards, the resources used against the
board's budget. PNGs drawn with matplotlib's Agg backend (no display needed)."""

from pathlib import Path

from . import planner

__all__ = ["draw_mapping", "draw_resources"]

_KIND_COLOURS = {"weights": "#4c72b0", "potentials": "#dd8452", "spikes": "#55a868", "other": "#8c8c8c"}


def _pyplot():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt


def draw_mapping(plan, path, stats=None, title=None):
    """Draw ``plan`` (a :class:`toepcore.ir.plan.ArrayPlan`) to ``path``.

    Left to right: each layer (shape, family, share of the expected cycles when ``stats``
    from :func:`codegen.planner.spike_statistics` is given), its logical cores (tiles) and the
    physical cores that run them (lanes, weight and potential bits). Below: the on-chip
    bits by kind against the weights."""
    plt = _pyplot()
    from matplotlib.patches import FancyBboxPatch
    layers, cores = plan.layers, plan.cores
    rows = max(len(layers), len(cores))
    fig = plt.figure(figsize=(12, 1.2 + 0.55 * rows + 1.4))
    ax = fig.add_axes([0.01, 0.30, 0.98, 0.62])
    ax.set_xlim(0, 12)
    ax.set_ylim(-0.6, rows - 0.4)
    ax.invert_yaxis()
    ax.axis("off")
    share = None
    if stats is not None:
        parts = planner.cycles_by_layer(plan, stats)
        total = sum(parts.values())
        share = {k: v / total for k, v in parts.items()}
    mem_by_core = {}
    for m in planner.memories(plan):
        head, _, _ = m["name"].partition(".")
        if head.startswith("core"):
            d = mem_by_core.setdefault(int(head[4:]), {"weights": 0, "other": 0})
            d["weights" if m["kind"] == "weights" else "other"] += m["bits"]
    pools = plan.pools

    def box(x, y, w, text, colour):
        ax.add_patch(FancyBboxPatch((x, y - 0.32), w, 0.64, boxstyle="round,pad=0.02", fc=colour, ec="#333333",
                                    lw=0.8))
        ax.text(x + w / 2, y, text, ha="center", va="center", fontsize=8)

    ly = {lp.index: (i + 0.5) * rows / len(layers) - 0.5 for i, lp in enumerate(layers)}
    cy = {c.index: (i + 0.5) * rows / len(cores) - 0.5 for i, c in enumerate(cores)}
    for lp in layers:
        l, y = lp.layer, ly[lp.index]
        c, h, w = l.out_shape
        text = f"{l.name} ({l.family})\n{c}x{h}x{w}, k={l.kernel[0]}x{l.kernel[1]}"
        if share:
            text += f"\n{share[l.name]:.0%} of cycles"
        box(0.1, y, 2.6, text, "#e8eef7")
        f = lp.blocks[0][1] - lp.blocks[0][0]
        n = plan.truenorth_layers[lp.index].logical_cores
        box(3.6, y, 2.6, f"{n} logical core{'s' if n > 1 else ''}\n{len(lp.blocks)} block(s) x {len(lp.tiles)} tile(s)\n"
                         f"tile {f}x{lp.ty}x{lp.tx} neurons", "#f3f3f3")
        ax.annotate("", xy=(3.6, y), xytext=(2.7, y), arrowprops={"arrowstyle": "->", "lw": 0.8})
    for core in cores:
        y = cy[core.index]
        mem = mem_by_core.get(core.index, {"weights": 0})
        words, width = pools[core.pool]
        box(7.4, y, 4.4, f"core {core.index}: {core.lanes} lane(s){', zero skip' if core.skip_zeros else ''}\n"
                         f"weights {mem['weights'] / 1000:.1f} kbit, potentials (pool {core.pool}) "
                         f"{words * width / 1000:.1f} kbit", "#fdf1e6")
        ax.annotate("", xy=(7.4, y), xytext=(6.2, ly[core.layer]), arrowprops={"arrowstyle": "->", "lw": 0.8,
                                                                             "color": "#555555"})
    ax.text(1.4, -0.55, "layers", ha="center", fontsize=9, weight="bold")
    ax.text(4.9, -0.55, "logical cores (tiles)", ha="center", fontsize=9, weight="bold")
    ax.text(9.6, -0.55, "physical cores", ha="center", fontsize=9, weight="bold")
    fig.suptitle(title or f"{plan.board.name}: {plan.logical_cores} logical cores on {plan.physical_cores} physical "
                          f"cores, {len(plan.steps)} steps" + (", blocks in parallel" if plan.parallel else ""),
                 fontsize=10)

    bits = planner.memory_bits(plan)
    mx = fig.add_axes([0.12, 0.11, 0.80, 0.09])
    left = 0
    for kind, colour in _KIND_COLOURS.items():
        mx.barh(0, bits[kind], left=left, color=colour, label=f"{kind} {bits[kind] / 1000:,.1f} kbit")
        left += bits[kind]
    mx.set_yticks([])
    mx.set_xlabel(f"on-chip bits ({bits['total'] / max(bits['weights'], 1):.2f}x the weights)")
    mx.legend(ncol=4, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, 1.9), frameon=False)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return Path(path)


def draw_resources(resources, board, path, limits=None):
    """Draw a bar per resource kind: used as a share of what ``board`` has (``resources``:
    nextpnr's ``{kind: {"used": n, "available": n}}``), with the planner's LUT limit."""
    plt = _pyplot()
    kinds = [k for k, v in resources.items() if v["available"]]
    fig, ax = plt.subplots(figsize=(8, 0.6 + 0.45 * len(kinds)))
    used = [resources[k]["used"] / resources[k]["available"] for k in kinds]
    bars = ax.barh(kinds, used, color=["#c44e52" if u > 1 else "#4c72b0" for u in used])
    for bar, k in zip(bars, kinds):
        v = resources[k]
        ax.text(min(bar.get_width(), 1.0) + 0.01, bar.get_y() + bar.get_height() / 2,
                f"{v['used']:,} / {v['available']:,}", va="center", fontsize=8)
    limit = getattr(board, "utilisation_limit", None)
    if limit:
        ax.axvline(limit, color="#555555", ls="--", lw=0.8)
        ax.text(limit + 0.01, len(kinds) - 0.45, f"planner's logic limit {limit:.0%}", fontsize=7,
                color="#555555", va="bottom")
    ax.set_xlim(0, 1.25)
    ax.invert_yaxis()
    ax.set_xlabel("share of the device used")
    ax.set_title(f"{board.name} ({board.device}): resources after place and route", fontsize=10)
    fig.tight_layout()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return Path(path)
