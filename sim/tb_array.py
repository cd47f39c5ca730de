"""cocotb testbench of the core array: real images in through the pixel stream, results
out, each compared field by field with the reference model's record (class, counts,
input spikes, spikes, and from the simulation top each layer's spike count and digest).

The job (images, expected records, payload field offsets, where to write results) comes as
a JSON file named by ``TOEPCORE_TB_JOB`` (written by :mod:`codegen.simulate`). Python runs
once per pixel and once per result, never once per clock, except in trace mode (one image,
to localise a mismatch).
"""

import json
import os
import random
from pathlib import Path

import cocotb
import numpy as np
from cocotb.clock import Clock
from cocotb.triggers import FallingEdge, ReadOnly, RisingEdge, SimTimeoutError, with_timeout

from codegen.check import CHECKED, RECORD_CHECKED
from toepcore.protocol import decode_payload


def high(handle):
    """True when a 1-bit signal is 1 (X or Z, e.g. before reset settles, count as 0)."""
    return str(handle.value) == "1"


class StreamSource:
    """Drives a valid/ready stream, with random idle cycles between elements.

    Inputs change only just after a falling edge, so no simulator can sample them at the
    rising edge they were written on (Icarus would)."""

    def __init__(self, dut, prefix, clk, idle=0.0, seed=0):
        self.valid = getattr(dut, f"{prefix}__valid")
        self.ready = getattr(dut, f"{prefix}__ready")
        self.payload = getattr(dut, f"{prefix}__payload")
        self.clk, self.idle, self.rng = clk, idle, random.Random(seed)
        self.valid.value = 0

    async def send(self, value):
        while self.idle and self.rng.random() < self.idle:
            await FallingEdge(self.clk)
        self.payload.value = int(value)
        self.valid.value = 1
        while True:
            await ReadOnly()                 # what the coming rising edge will sample
            taken = high(self.ready)
            await RisingEdge(self.clk)
            await FallingEdge(self.clk)
            if taken:
                break
        self.valid.value = 0


class StreamSink:
    """Accepts one element of a valid/ready stream after a random back-pressure delay."""

    def __init__(self, dut, prefix, clk, stall=0.0, seed=1):
        self.valid = getattr(dut, f"{prefix}__valid")
        self.ready = getattr(dut, f"{prefix}__ready")
        self.payload = getattr(dut, f"{prefix}__payload")
        self.clk, self.stall, self.rng = clk, stall, random.Random(seed)
        self.ready.value = 0

    async def receive(self):
        if not high(self.valid):
            await RisingEdge(self.valid)      # one trigger for the whole frame's computation
        await FallingEdge(self.clk)
        while self.stall and self.rng.random() < self.stall:
            await FallingEdge(self.clk)
        self.ready.value = 1
        while True:
            await ReadOnly()
            got = high(self.valid)
            value = int(self.payload.value) if got else None
            await RisingEdge(self.clk)
            await FallingEdge(self.clk)
            if got:
                break
        self.ready.value = 0
        return value


def kick_combinational(handle, depth=0):
    """Trigger every ``always @*`` block of Yosys-written Verilog once.

    Yosys gives each module a register (``$auto$verilog_backend...``) that every
    combinational block reads, initialised to 0 so that simulators evaluate the blocks at
    time 0. Icarus does not treat a declaration's initial value as an event, leaving such
    logic X until one of its inputs changes (a ready that depends only on a state that
    reset does not change stays X forever). Writing 1 to those registers is that event.
    Returns how many were written.
    """
    n = 0
    for child in handle:
        name = child._name
        if "verilog_backend" in name:
            child.value = 1
            n += 1
        elif depth < 32 and type(child).__name__ == "HierarchyObject":
            n += kick_combinational(child, depth + 1)
    return n


