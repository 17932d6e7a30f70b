"""A Doc's tokens read once through arrays: the same texts, folded texts, flags and entities as
reading every ``Token``."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.actors.aliases import fold
from tacitus.actors.token_reading import LastReading, read_tokens, reading_of

# written for this test: accents and curly apostrophes to fold, numbers and marks that are not
# alphabetic, spaces, names of places and people the model tags as entities, an empty text
SENTENCES = [
    "The envoy flew from São Paulo to Zürich on 3 May, and Ana Núñez’s aides followed.",
    "Troops near Kharkiv fired 12 shells; the mayor of Lviv called it “a crime”.\n\n  Then:",
    "",
]


def by_tokens(doc: Doc) -> tuple[object, ...]:
    return (tuple(token.text for token in doc), [fold(token.text) for token in doc],
            tuple(token.is_alpha for token in doc), tuple(token.dep for token in doc),
            tuple(token.is_space or token.is_punct for token in doc),
            {index: (span.start, span.end) for span in doc.ents
             for index in range(span.start, span.end)})


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_reading_is_what_the_tokens_give(nlp: Language, sentence: str) -> None:
    doc = nlp(sentence)
    reading = read_tokens(doc)
    assert (reading.texts, reading.folded, reading.alpha, reading.deps, reading.space_or_punct,
            reading.entities) == by_tokens(doc)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_capitalised_words_are_the_alphabetic_tokens_written_with_a_capital(
        nlp: Language, sentence: str) -> None:
    doc = nlp(sentence)
    assert read_tokens(doc).capitalised == tuple(
        token.i for token in doc if token.is_alpha and token.text[:1].isupper())


def test_the_last_doc_is_read_once_and_another_anew(nlp: Language) -> None:
    first, second = nlp(SENTENCES[0]), nlp(SENTENCES[1])
    last = LastReading()
    reading = last.of(first)
    assert last.of(first) is reading
    other = last.of(second)
    assert other is not reading
    assert other.texts == tuple(token.text for token in second)
    assert last.of(first) is not reading
    assert last.of(first).texts == reading.texts


def test_the_shared_reading_follows_the_last_doc(nlp: Language) -> None:
    first, second = nlp(SENTENCES[0]), nlp(SENTENCES[1])
    assert reading_of(first) is reading_of(first)
    assert reading_of(second).texts == tuple(token.text for token in second)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_parts_of_speech_are_what_the_tokens_give(nlp: Language, sentence: str) -> None:
    doc = nlp(sentence)
    assert read_tokens(doc).pos == tuple(token.pos for token in doc)
