"""Parquet partitions carry coded articles and failures back in their order, queryable in place."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb

from tacitus.model import Actor, Article, CodedArticle, Event, Evidence, IngestOutcome
from tacitus.runners.partitions import partition_bytes, read_partition, write_partition


def coded_article(number: int, *, events: int) -> CodedArticle:
    article = Article(id=f"art_{number}", title=f"Story {number}", text="Text.",
                      content_hash=f"hash{number}", origin=f"page{number}.html",
                      date=date(2024, 5, number + 1))
    evidence = Evidence(article_id=article.id, sentence_index=0, sentence="Text.", start=0, end=5)
    source = Actor(code="USA", name="United States", kind="state", country="USA")
    found = tuple(Event(id=f"evt_{number}_{index}", source=source, target=None, cameo="010",
                        cameo_name="Make statement", plover="CONSULT", plover_mode="",
                        goldstein=0.0, quad_class=1, date=article.date, evidence=evidence,
                        trigger="said", trigger_start=0, trigger_end=4, confidence=0.5)
                  for index in range(events))
    return CodedArticle(article=article, events=found)


def test_runners_partition_round_trip_keeps_order(tmp_path: Path) -> None:
    coded = [coded_article(number, events=number) for number in (3, 1, 2)]
    failures = [IngestOutcome(origin="bad.html", status="failed", reason="coding-error: boom")]
    path = tmp_path / "run" / "part-00000.parquet"
    write_partition(partition_bytes(coded, failures), path)
    partition = read_partition(path)
    assert partition.coded == tuple(coded)
    assert partition.failures == tuple(failures)


def test_runners_partition_is_queryable_in_place(tmp_path: Path) -> None:
    path = tmp_path / "part-00000.parquet"
    write_partition(partition_bytes([coded_article(1, events=2), coded_article(2, events=0)], []),
                    path)
    rows = duckdb.sql(f"SELECT article_id, events FROM read_parquet('{path}') "
                      "ORDER BY position").fetchall()
    assert rows == [("art_1", 2), ("art_2", 0)]


def test_runners_empty_partition(tmp_path: Path) -> None:
    path = tmp_path / "part-00000.parquet"
    write_partition(partition_bytes([], []), path)
    assert read_partition(path).coded == ()
