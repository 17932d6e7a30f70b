"""Whom an appeal for calm asks when its words name no one: in a story of the claimant's own
country, "the governor called for calm", "the prime minister appealed for calm and communal
harmony" ask its own people, not its government; a neighbour's call for calm in another
country's crisis asks that country's sides, which it does not name."""

from __future__ import annotations

from collections import Counter

from tacitus.model import Actor
from tacitus.quotes.own_people import civilians_of
from tacitus.quotes.spans import Piece
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

CALM_WORDS = word_set("public_calm_words")
# Only an appeal or a demand asks the public; a promise of calm is made to no one in particular.
ASKING_KINDS = frozenset({"appeal", "demand"})


def public_asked(view: DocView, actor: Actor, kind: str, piece: Piece) -> Actor | None:
    """The civilians of ``actor``'s country when ``piece``, asked with ``kind``, is calm itself
    (its first word, or that of the first of the words it is coordinated with, one of
    ``public_calm_words``: "calm and communal harmony"; "asked the world to show patience" asks
    the world), in a story whose actors are most often of that country; ``None`` otherwise or
    when ``actor`` has no country."""
    if kind not in ASKING_KINDS or actor.country is None or not _home_story(view, actor.country):
        return None
    first = view.doc[view.token_at(piece.start)]
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "calm and restraint" is one appeal, asked of the same people
    if first.lemma_.lower() not in CALM_WORDS:
        return None
    return civilians_of(actor.country)


def _home_story(view: DocView, country: str) -> bool:
    """Whether no country's actors are named more often in the story than ``country``'s."""
    named = Counter(mention.actor.country for mention in view.mentions.all()
                    if mention.actor.country is not None)
    return named[country] == max(named.values(), default=0)
