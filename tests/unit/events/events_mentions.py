"""Hand-made actor mentions for the event tests, so they do not depend on the actor resolver."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Token

from tacitus.events.coder import EventCoder, make_event_coder
from tacitus.model import Actor, ActorMention, Article, Event

PRONOUNS = frozenset({"he", "his", "she", "her", "it", "its", "they", "their"})
SEED_DATE = date(2021, 9, 24)


def build_mentions(doc: Doc, actors: Mapping[str, str]) -> list[ActorMention]:
    """One mention for every whole-word, case-insensitive occurrence of each phrase.

    Phrases map to actor codes; the actor's name is the code, so equal codes are the same actor.
    Pronouns are marked ``how="pronoun"``. Longer phrases win over phrases inside them.
    """
    sentences = list(doc.sents)
    taken: set[int] = set()
    mentions = []
    for phrase in sorted(actors, key=len, reverse=True):
        pattern = re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", re.IGNORECASE)
        for match in pattern.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            assert span is not None
            if taken & set(range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            index = next(i for i, sent in enumerate(sentences)
                         if sent.start <= span.start < sent.end)
            code = actors[phrase]
            mentions.append(ActorMention(
                actor=Actor(code=code, name=code, kind="state", country=code[:3]),
                text=span.text, sentence_index=index, token_start=span.start,
                token_end=span.end, start=span.start_char, end=span.end_char,
                how="pronoun" if phrase.lower() in PRONOUNS else "kb",
            ))
    return mentions


def article_for(text: str, article_date: date | None = SEED_DATE) -> Article:
    return Article(id="art_test", title="", text=text, content_hash="hash", origin="test",
                   date=article_date)


def code_text(nlp: Language, text: str, actors: Mapping[str, str], *,
              article_date: date | None = SEED_DATE,
              coder: EventCoder | None = None) -> tuple[Event, ...]:
    doc = nlp(text)
    return (coder or make_event_coder())(doc, build_mentions(doc, actors),
                                         article_for(text, article_date))


def triples(events: tuple[Event, ...]) -> set[tuple[str, str | None, str]]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}


def word_token(nlp: Language, sentence: str, word: str) -> Token:
    """The first token of the parse of ``sentence`` whose text is ``word``."""
    return next(token for token in nlp(sentence) if token.text == word)
