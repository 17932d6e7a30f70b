"""The ``tacitus actors`` commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.cli import app

RUNNER = CliRunner()


@pytest.mark.parametrize(("day", "code"), [("2020-01-01", "PAKGOV"), ("2023-06-01", "PAK")])
def test_lookup_imran_khan(day: str, code: str) -> None:
    result = RUNNER.invoke(app, ["actors", "lookup", "Imran Khan", "--date", day,
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert set(found) == {"code", "name", "country", "types", "how"}
    assert (found["code"], found["country"]) == (code, "PAK")


def test_lookup_a_phrase_through_the_resolver() -> None:
    result = RUNNER.invoke(app, ["actors", "lookup", "US Secretary of State Antony Blinken",
                                 "--date", "2022-03-01"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["code"] == "USAGOV"


def test_lookup_unknown_exits_1() -> None:
    result = RUNNER.invoke(app, ["actors", "lookup", "Nobody Inparticular"])
    assert result.exit_code == 1


def test_lookup_bad_date_exits_2() -> None:
    result = RUNNER.invoke(app, ["actors", "lookup", "Imran Khan", "--date", "2020-13-01"])
    assert result.exit_code == 2


@pytest.mark.parametrize(("kind", "minimum"), [("group", 25), ("office", 600), ("country", 190)])
def test_list_json(kind: str, minimum: int) -> None:
    result = RUNNER.invoke(app, ["actors", "list", "--kind", kind, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert len(rows) >= minimum and {row["kind"] for row in rows} == {kind}


def test_list_table() -> None:
    result = RUNNER.invoke(app, ["actors", "list", "--kind", "group"])
    assert result.exit_code == 0 and "Taliban" in result.output


def test_import_phoenix_then_lookup(tmp_path: Path) -> None:
    source = tmp_path / "mine.actors.txt"
    source.write_text("ZORGON_THE_GREAT_\n\t[PAKGOV >20240101]\n\t[PAKREB]\n", encoding="utf-8")
    out = tmp_path / "layer"
    result = RUNNER.invoke(app, ["actors", "import-phoenix", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 actors" in result.output and (out / "actors.tsv").is_file()
    for day, code in [("2025-01-01", "PAKGOV"), ("2020-01-01", "PAKREB")]:
        result = RUNNER.invoke(app, ["actors", "lookup", "Zorgon the Great", "--date", day,
                                     "--actors", str(out)])
        assert result.exit_code == 0, result.output
        assert json.loads(result.output) == {"code": code, "name": "Zorgon the Great",
                                             "country": "PAK", "types": [code[3:]],
                                             "how": "dictionary"}


def test_import_of_a_missing_file_fails(tmp_path: Path) -> None:
    result = RUNNER.invoke(app, ["actors", "import-phoenix", str(tmp_path / "none.txt"),
                                 "--out", str(tmp_path / "layer")])
    assert result.exit_code == 2
