"""What the trained claim decision stage sees of a claim the rules found (``claim_features``).

A claim's features are strings, each present or absent: its kind, the cue word that states it
(the nearest word above the claimed act that the cue tables list) with its part of speech, tense
and modality, negation, a condition or a question in its sentence, whether it stands inside
quotation marks or under a speech verb (reported speech), whether the claimant speaks in the
first person, the claimant's and the addressee's kinds and sectors, whether each is named in the
claim's sentence, whether the addressee is of the claimant's own country, the sentence's place
in the article and its length, the length of the claimed act, how many claims its sentence
holds, the article's topic (the topic judge's probability,
``tacitus.events.decision.topic_probability``), and what the clause coder's events say of it
(``claim_events``: an event in its sentence, by its claimant, between claimant and addressee).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from tacitus.model import Actor, ActorMention, Claim, Event
from tacitus.quotes.claim_clauses import FIRST_PERSON, is_dated_before_news
from tacitus.quotes.claim_events import claim_event_features
from tacitus.quotes.cue_claims import cue_vetoes
from tacitus.quotes.cue_lexicon import CueLexicon
from tacitus.wordlists import word_set

MODALS = word_set("modal_verbs")
NEGATIONS = word_set("negation_words")
CONDITIONS = word_set("condition_marks")
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
# how far above the claimed act's head the cue word is looked for ("urged X to stop Y": the act's
# head "stop" is two steps below "urged")
MAX_CLIMB = 4


@dataclass(frozen=True, slots=True)
class ClaimCues:
    """The words that state a claim (any cue table's lemma), the speech verbs, and the tables
    they come from."""

    claims: frozenset[str]
    speech: frozenset[str]
    lexicon: CueLexicon


def claim_cues(lexicon: CueLexicon) -> ClaimCues:
    """The cue words of ``lexicon``."""
    return ClaimCues(claims=frozenset(cue.lemma for cue in lexicon.claim_cues),
                     speech=lexicon.speech_cues, lexicon=lexicon)


def claim_features(doc: Doc, claim: Claim, claims: Sequence[Claim],
                   mentions: Sequence[ActorMention], cues: ClaimCues, *, topic: float,
                   article_date: date | None = None,
                   events: Sequence[Event] = ()) -> tuple[str, ...]:
    """The features of ``claim``, one of the article's ``claims`` found in ``doc`` (the article's
    text as parsed: the same length), with the article's actor ``mentions``, its ``topic``
    probability, its date and the clause coder's ``events``."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    kind = claim.kind
    features = [f"kind={kind}", f"topic={_bucket(topic)}",
                f"place={_place(claim.evidence.sentence_index)}",
                f"act_words={_size(len(claim.text.split()), (2, 5, 12))}"]
    same_sentence = sum(other.evidence.sentence_index == claim.evidence.sentence_index
                        for other in claims)
    features.append(f"claims_in_sentence={min(same_sentence, 3)}")
    features += claim_event_features(claim, events)
    features += _actor_features("actor", claim.actor, claim, mentions)
    if claim.addressee is None:
        features.append("addressee=none")
    else:
        features += _actor_features("addressee", claim.addressee, claim, mentions)
        same = claim.addressee.country is not None and (
            claim.addressee.country == claim.actor.country)
        features.append(f"addressee_home={same}")
    if span is None or not len(span):
        return (*features, "cue=unread")
    sentence = span.sent
    features.append(f"sentence_words={_size(len(sentence), (15, 30, 45))}")
    if "?" in sentence.text:
        features.append("question")
    if any(token.lower_ in CONDITIONS and token.dep_ == "mark" for token in sentence):
        features.append("condition")
    if _quoted(doc, sentence, span):
        features.append("in_quotation")
    if sentence.text.isupper():
        features.append("capitals")
    cue = _cue_of(span.root, cues)
    if cue is None:
        return (*features, "cue=none")
    features += [f"cue={cue.lemma_.lower()}", f"kind_cue={kind}|{cue.lemma_.lower()}",
                 f"cue_pos={cue.pos_}", f"cue_tag={cue.tag_}"]
    features += [f"modal={child.lower_}" for child in cue.children
                 if child.dep_ == "aux" and child.lower_ in MODALS]
    if any(child.dep_ == "neg" or child.lower_ in NEGATIONS for child in cue.children):
        features.append("negated_cue")
    if any(token.dep_ == "neg" for token in span):
        features.append("negated_act")
    if cue.head.i != cue.i and cue.head.lemma_.lower() in cues.speech:
        features.append("under_speech")
    if any(child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in FIRST_PERSON
           for child in cue.children):
        features.append("first_person")
    if cue.lemma_.lower() in cues.speech and cue.lemma_.lower() not in cues.claims:
        features.append("speech_cue")
    # what the rules alone would have vetoed the claim for (``make_claim_finder(loose=…)``), each
    # and any: one weight learnt from every veto's few cases
    vetoes = [f"veto={name}" for name in cue_vetoes(cues.lexicon, cue, kind)
              ] if cue.pos_ == "VERB" else []
    if is_dated_before_news(cue, article_date):
        vetoes.append("veto=dated")
    return (*features, *vetoes, *(["vetoed"] if vetoes else []))


def _cue_of(head: Token, cues: ClaimCues) -> Token | None:
    """The nearest word above the act's ``head`` (itself included for a noun cue) that states a
    claim, else the nearest speech verb."""
    token, speech = head, None
    for _ in range(MAX_CLIMB + 1):
        lemma = token.lemma_.lower()
        if lemma in cues.claims and (token.i != head.i or token.pos_ == "NOUN"):
            return token
        if speech is None and lemma in cues.speech and token.i != head.i:
            speech = token
        if token.head.i == token.i:
            break
        token = token.head
    return speech


def _actor_features(role: str, actor: Actor, claim: Claim,
                    mentions: Sequence[ActorMention]) -> list[str]:
    sector = actor.code[3:6] if len(actor.code) >= 6 else "-"
    named = [mention for mention in mentions
             if mention.sentence_index == claim.evidence.sentence_index
             and mention.actor.code == actor.code]
    how = min((mention.how for mention in named), default="elsewhere")
    return [f"{role}_kind={actor.kind}", f"{role}_sector={sector}", f"{role}_named={how}"]


def _quoted(doc: Doc, sentence: Span, span: Span) -> bool:
    """Whether the claimed act stands inside quotation marks of its sentence."""
    marks = sum(token.text in QUOTE_MARKS for token in doc[sentence.start:span.start])
    return marks % 2 == 1


def _place(index: int) -> str:
    return "headline" if index == 0 else _size(index, (1, 4, 9))


def _size(value: int, edges: tuple[int, ...]) -> str:
    """``value`` as the first of ``edges`` it does not pass (``>`` the last one past them all)."""
    return next((f"<={edge}" for edge in edges if value <= edge), f">{edges[-1]}")


def _bucket(probability: float) -> str:
    return f"{min(int(probability * 5), 4) / 5:.1f}"
