"""A batch is compared only with the stored events its reports could join: the same pair of
countries or groups either way round, a compatible root, a date in the window, or its ids."""

from __future__ import annotations

from datetime import date

from store_factories import CHN, PAK, TAL, USA, build_coded

from tacitus.events.dedup import MergeRules
from tacitus.store import Store
from tacitus.store.features import coded_reports
from tacitus.store.merging import candidate_keys, stored_clusters

DAY = date(2023, 4, 3)
# the same source country as the batch's report, each stored article differing in one respect
MET = build_coded("Officials of Ruritania met envoys at the old fort on Tuesday.", day=DAY)
REVERSED = build_coded("Qureshi's aides met Blinken's team in Lahore.", day=DAY,
                       source=PAK, target=USA)
OTHER_TARGET = build_coded("Blinken met Chinese envoys at the old fort on Tuesday.", day=DAY,
                           target=CHN)
OTHER_ROOT = build_coded("Blinken accused Qureshi of lying about the old fort.", day=DAY,
                         cameo="112")
NO_TARGET = build_coded("Blinken spoke about the old fort on Tuesday evening.", day=DAY,
                        target=None, cameo="010")
TOO_LATE = build_coded("Blinken met Qureshi at the old fort a fortnight later.",
                       day=date(2023, 4, 17))
VIOLENT = build_coded("Taliban fighters attacked the old fort on Tuesday night.", day=DAY,
                      source=TAL, target=PAK, cameo="190")


def candidates(store: Store, *new: object) -> set[str]:
    reports = [report for report, _ in coded_reports(new)]  # type: ignore[arg-type]
    clusters = stored_clusters(store._connection, reports, MergeRules())
    return {cluster.stored_id or "" for cluster in clusters}


def test_only_events_of_the_same_pair_and_a_compatible_root_are_fetched(store: Store) -> None:
    store.write_batch([MET, REVERSED, OTHER_TARGET, OTHER_ROOT, NO_TARGET, TOO_LATE], [],
                      run_id=store.start_run([]))
    batch = build_coded("Blinken met Qureshi at the old fort on Tuesday morning.", day=DAY)
    # a meeting of the US and Pakistan: both ways round; not China, an accusation, a statement
    # without a target, nor a meeting two weeks later
    assert candidates(store, batch) == {MET.events[0].id, REVERSED.events[0].id}


def test_compatible_roots_are_candidates_both_ways_round() -> None:
    [(report, _)] = coded_reports([VIOLENT])
    keys = candidate_keys([report])
    assert {(source, target) for source, target, _, _ in keys} == {("PAK", "TAL"), ("TAL", "PAK")}
    # violence of one kind is compared with violence of every other kind
    assert {"18", "19", "20"} <= {root for _, _, root, _ in keys}
    assert {day for *_, day in keys} == {DAY}


def test_an_undated_report_fetches_only_its_own_ids(store: Store) -> None:
    store.write_batch([MET], [], run_id=store.start_run([]))
    undated = build_coded("Blinken met Qureshi at the old fort, date unknown.", day=None)
    assert candidate_keys([report for report, _ in coded_reports([undated])]) == []
    assert candidates(store, undated) == set()
