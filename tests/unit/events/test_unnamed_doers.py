"""Unnamed doers: an act whose clause names no doer is read from the unknown actor."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.evaluation.records import sentence_article
from tacitus.events.candidates import find_candidates
from tacitus.events.decision_features import candidate_features
from tacitus.events.lexicon import load_frames, load_lexicon
from tacitus.events.ontology import load_ontology
from tacitus.events.unnamed import UNNAMED, doer_unnamed, is_unnamed
from tacitus.pipeline import make_article_coder
from tacitus.settings import Settings


def _candidates(nlp: Language, text: str):  # type: ignore[no-untyped-def]
    article = sentence_article(text, record_id="t", on_date=date(2023, 4, 2))
    doc = nlp(text)
    mentions = make_actor_resolver()(doc, article.date)
    return article, doc, mentions, find_candidates(
        doc, mentions, (), article, lexicon=load_lexicon(), frames=load_frames(),
        ontology=load_ontology())


@pytest.mark.parametrize("text", [
    "Four Kenyan teachers were kidnapped near Mandera on Tuesday.",
    "A grenade went off outside the barracks in Bamako on Friday, wounding six Malian soldiers.",
])
def test_an_act_without_a_named_doer_is_read_from_the_unknown_actor(nlp: Language,
                                                                     text: str) -> None:
    article, doc, mentions, candidates = _candidates(nlp, text)
    unnamed = [c for c in candidates if is_unnamed(c.event.source)]
    assert unnamed
    assert all(c.event.target is not None for c in unnamed)
    features = candidate_features(doc, unnamed[0], mentions, article, topic=0.9)
    assert f"source=unnamed|{unnamed[0].event.cameo[:2]}" in features
    assert "source_kind=unknown" in features


@pytest.mark.parametrize("text", [
    "Kenyan police arrested four teachers near Mandera on Tuesday.",
    "Four teachers were arrested by Kenyan police near Mandera on Tuesday.",
    "Malian troops attacked the rebels and killed six of them.",
])
def test_an_act_with_a_named_doer_has_no_unknown_actor(nlp: Language, text: str) -> None:
    _, _, _, candidates = _candidates(nlp, text)
    assert candidates
    assert not any(is_unnamed(c.event.source) for c in candidates)


def test_doer_unnamed_reads_the_clause(nlp: Language) -> None:
    text = "Six Malian soldiers were shot in Gao; Malian troops shelled the town."
    article = sentence_article(text, record_id="t", on_date=date(2023, 4, 2))
    doc = nlp(text)
    mentions = make_actor_resolver()(doc, article.date)
    shot = next(token for token in doc if token.lower_ == "shot")
    shelled = next(token for token in doc if token.lower_ == "shelled")
    assert doer_unnamed(shot, mentions)
    assert not doer_unnamed(shelled, mentions)


def test_the_coder_codes_an_unnamed_kidnapping_with_an_empty_source() -> None:
    coded = make_article_coder(Settings()).code(sentence_article(
        "Three Nigerian schoolgirls were abducted in Kaduna on Sunday.",
        record_id="t", on_date=date(2023, 4, 2)))
    kept = [e for e in coded.events if e.cameo.startswith("18")]
    assert [(e.source, e.target.code[:3] if e.target else None) for e in kept] == [
        (UNNAMED, "NGA")]
    assert kept[0].to_dict()["source"]["code"] == ""
