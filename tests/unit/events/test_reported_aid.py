"""Aid in what a speaker says: "give", "provide" and "send" by themselves in a reported clause are
no act of aid ("the minister said the patrols provide a modicum of protection"), while a reported
verb that names its aid ("said Canada had delivered food aid") and the acts the article tells
are candidates, and aid a speaker announces stays its intent (033)."""

from __future__ import annotations

import pytest
from decision_candidates import candidate_roots, text_candidates
from spacy.language import Language

from tacitus.events.reporting import reports_unread_act


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Greek minister said the joint patrols of Turkey provide a modicum of protection to "
     "Cyprus.", "TUR", "CYP"),
    ("Kenya has given Uganda a fair hearing, the Ugandan foreign minister said.", "KEN", "UGA"),
    ("A Chilean official said Peru had sent its envoy to Bolivia twice.", "PER", "BOL"),
])
def test_aid_in_a_reported_clause_is_no_candidate(nlp: Language, text: str, source: str,
                                                 target: str) -> None:
    assert "07" not in candidate_roots(nlp, text, source, target)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Japan sent 500 tonnes of rice to North Korea on Monday.", "JPN", "PRK"),
    ("Germany provided humanitarian aid to Sudan on Monday.", "DEU", "SDN"),
    ("Officials in Ottawa said Canada had delivered food aid to Haiti.", "CAN", "HTI"),
    ("Canada has given Haiti ten million dollars in aid, the Haitian president said.",
     "CAN", "HTI"),
])
def test_aid_the_article_tells_or_names_is_a_candidate(nlp: Language, text: str, source: str,
                                              target: str) -> None:
    assert "07" in candidate_roots(nlp, text, source, target)


def test_aid_a_speaker_announces_stays_an_intent(nlp: Language) -> None:
    text = "The Japanese foreign minister said Japan will send food aid to North Korea."
    roots = candidate_roots(nlp, text, "JPN", "PRK")
    assert "03" in roots
    assert "07" not in roots


@pytest.mark.parametrize(("text", "code", "bare", "expected"), [
    ("Officials said Canada delivered relief to Haiti.", "070", True, True),
    ("Officials said Canada delivered relief to Haiti.", "070", False, False),
    ("Officials said Canada delivered relief to Haiti.", "190", True, False),
    ("Canada delivered relief to Haiti on Monday.", "070", True, False),
])
def test_reports_unread_act_reads_the_root_the_match_and_the_reporting_verb(
        nlp: Language, text: str, code: str, bare: bool, expected: bool) -> None:
    _, doc, _, _ = text_candidates(nlp, text)
    head = next(token for token in doc if token.text == "delivered")
    assert reports_unread_act(head, code, bare=bare) is expected
