"""The one reader of Tacitus's data tables: TSV with a ``#`` header comment, then a header row.

Every lexicon and knowledge table (actors, events, quotes) is read here, so that they all share one
format and one way of reporting a malformed line: ``file:line: what is wrong``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

from tacitus.errors import KnowledgeBaseError

LIST_SEPARATOR = "|"


@dataclass(frozen=True, slots=True)
class TableRow:
    """One data row of a table, with where it came from for error messages."""

    table: str
    line: int
    cells: Mapping[str, str]

    def __getitem__(self, column: str) -> str:
        return self.cells[column]

    def fail(self, message: str) -> KnowledgeBaseError:
        """An error naming this row's file and line."""
        return KnowledgeBaseError(f"{self.table}:{self.line}: {message}")


def read_packaged_table(package: str, filename: str, columns: tuple[str, ...]) -> list[TableRow]:
    """Read a TSV file shipped inside ``package``; its header must equal ``columns``."""
    try:
        text = resources.files(package).joinpath(filename).read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise KnowledgeBaseError(f"{filename}: the packaged table is missing") from error
    return parse_table(text, columns, name=filename)


def parse_table(text: str, columns: tuple[str, ...], *, name: str) -> list[TableRow]:
    """Parse TSV text: blank and ``#`` lines skipped, the header checked, every row as wide."""
    rows: list[TableRow] = []
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cell.strip() for cell in cells) != columns:
                raise KnowledgeBaseError(
                    f"{name}:{number}: the header must be {' TAB '.join(columns)}, "
                    f"found {' TAB '.join(cells)}")
            header_seen = True
            continue
        if len(cells) != len(columns):
            raise KnowledgeBaseError(
                f"{name}:{number}: expected {len(columns)} cells, found {len(cells)}")
        values = (cell.strip() for cell in cells)
        rows.append(TableRow(name, number, dict(zip(columns, values, strict=True))))
    if not header_seen:
        raise KnowledgeBaseError(f"{name}: no header line")
    return rows


def split_list(cell: str) -> tuple[str, ...]:
    """The items of a ``|``-separated list cell, blanks dropped."""
    return tuple(item.strip() for item in cell.split(LIST_SEPARATOR) if item.strip())
