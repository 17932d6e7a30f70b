"""Code CAMEO events clause by clause from the dependency parse and the actor mentions.

A lexicon match (verb, verb + particle or preposition, verb + object noun, or event noun) is a
trigger. Its source is the clause subject (the agent of a passive, the subject inherited by a
conjoined verb or an infinitive, the possessor or the clause subject of an event noun); its target
is the object or the object of a telling preposition ("with", "to", "against", "on" …), walking
conjuncts and descriptions that name actors ("ministers of China and Russia").

What is not coded: negated triggers ("has not cut ties"), hypotheticals under a modal or in an
if-clause ("would reassess", "could impose sanctions if …"), actions only wished or tried for
("wants to meet"), events without a source actor and self-events. Announced actions are coded in
their frame from ``frames.tsv``: "will visit" and "pledged to send aid" as intent (03x, or a threat
13x for conflictual actions), "urged X to hold talks" as an appeal, "demanded" a demand, "refused to
meet" a rejection (125), "threatened to impose sanctions" a threat (1312).

Confidence is the match kind's base value (verb + object 0.9, verb + particle/preposition 0.85,
verb 0.75, event noun 0.7) less 0.1 when the source was inferred (inherited subject, clause subject
of a noun), 0.1 when the target was reached through a description, 0.05 when either actor is only a
pronoun or anaphor; never below 0.1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from tacitus.events.clauses import (
    NO_ACTORS,
    Actors,
    governing_subjects,
    index_mentions,
    is_future,
    is_hypothetical,
    is_negated,
    object_tokens,
    passive_subjects,
    prep_objects,
    resolve_actors,
    subject_tokens,
)
from tacitus.events.dates import resolve_event_date
from tacitus.events.lexicon import Entry, Frames, Lexicon, load_frames, load_lexicon
from tacitus.events.ontology import Ontology, load_ontology
from tacitus.ids import stable_id
from tacitus.model import ActorMention, Article, Event, Evidence

EventCoder = Callable[[Doc, Sequence[ActorMention], Article], tuple[Event, ...]]

BASE_CONFIDENCE = {"verb_object": 0.9, "particle": 0.85, "prep": 0.85, "verb": 0.75, "noun": 0.7}
INFERRED_PENALTY = 0.1
PRONOUN_PENALTY = 0.05
MIN_CONFIDENCE = 0.1
PRONOUN_HOWS = frozenset({"pronoun", "anaphor"})
VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN"})
# The frame a governing trigger puts its infinitive in, by the governor's CAMEO root.
FRAME_BY_ROOT = {"02": "appeal", "03": "intent", "10": "demand", "12": "reject", "13": "threaten"}
# Governors that announce their infinitive ("plans to visit") without being events themselves.
INTENT_GOVERNORS = frozenset({"plan", "intend", "prepare", "aim", "expect", "decide", "schedule",
                              "set", "resolve", "seek"})
# Governors under which the infinitive did not (yet) happen and is no event at all.
BLOCKING_GOVERNORS = frozenset({"want", "wish", "hope", "try", "attempt", "fail", "consider",
                                "need", "like", "propose", "suggest", "mull", "weigh", "hesitate",
                                "decline", "neglect", "avoid", "ought", "have", "struggle",
                                "stop", "cease", "quit", "halt"})
# Governors that deny their complement: "denied attacking", "denied that it attacked".
DENYING_GOVERNORS = frozenset({"deny", "refute", "dispute"})
# Prepositions under which an event noun belongs to the clause's subject: "after his meeting
# with", "in talks with", "during a visit to".
CLAUSE_PREPS = frozenset({"after", "before", "during", "in", "at", "following", "since", "on",
                          "upon", "ahead", "through", "via"})
# Verbs whose object event noun is performed by their subject: "attended the summit".
LIGHT_VERBS = frozenset({"hold", "have", "attend", "conduct", "join", "begin", "start", "continue",
                         "resume", "carry", "stage", "launch", "complete", "wrap", "end", "host"})
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# Cooperative roots whose negated future ("will not release") is coded as a refusal.
REFUSABLE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# Roots for which the place of a material action is its target: "imposed a curfew in Kashmir".
PLACE_TARGET_ROOTS = frozenset({"07", "14", "15", "16", "17", "18", "19", "20"})
# Roots whose subject-only, plural-subject events are mutual: "China and Russia met".
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})


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


def make_event_coder(*, ontology: Ontology | None = None,
                     lexicon: Lexicon | None = None,
                     frames: Frames | None = None) -> EventCoder:
    """Load the ontology, lexicon and frames once and return the ``code_events`` stage."""
    known = ontology if ontology is not None else load_ontology()
    words = lexicon if lexicon is not None else load_lexicon()
    framing = frames if frames is not None else load_frames()

    def code_events(doc: Doc, mentions: Sequence[ActorMention],
                    article: Article) -> tuple[Event, ...]:
        """Every coded event in ``doc`` (the parse of ``article.text``), in text order."""
        index = index_mentions(mentions)
        events: dict[str, Event] = {}
        for sentence_index, sentence in enumerate(doc.sents):
            for trigger in _sentence_triggers(sentence, words, framing):
                for event in _events_for(trigger, sentence, sentence_index, index, known,
                                         article):
                    events.setdefault(event.id, event)
        return tuple(events.values())

    return code_events


# --- finding triggers -------------------------------------------------------------------------


def _forms(token: Token) -> tuple[str, str]:
    return token.lemma_.lower(), token.lower_


def _matches(token: Token, word: str) -> bool:
    return word in _forms(token)


def _match_verb(token: Token, lexicon: Lexicon) -> Trigger | None:
    forms = _forms(token)
    objects = [child for child in token.children if child.dep_ in {"dobj", "nsubjpass", "attr"}]
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
    helpers += [child for child in obj.children if child.dep_ in {"compound", "amod"}]
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


def _sentence_triggers(sentence: Span, lexicon: Lexicon, frames: Frames) -> list[Trigger]:
    """Triggers of one sentence after negation, modality and frames are applied."""
    found: dict[int, Trigger] = {}
    consumed: set[int] = set()
    for token in sentence:
        if token.pos_ in VERB_POS:
            trigger = _match_verb(token, lexicon)
            if trigger is not None:
                found[token.i] = trigger
                consumed.update(word.i for word in trigger.tokens)
    for token in sentence:
        if token.pos_ in NOUN_POS and token.i not in consumed:
            trigger = _match_noun(token, lexicon)
            if trigger is not None:
                found[token.i] = trigger
    for position, trigger in list(found.items()):
        if trigger.object_token is not None:
            noun = _match_noun(trigger.object_token, lexicon)
            # "sent humanitarian aid": the modified noun makes the code more specific.
            if (noun is not None and len(noun.entry.words) > 1
                    and noun.cameo[:2] == trigger.cameo[:2]):
                found[position] = replace(trigger, cameo=noun.cameo)
    return [kept for _, trigger in sorted(found.items())
            if (kept := _apply_frame(trigger, found, frames)) is not None]


def _apply_frame(trigger: Trigger, found: dict[int, Trigger], frames: Frames) -> Trigger | None:
    """The trigger as coded in its frame, or ``None`` when it is no event."""
    head = trigger.head
    if is_hypothetical(head):
        return None
    if is_negated(head):
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
        if governor.lemma_ in INTENT_GOVERNORS or is_future(governor):
            return _in_frame(trigger, "intent", frames)
    root = trigger.cameo[:2]
    if root in FRAME_BY_ROOT:
        embedded = next((found[child.i] for child in _framed(trigger)
                         if child.i in found and not is_negated(child)), None)
        if embedded is not None:
            code = frames.code(FRAME_BY_ROOT[root], embedded.cameo) or trigger.cameo
            trigger = replace(trigger, cameo=code, embedded=embedded)
    if is_future(head) and root not in FRAME_BY_ROOT:
        return _in_frame(trigger, "intent", frames)
    return trigger


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


# --- actors -----------------------------------------------------------------------------------


def _sources(trigger: Trigger, index: dict[int, ActorMention]) -> Actors:
    head = trigger.head
    if head.pos_ in NOUN_POS and trigger.entry.kind == "noun":
        return _noun_sources(trigger, index)
    subjects, inherited = subject_tokens(head)
    return _union((resolve_actors(subject, index) for subject in subjects), inherited)


def _noun_sources(trigger: Trigger, index: dict[int, ActorMention]) -> Actors:
    noun = trigger.head
    words = {token.i for token in trigger.tokens}
    owners = [child for child in noun.children
              if child.dep_ in OWNER_DEPS and child.i not in words]
    found = _union(resolve_actors(owner, index) for owner in owners)
    if found.mentions:
        return found
    for prep, pobj in prep_objects(noun, ("by", "between")):
        if prep == "by":
            return resolve_actors(pobj, index)
        if pobj.i in index:
            # "talks between X and Y": the first party is the source, the others the targets.
            return Actors((index[pobj.i],))
    clause = _clause_of(noun)
    if clause is not None:
        subjects = governing_subjects(clause)
        return _union((resolve_actors(subject, index) for subject in subjects), True)
    return NO_ACTORS


def _clause_of(noun: Token) -> Token | None:
    """The verb whose subject performs the event noun, if the noun's place says so."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in CLAUSE_PREPS and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    if noun.dep_ == "dobj" and head.lemma_ in LIGHT_VERBS:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj":
        # "began a new round of joint exercises", "launched a series of attacks"
        return _clause_of(head.head)
    return None


