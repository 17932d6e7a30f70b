"""The trained decision stage: which coded candidates are real events of the article.

Two linear models, fitted by ``make train`` (``scripts/train_decision.py``, fixed seed, the
real-news train split) and shipped as ``decision_model.json`` beside this module; nothing is
trained at install or run time, and scoring needs no library beyond the standard one.

1. The topic model reads the article's words and a few document features (what kinds of actor
   it names, how often, how many countries, which kinds of event the clause coder found, how
   many of its words are of sport, markets, entertainment, science or accidents:
   ``tacitus.events.topic_features``) and gives the probability that the article is about
   politics, conflict or public affairs; below its threshold the article yields no events. A
   story of ordinary crime or of an accident with no public dimension
   (``tacitus.events.private_stories``) is not, whatever the model says: the training articles
   teach it nothing of crime stories.
2. The event model scores every candidate (``tacitus.events.candidates``: the coder's events
   and every other pairing of the actors around each trigger) on its features
   (``candidate_features``, with the prominence of its actors in the article:
   ``tacitus.events.decision_context``, and whether an earlier sentence has a candidate of its
   root and actors: ``tacitus.events.candidate_set``; read part by part, each part its
   candidates share summed once: ``tacitus.events.decision_scoring``); the score, calibrated
   on the dev split pooled with the train split scored out of fold (Platt scaling), is the
   probability that the candidate is right, and becomes the event's ``confidence`` (a text
   that is one sentence has its own calibration, fitted on the training sentences). Of each
   trigger's candidates
   the likeliest is kept if it reaches the event threshold (chosen on the same pooled decisions:
   ``tacitus.evaluation.decision_threshold``), and with it, for a mutual act ("Chile and Peru
   met", "clashed with the rebels": ``tacitus.events.mutual_acts``), its reading from the other
   side, and for an act done with several parties ("held talks with China and Russia") its
   coder's readings with the others; an act aimed at several ("accused Britain and the US") is
   one event;
   an act named inside another act between the same two actors is dropped as its content
   (``tacitus.events.content_acts``), of two triggers of one sentence that read one act with
   other actors the better reading is kept (``tacitus.events.second_readings``), of the
   readings of one trigger that give two sides one root the likelier
   (``tacitus.events.trigger_repeats``), each
   happening is then kept once (``tacitus.events.happenings``), and a happening named again
   by a definite noun between the same actors ("the attack") is the one kept already
   (``tacitus.events.retellings``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc

from tacitus.errors import KnowledgeBaseError
from tacitus.events.background import trigger_head
from tacitus.events.boosted_trees import TreeEnsemble, parse_trees
from tacitus.events.candidate_set import set_features, with_set_features
from tacitus.events.candidates import Candidate, find_candidates
from tacitus.events.channels import drop_channel_parties
from tacitus.events.content_acts import drop_content_acts
from tacitus.events.decision_context import article_context
from tacitus.events.decision_features import FeatureCache, candidate_features, candidate_parts
from tacitus.events.decision_scoring import PartScorer, integer_weights
from tacitus.events.happenings import (
    conjoined_acts,
    either,
    headline_and_lead,
    merge_happenings,
    separate_scenes,
)
from tacitus.events.lexicon import Lexicon, load_frames, load_lexicon, merge_lexicons
from tacitus.events.mutual_acts import is_mutual, nearest_mention
from tacitus.events.ontology import load_ontology, root_group
from tacitus.events.place_targets import TownActors, TownsWhenAsked
from tacitus.events.private_stories import is_private_story
from tacitus.events.references import event_nouns
from tacitus.events.retellings import drop_retellings
from tacitus.events.second_readings import drop_second_readings
from tacitus.events.topic_features import topic_features
from tacitus.events.trigger_repeats import drop_trigger_repeats
from tacitus.model import ActorMention, Article, Claim, Event, Quote, same_actor
from tacitus.nlp.doc_memo import sentences_of

# acts done with another ("met", "agreed", "cooperated"): done with several, done with each
RECIPROCAL_ROOTS = root_group("reciprocal")
MODEL_FILE = "decision_model.json"
MODEL_VERSION = 1

# the Doc, its mentions, the coder's events, the article, its quotes (with their speakers) and
# the claims the claim finder finds in it
DecideEvents = Callable[[Doc, Sequence[ActorMention], tuple[Event, ...], Article,
                         tuple[Quote, ...], tuple[Claim, ...]], tuple[Event, ...]]


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A logistic model over present/absent string features (or features with values): ``bias``
    plus the weight of each feature present (times its value), then ``scale * score + shift``
    (the calibration), through the logistic function; ``threshold`` is the probability a
    decision needs."""

    bias: float
    weights: Mapping[str, float]
    threshold: float
    scale: float = 1.0
    shift: float = 0.0
    lone_scale: float | None = None
    lone_shift: float | None = None
    trees: TreeEnsemble | None = None

    def score(self, features: Iterable[str] | Mapping[str, float]) -> float:
        """The uncalibrated score of a set of features, or of features with values: the linear
        score, plus the boosted trees' where the model has them (they read a feature with a
        value as present when the value is not zero)."""
        if isinstance(features, Mapping):
            # a feature of no weight adds an exact zero: only the weighted ones are summed,
            # found by one intersection of the two key sets (the sum is exact: in any order)
            weights = self.weights
            linear = self.bias + math.fsum([weights[feature] * features[feature]
                                            for feature in weights.keys() & features.keys()])
            if self.trees is None:
                return linear
            return linear + self.trees.score({feature for feature, value in features.items()
                                              if value})
        # an exact sum (``math.fsum``), so that the score does not depend on the order a set's
        # strings come in, which changes with each process's string hashing: two candidates of
        # the same weights must tie the same way in every run; a feature of no weight adds
        # nothing to it
        if self.trees is None:
            weighted = self.weights.keys() & features
            return self.bias + math.fsum(map(self.weights.__getitem__, weighted))
        given = set(features)
        weighted = self.weights.keys() & given
        return (self.bias + math.fsum(map(self.weights.__getitem__, weighted))
                + self.trees.score(given))

    def probability(self, features: Iterable[str] | Mapping[str, float], *,
                    lone: bool = False) -> float:
        """The calibrated probability for a set of features (``lone``: in a text that is one
        sentence, with its own calibration where the model has one)."""
        return self.calibrated(self.score(features), lone=lone)

    def calibrated(self, score: float, *, lone: bool = False) -> float:
        """The calibrated probability for an uncalibrated ``score`` (``lone`` as in
        ``probability``)."""
        if lone and self.lone_scale is not None and self.lone_shift is not None:
            return _logistic(self.lone_scale * score + self.lone_shift)
        return _logistic(self.scale * score + self.shift)


