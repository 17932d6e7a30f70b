"""Issue #21: the hostile corpus ingested in one run: no crash, no hang, no good input lost, every
bad input logged with its reason."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
from hostile import Corpus, build_corpus, hostile_server, remove_deep_folders, story

from tacitus.model import IngestOutcome
from tacitus.pipeline import make_article_coder
from tacitus.runners.local import IngestSummary, run_ingest
from tacitus.settings import Settings
from tacitus.store import open_store

MAX_SECONDS_PER_INPUT = 30.0
FETCH_TIMEOUT = 1.0


@dataclass
class HostileRun:
    corpus: Corpus
    summary: IngestSummary
    db: Path
    # seconds between one outcome and the next: the time one input (or one batch) held the run
    gaps: list[tuple[float, str]]
    seconds: float


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HostileRun]:
    root = tmp_path_factory.mktemp("hostile")
    db = root / "hostile.duckdb"
    # batches of one: the time between two outcomes is the time one input took
    settings = Settings(db_path=db, allow_private_addresses=True, fetch_timeout=FETCH_TIMEOUT,
                        batch_size=1)
    coder = make_article_coder(settings)
    gaps: list[tuple[float, str]] = []
    last = [time.perf_counter()]

    def timed(outcome: IngestOutcome) -> None:
        now = time.perf_counter()
        gaps.append((now - last[0], outcome.origin))
        last[0] = now

    with hostile_server() as base_url:
        corpus = build_corpus(root, base_url)
        started = time.perf_counter()
        with open_store(db) as store:
            # one run over every source: an exception escaping it fails the fixture
            summary = run_ingest(corpus.sources, settings=settings, store=store, coder=coder,
                                 on_outcome=timed)
        seconds = time.perf_counter() - started
    yield HostileRun(corpus, summary, db, gaps, seconds)
    remove_deep_folders(root / "inputs" / "06-deep")


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def test_the_run_is_marked_finished_with_every_input_counted(hostile_run: HostileRun) -> None:
    runs = rows(hostile_run.db, "SELECT finished_at IS NOT NULL FROM runs")
    assert runs == [(True,)]
    counts = hostile_run.summary.counts
    assert counts["new"] == len(hostile_run.corpus.good), hostile_run.summary.problems


def test_no_input_holds_the_run(hostile_run: HostileRun) -> None:
    slowest = max(hostile_run.gaps)
    assert slowest[0] < MAX_SECONDS_PER_INPUT, (slowest[0], slowest[1][-80:])


@pytest.mark.parametrize("case", ["01-meta-rot13", "01-meta-base64", "01-meta-undefined",
                                  "/bogus-charset", "/rot13-charset", "/linked",
                                  "03-deep.jsonl:2", "04-caf", "05-loop/story.txt",
                                  "/d/middle.txt", "07-long.txt", "08-punctuation.txt",
                                  "09-attributes.html", "14-records.jsonl:1",
                                  "14-records.jsonl:2", "16-new\\x0aline.txt", "16-nested-20",
                                  "16-nested-21", "16-nested-22"])
def test_good_inputs_are_stored_with_their_text(hostile_run: HostileRun, case: str) -> None:
    number = next(value for key, value in hostile_run.corpus.good.items() if case in key)
    stored = rows(hostile_run.db, "SELECT origin, text FROM articles")
    matching = [text for origin, text in stored if case in str(origin)]
    assert matching, f"{case} was lost: {hostile_run.summary.problems}"
    # the story's own words, not only a title, survived
    assert story(number).split(" officials said")[0] in str(matching[0])


def test_every_good_input_of_the_corpus_is_stored(hostile_run: HostileRun) -> None:
    origins = [str(origin) for (origin,) in rows(hostile_run.db, "SELECT origin FROM articles")]
    lost = [key for key in hostile_run.corpus.good if not any(key in origin for origin in origins)]
    assert not lost


@pytest.mark.parametrize("case", ["03-deep.jsonl:1", "03-deep.json", "/deep.json",
                                  "05-loop/again", "/d/d", "/drip", "16-empty.jsonl",
                                  "16-dangling",
                                  "16-fifo"])
def test_bad_inputs_are_logged_with_a_reason(hostile_run: HostileRun, case: str) -> None:
    logged = rows(hostile_run.db, "SELECT origin, reason, message FROM ingest_log "
                                  "WHERE status IN ('failed', 'skipped')")
    entries = [(reason, message) for origin, reason, message in logged
               if str(origin).endswith(case)]
    assert entries, f"{case} is not in the ingest log: {logged}"
    reason, message = entries[0]
    assert reason and message
    assert hostile_run.corpus.bad[next(key for key in hostile_run.corpus.bad
                                       if key.endswith(case))] in str(message)


def test_names_are_stored_as_one_line_of_valid_text(hostile_run: HostileRun) -> None:
    origins = [str(origin) for (origin,) in rows(
        hostile_run.db, "SELECT origin FROM ingest_log UNION ALL SELECT origin FROM articles")]
    assert origins
    for origin in origins:
        assert "\n" not in origin
        origin.encode("utf-8")  # no lone surrogate left


def test_the_drip_is_cut_at_the_total_deadline(hostile_run: HostileRun) -> None:
    drip = [seconds for seconds, origin in hostile_run.gaps if origin.endswith("/drip")]
    assert drip and drip[0] < FETCH_TIMEOUT * 3 + 5
