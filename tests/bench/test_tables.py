"""Generated result tables (bench/tables.py): every marked table in the README and docs is
its data rendered, and the data kept for the deterministic tables is what the bench
commands print today."""

import json
import shutil
import subprocess
import sys

import pytest

from bench import tables
from toepcore.errors import ToepcoreError


def test_every_generated_table_is_its_data():
    found = tables.generated_tables()
    assert {name for _, name, _, _ in found} == set(tables.TABLES)
    stale = [f"{doc}: {name}" for doc, name, now, want in found if now != want]
    assert not stale, f"edited by hand or data changed; python -m bench tables rewrites: {stale}"


def test_kept_memory_data_is_todays_bench_output():
    argv = tables.TABLES["memory"].sources["memory.json"]
    r = subprocess.run([sys.executable, "-m", "bench", *argv], cwd=tables.ROOT, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == json.loads((tables.RESULTS / "memory.json").read_text())


def test_a_hand_edited_table_is_named_and_rewritten(tmp_path, monkeypatch):
    for doc in tables.DOCUMENTS:
        (tmp_path / doc).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(tables.ROOT / doc, tmp_path / doc)
    readme = tmp_path / "README.md"
    text = readme.read_text()
    assert text.count("| 296,624 |") == 1
    readme.write_text(text.replace("| 296,624 |", "| 296,000 |"))
    stale = [(doc, name) for doc, name, now, want in tables.generated_tables(tmp_path) if now != want]
    assert stale == [("README.md", "memory")]
    assert tables.rewrite(tmp_path) == [("README.md", "memory")]
    assert readme.read_text() == text


def test_missing_data_and_unknown_tables_are_named(tmp_path, monkeypatch):
    monkeypatch.setattr(tables, "RESULTS", tmp_path)
    monkeypatch.setattr(tables, "ROOT", tmp_path.parent)
    with pytest.raises(ToepcoreError, match=r"memory.json: missing; python -m bench tables --refresh writes it"):
        tables.render_memory()
    (tmp_path / "memory.json").write_text("{")
    with pytest.raises(ToepcoreError, match=r"memory.json: not JSON"):
        tables.render_memory()
    doc = tmp_path / "README.md"
    doc.write_text("<!-- table: speed -->\n| a |\n<!-- end table -->\n")
    monkeypatch.setattr(tables, "DOCUMENTS", ("README.md",))
    with pytest.raises(ToepcoreError, match=r"README.md: unknown generated table 'speed'; known: memory, lanes"):
        tables.generated_tables(tmp_path)
