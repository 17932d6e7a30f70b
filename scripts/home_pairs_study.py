"""Sort the events the decision stage keeps on train's articles that pair a body with its own
country named bare (``tacitus.events.home_pairs.home_side``: "Israel's cabinet met" read as
ISRGOV and ISR) into right and wrong, by draw, direction, the body's type and whether another
candidate of the trigger names a party of another country (a development tool; writes nothing).

Reads train only (dev and the other splits are never listed). By default the packaged model
judges the articles (in sample: a reading aid); ``--out-of-fold`` fits the event model as
``scripts/false_events.py`` does and judges each article with the model of its fold.
``--list`` prints each such event with its sentence.

    .venv/bin/python scripts/home_pairs_study.py --cache FILE [--out-of-fold] [--list]

``--cache`` reads (or writes) the pickle of ``scripts/train_decision.py --cache``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import decision_study as ds
import train_decision as td
from studied_gold import draw_of

from tacitus.evaluation.matching import match_events
from tacitus.evaluation.records import found_events
from tacitus.events.candidates import Candidate
from tacitus.events.decision import LinearModel, choose_events, load_decision_model
from tacitus.events.home_pairs import home_side
from tacitus.model import Event

TOPIC_IN_SAMPLE = 1.0


@dataclass(frozen=True, slots=True)
class HomePair:
    """One kept event of a body and its own country, with what it is sorted by."""

    article: str
    right: bool
    side: str
    body: str
    foreign: bool
    event: Event

    def key(self) -> tuple[str, str, str, str]:
        return (draw_of(self.article), self.side, self.body,
                "foreign" if self.foreign else "one country")

    def describe(self) -> str:
        found = found_events((self.event,))
        text = found[0].describe() if found else "negated"
        return (f"{self.article} {'RIGHT' if self.right else 'wrong'} {self.side} {text} "
                f"[{self.event.trigger}] {self.event.evidence.sentence[:160]!r}")


def home_pairs(item: td.Coded, scored: ds.Article, model: LinearModel) -> list[HomePair]:
    """The kept events of one article that pair a body with its own country."""
    events = [event for event in choose_events(scored, model, item.doc, item.mentions)
              if not event.negated]
    found = found_events(tuple(events))
    taken = set(match_events(item.record.events, found).values())
    sides: dict[str, set[str]] = {}
    for candidate, _ in scored:
        sides.setdefault(candidate.group, set()).update(_sides(candidate))
    out = []
    for index, event in enumerate(events):
        side = home_side(event)
        if not side or event.target is None:
            continue
        body = event.source if side == "target" else event.target
        country = body.country or ""
        group = f"{event.evidence.sentence_index}:{event.trigger_start}"
        out.append(HomePair(item.record.id, index in taken, side, body.code[len(country):][:3],
                            bool(sides.get(group, set()) - {country}), event))
    return out


def _sides(candidate: Candidate) -> set[str]:
    event = candidate.event
    return {actor.country or actor.code[:3] for actor in (event.source, event.target)
            if actor is not None and actor.code}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep the coded splits in this pickle")
    parser.add_argument("--out-of-fold", action="store_true",
                        help="judge each article with a model fitted without its fold")
    parser.add_argument("--list", action="store_true", help="list every such event")
    args = parser.parse_args()
    packaged = load_decision_model().event
    if args.out_of_fold:
        study = ds.load_study(args.cache)
        _, _, folds = ds.fit_models(study, study.base_train, study.base_dev, study.base_plv,
                                    ds.VARIANTS["now"])
        judged = [(item, scored, replace(folds[fold], threshold=packaged.threshold))
                  for item, scored, keep, fold in zip(study.train, study.base_train,
                                                      study.train_political, study.folds,
                                                      strict=True) if keep]
    else:
        train, _, _ = td.coded_splits(args.cache)
        judged = [(item, item.read(TOPIC_IN_SAMPLE), packaged)
                  for item in train if item.record.events]
    pairs = [pair for item, scored, model in judged
             for pair in home_pairs(item, scored, model)]
    tally: Counter[tuple[tuple[str, str, str, str], bool]] = Counter(
        (pair.key(), pair.right) for pair in pairs)
    print("draw side body trigger: right / kept")
    for key in sorted({key for key, _ in tally}):
        right, wrong = tally[(key, True)], tally[(key, False)]
        print(f"  {' '.join(key)}: {right} / {right + wrong}")
    print(f"all: {sum(pair.right for pair in pairs)} / {len(pairs)}")
    if args.list:
        for pair in sorted(pairs, key=lambda p: p.key()):
            print(pair.describe())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
