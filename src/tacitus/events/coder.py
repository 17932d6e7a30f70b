"""Code CAMEO events clause by clause from the dependency parse and the actor mentions.

A lexicon match (verb, verb + particle or preposition, verb + object noun, or event noun) is a
trigger. Its source is the clause subject (the agent of a passive, the subject inherited by a
conjoined verb or an infinitive, the possessor or the clause subject of an event noun); its target
is the object or the object of a telling preposition ("with", "to", "against", "on" …), walking
conjuncts and descriptions that name actors ("ministers of China and Russia").

Triggers and their frames (negation, modality, intent, appeals, demands …) are found by
``tacitus.events.triggers``.

Confidence is the match kind's base value (verb + object 0.9, verb + particle/preposition 0.85,
verb 0.75, event noun 0.7) less 0.1 when the source was inferred (inherited subject, clause subject
of a noun), 0.1 when the target was reached through a description, 0.05 when either actor is only a
pronoun or anaphor; never below 0.1.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from spacy.tokens import Doc, Span, Token

from tacitus.events.clauses import (
    NO_ACTORS,
    Actors,
    circumstance_agents,
    event_noun_agents,
    governing_subjects,
    has_infinitive_marker,
    index_mentions,
    is_agentless_passive,
    object_tokens,
    passive_subjects,
    prep_objects,
    resolve_actors,
    subject_tokens,
)
from tacitus.events.dates import resolve_event_date
from tacitus.events.event_building import site_event, trigger_site
from tacitus.events.framing import asked_clauses
from tacitus.events.lexicon import Frames, Lexicon, load_frames, load_lexicon, merge_lexicons
from tacitus.events.lexicon_matching import (
    NOUN_POS,
    OBJECT_PREDICATE_DEPS,
    Trigger,
    governing_verb,
)
from tacitus.events.ontology import Ontology, load_ontology, root_group
from tacitus.events.participants import event_participants
from tacitus.events.triggers import STOPPING_VERBS, sentence_triggers
from tacitus.model import Actor, ActorMention, Article, Event, same_actor
from tacitus.nlp.doc_memo import sentences_of
from tacitus.wordlists import word_set

EventCoder = Callable[[Doc, Sequence[ActorMention], Article], tuple[Event, ...]]

BASE_CONFIDENCE = {"verb_object": 0.9, "particle": 0.85, "prep": 0.85, "adjective": 0.85,
                   "verb": 0.75, "noun": 0.7}
INFERRED_PENALTY = 0.1
PRONOUN_PENALTY = 0.05
MIN_CONFIDENCE = 0.1
PRONOUN_HOWS = frozenset({"pronoun", "anaphor"})
# Prepositions under which an event noun belongs to the clause's subject: "after his meeting
# with", "in talks with", "during a visit to".
CLAUSE_PREPS = word_set("clause_prepositions")
# Verbs whose object event noun is performed by their subject: "attended the summit".
LIGHT_VERBS = word_set("light_verbs")
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# Roots for which the place of a material action is its target: "imposed a curfew in Kashmir".
PLACE_TARGET_ROOTS = root_group("place_target")
REFLEXIVE_ENDINGS = ("self", "selves")
AID_ROOT = "07"
# Roots of event nouns whose "of" object performs them: "the visit of X", "a meeting of X".
PERFORMED_OF_ROOTS = root_group("performed_by_of")
# Assault and fighting, and the doers whose name says the act was a suicide bombing.
ASSAULT_OR_FIGHT_ROOTS = root_group("assault_or_fight")
BOMBER_NOUNS = word_set("bomber_nouns")
SUICIDE_MARKERS = word_set("suicide_markers")
SUICIDE_BOMBING_CODE = "1831"
# Roots whose subject-only, plural-subject events are mutual: "China and Russia met".
RECIPROCAL_ROOTS = root_group("reciprocal")


def make_event_coder(*, ontology: Ontology | None = None,
                     lexicon: Lexicon | None = None,
                     frames: Frames | None = None,
                     user_lexicon: Lexicon | None = None) -> EventCoder:
    """Load the ontology, lexicon and frames once (a ``user_lexicon`` layered on the
    lexicon) and return the ``code_events`` stage."""
    known = ontology if ontology is not None else load_ontology()
    words = lexicon if lexicon is not None else load_lexicon()
    if user_lexicon is not None:
        words = merge_lexicons(words, user_lexicon)
    framing = frames if frames is not None else load_frames()

    def code_events(doc: Doc, mentions: Sequence[ActorMention],
                    article: Article) -> tuple[Event, ...]:
        """Every coded event in ``doc`` (the parse of ``article.text``), in text order."""
        index = index_mentions(event_participants(mentions))
        named = sorted(index)
        events: dict[str, Event] = {}
        for sentence_index, sentence in enumerate(sentences_of(doc)):
            if not names_a_participant(named, sentence.start, sentence.end):
                continue
            for trigger in sentence_triggers(sentence, words, framing):
                for event in events_for(trigger, sentence, sentence_index, index, known,
                                         article, lexicon=words):
                    events.setdefault(event.id, event)
        return tuple(events.values())

    return code_events


def names_a_participant(named: Sequence[int], start: int, end: int) -> bool:
    """Whether a token of ``start:end`` (a sentence) is one of ``named``, the sorted token indices
    of the mentions that may take part in an event. A trigger's source and target are found
    only at tokens its own clause reaches through the parse, which never leaves the sentence:
    a sentence naming no participant codes no event, and its triggers are not read."""
    position = bisect_left(named, start)
    return position < len(named) and named[position] < end


# --- actors -----------------------------------------------------------------------------------


def _sources(trigger: Trigger, index: dict[int, ActorMention], lexicon: Lexicon) -> Actors:
    head = trigger.head
    if trigger.reporter is not None:
        subjects, _ = subject_tokens(trigger.reporter)
        return _union(resolve_actors(subject, index) for subject in subjects)
    if head.pos_ in NOUN_POS and trigger.entry.kind == "noun":
        return _noun_sources(trigger, index)
    subjects, inherited = subject_tokens(head)
    found = _union((resolve_actors(subject, index) for subject in subjects), inherited)
    if found.mentions:
        return found

    def is_event_noun(noun: Token) -> bool:
        return bool(lexicon.candidates("noun", (noun.lemma_.lower(), noun.lower_)))

    if is_agentless_passive(head):
        # "were killed in a clash with IS fighters": the circumstance names who did it
        agents = circumstance_agents(head, is_event_noun)
    else:
        # "an Israeli air strike killed five": the subject is an event and names who did it
        agents = tuple(agent for subject in subjects if is_event_noun(subject)
                       for agent in event_noun_agents(subject))
    return _union((resolve_actors(agent, index) for agent in agents), True)


def _noun_sources(trigger: Trigger, index: dict[int, ActorMention]) -> Actors:
    noun = trigger.head
    words = {token.i for token in trigger.tokens}
    owners = [child for child in noun.children
              if child.dep_ in OWNER_DEPS and child.i not in words]
    found = _union(resolve_actors(owner, index) for owner in owners)
    if found.mentions:
        return found
    for prep, pobj in prep_objects(noun, ("by", "between", "of")):
        if prep == "of" and trigger.cameo[:2] not in PERFORMED_OF_ROOTS:
            # "the killing of civilians": an "of" object is what the event is done to …
            continue
        if prep in {"by", "of"}:
            # … but "the visit of the Chinese president": who performs a visit or meeting
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
    while noun.dep_ == "conj" and noun.head.pos_ in NOUN_POS and noun.head != noun:
        # "expressed its rejection and condemnation of …": a conjunct shares the first's place
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in CLAUSE_PREPS and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    if noun.dep_ == "dobj" and head.lemma_ in LIGHT_VERBS:
        return head
    verb = governing_verb(noun)
    if verb is not None and verb.lemma_ in STOPPING_VERBS | LIGHT_VERBS:
        return verb
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj":
        # "began a new round of joint exercises", "launched a series of attacks"
        return _clause_of(head.head)
    return None


def _targets(trigger: Trigger, index: dict[int, ActorMention],
             sources: Actors = NO_ACTORS) -> Actors:
    head = trigger.head
    candidates: list[Token] = []
    if trigger.reporter is not None:
        # "Russia says Israel must end attacks": the one who must act is the target
        candidates += subject_tokens(_reported_clause_verb(trigger))[0]
    if trigger.entry.kind == "noun":
        between = [pobj for prep, pobj in prep_objects(head, ("between",))]
        candidates += [conj for pobj in between for conj in pobj.conjuncts if conj.i > pobj.i]
        candidates += [pobj for _, pobj in prep_objects(head)]
        # "its rejection and condemnation of X": the last conjunct's object is every conjunct's
        candidates += [pobj for conj in head.conjuncts if conj.i > head.i
                       and conj.pos_ in NOUN_POS for _, pobj in prep_objects(conj, ("of",
                                                                                  "against"))]
        # "reduced military aid to Argentina", "ended its mediation efforts with Hamas"
        phrase = head
        while phrase.dep_ == "compound" and phrase.head != phrase:
            phrase = phrase.head
            candidates += [pobj for _, pobj in prep_objects(phrase)]
        verb = governing_verb(head)
        if verb is not None:
            candidates += [pobj for _, pobj in prep_objects(verb)]
    else:
        candidates += passive_subjects(head) or _clause_patients(head)
        if (trigger.object_token is not None
                and trigger.object_token.dep_ in OBJECT_PREDICATE_DEPS):
            # "held Israel responsible for the attack": who is held so, before what for
            candidates += [*object_tokens(head), *(
                child for child in trigger.object_token.children if child.dep_ == "nsubj")]
        if trigger.prep_token is not None:
            candidates += [c for c in trigger.prep_token.children if c.dep_ == "pobj"]
        # "called for the minister to resign", "demanded that Iran release the sailors": who
        # is asked is the subject of the clause asked for
        candidates += [child for clause in asked_clauses(trigger) for child in clause.children
                       if child.dep_ == "nsubj"]
        if trigger.object_token is not None:
            candidates += [pobj for _, pobj in prep_objects(trigger.object_token)]
        if trigger.cameo[:2] in RECIPROCAL_ROOTS:
            # "discussed Libya with Trump": the partner, not the topic
            candidates += [pobj for _, pobj in prep_objects(head, ("with", "between"))]
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
            return (_first_found(candidates, index, sources)
                    or _targets(trigger.embedded, index, sources))
    if PLACE_TARGET_ROOTS & {trigger.cameo[:2], trigger.entry.cameo[:2]}:
        places = [*prep_objects(head, ("in",))]
        if trigger.object_token is not None:
            places += prep_objects(trigger.object_token, ("in",))
        candidates += [pobj for _, pobj in places]
    found = _first_found(candidates, index, sources)
    if found is None and trigger.cameo[:2] == AID_ROOT and trigger.entry.kind != "noun":
        # "donated ventilators to assist Ethiopia": the purpose names who is helped
        found = _first_found(_purpose_objects(head), index, sources)
    return found or NO_ACTORS


def _clause_patients(verb: Token) -> list[Token]:
    """Who a subjectless passive clause acts on: "retreated after being attacked by X" — the
    subject of the clause it depends on."""
    if not any(child.dep_ == "auxpass" for child in verb.children):
        return []
    return list(governing_subjects(verb.head)) if verb.head != verb else []


def _purpose_objects(verb: Token) -> list[Token]:
    """The objects of a verb's purpose infinitive: "sent aid to help the refugees", "donated a
    shipment to assist Ethiopia"."""
    phrases = [verb, *object_tokens(verb)]
    purposes = [child for phrase in phrases for child in phrase.children
                if child.dep_ in {"advcl", "xcomp", "acl"}
                and has_infinitive_marker(child)]
    return [obj for purpose in purposes for obj in object_tokens(purpose)]


