"""Garbled curly quotation marks set right before parsing, keeping every offset."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tacitus.nlp.garbled_marks import repair_marks
from tacitus.quotes.marks import pair_marks


def test_garbled_marks_become_the_marks_they_stand_for() -> None:
    text = "â€œWe give notice first,â€™â€™ said Gupta. â€œNo,â€\ufffd he added."
    repaired = repair_marks(text)
    assert repaired == "  “We give notice first,”      said Gupta.   “No,”   he added."
    assert [repaired[p.start:p.end] for p in pair_marks(repaired)] == [
        "We give notice first", "No"]
    # the quoted words keep their offsets in the original text
    assert [text[p.start:p.end] for p in pair_marks(repaired)] == [
        "We give notice first", "No"]


def test_an_apostrophe_inside_a_word_is_left_alone() -> None:
    assert repair_marks("Mr Brittoâ€™s life") == "Mr Brittoâ€™s life"


@given(st.text(alphabet=st.sampled_from(["â", "€", "œ", "™", "\x9d", "\ufffd", "a", " "]),
               max_size=60))
def test_never_changes_the_length(text: str) -> None:
    assert len(repair_marks(text)) == len(text)
