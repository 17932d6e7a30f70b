"""Whether the decision stage could skip reading a trigger's candidates by a bound on their score.

    .venv/bin/python benchmarks/decision_bound.py [--articles 300]

Codes the Lee ABC items ``bench_coding_speed.py`` codes and, for each public-affairs article,
reads every candidate's feature parts and score as ``decision.decide_events`` does (the linear
model's integer weights, ``decision_scoring.PartScorer``). A trigger's group keeps nothing when
its likeliest candidate falls below the threshold, so its candidates' features could be left
unread if the score of its trigger part plus the most every other part can add stayed below the
threshold's score. Prints how many candidates sit in groups that keep nothing, each part's
lowest and highest sum seen, and the trigger-part sum a group would need to be skipped: the
other parts' highest sums seen are at most what they can add, so this is the most a bound over
the parts could allow.
"""

from __future__ import annotations

import argparse
import math
from collections import defaultdict

from bench_coding_speed import parsed_articles

from tacitus.events.candidate_set import set_features
from tacitus.events.candidates import find_candidates
from tacitus.events.decision import is_lone_sentence, load_decision_model, topic_probability
from tacitus.events.decision_context import article_context
from tacitus.events.decision_features import FeatureCache, candidate_parts
from tacitus.events.decision_scoring import PartScorer, integer_weights
from tacitus.events.lexicon import load_frames, load_lexicon
from tacitus.events.ontology import load_ontology
from tacitus.events.place_targets import TownsWhenAsked
from tacitus.events.references import event_nouns
from tacitus.pipeline import make_article_coder
from tacitus.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    options = parser.parse_args()

    coder = make_article_coder(Settings())
    model = load_decision_model()
    integers = integer_weights(model.event.weights)
    words, frames, ontology = load_lexicon(), load_frames(), load_ontology()
    nouns = event_nouns(words)
    articles, docs = parsed_articles(coder, options.articles)
    lowest: dict[int, float] = defaultdict(lambda: math.inf)
    highest: dict[int, float] = defaultdict(lambda: -math.inf)
    candidates = in_dead_groups = groups = dead_groups = 0
    for article, doc in zip(articles, docs, strict=True):
        mentions, events = coder.candidates(article, doc)
        topic = topic_probability(doc, mentions, events, model)
        if topic < model.topic.threshold:
            continue
        quotes = coder.find_quotes(doc, mentions, article)
        found = find_candidates(
            doc, mentions, events, article, lexicon=words, frames=frames, ontology=ontology,
            towns=(TownsWhenAsked(coder.town_actors, doc, mentions)
                   if coder.town_actors is not None else None),
            event_nouns=nouns, quotes=quotes)
        seen, context = FeatureCache(), article_context(mentions)
        scorer, lone = PartScorer(model.event.bias, integers), is_lone_sentence(doc)
        by_group: dict[str, list[float]] = defaultdict(list)
        for candidate, prior in zip(found, set_features(found), strict=True):
            parts = candidate_parts(doc, candidate, mentions, article, topic=topic, seen=seen,
                                    context=context)
            for number, part in enumerate((*parts, prior)):
                value = scorer.score([part]) - model.event.bias
                lowest[number] = min(lowest[number], value)
                highest[number] = max(highest[number], value)
            by_group[candidate.group].append(
                model.event.calibrated(scorer.score(parts, prior), lone=lone))
        for members in by_group.values():
            groups += 1
            candidates += len(members)
            if max(members) < model.event.threshold:
                dead_groups += 1
                in_dead_groups += len(members)
    # the score whose calibrated probability is the threshold (not a lone sentence)
    odds = math.log(model.event.threshold / (1 - model.event.threshold))
    needed = (odds - model.event.shift) / model.event.scale
    others = sum(highest[number] for number in highest if number != 0)
    print(f"candidates {candidates} in {groups} groups; {in_dead_groups} in the {dead_groups} "
          "groups that keep nothing")
    print("part  lowest  highest  (0: the trigger's part; the last: the candidate set's)")
    for number in sorted(lowest):
        print(f"{number:4d} {lowest[number]:7.2f} {highest[number]:8.2f}")
    print(f"bias {model.event.bias:.2f}; threshold {model.event.threshold} is score "
          f"{needed:.2f}; the other parts add up to {others:.2f} at most seen, so a group "
          f"could be skipped only below a trigger part of "
          f"{needed - model.event.bias - others:.2f} (lowest seen {lowest[0]:.2f})")


if __name__ == "__main__":
    main()