def _targets(trigger: Trigger, index: dict[int, ActorMention]) -> Actors:
    head = trigger.head
    candidates: list[Token] = []
    if trigger.entry.kind == "noun":
        between = [pobj for prep, pobj in prep_objects(head, ("between",))]
        candidates += [conj for pobj in between for conj in pobj.conjuncts if conj.i > pobj.i]
        candidates += [pobj for _, pobj in prep_objects(head)]
    else:
        candidates += passive_subjects(head)
        if trigger.prep_token is not None:
            candidates += [c for c in trigger.prep_token.children if c.dep_ == "pobj"]
        if trigger.object_token is not None:
            candidates += [pobj for _, pobj in prep_objects(trigger.object_token)]
        candidates += [obj for obj in object_tokens(head) if obj != trigger.object_token]
        if trigger.object_token is not None:
            obj = trigger.object_token
            # "freed the prisoners": the object itself may be an actor; "expelled the British
            # ambassador": or its owner is.
            if obj.i in index:
                candidates.append(obj)
            candidates += [child for child in obj.children if child.dep_ in OWNER_DEPS]
        candidates += [pobj for _, pobj in prep_objects(head)]
        if trigger.embedded is not None:
            return _first_found(candidates, index) or _targets(trigger.embedded, index)
    if trigger.cameo[:2] in PLACE_TARGET_ROOTS:
        places = [*prep_objects(head, ("in",))]
        if trigger.object_token is not None:
            places += prep_objects(trigger.object_token, ("in",))
        candidates += [pobj for _, pobj in places]
    return _first_found(candidates, index) or NO_ACTORS


