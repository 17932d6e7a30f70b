"""The word classes Tacitus's rules look words up in: one TSV file a class, read here only.

A file is ``NAME.tsv`` in this folder (``README.md`` says what each one holds): a ``#`` header
comment that explains every column as ``# column: meaning``, then a header row naming the
columns, then one row a word (or a phrase, or a word and its readings). Rows are validated on
load: a blank line, a blank cell, a repeated row, or a row of the wrong width is a
``KnowledgeBaseError`` naming the file and the line. Each file is read once per process.

    word_set("light_verbs")              -> frozenset of the first column
    word_list("calendar", kind="month")  -> the first column of the rows so marked, in file order
    word_table("calendar")               -> every row, in file order
    word_map("number_words")             -> first column -> second column (two-column files)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from tacitus.errors import KnowledgeBaseError

__all__ = ["WordFile", "read_word_file", "word_list", "word_map", "word_set", "word_table"]

PACKAGE = "tacitus.wordlists"
SUFFIX = ".tsv"


@dataclass(frozen=True, slots=True)
class WordFile:
    """One parsed word file: its column names and its rows, in file order."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]


def word_set(name: str, **where: str) -> frozenset[str]:
    """The words (first column) of word file ``name``, of the rows whose columns equal ``where``."""
    return frozenset(word_list(name, **where))


def word_list(name: str, **where: str) -> tuple[str, ...]:
    """The words (first column) of word file ``name``, in file order, filtered as ``word_set``."""
    return tuple(row[0] for row in word_table(name, **where))


def word_table(name: str, **where: str) -> tuple[tuple[str, ...], ...]:
    """The rows of word file ``name`` whose columns equal ``where`` (all rows without it)."""
    found = read_word_file(name)
    if not where:
        return found.rows
    unknown = sorted(set(where) - set(found.columns))
    if unknown:
        raise KnowledgeBaseError(f"{name}{SUFFIX}: no column {', '.join(unknown)}")
    wanted = [(found.columns.index(column), value) for column, value in where.items()]
    return tuple(row for row in found.rows if all(row[i] == value for i, value in wanted))


def word_map(name: str) -> dict[str, str]:
    """A two-column word file as a mapping from the first column to the second, in file order."""
    found = read_word_file(name)
    if len(found.columns) != 2:
        raise KnowledgeBaseError(f"{name}{SUFFIX}: a map needs two columns, "
                                 f"found {len(found.columns)}")
    mapping: dict[str, str] = {}
    for row, line in zip(found.rows, found.lines, strict=True):
        if row[0] in mapping:
            raise KnowledgeBaseError(f"{name}{SUFFIX}:{line}: {row[0]!r} is mapped twice")
        mapping[row[0]] = row[1]
    return mapping


@cache
def read_word_file(name: str) -> WordFile:
    """Read and validate packaged word file ``name`` (once per process)."""
    filename = name + SUFFIX
    if not name.replace("_", "").isalnum() or not name.islower():
        raise KnowledgeBaseError(f"{name!r} is not a word-list name")
    source = resources.files(PACKAGE).joinpath(filename)
    if not source.is_file():
        raise KnowledgeBaseError(f"unknown word list {name!r}: no {filename} in {PACKAGE}")
    return parse_word_file(source.read_text(encoding="utf-8"), name=name)


def parse_word_file(text: str, *, name: str) -> WordFile:
    """Parse the text of a word file; raise ``KnowledgeBaseError`` at the first bad line."""
    filename = name + SUFFIX
    described: set[str] = set()
    columns: tuple[str, ...] = ()
    seen: dict[tuple[str, ...], int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{filename}:{number}"
        if line.startswith("#"):
            label = line[1:].strip().split(":", 1)[0]
            if ":" in line and label.isidentifier():
                described.add(label)
            continue
        if not line.strip():
            raise KnowledgeBaseError(f"{where}: blank line")
        cells = tuple(line.split("\t"))
        if not columns:
            columns = _header(cells, described, where)
            continue
        if len(cells) != len(columns):
            raise KnowledgeBaseError(f"{where}: expected {len(columns)} cells, found {len(cells)}")
        if any(not cell or cell != cell.strip() for cell in cells):
            raise KnowledgeBaseError(f"{where}: blank cell or stray spaces in {line!r}")
        if cells in seen:
            raise KnowledgeBaseError(f"{where}: repeats line {seen[cells]}")
        seen[cells] = number
    if not columns:
        raise KnowledgeBaseError(f"{filename}: no header row")
    if not seen:
        raise KnowledgeBaseError(f"{filename}: no rows")
    return WordFile(name=name, columns=columns, rows=tuple(seen), lines=tuple(seen.values()))


def _header(cells: tuple[str, ...], described: set[str], where: str) -> tuple[str, ...]:
    """The header row's column names, each of which the comment above must explain."""
    if any(not cell.isidentifier() for cell in cells) or len(set(cells)) != len(cells):
        raise KnowledgeBaseError(f"{where}: bad header row {' TAB '.join(cells)}")
    missing = [cell for cell in cells if cell not in described]
    if missing:
        raise KnowledgeBaseError(
            f"{where}: no '# column: meaning' comment for {', '.join(missing)}")
    return cells