@dataclass(frozen=True, slots=True)
class DecisionModel:
    """The topic model and the event model, as read from ``decision_model.json``."""

    topic: LinearModel
    event: LinearModel


def _logistic(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)


def parse_decision_model(raw: Any) -> DecisionModel:
    """A ``DecisionModel`` from the JSON object of a model file, validated."""
    if not isinstance(raw, dict) or raw.get("version") != MODEL_VERSION:
        raise KnowledgeBaseError(f"{MODEL_FILE}: not a version {MODEL_VERSION} decision model")
    return DecisionModel(topic=parse_linear_model(raw, "topic", where=MODEL_FILE),
                         event=parse_linear_model(raw, "event", where=MODEL_FILE))


def parse_linear_model(raw: dict[str, Any], name: str, *, where: str) -> LinearModel:
    """The ``LinearModel`` stored under ``name`` in the JSON object of model file ``where``,
    validated."""
    part = raw.get(name)
    if not isinstance(part, dict) or not isinstance(part.get("weights"), dict):
        raise KnowledgeBaseError(f"{where}: no {name} model")
    try:
        return LinearModel(bias=float(part["bias"]),
                           weights={str(key): float(value)
                                    for key, value in part["weights"].items()},
                           threshold=float(part["threshold"]),
                           scale=float(part.get("scale", 1.0)),
                           shift=float(part.get("shift", 0.0)),
                           lone_scale=_optional(part.get("lone_scale")),
                           lone_shift=_optional(part.get("lone_shift")),
                           trees=(parse_trees(part["trees"], where=f"{where} {name}")
                                  if "trees" in part else None))
    except (KeyError, TypeError, ValueError) as error:
        raise KnowledgeBaseError(f"{where}: bad {name} model: {error}") from error


