"""Who the view counts as a person named outside quotation marks, whatever entity type the parser
gave each use of the name (set here by hand, so the cases do not hang on the parser's guesses)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Span

from tacitus.quotes.view import DocView

TEXT = "Mr Brannock arrived on Sunday. Brannock looked tired after the flight."


def test_a_name_the_parser_saw_as_a_person_once_is_a_person_at_each_use(
        nlp: Language, article_for: Any) -> None:
    doc = nlp(TEXT)
    first = next(t.i for t in doc if t.text == "Brannock")
    second = next(t.i for t in doc if t.text == "Brannock" and t.i != first)
    doc.ents = [Span(doc, first, first + 1, "PERSON"), Span(doc, second, second + 1, "ORG")]
    people = DocView(doc, (), article_for(TEXT)).people
    assert [(person.start, person.text) for person in people] == [
        (first, "Brannock"), (second, "Brannock")]


def test_a_name_the_parser_never_saw_as_a_person_stays_a_body(
        nlp: Language, article_for: Any) -> None:
    text = "Brannock Mining opened on Sunday. Brannock looked busy after the launch."
    doc = nlp(text)
    uses = [t.i for t in doc if t.text == "Brannock"]
    doc.ents = [Span(doc, uses[0], uses[0] + 2, "ORG"), Span(doc, uses[1], uses[1] + 1, "ORG")]
    assert DocView(doc, (), article_for(text)).people == []


@pytest.mark.parametrize(
    ("verb", "label", "speaks"),
    [
        pytest.param("said", "NORP", True, id="a-nationality-label-that-says-is-a-surname"),
        pytest.param("said", "GPE", True, id="a-place-label-that-says-is-a-surname"),
        pytest.param("added", "ORG", True, id="a-body-label-that-adds-is-a-surname"),
        pytest.param("looked", "NORP", False, id="one-that-does-not-speak-stays-what-it-was"),
    ],
)
def test_a_one_word_name_that_speaks_is_a_person(nlp: Language, article_for: Any, verb: str,
                                                 label: str, speaks: bool) -> None:
    text = f"The talks ended at noon. Later, Brannock {verb} he was tired."
    doc = nlp(text)
    name = next(t.i for t in doc if t.text == "Brannock")
    doc.ents = [Span(doc, name, name + 1, label)]
    people = DocView(doc, (), article_for(text)).people
    assert [person.text for person in people] == (["Brannock"] if speaks else [])


def test_a_title_in_capitals_that_heads_the_subject_is_no_name(
        nlp: Language, article_for: Any) -> None:
    text = ("President of Chile's National Port Authority Tom Berg says the crews saved the pier."
            " “They acted at once,” he said.")
    people = DocView(nlp(text), (), article_for(text)).people
    assert [person.text for person in people] == ["Tom Berg"]
