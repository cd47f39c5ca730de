"""Memory facts the plan and the components agree on: which tables are small enough to
be logic, and how a generator store packs its words into SPRAM."""

__all__ = ["ROM_WORDS", "SPRAM_DEPTH", "SPRAM_WIDTH", "spram_blocks", "store_packing", "pack_store"]

#: Parameter tables (thresholds, ``s4`` weight tables) of at most this many words are
#: ROMs in logic; deeper ones are memories (:mod:`hw.neurons`, :mod:`hw.generator_core`,
#: the planner's memory list).
ROM_WORDS = 32

#: iCE40UP5K ``SB_SPRAM256KA``: words and bits of one block.
SPRAM_DEPTH, SPRAM_WIDTH = 16384, 16


def spram_blocks(depth, width):
    """SPRAM blocks of a ``depth`` x ``width`` memory: blocks side by side for the width,
    banks of them for the depth."""
    return -(-depth // SPRAM_DEPTH) * -(-width // SPRAM_WIDTH)


def store_packing(width):
    """``(per_word, word_bits)`` of a generator store whose logical words are ``width``
    bits: ``per_word`` of them (a power of two) share one physical word of ``word_bits``
    (whole SPRAM words: 16 bits, or ``16 * ceil(width / 16)`` when one is wider)."""
    if width > SPRAM_WIDTH:
        return 1, -(-width // SPRAM_WIDTH) * SPRAM_WIDTH
    per = 1
    while per * 2 * width <= SPRAM_WIDTH:
        per *= 2
    return per, SPRAM_WIDTH


def pack_store(image, width):
    """The physical words of a generator store holding logical words ``image`` of
    ``width`` bits (:func:`store_packing`): word ``i`` at bits ``(i % per_word) * width`` of
    physical word ``i // per_word``."""
    per, _ = store_packing(width)
    out = [0] * -(-len(image) // per)
    for i, v in enumerate(image):
        out[i // per] |= int(v) << ((i % per) * width)
    return out
