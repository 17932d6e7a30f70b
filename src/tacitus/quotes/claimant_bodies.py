"""A claimant named by the word for its kind of body: "the union demanded …", "the army warned …",
"activists called for …" claim as that kind of body (``LAB``, ``MIL``, ``OPP``) of the country
the speaker finder places them in, even where it took the body for another one named just before
("Chile's government raised prices. The union demanded …" is ``CHLLAB``, not ``CHLGOV``)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from tacitus.actors.codes import code_units
from tacitus.actors.knowledge import load_knowledge_base
from tacitus.model import Actor
from tacitus.quotes.spans import is_pronoun
from tacitus.quotes.view import DocView

# the kinds of actor a country's body is of (not a person, a group or an organisation)
BODY_KINDS = frozenset({"state", "sector"})


@cache
def body_words() -> frozenset[str]:
    """The words naming a kind of body or group of people ("union", "army", "residents"), as
    the roles table lists them, and not a person's title ("spokesman")."""
    types = load_knowledge_base().types.values()
    titles = {phrase.split()[-1].lower() for kind in types for phrase in kind.titles}
    return frozenset(phrase.split()[-1].lower() for kind in types
                     for phrase in kind.bodies) - titles


def own_body(view: DocView, subject: Token | None, actor: Actor | None) -> Actor | None:
    """``actor`` (the speaker found for a claim cue) as the kind of body its ``subject`` names by
    that kind's own word, when the two differ; the country stays the speaker's."""
    if actor is None or subject is None or is_pronoun(subject) or actor.country is None:
        return actor
    own = view.mentions.at(subject)
    if (own is None or own.how != "anaphor" or own.actor.kind not in BODY_KINDS
            or actor.kind not in BODY_KINDS or (subject.lower_ not in body_words()
            and subject.lemma_.lower() not in body_words())):
        return actor
    units = code_units(own.actor.code)
    own_kind = units[-1]
    if len(units) > 2 or code_units(actor.code) == (actor.country, own_kind):
        return actor
    return replace(own.actor, code=actor.country + own_kind, country=actor.country)
