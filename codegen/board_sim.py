"""A simulated board behind a real serial port: the board top in Verilator, its UART
bridged to a pseudo-terminal (``sim/verilator_uart_pty.cpp``), so the host client talks
to it with pyserial exactly as to a programmed board, at the board's bit time in simulated
clock cycles."""

import os
import signal
import subprocess
from contextlib import contextmanager
from pathlib import Path

from .emit import emit_component, sim_sources
from .native import compile_native

__all__ = ["HARNESS", "compile_board", "simulated_board"]

HARNESS = Path(__file__).resolve().parents[1] / "sim" / "verilator_uart_pty.cpp"


def compile_board(top, build_dir):
    """Emit ``top`` (a :class:`hw.board_top.BoardTop`) and compile it with the pty
    harness; return the executable. About a minute for the default network."""
    build_dir = Path(build_dir)
    verilog, _ = emit_component(top, build_dir)
    return compile_native(sim_sources(top.array, verilog), build_dir / "verilator", driver=HARNESS)


class SimulatedBoard:
    """A running simulated board: ``port`` is the pty path to open; after the context
    ends, ``cycles`` is the board time the link and the design worked."""

    def __init__(self, proc, port):
        self.proc, self.port = proc, port
        self.cycles = self.busy_cycles = None


@contextmanager
def simulated_board(exe, divisor):
    """Start the simulated board; stop it on exit and read its cycle counts."""
    proc = subprocess.Popen([str(exe), str(divisor)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    board = None
    try:
        line = proc.stdout.readline()
        if not line.startswith("pty "):
            proc.kill()
            raise RuntimeError(f"the simulated board did not start: {line}{proc.stderr.read()}")
        board = SimulatedBoard(proc, line.split(None, 1)[1].strip())
        yield board
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGTERM)
        out, _ = proc.communicate(timeout=30)
        words = out.split()
        if board is not None and len(words) >= 4 and words[0] == "cycles":
            board.cycles, board.busy_cycles = int(words[1]), int(words[3])
