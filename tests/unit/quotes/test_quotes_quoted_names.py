"""Quotation marks around a name, not around anyone's words (``quotes.quoted_names``): the name
a commander goes by, a thing named with no one naming it, a name set before a noun; a fragment
a speaker names something with stays a quote. Every sentence is invented."""

from __future__ import annotations

from typing import Any

import pytest


def direct_texts(analyse: Any, text: str) -> list[str]:
    quotes, _ = analyse(text, [])
    return [quote.text for quote in quotes if quote.direct]


@pytest.mark.parametrize("text", [
    pytest.param('The rebel commander, known as "Tiger," said the army would fall.',
                 id="known-as-in-the-speakers-place"),
    pytest.param("THE GUERRILLA LEADER, KNOWN AS \u201cTIGRE,\u201d SAID THAT THE ARMY WOULD"
                 " FALL.", id="known-as-in-capitals"),
    pytest.param('The illness, often called "farmer\'s lung," is rare, doctors say.',
                 id="called-with-no-one-calling"),
    pytest.param('The disease has been dubbed "feather lung," the doctors said.',
                 id="dubbed-passive"),
    pytest.param('The police found rifles in a house in the "Miraflores" district, the army'
                 " claims.", id="name-before-a-noun"),
])
def test_a_name_in_marks_is_no_quote(analyse: Any, text: str) -> None:
    assert direct_texts(analyse, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('The minister called the plan "reckless" on Monday.', ["reckless"],
                 id="called-by-a-speaker"),
    pytest.param('The plan was called "reckless" by the minister.', ["reckless"],
                 id="passive-with-a-namer"),
    pytest.param('A senior official called the rule "illegitimate" and said the vote was'
                 " rigged.", ["illegitimate"], id="naming-an-object-in-the-subject"),
    pytest.param('He warned against a "one-size-fits-all" approach, officials said.',
                 ["one-size-fits-all"], id="scare-quote-before-a-noun"),
])
def test_words_a_speaker_names_something_with_stay(analyse: Any, text: str,
                                                   expected: list[str]) -> None:
    assert direct_texts(analyse, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param('Readers wrote to the paper about the article "Are the polls wrong?" on Sunday.',
                 id="after-a-work-noun"),
    pytest.param('The "Clean hands are safe hands" campaign began in May, officials said.',
                 id="before-a-work-noun"),
])
def test_a_title_beside_its_work_noun_is_no_quote(analyse: Any, text: str) -> None:
    assert direct_texts(analyse, text) == []
