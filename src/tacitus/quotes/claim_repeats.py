"""A claim told again: news writing states a demand or a promise in its lead and tells it again
further down, in other words ("the government has decided to set up peace committees" … "the
committees would be set up in all districts, officials said"). The later telling, by the same side,
of the same kind, naming the same act (two content words at least, a third of the shorter
telling's), is no second claim; the first telling is kept, with the later one's addressee when
only that one names whom the claim is made to."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from tacitus.model import Actor, Claim
from tacitus.quotes.view import DocView

# The parts of speech that name an act and what it is done to; the parser's stop words ("not",
# "will", "all") say nothing of which act it is.
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
MIN_SHARED_WORDS = 2
MIN_SHARED_SHARE = 1 / 3


@dataclass(frozen=True, slots=True)
class Telling:
    """A claim with the sentence it stands in and the lemmas of its act's content words."""

    claim: Claim
    sentence: int
    words: frozenset[str]


def drop_repeats(view: DocView, claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """``claims`` in text order less each one that tells again an earlier claim of another
    sentence (same kind, same side, the same act's words)."""
    kept: list[Telling] = []
    for claim in sorted(claims, key=lambda item: (item.start, item.end)):
        telling = _telling(view, claim)
        first = next((n for n, earlier in enumerate(kept) if _repeats(telling, earlier)), None)
        if first is None:
            kept.append(telling)
        elif kept[first].claim.addressee is None and claim.addressee is not None:
            # the lead's "urged both sides to …" names whom it asks only in the later telling
            kept[first] = replace(kept[first],
                                  claim=replace(kept[first].claim, addressee=claim.addressee))
    return tuple(telling.claim for telling in kept)


def _telling(view: DocView, claim: Claim) -> Telling:
    first, last = view.token_at(claim.start), view.token_at(claim.end - 1)
    words = frozenset(token.lemma_.lower() for token in view.doc[first : last + 1]
                      if token.pos_ in CONTENT_POS and token.is_alpha and not token.is_stop)
    return Telling(claim, view.sentence_index(first), words)


def _repeats(later: Telling, earlier: Telling) -> bool:
    if later.sentence == earlier.sentence or later.claim.kind != earlier.claim.kind:
        return False
    if not _same_side(later.claim.actor, earlier.claim.actor):
        return False
    shorter = min(len(later.words), len(earlier.words))
    shared = len(later.words & earlier.words)
    return shared >= MIN_SHARED_WORDS and shared >= MIN_SHARED_SHARE * shorter


def _same_side(one: Actor, other: Actor) -> bool:
    """The same code, or the same country where one of them is named by its country alone."""
    if one.code == other.code:
        return True
    return (one.country is not None and one.country == other.country
            and (one.code == one.country or other.code == other.country))
