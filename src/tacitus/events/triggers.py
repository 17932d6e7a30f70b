"""Triggers: the lexicon matches of a sentence (``matching``), re-coded by what surrounds them,
then coded in their frame (``framing``).

A trigger is a verb, verb + particle or preposition, verb + object noun, adjective of stance +
preposition ("was critical of", read at the verb it completes) or event noun of the lexicon, or a
labelling verb coded by its label ("called the attacks repugnant": ``labelling``).
What is not an event: negated triggers ("has not cut ties"), hypotheticals under a modal
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

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from tacitus.events.clauses import is_reported_obligation
from tacitus.events.framing import DEMAND_CODE, apply_frame
from tacitus.events.labelling import label_trigger, label_words
from tacitus.events.lexicon import Entry, Frames, Lexicon
from tacitus.events.lexicon_matching import (
    ADJECTIVE_POS,
    NOUN_POS,
    VERB_POS,
    Trigger,
    governing_verb,
    match_adjective,
    match_noun,
    match_verb,
)
from tacitus.events.stopping import stopped_code
from tacitus.nlp.token_arrays import arrays_of
from tacitus.wordlists import word_map, word_set

# Conduct strike or boycott: what "went on strike" is.
# the parts of speech a trigger is looked for at
TRIGGER_POS = VERB_POS | ADJECTIVE_POS | NOUN_POS
STRIKE_CODE = "143"
LABOUR_ACTION_NOUNS = word_set("labour_action_nouns")
# "in order to": a noun that with the word before it is an idiom of purpose, not a trigger
PURPOSE_IDIOMS = word_map("purpose_idioms")
MOBILIZE_ROOT = "15"
# Provide military protection or peacekeeping.
PEACEKEEPING_CODE = "074"
PEACEKEEPING_WORDS = word_set("peacekeeping_words")
# Accusations (112 and below): what they allege is reached from the alleged act through objects,
# prepositions and the adjective of "held X responsible for".
ACCUSE_CODE = "112"
ACCUSED_DEPS = frozenset({"dobj", "pobj", "prep", "pcomp", "oprd", "acomp", "ccomp", "compound"})
MAX_ACCUSED_STEPS = 4
# Verbs that stop or scale back what their object noun names: "cut military aid", "ended
# mediation efforts", "ceased military operations".
STOPPING_VERBS = word_set("stopping_verbs")


@dataclass(slots=True)
class _DocTriggers:
    """The triggers read in one ``Doc`` with one lexicon and frames, by sentence (first and
    last token)."""

    doc: Doc
    lexicon: Lexicon
    frames: Frames
    sentences: dict[tuple[int, int], list[Trigger]] = field(default_factory=dict)


@dataclass(slots=True)
class _DocMatches:
    """The raw lexicon matches of one ``Doc`` with one lexicon, by sentence (first and last
    token)."""

    doc: Doc
    lexicon: Lexicon
    sentences: dict[tuple[int, int], dict[int, Trigger]] = field(default_factory=dict)


class _LastDoc:
    """The triggers and the raw matches of the last ``Doc`` read. The clause coder
    (``code_events``) and then the decision stage's candidates read the same sentences of an
    article with the same lexicon and frames: the second reads what the first found; the
    claimed acts (``claimed_acts.act_trigger``) and the pair-given readings read the raw matches
    of sentences read already. One ``Doc`` is held, until another is read."""

    read: _DocTriggers | None = None
    matched: _DocMatches | None = None


def sentence_triggers(sentence: Span, lexicon: Lexicon, frames: Frames) -> list[Trigger]:
    """Triggers of one sentence after negation, modality and frames are applied."""
    last = _LastDoc.read
    if (last is None or last.doc is not sentence.doc or last.lexicon is not lexicon
            or last.frames is not frames):
        last = _DocTriggers(sentence.doc, lexicon, frames)
        _LastDoc.read = last
    key = (sentence.start, sentence.end)
    if key not in last.sentences:
        last.sentences[key] = _read_triggers(sentence, lexicon, frames)
    return list(last.sentences[key])


def _read_triggers(sentence: Span, lexicon: Lexicon, frames: Frames) -> list[Trigger]:
    found = _matches_of(sentence, lexicon)
    return [kept for _, trigger in sorted(found.items())
            if (kept := apply_frame(trigger, found, frames)) is not None]


def raw_triggers(sentence: Span, lexicon: Lexicon) -> dict[int, Trigger]:
    """Every lexicon match of one sentence by head token index, before negation and frames
    (a new dictionary: the caller may change it)."""
    return dict(_matches_of(sentence, lexicon))


def _matches_of(sentence: Span, lexicon: Lexicon) -> dict[int, Trigger]:
    """``raw_triggers`` of ``sentence``, read once for the last ``Doc`` (never to be changed)."""
    last = _LastDoc.matched
    if last is None or last.doc is not sentence.doc or last.lexicon is not lexicon:
        last = _LastDoc.matched = _DocMatches(sentence.doc, lexicon)
    key = (sentence.start, sentence.end)
    found = last.sentences.get(key)
    if found is None:
        found = last.sentences[key] = _match_sentence(sentence, lexicon)
    return found


def _match_sentence(sentence: Span, lexicon: Lexicon) -> dict[int, Trigger]:
    found: dict[int, Trigger] = {}
    consumed: set[int] = set()
    # each token that may trigger and its part of speech made once for the four passes below
    # (read from the Doc's arrays: the other words are passed over with no Token made)
    doc, pos_of = sentence.doc, arrays_of(sentence.doc).pos
    tokens = [(doc[index], pos_of[index]) for index in range(sentence.start, sentence.end)
              if pos_of[index] in TRIGGER_POS]
    for token, pos in tokens:
        if pos in VERB_POS:
            label = label_words(token)
            # "called the attacks repugnant": the label says what the act is (labelling.py)
            trigger = (match_verb(token, lexicon) if label is None
                       else label_trigger(token, label))
            if trigger is not None:
                found[token.i] = trigger
                consumed.update(word.i for word in trigger.tokens)
    for token, pos in tokens:
        if pos in ADJECTIVE_POS:
            trigger = match_adjective(token, lexicon)
            if trigger is not None and trigger.head.i not in found:
                found[trigger.head.i] = trigger
                consumed.update(word.i for word in trigger.tokens)
    for token, pos in tokens:
        if pos in NOUN_POS and token.i not in consumed and not _in_order_to(token):
            trigger = match_noun(token, lexicon)
            if trigger is not None:
                if token.lemma_ in LABOUR_ACTION_NOUNS and token.head.lower_ == "on":
                    # "went on strike", "are on strike": a labour strike, not an air strike
                    trigger = replace(trigger, cameo=STRIKE_CODE)
                found[token.i] = trigger
    for token, pos in tokens:
        if (pos in VERB_POS and token.i not in found
                and is_reported_obligation(token) is not None):
            # "EU says military intervention must be avoided": a demand with no lexicon verb
            entry = Entry(kind="verb", words=(token.lemma_.lower(),), cameo=DEMAND_CODE)
            found[token.i] = Trigger(token, entry, DEMAND_CODE, (token,))
    for position, trigger in list(found.items()):
        if trigger.object_token is not None:
            noun = match_noun(trigger.object_token, lexicon)
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
        if _accused_act(trigger, found):
            # "blamed the bombing on Hamas", "accused Israel of shelling the town": the act is
            # what the accusation alleges, not an event the article reports (docs/annotation.md)
            del found[position]
    for position, trigger in list(found.items()):
        if trigger.cameo[:2] == MOBILIZE_ROOT and _about_peacekeeping(trigger):
            # "sent troops to the UN peacekeeping force": protection, not a show of force
            found[position] = replace(trigger, cameo=PEACEKEEPING_CODE)
    return found


def _accused_act(trigger: Trigger, found: dict[int, Trigger]) -> bool:
    """Whether ``trigger`` stands in what an accusation of ``found`` is about: its object or
    the object of its preposition ("blamed the attack on", "held X responsible for the attack",
    "accused X of attacking")."""
    token = trigger.head
    for _ in range(MAX_ACCUSED_STEPS):
        if token.head == token or not (token.dep_ in ACCUSED_DEPS or (
                token.dep_ == "advcl" and token.pos_ in ADJECTIVE_POS)):
            return False
        token = token.head
        accusation = found.get(token.i)
        if accusation is not None and accusation.cameo.startswith(ACCUSE_CODE):
            return True
    return False


def _in_order_to(token: Token) -> bool:
    """"in order to" is a purpose, not an order."""
    before = PURPOSE_IDIOMS.get(token.lower_)
    return before is not None and token.i > 0 and token.doc[token.i - 1].lower_ == before


def _about_peacekeeping(trigger: Trigger) -> bool:
    clause = governing_verb(trigger.head) or trigger.head
    return any(token.lemma_.lower() in PEACEKEEPING_WORDS
               for token in (*trigger.head.subtree, *clause.subtree))


