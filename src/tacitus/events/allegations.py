"""Allegations: a conflictual act that a speaker reports of another actor ("the rebels said the
army violated the truce", "the ministry says the militia shelled the town") may be the speaker's
accusation of its doer (CAMEO 112) rather than a fact the article reports: coders code a disputed
allegation as the accusation (docs/annotation.md).

``accusations`` gives, for a trigger whose act is one of ``alleged_acts.tsv``, the accusation's
code and who accuses whom: each actor named by the reporting verb's subject, against each actor
named by the reported clause's doer (its subject, or the agent of a passive), never the same
actor. A clause whose subject is a pronoun reports the speaker's own act ("the army said it
shelled the town") and accuses nobody.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from tacitus.events.reporting import speaker_is_subject, speaker_tokens
from tacitus.events.unnamed import clause_verb
from tacitus.model import Actor, ActorMention
from tacitus.wordlists import word_map

ALLEGED_ACTS = word_map("alleged_acts")
DOER_DEPS = frozenset({"nsubj", "agent"})


@dataclass(frozen=True, slots=True)
class Accusation:
    """One reading of a reported act as an accusation: ``source`` accuses ``target``."""

    source: Actor
    target: Actor
    code: str


def accusation_code(cameo: str) -> str | None:
    """The accusation a reported act of code ``cameo`` may be (longest prefix of
    ``alleged_acts.tsv``), or ``None``."""
    for length in range(len(cameo), 1, -1):
        code = ALLEGED_ACTS.get(cameo[:length])
        if code is not None:
            return code
    return None


def accusations(head: Token, cameo: str, mentions: Sequence[ActorMention]
                ) -> tuple[Accusation, ...]:
    """The accusations the act at ``head`` (coded ``cameo``) may be, from the actors of
    ``mentions`` (those named in its sentence) that report it against those that do it."""
    code = accusation_code(cameo)
    if code is None or speaker_is_subject(head):
        return ()
    speaker = speaker_tokens(head)
    if not speaker:
        return ()
    doer = _doer_tokens(head)
    accusers = _actors(m for m in mentions if m.token_start in speaker)
    accused = _actors(m for m in mentions if m.token_start in doer)
    return tuple(Accusation(source, target, code) for source in accusers for target in accused
                 if (source.code, source.name) != (target.code, target.name))


def _doer_tokens(head: Token) -> frozenset[int]:
    verb = clause_verb(head)
    if verb is None:
        return frozenset()
    return frozenset(token.i for child in verb.children if child.dep_ in DOER_DEPS
                     for token in child.subtree)


def _actors(mentions: Iterable[ActorMention]) -> list[Actor]:
    found: list[Actor] = []
    for mention in mentions:
        if mention.actor not in found:
            found.append(mention.actor)
    return found
