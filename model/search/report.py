"""The pilot report: ``pilot.json`` (every figure) and ``pilot.html`` (one self-contained
page: the question, the answer, baseline against structured, the trials' Pareto front,
the confusion matrix, the commands; plots embedded as PNG, no script, readable offline)."""

import base64
import html
import io

import numpy as np

__all__ = ["pareto_front", "write_html", "plot_front"]


def pareto_front(rows, objective):
    """Numbers of the completed trials no other beats (lower objective and higher
    validation accuracy)."""
    done = sorted((r for r in rows if r["state"] == "complete"), key=lambda r: (r["objective"], -r["val_accuracy"]))
    best, out = -1.0, []
    for r in done:
        if r["val_accuracy"] > best:
            out.append(r["number"])
            best = r["val_accuracy"]
    return out


def _png(fig):
    import matplotlib.pyplot as plt
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()


def plot_front(rows, objective, min_accuracy, chosen):
    """The trials' validation accuracy against the objective, the front and the target
    (base64 PNG)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(7, 4.2))
    x_of = (lambda r: r["objective"]) if objective == "energy" else (lambda r: -r["objective"])
    for state, marker, colour in (("complete", "o", "tab:blue"), ("pruned", "x", "tab:gray")):
        pts = [r for r in rows if r["state"] == state and r.get("objective") is not None]
        if state == "pruned":   # pruned trials have no objective: plotted at their last accuracy only
            continue
        ax.scatter([x_of(r) for r in pts], [r["val_accuracy"] for r in pts], marker=marker, color=colour,
                   label=f"{state} trials")
    front = set(pareto_front(rows, objective))
    fr = sorted((r for r in rows if r["number"] in front), key=x_of)
    if fr:
        ax.step([x_of(r) for r in fr], [r["val_accuracy"] for r in fr], where="post", color="tab:orange",
                label="Pareto front")
    if chosen is not None:
        ax.scatter([x_of(chosen)], [chosen["val_accuracy"]], s=160, facecolors="none", edgecolors="red",
                   label=f"chosen (trial {chosen['number']})")
    ax.axhline(min_accuracy, color="red", lw=0.8, ls="--", label=f"target {min_accuracy:g}")
    ax.set_xlabel("synaptic operations per image (validation)" if objective == "energy"
                  else "planned images/s on the board")
    if objective == "energy":
        ax.set_xscale("log")
    ax.set_ylabel("validation accuracy")
    ax.legend(fontsize=8)
    fig.tight_layout()
    return _png(fig)


def plot_confusion_png(scores, title):
    import matplotlib
    matplotlib.use("Agg")
    from ..metrics import plot_confusion
    buf = io.BytesIO()
    plot_confusion(scores, buf, title)
    return base64.b64encode(buf.getvalue()).decode()


def _fmt(v, digits=4):
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:,.{digits}f}" if abs(v) < 10 else f"{v:,.0f}"
    if isinstance(v, (int, np.integer)):
        return f"{int(v):,}"
    return html.escape(str(v))


def write_html(path, report, front_png, confusion_png):
    """Write ``pilot.html`` from the report dict and the two plots."""
    q, a = report["question"], report["answer"]
    rec, base = report["recommended"], report["baseline"]
    rows = [("family", rec["family"], base["family"]),
            ("conv widths", "-".join(map(str, rec["candidate"]["widths"])),
             "-".join(map(str, base["candidate"]["widths"]))),
            ("test accuracy", rec["test_accuracy"], base["test_accuracy"]),
            ("balanced accuracy", rec["balanced_accuracy"], base["balanced_accuracy"]),
            ("weight-memory bits (generators; dense: TrueNorth crossbars)", rec["weight_memory_bits"],
             base["weight_memory_bits"]),
            ("synaptic operations per image", rec["synaptic_ops_per_image"], base["synaptic_ops_per_image"]),
            ("spikes per image", rec["spikes_per_image"], base["spikes_per_image"]),
            ("TrueNorth energy per image at 26 pJ per synaptic event (nJ)", rec["truenorth_nanojoules_per_image"],
             base["truenorth_nanojoules_per_image"])]
    if rec.get("array_nanojoules_per_image") is not None:
        rows.append(("array energy estimate per image (nJ, 45 nm; sim board's plan)",
                     rec["array_nanojoules_per_image"], base.get("array_nanojoules_per_image")))
    if rec.get("images_per_second") is not None:
        rows.append((f"images/s on {q['board']} (planner, {report.get('clock_mhz')} MHz)", rec["images_per_second"],
                     base.get("images_per_second")))
    for c_rec, c_base in zip(rec["per_class"], base["per_class"]):
        rows.append((f"recall of class {c_rec['name']}", c_rec["recall"], c_base["recall"]))
    table = "\n".join(f"<tr><th>{html.escape(k)}</th><td>{_fmt(x)}</td><td>{_fmt(y)}</td></tr>" for k, x, y in rows)
    trials = report["trials"]
    counts = {s: sum(r["state"] == s for r in trials) for s in ("complete", "pruned", "rejected")}
    trial_rows = "\n".join(
        f"<tr><td>{r['number']}</td><td>{r['state']}</td><td>{html.escape(_cand(r))}</td>"
        f"<td>{_fmt(r.get('val_accuracy'))}</td><td>{_fmt(r.get('val_synaptic_ops_per_image'))}</td>"
        f"<td>{_fmt(r.get('images_per_second'))}</td><td>{r.get('epochs', 0)}</td></tr>" for r in trials)
    verdict = ("met" if a["met"] else "NOT met")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>toepcore pilot: {html.escape(q['data_name'])}</title>
<style>
body {{ font-family: sans-serif; max-width: 60em; margin: 2em auto; color: #222; }}
table {{ border-collapse: collapse; margin: 1em 0; }} td, th {{ border: 1px solid #ccc; padding: 0.25em 0.6em; }}
th {{ text-align: left; background: #f4f4f4; }} td {{ text-align: right; }}
.met {{ color: #070; }} .notmet {{ color: #a00; }} code, pre {{ background: #f4f4f4; }}
img {{ max-width: 100%; }}
</style></head><body>
<h1>Pilot: {html.escape(q['data_name'])}</h1>
<h2>The question</h2>
<p>{report['data']['n_classes']} classes ({html.escape(', '.join(report['data']['class_names']))}),
images {' x '.join(map(str, report['data']['image_shape']))} (C x H x W), {report['data']['train_images']:,} training
and {report['data']['test_images']:,} test images. The cheapest structured network by <b>{q['objective']}</b> with
validation accuracy at least <b>{q['min_accuracy']:g}</b> that fits the <b>{html.escape(q['board'])}</b>, within
{q['budget_minutes']:g} minutes.</p>
<h2>The answer: <span class="{'met' if a['met'] else 'notmet'}">{verdict}</span></h2>
<p>{html.escape(a['summary'])}</p>
<h2>Baseline against structured</h2>
<table><tr><th></th><th>recommended (structured)</th><th>baseline (dense, unstructured)</th></tr>
{table}
</table>
<h2>Every trial</h2>
<p>{len(trials)} trials: {counts['complete']} completed, {counts['pruned']} pruned (stopped early on validation
accuracy or by the budget), {counts['rejected']} rejected before training (they do not fit the board).</p>
<img alt="validation accuracy against the objective, every completed trial, with the Pareto front"
 src="data:image/png;base64,{front_png}">
<h2>The recommended network's confusion matrix (test split)</h2>
<img alt="confusion matrix of the recommended network" src="data:image/png;base64,{confusion_png}">
<h2>Reproduce and deploy</h2>
<pre>{html.escape(chr(10).join(report['commands']))}</pre>
<h2>Trials</h2>
<table><tr><th>trial</th><th>state</th><th>candidate</th><th>val. accuracy</th><th>synaptic ops</th>
<th>images/s</th><th>epochs</th></tr>
{trial_rows}
</table>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def _cand(r):
    c = r.get("candidate") or {}
    if not c:
        return ""
    return (f"{c.get('family')} {'-'.join(map(str, c.get('widths', [])))}, {c.get('planes') and len(c['planes'])} "
            f"planes, readout {c.get('readout_per_class')}x{c.get('readout_groups')}, energy {c.get('energy', 0):.3g}")
