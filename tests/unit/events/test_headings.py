"""Headings: the lines of a web page that are no paragraph report no act."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.nlp.headings import in_heading, lines_are_paragraphs

PAGE = (
    "Chile and Peru sign a fishing accord\n"
    "Chile and Peru signed a fishing accord in Lima on Friday, ending a decade of quarrels.\n"
    "The accord sets quotas for anchovy boats in the waters the two countries share.\n"
    "{line}\n"
    "Fishermen in Arica said they welcomed the quotas.\n"
    "The agreement comes into force in March.\n"
)
HEADINGS = [
    "3. Bolivia condemns the deal",
    "READ MORE: Ecuador expels Colombian diplomats",
    "Argentina threatens sanctions against Chile",
]


def _line_tokens(nlp: Language, text: str, line: str) -> list[bool]:
    doc = nlp(text)
    start = text.index(line)
    return [in_heading(token) for token in doc
            if start <= token.idx < start + len(line) and not token.is_space]


@pytest.mark.parametrize("line", HEADINGS)
def test_a_short_line_without_a_sentence_end_on_a_page_is_a_heading(nlp: Language,
                                                                     line: str) -> None:
    text = PAGE.format(line=line)
    assert all(_line_tokens(nlp, text, line))
    # the paragraphs around it, and the page's title, are no heading
    assert not any(_line_tokens(nlp, text, "Fishermen in Arica said they welcomed the quotas."))
    assert not any(_line_tokens(nlp, text, "Chile and Peru sign a fishing accord\n"[:-1]))


@pytest.mark.parametrize("line", HEADINGS)
def test_a_heading_gives_no_candidate(nlp: Language, line: str) -> None:
    text = PAGE.format(line=line)
    start = text.index(line)
    _, _, _, candidates = text_candidates(nlp, text, coded=True)
    assert candidates
    assert not [c for c in candidates if start <= c.event.trigger_start < start + len(line)]
    # the same words as a paragraph of their own are read
    _, _, _, read = text_candidates(nlp, PAGE.format(line=line + " on Monday."), coded=True)
    assert [c for c in read if start <= c.event.trigger_start < start + len(line)]


def test_a_hard_wrapped_story_has_no_heading(nlp: Language) -> None:
    text = ("Police in the capital said that a group of armed men attacked\n"
            "a bus station on Tuesday and killed four passengers before\n"
            "fleeing toward the mountains, where troops are searching\n"
            "for them.  The interior minister condemned the attack and\n"
            "promised a full inquiry into the killings.\n")
    assert not lines_are_paragraphs(text)
    assert not any(_line_tokens(nlp, text, "a bus station on Tuesday and killed four passengers"))


def test_a_one_line_lede_cut_short_is_no_heading(nlp: Language) -> None:
    text = "Rebels seize town\n\nRebels in the north seized the town of Gao on Sunday as the army"
    assert not any(_line_tokens(nlp, text, "Rebels in the north seized the town"))
