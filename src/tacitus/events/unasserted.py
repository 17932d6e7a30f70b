"""Event nouns that name an act their sentence does not report.

A noun trigger reports no act of its own when the phrase it heads (climbing compounds, modifiers
and conjuncts: "a ceasefire offer", "talks and a visit") is

1. the object of a word of ``unasserting_governors.tsv`` ("sought new talks", "demanded a
   probe"), the subject of one in the passive ("the visit was postponed"), or reached from one
   through a preposition of ``linking_prepositions.tsv`` ("called for a ceasefire", "the
   renewal of talks", "ahead of the summit"): the act is wanted, planned, put off or prevented,
   not done. A noun of an act done by saying (the ``said`` roots: a call, a demand, an
   accusation, a threat) names what was said, whatever governs it ("rejected the call for
   talks": the call was made), so this rule leaves it alone;
2. the object of a preposition of ``landmark_prepositions.tsv`` ("after the attack", "following
   the coup"): the sentence dates another act by it; the happening itself is history or told where
   the article reports it. An act done "during" a protest or a raid is often part of it, and the
   protest the news, so "during" is no landmark.
3. an item of a list a noun of ``aim_nouns.tsv`` heads through a word of ``listing_words.tsv``
   ("the bloc's demands, including releasing the prisoners and ending the blockade", "priorities
   such as respecting the rights of women"): the act, a noun or a verb, is wanted, not done.

Otherwise verbs are left to the clause rules of ``tacitus.events.framing`` and
``tacitus.events.background``.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.events.ontology import root_group
from tacitus.wordlists import word_set

UNASSERTING_GOVERNORS = word_set("unasserting_governors")
WANTING_GOVERNORS = word_set("unasserting_governors", wants="yes")
LANDMARK_PREPOSITIONS = word_set("landmark_prepositions")
LINKING_PREPOSITIONS = word_set("linking_prepositions")
AIM_NOUNS = word_set("aim_nouns")
LISTING_WORDS = word_set("listing_words")
SAID_ROOTS = root_group("said")
NOUN_POS = frozenset({"NOUN", "PROPN"})
# dependencies that keep a word inside the noun phrase it modifies or is listed in
PHRASE_DEPS = frozenset({"compound", "amod", "conj", "nmod"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# how the parser hangs a list's first item on the word that opens it ("including releasing", "such
# as sanctions")
LIST_ITEM_DEPS = frozenset({"pcomp", "pobj"})


def names_unreported_act(head: Token, cameo: str) -> bool:
    """Whether the trigger ``head`` coded ``cameo`` names an act its sentence leaves undone or
    uses as a landmark in time (rules in the module docstring; a verb only by rule 3)."""
    if is_listed_aim(head):
        return True
    phrase = _phrase(head)
    if phrase is None:
        return False
    governor = phrase.head
    # the parser reads "following" as a verb with an object as often as a preposition
    if phrase.dep_ in {"pobj", "dobj"} and governor.lower_ in LANDMARK_PREPOSITIONS:
        return True
    return _unasserting_governor(phrase, cameo) is not None


def is_wanted(head: Token, cameo: str) -> bool:
    """Whether the noun trigger ``head`` names an act its sentence's subject wants or plans
    ("Russia is seeking a partnership with India", "proposed talks"): rule 1 with a governor of
    ``unasserting_governors.tsv`` marked ``wants``."""
    phrase = _phrase(head)
    if phrase is None:
        return False
    governor = _unasserting_governor(phrase, cameo)
    return governor is not None and governor.lemma_.lower() in WANTING_GOVERNORS


def is_listed_aim(head: Token) -> bool:
    """Whether ``head`` (or the first item of the list it is coordinated in) is an item of a list
    that a noun of what someone wants done heads: rule 3 of the module docstring."""
    item = head
    while item.dep_ == "conj" and item.head.i != item.i:
        item = item.head
    opener = item.head
    if item.dep_ not in LIST_ITEM_DEPS or opener.lower_ not in LISTING_WORDS:
        return False
    if opener.lower_ == "as" and not any(child.lower_ == "such" for child in opener.children):
        return False
    return opener.head.pos_ == "NOUN" and opener.head.lemma_.lower() in AIM_NOUNS


def _phrase(head: Token) -> Token | None:
    """The noun phrase a noun trigger heads or stands in, when it has a governor."""
    if head.pos_ not in NOUN_POS:
        return None
    phrase = head
    while phrase.dep_ in PHRASE_DEPS and phrase.head.i != phrase.i:
        phrase = phrase.head
    return None if phrase.head.i == phrase.i else phrase


def _unasserting_governor(phrase: Token, cameo: str) -> Token | None:
    if cameo[:2] in SAID_ROOTS:
        return None
    governor = phrase.head
    if phrase.dep_ == "pobj" and governor.lower_ in LINKING_PREPOSITIONS:
        governor = governor.head
    elif phrase.dep_ not in OBJECT_DEPS:
        return None
    return governor if governor.lemma_.lower() in UNASSERTING_GOVERNORS else None
