"""Whom a promise is made to when no cue, preposition or story-wide rule names anyone: the first
side its own words name other than the claimant's ("said Pakistan would never be allowed to take
Kashmir" is a commitment made to Pakistan, "promised the safe return of the hostages from Kenya"
one made to Kenya); a nationality alone names no one ("promised to sell Iranian oil"), nor does the
object of a verb of letting, the side the promise restrains ("vowed not to allow the militia to
use its soil against the United States" is made to the United States). Only a
commitment: a denial's words name the side accused, not the accuser it
answers, and an ask's words (measured on the real-news train split) name its addressee no more
often than a side it is about."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tacitus.model import Actor, Claim
from tacitus.quotes.act_targets import same_side
from tacitus.quotes.domestic import domestic_addressee
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

# the kinds whose words name the side they are made to
NAMING_KINDS = frozenset({"commitment"})
PERMISSION_VERBS = word_set("permission_verbs")
# the relations of the clause a verb of letting governs ("let the group use …")
LET_CLAUSE_RELATIONS = frozenset({"ccomp", "xcomp"})


def with_named_addressee(view: DocView, claim: Claim) -> Claim:
    """``claim``, addressed to the first other side its words name when it has no addressee and
    is of one of the ``NAMING_KINDS``. Given last, once claims are joined and repeats dropped,
    so that a guess never keeps two tellings or two halves of one claim apart."""
    if claim.addressee is not None or claim.kind not in NAMING_KINDS:
        return claim
    named = named_in_claim(view, claim.actor, claim.start, claim.end)
    if named is None:
        return claim
    return replace(claim, addressee=domestic_addressee(named, claim.actor))


def named_in_claim(view: DocView, actor: Actor, start: int, end: int) -> Actor | None:
    """The actor of the first mention inside the text from ``start`` to ``end`` that is not of
    ``actor``'s side, nor only an adjective, nor the side a verb of letting restrains."""
    for index in range(view.token_at(start), view.token_at(end - 1) + 1):
        mention = view.mentions.at(view.doc[index])
        if mention is None or mention.start < start or same_side(mention.actor, actor):
            continue
        words = view.doc[mention.token_start : mention.token_end]
        if any(word.pos_ != "ADJ" for word in words) and not is_let_act(words.root):
            return mention.actor
    return None


def is_let_act(word: Token) -> bool:
    """Whether ``word`` is the one a verb of letting lets act: its object ("allow al Qaeda to"),
    or the subject of the clause it governs ("let the group use its soil")."""
    if word.dep_ == "nsubj" and word.head.dep_ in LET_CLAUSE_RELATIONS:
        return word.head.head.lemma_.lower() in PERMISSION_VERBS
    return word.dep_ == "dobj" and word.head.lemma_.lower() in PERMISSION_VERBS
