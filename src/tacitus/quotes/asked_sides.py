"""Whom a cue's object names as the ones asked or offered to: its actor, or, when that is a kind
of body in the plural with no country ("called on friendly governments, the United Nations and
the EU to …": governments at large, not the claimant's own), the first named actor coordinated
with it; when none is an actor, an international or non-governmental body named by its kind
("called on international organisations and humanitarian groups to …")."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.model import Actor
from tacitus.quotes.spans import conjuncts
from tacitus.quotes.speaker_countries import type_codes
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_map

GENERIC_BODIES = word_map("generic_bodies")
# the words before a head noun that make its phrase ("international organisations")
MODIFIER_DEPS = frozenset({"amod", "compound"})


def asked_side(view: DocView, addressee: Token) -> Actor | None:
    """The actor the object ``addressee`` (with the words coordinated with it) names."""
    mention = view.mentions.nearest(addressee)
    if mention is not None and not _any_of_kind(mention.actor, addressee):
        return mention.actor
    words = conjuncts(addressee)
    named = next((found.actor for word in words[1:]
                  if (found := view.mentions.at(word)) is not None
                  and not _any_of_kind(found.actor, word)), None)
    if named is not None:
        return named
    if mention is not None:
        return mention.actor
    return next((body for word in words if (body := _generic_body(word)) is not None), None)


def _any_of_kind(actor: Actor, word: Token) -> bool:
    """Whether ``actor`` is a bare kind of body (``GOV``) named in the plural ("governments")."""
    return actor.code in type_codes() and "Plur" in word.morph.get("Number", [])


def _generic_body(word: Token) -> Actor | None:
    """The body ``word``'s phrase names by its kind alone ("humanitarian groups": ``NGO``)."""
    modifiers = [c.lower_ for c in word.children if c.dep_ in MODIFIER_DEPS and c.i < word.i]
    code = GENERIC_BODIES.get(" ".join([*modifiers, word.lemma_.lower()]))
    if code is None:
        return None
    kind = load_knowledge_base().types[code].kind
    return Actor(code=code, name=word.doc[word.left_edge.i : word.i + 1].text, kind=kind,
                 country=None)
