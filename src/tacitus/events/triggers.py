"""Triggers: lexicon matches in a sentence, and how their frame codes them.

A trigger is a verb, verb + particle or preposition, verb + object noun or event noun of the
lexicon. What is not an event: negated triggers ("has not cut ties"), hypotheticals under a modal
or in an if-clause ("would reassess", "could impose sanctions if …"; a reported "would" without a
condition is a future instead), actions only wished or tried for ("wants to meet"). Announced
actions are coded in their frame from ``frames.tsv``: "will visit", "is willing to withdraw" and
"pledged to send aid" as intent (03x, or a threat 13x for conflictual actions), "urged X to hold
talks" as an appeal, "demanded" and "X says Y must …" as demands, "refused to meet" a rejection
(125), "threatened to impose sanctions" a threat (1312). Decisions ("decided to lift") and
commands ("ordered the arrest of") are coded as the action; stopping what an event noun names
("cut military aid", "ended mediation") as its counterpart (162, 165); an event noun takes the
tense, negation and modality of the verb it is the object of ("will extend the curfew").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from tacitus.events.clauses import (
    is_future,
    is_hypothetical,
    is_negated,
    is_reported_obligation,
)
from tacitus.events.lexicon import Entry, Frames, Lexicon
from tacitus.events.ontology import root_group
from tacitus.events.stopping import stopped_code
from tacitus.wordlists import word_set

VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN"})
# The frame a governing trigger puts its infinitive in, by the governor's CAMEO root.
FRAME_BY_ROOT = {"02": "appeal", "03": "intent", "10": "demand", "12": "reject", "13": "threaten"}
# Governors that announce their infinitive ("plans to visit") without being events themselves.
INTENT_GOVERNORS = word_set("intent_governors")
# Sign a formal agreement: what "agreed to a deal" reaches.
SIGN_CODE = "057"
# Nouns that count what a verb acts on: "withdrew a batch of 200 peacekeepers".
QUANTITY_NOUNS = word_set("quantity_nouns")
# Conduct strike or boycott: what "went on strike" is.
STRIKE_CODE = "143"
LABOUR_ACTION_NOUNS = word_set("labour_action_nouns")
MOBILIZE_ROOT = "15"
# Provide military protection or peacekeeping.
PEACEKEEPING_CODE = "074"
PEACEKEEPING_WORDS = frozenset({"peacekeeping", "peacekeeper", "peacekeepers", "peace-keeping"})
# What someone says another must do, when the action has no demand code of its own.
DEMAND_CODE = "100"
# Governors whose infinitive is a decision taken, coded as the action: "decided to lift the ban".
DECISION_GOVERNORS = frozenset({"decide", "vote"})
# Verbs that stop or scale back what their object noun names: "cut military aid", "ended
# mediation efforts", "ceased military operations".
STOPPING_VERBS = word_set("stopping_verbs")
# Verbs of command whose ordered action is coded as the commander's own: "ordered the arrest of
# X", "ordered troops to attack X", "authorized strikes on X".
DIRECTIVE_VERBS = frozenset({"order", "authorize", "authorise", "direct", "instruct", "command"})
# Governors under which the infinitive did not (yet) happen and is no event at all.
BLOCKING_GOVERNORS = word_set("blocking_governors")
# Governors that deny their complement: "denied attacking", "denied that it attacked".
DENYING_GOVERNORS = frozenset({"deny", "refute", "dispute"})
# What can be refused is cooperation: its negated future ("will not release") is a refusal.
REFUSABLE_ROOTS = root_group("cooperative")




@dataclass(frozen=True, slots=True)
class Trigger:
    """A lexicon match in a sentence: its head token, words, code and (verb + object) object."""

    head: Token
    entry: Entry
    cameo: str
    tokens: tuple[Token, ...]
    object_token: Token | None = None
    prep_token: Token | None = None
    embedded: Trigger | None = None
    reporter: Token | None = None


def _forms(token: Token) -> tuple[str, str]:
    return token.lemma_.lower(), token.lower_


def _matches(token: Token, word: str) -> bool:
    return word in _forms(token)


def _match_verb(token: Token, lexicon: Lexicon) -> Trigger | None:
    forms = _forms(token)
    objects = [child for child in token.children if child.dep_ in {"dobj", "nsubjpass", "attr"}]
    # "withdrew a batch of 200 peacekeepers": the object is what the quantity counts
    objects += [pobj for obj in objects if obj.lemma_ in QUANTITY_NOUNS
                for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for pobj in prep.children if pobj.dep_ == "pobj"]
    for entry in lexicon.candidates("verb_object", forms):
        for obj in objects:
            trigger = _verb_object(token, obj, entry)
            if trigger is not None:
                return trigger
    for kind in ("particle", "prep"):
        for entry in lexicon.candidates(kind, forms):
            for child in token.children:
                if child.lower_ == entry.words[1] and _attached(token, child):
                    return Trigger(token, entry, entry.cameo, (token, child), prep_token=child)
    for entry in lexicon.candidates("verb", forms):
        return Trigger(token, entry, entry.cameo, (token,))
    return None


def _attached(verb: Token, word: Token) -> bool:
    """A particle may stand anywhere ("pulled its troops out"); a preposition belongs to the verb
    only right after it or after adverbs ("met with", "called again on"), not in "called X on
    Saturday"."""
    if word.dep_ == "prt":
        return True
    if word.dep_ != "prep" or word.i <= verb.i:
        return False
    return all(between.pos_ in {"ADV", "PART"} for between in verb.doc[verb.i + 1:word.i])


