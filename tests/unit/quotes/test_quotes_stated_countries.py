"""The country a speaker's own words state, as the actor resolver and the quote finder read it
together: a world region named as the remit of a title beside the body the speaker serves, a body
the parser leaves outside the name's words ("Body (ABBR) Director Name") and a capitalised title
that stands for a named person ("the Director noted"); on sentences written for these tests."""

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


# a story set in the United States: an unplaced speaker would be American
SET_IN_USA = ("Cases are rising in Texas and Florida, and officials in Washington said hospitals "
              "in New York were full. ")


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
    assert speaker_codes(nlp, resolve, text)[-1] == code


def test_a_bracket_with_no_title_after_it_names_no_body(
        nlp: Language, resolve: ActorResolver) -> None:
    # no title opens the name: the body before the bracket is not the speaker's
    text = (SET_IN_USA + "A report by the International Atomic Energy Agency (IAEA) came out. "
            "Laura Benitez read it. \"It is wrong,\" Benitez said.")
    assert speaker_codes(nlp, resolve, text)[-1] == "USA"
