"""What the trained decision stage sees of a candidate (``tacitus.events.candidates``).

A candidate's features (``candidate_features``) are strings, each present or absent: the
construction that made a reading no lexicon trigger makes (a reported stance; a claimed act,
with its claim's kind, its act's root and negation: ``Candidate.marks``), the trigger's
lemma, code and part of speech, tense and aspect, modality, negation, condition, the mood of its
clause and of the clauses above it (``tacitus.events.clause_mood``: a modal, future or negated
governing clause, a governor of wanting, planning or asking, a purpose, a question, a heading;
each also crossed with the CAMEO root), the reporting verb above it,
clause type, quotation, the sentence's place in the article, the event date's
distance from the article date, the background and unrealised verdicts of
``tacitus.events.background``, the time and mode its frame gives the act (a framing date's
distance from the article date, the pluperfect, the pooled signs that it is not the story's news:
``tacitus.events.story_time``), what sets its clause aside from the news (a subject or object
that is nothing, an adverb such as "ago" or "already", a clause that times another act:
``tacitus.events.clause_asides``), the signs that it names no act at all (a sentence of figures, an
event noun in a clause of a state: ``tacitus.events.no_act``), the actors' kinds, how they were
resolved, their dependency paths to the trigger, whether the source is the speaker who reports the
trigger's clause (a reported stance is the speaker's), whether source and target share one actor
code (and then how the target is named: the source's own body, "his government", a pronoun, a
description; for two codes of one country, whether the target is owned or an owner:
``tacitus.events.self_pairs``), whether one is the other's own country named bare
(a government acting on its country), how prominent the actors are in the article
(``tacitus.events.decision_context``), the roles the parse gives the actors
(``tacitus.events.actor_roles``), and the article's topic (the topic judge's probability;
what that judge reads is ``tacitus.events.topic_features``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import chain

from spacy.tokens import Doc, Span, Token

from tacitus.events.actor_roles import RoleKey, role_features
from tacitus.events.background import is_background, is_unrealised, trigger_head
from tacitus.events.candidates import Candidate
from tacitus.events.clause_asides import aside_features
from tacitus.events.clause_mood import mood_features
from tacitus.events.decision_context import ArticleContext, article_context, context_features
from tacitus.events.home_pairs import home_side
from tacitus.events.no_act import no_act_features
from tacitus.events.reporting import speaker_tokens
from tacitus.events.self_pairs import OWNING_SHAPES, is_self_pair, self_pair_shape
from tacitus.events.story_time import frame_features
from tacitus.events.unnamed import is_unnamed
from tacitus.model import Actor, ActorMention, Article, Event, same_actor
from tacitus.nlp.doc_memo import root_of, sentence_of
from tacitus.nlp.token_arrays import arrays_of
from tacitus.wordlists import word_set

MODALS = word_set("modal_verbs")
NEGATIONS = word_set("negation_words")
CONDITIONS = word_set("condition_marks")
REPORTING = word_set("reporting_verbs")
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "xcomp", "acl", "pcomp", "conj"})
MAX_PATH = 4
# the bins of the pair root classifier's probability of a candidate's root (their lower edges)
PAIR_ROOT_BINS = (0.5, 0.25, 0.1, 0.03, 0.0)
# the mood features (``tacitus.events.clause_mood``) also read with the CAMEO root: an appeal, a
# promise or a threat is itself the act a governor of asking or planning makes
CROSSED_MOODS = ("mood", "purpose", "question")
# a trigger's own features, those read with the CAMEO root of each candidate ("lemma_root" and
# the ``CROSSED_MOODS``) and those of its place in its sentence, by the trigger's token index
TriggerFeatures = tuple[list[str], list[str], list[str]]


@dataclass(slots=True)
class FeatureCache:
    """What the candidates of one article (one ``Doc`` and its actor mentions) share, read once:
    each trigger's head (by its characters), its own features and those of its sentence (by its
    head's index), the speaker who reports its clause, each actor's mentions in a sentence (and
    the one nearest a trigger), the features of an actor's mention beside a trigger, the ranks
    of a pair of actors' codes in the article, where each sentence's quotation marks are
    (by its first token), and the part of the features the candidates of one trigger and code
    share (``candidate_parts``). An article's
    candidates are many pairings of a few triggers and mentions, and each of these readings walks
    spaCy tokens (a new ``Token`` object at every step)."""

    triggers: dict[int, TriggerFeatures] = field(default_factory=dict)
    heads: dict[tuple[int, int], Token | None] = field(default_factory=dict)
    speakers: dict[int, frozenset[int]] = field(default_factory=dict)
    near: dict[tuple[int, str, str], list[ActorMention]] = field(default_factory=dict)
    nearest: dict[tuple[int, str, str, int], ActorMention | None] = field(default_factory=dict)
    actors: dict[tuple[object, ...], tuple[str, ...]] = field(default_factory=dict)
    ranks: dict[tuple[str, str | None], tuple[str, ...]] = field(default_factory=dict)
    quotes: dict[int, list[int]] = field(default_factory=dict)
    roles: dict[RoleKey, tuple[str, ...]] = field(default_factory=dict)
    parts: dict[tuple[object, ...], tuple[str, ...]] = field(default_factory=dict)


def candidate_features(doc: Doc, candidate: Candidate, mentions: Sequence[ActorMention],
                       article: Article, *, topic: float,
                       seen: FeatureCache | None = None,
                       context: ArticleContext | None = None) -> tuple[str, ...]:
    """The features of one candidate (``topic``: the article's probability of being political;
    ``seen`` keeps what the candidates of one article share, read once; ``context``: what the
    article says of its actors, by default read from ``mentions``)."""
    return tuple(chain.from_iterable(candidate_parts(doc, candidate, mentions, article,
                                                     topic=topic, seen=seen, context=context)))


def candidate_parts(doc: Doc, candidate: Candidate, mentions: Sequence[ActorMention],
                    article: Article, *, topic: float,
                    seen: FeatureCache | None = None,
                    context: ArticleContext | None = None) -> tuple[tuple[str, ...], ...]:
    """``candidate_features`` in parts, in their order (an empty part where a candidate has
    none of them): what the candidates of one trigger and code share (its words, its sentence,
    its code, variant and construction), then its actors' parts, most of them read once in
    ``seen`` for the candidates of one article. No string is in two parts (each part's features
    have their own names), which ``tacitus.events.decision_scoring`` relies on."""
    event = candidate.event
    known = seen if seen is not None else FeatureCache()
    head = _head_of(doc, event, known)
    root = event.cameo[:2]
    source = _mention_of(event.source, event, mentions, known)
    speaker = (head is not None and source is not None
               and source.token_start in _speakers_of(head, known))
    target: tuple[str, ...]
    same_country: tuple[str, ...] = ()
    self_pair: tuple[str, ...] = ()
    if event.target is None:
        target = _constant("target=none", root)
    elif candidate.place:
        # a town named as the place of the act: its country, with no mention of its own
        target = _constant("target=place", root)
    else:
        target_mention = _mention_of(event.target, event, mentions, known)
        target = _actor_features("target", event.target, target_mention, head, known)
        one_country = bool(event.source.country) and event.source.country == event.target.country
        if is_self_pair(event):
            self_pair = _constant(f"self_pair={self_pair_shape(doc, target_mention)}", root)
        elif one_country:
            # two bodies of one country, the target owned or an owner: "the minister met his
            # counterparts" read back to his own side, "Putin ordered his defence minister"
            shape = self_pair_shape(doc, target_mention)
            if shape in OWNING_SHAPES:
                self_pair = _constant(f"own_side={shape}", root)
        same_country = _SAME_COUNTRY[one_country]
    return (_trigger_part(doc, candidate, article, head, topic, known),
            _crossed("source=unnamed", root) if is_unnamed(event.source) else (),
            _actor_features("source", event.source, source, head, known),
            _constant("source=speaker", root) if speaker else (),
            target, same_country,
            _context_of(candidate, context, mentions, known),
            role_features(head, candidate, source, mentions, seen=known.roles,
                          nearest=lambda actor: _mention_of(actor, event, mentions, known)),
            _constant(f"same_code={is_self_pair(event)}", root), self_pair,
            _own_country_part(event, root),
            _pair_root_part(candidate, root))


def _pair_root_part(candidate: Candidate, root: str) -> tuple[str, ...]:
    """What the pair root classifier says of the candidate's root for its pair
    (``tacitus.events.readings_by_pair``): its probability, in bins, and whether it is the
    classifier's first root, each alone and crossed with the root; nothing when no pair was
    read."""
    if candidate.root_probability is None:
        return ()
    likely = next(edge for edge in PAIR_ROOT_BINS if candidate.root_probability >= edge)
    return (*_constant(f"pair_root_p={likely}", root),
            *_constant(f"pair_root_first={candidate.root_first}", root))


def _own_country_part(event: Event, root: str) -> tuple[str, ...]:
    """``own_country=`` alone and crossed with the root, where one actor is the other's own
    country named bare (``home_pairs.home_side``), else nothing."""
    home = home_side(event)
    return _constant(f"own_country={home}", root) if home else ()


_SAME_COUNTRY = {same: (f"same_country={same}",) for same in (False, True)}


@lru_cache(maxsize=1 << 10)
def _constant(name: str, root: str) -> tuple[str, ...]:
    """A feature alone and crossed with the CAMEO root (one tuple for every candidate)."""
    return (name, f"{name}|{root}")


@lru_cache(maxsize=1 << 10)
def _crossed(name: str, root: str) -> tuple[str, ...]:
    """A feature crossed with the CAMEO root alone (one tuple for every candidate)."""
    return (f"{name}|{root}",)


def _trigger_part(doc: Doc, candidate: Candidate, article: Article, head: Token | None,
                  topic: float, known: FeatureCache) -> tuple[str, ...]:
    """The features every candidate of a trigger with the same code, variant, construction
    and date has (read once for them in ``known``)."""
    event = candidate.event
    key = (event.trigger_start, event.trigger_end, event.evidence.sentence_index, event.cameo,
           candidate.variant, candidate.construction, candidate.marks, event.date, topic)
    part = known.parts.get(key)
    if part is not None:
        return part
    root = event.cameo[:2]
    features = [*_code_features(candidate.variant, event.cameo), f"topic={_bucket(topic)}",
                f"sentence={_position(event.evidence.sentence_index)}",
                f"date={_date_distance(event.date, article.date)}"]
    if candidate.construction:
        # a reading no lexicon trigger makes ("said Russia was responsible": a reported stance)
        features += [f"construction={candidate.construction}",
                     f"construction={candidate.construction}|{root}"]
        # how the construction read it (a claimed act's kind, act and negation), with the root
        features += [*candidate.marks, *(f"{mark}|{root}" for mark in candidate.marks)]
    if head is not None:
        if head.i not in known.triggers:
            sentence = sentence_of(head)
            own = _trigger_features(head, article.date)
            known.triggers[head.i] = (
                own, [f"lemma_root={arrays_of(doc).lemma_lower[head.i]}",
                      *(feature for feature in own if feature.startswith(CROSSED_MOODS))],
                [f"quoted={_quoted(sentence, head, known)}",
                 f"sentence_length={_length(len(sentence))}"])
        own, crossed, in_sentence = known.triggers[head.i]
        features += own
        # the candidates of a trigger are a few codes read with many pairs of actors
        features += [f"{feature}|{root}" for feature in crossed]
        features += in_sentence
    part = known.parts[key] = tuple(features)
    return part


@lru_cache(maxsize=1 << 12)
def _code_features(variant: str, cameo: str) -> tuple[str, ...]:
    """A candidate's variant and code, alone and crossed (the same few for every article)."""
    root = cameo[:2]
    return (f"variant={variant}", f"root={root}", f"code={cameo}", f"variant_root={variant}|{root}")


