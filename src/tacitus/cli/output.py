"""Turn query rows (plain dicts) into terminal tables and CSV. Pure: returns text or a Table."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from rich.table import Table
from rich.text import Text

MAX_CELL_CHARS = 160
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
