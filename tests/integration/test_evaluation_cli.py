"""`tacitus eval` end to end on small hand-written gold files."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tacitus.cli import app

DATA = Path(__file__).resolve().parent.parent / "unit" / "evaluation" / "data"


def test_eval_tacitus_gold_prints_json_and_writes_errors(tmp_path: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, ["eval", str(DATA / "gold_tiny.jsonl"), "--json",
                                      "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["format"] == "tacitus" and report["n"] == 4
    for key in ("root_precision", "root_recall", "root_f1", "full_f1", "quote_recall"):
        assert 0.0 <= report["figures"][key] <= 1.0, key
    lines = [json.loads(line) for line in errors.read_text().splitlines()]
    assert len(lines) == report["errors"]
    assert all({"id", "problem", "expected", "found", "text"} <= set(line) for line in lines)


def test_eval_plv_pair_mode_with_limit() -> None:
    result = CliRunner().invoke(app, ["eval", str(DATA / "plv_tiny.tsv"), "--mode", "pair",
                                      "--limit", "2", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["n"] == 2
    assert set(report["figures"]) == {"pair_accuracy", "pair_macro_f1"}
    assert sum(sum(row.values()) for row in
               report["details"]["confusion (rows gold, columns predicted)"].values()) == 2


def test_eval_prints_a_readable_table() -> None:
    result = CliRunner().invoke(app, ["eval", str(DATA / "petrarch_tiny.xml")])
    assert result.exit_code == 0, result.output
    assert "root-level events: F1" in result.stdout


def test_eval_refuses_a_file_it_cannot_read(tmp_path: Path) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": 1, "text": "x"}\n')
    result = CliRunner().invoke(app, ["eval", str(bad)])
    assert result.exit_code == 2
    assert "events" in result.output
