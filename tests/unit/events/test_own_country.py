"""An act a country's organ or person does to people its clause names by no actor is also a
candidate aimed at the doer's own country (``construction`` ``own_country``)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.evaluation.records import sentence_article
from tacitus.events.candidates import OWN_COUNTRY_CONSTRUCTION, find_candidates
from tacitus.events.lexicon import load_frames, load_lexicon
from tacitus.events.ontology import load_ontology

Triple = tuple[str, str, str]


def own_country_readings(nlp: Language, text: str) -> set[Triple]:
    """The own-country candidates of ``text`` (source, root, target)."""
    article = sentence_article(text, record_id="t", on_date=date(2023, 6, 7))
    doc = nlp(text)
    mentions = make_actor_resolver()(doc, article.date)
    found = find_candidates(doc, mentions, (), article, lexicon=load_lexicon(),
                            frames=load_frames(), ontology=load_ontology())
    return {(c.event.source.code, c.event.cameo[:2], c.event.target.code)
            for c in found
            if c.construction == OWN_COUNTRY_CONSTRUCTION and c.event.target is not None}


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan police raided the warehouses in Nairobi on Monday.", ("KENCOP", "17", "KEN")),
    ("The Kenyan interior minister on Monday warned traders against raising prices.",
     ("KENGOV", "13", "KEN")),
    ("The Kenyan interior minister congratulated the engineers on Monday.",
     ("KENGOV", "05", "KEN")),
])
def test_an_act_on_unnamed_people_is_aimed_at_the_doers_country(
        nlp: Language, text: str, expected: Triple) -> None:
    assert expected in own_country_readings(nlp, text)


@pytest.mark.parametrize("text", [
    # the object is an actor: the ordinary pairing reads it
    "Kenyan police arrested the Ugandan ambassador in Nairobi on Monday.",
    # another actor of the doer's country is named ("the crowd"): its pairing reads the act
    "Kenyan police fired tear gas at the crowd on Monday.",
    # the country itself is the doer: it cannot be its own target
    "Kenya arrested sixteen suspects on Monday.",
    # no object at all
    "Kenyan police withdrew on Monday.",
])
def test_no_own_country_reading(nlp: Language, text: str) -> None:
    assert not own_country_readings(nlp, text)
