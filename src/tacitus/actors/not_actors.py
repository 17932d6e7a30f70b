"""Country, capital and organisation names that name no actor: places ("in Kabul"), venues ("on
the sidelines of the UN General Assembly"), stances ("anti-Syria") and qualifiers ("US$ 50",
"Russian-made")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tacitus.actors.actor_lexicon import CountryName
from tacitus.actors.matches import Atom
from tacitus.nlp.doc_memo import root_of
from tacitus.wordlists import word_set

LOCATIVE = word_set("place_prepositions", country_place="yes")
VENUES = word_set("venue_nouns")
STANCE_PREFIXES = word_set("stance_prefixes")
CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥"})
CURRENCY_WORDS = word_set("currency_words")
# "Russian-made", "Bosnia-style", "US-born": the country qualifies a thing or a person's origin
QUALIFYING_PARTICIPLES = word_set("qualifying_participles")


def is_place(doc: Doc, covered: Sequence[bool], start: int, end: int) -> bool:
    """A location ("in Kabul") or a dateline ("KABUL, Afghanistan (AP) -")."""
    token = root_of(doc, start, end)
    if token.dep_ == "poss" and token.head.dep_ == "pobj" and not covered[token.head.i]:
        # "in Pakistan's Swat valley"
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE


def is_venue(doc: Doc, start: int) -> bool:
    cursor = start - 1
    if cursor >= 0 and doc[cursor].lower_ == "the":
        cursor -= 1
    return (cursor >= 1 and doc[cursor].lower_ == "of"
            and doc[cursor - 1].lower_ in VENUES)


def stance(doc: Doc, start: int) -> bool:
    """Whether "anti-" or "pro-" precedes the name at ``start``."""
    return (start >= 2 and doc[start - 1].text == "-"
            and doc[start - 2].lower_ in STANCE_PREFIXES)


def not_an_actor(doc: Doc, atom: Atom) -> bool:
    """A bare country name that only qualifies a thing: "US$ 5 million", "Russian-made
    rockets", "a Bosnia-style war"."""
    after = atom.end
    if after < len(doc) and (doc[after].text in CURRENCY_SIGNS
                             or doc[after].lemma_.lower() in CURRENCY_WORDS):
        return True
    value = atom.value
    if (isinstance(value, CountryName) and value.adjective and value.country.kind == "region"
            and after < len(doc) and doc[after].text[:1].isupper()):
        # "Western Cambodia", "the Western Cape": part of a place name
        return True
    return (after + 1 < len(doc) and doc[after].text == "-"
            and doc[after + 1].lower_ in QUALIFYING_PARTICIPLES)
