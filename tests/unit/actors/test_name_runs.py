"""Runs of capitalised proper nouns no table knows, read from the Doc's parts of speech."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from tacitus.actors.name_runs import unknown_name


def _doc(nlp: Language, words: list[str], pos: list[str]) -> Doc:
    # parts of speech set by hand, so the test reads what the run rule does, not the tagger
    doc = Doc(nlp.vocab, words=words,
              spaces=[word not in ("Li", "-", "wen") for word in words])
    for token, tag in zip(doc, pos, strict=True):
        token.pos_ = tag
    return doc


# written for this test
WORDS = ["Yesterday", "Mira", "Oduya", "Kell", "of", "Tarn", "met", "Chen", "Li", "-", "wen", "."]
POS = ["NOUN", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT",
       "PROPN", "PUNCT"]


@pytest.mark.parametrize(("position", "end"), [
    (0, 0),    # no proper noun
    (1, 4),    # three proper nouns, up to the preposition
    (5, 6),
    (6, 6),    # a verb
    (7, 11),   # "Chen Li-wen": the hyphen and the last part join the run
    (11, 11),
])
def test_a_run_ends_at_the_first_word_that_is_no_name(nlp: Language, position: int,
                                                       end: int) -> None:
    doc = _doc(nlp, WORDS, POS)
    assert unknown_name(doc, [False] * len(doc), position) == end


def test_a_covered_word_ends_the_run(nlp: Language) -> None:
    doc = _doc(nlp, WORDS, POS)
    covered = [False] * len(doc)
    covered[3] = True
    assert unknown_name(doc, covered, 1) == 3


def _person_doc(nlp: Language, words: list[str], person: tuple[int, int]) -> Doc:
    # parts of speech and the person's name set by hand: the rule reads the parser's person,
    # so the test sets it rather than trusting the tagger
    doc = Doc(nlp.vocab, words=words, spaces=[word != "al" for word in words])
    for token in doc:
        token.pos_ = "PROPN" if token.text[:1].isupper() else "NOUN"
    start, end = person
    doc.set_ents([Span(doc, start, end, "PERSON")])
    return doc


@pytest.mark.parametrize(("words", "person", "end"), [
    # written for this test: a particle between a given name and a surname joins the name
    (["Mayor", "Ines", "de", "Souza", "spoke"], (1, 4), 4),
    (["Mayor", "Anke", "van", "der", "Molen", "spoke"], (1, 5), 5),
    (["Mayor", "Omar", "al", "-", "Tamimi", "spoke"], (1, 5), 5),
    # the parser's person ends before the particle: the name does too
    (["Mayor", "Ines", "de", "Souza", "spoke"], (1, 2), 2),
    # a particle with no capitalised surname after it
    (["Mayor", "Ines", "de", "la", "spoke"], (1, 4), 2),
    # a run already at its longest: no particle joins it without the surname after it
    (["Mayor", "Ana", "Ines", "Maria", "de", "Souza", "spoke"], (1, 6), 4),
])
def test_a_particle_inside_a_person_s_name_joins_it(nlp: Language, words: list[str],
                                                    person: tuple[int, int], end: int) -> None:
    doc = _person_doc(nlp, words, person)
    assert unknown_name(doc, [False] * len(doc), 1) == end
