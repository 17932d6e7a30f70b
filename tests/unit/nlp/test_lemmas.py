"""The lemmatizer applied by look-ups sets exactly the lemmas spaCy's lemmatizer sets."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.nlp.attribute_rules import use_attribute_rules
from tacitus.nlp.lemmas import LEMMATIZER, LookupLemmas, use_lookup_lemmas
from tacitus.nlp.parser import english_words
from tacitus.settings import DEFAULT_MODEL

# sentences written for this test: plurals and irregular forms, verbs in every tense, words the
# ruler lemmatizes itself (pronouns, "'s", "n't"), capitalised and unknown words, and one word in
# several parts of speech ("leaves", "saw", "bears") so the remembered lemmas are put to the test
SENTENCES = [
    "The ministers' wives leave early; she leaves the leaves where the geese were feeding.",
    "He saw the saws that we had seen being sold, and they're buying better ones.",
    "Bears bears no grudge: the Chicago Bears bore it, but it was borne by the fans.",
    "Zorvanian envoys quibbled, quibbling over the quibbles of the Flumphs' best-laid plans.",
    "Wasn't it the children who'd ran, running faster than the oxen could've run?",
    "Most of the mice had fled; the least hungry stayed, happier than the others.",
]


def lemmas(doc: Doc) -> list[tuple[str, str, int]]:
    return [(token.text, token.lemma_, token.lemma) for token in doc]


@pytest.fixture(scope="module")
def both() -> tuple[Language, Language]:
    spacys = spacy.load(DEFAULT_MODEL)
    ours = spacy.load(DEFAULT_MODEL)
    assert use_attribute_rules(spacys) and use_attribute_rules(ours)
    assert use_lookup_lemmas(ours)
    return spacys, ours


def test_the_loaded_pipeline_uses_the_look_ups(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe(LEMMATIZER), LookupLemmas)
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index(LEMMATIZER)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_lemmas_are_spacys(both: tuple[Language, Language], sentence: str) -> None:
    spacys, ours = both
    assert lemmas(ours(sentence)) == lemmas(spacys(sentence))


def test_remembered_lemmas_are_the_same_in_any_order(both: tuple[Language, Language]) -> None:
    spacys, ours = both
    expected = [lemmas(doc) for doc in spacys.pipe(SENTENCES)]
    # the second pass reads every lemma from memory, in reverse order
    for _ in range(2):
        assert [lemmas(doc) for doc in ours.pipe(SENTENCES[::-1])] == expected[::-1]


def test_a_lemma_set_before_is_kept(both: tuple[Language, Language]) -> None:
    _, ours = both
    doc = ours.make_doc("The envoys met.")
    for name, component in ours.pipeline:
        if name != LEMMATIZER:
            doc = component(doc)
    doc[1].lemma_ = "delegate"
    ours.get_pipe(LEMMATIZER)(doc)
    assert [token.lemma_ for token in doc] == ["the", "delegate", "meet", "."]


def test_an_empty_text_is_left_alone(both: tuple[Language, Language]) -> None:
    assert len(both[1]("")) == 0


def test_the_english_words_are_read_through_the_look_ups(both: tuple[Language, Language]
                                                          ) -> None:
    spacys, ours = both
    words = english_words(ours)
    assert words == english_words(spacys)
    assert {"minister", "leave", "goose"} <= words
