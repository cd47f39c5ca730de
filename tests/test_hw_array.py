"""The core array runs whole networks bit-exact to the reference model on MNIST images."""

import random

import numpy as np
import pytest
from amaranth.sim import Simulator

from hw.array import CoreArray
from model.randnet import random_network
from model.reference import ReferenceModel


def run_array(array, images, seed=0, stall=0.2):
    """Feed images through the pixel stream; return one result dict per image."""
    out = []
    sim = Simulator(array)
    sim.add_clock(1e-8)
    rng = random.Random(seed)

    async def producer(ctx):
        for img in images:
            for v in np.asarray(img).reshape(-1):
                ctx.set(array.pixels.payload, int(v))
                ctx.set(array.pixels.valid, 1)
                await ctx.tick().until(array.pixels.ready)
            ctx.set(array.pixels.valid, 0)

    async def consumer(ctx):
        r = array.result
        for _ in images:
            while True:
                ready = rng.random() >= stall
                ctx.set(r.ready, ready)
                _, _, valid, payload = await ctx.tick().sample(r.valid, r.payload)
                if ready and valid:
                    break
            out.append({"counts": [int(payload.counts[k]) for k in range(array.network.n_classes)],
                        "cls": int(payload.cls), "cycles": int(payload.cycles),
                        "input_spikes": int(payload.input_spikes), "spikes": int(payload.spikes),
                        "axon_events": int(payload.axon_events), "updates": int(payload.updates),
                        "weight_reads": int(payload.weight_reads)})
        ctx.set(r.ready, 0)

    sim.add_testbench(producer, background=True)
    sim.add_testbench(consumer)
    sim.run()
    return out


def small_net(family, seed=0):
    return random_network(np.random.default_rng(seed), family, planes=(96, 160),
                          layers=((4, 3, 2, 1, 1), (8, 3, 2, 1, 2)), readout_per_class=2)


@pytest.mark.parametrize("family,cores,parallel", [("s4", "generator", False), ("kernel", "generator", False),
                                                   ("s4", "dense", False), ("s4", "generator", True),
                                                   ("kernel", "dense", True)])
def test_array_is_bit_exact_on_mnist(family, cores, parallel, mnist_test):
    """Physical cores taking turns (sharing one potential memory) or a layer's cores
    working in parallel (a potential memory per slot)."""
    net = small_net(family)
    images = mnist_test[0][:2]
    array = CoreArray(net, lanes=2, cores=cores, max_neurons=128, parallel=parallel)
    assert array.logical_cores > array.physical_cores   # physical cores run several logical cores
    ref = ReferenceModel(net).run(images, counters=True)
    got = run_array(array, images)
    for i, r in enumerate(got):
        assert r["counts"] == ref.counts[i].tolist()
        assert r["cls"] == ref.predictions[i]
        assert r["input_spikes"] == ref.counters["conv0"]["input_spikes"][i]
        assert r["spikes"] == sum(int(c["spikes_out"][i]) for c in ref.counters.values())


def test_shipped_ice40_network_through_the_array(mnist_test):
    """A trained network (the shipped iCE40 one), TrueNorth-sized logical cores, on a real
    MNIST image: class counts and counters equal the reference model's."""
    from model import HARDWARE_NETWORK
    from model.network import Network
    net = Network.load(HARDWARE_NETWORK)
    array = CoreArray(net, lanes=8, max_neurons=256, max_axons=256)
    images = mnist_test[0][3:4]
    ref = ReferenceModel(net).run(images, counters=True)
    (r,) = run_array(array, images, stall=0)
    assert r["counts"] == ref.counts[0].tolist() and r["cls"] == ref.predictions[0]
    assert r["spikes"] == sum(int(c["spikes_out"][0]) for c in ref.counters.values())
    assert r["updates"] >= ref.counter_totals()["total"]["synaptic_ops"]   # visits include zero weights


def test_array_refuses_pooling_layers():
    net = random_network(np.random.default_rng(0), "s4", layers=((4, 3, 2, 1, 1),), pool=True)
    with pytest.raises(ValueError, match=r"layer 'pool': orpool layers are not supported by the core array"):
        CoreArray(net)
