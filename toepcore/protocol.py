"""The host link: commands, frames, answers and the result record, in pure Python (numpy
only; no Amaranth), shared by the board top (:mod:`hw.board_top`), the host client
(:mod:`codegen.hostlink`), the native Verilator driver (:mod:`codegen.native`) and the
cocotb benches (``sim/``).

Framing (8N1 UART, little-endian fields; ``docs/boards.md`` has the table):

* ``'I'`` -> ``'I'`` version classes pixels:u16 fingerprint:u32 level_bits:u8
  store_words:u16 channels:u8 height:u16 width:u16 overruns:u8 framing_errors:u8
  (store_words: words of the generator store to load, 0 when there is none; channels x
  height x width: the frame the board takes, ``pixels`` of them; overruns and
  framing_errors: the UART receiver's bytes lost to an overrun and bytes dropped for a
  low stop bit since reset, each modulo 256)
* ``'W'`` addr:u16 n:u16, n words of 2 bytes -> ``'W'``: write words ``addr`` to
  ``addr + n - 1`` of the generator store (:class:`hw.generator_store.GeneratorStore`;
  SPRAM holds nothing at power-up, so a host loads it once before the first frame)
* ``'C'`` n:u16, n pixel bytes -> ``'R'`` record: one frame of raw pixels
* ``'P'`` n:u16, n packed bytes -> ``'R'`` record: one frame of *levels*, ``level_bits``
  bits per pixel, least significant first. A pixel's level is the number of encoder
  thresholds it reaches (``docs/semantics.md``), which is all the encoder keeps of it, so a
  frame shrinks from 8 to ``level_bits`` bits per pixel (2 for 3 planes) with the same
  spikes.
* ``'Z'`` n:u16, n token bytes -> ``'R'`` record: one frame of levels, run-length coded
  (:func:`encode_compressed`). A token byte is ``kind:1 reserved:2 count-1:5``: kind 0 is
  ``count`` zero levels, kind 1 is ``count`` levels that follow packed as in ``'P'``
  (``ceil(count * level_bits / 8)`` bytes, the last one's spare bits ignored). The tokens
  must cover the frame's levels exactly and end with its ``n``-th byte; a token that runs
  past the frame's end, a frame covered before its last byte or one left short by it, and
  a reserved bit set are refused (error 4) with nothing classified. A token never stands
  for more than :data:`RUN_MAX` levels, so the board decodes a byte in fewer cycles than
  the UART takes to bring the next one (at least 40) and never stalls the line.
* anything else -> ``'E'`` code (1 bad command, 2 bad frame length or store range, 3
  frame timed out, 4 a compressed frame that does not cover the frame).

A host sends each frame as ``'P'`` or ``'Z'``, whichever is shorter (:func:`encode_frame`):
MNIST digits are mostly background, and ``'Z'`` carries them in about 114 bytes instead of
294 (4 planes); a textured photo has few zero levels and goes packed.

Frames may follow each other without waiting for answers: the board holds two frames
(one being classified, one arriving) and answers in command order. A host keeps at most
:data:`WINDOW` frames unanswered, so no byte arrives while both buffers are full.

The result record (``'R'``) is the array's result payload: ``'R'``, class:u8,
counts:u16 per class, then :data:`COUNTERS` as u32.
"""

import hashlib
import struct

import numpy as np

__all__ = ["CMD_INFO", "CMD_CLASSIFY", "CMD_PACKED", "CMD_COMPRESSED", "CMD_WEIGHTS", "RESP_INFO",
           "RESP_RESULT", "RESP_ERROR", "RESP_WEIGHTS", "STORE_WORD_BYTES", "STORE_CHUNK", "encode_weights",
           "ERR_BAD_COMMAND", "ERR_BAD_LENGTH", "ERR_TIMEOUT", "ERR_BAD_FRAME", "ERRORS", "RUN_MAX",
           "TOKEN_LITERAL", "VERSION", "COUNTERS", "WINDOW", "INFO_FORMAT", "INFO_LENGTH", "fingerprint",
           "info_bytes", "parse_info", "level_bits", "packed_length", "pixel_levels", "pack_levels",
           "unpack_levels", "encode_classify", "encode_packed", "compress_levels", "decompress_levels",
           "FrameError", "encode_compressed", "encode_frame", "result_length", "encode_result",
           "decode_result", "decode_payload", "frame_bytes"]