def _trigger_features(head: Token, article_date: date | None) -> list[str]:
    # the trigger's words and those above it read from the Doc's arrays (no Token made)
    arrays = arrays_of(head.doc)
    deps, lower, lemmas = arrays.deps, arrays.lower, arrays.lemma_lower
    index, governor = head.i, arrays.heads[head.i]
    children = arrays.children[index]
    aux = [lower[child] for child in children if deps[child] in {"aux", "auxpass"}]
    features = [f"lemma={lemmas[index]}", f"pos={arrays.pos[index]}",
                f"tag={arrays.tags[index]}", f"dep={deps[index]}",
                f"head={lemmas[governor] if governor != index else 'ROOT'}",
                f"background={is_background(head, article_date)}",
                f"unrealised={is_unrealised(head)}"]
    features += [f"aux={word}" for word in aux]
    features += frame_features(head, article_date)
    features += mood_features(head)
    features += aside_features(head)
    features += no_act_features(head)
    if any(word in MODALS for word in aux):
        features.append("modal")
    if any(deps[child] == "neg" or lower[child] in NEGATIONS for child in children):
        features.append("negated")
    if any(deps[child] == "auxpass" for child in children):
        features.append("passive")
    chain = [index]
    while len(chain) <= MAX_PATH and arrays.heads[chain[-1]] != chain[-1]:
        chain.append(arrays.heads[chain[-1]])
    if any(deps[child] == "mark" and lower[child] in CONDITIONS
           for token in chain for child in arrays.children[token]):
        features.append("condition")
    clause = next((deps[token] for token in chain if deps[token] in CLAUSE_DEPS), "main")
    features.append(f"clause={clause}")
    reporter = next((lemmas[token] for token in chain[1:] if lemmas[token] in REPORTING), None)
    features.append(f"reported={reporter is not None}")
    if reporter is not None:
        features.append(f"reporter={reporter}")
    return features


