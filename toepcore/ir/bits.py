"""Bit widths and lane packing: the arithmetic every floor above shares."""

__all__ = ["bits_for", "pack_lanes"]


def bits_for(n):
    """Bits to address ``n`` distinct values (at least 1)."""
    return max(1, (max(n, 1) - 1).bit_length())


def pack_lanes(values, width):
    """Pack integers (two's complement, ``width`` bits each) into one int, lane 0 lowest."""
    word, mask = 0, (1 << width) - 1
    for i, v in enumerate(values):
        word |= (int(v) & mask) << (i * width)
    return word
