"""The features of an article's candidates read through one shared cache are those read alone."""

from __future__ import annotations

from datetime import date

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events.decision_context import article_context
from tacitus.events.decision_features import FeatureCache, candidate_features

# many pairings of a few triggers and actors: quotation marks before and after triggers, two
# sentences naming the same actors, a reported clause, a negated and a conditional act
TEXTS = [
    ('Sweden accused Denmark of spying, and "Denmark will never apologise to Sweden," the '
     'Danish minister said. Norway criticised Denmark on Friday. Finland did not condemn Norway.'),
    ("The Greek prime minister met Turkish officials in Ankara on Tuesday. Turkey warned Greece "
     "that it would suspend talks if Athens sent ships. Greece said Turkey had threatened it."),
    ('"Egypt will not attack Sudan," the Egyptian president told Sudanese envoys, "but we will '
     'defend the dam." Ethiopia rejected Egypt\'s demand. Sudan urged Egypt and Ethiopia to talk.'),
]


@pytest.mark.parametrize("text", TEXTS)
def test_one_cache_for_the_article_reads_what_each_candidate_reads_alone(
        nlp: Language, text: str) -> None:
    article, doc, mentions, candidates = text_candidates(nlp, text, date(2023, 5, 12))
    assert len(candidates) >= 6
    context = article_context(mentions)
    alone = [candidate_features(doc, candidate, mentions, article, topic=0.7, context=context)
             for candidate in candidates]
    shared = FeatureCache()
    together = [candidate_features(doc, candidate, mentions, article, topic=0.7, seen=shared,
                                   context=context)
                for candidate in candidates]
    assert together == alone
    # read in reverse order, what the cache holds from later candidates serves earlier ones
    backwards = FeatureCache()
    reversed_read = [candidate_features(doc, candidate, mentions, article, topic=0.7,
                                        seen=backwards, context=context)
                     for candidate in reversed(candidates)]
    assert reversed_read[::-1] == alone
    # the cache is read: many candidates, fewer triggers and actor readings
    assert len(shared.triggers) < len(candidates)
    assert len(shared.actors) < 2 * len(candidates)


def test_quotation_marks_are_counted_before_each_trigger_of_a_sentence(nlp: Language) -> None:
    text = 'Peru said "Chile must withdraw its troops" and Chile refused to negotiate with Peru.'
    article, doc, mentions, candidates = text_candidates(nlp, text, date(2023, 5, 12))
    shared = FeatureCache()
    quoted = {candidate.event.trigger.split()[0].lower(): "quoted=True" in candidate_features(
        doc, candidate, mentions, article, topic=0.7, seen=shared) for candidate in candidates}
    assert quoted == {"withdraw": True, "refused": False}
