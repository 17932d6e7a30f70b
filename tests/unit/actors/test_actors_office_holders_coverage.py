"""Foreign and defence ministers and heads of government resolve by the article's date."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from spacy.language import Language

from tacitus.actors import load_knowledge_base, make_actor_resolver


@pytest.mark.parametrize(("text", "day", "code"), [
    # chief of defence staff, then out of office, then defence minister
    ("Christopher Musa spoke.", date(2024, 1, 10), "NGAMIL"),
    ("Christopher Musa spoke.", date(2025, 11, 10), "NGA"),
    ("Christopher Musa spoke.", date(2026, 2, 10), "NGAMIL"),
    # foreign minister, out of office, defence minister
    ("Khawaja Asif spoke.", date(2017, 10, 1), "PAKGOV"),
    ("Khawaja Asif spoke.", date(2020, 1, 1), "PAK"),
    ("Khawaja Asif spoke.", date(2023, 1, 1), "PAKMIL"),
    # defence minister first, foreign minister later
    ("Lindiwe Sisulu spoke.", date(2010, 6, 1), "ZAFMIL"),
    ("Lindiwe Sisulu spoke.", date(2018, 6, 1), "ZAFGOV"),
    ("Raychelle Omamo spoke.", date(2015, 6, 1), "KENMIL"),
    ("Raychelle Omamo spoke.", date(2021, 6, 1), "KENGOV"),
    # defence minister since 1971, prime minister since 2006: the later office wins
    ("Mohammed bin Rashid spoke.", date(2003, 1, 1), "AREMIL"),
    ("Mohammed bin Rashid spoke.", date(2010, 1, 1), "AREGOV"),
    # foreign minister, president, then captured and out of office
    ("Nicolas Maduro spoke.", date(2010, 1, 1), "VENGOV"),
    ("Nicolas Maduro spoke.", date(2026, 2, 1), "VEN"),
    ("Gerardo Werthein spoke.", date(2025, 3, 1), "ARGGOV"),
    ("Gerardo Werthein spoke.", date(2025, 11, 1), "ARG"),
    ("Cho Hyun spoke.", date(2025, 9, 1), "KORGOV"),
    ("Cho Hyun spoke.", date(2024, 9, 1), "KOR"),
    ("Ricardo Trevilla Trejo spoke.", date(2025, 5, 1), "MEXMIL"),
    ("Luis Cresencio Sandoval spoke.", date(2025, 5, 1), "MEX"),
])
def test_minister_by_date(nlp: Language, text: str, day: date, code: str) -> None:
    (mention,) = make_actor_resolver()(nlp(text), day)
    assert (mention.actor.code, mention.actor.kind) == (code, "person")


def test_one_foreign_minister_at_a_time() -> None:
    """Successive foreign ministers of one country do not overlap by more than a few days."""
    kb = load_knowledge_base()
    for country in ("MEX", "KOR", "BRA", "ARG"):
        tenures = sorted((tenure for tenure in kb.tenures
                          if tenure.country == country and tenure.office == "foreign minister"),
                         key=lambda tenure: tenure.start)
        assert len(tenures) >= 5
        for before, after in pairwise(tenures):
            assert before.end is not None
            assert (before.end - after.start).days <= 3, (before.name, after.name)
