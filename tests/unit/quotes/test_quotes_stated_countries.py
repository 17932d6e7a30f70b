"""The country a speaker's own words state, as the actor resolver and the quote finder read it
together: a world region named as the remit of a title beside the body the speaker serves; on
sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.ids import content_hash, stable_id
from tacitus.model import Article
from tacitus.quotes import make_quote_finder


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


def speaker_codes(nlp: Language, resolve: ActorResolver, text: str) -> list[str | None]:
    digest = content_hash(text)
    article = Article(id=stable_id("art_", digest), title="", text=text, content_hash=digest,
                      origin="test")
    doc = nlp(text)
    quotes = make_quote_finder()(doc, resolve(doc, None), article)
    return [quote.speaker.code if quote.speaker else None for quote in quotes]


def test_a_region_a_title_covers_gives_way_to_the_body_the_speaker_serves(
        nlp: Language, resolve: ActorResolver) -> None:
    """A director "for the Middle East and North Africa at Amnesty International" speaks for
    Amnesty; the region is what the post covers."""
    text = ("Iranian forces shot at protesters in Tehran on Sunday. Jane Roe, Research and"
            " Advocacy Director for the Middle East and North Africa at Amnesty International,"
            " said: “The killings must stop.”")
    assert speaker_codes(nlp, resolve, text) == ["NGOAMN"]


def test_a_region_alone_still_places_its_speaker(nlp: Language,
                                                 resolve: ActorResolver) -> None:
    text = ("Oil prices rose on Monday. Omar Haddad, an adviser for the Middle East, said:"
            " “Supply is tight.”")
    assert speaker_codes(nlp, resolve, text) == ["MEA"]
