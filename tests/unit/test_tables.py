"""The one table reader: comments skipped, header checked, malformed rows named by line."""

from __future__ import annotations

import pytest

from tacitus.datatables import parse_table, read_packaged_table, split_list
from tacitus.errors import KnowledgeBaseError


@pytest.mark.parametrize(("text", "message"), [
    ("a\tb\n1\t2\n", "t.tsv:1: the header must be code TAB name"),
    ("# only a comment\n", "t.tsv: no header"),
    ("code\tname\n01\n", "t.tsv:2: expected 2 cells, found 1"),
    ("# c\ncode\tname\n01\tA\n02\tB\textra\n", "t.tsv:4: expected 2 cells, found 3"),
])
def test_malformed_tables_are_refused_with_file_and_line(text: str, message: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=message):
        parse_table(text, ("code", "name"), name="t.tsv")


def test_comments_and_blank_lines_are_skipped_and_cells_trimmed() -> None:
    rows = parse_table("# c\ncode\tname\n\n# x\n01\t Statement \n", ("code", "name"), name="t")
    assert [(row.line, dict(row.cells)) for row in rows] == [
        (5, {"code": "01", "name": "Statement"})]
    assert rows[0]["name"] == "Statement"
    assert str(rows[0].fail("bad")) == "t:5: bad"


def test_a_missing_packaged_table_is_a_knowledge_base_error() -> None:
    with pytest.raises(KnowledgeBaseError, match="missing"):
        read_packaged_table("tacitus.events", "no_such_table.tsv", ("code",))


@pytest.mark.parametrize(("cell", "items"), [
    ("a|b| c ", ("a", "b", "c")),
    ("", ()),
    ("|a||", ("a",)),
])
def test_list_cells_split_on_bars(cell: str, items: tuple[str, ...]) -> None:
    assert split_list(cell) == items
