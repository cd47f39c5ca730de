"""A simulated serial port with a board behind it: answers the host-link framing of
:mod:`codegen.hostlink` from the reference model, as a programmed board would."""

import struct

import numpy as np

from codegen import hostlink
from model.reference import ReferenceModel


class FakeBoardPort:
    """``write`` takes requests, ``read(n)`` returns up to ``n`` answer bytes (fewer when
    the answer is shorter, as a serial port whose timeout expired)."""

    def __init__(self, network, *, silent=False):
        self.network, self.silent = network, silent
        self.model = ReferenceModel(network)
        c, h, w = network.input_shape
        self.pixels = c * h * w
        self.pending = b""
        self.answers = bytearray()
        self.frames = 0

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
        return out

    def _serve(self):
        while self.pending:
            cmd = self.pending[0]
            if cmd == hostlink.CMD_INFO:
                self.pending = self.pending[1:]
                self.answers += hostlink.info_bytes(self.network.n_classes, self.pixels,
                                                    hostlink.fingerprint(self.network))
            elif cmd == hostlink.CMD_CLASSIFY:
                if len(self.pending) < 3:
                    return
                (n,) = struct.unpack_from("<H", self.pending, 1)
                if len(self.pending) < 3 + n:
                    return
                frame, self.pending = self.pending[3:3 + n], self.pending[3 + n:]
                if n != self.pixels:
                    self.answers += bytes([hostlink.RESP_ERROR, hostlink.ERR_BAD_LENGTH])
                    continue
                image = np.frombuffer(frame, np.uint8).reshape(self.network.input_shape[1:])
                r = self.model.run(image[None], counters=True)
                self.frames += 1
                first = self.network.layers[0].name
                counters = [0, int(r.counters[first]["input_spikes"][0]),
                            sum(int(c["spikes_out"][0]) for c in r.counters.values()), 0, 0, 0]
                self.answers += struct.pack(f"<BB{self.network.n_classes}H6I", hostlink.RESP_RESULT,
                                            int(r.predictions[0]), *map(int, r.counts[0]), *counters)
            else:
                self.pending = self.pending[1:]
                self.answers += bytes([hostlink.RESP_ERROR, hostlink.ERR_BAD_COMMAND])
