"""Places: a town in the event's sentence, else the dateline, else none — never a country centre."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.actors.places import Locator, make_locator
from tacitus.model import Place


@pytest.fixture(scope="module")
def locator() -> Locator:
    return make_locator()


def locate_all(nlp: Language, locator: Locator, text: str) -> list[Place | None]:
    doc = nlp(text)
    mentions = make_actor_resolver()(doc, None)
    dateline = locator.find_dateline(doc)
    return [locator.locate(sentence, doc, mentions, dateline=dateline) for sentence in doc.sents]


@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Split arrested two men.", [("Split", "HRV", "city")]),
    ("Clashes erupted in Hyderabad, Indian police said.", [("Hyderabad", "IND", "city")]),
    ("Fighting broke out near Hyderabad, Pakistani officials said.",
     [("Hyderabad", "PAK", "city")]),
    ("Russian missiles hit Kiev overnight, Ukrainian officials said.",
     [("Kyiv", "UKR", "capital")]),
    ("The minister met his counterpart in Afghanistan.", [None]),
    ("Washington said it was worried.", [None]),
    ("Police used force. Mobile phones were seized.", [None, None]),
    ("KABUL, Afghanistan (AP) — The Taliban spoke on Monday. Talks went on in Doha on Tuesday.",
     [("Kabul", "AFG", "capital"), ("Doha", "QAT", "capital")]),
])
def test_locate(nlp: Language, locator: Locator, text: str,
                expected: list[tuple[str, str, str] | None]) -> None:
    found = locate_all(nlp, locator, text)
    assert [(p.name, p.country, p.feature) if p else None for p in found] == expected


def test_the_dateline_covers_sentences_without_a_place(nlp: Language, locator: Locator) -> None:
    found = locate_all(nlp, locator, "ISLAMABAD (Reuters) - Pakistan said it would talk. "
                                     "The army agreed.")
    assert [p.name if p else None for p in found] == ["Islamabad", "Islamabad"]
    assert found[0] is not None and round(found[0].lat) == 34 and round(found[0].lon) == 73


def test_place_dict() -> None:
    place = Place("Kabul", "AFG", 34.5, 69.2, "capital", 4_000_000)
    assert place.to_dict() == {"name": "Kabul", "country": "AFG", "lat": 34.5, "lon": 69.2,
                               "feature": "capital"}


def test_places_in_lists_every_town_named_as_a_place(nlp: Language, locator: Locator) -> None:
    doc = nlp("KABUL, Afghanistan (AP) — Talks went on in Doha and in Split. Washington said it"
              " was worried.")
    found = locator.places_in(doc, make_actor_resolver()(doc, None))
    assert [(place.name, place.country) for place in found] == [
        ("Kabul", "AFG"), ("Doha", "QAT"), ("Split", "HRV")]


def test_a_town_s_name_inside_a_longer_place_name_is_no_town(nlp: Language,
                                                             locator: Locator) -> None:
    """"South Dade" is a part of a county, not the Chinese town of Dade; "Doha" alone is."""
    doc = nlp("Buses will run along the South Dade corridor from May. The minister flew to Doha.")
    found = locator.places_in(doc, make_actor_resolver()(doc, None))
    assert [(place.name, place.country) for place in found] == [("Doha", "QAT")]


def test_a_town_inside_a_longer_name_counts_in_a_country_the_text_names(
        nlp: Language, locator: Locator) -> None:
    """"the Gaza Strip" in a story about Israel and the Palestinians is still Gaza's."""
    doc = nlp("Israel and the Palestinians agreed to a truce in the Gaza Strip on Friday.")
    found = locator.places_in(doc, make_actor_resolver()(doc, None))
    assert [place.country for place in found] == ["PSE"]
