"""Read the packaged TSV tables of ``tacitus.events``: ``#`` comment lines, a header, then rows."""

from __future__ import annotations

from importlib import resources

from tacitus.errors import KnowledgeBaseError


def read_table(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Return the rows of the packaged table ``name`` as dicts, checking header and column count."""
    try:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise KnowledgeBaseError(f"the packaged table {name} is missing") from error
    return parse_table(text, columns, name=name)


def parse_table(text: str, columns: tuple[str, ...], *, name: str) -> list[dict[str, str]]:
    """Parse TSV text with a header comment; blank lines and ``#`` lines are skipped."""
    lines = [
        (number, line)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.startswith("#")
    ]
    if not lines:
        raise KnowledgeBaseError(f"{name}: no header line")
    header = tuple(lines[0][1].split("\t"))
    if header != columns:
        raise KnowledgeBaseError(f"{name}: expected columns {columns}, found {header}")
    rows = []
    for number, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != len(columns):
            raise KnowledgeBaseError(
                f"{name} line {number}: expected {len(columns)} cells, found {len(cells)}"
            )
        rows.append(dict(zip(columns, (cell.strip() for cell in cells), strict=True)))
    return rows
