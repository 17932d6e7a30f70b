"""One request, one claim: the things or acts a cue names joined by a bare conjunction ("called
for calm and order", "a plea for food and shelter", "urged it to free the sailors and reopen the
port") are judged one by one by each construction, then joined back into one claim of the
article's words, as the real-news coders list them. A list with commas stays one claim an item
("allowing A, respecting B, and not letting C"), its last two acts too ("to withdraw, lift the
blockade and return to talks")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from tacitus.ids import stable_id
from tacitus.model import Claim
from tacitus.quotes.spans import only_joints
from tacitus.quotes.view import DocView

THING_TAGS = frozenset({"NOUN", "PROPN", "PRON"})


def join_claims(view: DocView, claims: Iterable[Claim]) -> list[Claim]:
    """The claims of one cue, with those of the same kind, claimant and addressee that follow
    each other with only a conjunction between them joined: two things, or two acts that end
    no list of the same act."""
    joined: list[Claim] = []
    listed = False
    for claim in sorted(claims, key=lambda item: (item.start, item.end)):
        last = joined[-1] if joined else None
        same = last is not None and _same_act(last, claim)
        bare = last is not None and same and only_joints(view.doc, last.end, claim.start)
        if last is not None and bare and (_things(view, last, claim) or not listed):
            joined[-1] = _joined(view, last, claim)
        else:
            # an act after another of the same act with more than a conjunction between them
            # ("to withdraw its troops, lift …") is an item of a list
            listed = same and not bare
            joined.append(claim)
    return joined


def _same_act(one: Claim, other: Claim) -> bool:
    return (one.kind, one.actor.code, _code(one), one.evidence.sentence_index) == (
        other.kind, other.actor.code, _code(other), other.evidence.sentence_index)


def _things(view: DocView, *claims: Claim) -> bool:
    """Whether each claim is headed by a noun (a thing asked for), not by a verb (an act)."""
    return all(_top(view, claim).pos_ in THING_TAGS for claim in claims)


def _top(view: DocView, claim: Claim) -> Token:
    """The word of a claim's text whose head lies outside it."""
    first, last = view.token_at(claim.start), view.token_at(claim.end - 1)
    words = view.doc[first : last + 1]
    return next((t for t in words if not first <= t.head.i <= last or t.head.i == t.i),
                words[0])


def _code(claim: Claim) -> str | None:
    return claim.addressee.code if claim.addressee is not None else None


def _joined(view: DocView, first: Claim, second: Claim) -> Claim:
    start, end = first.start, second.end
    return Claim(id=stable_id("clm_", view.article.id, first.kind, start, end), kind=first.kind,
                 actor=first.actor, addressee=first.addressee,
                 text=view.article.text[start:end], topic=first.topic or second.topic,
                 start=start, end=end, evidence=first.evidence, date=first.date)
