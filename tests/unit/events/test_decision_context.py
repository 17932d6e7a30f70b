"""The decision stage's article context: how prominent a candidate's actors are in the article."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events.decision_context import (
    ArticleContext,
    actor_key,
    actor_rank,
    article_context,
    context_features,
)
from tacitus.events.decision_features import candidate_features
from tacitus.events.unnamed import UNNAMED
from tacitus.model import Actor

USA_GOV = Actor(code="USAGOV", name="US government", kind="state", country="USA")
USA_MIL = Actor(code="USAMIL", name="US army", kind="state", country="USA")
FRANCE = Actor(code="FRA", name="France", kind="state", country="FRA")
CHILE = Actor(code="CHL", name="Chile", kind="state", country="CHL")
PERU = Actor(code="PER", name="Peru", kind="state", country="PER")
CONTEXT = ArticleContext(mentions={"USA": 5, "FRA": 2, "CHL": 2, "PER": 1})


def test_an_actor_is_counted_by_its_country_or_group() -> None:
    assert actor_key(USA_GOV) == actor_key(USA_MIL) == "USA"
    assert actor_key(Actor(code="TAL", name="Taliban", kind="group")) == "TAL"


@pytest.mark.parametrize(("actor", "rank"), [
    (USA_MIL, "1"), (FRANCE, "2"), (CHILE, "2"), (PERU, "4"), (None, "none"),
    (UNNAMED, "unnamed"), (Actor(code="BRA", name="Brazil", kind="state"), "absent"),
])
def test_actors_rank_by_how_often_the_article_names_them(actor: Actor | None,
                                                         rank: str) -> None:
    assert actor_rank(CONTEXT, actor) == rank


def test_many_less_named_actors_share_the_last_rank() -> None:
    crowded = ArticleContext(mentions={"USA": 6, "FRA": 5, "CHL": 4, "PER": 3, "BRA": 2})
    assert actor_rank(crowded, Actor(code="BRA", name="Brazil", kind="state")) == "4"


def test_a_candidate_reads_the_prominence_of_its_actors(nlp: Language) -> None:
    text = ("Chile and Peru signed a trade accord on Monday. Chilean ministers praised it. "
            "Brazil criticised Chile.")
    article, doc, mentions, candidates = text_candidates(nlp, text, date(2022, 3, 8))
    context = article_context(mentions)
    assert context.mentions["CHL"] > context.mentions["BRA"]
    criticism = next(c for c in candidates if c.event.trigger.lower().startswith("criticis")
                     and c.event.source.code.startswith("BRA")
                     and c.event.target is not None)
    assert context_features(criticism, context) == [
        f"source_rank={actor_rank(context, criticism.event.source)}", "target_rank=1",
        f"ranks={actor_rank(context, criticism.event.source)}|1"]
    assert actor_rank(context, criticism.event.source) != "1"
    features = candidate_features(doc, criticism, mentions, article, topic=0.9)
    assert "target_rank=1" in features
    assert features == candidate_features(doc, criticism, mentions, article, topic=0.9,
                                          context=context)


def test_a_candidate_between_two_actors_of_one_code_is_marked(nlp: Language) -> None:
    text = "Chile and Peru signed a trade accord on Monday. Brazil criticised Chile."
    article, doc, mentions, candidates = text_candidates(nlp, text, date(2022, 3, 8))
    criticism = next(c for c in candidates if c.event.trigger.lower().startswith("criticis")
                     and c.event.target is not None)
    root = criticism.event.cameo[:2]
    assert {"same_code=False", f"same_code=False|{root}"} <= set(
        candidate_features(doc, criticism, mentions, article, topic=0.9))
    source = criticism.event.source
    colleague = Actor(code=source.code, name=f"another of {source.name}", kind=source.kind,
                      country=source.country)
    inward = replace(criticism, event=replace(criticism.event, target=colleague))
    assert {"same_code=True", f"same_code=True|{root}"} <= set(
        candidate_features(doc, inward, mentions, article, topic=0.9))
    unnamed = replace(criticism, event=replace(criticism.event, source=UNNAMED,
                                               target=replace(colleague, code="")))
    assert "same_code=False" in candidate_features(doc, unnamed, mentions, article, topic=0.9)


@pytest.mark.parametrize(("source", "target", "own"), [
    # a government acting on its own country, named bare
    (USA_GOV, Actor(code="USA", name="United States", kind="state", country="USA"), "target"),
    # a country acting on one of its own bodies
    (Actor(code="USA", name="United States", kind="state", country="USA"), USA_MIL, "source"),
    # another country, or two bodies of one country: neither
    (USA_GOV, FRANCE, ""),
    (USA_GOV, USA_MIL, ""),
])
def test_a_pair_of_an_actor_and_its_own_country_is_marked(nlp: Language, source: Actor,
                                                          target: Actor, own: str) -> None:
    text = "Chile and Peru signed a trade accord on Monday. Brazil criticised Chile."
    article, doc, mentions, candidates = text_candidates(nlp, text, date(2022, 3, 8))
    criticism = next(c for c in candidates if c.event.trigger.lower().startswith("criticis")
                     and c.event.target is not None)
    root = criticism.event.cameo[:2]
    paired = replace(criticism, event=replace(criticism.event, source=source, target=target))
    features = set(candidate_features(doc, paired, mentions, article, topic=0.9))
    marked = {feature for feature in features if feature.startswith("own_country=")}
    assert marked == ({f"own_country={own}", f"own_country={own}|{root}"} if own else set())
