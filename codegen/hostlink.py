"""The host link: byte framing between a host and the board top (:class:`hw.board_top.BoardTop`)
over a UART, and a client that classifies images through it.

Framing (8N1, little-endian multi-byte fields; one command at a time):

=================  ===========================================  =====================================
host sends         board answers                                meaning
=================  ===========================================  =====================================
``'I'``            ``'I'`` version n_classes pixels:u16         identify the design and its network
                   fingerprint:u32 (9 bytes)
``'C'`` n:u16      ``'R'`` class counts:u16 x n_classes         classify one frame of ``n`` pixels
n pixel bytes      cycles input_spikes spikes axon_events       (row-major, channels innermost); the
                   updates weight_reads (u32 each)              counters are the frame's
any other byte     ``'E'`` 0x01                                 bad command
``'C'`` n:u16,     ``'E'`` 0x02 (after the ``n`` bytes)          bad frame length: ``n`` is not the
n != pixels                                                     network's pixel count
(a pause)          ``'E'`` 0x03                                 a frame or length stopped arriving for
                                                                ``timeout`` (the partial frame is
                                                                dropped)
=================  ===========================================  =====================================

After an error the board waits for the next command; it never needs a reset.
The fingerprint is the first 4 bytes (little-endian) of the network's content hash
(:func:`fingerprint`), so a host can check it talks to a design built from its network.
"""

import hashlib
import struct
import time

import numpy as np

# The command, answer and error codes are the board top's (one definition for both sides).
from hw.board_top import (CMD_CLASSIFY, CMD_INFO, COUNTERS, ERR_BAD_COMMAND, ERR_BAD_LENGTH, ERR_TIMEOUT,
                          RESP_ERROR, RESP_INFO, RESP_RESULT, VERSION)
from toepcore.errors import ToepcoreError

__all__ = ["CMD_INFO", "CMD_CLASSIFY", "ERRORS", "LinkError", "fingerprint", "info_bytes", "encode_classify",
           "result_length", "decode_result", "HostLink", "COUNTERS"]

ERRORS = {ERR_BAD_COMMAND: "bad command", ERR_BAD_LENGTH: "bad frame length", ERR_TIMEOUT: "frame timed out"}
INFO_LENGTH = 9


class LinkError(ToepcoreError, RuntimeError):
    """The board answered with an error, or with something that is not a valid answer."""


def fingerprint(network):
    """32-bit identifier of a deployed network: its saved bytes' SHA-256, first 4 bytes."""
    return int.from_bytes(hashlib.sha256(network.to_bytes()).digest()[:4], "little")


def info_bytes(n_classes, pixels, fp):
    """The board's answer to ``'I'``."""
    return struct.pack("<BBBHI", RESP_INFO, VERSION, n_classes, pixels, fp)


def encode_classify(image):
    """The request for one frame: ``'C'``, its length, its pixels (uint8)."""
    flat = np.ascontiguousarray(image, dtype=np.uint8).reshape(-1)
    return struct.pack("<BH", CMD_CLASSIFY, len(flat)) + flat.tobytes()


def result_length(n_classes):
    return 2 + 2 * n_classes + 4 * len(COUNTERS)


def decode_result(data, n_classes):
    """Parse a ``'R'`` answer into ``{"cls", "counts", <counters>}``."""
    if len(data) != result_length(n_classes) or data[0] != RESP_RESULT:
        raise LinkError(f"not a result: {bytes(data[:8]).hex()}... ({len(data)} bytes)")
    counts = list(struct.unpack_from(f"<{n_classes}H", data, 2))
    ctr = struct.unpack_from(f"<{len(COUNTERS)}I", data, 2 + 2 * n_classes)
    return {"cls": data[1], "counts": counts, **dict(zip(COUNTERS, ctr))}


class HostLink:
    """Talks to a board top over a byte port (a ``serial.Serial`` or anything with
    ``read(n)``, ``write(b)`` and ``timeout``)."""

    def __init__(self, port):
        self.port = port

    def _read(self, n):
        data = self.port.read(n)
        if len(data) != n:
            raise LinkError(f"the board sent {len(data)} of {n} expected bytes before the timeout")
        return data

    def _answer(self, kind, length):
        head = self._read(1)
        if head[0] == RESP_ERROR:
            code = self._read(1)[0]
            raise LinkError(f"the board answered error {code} ({ERRORS.get(code, 'unknown')})")
        if head[0] != kind:
            raise LinkError(f"unexpected answer byte 0x{head[0]:02x}")
        return head + self._read(length - 1)

    def info(self):
        """``{"version", "n_classes", "pixels", "fingerprint"}`` of the design."""
        self.port.write(bytes([CMD_INFO]))
        _, version, n_classes, pixels, fp = struct.unpack("<BBBHI", self._answer(RESP_INFO, INFO_LENGTH))
        return {"version": version, "n_classes": n_classes, "pixels": pixels, "fingerprint": fp}

    def classify(self, image, n_classes):
        """Send one frame; return the decoded result."""
        self.port.write(encode_classify(image))
        return decode_result(self._answer(RESP_RESULT, result_length(n_classes)), n_classes)


def check_images(link, network, images, *, progress=None):
    """Classify ``images`` on the board and compare each with the reference model.

    Returns ``(results, reference_run, seconds)``; raises :class:`LinkError` when the board
    was built from another network."""
    from model.reference import ReferenceModel
    info = link.info()
    want = fingerprint(network)
    if info["fingerprint"] != want:
        raise LinkError(f"the board runs network {info['fingerprint']:08x}, not this one ({want:08x}): "
                        f"rebuild and program the bitstream for it")
    ref = ReferenceModel(network).run(images)
    results, t = [], time.perf_counter()
    for img in images:
        results.append(link.classify(img, network.n_classes))
        if progress:
            progress(len(results))
    return results, ref, time.perf_counter() - t
