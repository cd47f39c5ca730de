"""Board profiles: what a target offers and how the code generator uses it.

``sim`` simulates the design (Verilator or Icarus) with no resource limit. ``icebreaker``
(Lattice iCE40UP5K) and ``ulx3s`` (Lattice ECP5-85F) build bitstreams with the open
toolchain (YoWASP yosys and nextpnr) on their amaranth-boards platforms; the design sits
behind the board's USB UART (:mod:`codegen.hostlink`).
"""

from dataclasses import dataclass, field

from .ecp5 import ECP5
from .ice40 import ICE40
from .simulator import SIMULATOR

__all__ = ["Board", "BOARDS", "TARGETS", "get_board", "with_clock", "link_clocks", "LinkClock", "RESOURCE_NAMES"]

#: Every target, by FPGA family.
TARGETS = {t.name: t for t in (ICE40, ECP5, SIMULATOR)}

# Resource kinds of a budget, as reported by yosys and nextpnr.
RESOURCE_NAMES = {
    "LUT": "4-input LUTs", "FF": "flip-flops", "BRAM": "block RAMs", "SPRAM": "SPRAM blocks", "DSP": "DSP blocks",
}


@dataclass(frozen=True)
class Board:
    """A target for ``python -m codegen build``.

    Attributes
    ----------
    name, description : str
    lanes : int or None
        Neuron updates per cycle of every core (area against speed); None: the planner
        searches it (:func:`codegen.planner.plan_array`).
    parallel : bool or None
        The physical cores of a layer (its filter blocks) work at the same time, each
        with its own potential memory; otherwise they take turns and share one (speed
        against block RAM). None: the planner chooses from the budget
        (:func:`codegen.planner.plan_array`).
    clock_mhz : float or None
        Clock the design runs at (None: simulation only): the oscillator's, or a PLL's
        output (:func:`with_clock`).
    oscillator_mhz : float or None
        The board's oscillator (default: ``clock_mhz``).
    family : str or None
        FPGA family for yosys (``synth_<family>``) and nextpnr: ``ice40`` or ``ecp5``.
    device : str or None
        The part, for messages.
    resources : dict
        The budget, by kind (see ``RESOURCE_NAMES``): how many the part has.
    bram_bits : int
        Bits of one block RAM (iCE40 EBR: 4 kbit; ECP5 DP16KD: 18 kbit).
    spram : bool
        Keep the array's event lists in SPRAM (iCE40UP5K), leaving block RAM to the cores.
    uart_bridge : str
        The USB-UART bridge between the host and the FPGA, for messages and docs.
    uart_rates : tuple of int
        Baud rates the bridge generates exactly, fastest first. The link runs at the
        fastest one the design clock divides to within :data:`UART_TOLERANCE` with at
        least 4 cycles per bit (:attr:`baud`, :attr:`uart_divisor`).
    platform : str or None
        ``module:Class`` of the amaranth-boards platform.
    clock_ceiling_mhz : float or None
        The fastest design clock a build chooses by itself (:func:`link_clocks`): below the
        fmax the shipped networks' builds reach on this board, so the first choice meets
        timing as a rule (None: the oscillator only).
    utilisation_limit : float
        Largest LUT fraction the planner accepts (routing needs room). The iCEBreaker's is
        0.90: every plan of the current array for the default network needs more than 85%
        of its 5,280 LUTs (cores shared across layers would bring it down), and 88% has
        been seen to route and meet timing.
    """
    name: str
    description: str
    lanes: int | None = 8
    parallel: bool | None = None
    clock_mhz: float | None = None
    oscillator_mhz: float | None = None
    family: str | None = None
    device: str | None = None
    resources: dict = field(default_factory=dict)
    bram_bits: int = 0
    spram: bool = False
    uart_bridge: str = ""
    uart_rates: tuple = (115200,)
    platform: str | None = None
    clock_ceiling_mhz: float | None = None
    utilisation_limit: float = 0.85

    @property
    def is_fpga(self):
        return self.platform is not None

    @property
    def target(self):
        """The FPGA family's :class:`boards.target.FpgaTarget` (the simulator's for ``sim``)."""
        return TARGETS[self.family or "sim"]

    def make_platform(self):
        """The amaranth-boards platform instance (imports amaranth-boards)."""
        import importlib
        module, cls = self.platform.split(":")
        return getattr(importlib.import_module(module), cls)()

    @property
    def oscillator(self):
        return self.oscillator_mhz or self.clock_mhz

    @property
    def uses_pll(self):
        return self.clock_mhz is not None and abs(self.clock_mhz - self.oscillator) > 1e-9

    @property
    def baud(self):
        """The host link's nominal rate: the fastest of :attr:`uart_rates` the clock reaches."""
        return self.uart()[0]

    @property
    def uart_divisor(self):
        """Clock cycles per UART bit."""
        return self.uart()[1]

    def uart(self):
        """``(baud, divisor)``: the fastest of :attr:`uart_rates` the clock divides; ValueError
        naming the rates when it divides none."""
        hz = self.clock_mhz * 1e6
        for rate in self.uart_rates:
            divisor = round(hz / rate)
            if divisor >= 4 and abs(hz / divisor - rate) <= UART_TOLERANCE * rate:
                return rate, divisor
        raise ValueError(f"board {self.name!r}: no UART rate of the {self.uart_bridge or 'bridge'} "
                         f"({', '.join(map(str, self.uart_rates))}) within {UART_TOLERANCE:.1%} of a divisor of "
                         f"{self.clock_mhz:g} MHz")


