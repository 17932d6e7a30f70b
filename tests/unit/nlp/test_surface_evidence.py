"""Evidence cut again from the original text, never ending in blanked-out furniture."""

from __future__ import annotations

from tacitus.ingest.boilerplate import mask_furniture
from tacitus.model import Evidence
from tacitus.nlp.surface import restore_evidence


def test_evidence_ends_at_the_last_word_before_a_blanked_link_list() -> None:
    original = "The envoy left Kabul. related stories: envoy returns home"
    cased = mask_furniture(original)
    parsed = Evidence("a1", 0, cased, 0, len(cased))
    restored = restore_evidence(parsed, original, cased)
    assert restored.sentence == "The envoy left Kabul."
    assert (restored.start, restored.end) == (0, len("The envoy left Kabul."))


def test_evidence_of_a_recased_copy_takes_the_original_characters() -> None:
    original = "REBELS SEIZED THE TOWN."
    cased = "Rebels seized the town."
    restored = restore_evidence(Evidence("a1", 0, cased, 0, len(cased)), original, cased)
    assert restored.sentence == original
    assert restored.end == len(original)


def test_blank_space_of_the_article_itself_is_kept_as_the_parser_cut_it() -> None:
    original = "REBELS SEIZED THE TOWN.  "
    cased = "Rebels seized the town.  "
    restored = restore_evidence(Evidence("a1", 0, cased, 0, len(cased)), original, cased)
    assert restored.end == len(original)
