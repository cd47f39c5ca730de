"""The core array runs whole networks bit-exact to the reference model on MNIST images."""


import numpy as np
import pytest

from boards import get_board
from codegen.planner import MappingError, plan_array
from hw.array import CoreArray
from model.randnet import random_network
from model.reference import ReferenceModel
from sim.amaranth_streams import run_frames


def run_array(array, images, seed=0, stall=0.2):
    """Feed images through the pixel stream; results taken under random back-pressure."""
    return run_frames(array, images, seed=seed, stall=stall, limit=200_000)


def small_net(family, seed=0):
    return random_network(np.random.default_rng(seed), family, planes=(96, 160),
                          layers=((4, 3, 2, 1, 1), (8, 3, 2, 1, 2)), readout_per_class=2)


@pytest.mark.parametrize("family,cores,parallel", [("s4", "generator", False), ("kernel", "generator", False),
                                                   ("s4", "dense", False), ("s4", "generator", True),
                                                   ("kernel", "dense", True)])
def test_array_is_bit_exact_on_mnist(family, cores, parallel, mnist_test):
    """Physical cores taking turns (sharing one potential memory) or a layer's cores
    working in parallel (a potential memory per slot). Dense cores, which scan every axon
    per event and are slow to simulate, take one image."""
    net = small_net(family)
    images = mnist_test[0][:1 if cores == "dense" else 2]
    array = CoreArray(plan_array(net, get_board("sim"), lanes=2, max_neurons=128, parallel=parallel), cores=cores)
    assert array.logical_cores > array.physical_cores   # physical cores run several logical cores
    ref = ReferenceModel(net).run(images, counters=True)
    got = run_array(array, images)
    for i, r in enumerate(got):
        assert r["counts"] == ref.counts[i].tolist()
        assert r["cls"] == ref.predictions[i]
        assert r["input_spikes"] == ref.counters["conv0"]["input_spikes"][i]
        assert r["spikes"] == sum(int(c["spikes_out"][i]) for c in ref.counters.values())


@pytest.mark.slow   # TrueNorth-sized cores in the Python simulator; the Verilator tests run trained networks
def test_shipped_ice40_network_through_the_array(mnist_test):
    """A trained network (the shipped iCE40 one), TrueNorth-sized logical cores, on a real
    MNIST image: class counts and counters equal the reference model's."""
    from model import NETWORKS
    from model.network import Network
    net = Network.load(NETWORKS / "ice40-s4.npz")
    array = CoreArray(plan_array(net, get_board("sim"), lanes=8, max_neurons=256, max_axons=256))
    images = mnist_test[0][3:4]
    ref = ReferenceModel(net).run(images, counters=True)
    (r,) = run_array(array, images, stall=0)
    assert r["counts"] == ref.counts[0].tolist() and r["cls"] == ref.predictions[0]
    assert r["spikes"] == sum(int(c["spikes_out"][0]) for c in ref.counters.values())
    # zero lane groups are skipped, so the updates come within the lanes of the synaptic operations
    syn = ref.counter_totals()["total"]["synaptic_ops"]
    assert syn <= r["updates"] <= 8 * syn


def test_array_refuses_pooling_layers():
    net = random_network(np.random.default_rng(0), "s4", layers=((4, 3, 2, 1, 1),), pool=True)
    with pytest.raises(MappingError, match=r"layer 1 \('pool'\): orpool layers cannot be mapped onto cores yet"):
        plan_array(net, get_board("sim"))


@pytest.mark.parametrize("parallel", [True, False])
def test_pipelined_steps_keep_every_result_and_save_cycles(parallel, mnist_test):
    """Steps that route while their predecessor is collected (some chasing the spikes it
    stores) give the same counts, classes and counters as the plan without pipelining, in
    fewer cycles."""
    net = small_net("s4", seed=2)
    images = mnist_test[0][:2]
    plans = {p: plan_array(net, get_board("sim"), lanes=2, max_neurons=128, parallel=parallel, pipeline=p)
             for p in ("full", False)}
    assert plans["full"].pipelined and any(st.chase for st in plans["full"].steps)
    got = {p: run_array(CoreArray(plan), images, seed=1) for p, plan in plans.items()}
    ref = ReferenceModel(net).run(images)
    for a, b, want, cls in zip(got["full"], got[False], ref.counts.tolist(), ref.predictions):
        assert a["counts"] == want and a["cls"] == cls
        assert {k: v for k, v in a.items() if k != "cycles"} == {k: v for k, v in b.items() if k != "cycles"}
        assert a["cycles"] < b["cycles"]