CMD_INFO, CMD_CLASSIFY, CMD_PACKED, CMD_COMPRESSED, CMD_WEIGHTS = ord("I"), ord("C"), ord("P"), ord("Z"), ord("W")
RESP_INFO, RESP_RESULT, RESP_ERROR, RESP_WEIGHTS = ord("I"), ord("R"), ord("E"), ord("W")
ERR_BAD_COMMAND, ERR_BAD_LENGTH, ERR_TIMEOUT, ERR_BAD_FRAME = 1, 2, 3, 4
ERRORS = {ERR_BAD_COMMAND: "bad command", ERR_BAD_LENGTH: "bad frame length", ERR_TIMEOUT: "frame timed out",
          ERR_BAD_FRAME: "compressed frame does not cover the frame"}
VERSION = 6
#: The most levels one ``'Z'`` token stands for: a token's levels leave the decoder at one
#: a cycle, within the 40 cycles a byte takes at the UART's fastest (4 cycles a bit).
RUN_MAX = 32
#: A ``'Z'`` token's kind bit: the levels follow packed (clear: that many zero levels).
TOKEN_LITERAL = 0x80
#: Bytes of one generator-store word on the link (16-bit SPRAM words).
STORE_WORD_BYTES = 2
#: Words a host sends per ``'W'`` command.
STORE_CHUNK = 1024
#: The frame counters of a result, in record order (the reference model computes the
#: spike counts; the others are the hardware's).
COUNTERS = ("cycles", "input_spikes", "spikes", "axon_events", "updates", "weight_reads")
#: Frames a host may have sent and not yet had answered.
WINDOW = 2
INFO_FORMAT = "<BBBHIBHBHHBB"
INFO_LENGTH = struct.calcsize(INFO_FORMAT)


def fingerprint(network):
    """32-bit identifier of a deployed network: its saved bytes' SHA-256, first 4 bytes."""
    return int.from_bytes(hashlib.sha256(network.to_bytes()).digest()[:4], "little")


def level_bits(planes):
    """Bits of a pixel's level (0 to ``planes`` thresholds reached)."""
    return max(1, int(planes).bit_length())


