"""The UART's share of a board's throughput: bytes on the wire per frame and per answer,
and the images/s the link allows beside the array's.

The link is full duplex and the board pipelines: a packed frame arrives while the array
classifies the previous one and its answer goes out. So a stream of frames runs at the
slowest of a frame's arrival and (classification plus its answer); one frame at a time
pays all three in turn."""

from toepcore import protocol

#: UART bits per byte on the wire: a start bit, 8 data bits, a stop bit.
BITS_PER_BYTE = 10
#: What a ``limited_by`` says, for a person.
LIMITS = {"link": "the link", "array": "the array",
          "window": f"the host's window ({protocol.WINDOW} frames in flight, each waiting for the answer "
                    f"{protocol.WINDOW} frames back)"}


def byte_seconds(board):
    """Seconds one byte takes on ``board``'s UART at its design clock."""
    return BITS_PER_BYTE * board.uart_divisor / (board.clock_mhz * 1e6)


def frame_bytes(network):
    """Bytes of one packed-frame command (``'P'``, its 2-byte length, the packed levels)."""
    c, h, w = network.input_shape
    return 3 + protocol.packed_length(c * h * w, protocol.level_bits(network.encoder.planes))


def sent_bytes(network, images):
    """Mean bytes of the frames a host sends for ``images``: each the shorter of its packed
    and compressed commands (:func:`toepcore.protocol.encode_frame`)."""
    th = network.encoder.thresholds
    return sum(len(protocol.encode_frame(img, th)) for img in images) / max(1, len(images))


def answer_bytes(network):
    """Bytes of one result answer."""
    return protocol.result_length(network.n_classes)


def store_load_bytes(store):
    """Bytes of loading a generator store image (``'W'`` commands and their one-byte answers)."""
    chunks = range(0, len(store), protocol.STORE_CHUNK)
    return sum(len(protocol.encode_weights(a, store[a:a + protocol.STORE_CHUNK])) + 1 for a in chunks)


def uart_rates(board, network, cycles_per_image, mean_frame_bytes=None):
    """The report's link figures for ``cycles_per_image`` of the array at the board's clock
    and frames of ``mean_frame_bytes`` (default: packed):

    * ``frame_bytes_packed``, ``frame_bytes_mean``: a packed frame's bytes, and the mean
      of those sent;
    * ``images_per_second_at_clock``: the array alone;
    * ``images_per_second_wire``: the link alone (frames in, answers out, at once);
    * ``images_per_second_uart``: frames streamed, the board pipelining (with a result
      register, :attr:`boards.target.FpgaTarget.result_register`, the array need not wait
      for its answer to leave, but a host sends a frame only once the answer two frames
      back has arrived);
    * ``images_per_second_uart_one_at_a_time``;
    * ``limited_by``: what sets the pace: ``"link"`` (a frame's arrival, or an answer's
      departure), ``"array"`` (classifying, and without a result register answering), or
      ``"window"`` (with a result register: a frame waits for the answer two frames back,
      the sum of the three shared by the two frames in flight).
    """
    hz = board.clock_mhz * 1e6
    byte_s = byte_seconds(board)
    packed = frame_bytes(network)
    mean = packed if mean_frame_bytes is None else mean_frame_bytes
    frame_in, answer_out = mean * byte_s, answer_bytes(network) * byte_s
    array_s = cycles_per_image / hz
    return {"frame_bytes_packed": packed, "frame_bytes_mean": round(mean, 1),
            "images_per_second_at_clock": round(hz / cycles_per_image, 1) if cycles_per_image > 0 else None,
            "images_per_second_wire": round(1 / max(frame_in, answer_out), 1),
            "images_per_second_uart": round(1 / _period(board, frame_in, array_s, answer_out)[0], 2),
            "images_per_second_uart_one_at_a_time": round(1 / (frame_in + array_s + answer_out), 2),
            "limited_by": _period(board, frame_in, array_s, answer_out)[1]}


def _period(board, frame_in, array_s, answer_out):
    """``(seconds, limit)``: seconds per image of a stream of frames with
    :data:`toepcore.protocol.WINDOW` (2) in flight, and what sets them."""
    terms = [(frame_in, "link"), (array_s + answer_out, "array")]
    if board.target.result_register:
        terms = [(frame_in, "link"), (array_s, "array"), (answer_out, "link"),
                 ((frame_in + array_s + answer_out) / 2, "window")]
    return max(terms, key=lambda t: t[0])
