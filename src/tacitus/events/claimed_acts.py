"""Claims read as acts: each demand, appeal or threat the claim finder finds (``tacitus.quotes``)
is also an event candidate of its claimant toward its addressee (or none), at the word that makes
the claim, coded by the act it names as ``claim_act_codes.tsv`` reads it: the lexicon's code of
the act's head word in the frame of ``frames.tsv`` the claim's kind gives it ("must release the
prisoners" a demand 1053, "urged X to meet" an appeal 026), else the kind's own code.
Commitments, offers and denials are not read as acts (``claim_act_codes.tsv`` says what was
measured).

The claim finder reads what the lexicon's triggers miss: a quote's demand given to the speaker
the quote stage attributes ('"Arafat must act now," the envoy said'), the speaker of a following
paragraph, "according to X", an assurance or a threat in a noun ("the threat of a strike"). The
decision stage keeps the reading or not: ``construction`` ``claimed`` and the reading's
``marks`` (the claim's kind, the act's root, its negation) tell it how the candidate was made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tacitus.events.clauses import is_negated
from tacitus.events.lexicon import Entry, Frames, Lexicon
from tacitus.events.lexicon_matching import Trigger
from tacitus.events.triggers import raw_triggers
from tacitus.model import Actor, Claim, same_actor
from tacitus.nlp.doc_memo import sentence_numbers, sentences_of
from tacitus.wordlists import word_table

# (kind, negated) -> (frame of frames.tsv or NO_FRAME, the kind's own code)
CLAIM_READINGS = {(kind, negated == "yes"): (frame, cameo)
                  for kind, negated, frame, cameo in word_table("claim_act_codes")}
NO_FRAME = "-"
# the lexicon kind a claimed act's trigger is marked with
CLAIM_KIND = "claim"
# the act root of a claim whose act the lexicon does not code
UNCODED_ACT = "none"


@dataclass(frozen=True, slots=True)
class ClaimedAct:
    """A claim read as an act: at ``trigger`` (its cue word) in sentence ``sentence_index``,
    done by ``source`` to ``target``; ``kind`` the claim's, ``act_root`` the lexicon's root of
    the act it names (``UNCODED_ACT`` when none), ``negated`` whether that act is negated."""

    trigger: Trigger
    sentence_index: int
    source: Actor
    target: Actor | None
    kind: str
    act_root: str = UNCODED_ACT
    negated: bool = False

    @property
    def marks(self) -> tuple[str, ...]:
        """What the decision stage reads of how the act was made: the kind, the act's root
        and the negation, each alone and the kind crossed with the other two."""
        return (f"claim_kind={self.kind}", f"claim_act={self.act_root}",
                f"claim_kind_act={self.kind}|{self.act_root}",
                f"claim_negated={self.negated}", f"claim_kind_negated={self.kind}|{self.negated}")


def claimed_acts(doc: Doc, claims: Sequence[Claim], *, lexicon: Lexicon,
                 frames: Frames) -> list[ClaimedAct]:
    """The acts ``claims`` (found in ``doc``) read as: one each, but none for a claim whose
    kind has no reading or whose words the parse cannot place."""
    numbers = sentence_numbers(doc)
    sentences = sentences_of(doc)
    acts = []
    for claim in claims:
        span = _claim_span(doc, claim)
        if span is None:
            continue
        cue = claim_cue(span)
        index = numbers[cue.i]
        act = act_trigger(span, sentences[index], lexicon)
        negated = is_negated(span.root) or any(token.dep_ == "neg" for token in span)
        code = claim_code(claim.kind, act, negated=negated, frames=frames)
        if code is None:
            continue
        target = claim.addressee
        if target is not None and same_actor(claim.actor, target):
            target = None
        entry = Entry(kind=CLAIM_KIND, words=(cue.lemma_.lower(),), cameo=code)
        acts.append(ClaimedAct(Trigger(cue, entry, code, (cue,)), index, claim.actor, target,
                               claim.kind, act.cameo[:2] if act is not None else UNCODED_ACT,
                               negated))
    return acts


def claim_code(kind: str, act: Trigger | None, *, negated: bool, frames: Frames) -> str | None:
    """The code of a claim of ``kind`` whose act the lexicon reads as ``act`` (``None``: not
    at all): the act in the frame ``claim_act_codes.tsv`` gives the kind (negated or not), or the
    kind's own code; ``None`` for a kind with no reading."""
    reading = CLAIM_READINGS.get((kind, negated))
    if reading is None:
        return None
    frame, own = reading
    if own == NO_FRAME:
        return None
    if act is None or frame == NO_FRAME:
        return own
    return frames.code(frame, act.cameo) or own


def act_trigger(span: Span, sentence: Span, lexicon: Lexicon) -> Trigger | None:
    """The lexicon's reading of the act a claim's words ``span`` name, at their head word,
    before any frame ("suspend all planned contacts": suspend, 16), or ``None``."""
    found = raw_triggers(sentence, lexicon).get(span.root.i)
    return found if found is not None and found.entry.kind != CLAIM_KIND else None


def _claim_span(doc: Doc, claim: Claim) -> Span | None:
    """The words of ``claim`` in ``doc``, or ``None`` when they lie in no span of it."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def claim_cue(span: Span) -> Token:
    """The word that makes the claim whose words are ``span``: the word of its sentence that
    governs them ("urged Russia to [withdraw its troops]", "the threat of [a strike]"), else
    their own head (a claim whose text is its whole clause)."""
    head = span.root
    governor = head.head
    if governor.i != head.i and not span.start <= governor.i < span.end and (
            governor.sent.start == head.sent.start):
        return governor
    return head
