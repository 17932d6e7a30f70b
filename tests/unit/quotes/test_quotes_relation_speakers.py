"""A speaker named by a relation to another person ("the kidnappers of aid worker Jan Doe", "Hamid
Karzai's critics") is not that person: neither the person's code nor anything remembered of them
is theirs. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

DOE = ("Jan Doe", "DOE")
KARZAI = ("Hamid Karzai", "KARZAI")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("“She will be freed when our demands are met,” the kidnappers of aid worker"
                     " Jan Doe said.", [DOE],
                     [("She will be freed when our demands are met", None)],
                     id="the-kidnappers-of-a-named-person"),
        pytest.param("“He has failed the country,” critics of President Hamid Karzai said.",
                     [KARZAI], [("He has failed the country", None)],
                     id="critics-of-a-named-person"),
        pytest.param("“He has failed the country,” Hamid Karzai's critics said.", [KARZAI],
                     [("He has failed the country", None)], id="a-named-person's-critics"),
        pytest.param("“We will keep talking,” the colleagues of Hamid Karzai said.", [KARZAI],
                     [("We will keep talking", None)], id="a-relation-noun-of-old"),
        pytest.param("“We will keep talking,” the aides of Hamid Karzai said.", [KARZAI],
                     [("We will keep talking", "AFGGOV")], id="an-aide-speaks-for-him"),
    ],
)
def test_a_relation_noun_does_not_speak_as_the_person_it_names(
        analyse: Any, text: str, phrases: list[tuple[str, ...]],
        expected: list[tuple[str, str | None]]) -> None:
    quotes, _ = analyse(text, phrases)
    assert [(quote.text, quote.speaker.code if quote.speaker else None)
            for quote in quotes] == expected


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        pytest.param("The kidnappers of aid worker Jan Doe threatened to kill her.", [DOE],
                     id="kidnappers-threaten"),
        pytest.param("Critics of President Hamid Karzai demanded new elections.", [KARZAI],
                     id="critics-demand"),
    ],
)
def test_a_relation_noun_claims_nothing_as_the_person_it_names(
        analyse: Any, text: str, phrases: list[tuple[str, ...]]) -> None:
    _, claims = analyse(text, phrases)
    assert [row for row in summary(claims) if row[1] in ("UNO", "AFGGOV")] == []
