"""A title's own words say whose it is: a body title ("spokesman", "official") after a role word
of another type is that body's ("opposition spokesman" OPP, "union official" LAB), and "shadow"
before a title makes its holder the opposition, even one the office table knows."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.actors.actor_lexicon import RoleWord
from tacitus.actors.knowledge import load_knowledge_base
from tacitus.actors.title_types import BODY_TITLES, STANDING_MARKERS, body_type
from tacitus.wordlists import word_set

DAY = date(2023, 6, 1)


def _code_of(nlp: Language, text: str, name: str, day: date | None = DAY) -> str:
    mentions = make_actor_resolver()(nlp(text), day)
    return next(mention for mention in mentions if name in mention.text).actor.code


@pytest.mark.parametrize(("text", "code"), [
    ("Chilean opposition spokesman Odila Brantes spoke in Santiago.", "CHLOPP"),
    ("Chilean union official Odila Brantes spoke in Santiago.", "CHLLAB"),
    ("Chilean party spokesperson Odila Brantes spoke in Santiago.", "CHLPTY"),
    ("Chilean army spokesman Odila Brantes spoke in Santiago.", "CHLMIL"),
    ("Chilean police spokesman Odila Brantes spoke in Santiago.", "CHLCOP"),
    ("Chilean committee vice-president Odila Brantes spoke in Santiago.", "CHLLEG"),
    ("Chilean union chief Odila Brantes spoke in Santiago.", "CHLLAB"),
    # a body of the government, or no body at all: the government's
    ("Chilean government spokesman Odila Brantes spoke in Santiago.", "CHLGOV"),
    ("Chilean foreign ministry spokesman Odila Brantes spoke in Santiago.", "CHLGOV"),
    ("Chilean spokesman Odila Brantes spoke in Santiago.", "CHLGOV"),
    # a title before names a portfolio or a rank, not a body; a phrase of its own stays whole
    ("Chilean Justice Secretary Odila Brantes spoke in Santiago.", "CHLGOV"),
    ("Chilean press secretary Odila Brantes spoke in Santiago.", "CHLGOV"),
    ("Chilean party general secretary Odila Brantes spoke in Santiago.", "CHLPTY"),
])
def test_a_body_title_is_its_body_s(nlp: Language, text: str, code: str) -> None:
    assert _code_of(nlp, text, "Brantes") == code


@pytest.mark.parametrize(("text", "code"), [
    ("Chilean shadow finance minister Odila Brantes spoke in Santiago.", "CHLOPP"),
    ("The Chilean Shadow Foreign Affairs Minister, Odila Brantes, spoke in Santiago.", "CHLOPP"),
    ("Chilean finance minister Odila Brantes spoke in Santiago.", "CHLGOV"),
    # "shadow" that is no marker of the title
    ("Tomas Vidal spoke in the shadow of Chilean Minister Odila Brantes in Santiago.", "CHLGOV"),
])
def test_a_shadow_title_is_the_opposition_s(nlp: Language, text: str, code: str) -> None:
    assert _code_of(nlp, text, "Brantes") == code


@pytest.mark.parametrize(("text", "day", "code"), [
    # undated: the table's latest tenure would make him foreign minister; the text says otherwise
    ("The Shadow Foreign Affairs Minister, Kevin Rudd, spoke in Canberra.", None, "AUSOPP"),
    ("The Foreign Minister, Kevin Rudd, spoke in Canberra.", date(2011, 6, 1), "AUSGOV"),
])
def test_a_stated_opposition_title_outranks_the_office_table(
        nlp: Language, text: str, day: date | None, code: str) -> None:
    assert _code_of(nlp, text, "Rudd", day) == code


def test_body_type_needs_a_body_title_after_another_type() -> None:
    kinds = load_knowledge_base().types
    union = RoleWord(kinds["LAB"], "union", title=False)
    spokesman = RoleWord(kinds["GOV"], "spokesman", title=True)
    minister = RoleWord(kinds["GOV"], "minister", title=True)
    assert body_type([union, spokesman]) == kinds["LAB"]
    assert body_type([union, minister]) is None
    assert body_type([spokesman]) is None
    # a title of another type before is a portfolio ("Justice Secretary"), not a body
    assert body_type([RoleWord(kinds["JUD"], "justice", title=True), spokesman]) is None


def test_the_title_tables_name_known_titles_and_types() -> None:
    kb = load_knowledge_base()
    titles = {phrase.lower() for kind in kb.types.values() for phrase in kind.titles}
    assert titles >= BODY_TITLES
    assert set(STANDING_MARKERS.values()) <= set(kb.types)
    assert word_set("title_standing_markers") == set(STANDING_MARKERS)
