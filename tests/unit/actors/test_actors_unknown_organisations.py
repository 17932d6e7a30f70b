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


@pytest.mark.parametrize(("words", "expected"), [
    # a credit union is a bank, a tourism industry council a trade body
    (["Delmore", "Valley", "Credit", "Union"], "BUS"),
    (["Coastal", "Tourism", "Industry", "Council"], "BUS"),
    (["Ministry", "of", "Industry"], "GOV"),
])
def test_a_trade_body_or_a_credit_union_is_a_business(words: list[str], expected: str) -> None:
    assert organisation_type(words) == expected


def hows(nlp: Language, resolve: ActorResolver, text: str) -> list[tuple[str, str, str]]:
    return [(mention.text, mention.actor.code, mention.how)
            for mention in resolve(nlp(text), None)]


@pytest.mark.parametrize(("text", "how"), [
    # its own words state its country, for its acronym's uses too
    ("Workers of the Australian Harbour Ferry Workers Union (HFWU) walked out. HFWU leaders "
     "met managers.", "name"),
    # only the sentence around it places it
    ("Workers of the Harbour Ferry Workers Union (HFWU) walked out in Australia. HFWU leaders "
     "met managers.", "placed"),
])
def test_a_body_placed_by_the_story_is_told_from_one_its_words_place(
        nlp: Language, resolve: ActorResolver, text: str, how: str) -> None:
    found = [(name, found_how) for name, code, found_how in hows(nlp, resolve, text)
             if code == "AUSLAB"]
    assert [name for name, _ in found][1:] == ["HFWU", "HFWU"]
    assert {found_how for _, found_how in found} == {how}


def test_its_owner_outranks_a_country_its_name_is_about(nlp: Language,
                                                        resolve: ActorResolver) -> None:
    found = codes(nlp, resolve, "Peru's Bolivia Trade Office said the talks had failed.")
    assert found == {"Peru's Bolivia Trade Office": "PERGOV"}


def test_a_hyphenated_word_is_one_word(nlp: Language, resolve: ActorResolver) -> None:
    found = codes(nlp, resolve, "The Cross-Party Review Commission in Ghana criticised the "
                                "minister.")
    assert found.get("Cross-Party Review Commission") == "GHAGOV"


@pytest.mark.parametrize(("text", "name"), [
    # a name qualifying a noun of places names a place
    ("Army units shelled the La Union neighborhood of Santa Tecla in El Salvador.", "Union"),
    # a noun of a title's phrase does not describe the person named after it
    ("In Kenya, the head of the regional council Peter Otieno opened the new market on "
     "Friday.", "Otieno"),
])
def test_no_organisation_in_a_place_or_a_title(nlp: Language, resolve: ActorResolver,
                                               text: str, name: str) -> None:
    assert not any(mention.endswith(name) for mention in codes(nlp, resolve, text))


def test_a_news_outlet_is_not_placed_by_the_story(nlp: Language,
                                                  resolve: ActorResolver) -> None:
    found = codes(nlp, resolve, "Floods hit the Kenyan coast on Monday and Kenya asked for "
                                "help, reported Terra Nova News.")
    assert found.get("Terra Nova News") == "MED"


@pytest.mark.parametrize(("text", "descriptions"), [
    # "the airline" is an airline's, not a tourism council's, though both are businesses
    ("The Coastal Tourism Industry Council in Australia said the airline would open new "
     "routes.", []),
    ("Bluewave Airlines in Australia said the airline would open new routes.", ["airline"]),
    # a description with a name of its own is that name's
    ("In Australia, the Coastal Tourism Industry Council said the Bluewave Airlines company "
     "would open new routes.", []),
])
def test_a_later_description_names_a_body_of_its_kind(
        nlp: Language, resolve: ActorResolver, text: str, descriptions: list[str]) -> None:
    assert [found for found, _, how in hows(nlp, resolve, text)
            if how in {"name", "placed"} and found.islower()] == descriptions


def test_two_bodies_of_one_sector_are_two_actors(nlp: Language,
                                                 resolve: ActorResolver) -> None:
    mentions = resolve(nlp("In Australia, the Coastal Tourism Industry Council praised "
                           "Bluewave Airlines."), None)
    assert [(mention.actor.code, mention.actor.name) for mention in mentions] == [
        ("AUSBUS", "Coastal Tourism Industry Council"), ("AUSBUS", "Bluewave Airlines")]


def test_a_name_whose_bracketed_acronym_is_known_is_that_actor(
        nlp: Language, resolve: ActorResolver) -> None:
    found = codes(nlp, resolve, "Officers of Russia's Federal Security Service (FSB) searched "
                                "the offices of a Moscow charity on Friday.")
    assert found["Russia's Federal Security Service"] == found["FSB"] == "RUSSPY"
