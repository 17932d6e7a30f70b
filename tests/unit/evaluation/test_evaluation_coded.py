"""Scoring that reads coded articles: PLV pairing, PLOVER choices, country match, seed checks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tacitus.evaluation.actor_match import same_country
from tacitus.evaluation.plover_gsr import GoldActor, PloverRecord, actor_hits, chosen_event
from tacitus.evaluation.plv import PlvRecord, pair_event_between
from tacitus.evaluation.records import found_events, sentence_article
from tacitus.evaluation.seed import SEED_CHECKS
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

TEXT = "Ruritania accused Freedonia of shelling its border posts."
RUR = Actor("RUR", "Ruritania", "state", "RUR")
FRE = Actor("FREGOV", "Freedonia", "state", "FRE")


def mention(actor: Actor, start: int, end: int) -> ActorMention:
    return ActorMention(actor, TEXT[start:end], 0, 0, 1, start, end)


def event(source: Actor, target: Actor | None, cameo: str, plover: str = "",
          confidence: float = 0.8, negated: bool = False) -> Event:
    evidence = Evidence("art", 0, TEXT, 0, len(TEXT))
    return Event(f"evt_{cameo}_{confidence}", source, target, cameo, "name", plover, "", 0.0, 3,
                 None, evidence, "accused", 10, 17, confidence, negated)


def coded(*events: Event, mentions: tuple[ActorMention, ...] = ()) -> CodedArticle:
    return CodedArticle(sentence_article(TEXT, record_id="t"), mentions=mentions, events=events)


MENTIONS = (mention(RUR, 0, 9), mention(FRE, 18, 27))


def test_end_to_end_pairing_needs_actors_inside_the_marked_spans() -> None:
    record = PlvRecord("1", TEXT, (0, 9), (18, 27), "ACCUSE")
    wanted = event(RUR, FRE, "112", "ACCUSE", 0.6)
    article = coded(event(FRE, RUR, "190", "ASSAULT", 0.9), wanted,
                    event(RUR, FRE, "010", "", 0.95), mentions=MENTIONS)
    assert pair_event_between(article, record) == wanted


def test_end_to_end_pairing_finds_nothing_without_a_mention() -> None:
    record = PlvRecord("1", TEXT, (0, 9), (18, 27), "ACCUSE")
    article = coded(event(RUR, FRE, "112", "ACCUSE"), mentions=MENTIONS[:1])
    assert pair_event_between(article, record) is None


def test_negated_events_are_not_found() -> None:
    assert found_events((event(RUR, FRE, "112", negated=True), event(RUR, None, "010"))) == (
        found_events((event(RUR, None, "010"),)))


def test_plover_choice_prefers_the_gold_type() -> None:
    record = PloverRecord("p", TEXT, "ACCUSE", (GoldActor("Ruritania", "RUR"),), ())
    typed = event(RUR, FRE, "112", "ACCUSE", 0.5)
    assert chosen_event(record, [event(FRE, RUR, "190", "ASSAULT", 0.9), typed]) == typed
    other = replace(record, event="AID")
    assert chosen_event(other, [event(FRE, RUR, "190", "ASSAULT", 0.9), typed]).cameo == "190"
    assert chosen_event(other, []) is None


def test_plover_actor_hits_locate_gold_words() -> None:
    record = PloverRecord("p", TEXT, "ACCUSE", (GoldActor("Ruritania", "RUR"),),
                          (GoldActor("Freedonia", "RUR"), GoldActor("Atlantis", "ATL")))
    hits = actor_hits(record, coded(mentions=MENTIONS))
    assert [(actor.text, ok) for actor, ok in hits] == [("Ruritania", True), ("Freedonia", False)]


@pytest.mark.parametrize(("actor", "gold", "expected"), [
    (Actor("USAGOV", "US", "state", "USA"), "USA", True),
    (Actor("ROMGOV", "Romania", "state", "ROM"), "ROU", True),
    (Actor("JPN", "Japan", "state", "JPN"), "JAP", True),
    (Actor("UNO", "UN", "igo", None), "IGO", True),
    (Actor("UNO", "UN", "igo", None), "USA", False),
    (Actor("TAL", "Taliban", "group", "AFG"), "AFG", True),
    (Actor("USA", "US", "state", "USA"), "", False),
])
def test_country_match(actor: Actor, gold: str, expected: bool) -> None:
    assert same_country(actor, gold) is expected


def seed_article(text: str, title: str, day: date | None) -> Article:
    return replace(sentence_article(text, record_id="seed"), title=title, date=day)


def test_seed_checklist_items_read_the_coded_article() -> None:
    usa, pak, tal = (Actor("USAGOV", "Blinken", "person", "USA"),
                     Actor("PAKGOV", "Qureshi", "person", "PAK"), Actor("TAL", "Taliban", "group"))
    evidence = Evidence("a", 0, "s", 0, 1)
    quote = Quote("q", usa, "Blinken", "said", "words", True, 0, 1, 0, "a")
    good = CodedArticle(
        seed_article("The US sees …", "Taliban's actions will define its relationship with world",
                     date(2021, 9, 24)),
        events=(event(usa, pak, "040"),),
        quotes=(quote, replace(quote, id="q2")),
        claims=(Claim("c", "demand", usa, tal, "form a government", None, 0, 1, evidence),))
    results = {name: check(good) for name, check in SEED_CHECKS.items()}
    assert results["Blinken–Qureshi meeting: USA→PAK 04x"]
    assert not results["talks with China: USA→CHN 04x"]
    assert results["two direct quotes by Blinken (USA)"]
    assert results["US demand on the Taliban"]
    assert results["no 16x event from 'has not cut ties'"]
    bad = replace(good, article=seed_article("Post a Comment", "Other", None),
                  events=(event(usa, pak, "160"),), quotes=(quote,))
    results = {name: check(bad) for name, check in SEED_CHECKS.items()}
    assert not any(results[name] for name in (
        "title from the page", "date 2021-09-24 from the page", "no boilerplate in the body",
        "two direct quotes by Blinken (USA)", "no 16x event from 'has not cut ties'"))
