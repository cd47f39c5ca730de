"""Two frames of pixel levels between the host link and the array: one arrives while the
other is classified."""

from amaranth.hdl import *
from amaranth.lib import memory, stream, wiring
from amaranth.lib.wiring import In, Out

__all__ = ["FrameBuffers", "LevelUnpacker"]


class FrameBuffers(wiring.Component):
    """Double-buffered frames of ``pixels`` levels, streamed to the array as pixel values.

    A pixel's *level* is how many of its channel's encoder thresholds it reaches; the
    array's encoder keeps nothing else of it, so a frame is stored in ``bits`` bits per
    pixel and each level leaves as the smallest pixel value with that level (0, or the
    level's threshold), from which the encoder makes the same spikes.

    Parameters
    ----------
    pixels : int
        Pixels per frame (rows x columns x channels, channels innermost).
    thresholds : list of list of int
        The encoder's thresholds, ``channels x planes``, each row increasing.

    Members
    -------
    levels : In(stream.Signature(bits))
        Levels in frame order. After a frame's last level the next frame goes to the other
        buffer; ``levels.ready`` is low while both hold frames.
    drop : In(1)
        Pulse: forget the frame being written (its levels so far).
    pixels : Out(stream.Signature(8))
        The oldest whole frame, one pixel per cycle when not stalled; its buffer is free
        once its last pixel has gone.

    Memory: ``2 * pixels`` words of ``bits`` bits (one 4 kbit iCE40 EBR for a 28 x 28 frame
    with up to 3 planes). Latency: a whole frame is streamed from 2 cycles after its last
    level is written.

    The state the handshake proof states its invariants on (``codegen/prove.py``) is kept
    as attributes: ``full`` (a bit per buffer), ``wsel``/``wi`` (buffer and level being
    written), ``rsel``/``ri`` (being read) and ``reading`` (a frame is being streamed).
    """

    def __init__(self, pixels, thresholds):
        self.n = pixels
        self.thresholds = [[int(t) for t in row] for row in thresholds]
        self.channels, self.planes = len(self.thresholds), len(self.thresholds[0])
        self.bits = max(1, self.planes.bit_length())
        super().__init__({"levels": In(stream.Signature(self.bits)), "drop": In(1),
                          "pixels": Out(stream.Signature(8))})
        self.full = Signal(2)
        self.wsel, self.wi = Signal(), Signal(range(pixels))
        self.rsel, self.ri = Signal(), Signal(range(pixels + 1))
        self.reading = Signal()

    def elaborate(self, platform):
        m = Module()
        n = self.n
        m.submodules.frames = mem = memory.Memory(shape=unsigned(self.bits), depth=2 * n, init=[])
        wr, rd = mem.write_port(), mem.read_port()
        full, wsel, wi, rsel, ri = self.full, self.wsel, self.wi, self.rsel, self.ri

        # ---- writing ----------------------------------------------------------------------
        m.d.comb += [self.levels.ready.eq(~full.bit_select(wsel, 1)),
                     wr.addr.eq(Mux(wsel, n, 0) + wi), wr.data.eq(self.levels.payload)]
        set_full = Signal(2)
        with m.If(self.drop):
            m.d.sync += wi.eq(0)
        with m.Elif(self.levels.valid & self.levels.ready):
            m.d.comb += wr.en.eq(1)
            m.d.sync += wi.eq(wi + 1)
            with m.If(wi == n - 1):
                m.d.comb += set_full.eq(Mux(wsel, 0b10, 0b01))
                m.d.sync += [wi.eq(0), wsel.eq(~wsel)]

        # ---- reading: level -> the smallest pixel value with that level ---------------------
        clear_full = Signal(2)
        m.d.sync += full.eq((full | set_full) & ~clear_full)
        ch = Signal(range(max(self.channels, 2)))
        table = Array(Array(Const(v, 8) for v in [0] + row) for row in self.thresholds)
        m.d.comb += rd.addr.eq(Mux(rsel, n, 0) + ri)
        with m.FSM():
            with m.State("IDLE"):
                with m.If(full.bit_select(rsel, 1)):
                    m.d.sync += [ri.eq(0), ch.eq(0)]
                    m.next = "READ"
            with m.State("READ"):
                m.d.comb += self.reading.eq(1)
                m.next = "SEND"
            with m.State("SEND"):
                m.d.comb += [self.reading.eq(1), self.pixels.valid.eq(1), self.pixels.payload.eq(table[ch][rd.data])]
                with m.If(self.pixels.ready):
                    # read the next level now: one pixel per cycle
                    m.d.comb += rd.addr.eq(Mux(rsel, n, 0) + ri + 1)
                    m.d.sync += [ri.eq(ri + 1), ch.eq(Mux(ch == self.channels - 1, 0, ch + 1))]
                    with m.If(ri == n - 1):
                        m.d.comb += clear_full.eq(Mux(rsel, 0b10, 0b01))
                        m.d.sync += rsel.eq(~rsel)
                        m.next = "IDLE"
        return m


class LevelUnpacker(wiring.Component):
    """Bytes of a packed frame in, levels out: ``bits`` bits per level, least significant
    first, ``pixels`` levels per frame; the last byte's spare bits are dropped.

    Members
    -------
    bytes : In(stream.Signature(8))
    levels : Out(stream.Signature(bits))
    clear : In(1)
        Pulse: start a new frame (forget buffered bits).

    Throughput: a byte is taken when fewer than ``bits`` bits wait; a level leaves per
    cycle, so a byte's levels are out within ``8 // bits + 1`` cycles.
    """

    def __init__(self, bits, pixels):
        self.bits, self.n = bits, pixels
        super().__init__({"bytes": In(stream.Signature(8)), "levels": Out(stream.Signature(bits)), "clear": In(1)})

    def elaborate(self, platform):
        m = Module()
        b = self.bits
        acc = Signal(8 + b)
        have = Signal(range(8 + b + 1))
        left = Signal(range(self.n + 1), init=self.n)
        m.d.comb += [self.levels.payload.eq(acc[:b]), self.levels.valid.eq((have >= b) & (left != 0)),
                     self.bytes.ready.eq((have < b) | (left == 0))]
        # a level leaves only when a whole one waits and a byte comes only when none does,
        # so at most one of the two happens in a cycle
        with m.If(self.clear):
            m.d.sync += [have.eq(0), left.eq(self.n)]
        with m.Elif(self.levels.valid & self.levels.ready):
            m.d.sync += [acc.eq(acc >> b), have.eq(have - b), left.eq(left - 1)]
        with m.Elif(self.bytes.valid & self.bytes.ready & (left != 0)):
            m.d.sync += have.eq(have + 8)
            with m.Switch(have):   # fewer than b bits wait: place the byte above them
                for k in range(b):
                    with m.Case(k):
                        m.d.sync += acc.eq(Cat(acc[:k], self.bytes.payload))
        # (a byte past the frame's last level is padding: taken and dropped)
        return m
