"""Evaluation: score the pipeline against gold sets and report honest figures.

    formats.py      detect a gold format; ``evaluate_gold`` runs any of them
    records.py      gold and found events, figures, error entries, ``Evaluation``
    metrics.py      counts, P/R/F1, accuracy, macro-F1, confusion matrices (pure)
    matching.py     Tacitus's event-matching rules (pure)
    events_gold.py  the Tacitus JSONL gold format and event/quote scores
    tacitus_format.py, plv.py, plover_gsr.py, conflibert.py, case2021.py, petrarch.py,
    pages.py (+ extraction.py, pure), seed.py: one gold set each
    report.py       text for the terminal, Markdown for EVALUATION.md
"""

from tacitus.evaluation.formats import GoldFormat, detect_format, evaluate_gold, write_errors
from tacitus.evaluation.records import ErrorEntry, Evaluation, Figure

__all__ = [
    "ErrorEntry",
    "Evaluation",
    "Figure",
    "GoldFormat",
    "detect_format",
    "evaluate_gold",
    "write_errors",
]