def _verb_object(verb: Token, obj: Token, entry: Entry) -> Trigger | None:
    if not _matches(obj, entry.words[-1]):
        return None
    words: list[Token] = [verb, obj]
    helpers = [child for child in verb.children if child.dep_ == "prt"]
    helpers += [child for child in obj.children if child.dep_ in {"compound", "amod", "punct"}]
    for word in entry.words[1:-1]:
        helper = next((token for token in helpers if _matches(token, word)), None)
        if helper is None:
            return None
        words.append(helper)
    return Trigger(verb, entry, entry.cameo, tuple(sorted(words, key=lambda t: t.i)),
                   object_token=obj)


def _match_noun(token: Token, lexicon: Lexicon) -> Trigger | None:
    """An event noun, its modifier words found in order among the words of its phrase before it
    ("joint military exercises" matches "joint exercise")."""
    entries = lexicon.candidates("noun", _forms(token))
    if not entries:
        return None
    left = list(token.doc[token.left_edge.i:token.i])
    for entry in entries:
        words: list[Token] = []
        position = 0
        for word in entry.words[:-1]:
            found = next((k for k in range(position, len(left)) if _matches(left[k], word)), None)
            if found is None:
                break
            words.append(left[found])
            position = found + 1
        else:
            return Trigger(token, entry, entry.cameo, (*words, token))
    return None


def sentence_triggers(sentence: Span, lexicon: Lexicon, frames: Frames) -> list[Trigger]:
    """Triggers of one sentence after negation, modality and frames are applied."""
    found = raw_triggers(sentence, lexicon)
    return [kept for _, trigger in sorted(found.items())
            if (kept := _apply_frame(trigger, found, frames)) is not None]


