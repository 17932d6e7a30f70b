"""Evaluations as text for the terminal and as Markdown for EVALUATION.md."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tacitus.evaluation.records import Evaluation, Figure


def render_text(evaluation: Evaluation) -> str:
    """A plain table of the figures, one per line, with the count each is over."""
    width = max((len(figure.label) for figure in evaluation.figures), default=0)
    lines = [f"{evaluation.format}: {evaluation.gold} ({evaluation.n} records)"]
    lines += [f"  {figure.label:<{width}}  {figure.value:6.3f}  (n={figure.n}"
              f"{_interval_text(figure, ', 95% ')})" for figure in evaluation.figures]
    lines += [f"  note: {note}" for note in evaluation.notes]
    if evaluation.errors:
        lines.append(f"  {len(evaluation.errors)} records with errors (--errors FILE lists them)")
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Section:
    """One part of the evaluation report: a heading, the command, its evaluation, anchors."""

    title: str
    command: str
    evaluation: Evaluation
    anchors: tuple[str, ...] = ()
    comment: str = ""


def markdown_figures(evaluation: Evaluation) -> str:
    """The figures as a Markdown table."""
    rows = ["| figure | key | value | 95% interval | n |", "|---|---|---:|---|---:|"]
    rows += [f"| {figure.label} | `{figure.key}` | {figure.value:.3f} | "
             f"{_interval_text(figure) or '—'} | {figure.n} |" for figure in evaluation.figures]
    return "\n".join(rows)


def _interval_text(figure: Figure, lead: str = "") -> str:
    if figure.interval is None:
        return ""
    low, high = figure.interval
    return f"{lead}{low:.3f}–{high:.3f}"


def _cell(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def markdown_rows(name: str, rows: dict[str, dict[str, Any]]) -> str:
    """A mapping of rows (each a mapping of columns) as a Markdown table."""
    columns = list(next(iter(rows.values()), {}))
    lines = [f"| {name} | " + " | ".join(str(c) for c in columns) + " |",
             "|---|" + "---:|" * len(columns)]
    lines += [f"| {row} | " + " | ".join(_cell(values.get(c, "")) for c in columns) + " |"
              for row, values in rows.items()]
    return "\n".join(lines)


def markdown_mapping(name: str, values: dict[str, Any]) -> str:
    """A flat mapping as a two-column Markdown table."""
    lines = [f"| {name} | |", "|---|---:|"]
    lines += [f"| {key} | {_cell(value)} |" for key, value in values.items()]
    return "\n".join(lines)


def markdown_section(section: Section) -> str:
    """One section of EVALUATION.md."""
    parts = [f"## {section.title}", "", f"```sh\n{section.command}\n```", ""]
    if section.comment:
        parts += [section.comment, ""]
    parts += [markdown_figures(section.evaluation), ""]
    if section.anchors:
        parts += ["Published anchors:", "", *[f"- {anchor}" for anchor in section.anchors], ""]
    parts += [f"*Note:* {note}" + "\n" for note in section.evaluation.notes]
    parts += _markdown_details(section.evaluation.details)
    return "\n".join(parts)


def _markdown_details(details: dict[str, Any]) -> list[str]:
    parts: list[str] = []
    for name, value in details.items():
        if not isinstance(value, dict) or not value:
            continue
        title = name.replace("_", " ")
        if all(isinstance(inner, dict) for inner in value.values()):
            parts += [markdown_rows(title, value), ""]
        else:
            parts += [markdown_mapping(title, value), ""]
    return parts


def markdown_report(title: str, preamble: str, sections: Sequence[Section]) -> str:
    """The whole report."""
    body = "\n".join(markdown_section(section) for section in sections)
    return f"# {title}\n\n{preamble}\n\n{body}"
