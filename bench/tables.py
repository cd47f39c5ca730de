"""``python -m bench tables``: the README's and docs' result tables, rendered from bench
output kept in the repository (``docs/results/*.json``), so a table cannot drift from its
data.

A generated table sits between two markers in a Markdown file::

    <!-- table: memory -->
    | network | ... |
    <!-- end table -->

``python -m bench tables`` rewrites every such table from its data; ``--check`` only
compares and fails naming the tables that differ (``tests/bench/test_tables.py`` runs it).
Each table's data is refreshed with the bench command in :data:`TABLES` (``--refresh``
runs those that take seconds).
"""

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from toepcore.errors import ToepcoreError

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "docs" / "results"
#: Markdown files that may hold generated tables.
DOCUMENTS = ("README.md", "docs/hardware.md", "docs/boards.md", "docs/verification.md")
MARKER = re.compile(r"<!-- table: (?P<name>[\w-]+) -->\n(?P<body>.*?)<!-- end table -->", re.S)
LANE_NETWORKS = ("up5k-s4", "mnist-s4", "mnist-kernel")
#: The memory table's rows (mnist-s4-lean and mnist-dense have mnist-s4's and mnist-kernel's shapes and bits).
MEMORY_NETWORKS = ("up5k-s4", "ice40-s4", "mnist-s4", "mnist-kernel", "truenorth-s4", "truenorth-kernel")


@dataclass(frozen=True)
class Table:
    """A generated table: its data files (under ``docs/results``), the bench command that
    writes each (argv after ``python -m bench``), and the renderer."""
    name: str
    sources: dict
    render: callable


def _load(name):
    path = RESULTS / name
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        raise ToepcoreError(f"{path.relative_to(ROOT)}: missing; python -m bench tables --refresh writes it") from None
    except json.JSONDecodeError as e:
        raise ToepcoreError(f"{path.relative_to(ROOT)}: not JSON ({e})") from None


def _markdown(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def render_memory():
    """Whole networks' weight-memory bits, generators against dense TrueNorth cores."""
    from model import DEFAULT_NETWORK, HARDWARE_NETWORK
    data = _load("memory.json")
    cores = {r["network"]: r["logical_cores"] for r in data["rows"] if r["layer"] == "total"}
    note = {HARDWARE_NETWORK.stem: " (hardware default)", DEFAULT_NETWORK.stem: " (default)"}
    rows = []
    for name in MEMORY_NETWORKS:
        n = data["networks"][name]
        rows.append([f"`{name}`{note.get(name, '')}", f"{cores[name]:,}", f"{n['generator_bits']:,}",
                     f"{n['dense_bits']:,}", f"{n['dense_bits'] / n['generator_bits']:.0f}x"])
    return _markdown(["network", "logical cores", "generator bits", "dense TrueNorth bits", "ratio"], rows)


def render_lanes():
    """Each lane width's floor ratio, one column per network."""
    runs = {n: _load(f"lanes-{n}.json") for n in LANE_NETWORKS}
    widths = [r["lanes"] for r in runs[LANE_NETWORKS[0]]["rows"]]
    by = {n: {r["lanes"]: r["floor_ratio"] for r in run["rows"]} for n, run in runs.items()}
    rows = [[w] + [f"{by[n][w]:.2f}" for n in LANE_NETWORKS] for w in widths]
    return _markdown(["lanes"] + [f"`{n}` floor" for n in LANE_NETWORKS], rows)


def render_frames():
    """Mean bytes per frame of each coding on the host link, per data set."""
    rows = []
    for r in _load("frames.json")["rows"]:
        best = min(r["packed"], r["level_pairs"], r["runs_literals"])

        def mark(v, best=best):
            return f"**{v:,}**" if v == best else f"{v:,}"
        sent = f"{r['sent']:,} ({r['frames_compressed']:,} of {r['images']:,} frames `'Z'`)"
        rows.append([r["data"], r["frame"], mark(r["packed"]), f"{mark(r['level_pairs'])} ({r['level_pairs_ratio']:.2f})",
                     f"{mark(r['runs_literals'])} ({r['runs_literals_ratio']:.2f})", sent])
    return _markdown(["data", "frame", "packed (`'P'`)", "level pairs", "zero runs and packed literals (`'Z'`)",
                      "sent: the shorter"], rows)


TABLES = {t.name: t for t in (
    Table("memory", {"memory.json": ["memory", "--json", "--quiet", "--plot", ""]}, render_memory),
    Table("lanes", {f"lanes-{n}.json": ["lanes", "--network", f"model/networks/{n}.npz", "--json", "--quiet"]
                    for n in LANE_NETWORKS}, render_lanes),
    Table("frames", {"frames.json": ["frames", "--json", "--quiet"]}, render_frames),
)}


def generated_tables(root=ROOT):
    """``(document, name, text now, text rendered)`` for every marked table."""
    out = []
    for doc in DOCUMENTS:
        text = (root / doc).read_text()
        for m in MARKER.finditer(text):
            if m["name"] not in TABLES:
                raise ToepcoreError(f"{doc}: unknown generated table {m['name']!r}; known: {', '.join(TABLES)}")
            out.append((doc, m["name"], m["body"], TABLES[m["name"]].render()))
    return out


def rewrite(root=ROOT):
    """Rewrite every marked table from its data; return the ``(document, name)`` pairs that changed."""
    changed = []
    for doc in DOCUMENTS:
        path = root / doc
        text = path.read_text()

        def fill(m, doc=doc):
            body = TABLES[m["name"]].render()
            if body != m["body"]:
                changed.append((doc, m["name"]))
            return f"<!-- table: {m['name']} -->\n{body}<!-- end table -->"
        new = MARKER.sub(fill, text)
        if new != text:
            path.write_text(new)
    return changed


def refresh(names):
    """Rerun the bench commands behind ``names`` and keep their JSON."""
    for name in names:
        for file, argv in TABLES[name].sources.items():
            r = subprocess.run([sys.executable, "-m", "bench", *argv], cwd=ROOT, capture_output=True, text=True)
            if r.returncode:
                raise ToepcoreError(f"python -m bench {' '.join(argv)} failed: {r.stderr.strip()[-500:]}")
            (RESULTS / file).write_text(r.stdout)


HELP = "the README's and docs' result tables, rendered from bench output kept in docs/results (--check: compare only)"


def add_arguments(p):
    p.add_argument("--check", action="store_true",
                   help="compare every generated table with its data and fail naming those that differ; write nothing")
    p.add_argument("--refresh", action="store_true",
                   help=f"first rerun the bench commands behind the tables ({', '.join(TABLES)}; seconds each) and keep "
                        "their JSON in docs/results")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument("--quiet", action="store_true", help="no progress bars")


def run(args):
    if args.refresh:
        refresh(list(TABLES))
    found = generated_tables()
    rows = [{"document": doc, "table": name, "state": "as its data" if now == want else "differs"}
            for doc, name, now, want in found]
    stale = [f"{r['document']}: {r['table']}" for r in rows if r["state"] == "differs"]
    if args.check:
        return ("generated tables against their data", rows,
                {"error": f"generated tables differ from their data: {', '.join(stale)} "
                          "(python -m bench tables rewrites them)"} if stale else {})
    rewrite()
    for r in rows:
        r["state"] = "rewritten" if r["state"] == "differs" else r["state"]
    return "generated tables", rows, {}
