"""What every RTL run must match, image by image: the class, the class counts and the
frame counters the reference model also computes (the first layer's input spikes and the
spikes of all layers). The other counters (cycles, axon events, updates, weight reads) are
the hardware's own."""

import numpy as np

__all__ = ["CHECKED", "reference_record", "compare_records"]

#: The fields of a result record compared with the reference model.
CHECKED = ("cls", "counts", "input_spikes", "spikes")


def reference_record(ref, i):
    """Image ``i``'s expected record from a reference run made with ``counters=True``."""
    first = next(iter(ref.counters))
    return {"cls": int(ref.predictions[i]), "counts": [int(v) for v in ref.counts[i]],
            "input_spikes": int(ref.counters[first]["input_spikes"][i]),
            "spikes": int(sum(int(c["spikes_out"][i]) for c in ref.counters.values()))}


def compare_records(results, ref):
    """``(exact, first)``: a boolean per result (every checked field equal), and a message
    naming the first image and field that differ (None when all agree)."""
    exact, first = [], None
    for i, r in enumerate(results):
        want = reference_record(ref, i)
        wrong = [k for k in CHECKED if (list(r[k]) if k == "counts" else int(r[k])) != want[k]]
        exact.append(not wrong)
        if wrong and first is None:
            first = f"image {i}: " + "; ".join(f"{k} {r[k]} (reference {want[k]})" for k in wrong)
    return np.array(exact, bool), first