def parse_stage_model(raw: Any, name: str, *, version: int, where: str) -> LinearModel:
    """The one ``LinearModel`` of a stage's model file (the claim or the speaker stage): its JSON
    object must be of ``version`` and hold the model under ``name``."""
    if not isinstance(raw, dict) or raw.get("version") != version:
        raise KnowledgeBaseError(f"{where}: not a version {version} {name} model")
    return parse_linear_model(raw, name, where=where)


def read_stage_model(package: str, file_name: str, name: str, *, version: int) -> LinearModel:
    """The stage model packaged as ``file_name`` in ``package``, validated."""
    text = resources.files(package).joinpath(file_name).read_text(encoding="utf-8")
    return parse_stage_model(json.loads(text), name, version=version, where=file_name)


def _optional(value: Any) -> float | None:
    return None if value is None else float(value)


def is_lone_sentence(doc: Doc) -> bool:
    """Whether the text is one sentence (not an article: no headline, no place in it)."""
    return len(sentences_of(doc)) == 1


@cache
def load_decision_model() -> DecisionModel:
    """The packaged decision model (read once a process)."""
    text = resources.files("tacitus.events").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return parse_decision_model(json.loads(text))


class _LastTopic:
    """The last article judged and its probability: ``decide_events`` and then ``judge_topic``
    (before the claims) judge the same ``Doc``, mentions and events. One article is held, until
    another is judged."""

    read: tuple[Doc, Sequence[ActorMention], Sequence[Event], DecisionModel, float] | None = None


def topic_probability(doc: Doc, mentions: Sequence[ActorMention], events: Sequence[Event],
                      model: DecisionModel) -> float:
    """The probability that the article parsed into ``doc`` (with its actor ``mentions`` and the
    clause coder's ``events``) is about public affairs (judged once when the mentions and events
    are tuples, as the pipeline gives them: a list could change between)."""
    last = _LastTopic.read
    if (last is not None and last[0] is doc and last[1] is mentions and last[2] is events
            and last[3] is model):
        return last[4]
    probability = article_topic(model.topic.probability(topic_features(doc, mentions, events)),
                                doc, mentions)
    if isinstance(mentions, tuple) and isinstance(events, tuple):
        _LastTopic.read = (doc, mentions, events, model, probability)
    return probability


def article_topic(probability: float, doc: Doc, mentions: Sequence[ActorMention]) -> float:
    """The topic judge's probability for an article from the topic model's ``probability``:
    none for a story of crime or of an accident with no public dimension
    (``is_private_story``). A text of one sentence is no story: it has no room for the words
    that give the public dimension ("Police arrested the suspect" may be a line of a report of
    a riot)."""
    if is_lone_sentence(doc) or not is_private_story(doc, mentions):
        return probability
    return 0.0


