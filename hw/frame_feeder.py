"""A frame buffer that streams a stored image into the array: the simulation top's input,
so that a testbench writes an image in a few wide words instead of pixel by pixel."""

from amaranth.hdl import *
from amaranth.lib import memory, stream, wiring
from amaranth.lib.wiring import In, Out

from .array import CoreArray
from .spike_digest import SpikeDigest

__all__ = ["FrameFeeder", "SimTop"]


class FrameFeeder(wiring.Component):
    """Holds one frame of ``pixels`` bytes, written ``word_bytes`` at a time.

    Members
    -------
    load_addr : In(range(words)), load_data : In(8 * word_bytes), load_en : In(1)
        Write word ``load_addr`` (byte ``b`` of the word is pixel ``load_addr * word_bytes + b``).
    start : In(1)
        Pulse: stream the stored frame.
    busy : Out(1)
    pixels : Out(stream.Signature(8))

    Throughput: one pixel per cycle when not stalled (the next word is read as a pixel
    goes).
    """

    def __init__(self, pixels, word_bytes=16):
        if word_bytes & (word_bytes - 1):
            raise ValueError(f"word_bytes must be a power of two, got {word_bytes}")
        self.n, self.word_bytes = pixels, word_bytes
        self.words = -(-pixels // word_bytes)
        super().__init__({
            "load_addr": In(range(max(self.words, 2))), "load_data": In(8 * word_bytes), "load_en": In(1),
            "start": In(1), "busy": Out(1), "pixels": Out(stream.Signature(8)),
        })

    def elaborate(self, platform):
        m = Module()
        m.submodules.frame = mem = memory.Memory(shape=unsigned(8 * self.word_bytes), depth=self.words,
                                                 init=[0] * self.words)
        wr, rd = mem.write_port(), mem.read_port()
        m.d.comb += [wr.addr.eq(self.load_addr), wr.data.eq(self.load_data), wr.en.eq(self.load_en)]
        shift = (self.word_bytes - 1).bit_length()
        i = Signal(range(self.n + 1))
        m.d.comb += rd.addr.eq(i >> shift)
        with m.FSM():
            with m.State("IDLE"):
                with m.If(self.start):
                    m.d.sync += i.eq(0)
                    m.next = "READ"
            with m.State("READ"):
                m.d.comb += self.busy.eq(1)
                m.next = "SEND"
                with m.If(i == self.n):
                    m.next = "IDLE"
            with m.State("SEND"):
                m.d.comb += [self.busy.eq(1), self.pixels.valid.eq(1),
                             self.pixels.payload.eq(rd.data.word_select(i[:shift] if shift else 0, 8))]
                with m.If(self.pixels.ready):
                    # read the next pixel's word now: one pixel per cycle
                    m.d.comb += rd.addr.eq((i + 1) >> shift)
                    m.d.sync += i.eq(i + 1)
                    with m.If(i + 1 == self.n):
                        m.next = "IDLE"
        return m


class SimTop(wiring.Component):
    """Simulation top: a :class:`FrameFeeder` in front of a :class:`hw.array.CoreArray`.

    Ports are the feeder's load/start ports, the array's ``result`` and spike trace, and
    every layer's spike count and digest of the frame (:class:`hw.spike_digest.SpikeDigest`:
    ``layer_spikes``, ``layer_digests``, cleared by ``start``, final when ``result`` is
    valid)."""

    def __init__(self, array: CoreArray, word_bytes=16):
        self.array = array
        c, h, w = array.network.input_shape
        self.feeder = FrameFeeder(c * h * w, word_bytes)
        self.digest = SpikeDigest(array.trace_layout, len(array.network.layers))
        f = self.feeder.signature.members
        d = self.digest.signature.members
        super().__init__({
            "load_addr": In(f["load_addr"].shape), "load_data": In(f["load_data"].shape), "load_en": In(1),
            "start": In(1),
            "result": Out(array.signature.members["result"].signature),
            "spike_trace_valid": Out(1), "spike_trace": Out(array.trace_layout),
            "layer_spikes": Out(d["spikes"].shape), "layer_digests": Out(d["digests"].shape),
        })

    def elaborate(self, platform):
        m = Module()
        m.submodules.feeder, m.submodules.array = fd, ar = self.feeder, self.array
        m.submodules.digest = dg = self.digest
        m.d.comb += [fd.load_addr.eq(self.load_addr), fd.load_data.eq(self.load_data), fd.load_en.eq(self.load_en),
                     fd.start.eq(self.start), self.spike_trace_valid.eq(ar.spike_trace_valid),
                     self.spike_trace.eq(ar.spike_trace),
                     dg.clear.eq(self.start), dg.trace_valid.eq(ar.spike_trace_valid), dg.trace.eq(ar.spike_trace),
                     self.layer_spikes.eq(dg.spikes), self.layer_digests.eq(dg.digests)]
        wiring.connect(m, fd.pixels, ar.pixels)
        wiring.connect(m, ar.result, wiring.flipped(self.result))
        return m
