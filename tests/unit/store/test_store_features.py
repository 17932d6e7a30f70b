"""Each coded event's evidence features are stored when it is written, read back by the merge
step instead of being rebuilt, and computed once for a store written before they were kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
from store_factories import build_coded

from tacitus.events.dedup import MergeRules
from tacitus.model import CodedArticle
from tacitus.store import SCHEMA_VERSION, Store, open_store
from tacitus.store.features import coded_reports, feature_row
from tacitus.store.window import stored_events

DAY = date(2024, 5, 7)
# several anchors and content words each, so that a wrong span or a lost word shows
HARBOUR = build_coded("Blinken met Qureshi at the Karachi harbour with Omani traders.", day=DAY)
RIVER = build_coded("Blinken met Qureshi beside the Indus river, aides to Sharif said.", day=DAY)
# one meeting reported by many outlets, each naming the same quay and one sailor of its own
SAILORS = ("Ahmed", "Bilal", "Chaudhry", "Danish", "Ehsan", "Farooq", "Ghulam", "Hamid", "Imran",
           "Junaid", "Kashif", "Latif", "Majid", "Nadeem", "Owais", "Pervez", "Qasim", "Rashid",
           "Saleem", "Tariq")
QUAY = [build_coded(f"Blinken met Qureshi on Gwadar quay, {name} the sailor saw them.", day=DAY)
        for name in SAILORS]


def stored_features(store: Store) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    rows = store.sql("SELECT coded_event_id, anchors, words FROM report_features").fetchall()
    return {(row[0], tuple(row[1]), tuple(row[2])) for row in rows}


def rebuilt(*coded: CodedArticle) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    rows = [feature_row(report) for report, _ in coded_reports(coded)]
    return {(str(row[0]), tuple(row[1]), tuple(row[2])) for row in rows}


def test_features_read_back_equal_those_built_from_the_article(store: Store) -> None:
    store.write_batch([HARBOUR, RIVER], [], run_id=store.start_run([]))
    assert stored_features(store) == rebuilt(HARBOUR, RIVER)
    # the store's words are those the rules compare: a place beyond the dyad is an anchor
    [(_, anchors, words)] = [row for row in stored_features(store)
                             if row[0] == HARBOUR.events[0].id]
    assert "karachi" in anchors and "harbour" in words
    assert "blinken" not in words


def test_the_merge_step_reads_the_stored_features(store: Store) -> None:
    store.write_article(HARBOUR)
    store.sql("UPDATE report_features SET anchors = ['lahore'], words = ['lahore', 'fort']")
    [event] = stored_events(store._connection, [DAY], MergeRules()).values()
    assert [(member.anchors, member.words) for member in event.reports] == [
        (frozenset({"lahore"}), frozenset({"lahore", "fort"}))]


def test_a_version_2_store_gets_its_features_on_first_write(db_path: Path) -> None:
    with open_store(db_path) as store:
        store.write_batch([HARBOUR, RIVER], [], run_id=store.start_run([]))
        written = stored_features(store)
    connection = duckdb.connect(str(db_path))
    connection.execute("DROP TABLE report_features")
    connection.execute("DELETE FROM schema_version")
    connection.execute("INSERT INTO schema_version VALUES (2, now())")
    connection.close()
    with open_store(db_path, read_only=True) as store:
        # read-only: an old store is read as it is
        assert len(store.events()) == 2
    with open_store(db_path) as store:
        assert stored_features(store) == written
        versions = store.sql("SELECT version FROM schema_version ORDER BY 1").fetchall()
    assert versions == [(2,), (SCHEMA_VERSION,)]


def test_a_stored_event_is_read_through_a_bounded_set_of_its_reports(store: Store) -> None:
    store.write_batch(QUAY, [], run_id=store.start_run([]))
    [event] = store.events(with_reports=True)
    assert event["num_mentions"] == len(QUAY)
    later = build_coded("Blinken met Qureshi on Gwadar quay as the tide turned.", day=DAY)
    rules = MergeRules(compared_reports=3)
    [(event_id, held)] = stored_events(store._connection, [DAY], rules).items()
    ordered = sorted(coded_reports(QUAY), key=lambda pair: pair[0].key)
    expected = [pair[0].coded_id for pair in (*ordered[:3], *ordered[-3:])]
    assert [member.coded_id for member in held.reports] == expected
    assert event_id == event["id"] and held.days == {DAY}
    # and the later report still joins the event
    store.merge_rules = rules
    store.write_article(later)
    [event] = store.events(with_reports=True)
    assert event["num_mentions"] == len(QUAY) + 1