def _head_of(doc: Doc, event: Event, known: FeatureCache) -> Token | None:
    span = (event.trigger_start, event.trigger_end)
    if span not in known.heads:
        known.heads[span] = trigger_head(doc, event)
    return known.heads[span]


def _speakers_of(head: Token, known: FeatureCache) -> frozenset[int]:
    if head.i not in known.speakers:
        known.speakers[head.i] = speaker_tokens(head)
    return known.speakers[head.i]


def _context_of(candidate: Candidate, context: ArticleContext | None,
                mentions: Sequence[ActorMention], known: FeatureCache) -> tuple[str, ...]:
    """``context_features``, which read no more of a candidate than its actors' codes."""
    event = candidate.event
    key = (event.source.code, event.target.code if event.target is not None else None)
    if key not in known.ranks:
        known.ranks[key] = tuple(context_features(candidate, context if context is not None
                                                  else article_context(mentions)))
    return known.ranks[key]


def _actor_features(role: str, actor: Actor, mention: ActorMention | None,
                    head: Token | None, known: FeatureCache) -> tuple[str, ...]:
    key = (role, actor.kind, actor.country is not None, min(len(actor.code), 9),
           None if mention is None else (mention.how, mention.token_start, mention.token_end),
           None if head is None else head.i)
    if key not in known.actors:
        known.actors[key] = tuple(_read_actor(role, actor, mention, head))
    return known.actors[key]