def raw_triggers(sentence: Span, lexicon: Lexicon) -> dict[int, Trigger]:
    """Every lexicon match of one sentence by head token index, before negation and frames."""
    found: dict[int, Trigger] = {}
    consumed: set[int] = set()
    for token in sentence:
        if token.pos_ in VERB_POS:
            trigger = _match_verb(token, lexicon)
            if trigger is not None:
                found[token.i] = trigger
                consumed.update(word.i for word in trigger.tokens)
    for token in sentence:
        if token.pos_ in NOUN_POS and token.i not in consumed and not _in_order_to(token):
            trigger = _match_noun(token, lexicon)
            if trigger is not None:
                if token.lemma_ in LABOUR_ACTION_NOUNS and token.head.lower_ == "on":
                    # "went on strike", "are on strike": a labour strike, not an air strike
                    trigger = replace(trigger, cameo=STRIKE_CODE)
                found[token.i] = trigger
    for token in sentence:
        if (token.pos_ in VERB_POS and token.i not in found
                and is_reported_obligation(token) is not None):
            # "EU says military intervention must be avoided": a demand with no lexicon verb
            entry = Entry(kind="verb", words=(token.lemma_.lower(),), cameo=DEMAND_CODE)
            found[token.i] = Trigger(token, entry, DEMAND_CODE, (token,))
    for position, trigger in list(found.items()):
        if trigger.object_token is not None:
            noun = _match_noun(trigger.object_token, lexicon)
            # "sent humanitarian aid": the modified noun makes the code more specific.
            if (noun is not None and len(noun.entry.words) > 1
                    and noun.cameo[:2] == trigger.cameo[:2]):
                found[position] = replace(trigger, cameo=noun.cameo)
        elif trigger.entry.kind == "noun":
            verb = governing_verb(trigger.head)
            if verb is None or verb.lemma_ not in STOPPING_VERBS:
                continue
            stopped = stopped_code(trigger.cameo)
            governing = found.get(verb.i)
            if governing is not None:
                # "suspended aid donations": the verb's own code says less than the stopped noun
                del found[position]
                if stopped is not None and governing.entry.kind == "verb":
                    found[verb.i] = replace(governing, cameo=stopped)
            elif stopped is None:
                del found[position]
            else:
                found[position] = replace(trigger, cameo=stopped)
    for position, trigger in list(found.items()):
        if trigger.cameo[:2] == MOBILIZE_ROOT and _about_peacekeeping(trigger):
            # "sent troops to the UN peacekeeping force": protection, not a show of force
            found[position] = replace(trigger, cameo=PEACEKEEPING_CODE)
    return found


def _in_order_to(token: Token) -> bool:
    """"in order to" is a purpose, not an order."""
    return (token.lower_ == "order" and token.i > 0
            and token.doc[token.i - 1].lower_ == "in")


def _about_peacekeeping(trigger: Trigger) -> bool:
    clause = governing_verb(trigger.head) or trigger.head
    return any(token.lemma_.lower() in PEACEKEEPING_WORDS
               for token in (*trigger.head.subtree, *clause.subtree))


def governing_verb(noun: Token) -> Token | None:
    """The verb whose object (or passive subject) is the phrase ``noun`` heads or modifies."""
    phrase = noun
    while phrase.dep_ == "compound" and phrase.head != phrase:
        phrase = phrase.head
    if phrase.dep_ in {"dobj", "nsubjpass"} and phrase.head.pos_ in {"VERB", "AUX"}:
        return phrase.head
    return None


def _apply_frame(trigger: Trigger, found: dict[int, Trigger], frames: Frames) -> Trigger | None:
    """The trigger as coded in its frame, or ``None`` when it is no event."""
    head = _mode_carrier(trigger, found)
    reporter = is_reported_obligation(head)
    if reporter is not None:
        # "Russia says Israel must end attacks": Russia demands it of Israel
        code = frames.code("demand", trigger.cameo) or DEMAND_CODE
        return replace(trigger, cameo=code, reporter=reporter)
    if is_hypothetical(head):
        return None
    if is_negated(head) or is_negated(trigger.head):
        # "will not release the prisoners" refuses to; a negated past act is no event.
        if is_future(head) and trigger.cameo[:2] in REFUSABLE_ROOTS:
            return _in_frame(trigger, "reject", frames)
        return None
    if head.dep_ in {"xcomp", "ccomp"} and head.head.lemma_ in DENYING_GOVERNORS:
        return None
    governor = head.head if head.dep_ == "xcomp" else None
    if governor is not None:
        if is_negated(governor) or is_hypothetical(governor):
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
    if is_future(head) and root not in FRAME_BY_ROOT:
        return _in_frame(trigger, "intent", frames)
    return trigger


def _mode_carrier(trigger: Trigger, found: dict[int, Trigger]) -> Token:
    """The token whose tense, negation and modality are the event's: the trigger itself, or for
    an event noun the verb it is the object of when that verb is no event of its own ("will
    extend the curfew", "did not attend the summit")."""
    head = trigger.head
    verb = governing_verb(head) if trigger.entry.kind == "noun" else None
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
    return framed


def _in_frame(trigger: Trigger, frame: str, frames: Frames) -> Trigger | None:
    code = frames.code(frame, trigger.cameo)
    return None if code is None else replace(trigger, cameo=code)
