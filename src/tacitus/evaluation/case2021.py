"""CASE 2021 Task 2 snippets: event-type recall through a documented ACLED-type → CAMEO map.

Types with CAMEO roots measure recall (a snippet is recalled when an event with one of its roots
is coded); types without (disasters, crime, other) measure false alarms (any event coded).
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tacitus.datatables import parse_table, read_packaged_table, split_list
from tacitus.errors import GoldFormatError
from tacitus.evaluation.metrics import ratio
from tacitus.evaluation.records import ErrorEntry, Evaluation, Figure, sentence_article

if TYPE_CHECKING:
    from tacitus.pipeline import ArticleCoder

ROOTS_TABLE = "case2021_roots.tsv"
ROOTS_COLUMNS = ("subtype", "roots", "why")
CASE_COLUMNS = ("id", "EventSnippet", "SubType")


@dataclass(frozen=True, slots=True)
class CaseSnippet:
    """One snippet and its gold event type."""

    id: str
    text: str
    subtype: str


def roots_by_type(text: str | None = None) -> dict[str, frozenset[str]]:
    """The type → CAMEO roots table (the packaged one unless ``text`` is given)."""
    rows = (read_packaged_table("tacitus.evaluation", ROOTS_TABLE, ROOTS_COLUMNS) if text is None
            else parse_table(text, ROOTS_COLUMNS, name=ROOTS_TABLE))
    table: dict[str, frozenset[str]] = {}
    for row in rows:
        roots = split_list(row["roots"])
        if any(len(root) != 2 or not root.isdigit() for root in roots):
            raise row.fail(f"roots must be two-digit CAMEO roots, got {row['roots']!r}")
        table[row["subtype"]] = frozenset(roots)
    return table


def read_case2021(path: Path, known: Mapping[str, frozenset[str]]) -> list[CaseSnippet]:
    """Read the CASE 2021 TSV; every type must be in the mapping table."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if tuple(rows.fieldnames or ()) != CASE_COLUMNS:
            raise GoldFormatError(f"{path}: the header must be {' TAB '.join(CASE_COLUMNS)}")
        snippets: list[CaseSnippet] = []
        for number, row in enumerate(rows, start=2):
            if row["SubType"] not in known:
                raise GoldFormatError(f"{path}:{number}: unmapped event type {row['SubType']!r}")
            snippets.append(CaseSnippet(row["id"], row["EventSnippet"], row["SubType"]))
    return snippets


def evaluate_case2021(path: Path, coder: ArticleCoder, *, limit: int | None = None
                      ) -> Evaluation:
    """Recall over mapped types (overall and per type) and the false-alarm rate on the rest."""
    table = roots_by_type()
    snippets = read_case2021(path, table)[:limit]
    coded = coder.code_many(sentence_article(s.text, record_id=f"case-{s.id}") for s in snippets)
    recalled: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    alarms = unmapped = 0
    errors: list[ErrorEntry] = []
    for snippet, item in zip(snippets, coded, strict=True):
        roots = {event.cameo[:2] for event in item.events if not event.negated}
        wanted = table[snippet.subtype]
        if not wanted:
            unmapped += 1
            alarms += bool(roots)
            if roots:
                errors.append(ErrorEntry(snippet.id, "false alarm", snippet.text,
                                         snippet.subtype, ",".join(sorted(roots))))
            continue
        totals[snippet.subtype] += 1
        if roots & wanted:
            recalled[snippet.subtype] += 1
        else:
            errors.append(ErrorEntry(snippet.id, "missed", snippet.text,
                                     f"{snippet.subtype} ({'|'.join(sorted(wanted))})",
                                     ",".join(sorted(roots)) or "-"))
    mapped = sum(totals.values())
    per_type = {kind: ratio(recalled[kind], totals[kind]) for kind in sorted(totals)}
    figures = (
        Figure("event_type_recall", "snippets of a mapped type with an event of a mapped root",
               ratio(sum(recalled.values()), mapped), mapped),
        Figure("macro_type_recall", "recall averaged over the mapped types",
               ratio(sum(per_type.values()), len(per_type)), len(per_type)),
        Figure("false_alarm_rate", "snippets of an unmapped type (disaster, crime) with an event",
               ratio(alarms, unmapped), unmapped),
    )
    details = {"per_type": {kind: {"recall": round(value, 4), "support": totals[kind]}
                            for kind, value in per_type.items()}}
    return Evaluation(format="case2021", gold=str(path), n=len(snippets), figures=figures,
                      details=details, errors=tuple(errors))
