"""The writer's merge window: a batch is compared only with the stored events its reports could
join (the same pair either way round, a compatible root, a date in the window, a shared token),
held in memory for the open days, and the store is written as a look-up in it would write it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

import pytest
from store_factories import CHN, PAK, USA, build_coded

from tacitus.events.dedup import MergeRules
from tacitus.model import CodedArticle
from tacitus.store import Store, open_store
from tacitus.store import window as window_module
from tacitus.store.features import coded_reports
from tacitus.store.window import MergeWindow

DAY = date(2023, 4, 3)
# the same source country as the batch's report, each stored article differing in one respect
MET = build_coded("Officials of Ruritania met envoys at the old fort.", day=DAY)
REVERSED = build_coded("Qureshi met Blinken on Tuesday in Lahore.", day=DAY,
                       source=PAK, target=USA)
OTHER_TARGET = build_coded("Blinken met Chinese envoys at the old fort on Tuesday.", day=DAY,
                           target=CHN)
OTHER_ROOT = build_coded("Blinken accused Qureshi of lying about the old fort.", day=DAY,
                         cameo="112")
NO_TARGET = build_coded("Blinken spoke about the old fort on Tuesday evening.", day=DAY,
                        target=None, cameo="010")
TOO_LATE = build_coded("Blinken met Qureshi at the old fort a fortnight later.",
                       day=date(2023, 4, 17))
NOTHING_SHARED = build_coded("Blinken greeted Qureshi under grey skies, cameras flashing.",
                             day=DAY)
# one word in common is no evidence (dedup.similarity): it scores 0 and is not given
ONE_WORD = build_coded("Blinken met Qureshi amid heavy rain.", day=DAY)
BATCH = build_coded("Blinken met Qureshi at the old fort on Tuesday morning.", day=DAY)


def candidates(store: Store, *new: CodedArticle) -> set[str]:
    reports = [report for report, _ in coded_reports(new)]
    clusters = MergeWindow(MergeRules()).clusters(store._connection, reports)
    return {cluster.stored_id or "" for cluster in clusters}


def test_only_events_of_the_pair_a_compatible_root_and_a_shared_token_are_given(
        store: Store) -> None:
    store.write_batch([MET, REVERSED, OTHER_TARGET, OTHER_ROOT, NO_TARGET, TOO_LATE,
                       NOTHING_SHARED, ONE_WORD], [], run_id=store.start_run([]))
    assert len(store.events()) == 8
    # a meeting of the US and Pakistan: both ways round; not China, an accusation, a statement
    # without a target, a meeting two weeks later, nor one whose sentence shares too little
    assert candidates(store, BATCH) == {MET.events[0].id, REVERSED.events[0].id}


def test_a_report_without_a_target_is_given_the_events_of_its_source_and_root(
        store: Store) -> None:
    store.write_batch([MET, OTHER_ROOT, NOTHING_SHARED], [], run_id=store.start_run([]))
    alone = build_coded("Blinken met envoys at the old fort on Tuesday morning.", day=DAY,
                        target=None)
    assert candidates(store, alone) == {MET.events[0].id}


def test_an_undated_report_is_given_no_stored_event(store: Store) -> None:
    store.write_batch([MET], [], run_id=store.start_run([]))
    undated = build_coded("Blinken met Qureshi at the old fort, date unknown.", day=None)
    assert candidates(store, undated) == set()


def test_a_held_day_is_not_read_again(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.write_batch([MET], [], run_id=store.start_run([]))
    store.write_batch([REVERSED], [], run_id=store.start_run([]))

    def refuse(*_: object) -> None:
        raise AssertionError("the store was read for a held day")

    monkeypatch.setattr(window_module, "stored_events", refuse)
    store.write_article(BATCH)
    [event] = [row for row in store.events(with_reports=True) if row["num_mentions"] > 1]
    assert {mention["article_id"] for mention in event["mentions"]} >= {BATCH.article.id}


def test_writes_of_ones_own_sql_are_read_again(store: Store) -> None:
    store.write_article(MET)
    store.sql("DELETE FROM event_mentions")
    store.sql("DELETE FROM events")
    # the window let its events go: the report is not merged into an event no longer stored
    store.write_article(BATCH)
    assert [row["id"] for row in store.events()] == [BATCH.events[0].id]


# one meeting reported day after day, with rivals on the same days and earlier reports coming
# in late (each renames the event): the window must follow every rename, bound and new day
def _story() -> list[CodedArticle]:
    coded: list[CodedArticle] = []
    for number in range(14):
        day = DAY + timedelta(days=(number * 5) % 9)
        coded.append(build_coded(f"Blinken met Qureshi at Gwadar quay, report {number}.", day=day))
        coded.append(build_coded(f"Blinken met Qureshi in Quetta, rival item {number}.", day=day))
        coded.append(build_coded(f"Blinken accused Qureshi at Gwadar quay, item {number}.",
                                 day=day, cameo="112"))
    return coded


def _written(db_path: Path, batches: Sequence[Sequence[CodedArticle]], *, reopen: bool,
             held_days: int) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    store = open_store(db_path)
    run_id = store.start_run([])
    try:
        for batch in batches:
            if reopen:
                store.close()
                store = open_store(db_path)
            store.merge_rules = MergeRules(compared_reports=2)
            store._window.held_days = held_days
            store.write_batch(batch, [], run_id=run_id)
        return (store.sql("SELECT * FROM events ORDER BY id").fetchall(),
                store.sql("SELECT * FROM event_mentions ORDER BY ALL").fetchall())
    finally:
        store.close()


@pytest.mark.parametrize("held_days", [1, 7, 31])
def test_the_window_writes_what_a_look_up_in_the_store_writes(tmp_path: Path,
                                                              held_days: int) -> None:
    story = _story()
    batches = [story[start:start + 4] for start in range(0, len(story), 4)]
    kept = _written(tmp_path / "kept.duckdb", batches, reopen=False, held_days=held_days)
    # a new store object for every batch: its window is empty, so it reads every day it needs
    read = _written(tmp_path / "read.duckdb", batches, reopen=True, held_days=held_days)
    assert kept == read
    events, mentions = kept
    # the story merged across articles, days and renames; the rival and the accusation did not
    assert len(mentions) == len(story) and len(events) < len(story) - 10


def test_the_window_around_a_day_at_the_calendars_ends_holds_only_days_that_exist() -> None:
    from datetime import date

    from tacitus.store.window import days_around

    assert days_around(date(2026, 12, 5), 1) == [date(2026, 12, 4), date(2026, 12, 5),
                                                 date(2026, 12, 6)]
    assert days_around(date.max, 2) == [date(9999, 12, 29), date(9999, 12, 30), date.max]
    assert days_around(date.min, 1) == [date.min, date(1, 1, 2)]
