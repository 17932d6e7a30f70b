"""Read the targetless events and the exact repeats the decision stage keeps on train out of
fold (a development tool; writes nothing but ``--models``, the pickle of
``scripts/repeat_study.py``).

Fits the event model as ``scripts/false_events.py`` does (the packaged model's threshold) and
keeps train's events with the model of each article's fold. Prints, by draw and by CAMEO root:

- the gold events of train with an empty target (how often the gold codes a root without one);
- the kept events with no target, right (matched to a gold event one to one) or false;
- the kept events that repeat an earlier kept event of their article with the same source
  code, root and target code (the same happening twice, by the evaluation's reading), right or
  false, and the false events of kind ``duplicate`` (``false_events.kind_of``: a gold event they
  match is matched by another kept event already);
- with ``--roots 01,02``: the figures by draw (hits, kept, precision, recall, F1) with the
  targetless events of every other root dropped, beside the figures as kept (no refit: the fold
  models as they are, so it reads what a rule would remove, not what a refit would keep).

It also prints the repeats by where the earlier event stands (its sentence or an earlier one)
and the figures with each repeat of an earlier event of its sentence dropped. ``--packaged``
keeps with the packaged model instead (in sample, no fitting). ``--list`` prints train's
targetless, repeated and duplicate kept events with their sentences (train only: dev is never
listed).

Measured in round twenty-four (first split into folds, threshold 0.146): 52 targetless events
kept, 6 right (01 2 of 10, 09 1 of 4, 11 1 of 7, 15 2 of 5, none of the 26 others); dropping
those of roots outside ``01 07 08 09 15`` (the roots the gold leaves without a target a fifth of
the time or more) moved F1 0.377 -> 0.380 (rn 0.432 -> 0.437, rt 0.386 -> 0.391, ru 0.345 ->
0.347), and refitted (``train_decision.py --check``) 0.379-0.388 -> 0.382-0.390 by repeat, but
dev 0.396 -> 0.385 (threshold 0.146 -> 0.140; with the packaged model 0.393: 3 dev events
removed, one right by root): not kept. Repeats of source, root and target: 49 kept, 18 right (19
in sentences of their own, 18 in one sentence, 6 right); dropping the same-sentence ones left
F1 at 0.377 (rn +0.002, rt and ru 0). Most false events of kind ``duplicate`` (77) are no
second reading of one happening but country-level matches of another act of the article.

    .venv/bin/python scripts/targetless_study.py --cache FILE [--models FILE] [--list]
        [--roots LIST] [--packaged]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import decision_study as ds
import train_decision as td
from false_events import kind_of
from repeat_study import fold_models
from studied_gold import draw_of

from tacitus.evaluation.matching import match_events
from tacitus.evaluation.records import found_events
from tacitus.events.decision import load_decision_model
from tacitus.model import Event

DRAWS = ("rn", "rt", "ru")
Kept = list[tuple[td.Coded, list[Event]]]


def kept_events(study: ds.Study, cache_models: Path | None, *, packaged: bool = False) -> Kept:
    """Each political train article with the events its fold model keeps (negated left out;
    ``packaged``: the packaged model's, in sample, with no fitting)."""
    threshold = load_decision_model().event.threshold
    models = ([load_decision_model().event] * td.FOLDS if packaged
              else fold_models(study, cache_models))
    return [(item, events)
            for item, _, events in ds.kept_out_of_fold(study, models, threshold)]


def key_of(event: Event) -> tuple[str, str, str]:
    return (event.source.code, event.cameo[:2], event.target.code if event.target else "")


def gold_table(kept: Kept) -> None:
    total: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    for item, _ in kept:
        for gold in item.record.events:
            for root in {code[:2] for code in gold.code if code}:
                total[root] += 1
                empty[root] += "" in gold.target
    print("gold events of train with an empty target, by root (empty/all):")
    print("  " + "  ".join(f"{root} {empty[root]}/{total[root]}" for root in sorted(total)))


def verdicts(kept: Kept, chosen: Callable[[td.Coded, list[Event], int, set[int]], str | None]
             ) -> Counter[tuple[str, str, str]]:
    """(draw or ``all``, root, right/false) of each kept event ``chosen`` names a row for."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for item, events in kept:
        right = set(match_events(item.record.events, found_events(tuple(events))).values())
        for index in range(len(events)):
            row = chosen(item, events, index, right)
            if row is None:
                continue
            verdict = "right" if index in right else "false"
            for draw in ("all", draw_of(item.record.id)):
                counts[draw, row, verdict] += 1
                counts[draw, "all", verdict] += 1
    return counts


def print_verdicts(name: str, counts: Counter[tuple[str, str, str]]) -> None:
    print(f"\n{name}: right/false by draw (all, {', '.join(DRAWS)})")
    rows = sorted({row for _, row, _ in counts}, key=lambda row: (row != "all", row))
    for row in rows:
        print(f"  {row}: " + "  ".join(f"{counts[draw, row, 'right']}/{counts[draw, row, 'false']}"
                                      for draw in ("all", *DRAWS)))


def targetless(item: td.Coded, events: list[Event], index: int, right: set[int]) -> str | None:
    return events[index].cameo[:2] if events[index].target is None else None


def repeated(item: td.Coded, events: list[Event], index: int, right: set[int]) -> str | None:
    key = key_of(events[index])
    return key[1] if any(key_of(other) == key for other in events[:index]) else None


def repeated_where(item: td.Coded, events: list[Event], index: int, right: set[int]
                   ) -> str | None:
    """``repeated``'s row by where the earlier event stands: its sentence or an earlier one."""
    key = key_of(events[index])
    earlier = [other for other in events[:index] if key_of(other) == key]
    if not earlier:
        return None
    here = events[index].evidence.sentence_index
    return ("same sentence" if any(other.evidence.sentence_index == here for other in earlier)
            else "earlier sentence")


def duplicate(item: td.Coded, events: list[Event], index: int, right: set[int]) -> str | None:
    if index in right:
        return None
    found = found_events((events[index],))[0]
    return events[index].cameo[:2] if kind_of(found, item.record.events) == "duplicate" else None


def figures(kept: Kept, keep: Callable[[list[Event]], list[Event]]) -> None:
    """Hits, kept, precision, recall and F1 by draw of the events ``keep`` holds of each
    article's."""
    cells = []
    for draw in ("all", *DRAWS):
        hits = found = gold = 0
        for item, events in kept:
            if draw != "all" and draw_of(item.record.id) != draw:
                continue
            held = tuple(keep(events))
            hits += len(match_events(item.record.events, found_events(held)))
            found += len(held)
            gold += len(item.record.events)
        precision = hits / found if found else 0.0
        recall = hits / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
        cells.append(f"{draw}: {hits}/{found} P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
    print("  " + " | ".join(cells))


def listing(kept: Kept, chosen: Callable[[td.Coded, list[Event], int, set[int]], str | None],
            name: str) -> None:
    print(f"\n== {name} (train) ==")
    for item, events in kept:
        right = set(match_events(item.record.events, found_events(tuple(events))).values())
        for index, event in enumerate(events):
            if chosen(item, events, index, right) is None:
                continue
            verdict = "right" if index in right else "false"
            print(f"{item.record.id} {verdict} {found_events((event,))[0].describe()} "
                  f"[{event.trigger}] s{event.evidence.sentence_index} "
                  f"{event.evidence.sentence[:170]!r}")


def first_in_sentence(events: list[Event]) -> list[Event]:
    """``events`` less each that repeats the source, root and target of one of its sentence."""
    seen: set[tuple[int, tuple[str, str, str]]] = set()
    held = []
    for event in events:
        place = (event.evidence.sentence_index, key_of(event))
        if place not in seen:
            held.append(event)
        seen.add(place)
    return held


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="the coded splits' pickle")
    parser.add_argument("--models", type=Path, help="keep the fold models in this pickle")
    parser.add_argument("--list", action="store_true", help="list the events (train only)")
    parser.add_argument("--roots", action="append",
                        help="roots kept without a target, comma-separated (repeatable)")
    parser.add_argument("--packaged", action="store_true",
                        help="keep with the packaged model (in sample, no fitting)")
    args = parser.parse_args(argv)
    study = ds.load_study(args.cache)
    kept = kept_events(study, args.models, packaged=args.packaged)
    gold_table(kept)
    print_verdicts("kept events with no target, by root", verdicts(kept, targetless))
    print_verdicts("kept repeats of source, root and target", verdicts(kept, repeated))
    print_verdicts("kept repeats by sentence", verdicts(kept, repeated_where))
    print_verdicts("false events of kind duplicate", verdicts(kept, duplicate))
    print("\nas kept:")
    figures(kept, lambda events: events)
    print("same-sentence repeats of source, root and target dropped:")
    figures(kept, first_in_sentence)
    for listed in args.roots or ():
        roots = set(listed.split(",")) - {""}
        print(f"targetless kept only for roots {sorted(roots)}:")
        figures(kept, lambda events, roots=roots: [  # type: ignore[misc]
            event for event in events if event.target is not None or event.cameo[:2] in roots])
    if args.list:
        listing(kept, targetless, "targetless")
        listing(kept, repeated, "repeats")
        listing(kept, duplicate, "duplicates")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