def _reported_clause_verb(trigger: Trigger) -> Token:
    """The verb of the reported clause a trigger stands in (the reporter's complement)."""
    token = trigger.head
    while token.head != token and token.head != trigger.reporter:
        token = token.head
    return token


def _first_found(candidates: Iterable[Token], index: dict[int, ActorMention],
                 sources: Actors = NO_ACTORS) -> Actors | None:
    """The first candidate that names an actor other than the source ("talks … at his office"
    names the speaker again); the source itself or its own side ("withdrew its troops from
    Poland") is kept only as a last resort."""
    own: Actors | None = None
    for candidate in candidates:
        found = resolve_actors(candidate, index)
        if not found.mentions or candidate.lower_.endswith(REFLEXIVE_ENDINGS):
            # "blew themselves up": a reflexive object is no target
            continue
        codes = {(m.actor.code, m.actor.name) for m in sources.mentions}
        if all((m.actor.code, m.actor.name) in codes for m in found.mentions):
            # the source named again: a self-event unless another candidate names someone else
            # ("detonated their vests" only says whose the vests are)
            if not found.inferred and candidate.dep_ != "poss":
                own = own or found
            continue
        if not _owned_by_source(candidate, found, sources, index):
            return found
        own = own or found
    return own


def _owned_by_source(candidate: Token, found: Actors, sources: Actors,
                     index: dict[int, ActorMention]) -> bool:
    """A possessive pronoun says ``found`` is the source's own: "its troops", "their fighters"."""
    countries = {m.actor.country for m in sources.mentions if m.actor.country}
    owners = [child for child in candidate.children
              if child.dep_ == "poss" and child.pos_ == "PRON"]
    if not owners:
        return False
    if any(owner.i in index and index[owner.i].actor.country in countries for owner in owners):
        return True
    return all(m.actor.country in countries for m in found.mentions)