class ArrayTB:
    """Clock, reset, pixel source, result sink and the scoreboard."""

    def __init__(self, dut, job):
        self.dut, self.job = dut, job
        self.fields = {k: tuple(v) for k, v in job["fields"].items()}
        # The clock runs in the simulator (GPI), not in Python: inputs change only after
        # falling edges, so nothing depends on when writes land relative to rising edges.
        cocotb.start_soon(Clock(dut.clk, 10, unit="ns", impl="gpi").start())
        # A frame-feeder top takes whole frames in wide words; the bare array takes pixels.
        self.feeder = hasattr(dut, "load_en")
        self.pixels = None if self.feeder else StreamSource(dut, "pixels", dut.clk, idle=job.get("idle", 0.0))
        self.results = StreamSink(dut, "result", dut.clk, stall=job.get("stall", 0.0))

    async def reset(self):
        if self.feeder:
            self.dut.load_en.value = 0
            self.dut.start.value = 0
        else:
            self.dut.pixels__valid.value = 0
        self.dut.rst.value = 1
        self.kicked = kick_combinational(self.dut)
        for _ in range(3):
            await RisingEdge(self.dut.clk)
        await FallingEdge(self.dut.clk)
        self.dut.rst.value = 0
        # Never drive a stream before its ready has resolved: the design could take an
        # element the bench did not count.
        for _ in range(100):
            await FallingEdge(self.dut.clk)
            await ReadOnly()
            probe = self.dut.result__valid if self.feeder else self.dut.pixels__ready
            if str(probe.value) in ("0", "1"):
                break
        else:
            raise AssertionError("stream handshakes never resolved to 0 or 1 after reset")
        await FallingEdge(self.dut.clk)

    async def load_frame(self, image):
        """Write the frame into the feeder, ``word_bytes`` pixels per cycle, and start it."""
        wb = self.job["word_bytes"]
        flat = image.reshape(-1).tobytes()
        d = self.dut
        for addr in range(0, (len(flat) + wb - 1) // wb):
            d.load_addr.value = addr
            d.load_data.value = int.from_bytes(flat[addr * wb:(addr + 1) * wb], "little")
            d.load_en.value = 1
            await FallingEdge(d.clk)
        d.load_en.value = 0
        d.start.value = 1
        await FallingEdge(d.clk)
        d.start.value = 0

    async def classify(self, image):
        if self.feeder:
            await self.load_frame(image)
        else:
            for v in image.reshape(-1):
                await self.pixels.send(v)
        word = await self.results.receive()
        r = decode_payload(word, self.fields, self.job["n_classes"])
        if self.feeder:   # the simulation top's per-layer counts and digests, final with the result
            layers = self.job["layers"]
            for key, port in (("layer_spikes", self.dut.layer_spikes), ("layer_digests", self.dut.layer_digests)):
                v = int(port.value)
                r[key] = [(v >> (32 * i)) & 0xFFFFFFFF for i in range(layers)]
        return r

    async def collect_trace(self, events):
        t = self.dut
        lay = self.job["trace_fields"]
        while True:
            await RisingEdge(t.clk)
            await ReadOnly()
            if high(t.spike_trace_valid):
                w = int(t.spike_trace.value)
                events.append([(w >> lay[k][0]) & ((1 << lay[k][1]) - 1) for k in ("layer", "c", "y", "x")])


@cocotb.test()
async def classify_images(dut):
    """Every image's class counts equal the reference model's."""
    with open(os.environ["TOEPCORE_TB_JOB"]) as f:
        job = json.load(f)
    images = np.load(job["images"])
    expected = job["expected"]
    tb = ArrayTB(dut, job)
    await tb.reset()
    trace = []
    if job.get("trace"):
        cocotb.start_soon(tb.collect_trace(trace))
    results, mismatches = [], []
    records = job.get("expected_records")
    # the fields the design reports: the bare array has no per-layer counters
    fields = CHECKED if tb.feeder else RECORD_CHECKED
    limit = job.get("cycle_limit")   # cycles per image before a missing result is a hang
    for i, image in enumerate(images):
        try:
            r = await (with_timeout(tb.classify(image), 10 * limit, "ns") if limit else tb.classify(image))
        except SimTimeoutError:
            with open(job["results"], "w") as f:
                json.dump({"results": results, "trace": trace}, f)
            raise AssertionError(f"image {i}: no result within {limit:,} cycles: the design hangs (a stream "
                                 "handshake that never completes?)") from None
        results.append(r)
        want = records[i] if records else {"counts": expected[i]}
        wrong = [k for k in fields if k in want and r.get(k) != want[k]]
        if wrong:
            mismatches.append(f"image {i}: " + ", ".join(f"{k} {r.get(k)} (reference {want[k]})" for k in wrong))
        if job.get("progress"):   # the parent process shows a progress bar from this count
            Path(job["progress"]).write_text(str(i + 1))
    with open(job["results"], "w") as f:
        json.dump({"results": results, "trace": trace}, f)
    assert not mismatches, f"the RTL differs from the reference model: {'; '.join(mismatches[:3])}"
