"""Places that say where something happens, not whose anyone near them is: a country's post
abroad named as a place ("protested at the Peruvian embassy") and the country a meeting is held
in ("peace talks in Norway"). The context passes (``tacitus.actors.context_passes``) never take
an organ's, a title's or a sector's country from them."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from tacitus.nlp.doc_memo import root_of
from tacitus.wordlists import word_set

MISSIONS = word_set("diplomatic_missions")
# how a country's name qualifies its post: "the Peruvian embassy", "a U.S. embassy warehouse"
MISSION_QUALIFIERS = frozenset({"amod", "compound", "nmod", "poss"})
MEETINGS = word_set("meeting_nouns")
VENUE_PREPOSITIONS = word_set("venue_prepositions")
# how a place name hangs on its preposition: "in Punta del Este, Uruguay", "in Panama City"
PLACE_CHAIN_DEPS = frozenset({"compound", "poss", "appos"})
# a clause that describes a meeting: "talks scheduled for later that month in Norway"
MEETING_CLAUSE_DEPS = frozenset({"acl", "relcl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
VERB_POS = frozenset({"VERB", "AUX"})


def missions_as_places(doc: Doc, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    """The starts of the mention ``spans`` (start, end) that name a country's post abroad
    (``MISSIONS``), or the country that qualifies one, when the post is not the subject of a
    verb: "protested at the Peruvian embassy", "an attack on a U.S. embassy warehouse". The
    embassy that speaks ("the U.S. embassy said") still places its staff."""
    found: set[int] = set()
    for start, end in spans:
        noun = root_of(doc, start, end)
        if noun.lemma_.lower() not in MISSIONS and noun.dep_ in MISSION_QUALIFIERS:
            noun = noun.head
        if noun.lemma_.lower() in MISSIONS and noun.dep_ not in SUBJECT_DEPS:
            found.add(start)
    return frozenset(found)


def meeting_venues(doc: Doc, places: Iterable[int]) -> frozenset[int]:
    """The starts among ``places`` named as where a meeting is held: "peace talks in Norway",
    "talks scheduled for later that month in Norway", "the summit being held in Nicaragua",
    "the meeting concluded today in Punta del Este, Uruguay"."""
    return frozenset(start for start in places if is_meeting_venue(doc[start]))


def is_meeting_venue(token: Token) -> bool:
    """Whether the place at ``token`` is the object of a venue's preposition hung on a meeting
    noun (``MEETINGS``), on a clause describing one, or on the verb one is the subject of."""
    while token.dep_ in PLACE_CHAIN_DEPS and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ not in VENUE_PREPOSITIONS:
        return False
    host = token.head.head
    if host.dep_ in MEETING_CLAUSE_DEPS and host.pos_ in VERB_POS:
        host = host.head
    if host.pos_ in VERB_POS:
        return any(child.dep_ in SUBJECT_DEPS and _meeting(child) for child in host.children)
    return _meeting(host)


def _meeting(token: Token) -> bool:
    """Whether ``token`` is a noun of a meeting between sides (``MEETINGS``)."""
    return token.lemma_.lower() in MEETINGS or token.lower_ in MEETINGS
