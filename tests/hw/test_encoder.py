"""The input encoder against the reference model's encoding on real MNIST images."""

import random

import numpy as np
from amaranth.sim import Simulator

from hw.encoder import SpikeEncoder
from model.network import Encoder
from model.reference import encode


def run_encoder(enc, frames, stall=0.3, idle=0.3, seed=0):
    """Feed frames (flat pixel arrays); returns the records of each frame as tuples."""
    rng = random.Random(seed)
    out = []

    async def producer(ctx):
        for f in frames:
            for v in f:
                while rng.random() < idle:
                    await ctx.tick()
                ctx.set(enc.pixels.payload, int(v))
                ctx.set(enc.pixels.valid, 1)
                await ctx.tick().until(enc.pixels.ready)
                ctx.set(enc.pixels.valid, 0)

    async def consumer(ctx):
        srng = random.Random(seed + 1)
        for _ in frames:
            recs = []
            while True:
                ready = srng.random() >= stall
                ctx.set(enc.records.ready, ready)
                _, _, valid, last, r = await ctx.tick().sample(enc.records.valid, enc.last, enc.records.payload)
                if valid and ready:
                    recs.append(("row", r.y) if r.row_end else (r.c, r.y, r.x))
                    if last:
                        break
            out.append(recs)

    sim = Simulator(enc)
    sim.add_clock(1e-8)
    sim.add_testbench(producer, background=True)
    sim.add_testbench(consumer)
    sim.run()
    return out


def expected_records(encoder, image):
    planes = encode(encoder, image[None])[0]          # (C * P, H, W)
    recs = []
    for y in range(planes.shape[1]):
        for x in range(planes.shape[2]):
            recs += [(c, y, x) for c in range(planes.shape[0]) if planes[c, y, x]]
        recs.append(("row", y))
    return recs


def test_encoder_matches_the_reference_on_mnist(mnist_test):
    encoder = Encoder(np.array([[32, 96, 160, 224]]))
    images = mnist_test[0][:2]
    enc = SpikeEncoder(encoder.thresholds, 28, 28, 2, 5, 5)
    got = run_encoder(enc, [im.reshape(-1) for im in images])
    for im, recs in zip(images, got):
        assert recs == expected_records(encoder, im)


def test_encoder_with_several_image_channels():
    """Channels innermost: spike channel c * P + p; extreme thresholds 0 and 256."""
    rng = np.random.default_rng(3)
    encoder = Encoder(np.array([[0, 128], [256, 7], [50, 200]]))
    image = rng.integers(0, 256, (3, 4, 5), dtype=np.uint8)
    enc = SpikeEncoder(encoder.thresholds, 4, 5, 3, 2, 3)
    (recs,) = run_encoder(enc, [image.transpose(1, 2, 0).reshape(-1)], stall=0.5)
    assert recs == expected_records(encoder, image)


def test_the_encoder_takes_the_cycles_it_states(mnist_test):
    """Pixels every cycle, records never stalled: from the first pixel taken to the last
    row end, the cycles SpikeEncoder.frame_cycles states, on MNIST images (4 planes, rows
    ending in background) and on a random 3-channel frame (rows ending in spikes)."""
    from amaranth.sim import Simulator
    cases = [(np.array([[32, 96, 160, 224]]), img) for img in mnist_test[0][:3]]
    rng = np.random.default_rng(5)
    cases.append((np.array([[40, 120], [80, 200], [10, 250]]), rng.integers(0, 256, (3, 7, 9)).astype(np.uint8)))
    for thresholds, image in cases:
        image = image if image.ndim == 3 else image[None]
        c, h, w = image.shape
        enc = SpikeEncoder(thresholds, h, w, 4, 5, 5)
        flat = image.transpose(1, 2, 0).reshape(-1)
        out = {}

        async def bench(ctx, enc=enc, flat=flat, out=out):
            ctx.set(enc.records.ready, 1)
            ctx.set(enc.pixels.valid, 1)
            cycle, i, first = 0, 0, None
            while True:
                ctx.set(enc.pixels.payload, int(flat[min(i, len(flat) - 1)]))
                ctx.set(enc.pixels.valid, i < len(flat))
                _, _, taken, valid, last = await ctx.tick().sample(enc.pixels.ready, enc.records.valid, enc.last)
                if taken and i < len(flat):
                    first = cycle if first is None else first
                    i += 1
                if valid and last:
                    out["cycles"] = cycle - first + 1
                    return
                cycle += 1

        sim = Simulator(enc)
        sim.add_clock(1e-8)
        sim.add_testbench(bench)
        sim.run()
        spikes = (image[:, :, :, None] >= thresholds[:, None, None, :]).sum(axis=3)    # (C, H, W)
        assert out["cycles"] == SpikeEncoder.frame_cycles(spikes)
