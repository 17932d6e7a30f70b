"""Organisations the knowledge base does not know: coded by sector from their name or a
description, with the country the text gives them; none without such evidence."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.actors.organisation_names import organisation_type
from tacitus.model import ActorMention


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


def codes(nlp: Language, resolve: ActorResolver, text: str) -> dict[str, str]:
    mentions: tuple[ActorMention, ...] = resolve(nlp(text), None)
    return {mention.text: mention.actor.code for mention in mentions}


@pytest.mark.parametrize(("words", "expected"), [
    (["Harbour", "Ferry", "Workers", "Union"], "LAB"),
    # a union word outranks a council word, a civil-liberties union is no labour union
    (["Council", "of", "Mining", "Unions"], "LAB"),
    (["Lakeland", "Civil", "Liberties", "Union"], "NGO"),
    (["Bluewave", "Ferries", "Ltd."], "BUS"),
    (["Northbay", "Shire", "Council"], "GOV"),
    (["Reserve", "Bank"], "GOV"),
    (["St", "Brendan's", "Church"], "REL"),
    (["Tennis", "Federation"], "-"),
    (["Zorblax"], None),
])
def test_a_name_s_words_give_its_sector(words: list[str], expected: str | None) -> None:
    assert organisation_type(words) == expected


@pytest.mark.parametrize(("text", "name", "code"), [
    # its name's head word, its country from the sentence
    ("The Harbour Ferry Workers Union went on strike in Australia on Monday.",
     "Harbour Ferry Workers Union", "AUSLAB"),
    ("In Canada, the Northbay Shire Council banned the march.",
     "Northbay Shire Council", "CANGOV"),
    ("Staff at Bluewave Ferries Ltd. in New Zealand walked out.",
     "Bluewave Ferries Ltd.", "NZLBUS"),
    # a country inside the name
    ("The Kenyan Federation of Tea Workers called a strike.",
     "Kenyan Federation of Tea Workers", "KENLAB"),
    # a description before the name gives its sector and country
    ("The Australian airline Jetstreamer criticised the plan.", "Jetstreamer", "AUSBUS"),
])
def test_an_unknown_organisation_is_coded(nlp: Language, resolve: ActorResolver, text: str,
                                          name: str, code: str) -> None:
    # a description's demonym is part of the mention: "Australian airline Jetstreamer"
    assert [found for mention, found in codes(nlp, resolve, text).items()
            if mention.endswith(name)] == [code]


def test_an_international_body_gets_no_country(nlp: Language, resolve: ActorResolver) -> None:
    found = codes(nlp, resolve, "The World Harvest Foundation sent food to Kenya.")
    assert found.get("World Harvest Foundation") == "NGO"


@pytest.mark.parametrize("text", [
    "Zorblax criticised the plan in Australia.",
    "Brightway International condemned the attack in Kenya.",
    "The Glenmore Tennis Club hosted the final in Australia.",
])
def test_a_name_with_no_organisation_cue_stays_unresolved(
        nlp: Language, resolve: ActorResolver, text: str) -> None:
    assert all(code in {"AUS", "KEN"} for code in codes(nlp, resolve, text).values())


def test_its_acronym_and_later_description_name_it(nlp: Language,
                                                    resolve: ActorResolver) -> None:
    text = ("The Harbour Ferry Workers Union (HFWU) went on strike in Australia. "
            "The union said wages had been cut. HFWU leaders met managers later.")
    mentions = resolve(nlp(text), None)
    found = [(mention.text, mention.actor.code) for mention in mentions
             if mention.actor.code == "AUSLAB"]
    assert [text for text, _ in found] == ["Harbour Ferry Workers Union", "HFWU", "union", "HFWU"]



@pytest.mark.parametrize("text", [
    "In Canada, the Bramley Institute for Soil Studies at Spain's University of Valderon "
    "praised the survey.",
    "In Canada, researchers of the Bramley Institute for Soil Studies at the University of "
    "Valderon in Spain praised the survey.",
])
def test_a_body_takes_the_country_of_the_body_it_belongs_to(
        nlp: Language, resolve: ActorResolver, text: str) -> None:
    found = codes(nlp, resolve, text)
    assert [code for mention, code in found.items() if "Soil" in mention] == ["ESPNGO"]


@pytest.mark.parametrize(("text", "name"), [
    # an international body's organ is not a national one
    ("The U.N.'s Office for Soil Rights in Geneva criticised Chad.", "Office for Soil Rights"),
    # "group" says nothing of a sector
    ("Wavecast, an activist group, criticised the decision in Kenya.", "Wavecast"),
])
def test_no_sector_without_a_telling_word(nlp: Language, resolve: ActorResolver, text: str,
                                          name: str) -> None:
    assert not any(mention.endswith(name) and len(code) == 6 and code.endswith(("GOV", "BUS"))
                   for mention, code in codes(nlp, resolve, text).items())


def test_a_possessive_country_places_the_body(nlp: Language, resolve: ActorResolver) -> None:
    found = codes(nlp, resolve, "In Jordan, officials said Chad's Lakeside Teachers Union "
                                "called a strike.")
    assert [code for mention, code in found.items() if mention.endswith("Union")] == ["TCDLAB"]


@pytest.mark.parametrize("text", [
    # a later description is too often another body's, or an office's
    "Regulators in Kenya fined Zentrova on Monday. The company said it would appeal.",
    "Officials in Kenya questioned Zentrova on Monday. Later the court said it would rule soon.",
])
def test_a_later_description_gives_no_sector(nlp: Language, resolve: ActorResolver,
                                             text: str) -> None:
    found = [mention.actor.code for mention in resolve(nlp(text), None)
             if mention.text == "Zentrova"]
    assert found == []


@pytest.mark.parametrize("text", [
    "West Bank settlers clashed with villagers.",
    "The West Bank and Gaza held elections.",
    "Israel froze West Bank building permits on Monday.",
])
def test_a_territory_is_no_bank(nlp: Language, resolve: ActorResolver, text: str) -> None:
    assert not any(code.endswith("BUS") for code in codes(nlp, resolve, text).values())
