"""Pairings within one actor code or one country: how their target is named
(``tacitus.events.self_pairs``) and the decision features that carry it, on sentences written
for the purpose."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from decision_candidates import text_candidates
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.events.decision_features import candidate_features
from tacitus.events.self_pairs import is_self_pair, self_pair_shape
from tacitus.model import Actor, ActorMention

LANDIA = Actor(code="FRAGOV", name="French government", kind="state", country="FRA")


def _mention(nlp: Language, text: str, words: str, how: str) -> tuple[Doc, ActorMention]:
    doc = nlp(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words))
    assert span is not None
    return doc, ActorMention(actor=LANDIA, text=span.text, sentence_index=0,
                             token_start=span.start, token_end=span.end,
                             start=span.start_char, end=span.end_char, how=how)


@pytest.mark.parametrize(("text", "words", "how", "shape"), [
    # the source's own body: a noun with a possessor
    ("The president said on Monday that his government would hold talks.", "government",
     "anaphor", "owned"),
    ("The prime minister's cabinet approved the budget on Friday.", "cabinet", "anaphor",
     "owned"),
    # a possessor: the act read as done to whoever owns the trip
    ("The president made his first trip abroad on Sunday.", "his", "pronoun", "owner"),
    # a pronoun that is no possessor
    ("The general said the rebels had attacked him near the border.", "him", "pronoun",
     "pronoun"),
    # a description, and the same words found as a name
    ("The foreign minister criticised the president on Tuesday.", "the president", "anaphor",
     "description"),
    ("The foreign minister criticised the president on Tuesday.", "the president", "kb",
     "named"),
])
def test_the_target_of_a_pairing_within_one_code_is_described(
        nlp: Language, text: str, words: str, how: str, shape: str) -> None:
    doc, mention = _mention(nlp, text, words, how)
    assert self_pair_shape(doc, mention) == shape


def test_a_target_without_a_mention_has_no_shape(nlp: Language) -> None:
    assert self_pair_shape(nlp("The cabinet met on Monday."), None) == "none"


def test_only_a_pairing_of_one_code_is_a_self_pair(nlp: Language) -> None:
    text = "Chile and Peru signed a trade accord on Monday. Brazil criticised Chile."
    _, _, _, candidates = text_candidates(nlp, text, date(2022, 3, 8))
    criticism = next(c for c in candidates if c.event.trigger.lower().startswith("criticis")
                     and c.event.target is not None)
    assert not is_self_pair(criticism.event)
    source = criticism.event.source
    colleague = replace(source, name=f"another of {source.name}")
    assert is_self_pair(replace(criticism.event, target=colleague))
    assert not is_self_pair(replace(criticism.event, target=None))
    assert not is_self_pair(replace(criticism.event, source=replace(source, code=""),
                                    target=replace(colleague, code="")))


def test_the_decision_features_name_the_shape_of_a_self_pair(nlp: Language) -> None:
    text = ("Venezuelan President Nicolas Maduro said on Monday that his government would hold "
            "talks with the opposition.")
    article, doc, mentions, candidates = text_candidates(nlp, text, date(2022, 3, 8))
    within = [c for c in candidates if is_self_pair(c.event)]
    apart = [c for c in candidates if not is_self_pair(c.event)]
    assert within and apart
    for candidate in within:
        root = candidate.event.cameo[:2]
        marked = {feature for feature in candidate_features(doc, candidate, mentions, article,
                                                             topic=0.9)
                  if feature.startswith("self_pair=")}
        assert len(marked) == 2 and any(feature.endswith(f"|{root}") for feature in marked)
    # the government's act read as done to its president, named there by "his" alone
    assert any("self_pair=owner" in candidate_features(doc, candidate, mentions, article,
                                                       topic=0.9) for candidate in within)
    for candidate in apart:
        assert not any(feature.startswith("self_pair=") for feature in candidate_features(
            doc, candidate, mentions, article, topic=0.9))


def test_two_codes_of_one_country_are_marked_only_when_the_target_is_owned(
        nlp: Language) -> None:
    text = ("Russian President Vladimir Putin told reporters that he had ordered his defence "
            "minister to withdraw the troops from the border.")
    article, doc, mentions, candidates = text_candidates(nlp, text, date(2022, 3, 8))
    marks: dict[str, set[str]] = {}
    for candidate in candidates:
        event = candidate.event
        if event.target is None or is_self_pair(event) or event.source.country != "RUS":
            continue
        features = candidate_features(doc, candidate, mentions, article, topic=0.9)
        marks.setdefault(event.target.code, set()).update(
            feature for feature in features if feature.startswith("own_side="))
    # his defence minister: owned by the president's "his"
    assert "own_side=owned" in marks["RUSMIL"]
    # a body of the same country named apart is not marked
    text = "Russian President Vladimir Putin criticised the Russian army on Monday."
    article, doc, mentions, candidates = text_candidates(nlp, text, date(2022, 3, 8))
    apart = [c for c in candidates if c.event.target is not None
             and c.event.target.code == "RUSMIL" and c.event.source.code == "RUSGOV"]
    assert apart
    for candidate in apart:
        assert not any(feature.startswith(("own_side=", "self_pair=")) for feature in
                       candidate_features(doc, candidate, mentions, article, topic=0.9))
