"""A person known by a title alone takes the country of their own side, not of a counterpart:
not of another branch of a state named in the sentence, not of who acts on them ("US agents
arrested Premier X"), not of the object of an earlier clause;
and a name set off by commas after a title is that title's holder."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver

DAY = date(2020, 1, 1)


def _codes(nlp: Language, text: str) -> dict[str, str]:
    return {mention.text: mention.actor.code
            for mention in make_actor_resolver()(nlp(text), DAY)}


def test_another_branch_in_the_sentence_is_a_counterpart(nlp: Language) -> None:
    codes = _codes(nlp, "Lakeshore Islands Governor Mary Hume called for calm after Canadian "
                        "police arrested the territory's premier.")
    assert codes["Canadian police"] == "CANCOP"
    assert codes["Governor Mary Hume"] == "GOV"


def test_the_same_branch_in_the_sentence_still_places_the_title(nlp: Language) -> None:
    codes = _codes(nlp, "The Norwegian government said spokesman Piet Holm would travel.")
    assert codes["spokesman Piet Holm"] == "NORGOV"


@pytest.mark.parametrize("earlier", [
    # the object of the earlier clause is the other side
    "The Danes say they will talk to the Swedish ambassador about the delay.",
    # the subject of a small clause ("hold X responsible") is no side that spoke
    "The Danes say they hold the Swedish ambassador responsible for the delay.",
])
def test_a_spokesman_speaks_for_the_earlier_subject(nlp: Language, earlier: str) -> None:
    codes = _codes(nlp, earlier + " The decision was announced by spokesman Piet Holm.")
    assert codes["Swedish ambassador"] == "SWEGOV"
    assert codes["spokesman Piet Holm"] == "DNKGOV"


def test_a_name_apposed_to_a_title_is_its_holder(nlp: Language) -> None:
    for text in ("The Trade Minister, Helen Morrow, says she could not change the law.",
                 "The Federal Trade Minister, Helen Morrow, says she could not change the law."):
        codes = _codes(nlp, text)
        assert codes["Trade Minister, Helen Morrow"] == "GOV"
        assert codes["she"] == "GOV"
    codes = _codes(nlp, "The Kenyan Trade Minister, Helen Morrow, spoke on Monday.")
    assert codes["Kenyan Trade Minister, Helen Morrow"] == "KENGOV"


@pytest.mark.parametrize("text", [
    "Transport Minister Owen Truss said the road would open soon. Mr Truss left.",
    "The Transport Minister, Owen Truss, said the road would open soon. Mr Truss left.",
])
def test_a_title_before_another_person_of_a_known_surname(nlp: Language, text: str) -> None:
    mentions = make_actor_resolver()(nlp(text), DAY)
    assert [(mention.actor.name, mention.actor.code) for mention in mentions] == [
        ("Owen Truss", "GOV"), ("Owen Truss", "GOV")]


@pytest.mark.parametrize(("text", "expected"), [
    # the title of a place no table knows: not the country of the others named beside it
    ("Bavarian Premier Dan Abel met French officials.", "GOV"),
    # but that of where the story is
    ("BERLIN, Germany (AP) - Bavarian Premier Dan Abel met French officials.", "DEUGOV"),
    # words of rank are no place: the title takes its context's country as before
    ("The Norwegian government said Deputy Minister Piet Holm would travel.", "NORGOV"),
])
def test_a_local_title_takes_the_story_country(nlp: Language, text: str, expected: str) -> None:
    mentions = make_actor_resolver()(nlp(text), DAY)
    assert [mention.actor.code for mention in mentions if "Holm" in mention.text
            or "Abel" in mention.text] == [expected]


@pytest.mark.parametrize("text", [
    "Officials in Bermuda said on Friday that US federal agents had arrested Premier Carl Dobbs.",
    "Premier Carl Dobbs was arrested by US federal agents on Friday, officials in Bermuda said.",
])
def test_who_acts_on_a_titled_person_does_not_place_them(nlp: Language, text: str) -> None:
    assert _codes(nlp, text)["Premier Carl Dobbs"] == "BMUGOV"
