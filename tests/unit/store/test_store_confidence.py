"""``min_confidence``: events below it are left out of reads and exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from store_factories import CHN, build_coded

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.errors import StoreError
from tacitus.model import Actor, CodedArticle
from tacitus.store import Store, browse, open_store

RUS = Actor("RUSGOV", "Sergey Lavrov", "person", "RUS")


def _with_confidence(coded: CodedArticle, confidence: float) -> CodedArticle:
    return replace(coded, events=tuple(replace(event, confidence=confidence)
                                       for event in coded.events))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with open_store(tmp_path_factory.mktemp("confidence") / "c.duckdb") as opened:
        opened.write_article(_with_confidence(build_coded("Sure: Blinken met Qureshi here."),
                                              0.9))
        opened.write_article(_with_confidence(
            build_coded("Unsure: Lavrov met Wang Yi in Moscow.", source=RUS, target=CHN,
                        cameo="036"), 0.3))
        yield opened


@pytest.mark.parametrize(("least", "count"), [(None, 2), (0.0, 2), (0.3, 2), (0.5, 1), (0.95, 0)])
def test_events_keep_those_of_at_least_min_confidence(store: Store, least: float | None,
                                                      count: int) -> None:
    rows = store.events(min_confidence=least)
    assert len(rows) == count
    assert all(row["confidence"] >= (least or 0.0) for row in rows)
    assert len(store.events(min_confidence=least, with_reports=True)) == count


@pytest.mark.parametrize("output_format", ["jsonl", "gdelt", "gdelt-mentions", "parquet"])
def test_exports_keep_those_of_at_least_min_confidence(store: Store, tmp_path: Path,
                                                       output_format: str) -> None:
    kb = load_knowledge_base()
    out = tmp_path / "all.out"
    assert store.export(output_format, out, kb=kb) == 2
    assert store.export(output_format, out, kb=kb, min_confidence=0.5) == 1
    if output_format == "jsonl":
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [row["confidence"] for row in rows] == [0.9]


def test_an_export_refuses_a_confidence_outside_zero_to_one(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="min_confidence"):
        store.export("jsonl", tmp_path / "x.jsonl", kb=load_knowledge_base(), min_confidence=1.5)


def test_the_event_page_filter_keeps_confident_events(store: Store) -> None:
    total, rows = store._read(browse.select_event_page,
                              selection=browse.EventFilter(min_confidence=0.5), limit=10, offset=0)
    assert total == 1
    assert [row["confidence"] for row in rows] == [0.9]
