"""A country's name or adjective that is also a given name ("Jordan", "Chad", the Spanish
"German") opens a person's name when a surname no table knows follows it: it names no country,
and lends none to the actors around it; elsewhere it still names its country."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver

DAY = date(2020, 1, 1)


def _codes(nlp: Language, text: str) -> dict[str, str]:
    return {mention.text: mention.actor.code
            for mention in make_actor_resolver()(nlp(text), DAY)}


@pytest.mark.parametrize(("text", "word"), [
    ("Jordan Whitfield criticised the council on Monday.", "Jordan"),
    ("Police arrested Chad Morrow, a teacher, in the town on Friday.", "Chad"),
    ("Gunmen kidnapped a rancher, German Vargas Ruiz, near the border on Sunday.", "German"),
])
def test_a_given_name_names_no_country(nlp: Language, text: str, word: str) -> None:
    codes = _codes(nlp, text)
    assert word not in codes
    assert not any(code[:3] in {"JOR", "TCD", "DEU"} for code in codes.values())


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Jordan criticised the council on Monday.", "Jordan", "JOR"),
    ("Kenya Defence Forces attacked the camps on Monday.", "Kenya", "KEN"),
    ("German troops left the base on Monday.", "German troops", "DEUMIL"),
    # a name run that a title ends qualifies the title
    ("German Economy Minister Karl Vogt visited the plant on Monday.",
     "German Economy Minister Karl Vogt", "DEUGOV"),
    # a headline in title case: the next word is no surname
    ("Jordan Rejects Plan For New Border Crossing", "Jordan", "JOR"),
])
def test_the_word_still_names_its_country(nlp: Language, text: str, word: str,
                                          code: str) -> None:
    assert _codes(nlp, text).get(word) == code

