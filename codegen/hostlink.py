"""The host client of the board top (:class:`hw.board_top.BoardTop`): classifies images over
a UART with the protocol of :mod:`toepcore.protocol` (framing, commands, result record).

Frames go as each pixel's encoder level, packed (``'P'``: 2 bits for 3 planes) or
run-length coded (``'Z'``), whichever is shorter for the frame, and pipelined: up to
:data:`toepcore.protocol.WINDOW` frames are sent before their answers are read, so the
board receives the next frame while it classifies the current one and no image waits for
a round trip.
"""

import time

import numpy as np

from toepcore import protocol
from toepcore.errors import ToepcoreError
from toepcore.protocol import CMD_INFO, ERRORS, INFO_LENGTH, RESP_ERROR, RESP_INFO, RESP_RESULT, VERSION, fingerprint

__all__ = ["LinkError", "HostLink", "check_images", "fingerprint"]


class LinkError(ToepcoreError, RuntimeError):
    """The board answered with an error, or with something that is not a valid answer."""


class HostLink:
    """Talks to a board top over a byte port (a ``serial.Serial``, or anything with
    ``read(n)``, ``write(b)`` and ``timeout``)."""

    def __init__(self, port):
        self.port = port
        self.frame_bytes = []

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
        """``{"version", "n_classes", "pixels", "fingerprint", "level_bits", "store_words", "shape"}``
        of the design (:func:`toepcore.protocol.parse_info`)."""
        self.port.write(bytes([CMD_INFO]))
        head = self._read(1)
        if head[0] != RESP_INFO:
            raise LinkError(f"unexpected answer byte 0x{head[0]:02x} to 'I'")
        rest = self.port.read(INFO_LENGTH - 1)
        if len(rest) >= 1 and rest[0] != VERSION:
            raise LinkError(f"the board speaks host-link version {rest[0]}, this client version {VERSION}: "
                            "rebuild the bitstream with this toepcore")
        if len(rest) != INFO_LENGTH - 1:
            raise LinkError(f"the board sent {len(rest) + 1} of {INFO_LENGTH} expected bytes before the timeout")
        return protocol.parse_info(head + rest)

    def _result(self, n_classes):
        try:
            return protocol.decode_result(self._answer(RESP_RESULT, protocol.result_length(n_classes)), n_classes)
        except ValueError as e:
            raise LinkError(str(e)) from None

    def load_store(self, words, *, chunk=protocol.STORE_CHUNK):
        """Write the generator store (``'W'``, ``chunk`` words a command), each answered
        ``'W'``."""
        for addr in range(0, len(words), chunk):
            self.port.write(protocol.encode_weights(addr, words[addr:addr + chunk]))
            self._answer(protocol.RESP_WEIGHTS, 1)

    def classify(self, image, n_classes):
        """Send one frame of raw pixels (``'C'``); return the decoded result."""
        self.port.write(protocol.encode_classify(image))
        return self._result(n_classes)

    def classify_many(self, images, network, *, window=protocol.WINDOW, progress=None):
        """Classify ``images``, each sent as the shorter of its packed and compressed
        frames (:func:`toepcore.protocol.encode_frame`), ``window`` in flight; return the
        results in order. ``progress(k)`` is called as answers arrive; ``frame_bytes``
        then holds each frame's bytes on the wire."""
        frames = [protocol.encode_frame(img, network.encoder.thresholds) for img in images]
        self.frame_bytes = [len(f) for f in frames]
        results, sent = [], 0
        while len(results) < len(frames):
            while sent < len(frames) and sent - len(results) < window:
                self.port.write(frames[sent])
                sent += 1
            results.append(self._result(network.n_classes))
            if progress:
                progress(len(results))
        return results


def check_images(link, network, images, *, store=(), progress=None):
    """Classify ``images`` on the board and compare each with the reference model, first
    loading ``store`` (the plan's generator-store words,
    :meth:`toepcore.ir.plan.ArrayPlan.gen_store_image`) when the board has one.

    Returns ``(results, reference_run, seconds)``; raises :class:`LinkError` when the board
    was built from another network or plan."""
    from model.reference import ReferenceModel
    info = link.info()
    want = fingerprint(network)
    if tuple(info["shape"]) != tuple(network.input_shape) or info["n_classes"] != network.n_classes:
        c, h, w = info["shape"]
        raise LinkError(f"the board takes {c} x {h} x {w} frames (channels x rows x columns) in {info['n_classes']} "
                        f"classes, this network {' x '.join(map(str, network.input_shape))} in {network.n_classes}: "
                        "rebuild and program the bitstream for it")
    if info["fingerprint"] != want:
        raise LinkError(f"the board runs network {info['fingerprint']:08x}, not this one ({want:08x}): "
                        f"rebuild and program the bitstream for it")
    if info["store_words"] != len(store):
        raise LinkError(f"the board's generator store holds {info['store_words']:,} words where this plan has "
                        f"{len(store):,}: rebuild and program the bitstream with this toepcore")
    if len(store):
        link.load_store(list(store))
    ref = ReferenceModel(network).run(images, counters=True)
    t = time.perf_counter()
    results = link.classify_many(np.asarray(images), network, progress=progress)
    return results, ref, time.perf_counter() - t