def _read_actor(role: str, actor: Actor, mention: ActorMention | None,
                head: Token | None) -> list[str]:
    features = [f"{role}_kind={actor.kind}", f"{role}_country={actor.country is not None}",
                f"{role}_code_length={min(len(actor.code), 9)}",
                f"{role}_kind_country={actor.kind}|{actor.country is not None}"]
    if mention is None:
        return [*features, f"{role}_mention=none"]
    features.append(f"{role}_how={mention.how}")
    if head is not None:
        distance = mention.token_start - head.i
        features += [f"{role}_side={'before' if distance < 0 else 'after'}",
                     f"{role}_distance={_length(abs(distance))}",
                     f"{role}_path={_path(head.doc, mention, head)}"]
    return features


def _mention_of(actor: Actor, event: Event, mentions: Sequence[ActorMention],
                known: FeatureCache) -> ActorMention | None:
    """The mention of ``actor`` in the event's sentence nearest its trigger."""
    key = (event.evidence.sentence_index, actor.code, actor.name)
    if key not in known.near:
        known.near[key] = [m for m in mentions
                           if m.sentence_index == event.evidence.sentence_index
                           and same_actor(m.actor, actor)]
    at = (*key, event.trigger_start)
    if at not in known.nearest:
        known.nearest[at] = min(known.near[key], key=lambda m: abs(m.start - event.trigger_start),
                                default=None)
    return known.nearest[at]


def _path(doc: Doc, mention: ActorMention, head: Token) -> str:
    """The dependency labels from the mention up to the trigger ("nsubj", "pobj>prep"), or
    "far" when the trigger is not among its first ancestors."""
    if 0 <= mention.token_start < min(mention.token_end, len(doc)):
        token = root_of(doc, mention.token_start, mention.token_end)
    else:
        token = doc[mention.token_end - 1] if mention.token_end <= len(doc) else doc[-1]
        span = doc[mention.token_start:mention.token_end]
        if len(span):
            token = span.root
    arrays = arrays_of(doc)
    # climbed by index in the Doc's arrays (no Token made on the way)
    current, target = token.i, head.i
    labels: list[str] = []
    for _ in range(MAX_PATH):
        if current == target:
            return ">".join(labels) or "self"
        labels.append(arrays.deps[current])
        if arrays.heads[current] == current:
            break
        current = arrays.heads[current]
    return "far"


def _quoted(sentence: Span, head: Token, known: FeatureCache) -> bool:
    if sentence.start not in known.quotes:
        texts = arrays_of(sentence.doc).texts
        known.quotes[sentence.start] = [index for index in range(sentence.start, sentence.end)
                                        if texts[index] in QUOTE_MARKS]
    marks = sum(1 for index in known.quotes[sentence.start] if index < head.i)
    return marks % 2 == 1


def _position(index: int) -> str:
    return str(index) if index < 3 else ("3-5" if index < 6 else "6+")


def _length(count: int) -> str:
    for limit in (2, 5, 10, 20, 40):
        if count <= limit:
            return f"<={limit}"
    return ">40"


def _bucket(probability: float) -> str:
    return f"{min(int(probability * 5), 4)}"


def _date_distance(when: date | None, published: date | None) -> str:
    if when is None or published is None:
        return "unknown"
    days = (published - when).days
    if days < 0:
        return "after"
    if days <= 1:
        return "0-1"
    return "2-7" if days <= 7 else ("8-60" if days <= 60 else ">60")

