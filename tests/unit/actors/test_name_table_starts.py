"""Where a name table may start a name (``may_start``), and ``match_at``'s quick refusals: the
same longest matches as trying every written form at every token."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.actors.aliases import Match, NameTable, compile_name, fold

# written for this test: names of one, two and three tokens under one first word, a name whose
# first word is a whole token of a longer one, hyphenated and dotted names
FORMS = [("the Delta", "delta"), ("the Delta League", "league"), ("the Dell", "dell"),
         ("Port Amber", "port"), ("Port Amber Bay", "bay"), ("Ko-Ra", "kora"),
         ("K.R.", "dotted"), ("Amber", "amber"), ("the Delta-Nine", "nine")]
TEXTS = ["The Delta League met the Dell and the Delta at Port Amber Bay.",
         "Ko-Ra and K.R. left Port Amber for the Delta-Nine, then the",
         "the Delta", "Port", "the deltas of Amber"]


def names() -> NameTable[str]:
    table: NameTable[str] = NameTable()
    for form, value in FORMS:
        table.add(form, value)
    return table


def brute_force(table: NameTable[str], doc: Doc, texts: list[str], start: int
                ) -> Match[str] | None:
    """The longest form that fits at ``start`` (the first listed of equal length), every form
    tried in full (no quick refusal)."""
    fits = [(len(name.compact), -order, end, name.value)
            for order, name in enumerate(compile_name(form, value) for form, value in FORMS)
            if (end := table._fit(doc, texts, start, name)) is not None]
    if not fits:
        return None
    _, _, end, value = max(fits)
    return Match(start, end, value)


@pytest.mark.parametrize("text", TEXTS)
def test_match_at_finds_what_every_form_tried_finds(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    texts = [fold(token.text) for token in doc]
    table = names()
    starts = table.may_start(doc, texts)
    for start in range(len(doc)):
        found = table.match_at(doc, texts, start)
        assert found == brute_force(table, doc, texts, start)
        if not starts[start]:
            assert found is None


def test_may_start_only_where_a_name_is_indexed(nlp: Language) -> None:
    doc = nlp.make_doc("Then the Delta and Amber met in Oslo.")
    texts = [fold(token.text) for token in doc]
    assert names().may_start(doc, texts) == [False, True, False, False, True, False, False,
                                            False, False]


def test_a_table_of_lemmas_may_start_at_a_lemma(nlp: Language) -> None:
    roles: NameTable[str] = NameTable(lemma_last=True, ignore_case=True)
    roles.add("envoy", "title")
    doc = nlp("Two envoys and an envoy met.")
    texts = [fold(token.text) for token in doc]
    starts = roles.may_start(doc, texts)
    assert [token.text for token, start in zip(doc, starts, strict=True) if start] == [
        "envoys", "envoy"]
    assert roles.match_at(doc, texts, 1) == Match(1, 2, "title")
