"""A ``DocMemo`` reads each key once while its Doc is the last asked about, and never answers
one Doc from another's reading."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.nlp.doc_memo import (
    DocMemo,
    DocReading,
    SpanRoots,
    alpha_lemmas,
    lemmas_of,
    sentence_numbers,
    sentence_of,
    sentences_of,
    text_of,
)
from tacitus.nlp.texts import doc_text


def test_each_key_is_read_once_for_the_last_doc(nlp: Language) -> None:
    asked: list[tuple[str, int]] = []

    def read(doc: Doc, index: int) -> str:
        asked.append((doc.text, index))
        return doc[index].lower_

    memo: DocMemo[int, str] = DocMemo(read)
    first = nlp("Envoys met in Oslo.")
    assert memo.get(first, 0) == "envoys"
    assert memo.get(first, 0) == "envoys"
    assert memo.get(first, 3) == "oslo"
    assert asked == [("Envoys met in Oslo.", 0), ("Envoys met in Oslo.", 3)]


def test_another_doc_is_read_anew_even_at_the_same_key(nlp: Language) -> None:
    memo: DocMemo[int, str] = DocMemo(lambda doc, index: doc[index].lower_)
    first, second = nlp("Envoys met in Oslo."), nlp("Rebels left the city.")
    assert memo.get(first, 0) == "envoys"
    assert memo.get(second, 0) == "rebels"
    # the first Doc again: its own answer, not the second's
    assert memo.get(first, 0) == "envoys"
    # a new Doc of the same text is another Doc
    assert memo.get(nlp("Rebels left the city."), 2) == "the"


def test_a_doc_reading_is_read_once_for_the_last_doc(nlp: Language) -> None:
    asked: list[str] = []

    def read(doc: Doc) -> int:
        asked.append(doc.text)
        return len(doc)

    reading: DocReading[int] = DocReading(read)
    first, second = nlp("Envoys met in Oslo."), nlp("Rebels left.")
    assert reading.of(first) == reading.of(first) == 5
    assert reading.of(second) == 3
    assert reading.of(first) == 5
    assert asked == ["Envoys met in Oslo.", "Rebels left.", "Envoys met in Oslo."]


# written for this test: an irregular plural and verb, capitals, a number, a curly apostrophe, a
# stop word, marks and an empty text
LEMMA_TEXTS = ["The Mice’s envoys were ordered to leave 12 towns, and they LEFT!", ""]


@pytest.mark.parametrize("text", LEMMA_TEXTS)
def test_the_lemmas_are_what_the_tokens_give(nlp: Language, text: str) -> None:
    doc = nlp(text)
    lemmas = lemmas_of(doc)
    assert lemmas.lemmas == tuple(token.lemma_ for token in doc)
    assert lemmas.lowered == tuple(token.lemma_.lower() for token in doc)
    assert lemmas.alpha == tuple(token.is_alpha for token in doc)
    assert lemmas.stop == tuple(token.is_stop for token in doc)
    assert lemmas.length == tuple(len(token) for token in doc)
    assert alpha_lemmas(doc) == {token.lemma_.lower() for token in doc if token.is_alpha}


def test_the_lemmas_follow_the_last_doc(nlp: Language) -> None:
    first, second = nlp("Envoys met."), nlp("Troops were ordered out.")
    assert lemmas_of(first) is lemmas_of(first)
    assert lemmas_of(second).lemmas == ("troop", "be", "order", "out", ".")
    assert alpha_lemmas(first) == {"envoy", "meet"}


def test_the_text_follows_the_last_doc(nlp: Language) -> None:
    first = nlp("The envoy left Kabul.\nTalks resume.")
    second = nlp("Rebels shelled the port [as received].")
    assert text_of(first) == first.text
    assert text_of(second) == second.text
    assert text_of(first) == first.text


def test_the_text_is_joined_once_for_every_reader(nlp: Language) -> None:
    doc = nlp("Envoys met in Oslo. Talks resume.")
    # the trigger tests' text and the sentences' text are one string, joined once
    assert text_of(doc) is doc_text(doc)


# written for this test: three sentences, the second a question, a paragraph break
SENTENCE_TEXTS = ["Envoys met in Oslo on Monday. Will the talks resume?\nRebels left the city.",
                  "One sentence only"]


@pytest.mark.parametrize("text", SENTENCE_TEXTS)
def test_the_sentences_are_what_the_doc_gives(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert sentences_of(doc) == tuple(doc.sents)
    for token in doc:
        sentence = sentence_of(token)
        assert (sentence.start, sentence.end) == (token.sent.start, token.sent.end)
        assert sentences_of(doc)[sentence_numbers(doc)[token.i]] == token.sent


def test_the_sentences_follow_the_last_doc(nlp: Language) -> None:
    first, second = nlp("Envoys met. Talks resume."), nlp("Rebels left the city.")
    assert len(sentences_of(first)) == 2
    assert sentence_of(second[3]).text == "Rebels left the city."
    # the first Doc again: its own sentences, not the second's
    assert sentence_of(first[3]).text == "Talks resume."
    assert sentence_numbers(first) == (0, 0, 0, 1, 1, 1)


def test_span_roots_are_read_once_for_the_last_doc_and_anew_for_another(nlp: Language) -> None:
    roots = SpanRoots()
    first, second = nlp("Envoys met in Oslo."), nlp("Rebels left the city.")
    root = roots.of(first, 0, 2)
    assert root.i == 1 and root.text == "met"
    # asked again: the very Token kept, not a new one
    assert roots.of(first, 0, 2) is root
    # the same span of another Doc is that Doc's root
    assert roots.of(second, 2, 4).text == "city"
    assert roots.of(second, 0, 2).text == "left"
    assert roots.of(first, 0, 2).text == "met"
