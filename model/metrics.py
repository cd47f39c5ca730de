"""Classification metrics a user can act on: accuracy, balanced accuracy, per-class
precision and recall, the confusion matrix and its picture (numpy and matplotlib only)."""

import numpy as np

__all__ = ["classification_report", "format_report", "plot_confusion"]


def classification_report(labels, predictions, class_names):
    """Scores of ``predictions`` against ``labels`` (ints in ``0 .. len(class_names) - 1``).

    Returns
    -------
    dict
        ``test_accuracy``, ``balanced_accuracy`` (the mean recall over the classes that
        have test images), ``per_class`` (one ``{"name", "precision", "recall",
        "support"}`` per class; precision is None for a class never predicted, recall
        None for one with no images) and ``confusion_matrix`` (rows: true class,
        columns: predicted).
    """
    labels = np.asarray(labels, np.int64)
    predictions = np.asarray(predictions, np.int64)
    k = len(class_names)
    cm = np.zeros((k, k), np.int64)
    np.add.at(cm, (labels, predictions), 1)
    support, predicted, hits = cm.sum(1), cm.sum(0), np.diag(cm)
    per_class, recalls = [], []
    for i, name in enumerate(class_names):
        recall = float(hits[i] / support[i]) if support[i] else None
        precision = float(hits[i] / predicted[i]) if predicted[i] else None
        if recall is not None:
            recalls.append(recall)
        per_class.append({"name": str(name), "precision": precision, "recall": recall, "support": int(support[i])})
    return {"test_accuracy": float(hits.sum() / max(len(labels), 1)),
            "balanced_accuracy": float(np.mean(recalls)) if recalls else 0.0,
            "per_class": per_class, "confusion_matrix": cm.tolist()}


def format_report(report):
    """The report as an aligned text table (one line per class)."""
    width = max(5, *(len(c["name"]) for c in report["per_class"]))
    fmt = lambda v: "    -" if v is None else f"{v:.3f}"
    lines = [f"accuracy {report['test_accuracy']:.4f}, balanced accuracy {report['balanced_accuracy']:.4f}",
             f"{'class':<{width}}  precision  recall  support"]
    for c in report["per_class"]:
        lines.append(f"{c['name']:<{width}}  {fmt(c['precision']):>9}  {fmt(c['recall']):>6}  {c['support']:>7}")
    return "\n".join(lines)


def plot_confusion(report, path, title=""):
    """Write the confusion matrix as a PNG: counts, rows normalised for the colour."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    cm = np.asarray(report["confusion_matrix"])
    names = [c["name"] for c in report["per_class"]]
    k = len(names)
    rows = cm / np.maximum(cm.sum(1, keepdims=True), 1)
    side = min(16, 2.5 + 0.45 * k)
    fig, ax = plt.subplots(figsize=(side, side * 0.9))
    ax.imshow(rows, cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(k), names, rotation=90 if k > 8 or max(map(len, names)) > 4 else 0)
    ax.set_yticks(range(k), names)
    ax.set_xlabel("predicted class"), ax.set_ylabel("true class")
    if k <= 30:
        for i in range(k):
            for j in range(k):
                if cm[i, j]:
                    ax.text(j, i, str(cm[i, j]), ha="center", va="center", fontsize=8 if k > 12 else 10,
                            color="white" if rows[i, j] > 0.5 else "black")
    ax.set_title(title or f"accuracy {report['test_accuracy']:.4f}, balanced {report['balanced_accuracy']:.4f}")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
