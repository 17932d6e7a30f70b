"""Helpers for the quote tests: hand-made actor mentions for given phrases, and the two stages."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.ids import content_hash, stable_id
from tacitus.model import Actor, ActorMention, Article, Claim, Quote
from tacitus.quotes import make_claim_finder, make_quote_finder

ACTORS = {
    "USA": Actor("USA", "United States", "state", "USA"),
    "USAGOV": Actor("USAGOV", "US State Department", "state", "USA"),
    "BLINKEN": Actor("USAGOV", "Antony Blinken", "person", "USA", ("Secretary of State",)),
    "QURESHI": Actor("PAKGOV", "Shah Mahmood Qureshi", "person", "PAK", ("Foreign Minister",)),
    "PAK": Actor("PAK", "Pakistan", "state", "PAK"),
    "TAL": Actor("TAL", "Taliban", "group"),
    "AFG": Actor("AFG", "Afghanistan", "state", "AFG"),
    "TALIBAN": Actor("TAL", "Taliban", "group", "AFG"),
    "PAKREB": Actor("PAKREB", "Pakistani rebels", "sector", "PAK"),
    "KARZAI": Actor("AFGGOV", "Hamid Karzai", "person", "AFG", ("President",)),
    "CHN": Actor("CHN", "China", "state", "CHN"),
    "RUS": Actor("RUS", "Russia", "state", "RUS"),
    "AUS": Actor("AUS", "Australia", "state", "AUS"),
    "IRN": Actor("IRN", "Iran", "state", "IRN"),
    "UN": Actor("UNO", "United Nations", "igo"),
    "PAKCOP": Actor("PAKCOP", "Pakistani police", "state", "PAK"),
    "PAKGOV": Actor("PAKGOV", "Pakistan government", "state", "PAK"),
    "PAKLAB": Actor("PAKLAB", "Pakistani unions", "sector", "PAK"),
    "PAKMIL": Actor("PAKMIL", "Pakistani military", "state", "PAK"),
    "PAKLEG": Actor("PAKLEG", "Pakistani senators", "state", "PAK"),
    "GOV": Actor("GOV", "government", "state", None),
    "REUTERS": Actor("GBRMED", "Reuters", "group", "GBR"),
    "ROE": Actor("BUS", "Andy Roe", "person", None, ("chief executive",)),
    "DOE": Actor("UNO", "Jan Doe", "person", None, ("envoy",)),
}


@dataclass(frozen=True)
class Phrase:
    """Every occurrence of ``text`` is a mention of ACTORS[key]; with ``inside``, only the one in
    the first occurrence of that context (to place a pronoun)."""

    text: str
    key: str
    inside: str | None = None
    how: str = "kb"


def make_mentions(doc: Doc, phrases: list[Phrase]) -> list[ActorMention]:
    sentence_of = {t.i: n for n, s in enumerate(doc.sents) for t in s}
    mentions = []
    for phrase in phrases:
        pattern = r"(?<!\w)" + re.escape(phrase.text) + r"(?!\w)"
        if phrase.inside is None:
            found = [(m.start(), m.end()) for m in re.finditer(pattern, doc.text)]
        else:
            base = doc.text.index(phrase.inside)
            match = re.search(pattern, phrase.inside)
            assert match is not None, phrase
            found = [(base + match.start(), base + match.end())]
        for start, end in found:
            span = doc.char_span(start, end)
            assert span is not None, phrase
            mentions.append(ActorMention(ACTORS[phrase.key], span.text, sentence_of[span.start],
                                         span.start, span.end, start, end, phrase.how))
    return mentions


def make_article(text: str) -> Article:
    digest = content_hash(text)
    return Article(id=stable_id("art_", digest), title="", text=text, content_hash=digest,
                   origin="test")


# A phrase is given as a tuple: (text, actor key[, inside context[, how]]).
Analyse = Callable[[str, list[tuple[str, ...]]], tuple[tuple[Quote, ...], tuple[Claim, ...]]]


MentionMaker = Callable[[Doc, list[tuple[str, ...]]], list[ActorMention]]


@pytest.fixture(scope="session")
def mentions_for() -> MentionMaker:
    """``make_mentions`` for phrases given as tuples, for tests that parse their own text."""
    return lambda doc, phrases: make_mentions(doc, [Phrase(*phrase) for phrase in phrases])


@pytest.fixture(scope="session")
def article_for() -> Callable[[str], Article]:
    return make_article


@pytest.fixture(scope="session")
def analyse(nlp: Language) -> Analyse:
    find_quotes, find_claims = make_quote_finder(), make_claim_finder()

    def run(text: str, phrases: list[tuple[str, ...]]
            ) -> tuple[tuple[Quote, ...], tuple[Claim, ...]]:
        doc = nlp(text)
        mentions = make_mentions(doc, [Phrase(*phrase) for phrase in phrases])
        article = make_article(text)
        return find_quotes(doc, mentions, article), find_claims(doc, mentions, article)

    return run