def packed_length(pixels, bits):
    """Bytes of a packed frame of ``pixels`` levels of ``bits`` bits."""
    return -(-pixels * bits // 8)


def info_bytes(n_classes, shape, fp, bits, store_words=0, overruns=0, framing_errors=0):
    """The board's answer to ``'I'``; ``shape`` is the frame's ``(channels, height, width)``;
    ``overruns`` and ``framing_errors`` are the receiver's counts (modulo 256)."""
    c, h, w = (int(v) for v in shape)
    return struct.pack(INFO_FORMAT, RESP_INFO, VERSION, n_classes, c * h * w, fp, bits, store_words, c, h, w,
                       overruns, framing_errors)


def parse_info(data):
    """``{"version", "n_classes", "pixels", "fingerprint", "level_bits", "store_words",
    "shape", "overruns", "framing_errors"}`` from an ``'I'`` answer (``shape``: channels,
    height, width)."""
    _, version, n_classes, pixels, fp, bits, words, c, h, w, over, framing = struct.unpack(INFO_FORMAT, data)
    return {"version": version, "n_classes": n_classes, "pixels": pixels, "fingerprint": fp, "level_bits": bits,
            "store_words": words, "shape": (c, h, w), "overruns": over, "framing_errors": framing}


def encode_weights(addr, words):
    """``'W'``: generator-store words ``addr, addr + 1, ...`` (each :data:`STORE_WORD_BYTES`
    bytes, little-endian)."""
    words = [int(w) for w in words]
    if not 1 <= len(words) < 1 << 16 or not 0 <= addr < 1 << 16:
        raise ValueError(f"a 'W' command carries 1 to 65,535 words from an address below 65,536, "
                         f"not {len(words)} from {addr}")
    return struct.pack(f"<BHH{len(words)}H", CMD_WEIGHTS, addr, len(words), *words)


def frame_bytes(image):
    """A frame's pixels in the order the array takes them: rows, columns, then channels
    (uint8; ``image`` is H x W or C x H x W)."""
    image = np.asarray(image, dtype=np.uint8)
    if image.ndim == 3:
        image = image.transpose(1, 2, 0)
    return np.ascontiguousarray(image).reshape(-1)


def pixel_levels(image, thresholds):
    """Each pixel's level, in frame order: how many of its channel's encoder thresholds
    (``thresholds``: C x P, rows increasing) it reaches."""
    thresholds = np.asarray(thresholds)
    pixels = frame_bytes(image).astype(np.int32)
    channel = np.arange(len(pixels)) % thresholds.shape[0]
    return (pixels[:, None] >= thresholds[channel]).sum(axis=1).astype(np.uint8)


def pack_levels(levels, bits):
    """Pack levels ``bits`` bits each, least significant first, into bytes."""
    levels = np.asarray(levels, dtype=np.uint8)
    if levels.size and int(levels.max()) >> bits:
        raise ValueError(f"a level of {int(levels.max())} does not fit {bits} bits")
    stream = np.unpackbits(levels[:, None], axis=1, bitorder="little")[:, :bits].reshape(-1)
    return np.packbits(stream, bitorder="little").tobytes()


def unpack_levels(data, bits, n):
    """The first ``n`` levels of a packed frame."""
    stream = np.unpackbits(np.frombuffer(bytes(data), np.uint8), bitorder="little")[:n * bits]
    return np.packbits(stream.reshape(n, bits), axis=1, bitorder="little")[:, 0]


def encode_classify(image):
    """``'C'``: one frame of raw pixels."""
    flat = frame_bytes(image)
    return struct.pack("<BH", CMD_CLASSIFY, len(flat)) + flat.tobytes()


def encode_packed(image, thresholds):
    """``'P'``: one frame of packed levels."""
    bits = level_bits(np.asarray(thresholds).shape[1])
    data = pack_levels(pixel_levels(image, thresholds), bits)
    return struct.pack("<BH", CMD_PACKED, len(data)) + data


def _literal_bytes(count, bits):
    return -(-count * bits // 8)


def compress_levels(levels, bits):
    """The shortest ``'Z'`` token stream for ``levels`` (``bits`` bits each): a dynamic
    programme over the frame, each position ending a zero run or a literal of 1 to
    :data:`RUN_MAX` levels (about 4 ms for 784 levels)."""
    levels = np.asarray(levels, dtype=np.uint8).reshape(-1)
    if levels.size and int(levels.max()) >> bits:
        raise ValueError(f"a level of {int(levels.max())} does not fit {bits} bits")
    n = len(levels)
    zeros = [0] * (n + 1)          # zeros[i]: length of the zero run starting at i
    for i in range(n - 1, -1, -1):
        zeros[i] = zeros[i + 1] + 1 if levels[i] == 0 else 0
    literal = [1 + _literal_bytes(k, bits) for k in range(RUN_MAX + 1)]
    cost, choice = [0] * (n + 1), [None] * (n + 1)
    for i in range(n - 1, -1, -1):
        best = None
        # ties go to zero runs, the longest, then to the shortest literal
        for k in range(min(zeros[i], RUN_MAX), 0, -1):
            c = 1 + cost[i + k]
            if best is None or c < best[0]:
                best = (c, 0, k)
        for k in range(1, min(RUN_MAX, n - i) + 1):
            c = literal[k] + cost[i + k]
            if best is None or c < best[0]:
                best = (c, TOKEN_LITERAL, k)
        cost[i], choice[i] = best[0], best[1:]
    out, i = bytearray(), 0
    while i < n:
        kind, k = choice[i]
        out.append(kind | (k - 1))
        if kind:
            out += pack_levels(levels[i:i + k], bits)
        i += k
    return bytes(out)


class FrameError(ValueError):
    """A ``'Z'`` token stream that breaks the rules; ``byte`` is the offset of the token
    the board refuses (it answers error 4)."""

    def __init__(self, byte, message):
        super().__init__(f"byte {byte}: {message}")
        self.byte = byte


def decompress_levels(data, bits, n):
    """The ``n`` levels a ``'Z'`` token stream stands for. Each token is checked as the
    board checks it, against the levels and bytes still to come; :class:`FrameError`
    names the first it refuses."""
    data, out, i = bytes(data), [], 0
    if not data:
        raise FrameError(0, "a compressed frame has at least one token")
    while i < len(data):
        token, left, after = data[i], n - len(out), len(data) - i - 1
        count = (token & 0x1F) + 1
        width = _literal_bytes(count, bits) if token & TOKEN_LITERAL else 0
        if token & 0x60:
            raise FrameError(i, f"token 0x{token:02x} has a reserved bit set")
        if count > left:
            raise FrameError(i, f"a token of {count} levels runs past the frame's end ({left} levels left)")
        if width > after:
            raise FrameError(i, f"a literal of {count} levels needs {width} bytes, {after} follow")
        if count == left and after > width:
            raise FrameError(i, f"the frame's {n} levels end {after - width} bytes before its last byte")
        if count < left and after == width:
            raise FrameError(i, f"the frame's last byte leaves it {left - count} levels short")
        out += unpack_levels(data[i + 1:i + 1 + width], bits, count).tolist() if width else [0] * count
        i += 1 + width
    return np.array(out, dtype=np.uint8)


def encode_compressed(image, thresholds):
    """``'Z'``: one frame of run-length coded levels."""
    bits = level_bits(np.asarray(thresholds).shape[1])
    data = compress_levels(pixel_levels(image, thresholds), bits)
    if len(data) >= 1 << 16:
        raise ValueError(f"a compressed frame of {len(data):,} bytes does not fit the link's 16-bit length")
    return struct.pack("<BH", CMD_COMPRESSED, len(data)) + data


def encode_frame(image, thresholds):
    """The shorter of ``'P'`` and ``'Z'`` for ``image`` (``'P'`` on a tie)."""
    packed, compressed = encode_packed(image, thresholds), encode_compressed(image, thresholds)
    return compressed if len(compressed) < len(packed) else packed


def result_length(n_classes):
    """Bytes of an ``'R'`` record."""
    return 2 + 2 * n_classes + 4 * len(COUNTERS)


def encode_result(record, n_classes):
    """The ``'R'`` record of ``record`` (``cls``, ``counts`` and the counters)."""
    return struct.pack(f"<BB{n_classes}H{len(COUNTERS)}I", RESP_RESULT, record["cls"], *record["counts"],
                       *(record[k] for k in COUNTERS))


def decode_result(data, n_classes):
    """``{"cls", "counts", <counters>}`` from an ``'R'`` record; ValueError if it is not one."""
    if len(data) != result_length(n_classes) or data[0] != RESP_RESULT:
        raise ValueError(f"not a result: {bytes(data[:8]).hex()}... ({len(data)} bytes)")
    counts = list(struct.unpack_from(f"<{n_classes}H", data, 2))
    ctr = struct.unpack_from(f"<{len(COUNTERS)}I", data, 2 + 2 * n_classes)
    return {"cls": data[1], "counts": counts, **dict(zip(COUNTERS, ctr))}


def decode_payload(value, fields, n_classes):
    """The same dict from the array's result payload as an integer, given the payload's
    field offsets and widths (``{"count0": (offset, width), ..., "cls": ..., <counters>}``,
    :func:`codegen.emit.result_fields`)."""
    def get(name):
        offset, width = fields[name]
        return (int(value) >> offset) & ((1 << width) - 1)
    return {"counts": [get(f"count{k}") for k in range(n_classes)], "cls": get("cls"),
            **{k: get(k) for k in COUNTERS}}
