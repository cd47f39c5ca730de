"""Spike statistics of sample images: what the planner weighs its candidates with. The
caller computes them from the user's own images (``codegen build`` and ``run`` from the
first 8 test images of the data), so the plan never depends on data the user did not give."""

__all__ = ["spike_statistics", "sample_statistics"]


def spike_statistics(network, images):
    """Reference-model spike maps of ``images`` for :func:`codegen.planner.cycles.expected_cycles`."""
    from model.reference import ReferenceModel
    res = ReferenceModel(network).run(images, trace=True)
    inputs = [res.input_spikes] + list(res.spikes[:-1])

    def segment_events(plan, step, n):
        if step.empty:
            return 0
        if step.layer == 0:
            rows = inputs[0][n].sum(axis=(0, 2))
            lo = step.scan_lo + 1
            return int(rows[lo:step.scan_hi + 1].sum())
        prev = [s for s in plan.steps if s.layer == step.layer - 1]
        base = plan.encoder_segments + prev[0].index
        out = res.spikes[step.layer - 1][n]
        lp = plan.layers[step.layer - 1]
        total = 0
        for s in prev:
            if step.scan_lo < base + s.index - prev[0].index <= step.scan_hi:
                for k in s.cores:
                    geo = lp.geometry(plan.cores[k].block, s.tile)
                    total += int(out[geo.f0:geo.f0 + geo.f, geo.y0:geo.y0 + geo.ty, geo.x0:geo.x0 + geo.tx].sum())
        return total

    return {"network": network, "images": len(images), "inputs": inputs, "outputs": res.spikes,
            "segment_events": segment_events, "cache": {}}


def sample_statistics(network):
    """Spike statistics of the first 8 images of the MNIST test sample shipped with
    toepcore (``model/networks/mnist-test-sample.npz``), for a flow that is given no
    images (``codegen prove``, ``bench memory --netlist``, tests): the plan ``codegen
    build`` makes from MNIST's test set, whose first 100 images the sample holds. None
    for a network that does not take 28 x 28 grey images (the planner then weighs update
    cycles alone)."""
    import numpy as np

    from model import NETWORKS
    if tuple(network.input_shape) != (1, 28, 28):
        return None
    with np.load(NETWORKS / "mnist-test-sample.npz") as z:
        sample = z["images"][:8]
    return spike_statistics(network, sample[:, None])
