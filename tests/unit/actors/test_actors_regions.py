"""Regions and territories: a state or province named in a text sets it in its country, so that
the text's officials, companies and people are that country's; a dependency is an actor of its
own (``regions.tsv``, the territories of ``countries.tsv``)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.actors.knowledge import load_knowledge_base
from tacitus.actors.places import Locator, make_locator
from tacitus.actors.regions import load_regions, towns_of


@pytest.fixture(scope="module")
def locator() -> Locator:
    return make_locator()


def codes(nlp: Language, locator: Locator, text: str) -> dict[str, str]:
    mentions = make_actor_resolver(towns=locator.find_towns)(nlp(text), date(2021, 6, 1))
    return {mention.text: mention.actor.code for mention in mentions}


def test_every_region_belongs_to_a_known_country() -> None:
    assert load_regions().countries <= set(load_knowledge_base().countries)


@pytest.mark.parametrize(("text", "actor", "code"), [
    ("Wildfires forced thousands from their homes across Oregon and Nevada on Monday. "
     "Officials said the roads would stay closed.", "Officials", "USAGOV"),
    ("Regulators in Ohio and Kentucky fined a chemical maker on Tuesday. The company said it "
     "would appeal.", "company", "USABUS"),
    ("Floods cut off villages in Assam and Bihar this week. The government promised relief "
     "within days.", "The government", "INDGOV"),
])
def test_regions_set_a_story_in_their_country(nlp: Language, locator: Locator, text: str,
                                              actor: str, code: str) -> None:
    assert codes(nlp, locator, text)[actor] == code


def test_a_story_naming_no_place_leaves_its_sectors_without_a_country(
        nlp: Language, locator: Locator) -> None:
    text = "A chemical maker was fined on Tuesday. The company said it would appeal."
    assert codes(nlp, locator, text)["company"] == "BUS"


def test_a_dateline_abbreviation_sets_the_story(nlp: Language, locator: Locator) -> None:
    text = ("ELMWOOD, Ore. — The bridge over the river will reopen next week, officials said "
            "on Monday.")
    assert codes(nlp, locator, text)["officials"] == "USAGOV"


def test_an_abbreviation_outside_a_dateline_is_no_region(nlp: Language) -> None:
    doc = nlp("The award went to Miss. Harlow, who thanked the jury.")
    assert load_regions().find(doc, frozenset()) == []


def test_a_region_inside_an_actor_name_is_not_found_again(nlp: Language) -> None:
    doc = nlp("Texas Governor Greg Abbott signed the bill.")
    assert load_regions().find(doc, frozenset({0, 1, 2, 3})) == []
    assert load_regions().find(doc, frozenset()) == [(0, 1, "USA")]


@pytest.mark.parametrize(("text", "actor", "code"), [
    ("British Virgin Islands Premier Harold Quill called for calm on Friday.",
     "British Virgin Islands Premier Harold Quill", "VGBGOV"),
    ("The Cayman Islands government tightened banking rules.",
     "Cayman Islands government", "CYMGOV"),
    ("Guam's governor asked for more federal help.", "Guam's governor", "GUMGOV"),
    # a short form in brackets between the name and the title
    ("British Virgin Islands (BVI) Premier Ada Lorne called for calm after American agents "
     "detained a minister.", "British Virgin Islands (BVI) Premier Ada Lorne", "VGBGOV"),
])
def test_territories_are_actors_of_their_own(nlp: Language, locator: Locator, text: str,
                                             actor: str, code: str) -> None:
    assert codes(nlp, locator, text)[actor] == code


@pytest.mark.parametrize(("text", "actor", "code"), [
    # a town or region qualifying a body gives it its country
    ("Ohio officials said the bridge would reopen.", "officials", "USAGOV"),
    ("Gujarat police detained ten men on Sunday.", "police", "INDCOP"),
    ("A Texas company sued its former partner.", "company", "USABUS"),
    ("Queensland's regulators asked miners for answers.", "regulators", "AUSGOV"),
    # bodies of a known kind are organs of the state
    ("Kenya's electoral commission announced the count on Sunday.",
     "Kenya's electoral commission", "KENGOV"),
    ("The central bank in Turkey raised rates on Thursday.", "central bank", "TURGOV"),
    ("Japan's securities regulator fined the broker.", "Japan's securities regulator", "JPNGOV"),
])
def test_a_body_takes_its_kind_and_the_country_that_qualifies_it(
        nlp: Language, locator: Locator, text: str, actor: str, code: str) -> None:
    assert codes(nlp, locator, text)[actor] == code


# one finder of regions: a name that is also a country's or a seat's is decided by its context
@pytest.mark.parametrize(("text", "name"), [
    ("Police in Macon, Georgia, detained two drivers after the crash.", "Georgia"),
    ("The state of Georgia sued the railway company on Monday.", "Georgia"),
    ("Georgia Governor Ann Reyes signed the budget on Friday.", "Georgia"),
    ("Washington state lawmakers passed the water bill.", "Washington"),
    ("Firefighters in Spokane, Washington, saved the old mill.", "Washington"),
])
def test_a_region_named_like_a_country_or_seat_is_the_region_in_its_context(
        nlp: Language, locator: Locator, text: str, name: str) -> None:
    doc = nlp(text)
    start = next(token.i for token in doc if token.text == name)
    mentions = make_actor_resolver(towns=locator.find_towns)(doc, date(2021, 6, 1))
    assert all(m.actor.country in (None, "USA") for m in mentions), mentions
    covered = frozenset(i for m in mentions for i in range(m.token_start, m.token_end))
    assert (start, start + 1, "USA") in load_regions().find(doc, covered)


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Georgia and Armenia signed a border deal on Monday.", "Georgia", "GEO"),
    ("Protesters marched in Batumi, Georgia, on Sunday.", "Georgia", "GEO"),
    ("Ukraine asked Washington for more air defence.", "Washington", "USAGOV"),
])
def test_a_region_named_like_a_country_or_seat_is_the_actor_elsewhere(
        nlp: Language, locator: Locator, text: str, name: str, code: str) -> None:
    doc = nlp(text)
    start = next(token.i for token in doc if token.text == name)
    mentions = make_actor_resolver(towns=locator.find_towns)(doc, date(2021, 6, 1))
    covered = frozenset(i for m in mentions for i in range(m.token_start, m.token_end))
    assert not [region for region in load_regions().find(doc, covered) if region[0] == start]
    if start in covered:
        assert any(m.actor.code == code for m in mentions if m.token_start == start)


def test_a_seat_of_the_region_s_own_country_names_that_country_either_way(nlp: Language) -> None:
    doc = nlp("The hearing would play badly in Washington's political climate.")
    assert [code for _, _, code in load_regions().find(doc, frozenset())] == ["USA"]
    # "Georgia" alone, with no actor covering it, is not read as the American state
    assert load_regions().find(nlp("Georgia's wine exports grew."), frozenset()) == []


def test_a_regions_towns_are_the_gazetteers_of_that_region_only() -> None:
    georgia, washington = towns_of("GA"), towns_of("WA")
    assert "Atlanta" in georgia and "Atlanta" not in washington
    assert "Seattle" in washington and "Seattle" not in georgia
    assert towns_of("not a region") == frozenset()


@pytest.mark.parametrize(("text", "actor", "code"), [
    ("Northern Ireland's police chief called the riots shameful.", "police chief", "GBRCOP"),
    ("New Mexico's governor asked for federal help with the fires.", "governor", "USAGOV"),
    ("British Columbia's premier ordered the town evacuated.", "premier", "CANGOV"),
    ("Inner Mongolia's health officials closed the village.", "health officials", "CHNGOV"),
])
def test_a_country_s_name_inside_a_region_s_name_is_the_region(
        nlp: Language, locator: Locator, text: str, actor: str, code: str) -> None:
    found = codes(nlp, locator, text)
    assert found[actor] == code
    assert not any(name in found for name in ("Ireland", "Mexico", "British", "Mongolia"))
