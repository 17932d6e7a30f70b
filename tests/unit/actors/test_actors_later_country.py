"""A lede often names a sector or an organ of the state before anything says whose it is: when no
country is named before it, the one dominating the whole text as its actors stand when they are
placed (the names found by then, "the Australian ... Union") places it
(``ContextPasses.dominant_from``)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver


def codes(nlp: Language, text: str) -> dict[str, str]:
    mentions = make_actor_resolver()(nlp(text), date(2021, 6, 1))
    return {mention.text: mention.actor.code for mention in mentions}


@pytest.mark.parametrize(("text", "actor", "code"), [
    ("Unions representing airline engineers have warned of more strikes. The secretary of the "
     "Australian Engineers and Pilots Union (AEPU), Mary Stone, says the AEPU will not back "
     "down.", "Unions", "AUSLAB"),
    ("The court ruled on Monday that the levy was unlawful. The secretary of the Kenyan "
     "Engineers and Pilots Union (KEPU), Mary Stone, says the KEPU will appeal.", "court",
     "KENJUD"),
])
def test_a_country_named_only_later_places_the_lede_s_actors(nlp: Language, text: str,
                                                             actor: str, code: str) -> None:
    assert codes(nlp, text)[actor] == code


def test_a_later_text_shared_by_two_countries_places_nothing(nlp: Language) -> None:
    text = ("Workers walked off the job on Monday. The Brazilian Dockers and Porters Union and "
            "the Argentine Dockers and Porters Union said they would join.")
    assert codes(nlp, text)["Workers"] == "LAB"
