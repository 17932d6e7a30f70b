"""PETRARCH validation records (the unit-test suite and the PETRARCH-2 English gold standard).

Each file is scored with its own actor dictionaries imported as a users' layer, as PETRARCH ran
it: the unit-test suite's ``PETR.Validate.*`` files beside it, and for the PETRARCH-2 records the
Phoenix dictionaries (``reference/phoenix_dictionaries`` in the shared folder) when present.

The files are read leniently with regular expressions: the PETRARCH-2 file is not well-formed XML
(its ``<Sentence …/>`` tags close themselves and are closed again later). Records that expect an
error (dateline, unparseable input) or list no coding are left out; ``noevents`` records expect
no event. Scored at CAMEO root level, with and without the actor rule of the Tacitus format.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.actors.layers import Layer
from tacitus.errors import GoldFormatError
from tacitus.evaluation.events_gold import score_event_records
from tacitus.evaluation.matching import Level, count_matches
from tacitus.evaluation.metrics import sum_counts
from tacitus.evaluation.records import (
    Evaluation,
    Figure,
    GoldEvent,
    GoldRecord,
    found_events,
)
from tacitus.evaluation.tacitus_format import code_gold_records
from tacitus.ingest.dictionaries import import_phoenix_files

if TYPE_CHECKING:
    from tacitus.pipeline import ArticleCoder

# The English validation files, by folder: the Spanish sets wait for multilingual coding.
ENGLISH_FILES = ("PETR.UnitTest.records.xml", "PETR2_GSR_validation.xml")
SENTENCE = re.compile(r"<Sentence\b([^>]*)>")
CODING = re.compile(r"<EventCoding\b([^>]*?)/?>")
TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL)
ATTRIBUTE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
VALIDATION_DICTIONARIES = ("PETR.Validate.actors.txt", "PETR.Validate.agents.txt")
PHOENIX_FOLDER = Path("reference") / "phoenix_dictionaries"
PHOENIX_DICTIONARIES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt")


def _attributes(text: str) -> dict[str, str]:
    return {name.lower(): html.unescape(value) for name, value in ATTRIBUTE.findall(text)}


def _date(value: str) -> date | None:
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        return None


def parse_petrarch(text: str, *, name: str) -> list[GoldRecord]:
    """The gold records of a PETRARCH validation file's text."""
    text = COMMENT.sub("", text)
    starts = list(SENTENCE.finditer(text))
    if not starts:
        raise GoldFormatError(f"{name}: no <Sentence> records")
    records: list[GoldRecord] = []
    for index, start in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        chunk = text[start.end():end]
        header = _attributes(start.group(1))
        codings = [_attributes(match.group(1)) for match in CODING.finditer(chunk)]
        body = TEXT.search(chunk)
        if body is None or not codings or any("error" in coding for coding in codings):
            continue
        events = tuple(
            GoldEvent(source=(coding.get("sourcecode", "").upper(),),
                      target=(coding.get("targetcode", "").upper(),),
                      code=(coding["eventcode"],))
            for coding in codings if "eventcode" in coding)
        if not events and not any(coding.get("noevents", "").lower() == "true"
                                  for coding in codings):
            continue
        records.append(GoldRecord(
            id=header.get("id", f"{name}:{index}"), text=" ".join(html.unescape(
                body.group(1)).split()), events=events, date=_date(header.get("date", ""))))
    return records


def petrarch_files(path: Path) -> list[Path]:
    """The English validation files at ``path`` (a file, or a folder holding them)."""
    if path.is_file():
        return [path]
    files = [path / name for name in ENGLISH_FILES if (path / name).is_file()]
    if not files:
        raise GoldFormatError(f"{path}: no PETRARCH validation file ({', '.join(ENGLISH_FILES)})")
    return files


def petrarch_dictionaries(path: Path) -> list[Path]:
    """The actor dictionaries PETRARCH used for the records at ``path`` (empty if not found)."""
    folder = path if path.is_dir() else path.parent
    beside = [folder / name for name in VALIDATION_DICTIONARIES]
    if all(file.is_file() for file in beside):
        return beside
    phoenix = [folder.parent.parent / PHOENIX_FOLDER / name for name in PHOENIX_DICTIONARIES]
    return phoenix if all(file.is_file() for file in phoenix) else []


def with_dictionaries(coder: ArticleCoder, files: Sequence[Path]) -> ArticleCoder:
    """The coder with the dictionaries imported as a users' layer over the knowledge base."""
    # the resolver needs spaCy: imported when a coder is built, not when the CLI starts
    from tacitus.actors import make_actor_resolver

    if not files:
        return coder
    kb = load_knowledge_base()
    report = import_phoenix_files(files, kb)
    layer = Layer("petrarch", tuple(report.actors), tuple(report.agents))
    return replace(coder, resolve_actors=make_actor_resolver(kb, extra=[layer]))


def evaluate_petrarch(path: Path, coder: ArticleCoder, *, limit: int | None = None,
                      dictionaries: Sequence[Path] | None = None) -> Evaluation:
    """Root-level P/R/F1 with actors (Tacitus rule) and without, micro over records."""
    records = [record for file in petrarch_files(path)
               for record in parse_petrarch(file.read_text(encoding="utf-8"), name=str(file))]
    records = records[:limit]
    files = petrarch_dictionaries(path) if dictionaries is None else list(dictionaries)
    coded = code_gold_records(with_dictionaries(coder, files), records)
    found = [found_events(item.events) for item in coded]
    figures, errors = score_event_records(records, found)
    loose = sum_counts(count_matches(record.events, events, Level.root, check_actors=False)
                       for record, events in zip(records, found, strict=True))
    n = loose.tp + loose.fn
    figures += (
        Figure("root_only_precision", "root-level events, actors ignored: precision",
               loose.precision, loose.tp + loose.fp),
        Figure("root_only_recall", "root-level events, actors ignored: recall", loose.recall, n),
        Figure("root_only_f1", "root-level events, actors ignored: F1", loose.f1, n),
    )
    return Evaluation(format="petrarch", gold=str(path), n=len(records), figures=figures,
                      errors=errors, notes=(
                          "English records only; expected-error records and records without a "
                          "coding are left out.",
                          "Dictionaries imported: " + (", ".join(f.name for f in files) or "none")
                          + "."))


