"""What an appeal or a demand asks for in a clause of its own: the clause a preposition opens
("called for Japan to withdraw") or a "that" clause ("demanded that Iran release …"). The
appeal is coded by what it asks for (``frames.tsv``), the one asked is its target, and the act
asked for is no event of its own."""

from __future__ import annotations

import pytest
from events_mentions import code_text, triples
from spacy.language import Language

WORLD = {
    "Iran": "IRN", "Israel": "ISR", "Russia": "RUS", "Japan": "JPN", "France": "FRA",
    "Germany": "DEU", "Egypt": "EGY", "Chile": "CHL", "Peru": "PER", "Syria": "SYR",
    "Turkey": "TUR", "Greece": "GRC", "the UN": "UNO", "Britain": "GBR", "Spain": "ESP",
}


@pytest.mark.parametrize(("sentence", "expected"), [
    # "called for X to …": the preposition opens a clause with its own subject
    ("Russia called for Japan to withdraw its troops.", {("RUS", "JPN", "0256")}),
    ("Chile is calling for Peru to release the fishermen.", {("CHL", "PER", "0253")}),
    ("Germany pressed for Turkey to hold talks with Greece.", {("DEU", "TUR", "026")}),
    # "demanded that X …", "urged that X …": the act asked for codes the demand or the appeal
    ("Germany demanded that Iran release the sailors.", {("DEU", "IRN", "1053")}),
    ("Spain demanded that Syria withdraw its troops.", {("ESP", "SYR", "1056")}),
    ("The UN urged that Israel hold talks with Syria.", {("UNO", "ISR", "026")}),
    # a phone call is still one when no clause is asked for
    ("Russia called Japan on Monday.", {("RUS", "JPN", "041")}),
])
def test_an_asked_clause_codes_the_appeal(nlp: Language, sentence: str,
                                          expected: set[tuple[str, str | None, str]]) -> None:
    assert triples(code_text(nlp, sentence, WORLD)) == expected


@pytest.mark.parametrize("sentence", [
    "France demanded that Egypt release the prisoners.",
    "France called for Egypt to release the prisoners.",
    "France urged that Egypt release the prisoners.",
])
def test_the_act_asked_for_is_no_event_of_its_own(nlp: Language, sentence: str) -> None:
    found = triples(code_text(nlp, sentence, WORLD))
    assert found
    assert all(source == "FRA" and code[:2] in {"02", "10"} for source, _, code in found)

