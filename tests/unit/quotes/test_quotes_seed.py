"""The seed article, with hand-made mentions standing in for the actor resolver."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from tacitus.model import Article, Claim, Quote
from tacitus.quotes import make_claim_finder, make_quote_finder

PHRASES = [
    ("US Secretary of State Antony Blinken", "BLINKEN"),
    ("Blinken", "BLINKEN"),
    ("Pakistan Foreign Minister Shah Mahmood Qureshi", "QURESHI"),
    ("Qureshi", "QURESHI"),
    ("Taliban", "TAL"),
    ("US", "USA"),
    ("US State Department", "USAGOV"),
    ("China", "CHN"),
    ("Russia", "RUS"),
    ("he", "BLINKEN", 'he added', "pronoun"),
    ("He", "BLINKEN", "He said that", "pronoun"),
    ("He", "QURESHI", "He asked", "pronoun"),
    ("he", "QURESHI", "he said, had", "pronoun"),
    ("it", "TAL", "it has been saying", "pronoun"),
    ("The group", "TAL", "The group on Friday", "anaphor"),
]


@pytest.fixture(scope="module")
def seed(nlp: Language, shared_dir: Path, mentions_for: Any, article_for: Any
         ) -> tuple[Article, tuple[Quote, ...], tuple[Claim, ...]]:
    raw = (shared_dir / "seed" / "article.txt").read_text(encoding="utf-8")
    start = raw.index("The US sees", raw.index("Image"))
    text = raw[start : raw.index("(SAM)")].strip()
    doc = nlp(text)
    mentions = mentions_for(doc, PHRASES)
    article = article_for(text)
    article = Article(article.id, article.title, article.text, article.content_hash,
                      article.origin, date=date(2021, 9, 24))
    return (article, make_quote_finder()(doc, mentions, article),
            make_claim_finder()(doc, mentions, article))


def test_the_two_direct_quotes_are_blinkens(seed: Any) -> None:
    _, quotes, _ = seed
    long_direct = [q for q in quotes if q.direct and len(q.text.split()) > 10]
    assert [(q.speaker.name if q.speaker else None, q.cue, q.text[:30]) for q in long_direct] == [
        ("Antony Blinken", "said", "I think there is very strong u"),
        ("Antony Blinken", "added", "The relationship that it has w"),
    ]
    assert long_direct[0].text.endswith("from the international community")
    assert long_direct[0].date == date(2021, 9, 24)  # "on Friday", the article's day


def test_the_scare_quotes_and_the_partial_quote(seed: Any) -> None:
    _, quotes, _ = seed
    short = {q.text: (q.speaker.name if q.speaker else None, q.cue)
             for q in quotes if q.direct and len(q.text.split()) <= 10}
    assert short == {
        "unity in approach": ("Antony Blinken", "said"),
        "purpose": ("Antony Blinken", "said"),
        "the importance of coordinating our diplomatic engagement":
            ("Antony Blinken", "highlighted"),
    }


@pytest.mark.parametrize(
    ("begins", "speaker_code", "cue"),
    [
        ("The US sees a “unity in approach”", "USAGOV", "said"),
        ("Taliban’s relations with the world community", "USAGOV", "added"),
        ("the US priorities for the Taliban including", "USAGOV", "said"),
        ("Blinken highlighted", "USAGOV", "said"),
        ("there was no rush", "PAKGOV", "adding"),
        ("the international community needs", "PAKGOV", "adding"),
        ("they won’t let Afghan soil", "TAL", "saying"),
        ("al-Qaeda is not present", "TAL", "claim"),
        ("Washington would reassess", "USAGOV", "said"),
    ],
)
def test_reported_speech(seed: Any, begins: str, speaker_code: str, cue: str) -> None:
    _, quotes, _ = seed
    found = [q for q in quotes if not q.direct and q.text.startswith(begins)]
    assert [(q.speaker.code if q.speaker else None, q.cue) for q in found] == [
        (speaker_code, cue)]


def test_the_statement_is_the_state_departments(seed: Any) -> None:
    _, quotes, _ = seed
    (statement,) = [q for q in quotes if q.text.startswith("Blinken highlighted")]
    assert statement.speaker is not None and statement.speaker.name == "US State Department"
    assert statement.speaker_text == "A statement issued by the US State Department"


def test_the_claims(seed: Any) -> None:
    article, _, claims = seed
    assert [(c.kind, c.actor.code, c.addressee.code if c.addressee else None, c.text, c.topic)
            for c in claims] == [
        ("demand", "USA", "TAL", "allowing Afghans and foreigners to leave", "migration"),
        ("demand", "USA", "TAL", "respecting the rights of women, girls, and minorities",
         "human_rights"),
        ("demand", "USA", "TAL",
         "not letting Afghanistan be used again by extremists such as Al-Qaeda", "terrorism"),
        ("appeal", "PAKGOV", None,
         "engagement with the Taliban and the unfreezing of Afghan assets", "diplomatic"),
        ("appeal", "PAKGOV", None, "be realistic and show patience", None),
        ("appeal", "PAKGOV", None, "not to isolate the group", "diplomatic"),
        # "adding the international community needs to develop …": owed by every side at once
        ("appeal", "PAKGOV", None,
         "develop an incentive-based roadmap leading to the recognition of the Taliban",
         "diplomatic"),
        ("appeal", "PAKGOV", "USAGOV", "not to repeat the mistakes of the past", None),
        ("commitment", "TAL", None, "won’t let Afghan soil be used against any other nation",
         None),
        ("denial", "TAL", None, "al-Qaeda is not present in the country", "terrorism"),
    ]
    for claim in claims:
        assert article.text[claim.start : claim.end] == claim.text
        assert claim.evidence.start <= claim.start < claim.end <= claim.evidence.end
