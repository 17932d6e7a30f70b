"""Events, not reports: the relations corpus merges into exactly its real-world events.

The corpus (``data/relations_corpus/articles.jsonl``) holds 21 short articles written for this test:
three real-world events reported by five or six outlets each in different words (Wang Yi receiving
a Taliban delegation in Tianjin, Blinken meeting Qureshi in New York, the bombing of the Mariupol
theatre), and two similar events that must stay apart from the third (Russian attacks on a bread
queue in Chernihiv the same day and on an aircraft plant near Lviv two days later). Each article's
URL path names the event it reports: that is the truth the merged events are checked against.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from tacitus.cli import app

CORPUS = Path(__file__).resolve().parent / "data" / "relations_corpus" / "articles.jsonl"
TRUTH = {"tianjin": 6, "newyork": 6, "mariupol": 5, "chernihiv": 2, "lviv": 2}

runner = CliRunner()


def ingest(db: Path, source: Path, *extra: str) -> None:
    result = runner.invoke(app, ["ingest", str(source), "--db", str(db), "--quiet", *extra])
    assert result.exit_code == 0, result.output


def events_json(db: Path) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def event_name(event: dict[str, Any]) -> str:
    """The one real-world event all mentions of a merged event come from (by their URLs)."""
    names = {mention["url"].split("/")[3] for mention in event["mentions"]}
    assert len(names) == 1, f"{event['id']} merges reports of {sorted(names)}"
    return names.pop()


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("relations") / "corpus.duckdb"
    ingest(db, CORPUS)
    return db


def test_the_corpus_has_twenty_articles_or_more() -> None:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 20
    assert sum(TRUTH.values()) == len(lines)


def test_each_real_world_event_is_one_event(corpus_db: Path) -> None:
    events = events_json(corpus_db)
    by_name = {event_name(event): event for event in events}
    assert len(events) == len(TRUTH) == len(by_name)
    assert {name: event["num_articles"] for name, event in by_name.items()} == TRUTH
    assert {name: event["num_sources"] for name, event in by_name.items()} == TRUTH
    for event in events:
        assert event["num_mentions"] == len(event["mentions"]) >= event["num_articles"]
        # the evidence shown is the earliest report, and every mention points into its article
        assert event["sentence"] in {mention["sentence"] for mention in event["mentions"]}


def test_the_similar_events_stay_apart(corpus_db: Path) -> None:
    events = {event_name(event): event for event in events_json(corpus_db)}
    violent = [events[name] for name in ("mariupol", "chernihiv", "lviv")]
    assert {event["source"]["code"][:3] for event in violent} == {"RUS"}
    assert len({event["id"] for event in violent}) == 3
    assert events["mariupol"]["date"] == events["chernihiv"]["date"] == "2022-03-16"


def test_ids_do_not_depend_on_ingestion_order_or_batches(corpus_db: Path,
                                                         tmp_path: Path) -> None:
    reversed_corpus = tmp_path / "reversed.jsonl"
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    reversed_corpus.write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    db = tmp_path / "reversed.duckdb"
    ingest(db, reversed_corpus, "--batch-size", "1")
    expected = {event["id"]: event["num_mentions"] for event in events_json(corpus_db)}
    assert {event["id"]: event["num_mentions"] for event in events_json(db)} == expected


def test_ingesting_again_changes_nothing(corpus_db: Path) -> None:
    before = events_json(corpus_db)
    ingest(corpus_db, CORPUS)
    assert events_json(corpus_db) == before


def _sql(db: Path, query: str, params: list[Any]) -> list[tuple[Any, ...]]:
    connection = duckdb.connect(str(db), read_only=True)
    try:
        return connection.execute(query, params).fetchall()
    finally:
        connection.close()


@pytest.mark.parametrize(("first", "second", "by"),
                         [("CHN", "TAL", "month"), ("RUS", None, "day"), ("USA", "PAK", "week")])
def test_relations_agree_with_sql(corpus_db: Path, first: str, second: str | None,
                                  by: str) -> None:
    args = ["relations", first, *([second] if second else []), "--db", str(corpus_db),
            "--by", by, "--format", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    other = second or ""
    rows = _sql(corpus_db, """
        SELECT quad_class, count(*), sum(goldstein) FROM events
        WHERE date IS NOT NULL AND (
            (starts_with(source_code, ?) AND starts_with(coalesce(target_code, ''), ?))
            OR (starts_with(coalesce(target_code, ''), ?) AND starts_with(source_code, ?)))
        GROUP BY quad_class""", [first, other, first, other])
    quads = {int(quad): int(count) for quad, count, _ in rows}
    total = answer["total"]
    assert total["events"] == sum(quads.values()) > 0
    assert [total[name] for name in ("verbal_cooperation", "material_cooperation",
                                     "verbal_conflict", "material_conflict")] == [
        quads.get(quad, 0) for quad in (1, 2, 3, 4)]
    assert total["goldstein_sum"] == pytest.approx(sum(float(row[2]) for row in rows))
    assert sum(point["events"] for point in answer["series"]) == total["events"]


def test_table_output_of_relations_and_profile(corpus_db: Path) -> None:
    for args in (["relations", "RUS", "UKR"], ["profile", "CHN"]):
        result = runner.invoke(app, [*args, "--db", str(corpus_db)])
        assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["relations", "RUS", "--db", str(corpus_db), "--by", "year"])
    assert result.exit_code != 0


@pytest.mark.parametrize("code", ["RUS", "CHN", "TAL", "USAGOV"])
def test_profile_agrees_with_sql(corpus_db: Path, code: str) -> None:
    result = runner.invoke(app, ["profile", code, "--db", str(corpus_db), "--format", "json"])
    assert result.exit_code == 0, result.output
    profile = json.loads(result.stdout)
    rows = _sql(corpus_db, """
        SELECT CASE WHEN starts_with(source_code, ?) THEN target_code ELSE source_code END,
               quad_class FROM events
        WHERE date IS NOT NULL AND (starts_with(source_code, ?) OR starts_with(target_code, ?))
        """, [code, code, code])
    assert profile["events"] == len(rows) > 0
    # the actor's own sectors are no counterparts (USAGOV meeting USAGOVMIL)
    others = [(other, quad) for other, quad in rows if other and not other.startswith(code)]
    cooperative = Counter(other for other, quad in others if quad <= 2)
    conflictual = Counter(other for other, quad in others if quad >= 3)
    assert {item["code"]: item["cooperative"] for item in profile["partners"]} == cooperative
    assert {item["code"]: item["conflictual"] for item in profile["adversaries"]} == conflictual
    assert sum(point["events"] for point in profile["trend"]) == len(rows)
    for event in profile["notable_events"]:
        assert event["sentence"] and event["num_mentions"] >= 1


def test_exports_are_readable(corpus_db: Path, tmp_path: Path) -> None:
    outputs = {}
    for output_format in ("gdelt", "gdelt-mentions", "parquet", "jsonl"):
        out = tmp_path / f"export.{output_format}"
        result = runner.invoke(app, ["export", "--db", str(corpus_db), "--format",
                                     output_format, "--out", str(out)])
        assert result.exit_code == 0, result.output
        outputs[output_format] = out
    events = events_json(corpus_db)
    gdelt = [line.split("\t") for line in outputs["gdelt"].read_text().splitlines()]
    assert len(gdelt) == len(events) and {len(row) for row in gdelt} == {61}
    assert {row[0]: int(row[31]) for row in gdelt} == {
        event["id"]: event["num_mentions"] for event in events}
    mentions = [line.split("\t") for line in outputs["gdelt-mentions"].read_text().splitlines()]
    assert {len(row) for row in mentions} == {16}
    assert len(mentions) == sum(event["num_mentions"] for event in events)
    connection = duckdb.connect()
    try:
        parquet = connection.execute(
            "SELECT id, num_mentions, num_sources FROM read_parquet(?) ORDER BY id",
            [str(outputs["parquet"])]).fetchall()
    finally:
        connection.close()
    assert parquet == sorted((event["id"], event["num_mentions"], event["num_sources"])
                             for event in events)
    lines = outputs["jsonl"].read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == events


def test_export_to_a_missing_folder_fails(corpus_db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(corpus_db), "--format", "gdelt",
                                 "--out", str(tmp_path / "nowhere" / "x.tsv")])
    assert result.exit_code == 2
    assert "no folder" in " ".join(result.output.split())
