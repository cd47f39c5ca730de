"""What every RTL run must match, image by image: the class, the class counts, the frame
counters the reference model also computes (the first layer's input spikes and the spikes
of all layers), and in simulation every layer's spike count and spike digest
(:mod:`toepcore.digest`), so a wrong spike anywhere fails the image. The other counters
(cycles, axon events, updates, weight reads) are the hardware's own."""

import numpy as np

__all__ = ["CHECKED", "RECORD_CHECKED", "reference_record", "compare_records"]

#: The fields of a board's result record compared with the reference model.
RECORD_CHECKED = ("cls", "counts", "input_spikes", "spikes")
#: The fields of a simulated image compared with the reference model: the record, and the
#: simulation top's per-layer spike counts and digests.
CHECKED = RECORD_CHECKED + ("layer_spikes", "layer_digests")
_LISTS = ("counts", "layer_spikes", "layer_digests")
#: How a per-layer field's difference is named.
_PER_LAYER = {"layer_spikes": "spike count", "layer_digests": "digest"}


def reference_record(ref, i):
    """Image ``i``'s expected record from a reference run made with ``counters=True``."""
    first = next(iter(ref.counters))
    return {"cls": int(ref.predictions[i]), "counts": [int(v) for v in ref.counts[i]],
            "input_spikes": int(ref.counters[first]["input_spikes"][i]),
            "spikes": int(sum(int(c["spikes_out"][i]) for c in ref.counters.values())),
            "layer_spikes": [int(c["spikes_out"][i]) for c in ref.counters.values()],
            "layer_digests": [int(v) for v in ref.spike_digests[i]]}


def _differences(key, got, want, names):
    if key not in _PER_LAYER:
        return f"{key} {got} (reference {want})"
    k = next((k for k in range(len(want)) if k >= len(got) or got[k] != want[k]), None)   # the first that differs
    if k is None:
        return f"{key}: {len(got)} layers (reference {len(want)})"
    return f"layer {k} ({names[k]!r}) {_PER_LAYER[key]} {got[k] if k < len(got) else None} (reference {want[k]})"


def compare_records(results, ref, fields=CHECKED):
    """``(exact, first)``: a boolean per result (every field of ``fields`` equal; a result
    lacking one is a difference), and a message naming the first image and field (for the
    per-layer fields, the first layer) that differ (None when all agree)."""
    names = list(ref.counters)
    exact, first = [], None
    for i, r in enumerate(results):
        want = reference_record(ref, i)
        norm = {k: ((list(r[k]) if k in _LISTS else int(r[k])) if k in r else None) for k in fields}
        wrong = [k for k in fields if norm[k] != want[k]]
        exact.append(not wrong)
        if wrong and first is None:
            first = f"image {i}: " + "; ".join(
                f"{k} missing from the RTL's result" if norm[k] is None else _differences(k, norm[k], want[k], names)
                for k in wrong)
    return np.array(exact, bool), first
