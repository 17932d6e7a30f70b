"""Filters, limits and the order of query results."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from store_factories import CHN, PAK, TAL, USA, build_coded

from tacitus.errors import StoreError
from tacitus.model import Actor
from tacitus.store import Store, open_store

RUS = Actor("RUSGOV", "Sergey Lavrov", "person", "RUS")
USA_STATE = Actor("USA", "United States", "state", "USA")
DAYS = {"sep1": date(2021, 9, 1), "sep15": date(2021, 9, 15), "oct1": date(2021, 10, 1)}


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Four articles, written once for every read-only test of this module."""
    with open_store(tmp_path_factory.mktemp("filled") / "filled.duckdb") as store:
        _fill(store)
        yield store


def _fill(store: Store) -> None:
    store.write_article(build_coded("One: Blinken met Qureshi in Washington.", day=DAYS["sep15"],
                                    source=USA, target=PAK))
    store.write_article(build_coded("Two: Lavrov met Wang Yi in Moscow today.", day=DAYS["oct1"],
                                    source=RUS, target=CHN, cameo="036"))
    store.write_article(build_coded("Three: China met the United States here.",
                                    day=DAYS["sep1"], source=CHN, target=USA_STATE))
    store.write_article(build_coded("Four: an undated meeting of the Taliban.", day=None,
                                    source=TAL, target=None))


def _dyads(rows: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(row["source"]["code"], row["target"] and row["target"]["code"])  # type: ignore[index]
            for row in rows]


def test_events_are_ordered_by_date_with_undated_last(filled: Store) -> None:
    assert _dyads(filled.events()) == [("CHN", "USA"), ("USAGOV", "PAKGOV"),
                                       ("RUSGOV", "CHN"), ("TAL", None)]


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("USA", [("CHN", "USA"), ("USAGOV", "PAKGOV")]),
        ("USAGOV", [("USAGOV", "PAKGOV")]),
        ("CHN", [("CHN", "USA"), ("RUSGOV", "CHN")]),
        ("TAL", [("TAL", None)]),
        ("GBR", []),
        ("%", []),
        ("' OR 1=1 --", []),
    ],
)
def test_events_by_actor_code_prefix(filled: Store, actor: str,
                                     expected: list[tuple[str, str | None]]) -> None:
    assert _dyads(filled.events(actor=actor)) == expected


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        (DAYS["sep15"], None, [("USAGOV", "PAKGOV"), ("RUSGOV", "CHN")]),
        (None, DAYS["sep15"], [("CHN", "USA"), ("USAGOV", "PAKGOV")]),
        (DAYS["sep15"], DAYS["sep15"], [("USAGOV", "PAKGOV")]),
        (date(2021, 9, 2), date(2021, 9, 30), [("USAGOV", "PAKGOV")]),
        (DAYS["oct1"], DAYS["sep1"], []),
    ],
)
def test_events_by_date_range(filled: Store, since: date | None, until: date | None,
                              expected: list[tuple[str, str | None]]) -> None:
    assert _dyads(filled.events(since=since, until=until)) == expected


def test_events_filters_combine_with_a_limit(filled: Store) -> None:
    assert _dyads(filled.events(actor="CHN", since=DAYS["sep1"], limit=1)) == [("CHN", "USA")]
    assert filled.events(limit=0) == []
    assert len(filled.events(limit=10)) == 4


@pytest.mark.parametrize("query", ["events", "quotes", "claims", "articles"])
def test_a_negative_limit_is_refused(filled: Store, query: str) -> None:
    with pytest.raises(StoreError, match="limit cannot be negative"):
        getattr(filled, query)(limit=-1)


def test_events_in_one_article_follow_the_text(store: Store) -> None:
    coded = build_coded("Blinken met Qureshi. Later Blinken met Wang Yi.")
    first = coded.events[0]
    later = replace(first, id="e-later", target=CHN, trigger_start=35, trigger_end=38,
                    evidence=replace(first.evidence, sentence_index=1, start=21, end=47,
                                     sentence="Later Blinken met Wang Yi."))
    store.write_article(replace(coded, events=(later, first)))
    assert [row["id"] for row in store.events()] == [first.id, "e-later"]


def test_an_event_reported_twice_is_listed_once(store: Store) -> None:
    first = build_coded("One: Blinken met Qureshi in Washington.", day=DAYS["sep15"])
    second = build_coded("Two: Blinken met Qureshi, the paper says.", day=DAYS["sep15"])
    # the same real-world event, reported by a second article: one event, two mentions
    shared = replace(second.events[0], id=first.events[0].id)
    store.write_article(first)
    store.write_article(replace(second, events=(shared,)))
    assert store.counts()["events"] == 1
    assert store.counts()["event_mentions"] == 2
    assert store.events() == [first.events[0].to_dict()]


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [(None, ["CHN", "USAGOV", "RUSGOV", "TAL"]), ("USA", ["USAGOV"]), ("RUS", ["RUSGOV"]),
     ("X", [])],
)
def test_quotes_by_speaker_prefix(filled: Store, speaker: str | None, expected: list[str]) -> None:
    quotes = filled.quotes(speaker=speaker)
    assert [quote["speaker"]["code"] for quote in quotes] == expected


def test_quotes_without_speaker_are_listed(store: Store) -> None:
    coded = build_coded()
    store.write_article(replace(coded, quotes=(replace(coded.quotes[0], speaker=None),)))
    assert [quote["speaker"] for quote in store.quotes()] == [None]
    assert store.quotes(speaker="USA") == []


@pytest.mark.parametrize(
    ("actor", "kind", "expected"),
    [
        (None, None, 4),
        (None, "demand", 4),
        (None, "threat", 0),
        ("USA", None, 1),
        ("TAL", None, 4),  # the addressee of every synthetic demand
        ("RUS", "demand", 1),
    ],
)
def test_claims_by_actor_and_kind(filled: Store, actor: str | None, kind: str | None,
                                  expected: int) -> None:
    assert len(filled.claims(actor=actor, kind=kind)) == expected


def test_articles_are_listed_by_date(filled: Store) -> None:
    assert [row["date"] for row in filled.articles()] == [
        "2021-09-01", "2021-09-15", "2021-10-01", None]
    assert len(filled.articles(limit=2)) == 2
