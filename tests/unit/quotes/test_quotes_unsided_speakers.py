"""Unnamed speakers the story's setting gives no side (``speaker_codes.unsided``): "a source",
"an expert", "analysts" with no body, organ or place in their own words keep no country, while
"a security source", "official sources" and "a police source" take the setting's; on sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.ids import content_hash, stable_id
from tacitus.model import Article
from tacitus.quotes import make_quote_finder

# a story set in Kenya: a speaker the article gives no country of their own would be Kenyan
SET_IN_KENYA = ("Kenyan police arrested twelve men in Nairobi on Monday, and Kenya's interior"
                " ministry said more arrests would follow in Mombasa. ")
WORDS = "“They were planning an attack on the port,”"


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


def speaker_code(nlp: Language, resolve: ActorResolver, text: str) -> str | None:
    """The code of the speaker of the text's last quotation (the story before it is reported
    speech of its own)."""
    digest = content_hash(text)
    article = Article(id=stable_id("art_", digest), title="", text=text, content_hash=digest,
                      origin="test")
    doc = nlp(text)
    quotes = make_quote_finder()(doc, resolve(doc, None), article)
    last = quotes[-1]
    assert last.text.startswith("They were planning")
    return last.speaker.code if last.speaker else None


@pytest.mark.parametrize(
    "speaker",
    [
        pytest.param("a source said.", id="a-source"),
        pytest.param("one maritime expert said.", id="an-expert-of-a-field"),
        pytest.param("shipping analysts said.", id="analysts-of-a-trade"),
    ],
)
def test_an_unnamed_source_or_expert_keeps_no_country(
        nlp: Language, resolve: ActorResolver, speaker: str) -> None:
    """A source or an expert whose own words name no body speaks for no side the setting could
    give them: the article attributes them to no country."""
    assert speaker_code(nlp, resolve, f"{SET_IN_KENYA}{WORDS} {speaker}") is None


@pytest.mark.parametrize(
    "speaker",
    [
        pytest.param("a security source said.", id="a-security-source"),
        pytest.param("official sources said.", id="official-sources"),
        pytest.param("a police source said.", id="a-police-source"),
    ],
)
def test_a_source_of_a_state_organ_takes_the_setting(
        nlp: Language, resolve: ActorResolver, speaker: str) -> None:
    """A source whose own words name a state organ is of the country the story is set in."""
    code = speaker_code(nlp, resolve, f"{SET_IN_KENYA}{WORDS} {speaker}")
    assert code is not None
    assert code.startswith("KEN")


def test_a_source_the_text_places_keeps_its_country(nlp: Language,
                                                    resolve: ActorResolver) -> None:
    """A source whose own words name a country ("a Ugandan source") is of that country."""
    code = speaker_code(nlp, resolve, f"{SET_IN_KENYA}{WORDS} a Ugandan source said.")
    assert code is not None
    assert code.startswith("UGA")


def test_a_source_first_described_by_its_organ_keeps_the_setting(
        nlp: Language, resolve: ActorResolver) -> None:
    """ "The sources" that repeat "military sources" are the military's, as first described."""
    text = ("Kenyan troops destroyed weapons near Garissa on Sunday. The military sources said"
            " on Monday that the troops had found explosives. “They were planning an attack on"
            " the port,” the sources added.")
    code = speaker_code(nlp, resolve, text)
    assert code is not None
    assert code.startswith("KEN")
