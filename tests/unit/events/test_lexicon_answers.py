"""The lexicon's answers for a word are kept: asked again, the same entries in the same order
(longest pattern first, each head form once); the kept answers stay bounded."""

from __future__ import annotations

import pytest

from tacitus.events import lexicon as lexicon_module
from tacitus.events.lexicon import parse_lexicon

# written for this test: a verb with a particle and a prepositional pattern, and a second head
HEADER = "kind\tpattern\tcameo\n"
ROWS = ("verb\tshell\t195\nparticle\tshell out\t070\nprep\tshell at\t195\n"
        "verb\tbombard\t195\nparticle\tbombard back\t195\n")


def test_an_answer_asked_again_is_the_same() -> None:
    lexicon = parse_lexicon("# test\n" + HEADER + ROWS)
    first = lexicon.candidates("particle", ["shell", "shelled", "shell"])
    assert [entry.pattern for entry in first] == ["shell out"]
    assert lexicon.candidates("particle", iter(["shell", "shelled"])) is first
    both = lexicon.candidates("particle", ["bombard", "shell"])
    assert [entry.pattern for entry in both] == ["bombard back", "shell out"]
    # another order of the forms is another question, answered in its own order
    assert [entry.pattern for entry in lexicon.candidates("particle", ["shell", "bombard"])
            ] == ["shell out", "bombard back"]
    assert lexicon.candidates("verb", ["strafe"]) == ()


def test_the_kept_answers_are_forgotten_past_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon_module, "FOUND_LIMIT", 2)
    lexicon = parse_lexicon("# test\n" + HEADER + ROWS)
    first = lexicon.candidates("verb", ["shell"])
    lexicon.candidates("verb", ["bombard"])
    # a third question forgets the first two before it is kept
    assert [entry.cameo for entry in lexicon.candidates("prep", ["shell"])] == ["195"]
    again = lexicon.candidates("verb", ["shell"])
    assert again == first
    assert again is not first
