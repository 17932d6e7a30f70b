"""A meeting's venue is not where the story is set, as the quote finders read the setting:
the towns named as where talks or a summit are held do not vote for it. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.actors.places import Locator, make_locator
from tacitus.ids import content_hash, stable_id
from tacitus.model import Article
from tacitus.quotes.view import DocView, place_countries


@pytest.fixture(scope="module")
def locator() -> Locator:
    return make_locator()


@pytest.fixture(scope="module")
def resolve(locator: Locator) -> ActorResolver:
    return make_actor_resolver(towns=locator.find_towns)


def article(text: str) -> Article:
    digest = content_hash(text)
    return Article(id=stable_id("art_", digest), title="", text=text, content_hash=digest,
                   origin="test")


@pytest.mark.parametrize(("text", "countries"), [
    ("Delegates arrived in Geneva on Monday for talks. Police in Lyon arrested two men.",
     ("FRA",)),
    ("Delegates arrived in Geneva on Monday. Police in Lyon arrested two men.",
     ("CHE", "FRA")),
])
def test_a_meeting_s_venue_is_no_place_of_the_story(nlp: Language, resolve: ActorResolver,
                                                    locator: Locator, text: str,
                                                    countries: tuple[str, ...]) -> None:
    doc = nlp(text)
    assert place_countries(locator, doc, resolve(doc, None)) == countries


def test_a_venue_alone_sets_no_story(nlp: Language, resolve: ActorResolver,
                                     locator: Locator) -> None:
    text = ("Leaders of the region opened a summit in Geneva on Monday. \u201cWe will cut "
            "tariffs,\u201d an official said.")
    doc = nlp(text)
    mentions = resolve(doc, None)
    view = DocView(doc, mentions, article(text), places=place_countries(locator, doc, mentions))
    assert view.setting is None
