"""Generic actors: role nouns with no name ("a suicide bomber", "five people", "police").

Which of them are actor mentions, and where their country may come from:

1. A sector noun ("people", "students", "gunmen") is an actor only as a noun that is not a
   modifier of another noun ("student union", "fighter jets"), not an anonymous source ("people
   familiar with the talks") and not a place ("taken to hospital").
2. A noun's own phrase may say its country: "protesters in Kabul", "refugees from Syria",
   "the people of Yemen" (``attached_index`` gives the word to look up).
3. "ethnic Albanians", "ethnic Serb guerrillas": the adjective names an ethnic group, not the
   country; the group takes the country of its context like any generic actor.
4. "diplomats in Kabul", "the embassy in Nairobi": people and missions posted abroad serve where
   their phrase puts them; with no nationality of their own, they are nobody's the text says.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tacitus.actors.knowledge import ActorType
from tacitus.actors.matches import Atom
from tacitus.model import Actor
from tacitus.nlp.doc_memo import root_of
from tacitus.nlp.token_arrays import arrays_of
from tacitus.wordlists import word_set

NOUN_POS = frozenset({"NOUN", "PROPN"})
# prepositions after which a role noun's object says where the actors are from or are
ATTACHING_PREPS = word_set("place_prepositions", attaching="yes")
# prepositions of where people are, not of where they come from (the `staying` column)
STAYING_PREPS = word_set("place_prepositions", staying="yes")
POSTED_ROLES = word_set("posted_roles")
PLACE_PREPS = word_set("place_prepositions", institution="yes")
# nouns that name a building or an institution as often as the people in it
PLACE_NOUNS = word_set("place_nouns")
# "people familiar with the matter", "sources close to the talks": unnamed sources
SOURCE_ADJECTIVES = word_set("source_adjectives")
ETHNIC = word_set("ethnic_markers")
PRIVATE_PERSONS = word_set("private_persons")
# nouns after a role word that still name its people: "rebel group", "opposition coalition"
GROUP_HEADS = word_set("group_heads")
FOREIGN = word_set("foreign_adjectives")
# nouns for places: a demonym before them locates, it names no actor
PLACE_HEADS = word_set("place_heads")
# "the mayor", "local officials", "the city's prosecutors": bodies of the town the text is set in
LOCAL_HEADS = word_set("local_bodies", part="head")
LOCAL_MODIFIERS = word_set("local_bodies", part="modifier") | PLACE_HEADS


def head_token(doc: Doc, atom: Atom) -> Token:
    """The noun the role words head: "rebels", or "group" in "rebel group"."""
    # read from the Doc's arrays: a ``Token`` made for the word returned alone
    arrays = arrays_of(doc)
    last = atom.end - 1
    head = arrays.heads[last]
    if (arrays.deps[last] == "compound" and head == atom.end
            and arrays.lemma_lower[head] in GROUP_HEADS):
        return doc[head]
    return doc[last]


def is_generic_actor(doc: Doc, atom: Atom) -> bool:
    """Whether a sector role noun with no name is an actor mention of its own."""
    token = head_token(doc, atom)
    if token.pos_ not in NOUN_POS or token.dep_ in {"compound", "amod", "poss"}:
        return False
    if any(child.dep_ == "amod" and child.lower_ in SOURCE_ADJECTIVES
           for child in token.children):
        return False
    return not (token.lemma_.lower() in PLACE_NOUNS and token.dep_ == "pobj"
                and token.head.lower_ in PLACE_PREPS)


def attached_index(doc: Doc, atom: Atom) -> int | None:
    """The object of the noun's own "in"/"from"/"of" phrase ("protesters in Kabul"), if any."""
    token = head_token(doc, atom)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ATTACHING_PREPS:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild.i
    return None


def is_posted_abroad(doc: Doc, atom: Atom) -> bool:
    """ "diplomats in Kabul": a role noun of those a state posts abroad with a phrase of where
    they serve."""
    token = head_token(doc, atom)
    return token.lemma_.lower() in POSTED_ROLES and any(
        child.dep_ == "prep" and child.lower_ in STAYING_PREPS for child in token.children)


def is_private_person(doc: Doc, atom: Atom) -> bool:
    """"a man", "two women", "his family": private persons, actors only where the text places
    them in a country (a crime report with no place codes nothing)."""
    return head_token(doc, atom).lemma_.lower() in PRIVATE_PERSONS


def is_local_body(doc: Doc, atom: Atom) -> bool:
    """"the mayor", "the regional governor", "local officials", "the city's prosecutors": an
    organ of the town or city the text is set in."""
    if doc[atom.start:atom.end].text.lower() in LOCAL_HEADS:
        return True
    token = head_token(doc, atom)
    return token.lemma_.lower() in LOCAL_HEADS or any(
        child.dep_ in {"poss", "compound", "amod"} and child.lemma_.lower() in LOCAL_MODIFIERS
        for child in token.children)


def is_foreign(doc: Doc, atom: Atom) -> bool:
    """"foreign journalists", "international troops": not the context country's."""
    token = head_token(doc, atom)
    return any(child.dep_ == "amod" and child.lower_ in FOREIGN for child in token.children)


def names_place(doc: Doc, start: int, end: int) -> bool:
    """Whether a demonym only says where a place is: "the Ukrainian city of Kharkiv", "the
    western Iraqi province of Anbar"."""
    token = root_of(doc, start, end)
    return token.dep_ in {"amod", "compound"} and token.head.lemma_.lower() in PLACE_HEADS


def striking_subject(doc: Doc, index: int) -> set[int] | None:
    """Token indices of the subject of the verb whose object is the word at ``index`` ("US
    drone strikes killed three militants"): a state or army acting on people says nothing of
    their country."""
    token = doc[index]
    while token.dep_ in {"compound", "amod", "nummod"} and token.head.i != token.i:
        token = token.head
    if token.dep_ not in {"dobj", "obj"}:
        return None
    # every subject the parse gives the verb: a dateline the parser read as one ("KABUL
    # (Reuters) - US forces killed …") must not hide the real one
    found = {item.i for child in token.head.children if child.dep_ in {"nsubj", "csubj"}
             for item in child.subtree}
    return found or None


def doer_tokens(doc: Doc, index: int) -> set[int]:
    """Token indices of who acts on the word at ``index``: the subject of the verb it is the
    object of ("US agents arrested Premier Dobbs"), or the by-agent of the passive it is the
    subject of ("Premier Dobbs was arrested by US agents"); empty for any other word. Whom an
    act is done to says nothing of the doer's country, nor the doer of theirs."""
    token = doc[index]
    while token.dep_ in {"compound", "amod", "nummod"} and token.head.i != token.i:
        token = token.head
    if token.dep_ in {"dobj", "obj"}:
        return striking_subject(doc, index) or set()
    if token.dep_ != "nsubjpass":
        return set()
    return {item.i for child in token.head.children if child.dep_ == "agent"
            for item in child.subtree}


def is_ethnic(doc: Doc, start: int) -> bool:
    """"ethnic Albanians": the word before a demonym makes it an ethnic group."""
    return start > 0 and doc[start - 1].lower_ in ETHNIC


def bare_actor(actor_type: ActorType, phrase: str) -> Actor:
    """A generic actor whose country the text does not make clear: its type alone ("CVL")."""
    return Actor(code=actor_type.code, name=actor_type.label, kind=actor_type.kind,
                 roles=(phrase,))
