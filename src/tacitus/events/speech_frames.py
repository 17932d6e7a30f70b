"""Speech frames: a speaker who says something of another actor does a speech act toward it,
whatever the words say: "the union said the government had delivered very little" criticises
the government, "the army said the rebels would be crushed" threatens them, "Gilani told the
board the door was open" states an intent. Which act it is the words' mood and cue decide, not
the frame: the frame only proposes, for the decision stage to choose among, each root of the
``speech_frame`` group of ``cameo_codes.tsv`` (statement, appeal, intent, demand, disapproval,
rejection, threat) from the speaker toward each actor the said words name.

``speech_frames`` finds, in a sentence, each reporting verb (``reporting_verbs.tsv``: say, tell,
state …) not opened by a condition ("if he said …"), whose subject names an actor (the speaker),
and whose complement clause or addressee ("told the envoy", "told reporters the army …") names
another actor. The frame's cue, where its readings are coded, is the head of the complement
clause, so that the decision stage reads that clause's mood (a modal, a future, a negation) and
verb; a saying with an addressee and no clause is cued at the reporting verb.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from tacitus.events.lexicon import Entry
from tacitus.events.lexicon_matching import Trigger
from tacitus.events.ontology import root_group
from tacitus.events.reporting import REPORTING
from tacitus.model import Actor, ActorMention, same_actor
from tacitus.wordlists import word_set

# the roots a saying toward another actor may be, one reading each: the root's base code
SPEECH_CODES = tuple(f"{root}0" for root in sorted(root_group("speech_frame")))
# "if they said …": a saying supposed, not done
CONDITION_MARKS = word_set("condition_marks")
FRAME_KIND = "speech_frame"
SPEAKER_DEPS = frozenset({"nsubj"})
CLAUSE_DEPS = frozenset({"ccomp"})
# whom the saying is addressed to: "told the envoy", "told him the army …"
ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
VERB_POS = frozenset({"VERB", "AUX"})


@dataclass(frozen=True, slots=True)
class SpeechFrame:
    """A speaker's saying about other actors: ``cue`` is the word its readings are coded at
    (the head of the said clause, else the reporting verb)."""

    cue: Token
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]


def speech_frames(sentence: Span, mentions: Sequence[ActorMention]) -> tuple[SpeechFrame, ...]:
    """The sayings of ``sentence`` whose speaker and said words each name actors of
    ``mentions`` (those named in the sentence), the speaker's left out of the words."""
    found: list[SpeechFrame] = []
    for verb in sentence:
        if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in REPORTING:
            continue
        if any(child.dep_ == "mark" and child.lower_ in CONDITION_MARKS
               for child in verb.children):
            continue
        sources = _actors(mentions, _subtree_of(verb, SPEAKER_DEPS))
        if not sources:
            continue
        said = _subtree_of(verb, CLAUSE_DEPS | ADDRESSEE_DEPS)
        targets = tuple(actor for actor in _actors(mentions, said)
                        if not any(same_actor(actor, source) for source in sources))
        if not targets:
            continue
        clause = next((child for child in verb.children if child.dep_ in CLAUSE_DEPS), verb)
        found.append(SpeechFrame(clause, sources, targets))
    return tuple(found)


def frame_trigger(frame: SpeechFrame, code: str) -> Trigger:
    """The trigger a frame's reading ``code`` is coded at: its cue word."""
    entry = Entry(kind=FRAME_KIND, words=(frame.cue.lemma_.lower(),), cameo=code)
    return Trigger(frame.cue, entry, code, (frame.cue,))


def _subtree_of(token: Token, deps: frozenset[str]) -> frozenset[int]:
    return frozenset(item.i for child in token.children if child.dep_ in deps
                     for item in child.subtree)


def _actors(mentions: Sequence[ActorMention], tokens: frozenset[int]) -> tuple[Actor, ...]:
    found: list[Actor] = []
    for mention in mentions:
        if mention.token_start in tokens and not any(same_actor(mention.actor, actor)
                                                     for actor in found):
            found.append(mention.actor)
    return tuple(found)
