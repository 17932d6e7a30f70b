"""Places that say where something happens, not whose anyone near them is: a country's post
abroad named as a place ("at the Peruvian embassy") and the venue of a meeting ("talks in
Norway"). Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.actors.places import make_locator

DAY = date(2024, 5, 14)


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver(towns=make_locator().find_towns)


def code_of(nlp: Language, resolve: ActorResolver, text: str, words: str) -> str:
    found = [mention.actor.code for mention in resolve(nlp(text), DAY) if words in mention.text]
    assert found, [(mention.text, mention.actor.code) for mention in resolve(nlp(text), DAY)]
    return found[0]


@pytest.mark.parametrize(("text", "words", "code"), [
    # the embassy is where it happened: the president is the dateline's country's
    ("LIMA, 4 June -- The president deplored the protest at the Chilean embassy.",
     "president", "PERGOV"),
    ("QUITO, 4 June -- Marchers gathered at the Brazilian embassy. The minister condemned the "
     "violence.", "minister", "ECUGOV"),
    ("QUITO, 4 June -- Students protested at the Brazilian embassy on Sunday.",
     "Students", "ECU"),
    # an embassy that speaks still places its staff
    ("The Japanese embassy said its spokesman had received threats.", "spokesman", "JPNGOV"),
])
def test_a_post_abroad_named_as_a_place_places_no_one(nlp: Language, resolve: ActorResolver,
                                                      text: str, words: str,
                                                      code: str) -> None:
    assert code_of(nlp, resolve, text, words).startswith(code)


@pytest.mark.parametrize(("text", "words", "code"), [
    ("Nepal's government and the rebels held talks in Norway on Monday, a minister said.",
     "rebels", "NPL"),
    ("Nepal's government and the rebels held talks in Norway on Monday, a minister said.",
     "minister", "NPLGOV"),
    ("Delegates of Nepal's government and the rebels will meet for talks in Norway next month, "
     "a minister said.", "minister", "NPLGOV"),
    # a place where the side itself is, not where it meets, still places it
    ("Police in Kenya arrested two men.", "Police", "KENCOP"),
])
def test_the_venue_of_a_meeting_places_no_one(nlp: Language, resolve: ActorResolver,
                                              text: str, words: str, code: str) -> None:
    assert code_of(nlp, resolve, text, words).startswith(code)
