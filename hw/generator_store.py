"""One memory holding the generators of several cores that never read at the same time."""

from amaranth.hdl import *
from amaranth.lib import memory, wiring
from amaranth.lib.wiring import In, Out

from toepcore.ir.memory import SPRAM_DEPTH, SPRAM_WIDTH, pack_store, spram_blocks, store_packing

__all__ = ["GeneratorStore"]


class GeneratorStore(wiring.Component):
    """The generator memories of the cores that share it, one after another
    (:class:`toepcore.ir.plan.ArrayPlan` places them; a core reads word
    ``base + tap * groups + group``, see :class:`hw.generator_core.GeneratorCore`).

    Logical words of ``width`` bits are packed ``per_word`` to a physical word
    (:func:`toepcore.ir.memory.store_packing`: 16-bit SPRAM words), so a 2-lane ``s4`` core's
    2-bit groups fill whole SPRAM words.

    Parameters
    ----------
    image : list of int
        The logical words, in address order.
    width : int
        Bits per logical word: the widest lane group of the cores that share it.
    spram : bool
        Build from iCE40UP5K SPRAM blocks (:func:`toepcore.ir.memory.spram_blocks` of the physical
        shape). SPRAM has no initial contents: the physical words (:meth:`load_words`) must
        be written through ``load_*`` (the board top's ``'W'`` command,
        :mod:`toepcore.protocol`) before a frame. Otherwise an Amaranth memory of the same
        shape holding them from configuration (what simulators run).

    Members
    -------
    addr : In(range(depth)), data : Out(width)
        The read port: ``data`` is logical word ``addr`` of the previous cycle (latency 1,
        one word per cycle).
    load_addr : In(range(words)), load_data : In(word_bits), load_en : In(1)
        The physical write port, which takes the address while ``load_en`` is high (one
        word per cycle).
    """

    def __init__(self, image, width, *, spram=False):
        self.image, self.width, self.spram = [int(v) for v in image], width, spram
        self.depth = depth = len(self.image)
        if depth < 1:
            raise ValueError("a generator store needs at least one word")
        if any(v >> width for v in self.image):
            raise ValueError(f"a generator word does not fit {width} bits")
        self.per_word, self.word_bits = store_packing(width)
        self.words = -(-depth // self.per_word)
        super().__init__({"addr": In(range(max(depth, 2))), "data": Out(width),
                          "load_addr": In(range(max(self.words, 2))), "load_data": In(self.word_bits),
                          "load_en": In(1)})

    def load_words(self):
        """The physical words, in address order (:func:`toepcore.ir.memory.pack_store`)."""
        return pack_store(self.image, self.width)

    @property
    def bits(self):
        """Bits the store instantiates (whole physical words)."""
        return self.words * self.word_bits

    @property
    def blocks(self):
        return spram_blocks(self.words, self.word_bits) if self.spram else 0

    def elaborate(self, platform):
        m = Module()
        shift = self.per_word.bit_length() - 1
        addr = Mux(self.load_en, self.load_addr, self.addr >> shift)
        sub = Signal(range(max(self.per_word, 2)))
        m.d.sync += sub.eq(self.addr[:shift] if shift else 0)
        word = Signal(self.word_bits)
        m.d.comb += self.data.eq(word.word_select(sub, self.width) if shift else word[:self.width])
        if not self.spram:
            m.submodules.mem = mem = memory.Memory(shape=unsigned(self.word_bits), depth=self.words,
                                                   init=self.load_words())
            wr, rd = mem.write_port(), mem.read_port()
            m.d.comb += [wr.addr.eq(addr), wr.data.eq(self.load_data), wr.en.eq(self.load_en),
                         rd.addr.eq(addr), word.eq(rd.data)]
            return m
        banks = -(-self.words // SPRAM_DEPTH)
        cols = self.word_bits // SPRAM_WIDTH
        bank = Signal(range(max(banks, 2)))
        m.d.sync += bank.eq(addr >> 14)
        outs = []
        for b in range(banks):
            hit = (addr >> 14) == b
            parts = []
            for col in range(cols):
                dout = Signal(SPRAM_WIDTH, name=f"dout{b}_{col}")
                m.submodules[f"spram{b}_{col}"] = Instance(
                    "SB_SPRAM256KA",
                    i_ADDRESS=addr[:14], i_DATAIN=self.load_data[col * SPRAM_WIDTH:(col + 1) * SPRAM_WIDTH],
                    i_MASKWREN=0b1111, i_WREN=self.load_en & hit, i_CHIPSELECT=1, i_CLOCK=ClockSignal(),
                    i_STANDBY=0, i_SLEEP=0, i_POWEROFF=1, o_DATAOUT=dout)
                parts.append(dout)
            outs.append(Cat(*parts))
        m.d.comb += word.eq(Array(outs)[bank] if banks > 1 else outs[0])
        return m
