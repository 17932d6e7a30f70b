"""Reactions to an earlier happening: "Iran condemned the strikes" is aimed at whoever struck.

News reports a happening first and the reactions after it, naming the happening by a noun alone:
"The United States and Britain struck Houthi targets on Friday. … Iran condemned the strikes."
The clause coder finds Iran's condemnation with no target, because no actor is named in its
sentence. This stage gives such a reaction the actor behind the happening it refers to: the
object of the reaction's trigger is an event noun of the lexicon ("strikes", "expulsions",
"agreement"), and the latest earlier event of the article coded with the same CAMEO root (else the
same quad class) lends its source as the target.

Only reactions take a target this way — statements, appeals, approval, demands, disapproval,
rejection, threats and protests (CAMEO roots 01, 02, 05, 10–14) — and never their own actor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from tacitus.events.lexicon import Lexicon, load_lexicon, merge_lexicons
from tacitus.events.ontology import QUAD_BY_ROOT, root_group
from tacitus.ids import stable_id
from tacitus.model import Actor, Event
from tacitus.wordlists import word_set

ReferenceResolver = Callable[[Doc, tuple[Event, ...]], tuple[Event, ...]]
REACTION_ROOTS = root_group("reaction")
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# prepositions that introduce what a reaction is about: "protested against the strikes"
ABOUT_PREPOSITIONS = word_set("about_prepositions")
# how many sentences back the happening may be reported
MAX_SENTENCES_BACK = 12
REFERRED_CONFIDENCE = 0.85


def make_reference_resolver(*, lexicon: Lexicon | None = None,
                            user_lexicon: Lexicon | None = None) -> ReferenceResolver:
    """Load the lexicon's event nouns once and return the ``resolve_references`` stage."""
    words = lexicon if lexicon is not None else load_lexicon()
    if user_lexicon is not None:
        words = merge_lexicons(words, user_lexicon)
    nouns = event_nouns(words)

    def resolve_references(doc: Doc, events: tuple[Event, ...]) -> tuple[Event, ...]:
        """``events`` with reactions to an earlier happening aimed at its actor."""
        return tuple(aimed(doc, event, events, nouns) for event in events)

    return resolve_references


def event_nouns(lexicon: Lexicon) -> dict[str, str]:
    """The lexicon's one-word event nouns ("strikes", "agreement") and the CAMEO code of each."""
    nouns: dict[str, str] = {}
    for entry in lexicon.entries:
        if entry.kind == "noun" and len(entry.words) == 1:
            nouns.setdefault(entry.words[0], entry.cameo)
    return nouns


def aimed(doc: Doc, event: Event, events: Sequence[Event], nouns: dict[str, str]) -> Event:
    if event.target is not None or event.cameo[:2] not in REACTION_ROOTS:
        return event
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return event
    noun = referred_noun(span.root)
    if noun is None:
        return event
    code = nouns.get(noun.lemma_.lower()) or nouns.get(noun.lower_)
    if code is None:
        return event
    happening = latest_happening(event, events, code)
    if happening is None:
        return event
    return retarget(event, happening.source)


def referred_noun(trigger: Token) -> Token | None:
    """The noun a reaction is about: its object, or the object of an "about" preposition."""
    for child in trigger.children:
        if child.dep_ in OBJECT_DEPS and child.pos_ == "NOUN":
            return child
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ABOUT_PREPOSITIONS:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.pos_ == "NOUN":
                    return grandchild
    return None


def latest_happening(event: Event, events: Sequence[Event], code: str) -> Event | None:
    """The latest event before ``event`` (in earlier sentences, or earlier in its own) of the
    noun's root — else of its quad class — by another actor."""
    earlier = [other for other in events
               if other is not event
               and other.evidence.start <= event.evidence.start
               and other.trigger_start < event.trigger_start
               and event.evidence.sentence_index - other.evidence.sentence_index
               <= MAX_SENTENCES_BACK
               and not same_side(other.source, event.source)]
    for matches in (lambda other: other.cameo[:2] == code[:2],
                    lambda other: quad_of(other.cameo) == quad_of(code)):
        found = [other for other in earlier if matches(other)]
        if found:
            return max(found, key=lambda other: other.trigger_start)
    return None


def quad_of(code: str) -> int:
    """The CAMEO quad class of a code, from its root alone."""
    return QUAD_BY_ROOT[code[:2]]


def same_side(first: Actor, second: Actor) -> bool:
    if first.country is not None and first.country == second.country:
        return True
    return first.code[:3] == second.code[:3]


def retarget(event: Event, target: Actor) -> Event:
    """``event`` aimed at ``target``: a new id (the target is part of it), and less confidence,
    since the target was inferred from another sentence."""
    return replace(
        event,
        target=target,
        id=stable_id("evt_", event.evidence.article_id, event.evidence.sentence_index,
                     event.trigger_start, event.cameo, event.source.code, target.code),
        confidence=round(event.confidence * REFERRED_CONFIDENCE, 3),
    )
