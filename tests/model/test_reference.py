"""The reference model against hand-computed cases, the S4 identity and random shapes."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_profiles import examples

from model import s4
from model.network import ConvLayer, Encoder, Network, OrPoolLayer
from model.randnet import random_conv, random_network
from model.reference import ReferenceModel, conv_sum, encode
from model.truenorth import lay_on_core, plan_tiles


def one_layer_net(layer, population, n_classes, planes=(128,)):
    enc = Encoder(np.array([planes]))
    return Network(enc, [layer], np.asarray(population), n_classes, (1,) + tuple(layer.in_shape[1:]))


def test_encoder_thresholds_per_plane():
    enc = Encoder(np.array([[64, 128, 192]]))
    img = np.array([[[0, 63, 64], [127, 128, 255]]], np.uint8)
    planes = encode(enc, img)
    assert planes.shape == (1, 3, 2, 3)
    assert planes[0, 0].tolist() == [[0, 0, 1], [1, 1, 1]]
    assert planes[0, 1].tolist() == [[0, 0, 0], [0, 1, 1]]
    assert planes[0, 2].tolist() == [[0, 0, 0], [0, 0, 1]]


def test_kernel_family_hand_computed():
    # 1 channel 3x3 input, 2x2 kernel, stride 1: output 2x2, two filters.
    w = np.array([[[[1, -1], [0, 1]]], [[[-1, -1], [-1, -1]]]])
    layer = ConvLayer("c", "kernel", (1, 3, 3), 2, 2, bias=np.array([0, 3]), threshold=np.array([1, 1]), weight=w)
    img = np.array([[[255, 0, 255], [0, 255, 0], [255, 0, 255]]], np.uint8)
    x = encode(Encoder(np.array([[128]])), img)
    s = conv_sum(layer, x)
    # filter 0 at (0,0): x00*1 - x01 + 0 + x11 = 1 - 0 + 1 = 2; at (0,1): x01 - x02 + x12 = 0 - 1 + 0 = -1
    assert s[0, 0].tolist() == [[2, -1], [-1, 2]]
    assert s[0, 1].tolist() == [[-2, -2], [-2, -2]]
    net = one_layer_net(layer, [0, 0, 0, 0, 1, 1, 1, 1], 2)
    r = ReferenceModel(net).run(img, trace=True, counters=True)
    # filter 0 spikes where 2 >= 1; filter 1: -2 + 3 = 1 >= 1 everywhere
    assert r.spikes[0][0].tolist() == [[[1, 0], [0, 1]], [[1, 1], [1, 1]]]
    assert r.counts.tolist() == [[2, 4]] and r.predictions.tolist() == [1]
    c = r.counters["c"]
    assert c["input_spikes"].tolist() == [5] and c["spikes_out"].tolist() == [6]
    # (active input, neuron) pairs joined by a non-zero weight. Filter 0's non-zero taps
    # (0,0), (0,1), (1,1) see 2, 1, 1, 2 active inputs at its four positions; filter 1's
    # four taps see 2 active inputs in every window: 6 + 8.
    assert c["synaptic_ops"].tolist() == [14]


def test_s4_kernel_from_table_and_mask():
    sigma, tau = s4.KLEIN_SIGMA, s4.KLEIN_TAU
    table = np.array([[10, 20, 30, 40]])
    mask = np.ones((1, 2, 2, 2), np.int64)
    mask[0, 1, 1, 1] = 0
    layer = ConvLayer("c", "s4", (2, 4, 4), 1, 2, bias=np.array([0]), threshold=np.array([1]), table=table,
                      mask=mask, sigma=np.array(sigma), tau=np.array(tau), g=np.array([0, 3]))
    k = layer.expanded_kernel()
    # channel 0, g=0: (qy,qx)=(0,0) -> 0; (0,1) -> sigma(0)=1; (1,0) -> tau(0)=2; (1,1) -> sigma(tau(0))=3
    assert k[0, 0].tolist() == [[10, 20], [30, 40]]
    # channel 1, g=3: 3; sigma(3)=2; tau(3)=1; masked
    assert k[0, 1].tolist() == [[40, 30], [20, 0]]


def test_tie_goes_to_lowest_class_and_unassigned_neurons_do_not_vote():
    w = np.ones((4, 1, 1, 1), np.int64)
    layer = ConvLayer("c", "kernel", (1, 1, 1), 4, 1, bias=np.zeros(4, np.int64), threshold=np.ones(4, np.int64), weight=w)
    net = one_layer_net(layer, [-1, 2, 1, 0], 3)
    r = ReferenceModel(net).run(np.array([[[255]], [[0]]], np.uint8))
    assert r.counts.tolist() == [[1, 1, 1], [0, 0, 0]]
    assert r.predictions.tolist() == [0, 0]


def test_or_pool():
    layer = OrPoolLayer("p", (1, 4, 4), 2)
    from model.reference import or_pool
    x = np.zeros((1, 1, 4, 4), np.uint8)
    x[0, 0, 1, 1] = x[0, 0, 3, 2] = 1
    assert or_pool(layer, x)[0, 0].tolist() == [[1, 0], [0, 1]]


def test_stateful_mode_integrates_leaks_and_resets():
    # One neuron, weight 3 from one input, leak -1, threshold 5.
    def net(reset):
        layer = ConvLayer("c", "kernel", (1, 1, 1), 1, 1, bias=np.array([-1]), threshold=np.array([5]),
                          weight=np.array([[[[3]]]]), weight_bits=3, reset=reset, membrane_bits=5)
        return one_layer_net(layer, [0], 1)
    img = np.array([[[255]]], np.uint8)
    # each tick adds 3 - 1 = 2; '*' marks a spike, shown before the reset
    zero = ReferenceModel(net("zero")).run(img, mode="stateful", ticks=8)
    assert zero.counts.tolist() == [[2]]    # 2 4 6* | 2 4 6* | 2 4
    sub = ReferenceModel(net("subtract")).run(img, mode="stateful", ticks=8)
    assert sub.counts.tolist() == [[3]]     # 2 4 6*(->1) 3 5*(->0) 2 4 6*
    none = ReferenceModel(net("none")).run(img, mode="stateful", ticks=6)
    assert none.counts.tolist() == [[4]]    # 2 4 6* 8* 10* 12*
    none20 = ReferenceModel(net("none")).run(img, mode="stateful", ticks=20)
    assert none20.counts.tolist() == [[18]]  # saturates at 15 (5-bit membrane), spiking on


def test_stateful_one_tick_equals_feedforward(mnist_test):
    net = random_network(np.random.default_rng(3), "kernel", pool=True)
    m = ReferenceModel(net)
    x = mnist_test[0][:300]
    assert np.array_equal(m.run(x).counts, m.run(x, mode="stateful", ticks=1).counts)


def test_run_errors():
    m = ReferenceModel(random_network(np.random.default_rng(0), "s4"))
    with pytest.raises(ValueError, match=r"^unknown mode 'async'; expected one of feedforward, stateful$"):
        m.run(np.zeros((1, 28, 28), np.uint8), mode="async")
    with pytest.raises(ValueError, match=r"feedforward mode runs one tick per frame, got ticks=4"):
        m.run(np.zeros((1, 28, 28), np.uint8), ticks=4)
    with pytest.raises(ValueError, match=r"do not match the network's input \(1, 28, 28\)"):
        m.run(np.zeros((1, 32, 32), np.uint8))
    with pytest.raises(TypeError, match=r"images must be uint8, got float64"):
        m.run(np.zeros((1, 28, 28)))


def direct_conv(layer, x, k=None):
    """Textbook loop convolution, the definition in docs/semantics.md (kernel ``k``, by
    default the layer's)."""
    k = layer.expanded_kernel() if k is None else k
    (kh, kw), (sy, sx), (py, px) = layer.kernel, layer.stride, layer.padding
    n, c, h, w = x.shape
    xp = np.zeros((n, c, h + 2 * py, w + 2 * px), np.int64)
    xp[:, :, py:py + h, px:px + w] = x
    co, ho, wo = layer.out_shape
    fg, cg = co // layer.groups, layer.group_in
    out = np.zeros((n, co, ho, wo), np.int64)
    for o in range(co):
        grp = o // fg
        for oy in range(ho):
            for ox in range(wo):
                patch = xp[:, grp * cg:(grp + 1) * cg, oy * sy:oy * sy + kh, ox * sx:ox * sx + kw]
                out[:, o, oy, ox] = (patch * k[o]).sum(axis=(1, 2, 3))
    return out


layer_shapes = st.fixed_dictionaries({
    "family": st.sampled_from(["s4", "kernel", "dense"]),
    "groups": st.sampled_from([1, 2]),
    "cg": st.integers(1, 3), "fg": st.integers(1, 3),
    "h": st.integers(3, 9), "w": st.integers(3, 9),
    "k": st.integers(1, 3), "s": st.integers(1, 3), "p": st.integers(0, 1),
    "bits": st.integers(2, 4), "seed": st.integers(0, 2 ** 31),
})


@settings(max_examples=examples(60))
@given(layer_shapes)
def test_conv_matches_direct_definition(d):
    rng = np.random.default_rng(d["seed"])
    layer = random_conv(rng, "c", d["family"], (d["cg"] * d["groups"], d["h"], d["w"]), d["fg"] * d["groups"],
                        d["k"], d["s"], d["p"], d["groups"], weight_bits=2 if d["family"] == "dense" else d["bits"])
    x = (rng.random((5,) + layer.in_shape) < 0.4).astype(np.uint8)
    assert np.array_equal(conv_sum(layer, x), direct_conv(layer, x))


@settings(max_examples=examples(40))
@given(layer_shapes)
def test_dense_truenorth_form_gives_identical_sums(d):
    """The S4 identity (and its ternary analogue): a layer laid on dense TrueNorth cores
    (crossbar + axon types + per-neuron tables) computes exactly the generator form."""
    rng = np.random.default_rng(d["seed"])
    family = d["family"]
    layer = random_conv(rng, "c", family, (d["cg"] * d["groups"], d["h"], d["w"]), d["fg"] * d["groups"],
                        d["k"], d["s"], d["p"], d["groups"], weight_bits=2 if family == "dense" else min(d["bits"], 3))
    x = (rng.random((6,) + layer.in_shape) < 0.5).astype(np.uint8)
    want = conv_sum(layer, x)
    apa = 1 if family == "s4" else 2 * (layer.weight_bits - 1)
    tiles = plan_tiles(layer, max_axons=64, max_neurons=16, axons_per_input=apa)
    seen = np.zeros(layer.out_shape, int)
    for tile in tiles:
        core = lay_on_core(layer, tile)
        assert core.crossbar.shape[1] <= 16
        if family == "s4":
            # every axon type comes from the shared pattern; every neuron's table is a permutation of its filter's
            assert sorted(core.tables[0].tolist()) == sorted(np.asarray(layer.table[tile.f0]).tolist())
        got = core.sums(x)
        o = core.neuron_outputs
        assert np.array_equal(got, want[:, o[:, 0], o[:, 1], o[:, 2]])
        seen[o[:, 0], o[:, 1], o[:, 2]] += 1
    assert (seen == 1).all()


def test_s4_on_truenorth_profile_is_one_core_per_tile_with_shared_types():
    rng = np.random.default_rng(5)
    layer = random_conv(rng, "c", "s4", (4, 10, 10), 8, 3, 1, 1, sigma=s4.KLEIN_SIGMA, tau=s4.KLEIN_TAU)
    tiles = plan_tiles(layer)
    for t in tiles:
        core = lay_on_core(layer, t)
        assert core.crossbar.shape[0] <= 256 and core.crossbar.shape[1] <= 256


@pytest.mark.parametrize("family", ["s4", "kernel"])
def test_counters_on_real_images(mnist_test, family):
    net = random_network(np.random.default_rng(11), family, pool=True)
    x = mnist_test[0][:200]
    r = ReferenceModel(net).run(x, trace=True, counters=True, batch_size=64)
    prev = r.input_spikes
    for layer, spikes in zip(net.layers, r.spikes):
        c = r.counters[layer.name]
        assert np.array_equal(c["input_spikes"], prev.reshape(len(x), -1).sum(1))
        assert np.array_equal(c["spikes_out"], spikes.reshape(len(x), -1).sum(1))
        if layer.kind == "conv":
            # synaptic ops: every active input times each neuron it reaches through a non-zero weight
            nz = (layer.expanded_kernel() != 0).astype(np.int64)
            assert np.array_equal(c["synaptic_ops"], direct_conv(layer, prev, nz).sum(axis=(1, 2, 3)))
        prev = spikes