def choose_events(scored: Sequence[tuple[Candidate, Sequence[str]]], model: LinearModel,
                  doc: Doc, mentions: Sequence[ActorMention] = ()) -> tuple[Event, ...]:
    """Of each trigger's candidates (with their features) the likeliest, if its probability
    reaches the model's threshold, with that probability as confidence, and with it, for an act
    done with others (``RECIPROCAL_ROOTS``), the coder's other events of the trigger from the same
    source that reach it too ("held talks with China and Russia": talks with each), while an act
    aimed at several actors is one event ("accused Britain and the US": the gold codes the others
    as alternatives of its target); none that is the content of another between the same actors
    ("denied that the army arrested them"); each happening once, and one reading of each act of a
    sentence (``tacitus.events.second_readings``; ``mentions``, the article's actor mentions,
    tell which words of a sentence name its scene and its coordinated actors); none that names
    a happening kept already by a definite noun (``tacitus.events.retellings``)."""
    lone = is_lone_sentence(doc)
    return keep_likely([(candidate, model.probability(features, lone=lone))
                        for candidate, features in scored], model.threshold, doc, mentions)


def keep_likely(judged: Sequence[tuple[Candidate, float]], threshold: float, doc: Doc,
                mentions: Sequence[ActorMention] = ()) -> tuple[Event, ...]:
    """``choose_events`` for candidates with their probabilities (``threshold``: the
    probability a decision needs)."""
    groups: dict[str, list[tuple[float, int, Candidate]]] = {}
    for order, (candidate, probability) in enumerate(judged):
        groups.setdefault(candidate.group, []).append((probability, order, candidate))
    kept: list[tuple[int, float, Event]] = []
    mutual: set[str] = set()
    for members in groups.values():
        probability, order, best = max(members, key=lambda item: (item[0], -item[1]))
        if probability < threshold:
            continue
        kept.append((order, probability, best.event))
        # an act done with several parties is done with each ("held talks with China and
        # Russia"); one aimed at several is one act, with its likeliest target ("accused Britain
        # and the US": the gold codes the others as alternatives of its target)
        if best.event.cameo[:2] in RECIPROCAL_ROOTS:
            kept += [(other_order, other_probability, other.event)
                     for other_probability, other_order, other in members
                     if other is not best and other.variant == "coded"
                     and best.variant == "coded" and other_probability >= threshold
                     and same_actor(other.event.source, best.event.source)]
        # a mutual act ("Chile and Peru met", "clashed with") is kept from each side
        for other_order, other in _mutual_reverse(doc, mentions, best, members):
            kept.append((other_order, probability, other.event))
            mutual.add(other.event.id)
    # a reading the coder did not make that names an act the coder coded in the same sentence
    # ("met Biden … for talks") is that act again, not another happening
    coded_ids = _coded_ids(groups)
    coded = {(event.evidence.sentence_index, event.cameo[:2]) for _, _, event in kept
             if event.id in coded_ids}
    events = [replace(event, confidence=round(probability, 2))
              for _, probability, event in sorted(kept, key=lambda item: item[0])
              if event.id in coded_ids or event.id in mutual
              or (event.evidence.sentence_index, event.cameo[:2]) not in coded]
    # an act a sentence names inside another act between the same two actors is its content;
    # two triggers of one sentence reading one act with other actors keep the better reading
    # a news outlet named as the channel of a report is no party to it
    events = drop_channel_parties(doc, mentions, events)
    readings = drop_trigger_repeats(
        drop_second_readings(doc, mentions, drop_content_acts(doc, events)))
    # a happening named again by a definite noun ("the attack") is the one kept already
    return tuple(drop_retellings(doc, merge_happenings(
        readings, either(conjoined_acts(doc), separate_scenes(mentions)),
        headline_and_lead(doc))))


def _mutual_reverse(doc: Doc, mentions: Sequence[ActorMention], best: Candidate,
                    members: Sequence[tuple[float, int, Candidate]]
                    ) -> list[tuple[int, Candidate]]:
    """The reading of the kept ``best`` from its target's side, among its trigger's
    ``members``, when its act is mutual (``tacitus.events.mutual_acts``), with its order."""
    event = best.event
    head = trigger_head(doc, event)
    if head is None or event.target is None or best.place:
        return []
    index, position = event.evidence.sentence_index, event.trigger_start
    if not is_mutual(head, event.cameo,
                     nearest_mention(event.source, index, position, mentions),
                     nearest_mention(event.target, index, position, mentions)):
        return []
    reverse = [(order, other) for _, order, other in members
               if other.event.target is not None and not other.place
               and other.event.cameo == event.cameo
               and same_actor(other.event.source, event.target)
               and same_actor(other.event.target, event.source)]
    return reverse[:1]


