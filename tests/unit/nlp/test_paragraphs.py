"""Sentences end at paragraph breaks, not at hard-wrapped line ends."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.nlp.paragraphs import space_runs


def sentences(nlp: Language, text: str) -> list[str]:
    return [sentence.text.strip() for sentence in nlp(text).sents if sentence.text.strip()]


@pytest.mark.parametrize("text", [
    "“We will not be deterred,” the adviser said.”\nThe ministry said talks would resume.",
    "The talks ended without a deal\n\nThe ministry said talks would resume.",
    "“Violence must stop.”\nNATO urged Serbia to de-escalate.",
])
def test_a_paragraph_starts_a_sentence(nlp: Language, text: str) -> None:
    last = text.replace("\n\n", "\n").split("\n")[-1]
    assert sentences(nlp, text)[-1] == last


def test_a_hard_wrapped_line_does_not_end_a_sentence(nlp: Language) -> None:
    text = ("Police sources have reported that unidentified individuals planted a\n"
            "bomb in front of a church in the district.")
    assert len(sentences(nlp, text)) == 1


def test_the_component_runs_before_the_parser(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("tacitus_paragraph_starts") < names.index("parser")


@pytest.mark.parametrize(("text", "runs"), [
    ("The envoy left on Monday.", []),
    ("The envoy left.\n\nTalks resume  today.\n", [(4, 5), (7, 8), (10, 11)]),
    ("The envoy left. \n \nTalks resume.", [(4, 5)]),
    ("  The envoy left.", [(0, 1)]),
])
def test_whitespace_runs_are_read_from_the_array(nlp: Language, text: str,
                                                 runs: list[tuple[int, int]]) -> None:
    doc = nlp.make_doc(text)
    assert space_runs(doc) == runs
    assert [token.i for token in doc if token.is_space] == [
        index for start, end in runs for index in range(start, end)]
