"""What a contact or setting was about, for pair coding: the purpose of a call, visit, mission
or operation ("called X to congratulate him"), the action ordered ("ordered X jailed"), the aid
supported, or the clause an event noun only sets the scene for ("in a meeting with X, agreed
to …")."""

from __future__ import annotations

from collections.abc import Sequence

from tacitus.events.clauses import INFINITIVE_MARKERS
from tacitus.events.framing import DIRECTIVE_VERBS
from tacitus.events.lexicon_matching import Trigger
from tacitus.events.ontology import Ontology
from tacitus.wordlists import word_set

CONSULT_ROOT = "04"
SUPPORT_ROOT = "05"
AID_ROOT = "07"
# Verbs that send someone on a mission whose purpose says what was done.
DISPATCH_VERBS = frozenset({"send", "dispatch"})
# Objects that only say an undertaking began ("launched operations to detain X").
OPERATION_NOUNS = word_set("operation_nouns")


def telling_trigger(trigger: Trigger, triggers: Sequence[Trigger],
                    ontology: Ontology) -> Trigger | None:
    """The trigger that says what a contact or setting was about, when there is one: the purpose
    of a call, visit, mission or operation ("called X to congratulate him", "sent experts to X
    to investigate", "launched operations to detain X"), the action ordered ("ordered X
    jailed"), the aid supported ("supported economic assistance to X"), or the clause verb an
    event noun only sets the scene for ("in a meeting with X, agreed to …")."""
    head = trigger.head
    by_head = {other.head.i: other for other in triggers}
    if trigger.entry.kind != "noun" and (trigger.cameo[:2] == CONSULT_ROOT
                                         or head.lemma_ in DISPATCH_VERBS
                                         or _undertakes_operation(trigger)):
        for child in head.children:
            purpose = by_head.get(child.i)
            if (purpose is not None and child.dep_ in {"advcl", "xcomp"}
                    and any(aux.lower_ in INFINITIVE_MARKERS for aux in child.children)
                    and has_plover(purpose, ontology)
                    and purpose.cameo[:2] != CONSULT_ROOT):
                return purpose
    if head.lemma_ in DIRECTIVE_VERBS:
        # "ordered [t X] jailed": the ordered action is the commander's own
        ordered = next((by_head[child.i] for child in head.children
                        if child.dep_ in {"ccomp", "xcomp", "oprd"} and child.i in by_head
                        and has_plover(by_head[child.i], ontology)), None)
        if ordered is not None:
            return ordered
    if trigger.cameo[:2] == SUPPORT_ROOT:
        # "supported economic assistance to X": the support is material, the aid itself
        aid = next((by_head[child.i] for child in head.children
                    if child.dep_ == "dobj" and child.i in by_head
                    and by_head[child.i].cameo[:2] == AID_ROOT), None)
        if aid is not None:
            return aid
    if trigger.entry.kind == "noun" and head.dep_ == "pobj":
        verb = head.head.head
        clause = by_head.get(verb.i)
        if (head.head.dep_ == "prep" and clause is not None and clause.head.pos_ == "VERB"
                and has_plover(clause, ontology)):
            return clause
    return None


def _undertakes_operation(trigger: Trigger) -> bool:
    """"launched operations to detain X": an operation or campaign its purpose describes."""
    obj = trigger.object_token
    return obj is not None and obj.lemma_.lower() in OPERATION_NOUNS


def has_plover(trigger: Trigger, ontology: Ontology) -> bool:
    return bool(ontology.describe(trigger.cameo).plover)
