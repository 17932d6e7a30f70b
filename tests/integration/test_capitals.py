"""A story set in capitals codes like the same story written normally, with its own evidence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tacitus.model import Article, CodedArticle
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.settings import Settings

STORY = (
    "ISLAMABAD, March 3 -- Pakistani troops attacked Taliban fighters near the Afghan border on "
    "Tuesday, the army said. Foreign Minister Shah Mahmood Qureshi met US Secretary of State "
    "Antony Blinken in Washington and urged the United States to release frozen Afghan funds.\n\n"
    "China condemned the attack, and the European Union imposed sanctions on Iran."
)


@pytest.fixture(scope="module")
def coder() -> ArticleCoder:
    return make_article_coder(Settings(offline=True))


def article(text: str) -> Article:
    return Article(id="art_capitals", title="Capitals", text=text, content_hash="x",
                   origin="test", date=date(2021, 3, 3))


def triples(coded: CodedArticle) -> set[tuple[str, str, str]]:
    return {(event.source.code, event.target.code if event.target else "", event.cameo[:2])
            for event in coded.events}


def test_capitals_code_like_the_written_story(coder: ArticleCoder) -> None:
    written = coder.code(article(STORY))
    shouted = coder.code(article(STORY.upper()))
    assert triples(written)
    assert triples(shouted) == triples(written)


def test_evidence_is_cut_from_the_text_in_capitals(coder: ArticleCoder) -> None:
    text = STORY.upper()
    coded = coder.code(article(text))
    for event in coded.events:
        assert event.evidence.sentence == text[event.evidence.start:event.evidence.end]
        assert event.trigger == text[event.trigger_start:event.trigger_end]
        assert event.evidence.sentence.isupper()
    for mention in coded.mentions:
        assert mention.text == text[mention.start:mention.end]
    for claim in coded.claims:
        assert claim.text == text[claim.start:claim.end]


def test_without_recasing_capitals_lose_events(coder: ArticleCoder) -> None:
    shouted = article(STORY.upper())
    plain = replace(coder, casebook=None)
    assert len(triples(plain.code(shouted))) < len(triples(coder.code(shouted)))


def test_ordinary_text_is_parsed_as_written(coder: ArticleCoder) -> None:
    assert coder.readable(STORY) == STORY


# A wire story of 1989 set in capitals: its speakers are named only by names the knowledge base
# holds for that year (an office holder of the time, the FRG for West Germany).
WIRE_1989 = (
    "BOGOTA, 2 OCT 89 (DPA) -- [TEXT] AN FRG EMBASSY SPOKESMAN TOLD REPORTERS: \"WE HAVE NOT "
    "BEEN INFORMED OF ANY CHARGES AGAINST OUR STAFF.\"\n\n"
    "   PRESIDENT VIRGILIO BARCO SAID: \"THE GOVERNMENT WILL NOT NEGOTIATE WITH THE CARTELS.\""
)


def test_speakers_in_capitals_take_the_offices_of_their_year(coder: ArticleCoder) -> None:
    coded = coder.code(Article(id="art_wire", title="Wire", text=WIRE_1989, content_hash="y",
                               origin="test", date=date(1989, 10, 2)))
    speakers = {quote.text[:10]: quote.speaker.code if quote.speaker else None
                for quote in coded.quotes}
    assert speakers == {"WE HAVE NO": "DEUGOV", "THE GOVERN": "COLGOV"}
