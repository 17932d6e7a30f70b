"""A span's text cut from its Doc's remembered text is the span's own text."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from tacitus.nlp.texts import doc_text, joined_text, span_text, whole_word_starts


def test_every_sentence_reads_as_spacy_joins_it(nlp: Language) -> None:
    doc = nlp("The minister met the envoy in Paris.  “We agreed,” she said.\n\n"
              "Talks resume today. ")
    assert [span_text(sentence) for sentence in doc.sents] == [s.text for s in doc.sents]
    assert span_text(doc[2:5]) == doc[2:5].text


def test_each_doc_reads_its_own_text(nlp: Language) -> None:
    first, second = nlp("Rebels attacked the town."), nlp("The army withdrew.")
    assert doc_text(first) == first.text
    assert span_text(second[1:3]) == "army withdrew"
    assert span_text(first[0:2]) == "Rebels attacked"


@pytest.mark.parametrize("text", [
    "", " ", "Envoys met.", "  Two  spaces,\n\nthen a tab\tand a line end\n",
    "“Quoted,” she said — twice…  ", "Ends without a stop"])
def test_the_text_joined_from_the_arrays_is_spacys(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert joined_text(doc) == doc.text == text


@pytest.mark.parametrize(("text", "word"), [
    ("Kowalczyk said. Later Kowalczyk left.", "Kowalczyk"),
    ("Lund-Hansen and Hansen met Hansens and _Hansen and Hansen_ and Hansen2.", "Hansen"),
    ("O'Brien spoke; Brien did not.", "Brien"),
    ("Ébène, Ébène!", "Ébène"),
    ("ananas", "ana"),
    ("aaa aa a", "aa"),
    ("Dlamini", "Dlamini"),
    ("no such name here", "Okafor"),
    ("Nuñez-Nuñez Nuñez", "Nuñez"),
    ("Mr. St. Clair and St. Clair-Ross", "St."),
])
def test_whole_word_starts_as_the_pattern(text: str, word: str) -> None:
    pattern = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])")
    assert list(whole_word_starts(text, word)) == [
        match.start() for match in pattern.finditer(text)]
