"""Read the repeats the decision stage keeps on train out of fold (a development tool; writes
nothing but its own ``--models`` pickle).

Fits the event model as ``scripts/false_events.py`` does (the packaged model's threshold), keeps
train's events with the model of each article's fold and, in each article, pairs every kept
event with the earlier kept events of its CAMEO root that share an actor with it (by country or
group part: ``false_events.py``'s ``repeat``). Each later event of such a pair is right (it
matches a gold event one to one) or false, and is described by what the article shows of the
two: whether they stand in one sentence, the later trigger's part of speech and determiner ("the
attack", "Monday's strike", "an attack"), whether the pair is the same both ways, whether the
later one names a target the earlier lacks, their dates, their sentences' distance. Prints the
counts of right and false later events by each description, by draw, and with ``--list`` each
pair (train only: dev is never listed).

    .venv/bin/python scripts/repeat_study.py --cache FILE [--models FILE] [--list]
        (--models: the fitted fold models kept in a pickle between runs)
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import decision_study as ds
import train_decision as td
from false_events import repeats
from studied_gold import draw_of

from tacitus.evaluation.matching import match_events
from tacitus.evaluation.records import found_events
from tacitus.events.background import trigger_head
from tacitus.events.decision import LinearModel, load_decision_model
from tacitus.model import Actor, Event

DRAWS = ("rn", "rt", "ru")


def side(actor: Actor | None) -> str:
    return actor.code[:3] if actor is not None else ""


def describe(item: td.Coded, later: Event, earlier: Event) -> dict[str, str]:
    """What the article shows of a later event beside an earlier one of its root."""
    head = trigger_head(item.doc, later)
    pos = head.pos_ if head is not None else "-"
    determiner = "-"
    if head is not None and head.pos_ != "VERB":
        children = {child.dep_: child for child in head.children}
        if "poss" in children:
            determiner = "poss"
        elif "det" in children:
            determiner = children["det"].lower_
        elif any(child.dep_ in {"compound", "amod"} for child in head.children):
            determiner = "modifier"
    same_pair = (side(later.source) == side(earlier.source)
                 and side(later.target) == side(earlier.target))
    gap = later.evidence.sentence_index - earlier.evidence.sentence_index
    if later.date is None or earlier.date is None:
        dates = "undated"
    else:
        dates = "same" if later.date == earlier.date else "other"
    return {
        "sentence": "same" if gap == 0 else "next" if gap == 1 else "later",
        "pos": "VERB" if pos in {"VERB", "AUX"} else "NOUN" if pos in {"NOUN", "PROPN"} else pos,
        "det": determiner,
        "pair": "same" if same_pair else "shared",
        "target": ("adds" if later.target is not None and earlier.target is None
                   else "lacks" if later.target is None and earlier.target is not None
                   else "both" if later.target is not None else "none"),
        "dates": dates,
        "code": "same" if later.cameo == earlier.cameo else "other",
        "trigger": ("same" if later.trigger.lower() == earlier.trigger.lower() else "other"),
    }


def fold_models(study: ds.Study, path: Path | None) -> list[LinearModel]:
    if path is not None and path.exists():
        with path.open("rb") as handle:
            models: list[LinearModel] = pickle.load(handle)
        return models
    _, _, models = ds.fit_models(study, study.base_train, study.base_dev, study.base_plv,
                                 ds.VARIANTS["now"])
    if path is not None:
        with path.open("wb") as handle:
            pickle.dump(models, handle)
    return models


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="the coded splits' pickle")
    parser.add_argument("--models", type=Path, help="keep the fold models in this pickle")
    parser.add_argument("--list", action="store_true", help="list every pair (train only)")
    args = parser.parse_args()
    study = ds.load_study(args.cache)
    threshold = load_decision_model().event.threshold
    models = fold_models(study, args.models)
    counts: Counter[tuple[str, str, str, str]] = Counter()
    lines: list[str] = []
    for item, _, events in ds.kept_out_of_fold(study, models, threshold):
        if not events:
            continue
        draw = draw_of(item.record.id)
        right = set(match_events(item.record.events, found_events(tuple(events))).values())
        for index, later in enumerate(events):
            earlier = next((other for other in reversed(events[:index])
                            if repeats(later, other)), None)
            if earlier is None:
                continue
            verdict = "right" if index in right else "false"
            facts = describe(item, later, earlier)
            for name, value in facts.items():
                counts[draw, name, value, verdict] += 1
                counts["all", name, value, verdict] += 1
            counts[draw, "all", "all", verdict] += 1
            counts["all", "all", "all", verdict] += 1
            lines.append(f"{item.record.id} {verdict} "
                         + " ".join(f"{name}={value}" for name, value in facts.items())
                         + f"\n   earlier {found_events((earlier,))[0].describe()} "
                           f"[{earlier.trigger}] {earlier.evidence.sentence[:150]!r}"
                         + f"\n   later   {found_events((later,))[0].describe()} "
                           f"[{later.trigger}] {later.evidence.sentence[:150]!r}")
    names = sorted({(name, value) for _, name, value, _ in counts})
    print("description: right/false by draw (" + ", ".join(("all", *DRAWS)) + ")")
    for name, value in names:
        cells = [f"{counts[draw, name, value, 'right']}/{counts[draw, name, value, 'false']}"
                 for draw in ("all", *DRAWS)]
        print(f"{name}={value}: " + "  ".join(cells))
    if args.list:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
