"""A simulated serial port with a board behind it: answers the host-link protocol of
:mod:`toepcore.protocol` from the reference model, as a programmed board would."""

import struct

import numpy as np

from model.reference import ReferenceModel
from toepcore import protocol


class FakeBoardPort:
    """``write`` takes requests, ``read(n)`` returns up to ``n`` answer bytes (fewer when
    the answer is shorter, as a serial port whose timeout expired). ``most_in_flight``
    records the most frames written and not yet read back."""

    def __init__(self, network, *, silent=False, store_words=0):
        self.network, self.silent = network, silent
        self.store = [None] * store_words     # the generator store, written by 'W'
        self.store_words = store_words
        self.model = ReferenceModel(network)
        c, h, w = network.input_shape
        self.pixels = c * h * w
        self.thresholds = network.encoder.thresholds
        self.bits = protocol.level_bits(self.thresholds.shape[1])
        self.pending = b""
        self.answers = bytearray()
        self.frames = self.unread = self.most_in_flight = 0
        self.frame_bytes = []   # the wire bytes of each packed or compressed frame

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def write(self, data):
        if not self.silent:
            self.pending += bytes(data)
            self._serve()
        return len(data)

    def read(self, n):
        out, self.answers = bytes(self.answers[:n]), self.answers[n:]
        if out[:1] == bytes([protocol.RESP_RESULT]):
            self.unread -= 1
        return out

    def _classify(self, pixels):
        c, h, w = self.network.input_shape
        image = pixels.reshape(h, w, c).transpose(2, 0, 1)   # frames hold channels innermost
        r = self.model.run(image[None] if c > 1 else image.reshape(1, h, w), counters=True)
        self.frames += 1
        self.unread += 1
        self.most_in_flight = max(self.most_in_flight, self.unread)
        first = self.network.layers[0].name
        record = {"cls": int(r.predictions[0]), "counts": [int(v) for v in r.counts[0]], "cycles": 0,
                  "input_spikes": int(r.counters[first]["input_spikes"][0]),
                  "spikes": sum(int(c["spikes_out"][0]) for c in r.counters.values()),
                  "axon_events": 0, "updates": 0, "weight_reads": 0}
        if None in self.store:   # a board whose generator store was not loaded has no weights
            record.update(cls=0, counts=[0] * self.network.n_classes)
        self.answers += protocol.encode_result(record, self.network.n_classes)

    def _serve(self):
        while self.pending:
            cmd = self.pending[0]
            if cmd == protocol.CMD_INFO:
                self.pending = self.pending[1:]
                self.answers += protocol.info_bytes(self.network.n_classes, self.network.input_shape,
                                                    protocol.fingerprint(self.network), self.bits, self.store_words)
            elif cmd == protocol.CMD_WEIGHTS and self.store_words:
                if len(self.pending) < 5:
                    return
                addr, n = struct.unpack_from("<HH", self.pending, 1)
                if len(self.pending) < 5 + 2 * n:
                    return
                words = struct.unpack_from(f"<{n}H", self.pending, 5)
                self.pending = self.pending[5 + 2 * n:]
                if n == 0 or addr + n > self.store_words:
                    self.answers += bytes([protocol.RESP_ERROR, protocol.ERR_BAD_LENGTH])
                    continue
                self.store[addr:addr + n] = words
                self.answers += bytes([protocol.RESP_WEIGHTS])
            elif cmd in (protocol.CMD_CLASSIFY, protocol.CMD_PACKED, protocol.CMD_COMPRESSED):
                if len(self.pending) < 3:
                    return
                (n,) = struct.unpack_from("<H", self.pending, 1)
                if len(self.pending) < 3 + n:
                    return
                frame, self.pending = self.pending[3:3 + n], self.pending[3 + n:]
                packed, compressed = cmd == protocol.CMD_PACKED, cmd == protocol.CMD_COMPRESSED
                if n == 0 or not compressed and n != (protocol.packed_length(self.pixels, self.bits) if packed
                                                      else self.pixels):
                    self.answers += bytes([protocol.RESP_ERROR, protocol.ERR_BAD_LENGTH])
                    continue
                pixels = np.frombuffer(frame, np.uint8)
                if packed or compressed:   # each level as the smallest pixel value that has it
                    try:
                        levels = (protocol.decompress_levels(frame, self.bits, self.pixels) if compressed else
                                  protocol.unpack_levels(frame, self.bits, self.pixels))
                    except protocol.FrameError:
                        self.answers += bytes([protocol.RESP_ERROR, protocol.ERR_BAD_FRAME])
                        continue
                    self.frame_bytes.append(3 + n)
                    table = np.concatenate([np.zeros((self.thresholds.shape[0], 1), int), self.thresholds], axis=1)
                    pixels = table[np.arange(self.pixels) % table.shape[0], levels].astype(np.uint8)
                self._classify(pixels)
            else:
                self.pending = self.pending[1:]
                self.answers += bytes([protocol.RESP_ERROR, protocol.ERR_BAD_COMMAND])
