"""Claims read as acts: each demand, appeal, commitment, offer, threat or denial the claim finder
finds (``tacitus.quotes``) is also an event candidate of its claimant toward its addressee (or
none), coded as ``claim_act_codes.tsv`` reads its kind, at the word that makes the claim.

The claim finder reads what the lexicon's triggers miss: a quote's demand given to the speaker
the quote stage attributes ('"Arafat must act now," the envoy said'), the speaker of a following
paragraph, "according to X", an assurance or a threat in a noun ("the threat of a strike"). The
decision stage keeps the reading or not (``construction`` ``claimed`` tells it how the candidate
was made).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tacitus.events.lexicon import Entry
from tacitus.events.lexicon_matching import Trigger
from tacitus.model import Actor, Claim, same_actor
from tacitus.nlp.doc_memo import sentence_numbers
from tacitus.wordlists import word_map

CLAIM_CODES = word_map("claim_act_codes")
# the lexicon kind a claimed act's trigger is marked with
CLAIM_KIND = "claim"


@dataclass(frozen=True, slots=True)
class ClaimedAct:
    """A claim read as an act: at ``trigger`` (its cue word) in sentence ``sentence_index``,
    done by ``source`` to ``target``."""

    trigger: Trigger
    sentence_index: int
    source: Actor
    target: Actor | None
    kind: str


def claimed_acts(doc: Doc, claims: Sequence[Claim]) -> list[ClaimedAct]:
    """The acts ``claims`` (found in ``doc``) read as: one each, but none for a claim whose
    kind has no code or whose words the parse cannot place."""
    numbers = sentence_numbers(doc)
    acts = []
    for claim in claims:
        code = CLAIM_CODES.get(claim.kind)
        cue = claim_cue(doc, claim)
        if code is None or cue is None:
            continue
        target = claim.addressee
        if target is not None and same_actor(claim.actor, target):
            target = None
        entry = Entry(kind=CLAIM_KIND, words=(cue.lemma_.lower(),), cameo=code)
        acts.append(ClaimedAct(Trigger(cue, entry, code, (cue,)), numbers[cue.i],
                               claim.actor, target, claim.kind))
    return acts


def claim_cue(doc: Doc, claim: Claim) -> Token | None:
    """The word that makes ``claim``: the word of its sentence that governs the claimed text
    ("urged Russia to [withdraw its troops]", "the threat of [a strike]"), else the text's own
    head (a claim whose text is its whole clause), or ``None`` when the text lies in no span of
    ``doc``."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    governor = head.head
    if governor.i != head.i and not span.start <= governor.i < span.end and (
            governor.sent.start == head.sent.start):
        return governor
    return head
