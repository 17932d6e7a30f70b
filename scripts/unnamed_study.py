"""Unnamed doers on train out of fold (a development tool; writes nothing): what Tacitus does with
the gold events whose source may be empty (the unknown doer), and why the events it keeps from
the unknown doer are wrong.

Fits the event model as ``scripts/false_events.py`` does (the packaged model's threshold), keeps
train's events with the model of each article's fold, and prints, by draw and CAMEO root:

1. the gold events that allow an empty source (``""`` among the alternatives), each sorted by
   what became of it: ``hit`` (a kept event matches it in the one-to-one pairing), ``kept
   wrong target`` (an event of its root from the unknown doer is kept, with a target the gold
   does not allow), ``candidate`` (a right candidate exists, none kept), ``unnamed
   candidate`` (only a candidate of its root from the unknown doer, to the wrong target),
   ``none`` (no candidate of its root from the unknown doer or a right source);
2. the kept events from the unknown doer that match no gold event, each given the first cause
   that holds: ``duplicate`` (a gold event it matches is matched by another kept event: a
   re-mention of one act), ``named doer`` (a gold event of its root and target names a doer),
   ``victim`` (a gold event of its root from the unknown doer has another target), ``place``
   (its target is the town under attack, ``Candidate.place``), ``no target`` (gold has its root
   only with other actors), ``spurious`` (no gold event of its root).

``--list`` prints each of them with its sentence (train only: dev is read as figures alone).

    .venv/bin/python scripts/unnamed_study.py [--cache FILE] [--list]
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import decision_study as ds
from studied_gold import draw_of

from tacitus.evaluation.matching import Level, actor_matches, code_matches, match_events
from tacitus.evaluation.records import FoundEvent, GoldEvent, found_events
from tacitus.events.decision import load_decision_model
from tacitus.model import Event

GOLD_FATES = ("hit", "kept wrong target", "candidate", "unnamed candidate", "none")
FALSE_CAUSES = ("duplicate", "named doer", "victim", "place", "no target", "spurious")


def allows_unnamed(gold: GoldEvent) -> bool:
    """Whether the gold event accepts the unknown doer as its source."""
    return "" in gold.source


def _found(event: Event) -> FoundEvent:
    return FoundEvent(event.source.code, event.target.code if event.target else None,
                      event.cameo)


def fate_of(gold: GoldEvent, hit: bool, kept: Sequence[Event],
            candidates: Sequence[Event]) -> str:
    """What became of one gold event that allows the unknown doer (module docstring)."""
    if hit:
        return "hit"
    same_root = [event for event in kept if code_matches(event.cameo, gold.code, Level.root)]
    if any(not event.source.code for event in same_root):
        return "kept wrong target"
    rooted = [event for event in candidates
              if code_matches(event.cameo, gold.code, Level.root) and not event.negated]
    if any(actor_matches(_found(event).source, gold.source)
           and actor_matches(_found(event).target, gold.target) for event in rooted):
        return "candidate"
    if any(not event.source.code for event in rooted):
        return "unnamed candidate"
    return "none"


def cause_of(event: Event, place: bool, gold: Sequence[GoldEvent]) -> str:
    """Why a kept event from the unknown doer matches no gold event (module docstring)."""
    found = _found(event)
    same_root = [one for one in gold if code_matches(event.cameo, one.code, Level.root)]
    if any(actor_matches(found.source, one.source) and actor_matches(found.target, one.target)
           for one in same_root):
        return "duplicate"
    if any(actor_matches(found.target, one.target) for one in same_root):
        return "named doer"
    if any(allows_unnamed(one) for one in same_root):
        return "victim"
    if place:
        return "place"
    return "no target" if same_root else "spurious"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep the coded splits in this pickle")
    parser.add_argument("--list", action="store_true",
                        help="list each gold event and each wrong kept event with its sentence")
    args = parser.parse_args()
    study = ds.load_study(args.cache)
    threshold = load_decision_model().event.threshold
    _, _, fold_models = ds.fit_models(study, study.base_train, study.base_dev,
                                      study.base_plv, ds.VARIANTS["now"])
    fates: Counter[tuple[str, str, str]] = Counter()
    causes: Counter[tuple[str, str]] = Counter()
    kept_unnamed: Counter[tuple[str, bool]] = Counter()
    lines: list[str] = []
    for item, scored, events in ds.kept_out_of_fold(study, fold_models, threshold):
        draw = draw_of(item.record.id)
        gold = item.record.events
        matched = match_events(gold, found_events(tuple(events)))
        candidates = [candidate.event for candidate, _ in scored]
        places = {candidate.event.id for candidate, _ in scored if candidate.place}
        for index, one in enumerate(gold):
            if not allows_unnamed(one):
                continue
            fate = fate_of(one, index in matched, events, candidates)
            fates[(draw, one.code[0][:2], fate)] += 1
            lines.append(f"gold {item.record.id} [{fate}] {one.describe()}")
        taken = set(matched.values())
        for index, event in enumerate(events):
            if event.source.code:
                continue
            kept_unnamed[(draw, index in taken)] += 1
            if index in taken:
                continue
            cause = cause_of(event, event.id in places, gold)
            causes[(draw, cause)] += 1
            lines.append(f"kept {item.record.id} [{cause}] {_found(event).describe()} "
                         f"[{event.trigger}] {event.evidence.sentence[:200]!r}")
    draws = sorted({key[0] for key in fates} | {key[0] for key in kept_unnamed})
    print("gold events allowing the unknown doer, by fate (train out of fold):")
    by_draw: Counter[tuple[str, str]] = Counter()
    roots: Counter[tuple[str, str]] = Counter()
    for (draw, root, fate), n in fates.items():
        by_draw[(draw, fate)] += n
        roots[(root, fate)] += n
    for fate in GOLD_FATES:
        cells = ", ".join(f"{draw} {by_draw[(draw, fate)]}" for draw in draws)
        print(f"  {fate:<18} {sum(by_draw[(d, fate)] for d in draws):>4}  ({cells})")
    print("  by root: " + "; ".join(
        f"{root} " + "/".join(str(roots[(root, fate)]) for fate in GOLD_FATES)
        for root in sorted({root for root, _ in roots})))
    print("kept events from the unknown doer: right/wrong by draw: " + ", ".join(
        f"{draw} {kept_unnamed[(draw, True)]}/{kept_unnamed[(draw, False)]}" for draw in draws))
    print("wrong ones by cause:")
    for cause in FALSE_CAUSES:
        cells = ", ".join(f"{draw} {causes[(draw, cause)]}" for draw in draws)
        print(f"  {cause:<12} {sum(causes[(d, cause)] for d in draws):>4}  ({cells})")
    if args.list:
        print()
        print("\n".join(sorted(lines)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
