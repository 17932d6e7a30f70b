"""Whether a clause's subject is the claimant itself: "we", the claimant's own name, a pronoun
whose nearest antecedent is the claimant, or its own side ("his government", "the group")."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.actors.actor_lexicon import STATE_TYPES
from tacitus.actors.codes import code_units
from tacitus.actors.matches import UNKNOWN_BODY_HOWS
from tacitus.model import Actor, ActorMention
from tacitus.nlp.doc_memo import sentence_of
from tacitus.quotes.claim_clauses import FIRST_PERSON
from tacitus.quotes.spans import SUBJECT_DEPS, is_pronoun
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

# Nouns naming the claimant's own side when its claim speaks of it ("his government would …",
# "its forces would …"); for the bare "the group would …", only the group-like ones.
OWN_SIDE_NOUNS = word_set("own_side_nouns")
GROUP_OR_ALLIANCE_NOUNS = word_set("group_nouns")
# "it"/"they" refer to the nearest earlier noun of the same number before they refer to the
# speaker named further back.
PRONOUN_NUMBER = {"it": "Sing", "they": "Plur"}
# Nouns that are part of a name or of the speaker's own phrase ("Taliban officials said they …").
NOT_ANTECEDENT = SUBJECT_DEPS | {"compound", "poss", "npadvmod", "appos", "nmod"}


def is_self(view: DocView, subject: Token, actor: Actor, *, quoted: bool) -> bool:
    """A promise speaks of the speaker's own side: in a quotation in the first person ("we will")
    or by its name ("Taiwan will"); reported, by pronoun ("said they won't"), by name ("Xi said
    China would"), or by a noun for its own side ("said his government would", "said the army
    would"). "X said Y would" with another Y is only reported speech."""
    mention = view.mentions.at(subject)
    if quoted:
        return subject.lower_ in FIRST_PERSON or (
            mention is not None and mention.how != "pronoun" and named_side(mention, actor))
    if subject.lower_ == "you":
        return False
    if is_pronoun(subject):
        if mention is not None:
            return mention.actor.code == actor.code
        return antecedent_noun(view, subject) is None
    return is_own_side(view, subject, actor)


def is_own_side(view: DocView, subject: Token, actor: Actor) -> bool:
    """ "China", "Kyiv", "American forces", "his country", "the group" for the speaker's side."""
    noun = subject.lemma_.lower()
    owned = noun in OWN_SIDE_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in subject.children)
    if owned:
        return True
    mention = view.mentions.at(subject)
    if mention is not None:
        # a common noun read as an earlier actor ("the mayors") counts only for an own-side noun
        return named_side(mention, actor) and (
            mention.how != "anaphor" or noun in OWN_SIDE_NOUNS)
    return noun in GROUP_OR_ALLIANCE_NOUNS and any(c.dep_ == "det" and c.lower_ == "the"
                                       for c in subject.children)


def named_side(mention: ActorMention, actor: Actor) -> bool:
    """Whether a mention names ``actor``'s side (``same_side``, not ``other_sector``); an
    organisation no table knows (a company, a union, a council) is a side of its own, never
    another body's of its country: "the tourism council said the airline would open routes" is
    no promise of the council."""
    if mention.how in UNKNOWN_BODY_HOWS:
        return mention.actor == actor
    return same_side(mention.actor, actor) and not other_sector(mention.actor, actor)


def other_sector(one: Actor, other: Actor) -> bool:
    """Whether two actors of one country stand for different sides of it: one is a non-state
    sector of it (its opposition, a party, rebels, activists) that the other is not. "Insiders
    said the activists' leaders would …" or "the opposition said the government would …" tells
    another side's plan; a state's organs (``GOV``, ``MIL``) and the country itself are one side."""
    one_types, other_types = set(code_units(one.code)[1:]), set(code_units(other.code)[1:])
    return one_types != other_types and bool((one_types | other_types) - STATE_TYPES)


def same_side(one: Actor, other: Actor) -> bool:
    """The same country (``CHNGOV`` and ``CHN``) or, without one, the same code."""
    if one.country and other.country:
        return one.country == other.country
    return one.code == other.code


def antecedent_noun(view: DocView, pronoun: Token) -> Token | None:
    """The nearest earlier common noun of the pronoun's sentence with its number, when no actor
    is named between them ("opposed calls for a ceasefire, saying it would …" → "ceasefire")."""
    number = PRONOUN_NUMBER.get(pronoun.lower_)
    if number is None:
        return None
    for token in reversed(pronoun.doc[sentence_of(pronoun).start : pronoun.i]):
        if view.mentions.at(token) is not None:
            return None
        if token.pos_ == "NOUN" and token.dep_ not in NOT_ANTECEDENT and (
                number in token.morph.get("Number", [])):
            return token
    return None
