"""Coded articles go in and come back exactly as the model's ``to_dict()`` shows them."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from store_factories import CHN, PAK, TAL, USA, MakeCoded, build_coded

from tacitus.events.unnamed import UNNAMED
from tacitus.model import Actor, CodedArticle, IngestOutcome
from tacitus.store import Store, open_store

HOSTILE = (
    "It's \"quoted\" and 'single'; DROP TABLE events; -- then `back` \\ slash $1 ? %s {x} "
    "— Straße, 北京, مرحبا, emoji 🕊️, tab\tand newline\nend."
)


def test_events_read_back_as_event_to_dict(store: Store, make_coded: MakeCoded) -> None:
    coded = make_coded()
    store.write_article(coded)
    assert store.events() == [event.to_dict() for event in coded.events]


def test_quotes_and_claims_read_back_as_to_dict(store: Store, make_coded: MakeCoded) -> None:
    coded = make_coded()
    store.write_article(coded)
    assert store.quotes() == [quote.to_dict() for quote in coded.quotes]
    assert store.claims() == [claim.to_dict() for claim in coded.claims]


def test_article_reads_back_with_ingest_time(store: Store, make_coded: MakeCoded) -> None:
    coded = make_coded(url="https://example.org/news/1")
    store.write_article(coded)
    [stored] = store.articles()
    ingested_at = stored.pop("ingested_at")
    assert stored == coded.article.to_dict()
    assert ingested_at.endswith("+00:00")


def test_undated_article_without_target_or_speaker(store: Store, make_coded: MakeCoded) -> None:
    coded = make_coded(day=None, target=None)
    quote = replace(coded.quotes[0], speaker=None, date=None)
    claim = replace(coded.claims[0], addressee=None, topic="security", date=None)
    coded = replace(coded, quotes=(quote,), claims=(claim,))
    store.write_article(coded)
    assert store.events() == [coded.events[0].to_dict()]
    assert store.events()[0]["target"] is None
    assert store.quotes() == [quote.to_dict()]
    assert store.claims() == [claim.to_dict()]


def test_an_article_with_nothing_found_is_stored(store: Store, make_coded: MakeCoded) -> None:
    coded = CodedArticle(article=make_coded().article)
    store.write_article(coded)
    assert store.counts()["articles"] == 1
    assert store.events() == []


@pytest.mark.parametrize("where", ["text", "title", "sentence", "trigger", "actor"])
def test_hostile_strings_are_stored_verbatim(store: Store, where: str) -> None:
    coded = build_coded(HOSTILE + " Blinken met Qureshi.") if where == "text" else build_coded()
    if where == "title":
        coded = replace(coded, article=replace(coded.article, title=HOSTILE))
    elif where == "sentence":
        event = coded.events[0]
        coded = replace(coded, events=(replace(event, evidence=replace(event.evidence,
                                                                       sentence=HOSTILE)),))
    elif where == "trigger":
        coded = replace(coded, events=(replace(coded.events[0], trigger=HOSTILE),))
    elif where == "actor":
        hostile = Actor("USA'; --", HOSTILE, "person", "USA", (HOSTILE, "it's"))
        coded = replace(coded, events=(replace(coded.events[0], source=hostile),))
    store.write_article(coded)
    assert store.articles()[0]["text"] == coded.article.text
    assert store.articles()[0]["title"] == coded.article.title
    assert store.events() == [coded.events[0].to_dict()]
    assert store.counts()["events"] == 1


def test_rewriting_an_article_changes_nothing(store: Store, make_coded: MakeCoded) -> None:
    coded = make_coded()
    store.write_article(coded)
    before = store.counts()
    store.write_article(coded)
    store.write_batch([coded, coded], [], run_id=store.start_run(["again"]))
    after = store.counts()
    assert after == {**before, "runs": 1}
    assert before["articles"] == before["events"] == before["event_mentions"] == 1
    assert before["mentions"] == 2


def test_a_rewrite_with_other_findings_keeps_the_first(store: Store, make_coded: MakeCoded) -> None:
    coded = make_coded()
    store.write_article(coded)
    store.write_article(replace(coded, events=(), quotes=(), claims=()))
    assert store.events() == [coded.events[0].to_dict()]


def test_actors_catalogue_holds_each_actor_once(store: Store) -> None:
    store.write_article(build_coded(target=PAK))
    store.write_article(build_coded("Another text with Blinken met Qureshi.", target=CHN))
    assert store.counts()["actors"] == len({USA, PAK, CHN, TAL})


@pytest.mark.parametrize(
    ("content_hash", "url", "found"),
    [
        ("same", None, True),
        ("same", "https://other.example/x", True),
        ("other", "https://example.org/news/1", True),
        ("other", "https://example.org/news/2", False),
        ("other", None, False),
    ],
)
def test_find_article_by_hash_or_url(store: Store, make_coded: MakeCoded, content_hash: str,
                                     url: str | None, found: bool) -> None:
    coded = make_coded(url="https://example.org/news/1")
    store.write_article(coded)
    wanted = coded.article.content_hash if content_hash == "same" else "0" * 64
    expected = coded.article.id if found else None
    assert store.find_article(content_hash=wanted, url=url) == expected


def test_find_articles_answers_many_keys_in_their_order(store: Store,
                                                       make_coded: MakeCoded) -> None:
    first = make_coded(url="https://example.org/news/1")
    second = make_coded(text="Putin met Macron. He said “we talk”. France urged Russia to stop.",
                        url=None)
    store.write_batch([first, second], [], run_id=store.start_run([]))
    keys = [("0" * 64, None), (second.article.content_hash, None),
            ("0" * 64, "https://example.org/news/1"), (first.article.content_hash, "https://x.test/"),
            ("1" * 64, "https://example.org/news/2")]
    assert store.find_articles(keys) == [None, second.article.id, first.article.id,
                                         first.article.id, None]
    assert store.find_articles([]) == []


def test_find_article_ignores_articles_without_url(store: Store, make_coded: MakeCoded) -> None:
    store.write_article(make_coded(url=None))
    assert store.find_article(content_hash="0" * 64, url=None) is None


def test_data_persists_across_close_and_reopen(db_path: Path, make_coded: MakeCoded) -> None:
    coded = make_coded()
    with open_store(db_path) as store:
        store.write_article(coded)
    with open_store(db_path, read_only=True) as store:
        assert store.events() == [coded.events[0].to_dict()]
        assert store.find_article(content_hash=coded.article.content_hash, url=None)
    with open_store(str(db_path)) as store:
        assert store.counts()["articles"] == 1


def test_counts_every_table(store: Store, make_coded: MakeCoded) -> None:
    store.write_article(make_coded())
    assert store.counts() == {
        "articles": 1, "actors": 3, "mentions": 2, "events": 1, "event_mentions": 1,
        "event_places": 1, "quotes": 1, "claims": 1, "ingest_log": 0, "runs": 0,
    }


def test_dates_are_iso_strings(store: Store, make_coded: MakeCoded) -> None:
    store.write_article(make_coded(day=date(2021, 9, 3)))
    assert store.events()[0]["date"] == "2021-09-03"
    assert store.articles()[0]["date"] == "2021-09-03"


@pytest.mark.parametrize("together", [True, False])
def test_same_content_under_another_id_is_not_stored_again(store: Store, together: bool) -> None:
    first = build_coded()
    second = replace(build_coded(), article=replace(first.article, id="a-other-id"))
    if together:
        store.write_batch([first, second], [], run_id=store.start_run([]))
    else:
        store.write_article(first)
        store.write_article(second)
    counts = store.counts()
    assert (counts["articles"], counts["events"], counts["mentions"]) == (1, 1, 2)
    assert [row["id"] for row in store.articles()] == [first.article.id]


def test_every_query_result_is_json_ready(store: Store, make_coded: MakeCoded) -> None:
    run_id = store.start_run(["x"])
    store.write_batch([make_coded()], [IngestOutcome("x", "new")], run_id=run_id)
    store.finish_run(run_id, {"new": 1})
    for rows in (store.events(), store.quotes(), store.claims(), store.articles(),
                 store.ingest_log(), store.runs()):
        assert rows
        assert json.loads(json.dumps(rows)) == rows


def test_an_event_with_an_unnamed_doer_keeps_its_empty_source(store: Store) -> None:
    coded = build_coded(source=UNNAMED, target=PAK, cameo="183")
    store.write_article(coded)
    [event] = store.events()
    assert event == coded.events[0].to_dict()
    assert event["source"] == {"code": "", "name": "", "kind": "unknown", "country": None,
                               "roles": []}
    assert event["target"]["code"] == "PAKGOV"
