"""Sort the decision stage's false events on dev and on train out of fold (a development tool;
writes nothing).

Fits the event model as ``scripts/decision_study.py`` does (the threshold the packaged model
uses), keeps dev's events with it and train's with the model of each article's fold, and sorts
each kept event that matches no gold event one-to-one (``match_events``) into:

- ``duplicate``: it matches a gold event that another kept event matches already;
- ``swapped``: a gold event has its root and its actors the other way round;
- ``root``: a gold event of its article has both its actors (either way round), not its root;
- ``actor``: a gold event has its root and one of its actors;
- ``spurious``: no gold event shares its root and an actor.

Spurious events are then given a first cause from what the parse and the features show, in
this order (the first that holds): ``nonpolitical`` (an article whose gold lists no event),
``repeat`` (another kept event of the article, earlier, has its root and an actor of it: a
re-mention), ``background`` (the background verdict, or an event date more than a week before
the article), ``unrealised`` (scheduled, conditional, modal or future), ``negated``,
``quoted`` (inside quotation marks), ``reported`` (under a reporting verb: a stance reported,
no act), ``noun`` (a trigger that is no verb), ``headline`` (the article's first sentence),
``generic`` (a verb in the simple present), ``other``. ``--all-kinds`` gives every false event
its cause, not only the spurious ones (a wrong root or a wrong actor on a background or
unrealised act is as wrong), and prints the causes of each kind and of all. The causes are a
reading aid to check by reading the listed sentences (``--list``: train's only; dev's counts are
printed, its sentences only with ``--list-dev``, since helpers read dev's figures and never its
errors), not a verdict.

``--draw ru`` keeps train's articles of one draw (an id's first part) in the table and the list,
still scored by the fold models fitted on all of train; ``--threshold`` sorts the events kept at
another threshold than the packaged model's; ``--by-draw`` prints train's table for each draw
too (one fitting for the three). ``--by-root`` prints train's kept events by CAMEO root: how
many were kept, how many of them were right, and their precision, pooled and by draw, the roots
with the most false events first (which roots the model keeps wrongly most).

    .venv/bin/python scripts/false_events.py [--cache FILE] [--list] [--list-dev] [--draw NAME]
        [--threshold VALUE] [--all-kinds] [--by-draw] [--by-root]

``--cache`` reads (or writes) the pickle of ``scripts/train_decision.py --cache``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import decision_study as ds
import train_decision as td
from studied_gold import draw_of

from tacitus.evaluation.matching import Level, actor_matches, code_matches, match_events
from tacitus.evaluation.records import FoundEvent, GoldEvent, found_events
from tacitus.events.decision import LinearModel, choose_events, load_decision_model
from tacitus.model import Event

KINDS = ("duplicate", "swapped", "root", "actor", "spurious")
CAUSES = ("nonpolitical", "repeat", "background", "unrealised", "negated", "quoted",
          "reported", "noun", "headline", "generic", "other")
OLD_DATES = ("date=8-60", "date=>60")
FUTURE_AUX = ("aux=will", "aux='ll", "aux=to")
PRESENT_TAGS = ("tag=VBZ", "tag=VBP")


@dataclass(frozen=True, slots=True)
class FalseEvent:
    """One kept event that matches no gold event, with what it was sorted into."""

    article: str
    kind: str
    cause: str
    event: Event
    features: tuple[str, ...]

    def describe(self) -> str:
        found = found_events((self.event,))
        text = found[0].describe() if found else "negated"
        return (f"{self.article} [{self.kind}/{self.cause}] {text} [{self.event.trigger}] "
                f"{self.event.evidence.sentence[:160]!r}")


def same_sides(found: FoundEvent, event: GoldEvent) -> bool:
    """Whether ``found``'s source and target match ``event``'s, each its own."""
    return (actor_matches(found.source, event.source)
            and actor_matches(found.target, event.target))


def crossed_sides(found: FoundEvent, event: GoldEvent) -> bool:
    """Whether ``found``'s source and target match ``event``'s target and source."""
    return (bool(found.target) and actor_matches(found.target, event.source)
            and actor_matches(found.source, event.target))


def kind_of(found: FoundEvent, gold: Sequence[GoldEvent]) -> str:
    """Which sort of false event ``found`` is among its article's ``gold`` events (one it
    matches in full is matched already by another kept event: the pairing is maximal)."""
    def straight(event: GoldEvent) -> bool:
        return same_sides(found, event)

    def crossed(event: GoldEvent) -> bool:
        return crossed_sides(found, event)

    def both(event: GoldEvent) -> bool:
        return straight(event) or crossed(event)

    same_root = [event for event in gold if code_matches(found.code, event.code, Level.root)]
    if any(straight(event) for event in same_root):
        return "duplicate"
    if any(crossed(event) for event in same_root):
        return "swapped"
    if any(both(event) for event in gold):
        return "root"
    if any(actor_matches(found.source, event.source)
           or (found.target and actor_matches(found.target, event.target))
           for event in same_root):
        return "actor"
    return "spurious"


def repeats(later: Event, earlier: Event) -> bool:
    """The ``repeat`` cause: ``earlier`` has the root of ``later`` and an actor of it (by the
    code's first three letters)."""
    if later.cameo[:2] != earlier.cameo[:2]:
        return False
    mine = {later.source.code[:3], later.target.code[:3] if later.target else ""} - {""}
    theirs = {earlier.source.code[:3], earlier.target.code[:3] if earlier.target else ""} - {""}
    return bool(mine & theirs)


def cause_of(event: Event, features: Sequence[str], earlier: Sequence[Event],
             political: bool) -> str:
    """The first cause (module docstring) that the event and its features show."""
    present = set(features)
    tests = (
        ("nonpolitical", not political),
        ("repeat", any(repeats(event, other) for other in earlier)),
        ("background", "background=True" in present or bool(present & set(OLD_DATES))),
        ("unrealised", "unrealised=True" in present or "modal" in present
         or "condition" in present or bool(present & set(FUTURE_AUX))),
        ("negated", "negated" in present or event.negated),
        ("quoted", "quoted=True" in present),
        ("reported", "reported=True" in present),
        ("noun", any(f.startswith("pos=") and f not in {"pos=VERB", "pos=AUX"}
                     for f in present)),
        ("headline", "sentence=0" in present),
        ("generic", bool(present & set(PRESENT_TAGS))),
    )
    return next((name for name, holds in tests if holds), "other")


def sort_article(item: td.Coded, scored: ds.Article, model: LinearModel, *,
                 all_kinds: bool = False) -> list[FalseEvent]:
    """The false events the model keeps in one article (``all_kinds``: each given a cause, not
    only the spurious ones)."""
    events = [event for event in choose_events(scored, model, item.doc, item.mentions)
              if not event.negated]
    found = found_events(tuple(events))
    matched = match_events(item.record.events, found)
    taken = set(matched.values())
    by_id = {candidate.event.id: tuple(features) for candidate, features in scored}
    political = bool(item.record.events)
    out = []
    for index, (event, one) in enumerate(zip(events, found, strict=True)):
        if index in taken:
            continue
        kind = kind_of(one, item.record.events)
        features = by_id.get(event.id, ())
        cause = (cause_of(event, features, events[:index], political)
                 if kind == "spurious" or all_kinds else "-")
        out.append(FalseEvent(item.record.id, kind, cause, event, features))
    return out


def kept_roots(item: td.Coded, scored: ds.Article, model: LinearModel) -> Counter[str]:
    """How many events of each CAMEO root the model keeps in one article (as ``sort_article``
    keeps them)."""
    return Counter(event.cameo[:2] for event in choose_events(scored, model, item.doc,
                                                              item.mentions)
                   if not event.negated)


def root_table(kept: dict[str, Counter[str]], false: Sequence[FalseEvent]) -> None:
    """Train's kept events by root: kept, right and precision, pooled and by draw (``kept``:
    the kept roots by draw), the roots with the most false events first."""
    wrong: dict[str, Counter[str]] = {}
    for event in false:
        wrong.setdefault(draw_of(event.article), Counter())[event.event.cameo[:2]] += 1
    draws = sorted(kept)
    pooled_kept = sum(kept.values(), Counter())
    pooled_wrong = sum(wrong.values(), Counter())
    print("\nroot: kept right P" + "".join(f" | {draw}: kept right P" for draw in draws))
    for root in sorted(pooled_kept, key=lambda code: (-pooled_wrong[code], code)):
        cells = [_cell(pooled_kept[root], pooled_wrong[root])]
        cells += [_cell(kept[draw][root], wrong.get(draw, Counter())[root]) for draw in draws]
        print(f"{root}: " + " | ".join(cells))


def _cell(kept: int, wrong: int) -> str:
    right = kept - wrong
    return f"{kept} {right} {right / kept:.2f}" if kept else "0 0 -"


def table(name: str, false: Sequence[FalseEvent]) -> None:
    kinds = Counter(event.kind for event in false)
    print(f"{name}: {len(false)} false events: "
          + ", ".join(f"{kind} {kinds[kind]}" for kind in KINDS))
    if any(event.kind != "spurious" and event.cause != "-" for event in false):
        print("   all kinds by cause: " + _counts(Counter(event.cause for event in false)))
    for kind in KINDS:
        of_kind = Counter(event.cause for event in false
                          if event.kind == kind and event.cause != "-")
        if of_kind:
            print(f"   {kind} by cause: " + _counts(of_kind))


def _counts(causes: Counter[str]) -> str:
    return ", ".join(f"{cause} {causes[cause]}" for cause in CAUSES if causes[cause])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep the coded splits in this pickle")
    parser.add_argument("--list", action="store_true",
                        help="list every false event of train out of fold (dev: counts only)")
    parser.add_argument("--list-dev", action="store_true",
                        help="list dev's false events too (dev is studied by the lead only)")
    parser.add_argument("--draw", help="train's articles of this draw only (rn, rt, ru)")
    parser.add_argument("--all-kinds", action="store_true",
                        help="give every false event a cause, not only the spurious ones")
    parser.add_argument("--by-draw", action="store_true",
                        help="train's table for each draw too")
    parser.add_argument("--by-root", action="store_true",
                        help="train's kept events by CAMEO root, right and precision by draw")
    parser.add_argument("--threshold", type=float,
                        help="the event threshold (default: the packaged model's)")
    args = parser.parse_args()
    study = ds.load_study(args.cache)
    threshold = (args.threshold if args.threshold is not None
                 else load_decision_model().event.threshold)
    event, _, fold_models = ds.fit_models(study, study.base_train, study.base_dev,
                                          study.base_plv, ds.VARIANTS["now"])
    dev_model = replace(event, threshold=threshold)
    splits = {
        "dev": [false for item, scored, keep in zip(study.dev, study.base_dev,
                                                    study.dev_political, strict=True)
                if keep for false in sort_article(item, scored, dev_model,
                                                  all_kinds=args.all_kinds)],
        "train out of fold": [
            false for item, scored, keep, fold in zip(study.train, study.base_train,
                                                      study.train_political, study.folds,
                                                      strict=True)
            if keep and (args.draw is None or draw_of(item.record.id) == args.draw)
            for false in sort_article(
                item, scored, replace(fold_models[fold], threshold=threshold),
                all_kinds=args.all_kinds)],
    }
    for name, false in splits.items():
        table(name, false)
    if args.by_draw:
        train = splits["train out of fold"]
        for draw in sorted({draw_of(false.article) for false in train}):
            table(f"train out of fold, draw {draw}",
                  [false for false in train if draw_of(false.article) == draw])
    if args.by_root:
        kept: dict[str, Counter[str]] = {}
        for coded, scored, keep, fold in zip(study.train, study.base_train,
                                             study.train_political, study.folds, strict=True):
            if keep and (args.draw is None or draw_of(coded.record.id) == args.draw):
                kept.setdefault(draw_of(coded.record.id), Counter()).update(kept_roots(
                    coded, scored, replace(fold_models[fold], threshold=threshold)))
        root_table(kept, splits["train out of fold"])
    if args.list or args.list_dev:
        listed = {"train out of fold": args.list, "dev": args.list_dev}
        for name, false in splits.items():
            if not listed[name]:
                continue
            print(f"\n== {name} ==")
            for item in sorted(false, key=lambda f: (f.kind, f.cause, f.article)):
                print(item.describe())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
