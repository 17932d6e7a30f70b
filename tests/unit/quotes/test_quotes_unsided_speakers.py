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
    ("speaker", "country"),
    [
        pytest.param("a source said.", None, id="a-source"),
        pytest.param("one maritime expert said.", None, id="an-expert-of-a-field"),
        pytest.param("shipping analysts said.", None, id="analysts-of-a-trade"),
        pytest.param("a security source said.", "KEN", id="a-security-source"),
        pytest.param("official sources said.", "KEN", id="official-sources"),
        pytest.param("a police source said.", "KEN", id="a-police-source"),
        pytest.param("a Ugandan source said.", "UGA", id="a-source-of-a-named-country"),
    ],
)
def test_only_a_source_whose_words_say_whose_it_is_takes_a_country(
        nlp: Language, resolve: ActorResolver, speaker: str, country: str | None) -> None:
    """A source or an expert whose own words name no body speaks for no side the setting could
    give them: the article attributes them to no country. One whose words name a state organ
    is of the country the story is set in, and one whose words name a country is of it."""
    code = speaker_code(nlp, resolve, f"{SET_IN_KENYA}{WORDS} {speaker}")
    if country is None:
        assert code is None
    else:
        assert code is not None
        assert code.startswith(country)


def test_a_source_first_described_by_its_organ_keeps_the_setting(
        nlp: Language, resolve: ActorResolver) -> None:
    """ "The sources" that repeat "military sources" are the military's, as first described."""
    text = ("Kenyan troops destroyed weapons near Garissa on Sunday. The military sources said"
            " on Monday that the troops had found explosives. “They were planning an attack on"
            " the port,” the sources added.")
    code = speaker_code(nlp, resolve, text)
    assert code is not None
    assert code.startswith("KEN")
