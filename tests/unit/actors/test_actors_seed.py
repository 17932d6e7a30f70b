"""The seed article's key actor mentions, on its body paragraphs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.model import ActorMention

SEED_DATE = date(2021, 9, 24)


@pytest.fixture(scope="module")
def body(shared_dir: Path) -> str:
    paragraphs = [part.strip() for part in
                  (shared_dir / "seed" / "article.txt").read_text(encoding="utf-8").split("\n\n")]
    first = max(i for i, part in enumerate(paragraphs) if part.startswith("The US sees"))
    last = next(i for i, part in enumerate(paragraphs) if part.startswith("(SAM)"))
    return "\n\n".join(paragraphs[first:last])


@pytest.fixture(scope="module")
def found(nlp: Language, body: str) -> tuple[ActorMention, ...]:
    return make_actor_resolver()(nlp(body), SEED_DATE)


def at(found: tuple[ActorMention, ...], body: str, phrase: str, occurrence: int = 0,
       offset: int = 0) -> ActorMention:
    """The mention that starts ``offset`` characters into the n-th occurrence of ``phrase``."""
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(phrase, start + 1)
    matches = [mention for mention in found if mention.start == start + offset]
    assert matches, f"no mention at {phrase!r}"
    return matches[0]


def test_offsets_match_the_text(found: tuple[ActorMention, ...], body: str) -> None:
    assert found
    for mention in found:
        assert body[mention.start:mention.end] == mention.text
    assert [m.token_start for m in found] == sorted(m.token_start for m in found)


def test_blinken_and_qureshi_with_their_titles(found: tuple[ActorMention, ...],
                                               body: str) -> None:
    blinken = at(found, body, "US Secretary of State Antony Blinken")
    assert blinken.text == "US Secretary of State Antony Blinken"
    assert (blinken.actor.code, blinken.actor.name, blinken.actor.kind) == (
        "USAGOV", "Antony Blinken", "person")
    assert blinken.sentence_index == 0
    qureshi = at(found, body, "Pakistan Foreign Minister Shah Mahmood Qureshi")
    assert (qureshi.actor.code, qureshi.actor.name) == ("PAKGOV", "Shah Mahmood Qureshi")


def test_every_bare_surname_resolves(found: tuple[ActorMention, ...]) -> None:
    by_text: dict[str, set[str]] = {}
    for mention in found:
        by_text.setdefault(mention.text, set()).add(mention.actor.code)
    assert by_text["Blinken"] == {"USAGOV"}
    assert by_text["Qureshi"] == {"PAKGOV"}
    assert by_text["Secretary Blinken"] == {"USAGOV"}
    assert sum(m.text == "Qureshi" for m in found) == 4


def test_ministers_of_china_and_russia(found: tuple[ActorMention, ...], body: str) -> None:
    sentence = body.index("Blinken met with Qureshi")
    china = at(found, body, "China", body[:sentence].count("China"))
    russia = at(found, body, "Russia", body[:sentence].count("Russia"))
    assert (china.actor.code, russia.actor.code) == ("CHNGOV", "RUSGOV")
    assert china.sentence_index == russia.sentence_index == 4


@pytest.mark.parametrize(("phrase", "code", "kind"), [
    ("US State Department", "USAGOV", "state"),
    ("Senate Foreign Affairs Committee", "USALEG", "state"),
    ("Washington", "USAGOV", "state"),
    ("Western nations", "WST", "state"),
    ("The Associated Press", "USAMED", "group"),
    ("Al-Qaeda", "ALQ", "group"),
    ("Afghans", "AFG", "state"),
])
def test_institutions_and_others(found: tuple[ActorMention, ...], body: str, phrase: str,
                                 code: str, kind: str) -> None:
    mention = at(found, body, phrase)
    assert (mention.text, mention.actor.code, mention.actor.kind) == (phrase, code, kind)


@pytest.mark.parametrize(("phrase", "offset", "name", "how"), [
    ("He said that the US priorities", 0, "Antony Blinken", "pronoun"),
    ("He asked the world", 0, "Shah Mahmood Qureshi", "pronoun"),
    ("it has been saying", 0, "Taliban", "pronoun"),
    ("it has been saying that they", 24, "Taliban", "pronoun"),
    ("The group on Friday", 0, "Taliban", "anaphor"),
    ("The Taliban says that it seeks", 22, "Taliban", "pronoun"),
    ("after his meeting", 6, "Antony Blinken", "pronoun"),
    ("Pakistan’s role it played", 16, "Pakistan", "pronoun"),
    ("what role his country", 10, "Antony Blinken", "pronoun"),
])
def test_coreference_in_the_seed(found: tuple[ActorMention, ...], body: str, phrase: str,
                                 offset: int, name: str, how: str) -> None:
    mention = at(found, body, phrase, offset=offset)
    assert (mention.actor.name, mention.how) == (name, how)


def test_no_actor_for_the_venue_or_the_world(found: tuple[ActorMention, ...],
                                             body: str) -> None:
    venue = body.index("UN General Assembly")
    assert all(not m.start <= venue < m.end for m in found)
    world = body.index("the world to be realistic")
    assert all(not m.start <= world < m.end for m in found)
