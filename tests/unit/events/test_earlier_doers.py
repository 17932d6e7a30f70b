"""An agentless passive ("five men were arrested") is also read from the actors the sentence
before names: news names the doer once and then reports what was done in the passive."""

from __future__ import annotations

from decision_candidates import construction_pairs
from spacy.language import Language

from tacitus.events.candidates import EARLIER_CONSTRUCTION


def _earlier(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return construction_pairs(nlp, text, EARLIER_CONSTRUCTION)


def test_a_passive_without_its_doer_is_read_from_the_actor_named_before(nlp: Language) -> None:
    found = _earlier(nlp, "Moroccan police raided a flat in Tangier on Tuesday night. "
                          "Four Algerians were arrested.")
    assert any(s.startswith("MAR") and code == "17" and t.startswith("DZA")
               for s, code, t in found)


def test_a_passive_with_its_agent_or_an_active_clause_takes_no_earlier_doer(
        nlp: Language) -> None:
    agent = ("Moroccan police raided a flat in Tangier on Tuesday night. "
             "Four Algerians were arrested by Spanish border guards.")
    active = ("Moroccan police raided a flat in Tangier on Tuesday night. "
              "Spanish border guards arrested four Algerians.")
    assert not _earlier(nlp, agent)
    assert not _earlier(nlp, active)


def test_the_first_sentence_has_no_earlier_doer(nlp: Language) -> None:
    assert not _earlier(nlp, "Four Algerians were arrested in Tangier on Tuesday night.")
