"""Runs of capitalised proper nouns no table knows, read from the Doc's parts of speech."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

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
