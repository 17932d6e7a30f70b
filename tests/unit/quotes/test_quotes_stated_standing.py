"""A speaker's own description that states their standing ("the Opposition leader", "the leader
of the opposition", "the shadow treasurer") outranks the code of the person it stands for
(``stated_standing``); on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.ids import content_hash, stable_id
from tacitus.model import Article
from tacitus.quotes import make_quote_finder

# a party leader the resolver reads as the government's ("leader" is a government title)
INTRODUCED = ("Nairobi. The Jubilee leader, Peter Mwangi, said the budget would fail. "
              "Mr Mwangi said the figures were wrong. ")
WORDS = "“The treasury has lost control of spending,”"


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


def last_speaker_code(nlp: Language, resolve: ActorResolver, text: str) -> str | None:
    digest = content_hash(text)
    article = Article(id=stable_id("art_", digest), title="", text=text, content_hash=digest,
                      origin="test")
    doc = nlp(text)
    quotes = make_quote_finder()(doc, resolve(doc, None), article)
    last = quotes[-1]
    assert last.text.startswith("The treasury")
    return last.speaker.code if last.speaker else None


@pytest.mark.parametrize(("speaker", "code"), [
    pytest.param("the Opposition leader said.", "KENOPP", id="opposition-leader"),
    pytest.param("the leader of the opposition said.", "KENOPP", id="leader-of-the-opposition"),
    pytest.param("the shadow leader said.", "KENOPP", id="shadow-marker"),
    # a description that states no standing keeps the person's code
    pytest.param("the leader said.", "KENGOV", id="no-standing-stated"),
])
def test_a_stated_standing_outranks_the_persons_code(nlp: Language, resolve: ActorResolver,
                                                     speaker: str, code: str) -> None:
    assert last_speaker_code(nlp, resolve, f"{INTRODUCED}{WORDS} {speaker}") == code
