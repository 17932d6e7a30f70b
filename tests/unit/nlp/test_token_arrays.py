"""The Doc's arrays say of every token what its ``Token`` says, and are read once per Doc."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.actors.datelines import lines
from tacitus.nlp import string_ids
from tacitus.nlp.doc_memo import entities_of
from tacitus.nlp.string_ids import strings_of
from tacitus.nlp.token_arrays import arrays_of, read_arrays, tokens_text

TEXTS = (
    "The foreign minister of Norway said on Tuesday that talks with the rebels would resume.",
    "Protesters marched to the embassy.\n\nPolice, who were not armed, watched them.",
    "  Officials in Lagos denied it -- twice.  ",
)


@pytest.mark.parametrize("text", TEXTS)
def test_every_column_is_what_the_token_says(nlp: Language, text: str) -> None:
    doc = nlp(text)
    arrays = read_arrays(doc)
    assert arrays.heads == tuple(token.head.i for token in doc)
    assert arrays.deps == tuple(token.dep_ for token in doc)
    assert arrays.pos == tuple(token.pos_ for token in doc)
    assert arrays.tags == tuple(token.tag_ for token in doc)
    assert arrays.texts == tuple(token.text for token in doc)
    assert arrays.lower == tuple(token.lower_ for token in doc)
    assert arrays.lemma_lower == tuple(token.lemma_.lower() for token in doc)
    assert arrays.is_space == tuple(token.is_space for token in doc)
    assert arrays.idx == tuple(token.idx for token in doc)
    assert arrays.children == tuple(tuple(child.i for child in token.children) for token in doc)


def test_an_empty_doc_has_empty_arrays(nlp: Language) -> None:
    arrays = read_arrays(nlp(""))
    assert arrays.heads == () and arrays.texts == ()


def test_the_arrays_and_entities_are_read_once_for_the_last_doc(nlp: Language) -> None:
    first, second = nlp(TEXTS[0]), nlp(TEXTS[2])
    assert arrays_of(first) is arrays_of(first)
    assert entities_of(first) is entities_of(first)
    assert [entity.text for entity in entities_of(first)] == [e.text for e in first.ents]
    assert arrays_of(second).texts == tuple(token.text for token in second)
    assert [entity.text for entity in entities_of(second)] == [e.text for e in second.ents]
    # the first Doc again: its own reading, not the second's
    assert arrays_of(first).texts == tuple(token.text for token in first)
    assert [entity.text for entity in entities_of(first)] == [e.text for e in first.ents]


def test_a_line_makes_its_tokens_as_they_are_read(nlp: Language) -> None:
    doc = nlp(TEXTS[1])
    found = list(lines(doc))
    assert [[token.text for token in line] for line in found] == [
        ["Protesters", "marched", "to", "the", "embassy", "."],
        ["Police", ",", "who", "were", "not", "armed", ",", "watched", "them", "."]]
    second = found[1]
    assert second[0].i == 7 and second[-1].text == "." and len(second) == 10
    assert [token.text for token in second[7:]] == ["watched", "them", "."]


def test_the_strings_of_ids_are_the_stores_and_their_memory_is_bounded(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp(TEXTS[0])
    ids = [token.orth for token in doc]
    assert strings_of(doc.vocab.strings, ids) == tuple(token.text for token in doc)
    # past the bound the strings kept are forgotten, and read again from the store
    monkeypatch.setattr(string_ids, "MEMORY", 3)
    assert strings_of(doc.vocab.strings, ids[:2]) == (doc[0].text, doc[1].text)
    assert len(string_ids._KNOWN) <= len(ids)
    strings_of(doc.vocab.strings, ids)
    assert strings_of(doc.vocab.strings, ids[:1]) == (doc[0].text,)
    assert len(string_ids._KNOWN) == 1


@pytest.mark.parametrize("text", TEXTS)
def test_the_text_of_tokens_is_the_span_text(nlp: Language, text: str) -> None:
    doc = nlp(text)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert tokens_text(doc, start, end) == doc[start:end].text
