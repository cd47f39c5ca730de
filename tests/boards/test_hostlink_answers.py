"""The host client against answers written out byte by byte: a board of another version,
wrong answer bytes, error codes, answers cut off by the timeout, and seeded random byte
streams. The expected bytes are literals here, not produced by ``toepcore/protocol.py``."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_profiles import examples

from codegen.hostlink import HostLink, LinkError

# 'I' answer of a version-6 board: 10 classes, 784 pixels, fingerprint 0x12345678, 2-bit
# levels, 300 store words, 1 x 28 x 28, 3 overruns, 1 framing error (little-endian
# fields: B B B H I B H B H H B B)
INFO_V6 = bytes([0x49, 6, 10, 0x10, 0x03, 0x78, 0x56, 0x34, 0x12, 2, 0x2C, 0x01, 1, 28, 0, 28, 0, 3, 1])
# 'R' answer for 2 classes: class 1, counts 3 and 7, counters cycles 1000, input spikes 5,
# spikes 9, axon events 11, updates 13, weight reads 17 (little-endian H then I)
RESULT_2 = (bytes([0x52, 1, 3, 0, 7, 0]) + bytes([0xE8, 0x03, 0, 0]) + bytes([5, 0, 0, 0]) + bytes([9, 0, 0, 0])
            + bytes([11, 0, 0, 0]) + bytes([13, 0, 0, 0]) + bytes([17, 0, 0, 0]))


class ScriptedPort:
    """A port whose board says exactly ``answer``; ``read(n)`` returns fewer bytes once the
    answer runs out, as a serial port whose timeout expired."""

    timeout = 0.01

    def __init__(self, answer):
        self.answer, self.written = bytes(answer), b""

    def write(self, data):
        self.written += bytes(data)

    def read(self, n):
        out, self.answer = self.answer[:n], self.answer[n:]
        return out


def test_a_well_formed_info_answer():
    port = ScriptedPort(INFO_V6)
    assert HostLink(port).info() == {"version": 6, "n_classes": 10, "pixels": 784, "fingerprint": 0x12345678,
                                     "level_bits": 2, "store_words": 300, "shape": (1, 28, 28), "overruns": 3,
                                     "framing_errors": 1}
    assert port.written == b"I"


def test_a_well_formed_result_answer():
    port = ScriptedPort(RESULT_2)
    got = HostLink(port).classify(np.zeros((2, 2), np.uint8), 2)
    assert got == {"cls": 1, "counts": [3, 7], "cycles": 1000, "input_spikes": 5, "spikes": 9, "axon_events": 11,
                   "updates": 13, "weight_reads": 17}
    assert port.written == b"C\x04\x00" + bytes(4)   # 'C', a 16-bit length, the pixels


@pytest.mark.parametrize("answer,message", [
    (INFO_V6[:1] + bytes([5]) + INFO_V6[2:], r"^the board speaks host-link version 5, this client version 6: rebuild "
                                             r"the bitstream with this toepcore$"),
    (INFO_V6[:1] + bytes([4]), r"^the board speaks host-link version 4, this client version 6"),
    (b"R" + INFO_V6[1:], r"^unexpected answer byte 0x52 to 'I'$"),
    (INFO_V6[:9], r"^the board sent 9 of 19 expected bytes before the timeout$"),
    (b"", r"^the board sent 0 of 1 expected bytes before the timeout$"),
])
def test_info_answers_that_are_not_one(answer, message):
    with pytest.raises(LinkError, match=message):
        HostLink(ScriptedPort(answer)).info()


@pytest.mark.parametrize("answer,message", [
    (b"E\x01", r"^the board answered error 1 \(bad command\)$"),
    (b"E\x02", r"^the board answered error 2 \(bad frame length\)$"),
    (b"E\x03", r"^the board answered error 3 \(frame timed out\)$"),
    (b"E\x04", r"^the board answered error 4 \(compressed frame does not cover the frame\)$"),
    (b"E\x09", r"^the board answered error 9 \(unknown\)$"),
    (b"E", r"^the board sent 0 of 1 expected bytes before the timeout$"),
    (b"I" + RESULT_2[1:], r"^unexpected answer byte 0x49$"),
    (RESULT_2[:20], r"^the board sent 19 of 29 expected bytes before the timeout$"),
])
def test_result_answers_that_are_not_one(answer, message):
    with pytest.raises(LinkError, match=message):
        HostLink(ScriptedPort(answer)).classify(np.zeros((2, 2), np.uint8), 2)


def test_a_store_write_answered_with_an_error_stops_the_load():
    port = ScriptedPort(b"W" + b"E\x02")
    with pytest.raises(LinkError, match=r"^the board answered error 2 \(bad frame length\)$"):
        HostLink(port).load_store([1, 2, 3], chunk=2)
    # 'W', address 0, 2 words, the words; then address 2, 1 word
    assert port.written == b"W\x00\x00\x02\x00\x01\x00\x02\x00" + b"W\x02\x00\x01\x00\x03\x00"


@settings(max_examples=examples(200), deadline=None)
@given(st.binary(max_size=40), st.integers(2, 12))
def test_random_answers_are_parsed_or_refused_never_crash(answer, n_classes):
    """Whatever bytes come back, the client returns a parsed answer or raises LinkError:
    no other exception, and no read past what the board sent."""
    for ask in ("info", "classify"):
        port = ScriptedPort(answer)
        link = HostLink(port)
        try:
            got = link.info() if ask == "info" else link.classify(np.zeros((2, 2), np.uint8), n_classes)
        except LinkError:
            continue
        if ask == "info":
            assert answer[:2] == b"I\x05" and len(answer) >= 19 and got["version"] == 5
        else:
            assert answer[0] == 0x52 and len(answer) >= 2 + 2 * n_classes + 24 and len(got["counts"]) == n_classes
