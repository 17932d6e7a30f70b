"""An event whose doer is unnamed goes through ingest, the store and the CLI with an empty source
code and its target (the issue's requirement: coded, not dropped)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.cli import app

runner = CliRunner()
# long enough for the language check to read it as English
RECORD = {"text": "Three Nigerian schoolgirls were kidnapped in Kaduna on Sunday. The school "
                  "had been closed for two weeks before the term started again.",
          "date": "2023-04-02", "url": "https://example.org/kaduna/1"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("unnamed")
    source = folder / "articles.jsonl"
    source.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    path = folder / "t.duckdb"
    result = runner.invoke(app, ["ingest", str(source), "--db", str(path), "--quiet"])
    assert result.exit_code == 0, result.output
    return path


def _unnamed(db: Path) -> list[dict[str, object]]:
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    events: list[dict[str, object]] = json.loads(result.stdout)
    return [event for event in events
            if isinstance(event["source"], dict) and event["source"]["code"] == ""]


def test_the_kidnapping_is_stored_with_an_empty_source_and_its_target(db: Path) -> None:
    [event] = _unnamed(db)
    assert str(event["cameo"]).startswith("18")
    assert isinstance(event["target"], dict)
    assert str(event["target"]["code"]).startswith("NGA")
    assert event["source"] == {"code": "", "name": "", "kind": "unknown", "country": None,
                               "roles": []}


@pytest.mark.parametrize("output_format", ["table", "csv"])
def test_other_forms_show_it_too(db: Path, output_format: str) -> None:
    result = runner.invoke(app, ["events", "--db", str(db), "--format", output_format])
    assert result.exit_code == 0, result.output
    assert "kidnapped" in result.stdout.replace("\n", " ")


def test_relations_count_it_for_the_target_country(db: Path) -> None:
    result = runner.invoke(app, ["relations", "NGA", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["total"]["events"] >= 1
