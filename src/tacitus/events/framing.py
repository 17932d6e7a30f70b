"""How a trigger's frame codes it: negated, hypothetical, wished-for and denied actions are no
events; announced actions are coded in their frame from ``frames.tsv`` ("will visit", "pledged to
send aid": intent; "urged X to hold talks": an appeal; "refused to meet": a rejection; "threatened
to impose sanctions": a threat); decisions and commands are coded as the action. A speaker who says
it would use force on a condition threatens ("Israel said it would strike if …" is a threat by
Israel, as docs/annotation.md codes it), and one that threatens, warns or demands on a condition
has done so ("threatened to kill the hostages unless …"). A negation or a modal reaches a bare
conjunct ("did not sign or ratify") and the object of a negated trigger ("has not received the
aid"); an act in a report that is rejected or disproved ("denied reports that …", "no evidence
that …") is none, nor is the act a noun names that is negated or undone ("has no plans to send
troops", "rejected an offer to mediate": ``tacitus.events.scope``), nor the purpose of an act
not done ("did not go to Geneva to sign the accord")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tacitus.events.clauses import (
    existential_verb,
    has_infinitive_marker,
    is_future,
    is_hypothetical,
    is_negated,
    is_reported_obligation,
    is_to_blame,
    reported_blame,
    states_condition,
)
from tacitus.events.lexicon import Frames
from tacitus.events.lexicon_matching import Trigger, governing_verb
from tacitus.events.ontology import root_group
from tacitus.events.reporting import speaker_is_subject, speaker_tokens
from tacitus.events.scope import in_denied_report, in_undone_complement, sharing_conjunct
from tacitus.wordlists import word_set

# The frame a governing trigger puts its infinitive in, by the governor's CAMEO root.
FRAME_BY_ROOT = {"02": "appeal", "03": "intent", "10": "demand", "12": "reject", "13": "threaten"}
# The roots that ask another actor to act, and the word that opens the clause they ask for.
ASKING_ROOTS = frozenset(root for root, frame in FRAME_BY_ROOT.items()
                         if frame in {"appeal", "demand"})
ASKED_MARK = "that"
# Governors that announce their infinitive ("plans to visit") without being events themselves.
INTENT_GOVERNORS = word_set("intent_governors")
# Sign a formal agreement: what "agreed to a deal" reaches.
SIGN_CODE = "057"
# Accusations: "X said Y was to blame" is X's accusation of Y.
ACCUSE_CODE = "112"
# What someone says another must do, when the action has no demand code of its own.
DEMAND_CODE = "100"
# Governors whose infinitive is a decision taken, coded as the action: "decided to lift the ban".
DECISION_GOVERNORS = frozenset({"decide", "vote"})
# Verbs of command whose ordered action is coded as the commander's own: "ordered the arrest of
# X", "ordered troops to attack X", "authorized strikes on X".
DIRECTIVE_VERBS = word_set("directive_verbs")
# Governors under which the infinitive did not (yet) happen and is no event at all.
BLOCKING_GOVERNORS = word_set("blocking_governors")
# Marks of a clause that asks whether an act happens ("unclear whether Brazil will sign"): no event
# (an "if" clause is read as a condition before this applies).
QUESTION_OPENERS = word_set("question_openers")
# Prepositions of an act left undone ("without consulting Uganda"): no event.
ABSENCE_PREPOSITIONS = word_set("absence_prepositions")
# Governors that deny their complement: "denied attacking", "denied that it attacked".
DENYING_GOVERNORS = word_set("denying_verbs")
# What can be refused is cooperation: its negated future ("will not release") is a refusal.
REFUSABLE_ROOTS = root_group("cooperative")
# What a speaker threatens when it says it would do it on a condition: coercion and force.
THREATENABLE_ROOTS = root_group("coercion_and_violence")
# Acts done by saying: made when they state a condition ("threatened to strike unless …").
SAID_ROOTS = root_group("said")
MODALS = word_set("modal_verbs")


def apply_frame(trigger: Trigger, found: dict[int, Trigger], frames: Frames) -> Trigger | None:
    """The trigger as coded in its frame, or ``None`` when it is no event."""
    head = _mode_carrier(trigger, found)
    if trigger.cameo.startswith(ACCUSE_CODE) and is_to_blame(head):
        # "Syria said Israel was to blame": Syria accuses Israel; unreported, no event
        blamer = reported_blame(head)
        return None if blamer is None else replace(trigger, reporter=blamer)
    reporter = is_reported_obligation(head)
    if reporter is not None:
        # "Russia says Israel must end attacks": Russia demands it of Israel
        code = frames.code("demand", trigger.cameo) or DEMAND_CODE
        return replace(trigger, cameo=code, reporter=reporter)
    # "did not sign or ratify": a bare conjunct takes its tense and mode from the first verb
    carrier = sharing_conjunct(head) or head
    unreal = next((verb for verb in (head, carrier) if is_hypothetical(verb)), None)
    if unreal is not None and not _says_on_condition(trigger, unreal):
        if _conditional_threat(trigger, unreal):
            # "Rwanda said it would attack the rebels unless they disarmed": a threat
            return _in_frame(trigger, "threaten", frames)
        return None
    if _asked_or_left_undone(head):
        return None
    if (is_negated(carrier) or is_negated(head) or is_negated(trigger.head)
            or _object_of_undone(trigger, found)):
        # "will not release the prisoners" refuses to; a negated past act is no event.
        if is_future(carrier) and trigger.cameo[:2] in REFUSABLE_ROOTS:
            return _in_frame(trigger, "reject", frames)
        return None
    if ((head.dep_ in {"xcomp", "ccomp"} and head.head.lemma_ in DENYING_GOVERNORS)
            or in_denied_report(head) or in_undone_complement(head)):
        # "denied that it attacked", "dismissed reports that it had attacked", "has no plans to
        # attack"
        return None
    asker = found.get(head.head.i) if head.head != head else None
    if asker is not None and head in asked_clauses(asker):
        # "demanded that the rebels release the hostages": the release is only asked for
        return None
    governor = head.head if head.dep_ == "xcomp" else None
    if governor is not None:
        if (is_negated(governor) or is_hypothetical(governor)
                or (governor.dep_ == "acomp" and is_negated(governor.head))):
            # "did not want to meet", "was not ready to attack"
            return None
        governing = found.get(governor.i)
        if governing is not None and governing.cameo[:2] in FRAME_BY_ROOT:
            return None
        if governor.lemma_ in BLOCKING_GOVERNORS:
            return None
        if governor.lemma_ in DECISION_GOVERNORS and not is_future(governor):
            return trigger
        if governor.lemma_ in INTENT_GOVERNORS or is_future(governor):
            return _in_frame(trigger, "intent", frames)
    if _purpose_of_undone(head):
        # "did not go to Geneva to sign the accord": the purpose of an act not done is not done
        return None
    if _purpose_of_a_plan(head):
        # "will travel to Lima next week to meet the president": the meeting is only intended
        return _in_frame(trigger, "intent", frames)
    root = trigger.cameo[:2]
    if root in FRAME_BY_ROOT:
        embedded = next((found[child.i] for child in _framed(trigger)
                         if child.i in found and not is_negated(child)), None)
        if embedded is not None:
            if head.lemma_ in DIRECTIVE_VERBS:
                code = embedded.cameo
            elif root == "03" and embedded.entry.kind == "noun" and embedded.cameo == SIGN_CODE:
                # "agreed to a trade deal", "agreed on a treaty": the agreement is reached
                code = SIGN_CODE
            else:
                # "offered scathing criticism": an event noun no frame takes is the event itself
                code = frames.code(FRAME_BY_ROOT[root], embedded.cameo) or (
                    embedded.cameo if embedded.entry.kind == "noun" else trigger.cameo)
            trigger = replace(trigger, cameo=code, embedded=embedded)
    if is_future(carrier) and root not in FRAME_BY_ROOT:
        return _in_frame(trigger, "intent", frames)
    return trigger


def _object_of_undone(trigger: Trigger, found: dict[int, Trigger]) -> bool:
    """An event noun that is the object of a trigger of its own that is negated, or not done by
    the scope rules of ``tacitus.events.scope``: "has not received the aid", "did not sign or
    ratify the accord", "rejected an offer to host a summit" (the verb's negation reaches its
    object)."""
    verb = governing_verb(trigger.head) if trigger.entry.kind == "noun" else None
    if verb is None or verb.i not in found:
        return False
    return (is_negated(verb) or is_negated(sharing_conjunct(verb) or verb)
            or in_undone_complement(verb) or in_denied_report(verb))


def _says_on_condition(trigger: Trigger, verb: Token) -> bool:
    """A verb of an act done by saying that states a condition of what it says, with no modal of
    its own: "threatened to kill the hostages unless France withdrew", "warned Iran of
    consequences if it enriched uranium" are threats made; the condition is the threatened act's
    ("there was a threat unless …" is no act of saying)."""
    return (trigger.cameo[:2] in SAID_ROOTS and verb.i == trigger.head.i and states_condition(verb)
            and not any(child.dep_ in {"aux", "auxpass"} and child.lower_ in MODALS
                        for child in verb.children))


def _asked_or_left_undone(head: Token) -> bool:
    """Whether ``head`` names an act its clause only asks about ("unclear whether Brazil will
    sign the accord") or says was left undone ("approved the plan without consulting Uganda")."""
    if any(child.dep_ == "mark" and child.lower_ in QUESTION_OPENERS
           for child in head.children):
        return True
    return head.dep_ == "pcomp" and head.head.lower_ in ABSENCE_PREPOSITIONS


def _purpose_of_undone(head: Token) -> bool:
    """Whether ``head`` is the purpose infinitive of a verb that is negated or not done by the
    scope rules of ``tacitus.events.scope`` ("did not travel to Kabul to meet the president",
    "rejected an offer to host a summit to hammer out an agreement")."""
    if not _purpose_infinitive(head):
        return False
    verb = head.head
    return (is_negated(verb) or is_negated(sharing_conjunct(verb) or verb)
            or in_undone_complement(verb) or in_denied_report(verb))


def _purpose_infinitive(head: Token) -> bool:
    """``head`` is a to-infinitive of purpose with no subject or mark of its own."""
    return (head.dep_ == "advcl" and head.head.i != head.i
            and has_infinitive_marker(head)
            and not any(child.dep_ in {"nsubj", "nsubjpass", "mark"} for child in head.children))


def _purpose_of_a_plan(head: Token) -> bool:
    """Whether ``head`` is the purpose infinitive of a future act ("will go to Washington to
    meet the president") or of an announced one ("plans to fly to Lima to sign the accord")."""
    if not _purpose_infinitive(head):
        return False
    verb = head.head
    governor = verb.head if verb.dep_ == "xcomp" else None
    return is_future(verb) or (governor is not None and (
        governor.lemma_ in INTENT_GOVERNORS or is_future(governor)))


def _conditional_threat(trigger: Trigger, head: Token) -> bool:
    """A coercive or violent act its speaker says it would do on a condition ("said it would
    strike if …"): the clause is reported, its subject a pronoun for the speaker."""
    return (trigger.cameo[:2] in THREATENABLE_ROOTS and states_condition(head)
            and not is_negated(head) and bool(speaker_tokens(head)) and speaker_is_subject(head))


def _mode_carrier(trigger: Trigger, found: dict[int, Trigger]) -> Token:
    """The token whose tense, negation and modality are the event's: the trigger itself, or for
    an event noun the verb it is the object of when that verb is no event of its own ("will
    extend the curfew", "did not attend the summit"), or the "be" of an existential clause it is the
    subject of ("there should be an inquiry", "there will be talks")."""
    head = trigger.head
    verb = ((governing_verb(head) or existential_verb(head)) if trigger.entry.kind == "noun"
            else None)
    if verb is not None and verb.i not in found:
        return verb
    return head


def _framed(trigger: Trigger) -> list[Token]:
    """What a framing trigger announces, asks for or refuses: its infinitive ("urged X to meet"),
    or an event noun as its object ("urged a ceasefire", "agreed to a ceasefire")."""
    head = trigger.head
    framed = [child for child in head.children if child.dep_ == "xcomp"]
    framed += [child for child in head.children
               if child.dep_ == "dobj" and child != trigger.object_token]
    if trigger.prep_token is not None:
        framed += [child for child in trigger.prep_token.children if child.dep_ == "pobj"]
    return framed + asked_clauses(trigger)


def asked_clauses(trigger: Trigger) -> list[Token]:
    """The clauses an appeal or a demand asks another actor to carry out: the one its
    preposition opens ("called for the minister to resign") or its "that" clause ("demanded
    that the rebels release the hostages", "urged that talks be held")."""
    if trigger.cameo[:2] not in ASKING_ROOTS and trigger.entry.cameo[:2] not in ASKING_ROOTS:
        return []
    head, prep = trigger.head, trigger.prep_token
    clauses = [prep.head] if prep is not None and prep.dep_ == "mark" else []
    if prep is not None and prep.dep_ == "prep":
        # the parser's other reading: "pressed for Turkey | to hold talks"
        ends = {child.right_edge.i + 1 for child in prep.children if child.dep_ == "pobj"}
        clauses += [child for child in head.children if child.dep_ == "advcl"
                    and child.left_edge.i in ends
                    and has_infinitive_marker(child)]
    clauses += [child for child in head.children if child.dep_ == "ccomp"
                and any(mark.dep_ == "mark" and mark.lower_ == ASKED_MARK
                        for mark in child.children)]
    return clauses


def _in_frame(trigger: Trigger, frame: str, frames: Frames) -> Trigger | None:
    code = frames.code(frame, trigger.cameo)
    return None if code is None else replace(trigger, cameo=code)
