"""Whom a promised, offered or threatened act is aimed at: "threatened to strike Israel" (Israel),
"would send more air defence systems to Ukraine" (Ukraine), "would not surrender to Karzai".

The target is the first actor named as the act's object, or as the object of a preposition that
aims it ("to", "against", "on" …), on the act's verb or on the verbs it carries on to
("begin handing over X to Y"); never the claimant's own side, and never a name inside the
object's own phrase ("every inch of NATO territory" aims at no one). A trade measure aims at the
country its goods are named by ("raise tariffs on Chinese imports" aims at China), where a
nationality alone names no one ("sell Iranian oil").
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.model import Actor, ActorMention
from tacitus.nlp.doc_memo import sentence_of
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

OBJECT_DEPS = frozenset({"dobj", "dative"})
AIMING_PREPOSITIONS = word_set("aiming_prepositions")
PLURAL_OBJECT_PRONOUNS = word_set("plural_object_pronouns")
TRADE_MEASURES = word_set("trade_measures")
# verbs whose complement carries the act on ("begin handing over", "continue to attack")
CHAIN_DEPS = frozenset({"xcomp"})


def act_target(view: DocView, head: Token, actor: Actor) -> Actor | None:
    """The actor the act headed by ``head`` is aimed at, if the text names one."""
    verbs = [head]
    while verbs:
        verb = verbs.pop(0)
        measured = any(c.dep_ in OBJECT_DEPS and c.lemma_.lower() in TRADE_MEASURES
                       for c in verb.children)
        for child in verb.children:
            if child.dep_ in OBJECT_DEPS:
                # "tariffs on Chinese imports": the measure's own goods, then nothing else
                aimed = [(child, False), *((g, True) for g in _aimed_objects(child))]
            elif child.dep_ == "prep" and child.lower_ in AIMING_PREPOSITIONS:
                aimed = [(c, measured) for c in child.children if c.dep_ == "pobj"]
            else:
                if child.dep_ in CHAIN_DEPS:
                    verbs.append(child)
                continue
            for token, goods in aimed:
                side = _aimed_side(view, token, actor, goods=goods)
                if side is not None:
                    return side
    return None


def _aimed_objects(noun: Token) -> list[Token]:
    """The objects of the aiming prepositions of ``noun`` when it is a trade measure ("tariffs
    on Chinese imports")."""
    if noun.lemma_.lower() not in TRADE_MEASURES:
        return []
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ in AIMING_PREPOSITIONS
            for g in c.children if g.dep_ == "pobj"]


def _aimed_side(view: DocView, token: Token, actor: Actor, *, goods: bool = False
                ) -> Actor | None:
    """The side an object names, unless it is the claimant's own; a plural pronoun read as the
    claimant ("threatened to kill them", "them" taken for the subject that threatens) stands for
    the side named before it instead, as an object pronoun never means its own clause's subject.
    With ``goods`` (the act lays a trade measure), goods named by a nationality ("tariffs on
    Chinese imports") are that country's."""
    mention = (view.mentions.at(token) or _named_by_nationality(view, token, goods=goods)
               or _body_of(view, token))
    if mention is not None and not same_side(mention.actor, actor):
        return mention.actor
    found = _antecedent(view, token, actor)
    return found.actor if found is not None else None


def _antecedent(view: DocView, pronoun: Token, actor: Actor) -> ActorMention | None:
    """ "surrounded the protesters and threatened to use tear gas on them": an object pronoun of
    the plural stands for the nearest side named as a plural before it in its sentence, other
    than the claimant's own."""
    if pronoun.lower_ not in PLURAL_OBJECT_PRONOUNS:
        return None
    for token in reversed(pronoun.doc[sentence_of(pronoun).start : pronoun.i]):
        mention = view.mentions.at(token)
        # "two Kenyan engineers": the number is the noun's that the name describes
        noun = token if token.pos_ in ("NOUN", "PROPN") else token.head
        if mention is not None and mention.how != "pronoun" and "Plur" in noun.morph.get(
                "Number", []) and not same_side(mention.actor, actor):
            return mention
    return None


def _body_of(view: DocView, noun: Token) -> ActorMention | None:
    """ "to an African Union force", "on NATO territory": the body a noun belongs to, named right
    before it (not a name further inside its phrase: "every inch of NATO territory")."""
    return next((view.mentions.at(c) for c in noun.children
                 if c.dep_ in ("compound", "nmod") and c.i < noun.i and view.mentions.at(c)), None)


def _named_by_nationality(view: DocView, name: Token, *, goods: bool = False
                          ) -> ActorMention | None:
    """ "release Norwegian anthropologist Bruce Olson": a person named with a nationality before
    the name is of that country (only a name: "Iranian oil" is no one, unless ``goods``: the
    oil a sanction is laid on is Iran's)."""
    if name.pos_ != "PROPN" and not (goods and name.pos_ == "NOUN"):
        return None
    for token in name.doc[name.left_edge.i : name.i]:
        mention = view.mentions.at(token)
        if mention is not None and mention.actor.kind == "state" and token.pos_ == "ADJ":
            return mention
    return None


def same_side(one: Actor, other: Actor) -> bool:
    """The same country (``CHNGOV`` and ``CHN``), or the same group: the Taliban and an Afghan
    president are two sides of one country, and so are a state and a sector of its people
    (Rwanda and Rwandan rebels, a government and its opposition)."""
    if "sector" in (one.kind, other.kind) and one.kind != other.kind:
        return one.code == other.code
    if one.country and other.country and "group" not in (one.kind, other.kind):
        return one.country == other.country
    return one.code == other.code
