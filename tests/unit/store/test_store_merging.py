"""Reports of one event in several articles are stored as one event, in any order of writes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
from store_factories import PAK, USA, build_coded

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.store import SCHEMA_VERSION, Store, open_store

EARLY = build_coded("Blinken met Qureshi in Islamabad on Monday.", day=date(2021, 9, 13))
LATE = build_coded("Blinken met Qureshi in Islamabad, officials said.", day=date(2021, 9, 14))
OTHER = build_coded("Blinken met Qureshi in Washington on Friday.", day=date(2021, 9, 14))


def test_reports_in_two_articles_are_one_event(store: Store) -> None:
    store.write_article(EARLY)
    store.write_article(LATE)
    [event] = store.events(with_reports=True)
    assert event["id"] == EARLY.events[0].id
    assert (event["num_mentions"], event["num_articles"], event["num_sources"]) == (2, 2, 1)
    assert {mention["article_id"] for mention in event["mentions"]} == {
        EARLY.article.id, LATE.article.id}
    assert {mention["coded_event_id"] for mention in event["mentions"]} == {
        EARLY.events[0].id, LATE.events[0].id}


def test_an_earlier_report_written_later_gives_the_event_its_id(store: Store) -> None:
    store.write_article(LATE)
    assert [row["id"] for row in store.events()] == [LATE.events[0].id]
    store.write_article(EARLY)
    assert store.events() == [EARLY.events[0].to_dict()]
    assert store.counts()["event_mentions"] == 2


def test_a_similar_event_elsewhere_stays_apart(store: Store) -> None:
    store.write_batch([LATE, OTHER, EARLY], [], run_id=store.start_run([]))
    events = store.events(with_reports=True)
    assert [(row["id"], row["num_mentions"]) for row in events] == [
        (EARLY.events[0].id, 2), (OTHER.events[0].id, 1)]


def test_events_without_reports_keep_their_keys(store: Store) -> None:
    store.write_article(EARLY)
    assert set(store.events()[0]) == set(EARLY.events[0].to_dict())


def test_a_version_1_database_is_migrated(db_path: Path) -> None:
    with open_store(db_path) as store:
        store.write_article(LATE)
    connection = duckdb.connect(str(db_path))
    connection.execute("DELETE FROM coded_events")
    connection.execute("UPDATE event_mentions SET coded_event_id = NULL")
    connection.execute("UPDATE schema_version SET version = 1")
    connection.close()
    with open_store(db_path) as store:
        store.write_article(EARLY)
        [event] = store.events(with_reports=True)
        assert (event["id"], event["num_mentions"]) == (EARLY.events[0].id, 2)
    connection = duckdb.connect(str(db_path), read_only=True)
    versions = connection.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()
    connection.close()
    assert versions == [(1,), (SCHEMA_VERSION,)]


def test_a_version_1_database_reads_without_being_upgraded(db_path: Path,
                                                           tmp_path: Path) -> None:
    with open_store(db_path) as store:
        store.write_article(EARLY)
    connection = duckdb.connect(str(db_path))
    connection.execute("DROP TABLE coded_events")
    connection.execute("ALTER TABLE event_mentions DROP COLUMN coded_event_id")
    connection.execute("UPDATE schema_version SET version = 1")
    connection.close()
    with open_store(db_path, read_only=True) as store:
        [event] = store.events(with_reports=True)
        assert event["mentions"][0]["coded_event_id"] == event["id"]
        assert store.export("gdelt-mentions", tmp_path / "mentions.tsv",
                            kb=load_knowledge_base()) == 1


def test_a_meeting_reported_the_other_way_round_is_one_event(store: Store) -> None:
    store.write_article(EARLY)
    reversed_dyad = build_coded("Qureshi met Blinken in Islamabad, officials said.",
                                day=date(2021, 9, 14), source=PAK, target=USA)
    store.write_article(reversed_dyad)
    [event] = store.events(with_reports=True)
    assert (event["id"], event["num_articles"]) == (EARLY.events[0].id, 2)


def test_one_batch_renaming_several_stored_events_moves_each_its_own_reports(
        store: Store) -> None:
    # two stories, each first stored through a later report, then given an earlier one in one batch
    harbour = [build_coded(f"Blinken met Qureshi at the Karachi harbour, {when}.", day=day)
               for when, day in (("aides said", date(2021, 9, 15)),
                                 ("on Monday", date(2021, 9, 13)))]
    dam = [build_coded(f"Blinken met Qureshi beside the Tarbela dam, {when}.", day=day)
           for when, day in (("aides said", date(2021, 9, 15)),
                             ("on Monday", date(2021, 9, 13)))]
    store.write_batch([harbour[0], dam[0]], [], run_id=store.start_run([]))
    store.write_batch([harbour[1], dam[1]], [], run_id=store.start_run([]))
    events = {row["id"]: row for row in store.events(with_reports=True)}
    for story in (harbour, dam):
        event = events[story[1].events[0].id]
        assert {mention["coded_event_id"] for mention in event["mentions"]} == {
            story[0].events[0].id, story[1].events[0].id}
    assert len(events) == 2