def _first_found(candidates: Iterable[Token], index: dict[int, ActorMention]) -> Actors | None:
    for candidate in candidates:
        found = resolve_actors(candidate, index)
        if found.mentions:
            return found
    return None


def _union(groups: Iterable[Actors], inferred: bool = False) -> Actors:
    mentions: dict[int, ActorMention] = {}
    for group in groups:
        inferred = inferred or group.inferred
        for mention in group.mentions:
            mentions.setdefault(id(mention), mention)
    return Actors(tuple(mentions.values()), inferred)


# --- events -----------------------------------------------------------------------------------


def _events_for(trigger: Trigger, sentence: Span, sentence_index: int,
                index: dict[int, ActorMention], ontology: Ontology,
                article: Article) -> list[Event]:
    sources = _sources(trigger, index)
    if not sources.mentions:
        return []
    targets = _targets(trigger, index)
    source_ids = {id(mention) for mention in sources.mentions}
    target_mentions = [m for m in targets.mentions if id(m) not in source_ids]
    pairs: list[tuple[ActorMention, ActorMention | None]]
    if target_mentions:
        pairs = [(source, target) for source in sources.mentions for target in target_mentions]
    elif len(sources.mentions) > 1 and trigger.cameo[:2] in RECIPROCAL_ROOTS:
        pairs = [(a, b) for a in sources.mentions for b in sources.mentions if a is not b]
    else:
        pairs = [(source, None) for source in sources.mentions]
    code = ontology.describe(trigger.cameo)
    start = min(token.idx for token in trigger.tokens)
    end = max(token.idx + len(token) for token in trigger.tokens)
    evidence = Evidence(article.id, sentence_index, sentence.text, sentence.start_char,
                        sentence.end_char)
    when = resolve_event_date(sentence, article.date)
    events = []
    for source, target in pairs:
        if target is not None and (source.actor.code, source.actor.name) == (
                target.actor.code, target.actor.name):
            continue
        confidence = _confidence(trigger, sources, targets, source, target)
        events.append(Event(
            id=stable_id("evt_", article.id, sentence_index, start, code.code, source.actor.code,
                         target.actor.code if target else ""),
            source=source.actor,
            target=target.actor if target else None,
            cameo=code.code,
            cameo_name=code.name,
            plover=code.plover,
            plover_mode=code.plover_mode,
            goldstein=code.goldstein,
            quad_class=code.quad_class,
            date=when,
            evidence=evidence,
            trigger=sentence.text[start - sentence.start_char:end - sentence.start_char],
            trigger_start=start,
            trigger_end=end,
            confidence=confidence,
        ))
    return events


def _confidence(trigger: Trigger, sources: Actors, targets: Actors, source: ActorMention,
                target: ActorMention | None) -> float:
    value = BASE_CONFIDENCE[trigger.entry.kind]
    if sources.inferred:
        value -= INFERRED_PENALTY
    if target is not None and targets.inferred:
        value -= INFERRED_PENALTY
    if source.how in PRONOUN_HOWS or (target is not None and target.how in PRONOUN_HOWS):
        value -= PRONOUN_PENALTY
    return round(max(MIN_CONFIDENCE, min(1.0, value)), 2)
