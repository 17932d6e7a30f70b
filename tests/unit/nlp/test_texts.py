"""A span's text cut from its Doc's remembered text is the span's own text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.nlp.texts import doc_text, joined_text, span_text


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
