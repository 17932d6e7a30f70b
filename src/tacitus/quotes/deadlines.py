"""Demands made as deadlines: "gave the diplomats 72 hours to leave"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tacitus.events.clauses import has_infinitive_marker
from tacitus.model import Actor, Claim
from tacitus.quotes.claim_clauses import build_claim, claimant_of, is_negated_cue
from tacitus.quotes.cue_lexicon import CueLexicon
from tacitus.quotes.spans import split_coordination
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

# "gave the diplomats 72 hours to leave", "gave Moscow until midnight to explain": a deadline.
DEADLINE_VERBS = word_set("deadline_verbs")
DEADLINE_NOUNS = word_set("deadline_nouns")
# "… to restore the court or face sanctions": the alternative undergone is a threat
CONSEQUENCE_VERBS = word_set("consequence_verbs")


def deadline_claims(view: DocView, lexicon: CueLexicon, verb: Token, quoted_by: dict[int, Actor]
               ) -> Iterator[Claim]:
    """ "gave US diplomats 72 hours to leave the country", "gave Moscow until midnight to
    explain …": a deadline for the one given it is a demand on them, and the alternative it
    names ("… or face sanctions") a threat."""
    actor = claimant_of(view, verb, quoted_by)
    if actor is None or is_negated_cue(verb):
        return
    given = next((c for c in verb.children if c.dep_ in ("dative", "dobj")
                  and c.lemma_.lower() not in DEADLINE_NOUNS), None)
    time = next((c for c in verb.children
                 if (c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in DEADLINE_NOUNS)
                 or (c.dep_ == "prep" and c.lower_ == "until")), None)
    if given is None or time is None:
        return
    deed = next((c for c in (*verb.children, *time.children)
                 if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and has_infinitive_marker(c)),
                None)
    if deed is None:
        return
    target = view.mentions.nearest(given)
    for piece in split_coordination(deed):
        kind = "threat" if piece.head.lemma_.lower() in CONSEQUENCE_VERBS else "demand"
        yield build_claim(view, lexicon, kind, actor, target.actor if target else None, piece)

