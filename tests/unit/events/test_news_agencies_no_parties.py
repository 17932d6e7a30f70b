"""A named news agency carries the news, it takes no part in the act: no event, coded or
candidate, has it as source or target ("(AFP)", "received by Reuters", "told AP")."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.actors.codes import is_news_agency


@pytest.mark.parametrize("text", [
    "Mali Premier Rejects Talks With Junta Critics (AFP)",
    "The army said the ambush was carried out by separatists, in a statement received by Reuters.",
    "A police spokesman told AP that officers had arrested four protesters near the palace.",
])
def test_no_candidate_has_a_news_agency_for_a_party(nlp: Language, text: str) -> None:
    _, _, mentions, candidates = text_candidates(nlp, text, coded=True)
    assert any(is_news_agency(m.actor.code, m.actor.kind) for m in mentions), "agency not named"
    parties = {actor.code for c in candidates for actor in (c.event.source, c.event.target)
               if actor is not None and is_news_agency(actor.code, actor.kind)}
    assert parties == set()


def test_a_countrys_media_stay_parties(nlp: Language) -> None:
    _, _, _, candidates = text_candidates(
        nlp, "Police raided the offices of Ugandan state media on Tuesday.", coded=True)
    assert any(c.event.target is not None and c.event.target.code == "UGAMED"
               for c in candidates)
