"""cocotb testbench of the board top (:class:`hw.board_top.BoardTop`): real images sent
over the UART line in the host-link protocol (:mod:`toepcore.protocol`, the client's own
encoder and decoder), raw and packed frames, one at a time and pipelined; answers checked
bit-exact against the reference model, and the error paths (bad command, bad length, a
stalled frame, zero and oversized lengths, cut-off headers, 'W' edge cases, seeded random
byte streams) checked to answer as the protocol says and leave the design running.

The job (JSON named by ``TOEPCORE_TB_JOB``): images, expected class counts and counters,
``divisor`` (clock cycles per bit), ``timeout_cycles``, ``n_classes``, ``pixels``,
``fingerprint``, ``thresholds`` (the encoder's), ``fuzz_seed`` and ``fuzz_streams`` (random
streams) and where to write results. Python runs
once per UART bit.
"""

import json
import os

import cocotb
import numpy as np
from cocotb.clock import Clock
from cocotb.triggers import ClockCycles, FallingEdge, SimTimeoutError, with_timeout

from toepcore import protocol as hostlink


class UartDriver:
    """Drives 8N1 bytes onto the design's ``rx`` line."""

    def __init__(self, line, clk, divisor):
        self.line, self.clk, self.divisor = line, clk, divisor
        self.line.value = 1

    async def send(self, data, stop=1):
        """8N1 bytes; ``stop=0`` sends each with a low stop bit (a framing error), then a
        bit time of idle so the next start bit can be seen."""
        for byte in bytes(data):
            for bit in [0] + [(byte >> i) & 1 for i in range(8)] + [stop]:
                self.line.value = bit
                await ClockCycles(self.clk, self.divisor)
            if not stop:
                self.line.value = 1
                await ClockCycles(self.clk, 2 * self.divisor)


