"""How the pair-given coder reads constructions whose CAMEO code gives the wrong PLOVER type.

Each reading follows PLOVER's definitions: charging and indicting are ACCUSE though CAMEO 173
(arrest or charge) maps to COERCE; occupying territory by force is ASSAULT; peacekeepers arriving
provide aid; an offer to send troops is an offer of aid, not a threat; agreeing to a deal
finalizes it (SUPPORT); a call for sanctions against the target disapproves of it (ACCUSE).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from tacitus.events.clauses import is_future
from tacitus.events.lexicon_matching import Trigger
from tacitus.events.ontology import root_group
from tacitus.events.triggers import PEACEKEEPING_CODE, PEACEKEEPING_WORDS
from tacitus.wordlists import word_set

# "agreed to a truce": the preposition of what an assent is given to
RECIPIENT_PREPOSITIONS = word_set("recipient_prepositions")
# CAMEO 173 words that bring a charge rather than take someone into custody.
CHARGE_WORDS = word_set("charge_words")
ARREST_OR_CHARGE = "173"
ACCUSE = ("ACCUSE", "allege")
# CAMEO 192 is occupying territory "by military force": an actual use of force, which PLOVER
# types ASSAULT ("deliberate actions which can potentially result in substantial physical
# harm"), not COERCE ("coercive uses of power falling short of violence").
OCCUPY_BY_FORCE = "192"
ASSAULT = ("ASSAULT", "")


def plover_reading(trigger: Trigger, plover: str, mode: str) -> tuple[str, str]:
    """The PLOVER type and mode of ``trigger`` (coded ``plover``/``mode`` by its CAMEO code)."""
    if trigger.cameo == ARREST_OR_CHARGE and trigger.head.lemma_.lower() in CHARGE_WORDS:
        return ACCUSE
    if trigger.cameo.startswith(OCCUPY_BY_FORCE):
        return ASSAULT
    return plover, mode


# Codes of travel (042 make a visit) and of deployment (15x) that, done by peacekeepers, are
# peacekeeping: "[s UN peacekeepers] arrived in [t Juba]" provides military protection (074).
TRAVEL_OR_DEPLOYMENT = ("042", "15")


def as_peacekeeping(trigger: Trigger, source: Span | None) -> Trigger:
    """``trigger`` re-coded as peacekeeping (074) when it moves the marked source and that
    source is peacekeepers; otherwise unchanged."""
    if source is None or not trigger.cameo.startswith(TRAVEL_OR_DEPLOYMENT):
        return trigger
    if any(token.lower_ in PEACEKEEPING_WORDS for token in source):
        return replace(trigger, cameo=PEACEKEEPING_CODE)
    return trigger


# An offer or promise (03x) to deploy forces (15x) is an offer of military personnel, CAMEO
# 0332 "express intent to provide military aid", not a threat of force (138): the frame of a
# future deployment only reads as a threat when the governor is not itself cooperative.
INTENT_ROOT = "03"
THREATEN_ROOT = "13"
MOBILIZE_ROOT = "15"
OFFER_MILITARY_AID = "0332"


def as_cooperative_offer(trigger: Trigger) -> Trigger:
    """"offered to send troops to help X": military aid offered, not a threat."""
    embedded = trigger.embedded
    if (trigger.entry.cameo[:2] == INTENT_ROOT and trigger.cameo[:2] == THREATEN_ROOT
            and embedded is not None and embedded.cameo[:2] == MOBILIZE_ROOT):
        return replace(trigger, cameo=OFFER_MILITARY_AID)
    return trigger


# A call or demand (02x, 10x) for sanctions (16x) on, or an investigation (09x) of, the marked
# target: the target is not asked anything but is the one to be punished or investigated, so
# the source disapproves of it (PLOVER ACCUSE).
ASKING_ROOTS = root_group("appeal_or_demand")
AGAINST_TARGET_ROOTS = root_group("against_target")
DISAPPROVE = ("ACCUSE", "disapprove")


def calls_for_sanctions_on(trigger: Trigger, target: Span | None) -> bool:
    """``trigger`` asks for sanctions against, or an investigation of, the marked ``target``
    ("called for sanctions against [t Myanmar's generals]"), rather than asking it to act."""
    embedded = trigger.embedded
    if (target is None or embedded is None or trigger.cameo[:2] not in ASKING_ROOTS
            or embedded.cameo[:2] not in AGAINST_TARGET_ROOTS):
        return False
    return target.root in embedded.head.subtree


# "agreed to a trade deal": agreeing (past) to an agreement finalizes it, which PLOVER codes
# SUPPORT ("ratify, sign, or finalize an agreement or treaty"), CAMEO 057; agreeing to a plan or
# proposal approves a policy (PLOVER SUPPORT: "approve policy, action, or actor"), CAMEO 051.
AGREEMENT_NOUNS = word_set("agreement_nouns")
POLICY_NOUNS = word_set("policy_nouns")
ASSENT_VERBS = word_set("assent_verbs")
SIGN_AGREEMENT = "057"
ENDORSE = "051"


def as_agreement_reached(trigger: Trigger) -> Trigger:
    """``trigger`` re-coded as signing an agreement (057) or endorsing a policy (051) when it
    agreed (not will agree) to one; otherwise unchanged."""
    head = trigger.head
    if head.lemma_ not in ASSENT_VERBS or trigger.cameo[:2] != INTENT_ROOT or is_future(head):
        return trigger
    objects = [child for child in head.children if child.dep_ == "dobj"]
    objects += [pobj for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ in RECIPIENT_PREPOSITIONS
                for pobj in prep.children if pobj.dep_ == "pobj"]
    if trigger.embedded is not None:
        objects.append(trigger.embedded.head)
    lemmas = {token.lemma_.lower() for token in objects}
    if lemmas & AGREEMENT_NOUNS:
        return replace(trigger, cameo=SIGN_AGREEMENT)
    if lemmas & POLICY_NOUNS:
        return replace(trigger, cameo=ENDORSE)
    return trigger
