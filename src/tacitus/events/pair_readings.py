"""Readings the pair-given coder uses when the asserted events of a sentence do not link the pair.

When a source and a target are marked, the sentence is known to relate them, so a trigger the
clause coder drops as no event still says how: a refused or failed cooperative act ("did not
give permission to X", "failed to reach agreement with X") is a rejection; an act only wished
for, planned or under a modal is announced in its intent frame: an intent to cooperate for
cooperation ("would hold talks with X"; PLOVER codes future cooperation as AGREE), a threat for
conflict ("a bill that would sanction X"); an announced verbal act of
conflict ("will investigate X") is that act. A verdict ("found X guilty of …") is read off its
adjective complement, which the lexicon's verb + object entries do not reach, and so is a
stance adjective ("a report critical of X").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from tacitus.events.clauses import is_negated
from tacitus.events.lexicon import Entry, Frames, Lexicon
from tacitus.events.lexicon_matching import Trigger, governing_verb
from tacitus.events.ontology import root_group
from tacitus.events.triggers import raw_triggers
from tacitus.wordlists import word_set

# CAMEO roots of cooperation (03–08): refusing or failing them is a rejection (12x).
COOPERATIVE_ROOTS = root_group("cooperative")
# Roots of verbal conflict that stay what they are when only announced ("will investigate X").
ANNOUNCEABLE_CONFLICT_ROOTS = root_group("investigate_or_disapprove")
# Governors that say the infinitive did not happen: "failed to reach agreement".
FAILING_GOVERNORS = frozenset({"fail", "neglect"})
# Governors of an attempt, and the roots of force whose attempt PLOVER codes as the act itself.
ATTEMPT_GOVERNORS = word_set("attempt_governors")
FORCE_ROOTS = root_group("force")
# Governors that deny their complement: "denied meeting X" says nothing about the pair.
DENYING_GOVERNORS = word_set("denying_verbs")


def unasserted_triggers(sentence: Span, lexicon: Lexicon, frames: Frames,
                        kept: list[Trigger]) -> list[Trigger]:
    """The triggers the clause coder dropped from ``sentence`` (not among ``kept``), each
    re-coded as what it says about a marked pair; those that say nothing are left out."""
    kept_heads = {trigger.head.i for trigger in kept}
    framed = {trigger.embedded.head.i for trigger in kept if trigger.embedded is not None}
    found: list[Trigger] = []
    for position, trigger in sorted(raw_triggers(sentence, lexicon).items()):
        if position in kept_heads or position in framed or _framed_by(trigger, kept_heads):
            continue
        code = unasserted_code(trigger, frames)
        if code is not None:
            found.append(replace(trigger, cameo=code))
    return found


def _framed_by(trigger: Trigger, kept_heads: set[int]) -> bool:
    """The trigger is the infinitive of a kept trigger ("urged X to hold talks"), which codes it."""
    head = trigger.head
    return head.dep_ == "xcomp" and head.head.i in kept_heads


def unasserted_code(trigger: Trigger, frames: Frames) -> str | None:
    """What a trigger the clause coder dropped says about the pair it links, or ``None``."""
    head = trigger.head
    carrier = _carrier(trigger)
    governor = carrier.head if carrier.dep_ in {"xcomp", "ccomp"} else None
    if governor is not None and governor.lemma_ in DENYING_GOVERNORS:
        return None
    root = trigger.cameo[:2]
    refused = (is_negated(head) or is_negated(carrier)
               or (governor is not None and carrier.dep_ == "xcomp"
                   and (is_negated(governor) or governor.lemma_ in FAILING_GOVERNORS)))
    if refused:
        return frames.code("reject", trigger.cameo) if root in COOPERATIVE_ROOTS else None
    if governor is not None and governor.lemma_ in ATTEMPT_GOVERNORS and root in FORCE_ROOTS:
        # PLOVER codes attempted violence as the violence ("attempted assassinations")
        return trigger.cameo
    intended = frames.code("intent", trigger.cameo)
    if intended is not None:
        return intended
    if root in ANNOUNCEABLE_CONFLICT_ROOTS:
        return trigger.cameo
    return None


def _carrier(trigger: Trigger) -> Token:
    """The verb whose tense and negation an event noun takes, or the trigger head itself."""
    if trigger.entry.kind == "noun":
        verb = governing_verb(trigger.head)
        if verb is not None:
            return verb
    return trigger.head


# A verdict: "found [t X] guilty of …", "held X liable for …" (CAMEO 116, find guilty or liable
# legally). The adjective is the verb's clausal complement, which no verb + object entry reaches.
VERDICT_VERBS = word_set("verdict_verbs")
VERDICT_WORDS = frozenset({"guilty", "liable", "culpable"})
FIND_GUILTY = "116"


def verdict_triggers(sentence: Span) -> list[Trigger]:
    """Verdicts in ``sentence`` that are not negated, as triggers coded 116."""
    found: list[Trigger] = []
    for token in sentence:
        if token.pos_ != "VERB" or token.lemma_.lower() not in VERDICT_VERBS or is_negated(token):
            continue
        verdict = next((child for child in token.children
                        if child.dep_ in {"ccomp", "oprd", "acomp", "xcomp"}
                        and child.lower_ in VERDICT_WORDS), None)
        if verdict is not None:
            entry = Entry(kind="verb_object", words=(token.lemma_.lower(), verdict.lower_),
                          cameo=FIND_GUILTY)
            found.append(Trigger(token, entry, FIND_GUILTY, (token, verdict)))
    return found


# Adjectives that take a stance toward "of" their object: "a report highly critical of X"
# (CAMEO 111, criticize or denounce), "supportive of X" (051, praise or endorse).
STANCE_ADJECTIVES = {"critical": "111", "supportive": "051"}


def stance_triggers(sentence: Span) -> list[Trigger]:
    """Stance adjectives with their "of" object in ``sentence`` that are not negated."""
    found: list[Trigger] = []
    for token in sentence:
        code = STANCE_ADJECTIVES.get(token.lower_)
        if (code is None or token.pos_ != "ADJ" or is_negated(token)
                or not any(child.dep_ == "prep" and child.lower_ == "of"
                           for child in token.children)):
            continue
        entry = Entry(kind="verb", words=(token.lower_,), cameo=code)
        found.append(Trigger(token, entry, code, (token,)))
    return found
