"""A preposition that only dates the act ("insisted on Thursday", "agreed on Friday") is not the
verb's own preposition, and the day news puts right after a verb does not part the verb from
its preposition ("called on Monday for talks")."""

from __future__ import annotations

import pytest
from events_mentions import code_text, triples
from spacy.language import Language

WORLD = {"Egypt": "EGY", "Israel": "ISR", "Chile": "CHL", "Peru": "PER", "Rwanda": "RWA",
         "the rebels": "REB", "Iran": "IRN", "France": "FRA", "Germany": "DEU"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the day is no "insist on" demand with nothing insisted on: what is insisted is a demand
    # of the rebels
    ("Rwanda insisted on Thursday that the rebels must disarm.", {("RWA", "REB", "1056")}),
    # the day between "called" and "for" leaves the appeal an appeal, not a phone call
    ("Egypt called on Tuesday evening for Israel to withdraw.", {("EGY", "ISR", "025")}),
    ("France called on Sunday for Germany to resume talks.", {("FRA", "DEU", "026")}),
    # the preposition's own object still makes the phrase
    ("Egypt called on Israel to end the fighting.", {("EGY", "ISR", "020")}),
    ("France called Germany on Saturday.", {("FRA", "DEU", "041")}),
])
def test_a_date_is_not_the_verbs_preposition(nlp: Language, sentence: str,
                                             expected: set[tuple[str, str | None, str]]
                                             ) -> None:
    assert triples(code_text(nlp, sentence, WORLD)) == expected


def test_insisting_on_a_right_is_still_a_demand(nlp: Language) -> None:
    codes = {code for _, _, code in triples(code_text(
        nlp, "Iran insisted on its right to enrich uranium.", WORLD))}
    assert codes == {"100"}
