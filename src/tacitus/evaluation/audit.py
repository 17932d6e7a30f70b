"""Scoring a judged random-sample audit sheet (``scripts/audit.py`` draws and writes the sheet).

Each row is one coded event judged by a person: ``y``/``n`` for each criterion, and an error
class (or several, ``;``-separated) for a row that is not fully right. Precision per criterion
comes with its 95% Wilson interval; the error classes are counted.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from tacitus.errors import GoldFormatError
from tacitus.evaluation.intervals import wilson_interval
from tacitus.evaluation.metrics import ratio
from tacitus.evaluation.records import Evaluation, Figure

CRITERIA = {
    "real_event": "a real event of its article",
    "source_right": "source right (country, group or organisation)",
    "target_right": "target right",
    "code_right": "CAMEO root right",
    "fully_right": "fully right (real event, source, target, root)",
}
ERROR_CLASSES = ("not_an_event", "background", "hypothetical_or_negated", "allegation_as_fact",
                 "wrong_code", "source_wrong", "target_wrong", "target_missing", "swapped",
                 "duplicate", "non_political")


def read_sheet(sheet: Path) -> list[dict[str, str]]:
    with sheet.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def score_sheet(sheet: Path) -> Evaluation:
    """Precision per criterion over the judged rows, and the error classes counted."""
    rows = read_sheet(sheet)
    figures = []
    for criterion, label in CRITERIA.items():
        judged = [row.get(criterion, "").strip().lower() for row in rows]
        judged = [value for value in judged if value]
        if any(value not in ("y", "n") for value in judged):
            raise GoldFormatError(f"{sheet}: `{criterion}` must be y or n")
        right = judged.count("y")
        figures.append(Figure(f"audit_{criterion}", f"audited events: {label}",
                              ratio(right, len(judged)), len(judged),
                              wilson_interval(right, len(judged))))
    classes: Counter[str] = Counter(
        part.strip() for row in rows for part in row.get("error_class", "").split(";")
        if part.strip())
    unknown = sorted(set(classes) - set(ERROR_CLASSES))
    if unknown:
        raise GoldFormatError(f"{sheet}: unknown error classes {unknown}")
    return Evaluation(format="audit", gold=str(sheet), n=len(rows), figures=tuple(figures),
                      details={"error_classes": dict(classes.most_common())})