class UartMonitor:
    """Receives 8N1 bytes from the design's ``tx`` line, sampling each bit in its middle."""

    def __init__(self, line, clk, divisor):
        self.line, self.clk, self.divisor = line, clk, divisor

    async def byte(self):
        if str(self.line.value) != "0":
            await FallingEdge(self.line)
        await ClockCycles(self.clk, self.divisor + self.divisor // 2)
        value = 0
        for i in range(8):
            value |= (1 if str(self.line.value) == "1" else 0) << i
            await ClockCycles(self.clk, self.divisor)
        assert str(self.line.value) == "1", "stop bit is not 1"
        return value

    async def recv(self, n):
        return bytes([await self.byte() for _ in range(n)])

    async def drain(self, quiet_cycles):
        """Every byte the design sends until ``quiet_cycles`` pass without a start bit."""
        out = bytearray()
        while True:
            if str(self.line.value) != "0":
                try:
                    await with_timeout(FallingEdge(self.line), 10 * quiet_cycles, "ns")
                except SimTimeoutError:
                    return bytes(out)
            out.append(await self.byte())


class BoardTB:
    def __init__(self, dut, job):
        self.dut, self.job = dut, job
        cocotb.start_soon(Clock(dut.clk, 10, unit="ns", impl="gpi").start())
        self.uart = UartDriver(dut.rx, dut.clk, job["divisor"])
        self.mon = UartMonitor(dut.tx, dut.clk, job["divisor"])

    async def reset(self):
        self.dut.rst.value = 1
        await ClockCycles(self.dut.clk, 4)
        self.dut.rst.value = 0
        await ClockCycles(self.dut.clk, 4)

    async def answer(self, kind_length):
        head = await self.mon.recv(1)
        if head[0] == hostlink.RESP_ERROR:
            return head + await self.mon.recv(1)
        return head + await self.mon.recv(kind_length - 1)

    async def result(self):
        data = await self.answer(hostlink.result_length(self.job["n_classes"]))
        return hostlink.decode_result(data, self.job["n_classes"])

    async def classify(self, image, packed=False):
        frame = hostlink.encode_packed(image, self.job["thresholds"]) if packed else hostlink.encode_classify(image)
        await self.uart.send(frame)
        return await self.result()

    async def classify_pipelined(self, images):
        """Packed frames sent back to back, at most WINDOW unanswered, as the host client does."""
        frames = [hostlink.encode_packed(image, self.job["thresholds"]) for image in images]
        results = []

        async def sender():
            for k, frame in enumerate(frames):
                while k - len(results) >= hostlink.WINDOW:
                    await ClockCycles(self.dut.clk, self.job["divisor"])
                await self.uart.send(frame)

        cocotb.start_soon(sender())
        for _ in frames:
            results.append(await self.result())
        return results


def _job():
    with open(os.environ["TOEPCORE_TB_JOB"]) as f:
        return json.load(f)


@cocotb.test()
async def identify(dut):
    """'I' answers the version, classes, frame shape, the network's fingerprint and the
    receiver's error counts (a byte with a low stop bit counted as a framing error)."""
    job = _job()
    tb = BoardTB(dut, job)
    await tb.reset()
    await tb.uart.send(bytes([hostlink.CMD_INFO]))
    got = await tb.answer(hostlink.INFO_LENGTH)
    assert got == hostlink.info_bytes(job["n_classes"], job["shape"], job["fingerprint"],
                                      hostlink.level_bits(len(job["thresholds"][0])),
                                      job.get("store_words", 0)), got.hex()
    # a byte with a low stop bit is dropped and counted, and the link works on
    await tb.uart.send(b"I", stop=0)
    await tb.uart.send(b"I")
    got = hostlink.parse_info(await tb.answer(hostlink.INFO_LENGTH))
    assert (got["framing_errors"], got["overruns"]) == (1, 0), got


@cocotb.test()
async def errors_leave_the_design_running(dut):
    """A bad command, a frame of the wrong length and a stalled frame each get an error
    answer; a good frame afterwards is still classified correctly."""
    job = _job()
    tb = BoardTB(dut, job)
    await tb.reset()
    await tb.uart.send(b"X")
    assert await tb.answer(2) == bytes([hostlink.RESP_ERROR, hostlink.ERR_BAD_COMMAND])
    await tb.uart.send(hostlink.encode_classify(np.arange(5, dtype=np.uint8)))
    assert await tb.answer(2) == bytes([hostlink.RESP_ERROR, hostlink.ERR_BAD_LENGTH])
    images = np.load(job["images"])
    await tb.uart.send(hostlink.encode_classify(images[0])[:40])     # the host stops mid-frame
    assert await tb.answer(2) == bytes([hostlink.RESP_ERROR, hostlink.ERR_TIMEOUT])
    await tb.uart.send(hostlink.encode_packed(images[0], job["thresholds"])[:-3])   # a packed frame, cut short
    assert await tb.answer(2) == bytes([hostlink.RESP_ERROR, hostlink.ERR_TIMEOUT])
    await tb.uart.send(bytes([hostlink.CMD_PACKED, 5, 0]) + bytes(5))
    assert await tb.answer(2) == bytes([hostlink.RESP_ERROR, hostlink.ERR_BAD_LENGTH])
    r = await tb.classify(images[0], packed=True)
    assert r["counts"] == job["expected"][0]


@cocotb.test()
async def classify_images(dut):
    """Every image's class counts, class and counters equal the reference model's."""
    job = _job()
    tb = BoardTB(dut, job)
    await tb.reset()
    images = np.load(job["images"])
    results, bad = [], []
    half = len(images) // 2
    for i, image in enumerate(images[:half]):   # one at a time, raw and packed frames in turn
        results.append(await tb.classify(image, packed=bool(i % 2)))
    results += await tb.classify_pipelined(images[half:])
    for i, r in enumerate(results):
        if r["counts"] != job["expected"][i] or r["cls"] != job["classes"][i] or \
                r["input_spikes"] != job["input_spikes"][i]:
            bad.append(i)
    with open(job["results"], "w") as f:
        json.dump({"results": results}, f)
    assert not bad, f"answers differ from the reference model on image(s) {bad[:10]}"


@cocotb.test()
async def malformed_and_random_streams_then_a_real_frame(dut):
    """The link where it breaks: a zero length, an oversized length (its bytes swallowed
    until the timeout), a header cut off, a 'W' of zero words, compressed frames of zero
    length, running past the frame's end and cut off, then seeded random byte
    streams (``fuzz_streams`` of them from ``fuzz_seed``). After each the design answers
    what the protocol says (written out here byte by byte) or, for random bytes, goes
    quiet within its timeout, and then classifies a real packed frame bit-exact."""
    job = _job()
    tb = BoardTB(dut, job)
    await tb.reset()
    images = np.load(job["images"])
    quiet = 3 * job["timeout_cycles"] + 40 * job["divisor"] * 10

    async def recovers(what):
        r = await tb.classify(images[0], packed=True)
        assert r["counts"] == job["expected"][0] and r["cls"] == job["classes"][0], f"after {what}: {r}"

    cases = [
        ("a zero-length packed frame", b"P\x00\x00", b"E\x02"),
        ("a zero-length raw frame", b"C\x00\x00", b"E\x02"),
        ("an oversized length, 12 bytes sent", b"C\xff\xff" + bytes(range(12)), b"E\x03"),
        ("a header cut after one length byte", b"P\x10", b"E\x03"),
        ("a bare command byte", b"C", b"E\x03"),
        ("a 'W' of zero words", b"W\x00\x00\x00\x00", b"E\x02"),
        ("a 'W' cut after its address", b"W\x00\x00", b"E\x03"),
        ("a zero-length compressed frame", b"Z\x00\x00", b"E\x02"),
        # 25 zero runs of 32 levels: the last runs past the 784-level frame's end
        ("a compressed frame that runs past its end", b"Z\x19\x00" + b"\x1f" * 25, b"E\x04"),
        ("a compressed frame cut off", b"Z\x19\x00" + b"\x1f" * 3, b"E\x03"),
    ]
    async def exchange(sent):
        # listen while sending: the design may answer before the last byte is sent
        listening = cocotb.start_soon(tb.mon.drain(quiet))
        await tb.uart.send(sent)
        return await listening

    for what, sent, answer in cases:
        got = await exchange(sent)
        assert got == answer, f"{what}: answered {got.hex()} (expected {answer.hex()})"
        await recovers(what)
    rng = np.random.default_rng(job.get("fuzz_seed", 0))
    for k in range(job.get("fuzz_streams", 0)):
        stream = rng.integers(0, 256, size=int(rng.integers(1, 48)), dtype=np.uint8)
        # a random 'W' would rewrite generators the reference model expects unchanged
        stream[stream == hostlink.CMD_WEIGHTS] = ord("X")
        got = await exchange(stream.tobytes())
        # every answer the design gives is a whole one: info, error code, or result
        i = 0
        while i < len(got):
            size = {hostlink.RESP_ERROR: 2, hostlink.RESP_INFO: hostlink.INFO_LENGTH,
                    hostlink.RESP_RESULT: hostlink.result_length(job["n_classes"])}.get(got[i])
            assert size is not None and i + size <= len(got), f"stream {k} ({stream.tobytes().hex()}): {got.hex()}"
            i += size
        await recovers(f"random stream {k} ({stream.tobytes().hex()})")