#: Largest relative error between the design's bit time and the bridge's (the receivers
#: sample mid-bit, so a frame tolerates a few percent between the two ends).
UART_TOLERANCE = 0.005
# FTDI bridges derive their rates from 12 MHz (FT2232H) or 3 MHz (FT231X) divided by n + k/8.
_FT2232H_RATES = (3_000_000, 2_000_000, 1_500_000, 1_000_000, 500_000, 230_400, 115_200)
_FT231X_RATES = (3_000_000, 2_000_000, 1_500_000, 1_000_000, 921_600, 500_000, 460_800, 230_400, 115_200)


BOARDS = {b.name: b for b in [
    Board("sim", "simulation only: elaborate, emit Verilog and run it in Verilator or Icarus", parallel=True),
    Board("icebreaker", "1BitSquared iCEBreaker: Lattice iCE40UP5K-SG48, 12 MHz, USB UART",
          lanes=None, clock_mhz=12.0, family="ice40", device="iCE40UP5K",
          resources={"LUT": 5280, "FF": 5280, "BRAM": 30, "SPRAM": 4, "DSP": 8}, bram_bits=4096, spram=True,
          utilisation_limit=0.90, uart_bridge="FT2232H", uart_rates=_FT2232H_RATES,
          platform="amaranth_boards.icebreaker:ICEBreakerPlatform"),
    Board("ulx3s", "Radiona ULX3S-85F: Lattice ECP5 LFE5U-85F, 25 MHz, USB UART",
          lanes=None, clock_mhz=25.0, family="ecp5", device="LFE5U-85F",
          resources={"LUT": 83640, "FF": 83640, "BRAM": 208, "DSP": 156}, bram_bits=18432,
          uart_bridge="FT231X", uart_rates=_FT231X_RATES,
          platform="amaranth_boards.ulx3s:ULX3S_85F_Platform",
          # up5k-s4 and mnist-s4 have reached 36.8 to 41.0 MHz in nextpnr (README)
          clock_ceiling_mhz=36.0),
]}


def get_board(name):
    try:
        return BOARDS[name]
    except KeyError:
        raise ValueError(f"unknown board {name!r}; known boards: {', '.join(BOARDS)}") from None


def with_clock(board, mhz):
    """``board`` with its design clocked at ``mhz`` from a PLL (ECP5 boards), or at its
    oscillator when ``mhz`` is the oscillator's. Raises ValueError naming what is wrong."""
    if not board.is_fpga:
        raise ValueError(f"board {board.name!r} has no clock to set")
    osc = board.oscillator
    if abs(mhz - osc) < 1e-9:
        return board
    pll = board.target.pll(osc, mhz)
    if pll is None:
        raise ValueError(f"board {board.name!r}: no {board.family.upper()} PLL setting gives {mhz:g} MHz "
                         f"from {osc:g} MHz")
    from dataclasses import replace
    return replace(board, clock_mhz=round(pll[-1], 4), oscillator_mhz=osc)


@dataclass(frozen=True)
class LinkClock:
    """A design clock a build may choose: ``board`` clocked at it, and why."""
    board: Board
    why: str


def link_clocks(board):
    """The design clocks a build of ``board`` tries, best first, when no clock is given.

    The link's fastest rate needs a clock it divides exactly: the ULX3S's 25 MHz gives the
    FT231X's 3 Mbaud no divisor, so its frames go at 1 Mbaud, a third of what the bridge
    carries. So the build prefers the fastest clock at or below the board's
    :attr:`Board.clock_ceiling_mhz` that the PLL makes and that divides the bridge's
    fastest rate (at least 4 cycles a bit), then the slower such clocks, each a whole
    number of bit times apart (a build that misses timing tries the next), then the
    oscillator.
    """
    if not board.is_fpga:
        return [LinkClock(board, "no clock: simulation only")]
    fastest = board.uart_rates[0]
    osc = board.oscillator
    out = []
    ceiling = board.clock_ceiling_mhz or osc
    divisor = int(ceiling * 1e6 // fastest)
    while divisor >= 4 and divisor * fastest / 1e6 >= osc - 1e-9:
        mhz = divisor * fastest / 1e6
        if abs(mhz - osc) < 1e-9:
            why = f"the {osc:g} MHz oscillator divides the {board.uart_bridge}'s fastest rate, {fastest:,} baud"
            out.append(LinkClock(board, why + f" ({divisor} cycles a bit)"))
        else:
            try:
                clocked = with_clock(board, mhz)
            except ValueError:   # the PLL makes nothing within 0.5% of it
                clocked = None
            if clocked is not None and abs(clocked.clock_mhz - mhz) < 1e-6:
                why = (f"the fastest PLL clock at or below the board's {ceiling:g} MHz ceiling that divides the "
                       f"{board.uart_bridge}'s fastest rate, {fastest:,} baud ({divisor} cycles a bit)")
                if out:
                    why = f"the next slower such clock ({divisor} cycles a bit at {fastest:,} baud)"
                out.append(LinkClock(clocked, why))
        divisor -= 1
    try:
        board.uart()
    except ValueError:   # the oscillator divides none of the rates (a --baud it cannot make)
        return out
    if not any(abs(c.board.clock_mhz - osc) < 1e-9 for c in out):
        why = (f"the {osc:g} MHz oscillator, where the link runs at {board.baud:,} baud" if out else
               f"the {osc:g} MHz oscillator ({board.baud:,} baud): no faster clock up to the board's ceiling "
               f"divides {fastest:,} baud")
        out.append(LinkClock(board, why))
    return out
