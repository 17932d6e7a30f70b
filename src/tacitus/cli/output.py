"""Turn query rows (plain dicts) into terminal tables, CSV or JSON on stdout."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from typing import Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

MAX_CELL_CHARS = 160
# rich would fall back to 80 columns when stdout is not a terminal: too narrow for evidence
WIDTH_WHEN_PIPED = 160
# short, fixed-shape columns that must never wrap in a terminal table
NARROW_COLUMNS = frozenset({"date", "cameo", "goldstein", "quad_class", "kind", "direct", "status"})
# long prose columns that get most of the width
WIDE_COLUMNS = frozenset({"sentence", "text"})


def cell_value(value: Any) -> str:
    """One cell as text: actors as ``CODE name``, lists joined, None as empty."""
    if value is None:
        return ""
    if isinstance(value, dict) and "code" in value:
        return f"{value.get('code', '')} {value.get('name', '')}".strip()
    if isinstance(value, list | tuple):
        return "; ".join(cell_value(item) for item in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def render_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """CSV with a header row; full cell values."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell_value(row.get(column)) for column in columns])
    return buffer.getvalue()


def render_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], *, title: str) -> Table:
    """A terminal table. Cells are plain ``Text``: article text is never read as markup."""
    table = Table(title=f"{title} ({len(rows)})", show_lines=False, expand=False)
    for column in columns:
        if column in NARROW_COLUMNS:
            table.add_column(column, no_wrap=True)
        else:
            table.add_column(column, overflow="fold", ratio=3 if column in WIDE_COLUMNS else 1)
    for row in rows:
        cells = []
        for column in columns:
            value = cell_value(row.get(column))
            if len(value) > MAX_CELL_CHARS:
                value = value[: MAX_CELL_CHARS - 1] + "…"
            cells.append(Text(value))
        table.add_row(*cells)
    return table


def stdout_console() -> Console:
    """A console on stdout, ``WIDTH_WHEN_PIPED`` wide when stdout is not a terminal."""
    console = Console()
    return console if console.is_terminal else Console(width=WIDTH_WHEN_PIPED)


def print_json(value: Any) -> None:
    """``value`` as indented JSON on stdout, non-ASCII kept."""
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2))


def print_rows(rows: Sequence[dict[str, Any]], output_format: str, columns: Sequence[str],
               *, title: str) -> None:
    """Rows as JSON, CSV or a terminal table (``output_format``) on stdout."""
    if output_format == "json":
        print_json(list(rows))
    elif output_format == "csv":
        sys.stdout.write(render_csv(rows, columns))
    else:
        stdout_console().print(render_table(rows, columns, title=title))
