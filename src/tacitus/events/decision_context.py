"""What the decision stage reads of the whole article for a candidate: how prominent its actors are.

A careful coder records the acts of the actors an article is about; an actor named once in a long
story, beside the ones it keeps naming, is rarely the doer or the target of a recorded event. The
context (``article_context``) counts the article's actor mentions by actor (its country or group
part: ``USAGOV`` and ``USAMIL`` are the US, named twice), and ``context_features`` gives a
candidate the rank of its source and of its target among them (1: the most named; ties share a
rank; ranks past ``MAX_RANK`` are one bucket), and the two ranks together.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tacitus.events.candidates import Candidate
from tacitus.model import Actor, ActorMention

MAX_RANK = 4
KEY_LENGTH = 3


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """How many times the article names each actor (by ``actor_key``)."""

    mentions: Mapping[str, int]


def actor_key(actor: Actor) -> str:
    """The part of an actor's code that names the country or group (``USAGOV`` → ``USA``)."""
    return actor.code[:KEY_LENGTH]


def article_context(mentions: Sequence[ActorMention]) -> ArticleContext:
    """The context of an article with these actor ``mentions``."""
    return ArticleContext(mentions=Counter(actor_key(mention.actor) for mention in mentions
                                           if mention.actor.code))


def actor_rank(context: ArticleContext, actor: Actor | None) -> str:
    """The actor's rank among the article's actors by mentions (``"none"`` for no target,
    ``"unnamed"`` for the unknown doer, ``"absent"`` for an actor the article never names)."""
    if actor is None:
        return "none"
    if not actor.code:
        return "unnamed"
    count = context.mentions.get(actor_key(actor), 0)
    if count == 0:
        return "absent"
    rank = 1 + sum(1 for other in context.mentions.values() if other > count)
    return str(min(rank, MAX_RANK))


def context_features(candidate: Candidate, context: ArticleContext) -> list[str]:
    """The candidate's features that read the whole article (module docstring)."""
    source = actor_rank(context, candidate.event.source)
    target = actor_rank(context, candidate.event.target)
    return [f"source_rank={source}", f"target_rank={target}", f"ranks={source}|{target}"]
