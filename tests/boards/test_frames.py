"""The host's frame coding (``'P'`` and ``'Z'``, :mod:`toepcore.protocol`): frames written
out by hand, the coder's choice against an exhaustive search, round trips, the rules
every refusal names, and real MNIST frames."""

import functools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_profiles import examples

from model import HARDWARE_NETWORK
from model.network import Network
from toepcore import protocol
from toepcore.protocol import RUN_MAX, FrameError

FOUR_PLANES = np.array([[32, 96, 160, 224]])


def test_frames_written_out_by_hand():
    """'Z' 25 0, then 24 runs of 32 zeros and one of 16; a stroke as a literal; the all-255
    image goes packed, since its literals are longer than the packed frame."""
    zero = np.zeros((28, 28), np.uint8)
    assert protocol.encode_compressed(zero, FOUR_PLANES) == b"Z\x19\x00" + bytes([0x1F] * 24 + [0x0F])
    assert protocol.encode_frame(zero, FOUR_PLANES) == b"Z\x19\x00" + bytes([0x1F] * 24 + [0x0F])
    stroke = zero.copy()
    stroke[0, 5:8] = [40, 255, 100]          # levels 1, 4, 2 after 5 zeros
    # 5 zeros, a literal of 3 levels (001 100 010 -> 0b10_100_001 0b0 -> 0xA1 0x00), 776 zeros
    want = bytes([0x04, 0x82, 0xA1, 0x00]) + bytes([0x1F] * 24 + [0x07])
    assert protocol.encode_compressed(stroke, FOUR_PLANES)[3:] == want
    full = np.full((28, 28), 255, np.uint8)
    assert protocol.encode_frame(full, FOUR_PLANES)[:3] == b"P\x26\x01"    # 294 packed bytes
    assert len(protocol.encode_compressed(full, FOUR_PLANES)) == 3 + 24 * 13 + 7


def _cheapest(levels, bits):
    """The fewest bytes any token stream for ``levels`` takes, by exhaustive recursion."""
    @functools.lru_cache(None)
    def best(i):
        if i == len(levels):
            return 0
        options = [1 + -(-k * bits // 8) + best(i + k) for k in range(1, min(RUN_MAX, len(levels) - i) + 1)]
        zeros = 0
        while i + zeros < len(levels) and levels[i + zeros] == 0 and zeros < RUN_MAX:
            zeros += 1
            options.append(1 + best(i + zeros))
        return min(options)
    return best(0)


@settings(max_examples=examples(60))
@given(st.integers(1, 4), st.lists(st.sampled_from([0, 0, 0, 1, 2, 3]), min_size=1, max_size=90))
def test_the_coder_finds_the_shortest_stream_and_round_trips(bits, levels):
    levels = np.array(levels, np.uint8) & ((1 << bits) - 1)
    data = protocol.compress_levels(levels, bits)
    assert len(data) == _cheapest(tuple(levels.tolist()), bits)
    assert protocol.decompress_levels(data, bits, len(levels)).tolist() == levels.tolist()


@pytest.mark.parametrize("data, n, message", [
    (b"", 4, r"^byte 0: a compressed frame has at least one token$"),
    (bytes([0x04]), 4, r"^byte 0: a token of 5 levels runs past the frame's end \(4 levels left\)$"),
    (bytes([0x03, 0x00]), 4, r"^byte 0: the frame's 4 levels end 1 bytes before its last byte$"),
    (bytes([0x02]), 4, r"^byte 0: the frame's last byte leaves it 1 levels short$"),
    (bytes([0x40]), 4, r"^byte 0: token 0x40 has a reserved bit set$"),
    (bytes([0x00, 0x83]), 5, r"^byte 1: a literal of 4 levels needs 1 bytes, 0 follow$"),
])
def test_refusals_name_the_token(data, n, message):
    with pytest.raises(FrameError, match=message) as e:
        protocol.decompress_levels(data, 2, n)
    assert e.value.byte == int(message[6])


def test_mnist_frames_go_compressed(mnist_test):
    """Every one of 200 MNIST test images is shorter compressed, at under half the packed
    bytes on average, and comes back level for level."""
    net = Network.load(HARDWARE_NETWORK)
    th = net.encoder.thresholds
    bits = protocol.level_bits(th.shape[1])
    sizes = []
    for img in mnist_test[0][:200]:
        frame = protocol.encode_frame(img, th)
        assert frame[0] == protocol.CMD_COMPRESSED
        levels = protocol.decompress_levels(frame[3:], bits, 784)
        assert levels.tolist() == protocol.pixel_levels(img, th).tolist()
        sizes.append(len(frame))
    assert np.mean(sizes) < 0.5 * (3 + protocol.packed_length(784, bits))
