"""A titled person's country from the text around them, weakest grounds last: where they speak
(a venue hung on their own verb) only when nothing else places them, whom they speak of (their
quoted words) only when not even a venue does; an opposition is no counterpart of its own
government; a shared seat after a country, or in a story set there, is that country's; a bare
"Commission" before a title is the European Commission; where a story's people go does not set
the story. Every sentence is written for this test."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.actors.venues import said_content, venues

DAY = date(2024, 1, 1)


def _codes(nlp: Language, text: str) -> dict[str, str]:
    return {mention.text: mention.actor.code
            for mention in make_actor_resolver()(nlp(text), DAY)}


@pytest.mark.parametrize(("text", "person", "place", "venue"), [
    ("Trade Minister Ana Ruiz told reporters in Lisbon that talks had failed.", "Ruiz",
     "Lisbon", True),
    ("Speaking in Oslo on Monday, Finance Minister Ana Ruiz said the deal was done.", "Ruiz",
     "Oslo", True),
    ("Trade Minister Ana Ruiz held talks in Lisbon with the bankers.", "Ruiz", "Lisbon", True),
    ("Officials in Lisbon said Trade Minister Ana Ruiz had resigned.", "Ruiz", "Lisbon", False),
])
def test_a_venue_is_a_place_on_the_person_s_own_verb(nlp: Language, text: str, person: str,
                                                       place: str, venue: bool) -> None:
    doc = nlp(text)
    name = next(token.i for token in doc if token.text == person)
    where = next(token.i for token in doc if token.text == place)
    assert (where in venues(doc, name, name + 1, [where])) is venue


def test_quoted_words_are_what_the_speaker_speaks_of(nlp: Language) -> None:
    doc = nlp("“We hope both Armenia and Azerbaijan will stop shooting,” spokesman Zhao Lin"
              " told reporters.")
    name = next(token.i for token in doc if token.text == "Lin")
    content = said_content(doc, name, name + 1)
    assert next(token.i for token in doc if token.text == "Armenia") in content
    # the subject of the said clause is the speaker's own side, not whom they speak of
    assert next(token.i for token in doc if token.text == "We") not in content


def test_reported_words_without_quotation_marks_are_not_left_out(nlp: Language) -> None:
    doc = nlp("Spokesman Zhao Lin said the shooting near Armenia had stopped.")
    name = next(token.i for token in doc if token.text == "Lin")
    assert not said_content(doc, name, name + 1)


@pytest.mark.parametrize(("text", "mention", "code"), [
    pytest.param("Chile wants the tariff lifted. Speaking in Washington on Thursday, Finance"
                 " Minister Elena Soto said the talks would go on.",
                 "Finance Minister Elena Soto", "CHLGOV", id="country-before-over-the-venue"),
    pytest.param("Finance Minister Elena Soto told reporters in Lisbon that the talks would go"
                 " on.", "Finance Minister Elena Soto", "PRTGOV", id="the-venue-when-nothing-else"),
    pytest.param("China called for calm. “We hope both Armenia and Azerbaijan will stop"
                 " shooting,” foreign ministry spokesman Zhao Lin told reporters.",
                 "foreign ministry spokesman Zhao Lin", "CHNGOV",
                 id="the-side-before-over-the-quoted-words"),
    pytest.param("Ghana's opposition leader, Yaw Ofori, attacked the budget. President Kojo"
                 " Asante defended it on a visit to Togo.", "President Kojo Asante", "GHAGOV",
                 id="an-opposition-is-no-counterpart"),
    pytest.param("Peru's Congress voted on Friday.", "Peru's Congress", "PERLEG",
                 id="a-shared-seat-after-its-country"),
    pytest.param("QUITO, 3 MAR 90 (EFE) -- Congress approved the budget on Monday.", "Congress",
                 "ECULEG", id="ecuador-s-own-congress"),
    pytest.param("Commission President Helga Brandt spoke in Madrid.", "President Helga Brandt",
                 "EEC", id="a-bare-commission-before-a-title"),
])
def test_a_title_s_country_from_the_strongest_ground(nlp: Language, text: str, mention: str,
                                                     code: str) -> None:
    assert _codes(nlp, text)[mention] == code


def test_where_the_story_s_people_go_does_not_set_it(nlp: Language) -> None:
    """"a visit to Togo" and "in Lome" do not make an unplaced "the government" Togolese in a
    story about Ghana's politics."""
    codes = _codes(nlp, "Ghana's opposition leader, Yaw Ofori, attacked the government. President"
                        " Kojo Asante defended the budget during a visit to Togo. He spoke to"
                        " traders in Lome.")
    assert not codes["the government"].startswith("TGO")


def test_another_commission_is_not_the_eu_s(nlp: Language) -> None:
    codes = _codes(nlp, "Election Commission President Helga Brandt spoke in Madrid.")
    assert "EEC" not in codes.values()
