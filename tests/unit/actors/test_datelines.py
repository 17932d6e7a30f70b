"""Datelines: found after a headline or byline, in any case, never an ordinary sentence's opening
place name."""

from __future__ import annotations

from functools import cache

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.actors.datelines import find_dateline
from tacitus.actors.places import make_locator
from tacitus.model import ActorMention


def dateline(nlp: Language, text: str) -> str | None:
    doc = nlp(text)
    found = find_dateline(doc)
    return doc[found.start:found.end].text if found is not None else None


@pytest.mark.parametrize(("text", "expected"), [
    # at the very start, as before
    ("LAGOS, Nigeria (AP) - Kidnappers released the pupils on Sunday.", "LAGOS, Nigeria (AP) -"),
    # after a headline
    ("Rebels Free Hostages Near Border\n\nNAIROBI, March 3 (Reuters) - Rebels freed ten "
     "hostages on Monday, officials said.", "NAIROBI, March 3 (Reuters) -"),
    # after a headline and a byline, in title case with a region
    ("Port Workers Strike Again\nBy Anna Berg\nHamburg, Germany — Dock workers walked out on "
     "Tuesday for the third time this month.", "Hamburg, Germany —"),
    # an upper-case place alone before a colon, after a headline
    ("Bridge closed after floods\n\nDHAKA: Engineers closed the main bridge on Friday after the "
     "river rose.", "DHAKA:"),
    # a wire service's own header, indented, with a date and a service in parentheses
    ("   LIMA, 4 JUN 91 (RADIO NACIONAL) -- [TEXT] THE ARMY SAID TODAY THAT IT HAD CLOSED THE "
     "ROADS.", "LIMA, 4 JUN 91 (RADIO NACIONAL) --"),
    # in small letters, after a line of metadata
    ("This story is from May 2, 2003\n\nchennai: the state cabinet approved a new water plan on "
     "monday after a long debate.", "chennai:"),
    # a place before a colon, where a transcript would set a speaker's label
    ("KAMPALA: \u201cThe border will stay open for traders,\u201d the minister told parliament on"
     " Monday.", "KAMPALA:"),
    # an agency alone
    ("Dam Talks Stall (AFP)\n\nAFP - Talks on the dam stalled on Monday, both sides said.",
     "AFP -"),
])
def test_finds_the_dateline(nlp: Language, text: str, expected: str) -> None:
    assert dateline(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # a headline, then an ordinary lede
    "Ministers Meet on Trade\n\nThe ministers of five countries met on Friday to discuss tariffs.",
    # a sentence opening with a place name
    "Paris is preparing for a long summer of strikes, unions said on Monday.",
    "Paris - the city of light - is quiet this week, residents said.",
    # a headline with a country label and a title-case headline with a dash
    "Kenya: Farmers count losses\n\nFarmers in the west lost most of their harvest to floods.",
    "Kerry Wins Iowa - Edwards Second\n\nThe senator won the caucuses by a wide margin.",
    # a name with an abbreviation in parentheses, and a hyphen inside a word
    "Northern Water Board (NWB) Director Ann Lee said the reservoirs were full.",
    "In May, Sen. Mary Fox, D-Ore., said she would vote against the bill.",
    # a long first paragraph ends the search
    ("The council met for six hours on Monday night and voted to close three schools in the "
     "district by the end of the year, despite loud protests from parents and teachers alike.\n\n"
     "OSLO - A second paragraph with a dash in it follows here."),
    # a transcript's speaker label of a title and a name, in capitals or in title case
    "SENATOR MARTA LINDQVIST: \u201cThe budget will pass before the summer recess.\u201d",
    "Governor Paolo Renzi: We have asked the army for help with the floods in the valley.",
])
def test_finds_no_dateline(nlp: Language, text: str) -> None:
    assert dateline(nlp, text) is None


@cache
def resolver(*, towns: bool) -> ActorResolver:
    return make_actor_resolver(towns=make_locator().find_towns if towns else None)


@pytest.mark.parametrize(("text", "towns", "expected"), [
    # the capital of a dateline after a headline is no actor; unnamed officials take its country
    ("Talks on water rights stall\n\nNAIROBI (Reuters) - Officials said on Monday that the "
     "talks had stalled.", False, [("Officials", "KENGOV")]),
    # the headline keeps its actors; only the dateline's names are none
    ("Kenya rejects aid offer\n\nNAIROBI (Reuters) - Officials said on Monday that the offer "
     "came too late.", False, [("Kenya", "KEN"), ("Officials", "KENGOV")]),
    # a dateline naming a town and no country or capital still sets the story there
    ("Strike ends at the port\n\nMombasa, March 3 (AP) — Police said on Monday that the strike "
     "had ended.", True, [("Police", "KENCOP")]),
    # "the government" with no antecedent is the government of the dateline's country ...
    ("Rail plan delayed\n\nNAIROBI (Reuters) - The government postponed the new rail plan on "
     "Monday.", False, [("The government", "KENGOV")]),
    # ... and of no country without a dateline
    ("The government postponed the new rail plan on Monday.", False, [("The government", "GOV")]),
])
def test_the_dateline_sets_the_story_country(nlp: Language, text: str, towns: bool,
                                              expected: list[tuple[str, str]]) -> None:
    mentions: tuple[ActorMention, ...] = resolver(towns=towns)(nlp(text), None)
    assert [(mention.text, mention.actor.code) for mention in mentions] == expected
