"""`tacitus track` and `tacitus claims --actor` on a database ingested from two dated articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.cli import app

PROMISES = ("Iran pledges release\n2021-01-10\n\nIran pledged to release the detained sailors. "
            "Russia promised not to attack Ukraine.\n")
LATER = ("Iran frees sailors\n2021-02-03\n\n"
         "Iran released the detained British sailors on Wednesday. "
         "Russian forces attacked the Ukrainian city of Kharkiv.\n")


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("track")
    (folder / "a.txt").write_text(PROMISES, encoding="utf-8")
    (folder / "b.txt").write_text(LATER, encoding="utf-8")
    db = folder / "track.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--offline"])
    assert result.exit_code == 0, result.output
    return db


def track(db: Path, code: str) -> dict[str, object]:
    result = CliRunner().invoke(app, ["track", code, "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    answer: dict[str, object] = json.loads(result.output)
    return answer


def test_a_kept_promise_shows_its_evidence(database: Path) -> None:
    record = track(database, "IRN")
    (made,) = record["made"]  # type: ignore[misc]
    assert (made["kind"], made["status"]) == ("commitment", "kept")
    (link,) = made["events"]
    assert link["sentence"] == "Iran released the detained British sailors on Wednesday."
    assert link["date"] == "2021-02-03"


def test_a_promise_not_to_attack_followed_by_an_attack_is_broken(database: Path) -> None:
    record = track(database, "RUS")
    (made,) = record["made"]  # type: ignore[misc]
    assert made["status"] == "broken"
    assert made["events"][0]["sentence"].startswith("Russian forces attacked")


def test_an_actor_without_claims_has_an_empty_record(database: Path) -> None:
    assert track(database, "CHN") == {"code": "CHN", "made": [], "addressed": []}


def test_track_table_and_claims_by_actor(database: Path) -> None:
    table = CliRunner().invoke(app, ["track", "irn", "--db", str(database)])
    assert table.exit_code == 0, table.output
    assert "kept" in table.output and "evidence" in table.output
    claims = CliRunner().invoke(app, ["claims", "--actor", "rus", "--db", str(database),
                                      "--format", "json"])
    assert claims.exit_code == 0, claims.output
    assert [claim["actor"]["code"] for claim in json.loads(claims.output)] == ["RUS"]


def test_track_refuses_a_missing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["track", "IRN", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
