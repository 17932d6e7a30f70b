"""What a claim's article says around it, for the claim decision stage (``claim_features``): how
many claims the rules found in the article, how often its claimant is named there, how its
claimant is written (a pronoun, a description or a name), and how far its sentence is from the
nearest one that holds a quotation mark. A story that quotes its sides and keeps returning to its
claimant tells their claims; a passing "will …" in a feature story with no quotation, a claim of
a side named once, or one whose claimant is a word such as "this", "voices" or "the contract", is
more often no claim the news reports.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tacitus.model import ActorMention, Claim
from tacitus.nlp.doc_memo import DocReading, sentences_of

QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})


def context_features(doc: Doc, claim: Claim, claims: Sequence[Claim],
                     mentions: Sequence[ActorMention]) -> list[str]:
    """The article-level features of ``claim``, one of the article's ``claims`` in ``doc``,
    with the article's actor ``mentions``."""
    named = sum(mention.actor.code == claim.actor.code for mention in mentions)
    return [f"article_claims={size(len(claims), (1, 3, 7))}",
            f"actor_mentions={size(named, (0, 1, 3, 8))}",
            f"quote_gap={quote_gap(doc, claim.evidence.sentence_index)}",
            f"actor_words={name_shape(doc, claim.actor.name)}"]


def name_shape(doc: Doc, name: str) -> str:
    """How a claimant's ``name`` is written: ``pronoun`` (one function word: "We", "this"),
    ``described`` (a lower-case or function word first: "the trustees", "someone from …") or
    ``proper``."""
    words = name.split()
    if not words:
        return "none"
    first = words[0]
    if len(words) == 1 and doc.vocab[first.lower()].is_stop:
        return "pronoun"
    if first[:1].islower() or doc.vocab[first.lower()].is_stop:
        return "described"
    return "proper"


def quote_gap(doc: Doc, index: int) -> str:
    """How many sentences lie between sentence ``index`` of ``doc`` and the nearest sentence
    holding a quotation mark (``none`` when the article has none)."""
    quoted = QUOTED_SENTENCES.of(doc)
    if not quoted:
        return "none"
    return size(min(abs(index - other) for other in quoted), (0, 1, 3))


def quoted_sentences(doc: Doc) -> tuple[int, ...]:
    """The indexes of ``doc``'s sentences that hold a quotation mark."""
    return tuple(number for number, sentence in enumerate(sentences_of(doc))
                 if any(token.text in QUOTE_MARKS for token in sentence))


QUOTED_SENTENCES = DocReading(quoted_sentences)


def size(value: int, edges: tuple[int, ...]) -> str:
    """``value`` as the first of ``edges`` it does not pass (``>`` the last one past them all)."""
    return next((f"<={edge}" for edge in edges if value <= edge), f">{edges[-1]}")