def _coded_ids(groups: Mapping[str, list[tuple[float, int, Candidate]]]) -> frozenset[str]:
    return frozenset(candidate.event.id for members in groups.values()
                     for _, _, candidate in members if candidate.variant == "coded")


JudgeTopic = Callable[[Doc, Sequence[ActorMention], Sequence[Event]], bool]


def make_topic_judge(*, model: DecisionModel | None = None) -> JudgeTopic:
    """Load the decision model once and return the ``judge_topic`` stage: whether an article is
    about public affairs (politics, conflict, diplomacy, law and order) at all."""
    known = model if model is not None else load_decision_model()

    def judge_topic(doc: Doc, mentions: Sequence[ActorMention], events: Sequence[Event]) -> bool:
        """Whether the article parsed into ``doc`` (with its actor ``mentions`` and the clause
        coder's ``events``) is about public affairs."""
        return topic_probability(doc, mentions, events, known) >= known.topic.threshold

    return judge_topic


def make_event_decider(*, model: DecisionModel | None = None,
                       user_lexicon: Lexicon | None = None,
                       towns: TownActors | None = None) -> DecideEvents:
    """Load the decision model, lexicon, frames and ontology once (a ``user_lexicon`` layered on
    the lexicon) and return the ``decide_events`` stage (``towns``: the towns a text names as
    places, as their countries, for places under attack)."""
    known = model if model is not None else load_decision_model()
    words = load_lexicon()
    if user_lexicon is not None:
        words = merge_lexicons(words, user_lexicon)
    frames, ontology = load_frames(), load_ontology()
    nouns = event_nouns(words)
    # the event model's weights as integers, read once (a model with trees scores the strings)
    integers = integer_weights(known.event.weights) if known.event.trees is None else None

    def decide_events(doc: Doc, mentions: Sequence[ActorMention], events: tuple[Event, ...],
                      article: Article, quotes: tuple[Quote, ...] = (),
                      claims: tuple[Claim, ...] = ()) -> tuple[Event, ...]:
        """The coded candidates that are real events of the article, each happening once, with
        their calibrated probability as confidence (``quotes``: the article's, whose speakers'
        stances are candidates too; ``claims``: the claim finder's, read as acts too)."""
        # 1. a non-political article yields nothing
        topic = topic_probability(doc, mentions, events, known)
        if topic < known.topic.threshold:
            return ()
        # 2. read every candidate
        seen = FeatureCache()
        context = article_context(mentions)
        candidates = find_candidates(
            doc, mentions, events, article, lexicon=words, frames=frames, ontology=ontology,
            towns=TownsWhenAsked(towns, doc, mentions) if towns is not None else None,
            event_nouns=nouns, quotes=quotes, claims=claims)
        if integers is None:
            scored = with_set_features(
                [(candidate, candidate_features(doc, candidate, mentions, article, topic=topic,
                                                seen=seen, context=context))
                 for candidate in candidates])
            return choose_events(scored, known.event, doc, mentions)
        # 3. score each candidate from the parts of its features, each part summed once
        scorer = PartScorer(known.event.bias, integers)
        lone = is_lone_sentence(doc)
        judged = [(candidate, known.event.calibrated(scorer.score(
                      candidate_parts(doc, candidate, mentions, article, topic=topic, seen=seen,
                                      context=context), prior), lone=lone))
                  for candidate, prior in zip(candidates, set_features(candidates),
                                              strict=True)]
        # 4. keep each trigger's likeliest if likely enough, each happening once
        return keep_likely(judged, known.event.threshold, doc, mentions)

    return decide_events
