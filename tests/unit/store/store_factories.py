"""Small synthetic coded articles for the store tests, built by hand from the model."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tacitus.ids import content_hash, stable_id
from tacitus.model import (
    Actor,
    ActorMention,
    Article,
    Claim,
    CodedArticle,
    Event,
    Evidence,
    Place,
    Quote,
)

USA = Actor("USAGOV", "Antony Blinken", "person", "USA", ("Secretary of State",))
PAK = Actor("PAKGOV", "Shah Mahmood Qureshi", "person", "PAK", ("Foreign Minister",))
CHN = Actor("CHN", "China", "state", "CHN")
TAL = Actor("TAL", "Taliban", "group")

MakeCoded = Callable[..., CodedArticle]


def make_article(text: str, *, day: date | None = date(2021, 9, 23), url: str | None = None,
                 title: str = "A title", origin: str = "test.txt") -> Article:
    digest = content_hash(text)
    return Article(id=stable_id("a", digest), title=title, text=text, content_hash=digest,
                   origin=origin, date=day, url=url, source="example.org", author="A. Writer",
                   language="en")


def build_coded(
    text: str = "Blinken met Qureshi. He said “we agree”. The US demanded the Taliban act.",
    *,
    day: date | None = date(2021, 9, 23),
    url: str | None = None,
    source: Actor = USA,
    target: Actor | None = PAK,
    cameo: str = "040",
    title: str = "A title",
) -> CodedArticle:
    """One coded article: two mentions, one event, one quote, one claim, all inside ``text``."""
    article = make_article(text, day=day, url=url, title=title)
    first_end = text.find(".") + 1
    sentence = text[:first_end]
    evidence = Evidence(article.id, 0, sentence, 0, first_end)
    trigger_start = max(text.find(" "), 0) + 1
    mentions = (
        ActorMention(source, text[:7], 0, 0, 1, 0, 7, "office"),
        ActorMention(target or source, text[12:19], 0, 2, 3, 12, 19),
    )
    event = Event(
        id=stable_id("e", article.id, cameo, 0), source=source, target=target, cameo=cameo,
        cameo_name="Consult, not specified", plover="CONSULT", plover_mode="visit",
        goldstein=1.0, quad_class=1, date=day, evidence=evidence, trigger=text[8:11],
        trigger_start=trigger_start, trigger_end=trigger_start + 3, confidence=0.75,
        location=Place(name="Doha", country="QAT", lat=25.28545, lon=51.53096, feature="capital"),
    )
    quote = Quote(id=stable_id("q", article.id, 1), speaker=source, speaker_text="He",
                  cue="said", text="we agree", direct=True, start=30, end=38, sentence_index=1,
                  article_id=article.id, date=day)
    claim = Claim(id=stable_id("c", article.id, 2), kind="demand", actor=source,
                  addressee=TAL, text="act", topic=None, start=len(text) - 4,
                  end=len(text) - 1, evidence=Evidence(article.id, 2, text[41:], 41, len(text)),
                  date=day)
    return CodedArticle(article=article, mentions=mentions, events=(event,), quotes=(quote,),
                        claims=(claim,))
