"""No module spells out a list of English words: word classes live in ``tacitus/wordlists/``.

A literal set, list or tuple — or a dict whose values are all literals — holding more than
``MAX_WORDS`` lower-case word strings ("hold", "head of state", "peace-keeping") fails here;
move the words into a word file and read them with ``word_set``. A dict whose values are
computed (``{"id": self.id, …}``) is a record being built, and its keys are field names.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import tacitus

MAX_WORDS = 8
WORD = re.compile(r"[a-z]+(?:[-'’ ][a-z]+)*")
SOURCE = Path(tacitus.__file__).resolve().parent
# Literals of lower-case strings that are identifiers, not English words, by the constant that
# holds them; each says why.
ALLOWED = {
    "COLUMNS": "store/rows.py: the column names of the store's tables",
    "_BLOCK_TAGS": "ingest/fragment.py: HTML tag names",
    # ingest/ belongs to the layout reshaping: its month abbreviations are to read calendar.tsv
    "_MONTHS": "ingest/dates.py: month abbreviations, not yet read from wordlists/calendar.tsv",
}


def modules() -> list[Path]:
    return sorted(SOURCE.rglob("*.py"))


def word_count(node: ast.expr) -> int:
    """How many lower-case word strings a literal collection holds (0 for anything else)."""
    if isinstance(node, ast.Set | ast.List | ast.Tuple):
        items = list(node.elts)
    elif isinstance(node, ast.Dict):
        if not all(isinstance(value, ast.Constant) for value in node.values):
            return 0
        items = [key for key in node.keys if key is not None] + list(node.values)
    else:
        return 0
    return sum(1 for item in items if isinstance(item, ast.Constant)
               and isinstance(item.value, str) and WORD.fullmatch(item.value))


def word_lists(tree: ast.Module) -> Iterator[tuple[str, int, int]]:
    """(the name it is assigned to or defined in, line, word count) of each long word list."""
    for statement in tree.body:
        owner = _owner(statement)
        for node in ast.walk(statement):
            if isinstance(node, ast.expr) and (count := word_count(node)) > MAX_WORDS:
                yield owner, node.lineno, count


def _owner(statement: ast.stmt) -> str:
    if isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Name):
        return statement.targets[0].id
    if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
        return statement.target.id
    if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return statement.name
    return "<module>"


@pytest.mark.parametrize("path", modules(), ids=lambda path: str(path.relative_to(SOURCE)))
def test_no_module_spells_out_a_word_list(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [f"{path.name}:{line} {owner} holds {count} words"
             for owner, line, count in word_lists(tree) if owner not in ALLOWED]
    assert found == []


@pytest.mark.parametrize(("source", "count"), [
    ('X = frozenset({"a", "b", "c", "d", "e", "f", "g", "h", "i"})', 9),
    ('X = ("head of state", "peace-keeping", "one\'s")', 3),
    ('X = {"jan": 1, "feb": 2}', 2),
    ('def f(self): return {"id": self.id, "name": self.name}', 0),
    ('X = ("NNS", "NNPS", "dobj_x", "Monday")', 0),
])
def test_what_counts_as_a_word(source: str, count: int) -> None:
    tree = ast.parse(source)
    counts = [word_count(node) for node in ast.walk(tree) if isinstance(node, ast.expr)]
    assert max(counts) == count


def test_a_long_list_is_found() -> None:
    tree = ast.parse('WORDS = ("a", "b", "c", "d", "e", "f", "g", "h", "i")\n')
    assert list(word_lists(tree)) == [("WORDS", 1, 9)]
