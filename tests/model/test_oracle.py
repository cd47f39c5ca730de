"""The reference model held to an independent, naive oracle (``tests/oracle.py``, written
from ``docs/semantics.md`` without the reference model's S4 helpers) on random networks
that reach the corners: non-square kernels, strides and padding per axis, groups, every
family, sigma != tau, non-zero biases, negative thresholds, OR pooling, stateful mode with
every reset; and on the shipped hardware network with real MNIST images."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_profiles import examples
from oracle import oracle_records, oracle_run

from codegen.check import reference_record
from model import HARDWARE_NETWORK
from model.network import Encoder, Network, OrPoolLayer
from model.randnet import random_conv
from model.reference import ReferenceModel

# every commuting pair of S4 permutations, written out here (not taken from model/s4.py)
_S4 = [(a, b, c, d) for a in range(4) for b in range(4) for c in range(4) for d in range(4)
       if len({a, b, c, d}) == 4]
_PAIRS = [(s, t) for s in _S4 for t in _S4 if all(s[t[i]] == t[s[i]] for i in range(4))]


@st.composite
def corner_networks(draw):
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    c_img = draw(st.integers(1, 2))
    h, w = draw(st.integers(5, 9)), draw(st.integers(5, 9))
    planes = draw(st.integers(1, 3))
    thresholds = np.sort(rng.choice(np.arange(1, 256), (c_img, planes), replace=False), axis=1)
    encoder = Encoder(thresholds.astype(np.int64))
    shape = (encoder.out_channels, h, w)
    layers = []
    for i in range(draw(st.integers(1, 2))):
        family = draw(st.sampled_from(["s4", "kernel", "dense"]))
        kh, kw = draw(st.integers(1, 3)), draw(st.integers(1, 3))
        sy, sx = draw(st.integers(1, 2)), draw(st.integers(1, 2))
        py, px = draw(st.integers(0, kh - 1)), draw(st.integers(0, kw - 1))
        if (shape[1] + 2 * py - kh) // sy + 1 < 1 or (shape[2] + 2 * px - kw) // sx + 1 < 1:
            break
        groups = draw(st.sampled_from([g for g in (1, 2) if shape[0] % g == 0]))
        out = groups * draw(st.integers(1, 3))
        sigma, tau = _PAIRS[draw(st.integers(0, len(_PAIRS) - 1))]
        layer = random_conv(rng, f"conv{i}", family, shape, out, (kh, kw), (sy, sx), (py, px), groups,
                            weight_bits=2 if family != "kernel" else draw(st.integers(2, 4)),
                            reset=draw(st.sampled_from(["zero", "subtract", "none"])), sigma=sigma, tau=tau)
        # thresholds of either sign, around the potentials' range
        layer.threshold = rng.integers(-40, 60, size=out)
        layer.membrane_bits = layer.required_membrane_bits()
        layers.append(layer)
        shape = layer.out_shape
    if draw(st.booleans()) and min(shape[1:]) >= 2:
        layers.append(OrPoolLayer("pool", shape, 2))
        shape = layers[-1].out_shape
    n_classes = draw(st.integers(2, 4))
    per_class = draw(st.integers(1, 3))
    readout = random_conv(rng, "readout", draw(st.sampled_from(["s4", "kernel"])), shape, n_classes * per_class,
                          shape[1:], sigma=_PAIRS[seed % len(_PAIRS)][0], tau=_PAIRS[seed % len(_PAIRS)][1])
    layers.append(readout)
    population = np.tile(np.arange(n_classes), per_class)
    if per_class > 1:
        population[rng.integers(len(population))] = -1   # a neuron that votes for nothing
    net = Network(encoder, layers, population, n_classes, (c_img, h, w))
    images = rng.integers(0, 256, size=(3, c_img, h, w)).astype(np.uint8)
    return net, images


@settings(max_examples=examples(40))
@given(corner_networks(), st.sampled_from([("feedforward", 1), ("stateful", 3)]))
def test_reference_model_equals_the_oracle_on_corner_networks(case, run):
    net, images = case
    mode, ticks = run
    ref = ReferenceModel(net).run(images if net.input_shape[0] > 1 else images[:, 0], mode=mode, ticks=ticks,
                                  trace=True)
    counts, classes, spikes = oracle_run(net, images, mode=mode, ticks=ticks)
    assert ref.counts.tolist() == counts.tolist()
    assert ref.predictions.tolist() == classes.tolist()
    for li in range(len(net.layers)):
        assert [s[li].tolist() for s in spikes] == ref.spikes[li].tolist(), net.layers[li].name


def test_reference_model_equals_the_oracle_on_the_hardware_network(mnist_test):
    """Every layer's spike map of 20 MNIST images, and the full records with digests."""
    net = Network.load(HARDWARE_NETWORK)
    images = mnist_test[0][:20]
    ref = ReferenceModel(net).run(images, trace=True, counters=True)
    counts, classes, spikes = oracle_run(net, images)
    assert ref.counts.tolist() == counts.tolist() and ref.predictions.tolist() == classes.tolist()
    for li, layer in enumerate(net.layers):
        assert all((s[li] == ref.spikes[li][i]).all() for i, s in enumerate(spikes)), layer.name
    assert oracle_records(net, images) == [reference_record(ref, i) for i in range(len(images))]
