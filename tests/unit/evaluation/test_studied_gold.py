"""The study scripts' command line (``scripts/studied_gold.py``) refuses every real-news set that
is never studied, and reads any other gold file; an article's draw is read from its id."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

from studied_gold import draw_of, studied_gold


@pytest.mark.parametrize("name", ["test.jsonl", "fresh.jsonl", "double.jsonl"])
def test_an_unstudied_set_is_refused(name: str, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "argv", ["study", "somewhere/train.jsonl", f"somewhere/{name}"])
    assert studied_gold("a study") is None
    assert f"refused: {name}" in capsys.readouterr().err


def test_a_studied_set_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["study", "somewhere/train.jsonl", "--list"])
    arguments = studied_gold("a study", list_help="list the errors")
    assert arguments is not None
    assert arguments.gold == [Path("somewhere/train.jsonl")] and arguments.list


@pytest.mark.parametrize(("record_id", "draw"), [("rn-agn-001", "rn"), ("ru-toi-017", "ru"),
                                                 ("plain", "plain")])
def test_an_article_is_counted_in_the_draw_its_id_names(record_id: str, draw: str) -> None:
    assert draw_of(record_id) == draw
