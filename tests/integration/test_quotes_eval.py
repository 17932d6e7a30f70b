"""`tacitus eval` on a quotes-and-claims gold file: quote, speaker and claim figures, no events."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tacitus.cli import app

RECORDS = [
    {"id": "r1", "date": "2021-08-17", "events": [],
     "text": "“We will deliver the aid before winter,” French Foreign Minister Jean-Yves Le Drian"
             " told reporters. Pakistan urged the Taliban to let Afghans leave.",
     "quotes": [{"speaker": "FRA", "text": "We will deliver the aid before winter"}],
     "claims": [{"kind": "commitment", "actor": "FRA", "text": "deliver the aid before winter"},
                {"kind": "appeal", "actor": "PAK", "addressee": "TAL",
                 "text": "let Afghans leave"},
                {"kind": "offer", "actor": "PAK", "text": "host the talks"}]},
]


def test_quotes_gold_scores_quotes_and_claims(tmp_path: Path) -> None:
    gold = tmp_path / "quotes.jsonl"
    gold.write_text("".join(json.dumps(record) + "\n" for record in RECORDS), encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, ["eval", str(gold), "--format", "tacitus", "--json",
                                      "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    figures = answer["figures"]
    assert "root_f1" not in figures
    assert figures["quote_text_recall"] == 1.0
    assert figures["claim_recall"] == round(2 / 3, 4)
    assert figures["claim_precision"] == 1.0
    assert figures["speaker_accuracy"] == 1.0
    (entry,) = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert entry["expected"] == "offer PAK: host the talks"
