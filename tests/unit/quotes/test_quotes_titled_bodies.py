"""The body a titled speaker serves, where the parser leaves it outside the name's words ("Body
(ABBR) Director Name") or the text names the speaker later by the title alone ("the Director
noted"): on sentences written for these tests, with the real actor resolver."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.ids import content_hash, stable_id
from tacitus.model import Article
from tacitus.quotes import make_quote_finder

# a story set in the United States: an unplaced speaker would be American
SET_IN_USA = ("Cases are rising in Texas and Florida, and officials in Washington said hospitals "
              "in New York were full. ")


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


def article(text: str) -> Article:
    digest = content_hash(text)
    return Article(id=stable_id("art_", digest), title="", text=text, content_hash=digest,
                   origin="test")


def speaker_codes(nlp: Language, resolve: ActorResolver, text: str) -> list[str]:
    doc = nlp(text)
    quotes = make_quote_finder()(doc, resolve(doc, None), article(text))
    return [quote.speaker.code if quote.speaker else "" for quote in quotes if quote.direct]


@pytest.mark.parametrize(("text", "code"), [
    pytest.param(SET_IN_USA + "Pan American Health Organization (PAHO) Director Laura M. "
                 "Benitez urged calm. \"We must act now to protect our people,\" Dr Benitez "
                 "said.", "WHO", id="a-body-with-its-abbreviation-in-brackets"),
    pytest.param(SET_IN_USA + "The International Atomic Energy Agency (IAEA) chief Rafael "
                 "Moreno visited a plant. \"The reactor is safe,\" Moreno said.", "IAE",
                 id="another-body-and-title"),
    pytest.param(SET_IN_USA + "UNICEF Director Laura Benitez urged calm on Monday. Schools in "
                 "Ohio stayed shut, and the Director noted that \"we have seen this before.\"",
                 "KID", id="the-title-alone-later-is-the-person-it-stood-for"),
])
def test_a_titled_speaker_serves_the_body_named_before_the_title(
        nlp: Language, resolve: ActorResolver, text: str, code: str) -> None:
    assert speaker_codes(nlp, resolve, text) == [code]


def test_a_bracket_with_no_title_after_it_names_no_body(
        nlp: Language, resolve: ActorResolver) -> None:
    # no title opens the name: the body before the bracket is not the speaker's
    text = (SET_IN_USA + "A report by the International Atomic Energy Agency (IAEA) came out. "
            "Laura Benitez read it. \"It is wrong,\" Benitez said.")
    assert speaker_codes(nlp, resolve, text) == ["USA"]

