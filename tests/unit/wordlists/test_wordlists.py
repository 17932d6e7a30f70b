"""The word-list reader: every packaged file valid, lists found by name, bad files named by line."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

import tacitus
from tacitus.errors import KnowledgeBaseError
from tacitus.wordlists import (
    PACKAGE,
    parse_word_file,
    read_word_file,
    word_list,
    word_map,
    word_set,
    word_table,
)

NAMES = sorted(entry.name.removesuffix(".tsv") for entry in resources.files(PACKAGE).iterdir()
               if entry.name.endswith(".tsv"))


@pytest.mark.parametrize("name", NAMES)
def test_every_packaged_word_file_loads(name: str) -> None:
    found = read_word_file(name)
    assert found.rows
    assert all(len(row) == len(found.columns) for row in found.rows)


def test_every_packaged_word_file_is_described_in_the_readme() -> None:
    readme = resources.files(PACKAGE).joinpath("README.md").read_text(encoding="utf-8")
    assert [name for name in NAMES if f"`{name}.tsv`" not in readme] == []


def test_every_packaged_word_file_is_read_by_some_module() -> None:
    package = Path(tacitus.__file__).resolve().parent
    code = "\n".join(path.read_text(encoding="utf-8") for path in package.rglob("*.py"))
    assert [name for name in NAMES if f'"{name}"' not in code] == []


def test_lists_are_read_by_name_as_sets_lists_tables_and_maps() -> None:
    assert "hold" in word_set("light_verbs")
    assert word_list("calendar", kind="weekday")[0] == "monday"
    assert ("sept", "month", "9", "abbreviation") in word_table("calendar")
    assert word_map("number_words")["dozen"] == "12"


def test_an_unknown_list_is_a_clear_error() -> None:
    with pytest.raises(KnowledgeBaseError, match="unknown word list 'speach_verbs'"):
        word_set("speach_verbs")
    with pytest.raises(KnowledgeBaseError, match="not a word-list name"):
        word_set("../errors")


def test_filtering_on_an_unknown_column_is_an_error() -> None:
    with pytest.raises(KnowledgeBaseError, match=r"calendar\.tsv: no column season"):
        word_list("calendar", season="winter")


def test_a_map_needs_two_columns() -> None:
    with pytest.raises(KnowledgeBaseError, match="a map needs two columns"):
        word_map("calendar")


@pytest.mark.parametrize(("text", "message"), [
    ("word\nhold\n", "t.tsv:1: no '# column: meaning' comment for word"),
    ("# word: w\n# kind: k\nword\tkind\nhold\n", "t.tsv:4: expected 2 cells, found 1"),
    ("# word: w\nword\nhold\n\nmake\n", "t.tsv:4: blank line"),
    ("# word: w\nword\nhold\nhold\n", "t.tsv:4: repeats line 3"),
    ("# word: w\n# kind: k\nword\tkind\nhold\t\n", "t.tsv:4: blank cell"),
    ("# word: w\nword\n hold\n", "t.tsv:3: blank cell or stray spaces"),
    ("# word: w\nword\n", "t.tsv: no rows"),
    ("# word: w\n", "t.tsv: no header row"),
    ("# word: w\nword\tword\nhold\thold\n", "t.tsv:2: bad header row"),
])
def test_malformed_word_files_are_refused_with_file_and_line(text: str, message: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=message):
        parse_word_file(text, name="t")


def test_comment_lines_between_rows_are_allowed() -> None:
    found = parse_word_file("# word: w\nword\nhold\n# more\nmake\n", name="t")
    assert found.rows == (("hold",), ("make",))
    assert found.lines == (3, 5)