def _union(groups: Iterable[Actors], inferred: bool = False) -> Actors:
    mentions: dict[int, ActorMention] = {}
    for group in groups:
        inferred = inferred or group.inferred
        for mention in group.mentions:
            mentions.setdefault(id(mention), mention)
    return Actors(tuple(mentions.values()), inferred)


# --- events -----------------------------------------------------------------------------------


def events_for(trigger: Trigger, sentence: Span, sentence_index: int,
                index: dict[int, ActorMention], ontology: Ontology,
                article: Article, *, lexicon: Lexicon | None = None) -> list[Event]:
    """The events one trigger codes: a source, and a target when one is named (``lexicon`` tells
    event nouns apart; the packaged one by default)."""
    sources = _sources(trigger, index, lexicon if lexicon is not None else load_lexicon())
    if not sources.mentions:
        return []
    targets = _targets(trigger, index, sources)
    source_ids = {id(mention) for mention in sources.mentions}
    target_mentions = [m for m in targets.mentions if id(m) not in source_ids]
    pairs: list[tuple[ActorMention, ActorMention | None]]
    if target_mentions:
        pairs = [(source, target) for source in sources.mentions for target in target_mentions]
    elif len(sources.mentions) > 1 and trigger.cameo[:2] in RECIPROCAL_ROOTS:
        pairs = [(a, b) for a in sources.mentions for b in sources.mentions if a is not b]
    else:
        pairs = [(source, None) for source in sources.mentions]
    code = _by_method(trigger)
    when = resolve_event_date(sentence, article.date)
    site = trigger_site(trigger, sentence, sentence_index, article)
    events = []
    for source, target in pairs:
        if target is not None and same_actor(source.actor, target.actor):
            continue
        events.append(site_event(
            site, ontology, code=code, source=source.actor,
            target=target.actor if target else None, when=when,
            confidence=_confidence(trigger, sources, targets, source, target)))
    return events


def build_event(trigger: Trigger, sentence: Span, sentence_index: int, article: Article,
                ontology: Ontology, *, code: str, source: Actor, target: Actor | None,
                when: date | None, confidence: float) -> Event:
    """The event ``trigger`` codes from ``source`` to ``target`` (with its id and evidence)."""
    return site_event(trigger_site(trigger, sentence, sentence_index, article), ontology,
                      code=code, source=source, target=target, when=when,
                      confidence=confidence)


def _by_method(trigger: Trigger) -> str:
    """A violent act whose doer is named by the method: "suicide bombers blew themselves up",
    "a suicide bomber killed five" carry out a suicide bombing (1831)."""
    if trigger.cameo[:2] not in ASSAULT_OR_FIGHT_ROOTS or trigger.entry.kind == "noun":
        return trigger.cameo
    subjects, _ = subject_tokens(trigger.head)
    for subject in subjects:
        if subject.lemma_.lower() in BOMBER_NOUNS and any(
                child.lower_ in SUICIDE_MARKERS for child in subject.children):
            return SUICIDE_BOMBING_CODE
    return trigger.cameo


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
