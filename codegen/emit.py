"""Elaborate the core array of a mapping and write Verilog and RTLIL, deterministically."""

from pathlib import Path

from amaranth.back import rtlil, verilog

from hw.array import CoreArray
from hw.frame_feeder import SimTop

__all__ = ["TOP", "build_array", "emit", "emit_component", "result_fields", "sim_sources"]

TOP = "toepcore_top"
SPRAM_MODEL = Path(__file__).resolve().parents[1] / "sim" / "sb_spram256ka.v"


def sim_sources(array, verilog):
    """Verilog files a simulator needs for the emitted design: the design, and models of
    the FPGA primitives it instantiates (iCE40 SPRAM)."""
    return [Path(verilog)] + ([SPRAM_MODEL] if array.spram else [])


def build_array(plan, cores="generator", *, preloaded=True):
    """The core array of an array plan (:class:`toepcore.ir.plan.ArrayPlan`); ``preloaded=False``
    for a board top, whose generator store (if the plan has one) is SPRAM loaded over the
    link (:class:`hw.array.CoreArray`)."""
    return CoreArray(plan, cores=cores, preloaded=preloaded)


def result_fields(array):
    """Bit offset and width of every field of the result payload (flattened struct)."""
    layout = array.result.payload.shape()
    fields = {}
    for name, field in layout:
        if name == "counts":
            w = array.count_bits
            fields.update({f"count{k}": (field.offset + k * w, w) for k in range(array.network.n_classes)})
        else:
            fields[name] = (field.offset, field.width)
    return fields


def emit(array, out_dir, *, feeder=True):
    """Write ``toepcore_top.v`` and ``toepcore_top.il`` into ``out_dir``; return their paths.

    With ``feeder`` the top is :class:`hw.frame_feeder.SimTop` (a testbench loads a frame in
    wide words and awaits the result); without, the array itself (pixel stream ports).
    Amaranth's output depends only on the design, so the same network and options give
    the same bytes (tested)."""
    return emit_component(SimTop(array) if feeder else array, out_dir)


def emit_component(top, out_dir):
    """Write any top component as ``toepcore_top.v`` and ``.il`` into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    v, il = out / f"{TOP}.v", out / f"{TOP}.il"
    v.write_text(verilog.convert(top, name=TOP, emit_src=False))
    il.write_text(rtlil.convert(top, name=TOP, emit_src=False))
    return v, il
