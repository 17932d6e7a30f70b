"""Appeals stated as a hope for another side's act: "“I hope Pakistan will hand over the
suspects,” the minister said", "Blair said he hoped Syria would cooperate" (an appeal to Pakistan,
to Syria); not a hope for the claimant's own act ("we hope we will win"), for an outcome ("hopes
prices will fall"), a past one ("hopes he did well"), nor of a side only a pronoun stands for."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tacitus.model import Actor, Claim
from tacitus.quotes.claim_clauses import (
    MODAL_AUX,
    NON_AGENTIVE,
    build_claim,
    claimant_of,
    conditions_of,
    is_background_cue,
    is_in_question,
    is_negated_cue,
    is_under_condition,
    subjects_of,
)
from tacitus.quotes.claim_sides import is_self
from tacitus.quotes.cue_lexicon import CueLexicon
from tacitus.quotes.spans import conjuncts, nearest_subject, split_coordination
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

HOPE_VERBS = word_set("hope_verbs")
# "hopes he did well", "hopes they have left": a past act hoped for asks for nothing now
PAST_TAGS = frozenset({"VBD", "VBN"})


def hoped_claims(view: DocView, lexicon: CueLexicon, cue: Token, quoted_by: dict[int, Actor]
                 ) -> Iterator[Claim]:
    """The appeal of a hope that another side named as the doer will act."""
    clause = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if clause is None or is_negated_cue(cue) or is_in_question(cue) or is_under_condition(
            cue) or is_background_cue(cue):
        return
    if clause.tag_ in PAST_TAGS or clause.lemma_.lower() in NON_AGENTIVE or any(
            c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lemma_.lower() == "have")
            for c in clause.children):
        return
    actor = claimant_of(view, cue, quoted_by)
    subject = nearest_subject(clause)
    mention = view.mentions.at(subject) if subject is not None else None
    # a side named, not a pronoun: whom "I hope he comes clean" hopes of is the reader's guess
    if actor is None or subject is None or mention is None or mention.how == "pronoun" or (
            is_self(view, subject, actor, quoted=view.quoted_in[clause.i] >= 0)):
        return
    # the act hoped for, without its "will" or "can" ("hope both sides can exercise restraint")
    modals = [c for conjunct in conjuncts(clause) for c in conjunct.children
              if c.dep_ == "aux" and c.lower_ in MODAL_AUX]
    dropped = subjects_of(clause) + modals + conditions_of(clause)
    for piece in split_coordination(clause, without=dropped):
        yield build_claim(view, lexicon, "appeal", actor, mention.actor, piece)
