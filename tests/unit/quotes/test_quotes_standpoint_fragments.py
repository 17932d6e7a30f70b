"""A quoted fragment under a verb by which its subject takes a stand ("condemned the “reckless
cuts”") is the subject's words, as under a speech cue (``wordlists/standpoint_verbs.tsv``). Every
sentence is invented."""

from __future__ import annotations

from typing import Any

import pytest

MAYOR = ("Qureshi", "QURESHI")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Qureshi condemned the "reckless cuts" to rural schools.',
                 [("reckless cuts", "PAKGOV")], id="condemned"),
    pytest.param('Qureshi blamed the council for its "shameful delay" in clearing the roads.',
                 [("shameful delay", "PAKGOV")], id="blamed-for"),
    pytest.param('Qureshi welcomed the "long overdue" reform of the courts.',
                 [("long overdue", "PAKGOV")], id="welcomed"),
])
def test_a_fragment_under_a_stance_verb_is_its_subjects(analyse: Any, text: str,
                                                        expected: list[tuple[str, str]]) -> None:
    quotes, _ = analyse(text, [MAYOR])
    assert [(q.text, q.speaker.code if q.speaker else "") for q in quotes if q.direct] == expected


def test_a_fragment_under_another_verb_stays_out(analyse: Any) -> None:
    quotes, _ = analyse('Qureshi opened the "new wing" of the hospital.', [MAYOR])
    assert [q.text for q in quotes if q.direct] == []
