"""What a merge after the decision stage by CAMEO root and country pair would do on train out of
fold (a development tool; writes nothing).

Fits the event model as ``scripts/false_events.py`` does (the packaged model's threshold), keeps
train's events with the model of each article's fold, and drops, in each article, every kept
event whose root and country pair (each side's first three letters, the part the evaluation
compares) an earlier kept event of the article has already: everywhere (``pair``), only when the
later one stands in another sentence (``other_sentence``) or in the same one (``same_sentence``),
only when its trigger is no verb (``noun``). Prints, by draw, the events dropped, the gold
matches lost (``match_events``, one to one) and the F1 before and after. The gold codes two
acts of one pair and root as two events when they are distinct (``docs/annotation.md``), so a
merge loses matches too; this tool weighs the two.

    .venv/bin/python scripts/pair_repeats.py [--cache FILE]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import decision_study as ds
import train_decision as td
from studied_gold import draw_of

from tacitus.evaluation.matching import match_events
from tacitus.evaluation.records import found_events
from tacitus.events.background import trigger_head
from tacitus.events.decision import choose_events, load_decision_model
from tacitus.model import Actor, Event

DRAWS = ("rn", "rt", "ru")
# whether a later event (the first, with the article) is one a rule drops beside an earlier one
Rule = Callable[[td.Coded, Event, Event], bool]


def side(actor: Actor | None) -> str:
    """An actor as the evaluation compares it: its country or group part."""
    return actor.code[:3] if actor is not None else ""


def repeats(later: Event, earlier: Event) -> bool:
    """Whether ``later`` has the root and the country pair of ``earlier``."""
    return (later.cameo[:2] == earlier.cameo[:2] and side(later.source) == side(earlier.source)
            and side(later.target) == side(earlier.target))


def _is_noun(item: td.Coded, later: Event, _earlier: Event) -> bool:
    head = trigger_head(item.doc, later)
    return head is not None and head.pos_ != "VERB"


RULES: dict[str, Rule] = {
    "pair": lambda item, later, earlier: True,
    "other_sentence": lambda item, later, earlier: (later.evidence.sentence_index
                                                    != earlier.evidence.sentence_index),
    "same_sentence": lambda item, later, earlier: (later.evidence.sentence_index
                                                   == earlier.evidence.sentence_index),
    "noun": _is_noun,
}


def dropped(item: td.Coded, events: Sequence[Event], rule: Rule) -> set[int]:
    """The indices of ``events`` that repeat an earlier one under ``rule``."""
    return {index for index, event in enumerate(events)
            if any(repeats(event, earlier) and rule(item, event, earlier)
                   for earlier in events[:index])}


def f1(right: int, kept: int, gold: int) -> float:
    precision, recall = right / kept if kept else 0.0, right / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep the coded splits in this pickle")
    args = parser.parse_args()
    study = ds.load_study(args.cache)
    threshold = load_decision_model().event.threshold
    _, _, fold_models = ds.fit_models(study, study.base_train, study.base_dev,
                                      study.base_plv, ds.VARIANTS["now"])
    counts: Counter[tuple[str, str]] = Counter()
    for item, scored, keep, fold in zip(study.train, study.base_train, study.train_political,
                                        study.folds, strict=True):
        draw = draw_of(item.record.id)
        counts[draw, "gold"] += len(item.record.events)
        if not keep:
            continue
        model = replace(fold_models[fold], threshold=threshold)
        events = [event for event in choose_events(scored, model, item.doc, item.mentions)
                  if not event.negated]
        right = len(match_events(item.record.events, found_events(tuple(events))))
        counts[draw, "kept"] += len(events)
        counts[draw, "right"] += right
        for name, rule in RULES.items():
            drop = dropped(item, events, rule)
            left = tuple(event for index, event in enumerate(events) if index not in drop)
            counts[draw, f"{name} dropped"] += len(drop)
            counts[draw, f"{name} lost"] += right - len(match_events(item.record.events,
                                                                     found_events(left)))
    for draw in DRAWS:
        right, kept, gold = (counts[draw, "right"], counts[draw, "kept"], counts[draw, "gold"])
        print(f"{draw}: right {right} of {kept} kept, gold {gold}, F1 {f1(right, kept, gold):.3f}")
        for name in RULES:
            drop, lost = counts[draw, f"{name} dropped"], counts[draw, f"{name} lost"]
            print(f"   {name}: dropped {drop}, lost {lost}, "
                  f"F1 {f1(right - lost, kept - drop, gold):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
