"""Hand-built coded articles for the web tests: two dated meetings, a threat, a hostile page."""

from __future__ import annotations

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
    Quote,
)

USA = Actor("USAGOV", "Antony Blinken", "person", "USA", ("Secretary of State",))
PAK = Actor("PAKGOV", "Shah Mahmood Qureshi", "person", "PAK", ("Foreign Minister",))
TAL = Actor("TAL", "Taliban", "group")
HOSTILE_TITLE = '<script>alert("title")</script> Taliban warn'
HOSTILE_BODY = ('The Taliban threatened Pakistan <img src=x onerror=alert("body")>. '
                '<script>alert("body")</script> 100% of _them_ agreed.')


def _article(text: str, title: str, day: date | None) -> Article:
    digest = content_hash(text)
    return Article(id=stable_id("a", digest), title=title, text=text, content_hash=digest,
                   origin=f"{title}.txt", date=day, source="example.org", language="en")


def _event(article: Article, sentence: tuple[int, int], trigger: tuple[int, int], *,
           source: Actor, target: Actor | None, cameo: str, name: str, plover: str,
           goldstein: float, quad: int) -> Event:
    start, end = sentence
    evidence = Evidence(article.id, 0, article.text[start:end], start, end)
    return Event(id=stable_id("e", article.id, cameo, start), source=source, target=target,
                 cameo=cameo, cameo_name=name, plover=plover, plover_mode="", goldstein=goldstein,
                 quad_class=quad, date=article.date, evidence=evidence,
                 trigger=article.text[trigger[0]:trigger[1]], trigger_start=trigger[0],
                 trigger_end=trigger[1], confidence=0.8)


def meeting(day: date, place: str = "Islamabad", *, host: str = "Blinken",
            guest: str = "Qureshi") -> CodedArticle:
    """Blinken meets Qureshi: one event, two mentions, one quote, one claim."""
    text = f"{host} met {guest} in {place}. They said “we agree”."
    article = _article(text, f"Talks on {day}", day)
    first = text.index(".") + 1
    event = _event(article, (0, first), (8, 11), source=USA, target=PAK, cameo="040",
                   name="Consult, not specified", plover="CONSULT", goldstein=1.0, quad=1)
    actors = {"Blinken": USA, "Qureshi": PAK}
    mentions = (ActorMention(actors[host], host, 0, 0, 1, 0, 7, "office"),
                ActorMention(actors[guest], guest, 0, 2, 3, 12, 19, "office"))
    quote_start = text.index("“") + 1
    quote = Quote(id=stable_id("q", article.id, 1), speaker=USA, speaker_text="They", cue="said",
                  text="we agree", direct=True, start=quote_start, end=quote_start + 8,
                  sentence_index=1, article_id=article.id, date=day)
    claim = Claim(id=stable_id("c", article.id, 2), kind="commitment", actor=USA, addressee=PAK,
                  text="we agree", topic=None, start=quote_start, end=quote_start + 8,
                  evidence=Evidence(article.id, 1, text[first + 1:], first + 1, len(text)),
                  date=day)
    return CodedArticle(article, mentions, (event,), (quote,), (claim,))


def hostile() -> CodedArticle:
    """A page whose title and body carry script and onerror payloads, with one coded threat."""
    article = _article(HOSTILE_BODY, HOSTILE_TITLE, date(2021, 10, 2))
    first = HOSTILE_BODY.index(">.") + 2
    event = _event(article, (0, first), (12, 22), source=TAL, target=PAK, cameo="130",
                   name="Threaten, not specified", plover="THREATEN", goldstein=-4.4, quad=3)
    mentions = (ActorMention(TAL, "Taliban", 0, 1, 2, 4, 11),)
    return CodedArticle(article, mentions, (event,))
