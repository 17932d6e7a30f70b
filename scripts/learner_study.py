"""Measure other learners and feature crosses for the event decision model, by the protocol of
``scripts/train_decision.py`` (issue #17).

Each variant is a ``decision_learner.Learner`` and, optionally, a set of feature crosses added to
every candidate's features (``CROSSES``) before fitting. For each, as ``train_decision`` does: the
event model fitted on train and the PLV half, train scored out of fold five times over (five fixed
splits into folds), the calibration and the event threshold chosen on dev pooled with train out of
fold, then train's out-of-fold F1 by draw (each repeat), dev's figures and the fitting time. The
topic model, the candidates and their features are read once and shared by every variant.

    .venv/bin/python scripts/learner_study.py --cache FILE [--variants NAME,NAME…]

Needs the `train` extra (scikit-learn). Reads no test split; dev gives figures only.

Round twenty-eight (main b8eb312's cache; train out of fold F1 by draw, range over the five
repeats; dev F1): base rn 0.429-0.465 rt 0.399-0.407 ru 0.363-0.371, dev 0.401. Nothing met the
keep rule: blend5 (trees as they are, half the log-odds) rn 0.423-0.458 rt 0.403-0.413 ru
0.356-0.375, dev 0.366, at about six times the fitting time; x_kinds rt 0.400-0.415, dev 0.401,
rn and ru no better; x_paths dev 0.406 but rt 0.387-0.396; x_time, x_say, x_all, c0.1, c1,
rootbal lose on dev and gain on no two draws.

Round thirty-nine (main c10136c's cache; base rn 0.425-0.456 rt 0.401-0.414 ru 0.376-0.384, dev
F1 0.392, P 0.407 n 140): x_rep (reported=True/False with the root) rn 0.424-0.455 rt
0.400-0.415 ru 0.372-0.384, dev P 0.393 (n 145) F1 0.385; x_rep_doer (a reported clause whose
source is not its speaker, with the root) rn 0.424-0.454 rt 0.399-0.412 ru 0.372-0.384, dev the
same 0.385. Neither meets the keep rule: the reporting frame the features read already (reported,
reporter, source=speaker with the root) carries what a root cross adds, and the threshold moves
five more wrong events into dev.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from decision_learner import Learner
from train_decision import (
    LEARNER,
    REPEATS,
    SEED,
    Coded,
    Scored,
    by_draw,
    coded_splits,
    confident_report,
    fit_event_model,
    fit_topic,
    marked_rows,
    topic_threshold_of,
)

from tacitus.evaluation.metrics import Counts

Features = tuple[str, ...]
Cross = Callable[[Features], Features]


def _values(features: Features, prefix: str) -> list[str]:
    return [feature[len(prefix):] for feature in features if feature.startswith(prefix)]


def _root(features: Features) -> str:
    return next(iter(_values(features, "root=")), "")


def cross_kinds(features: Features) -> Features:
    """The source's and the target's kinds together, with the root: who does what to whom."""
    root = _root(features)
    source = next(iter(_values(features, "source_kind=")), "none")
    target = next(iter(_values(features, "target_kind=")), "none")
    return (f"x_kinds={source}>{target}|{root}",)


def cross_time(features: Features) -> Features:
    """The background and unrealised verdicts and the date's distance, with the root."""
    root = _root(features)
    return tuple(f"x_{feature}|{root}" for feature in features
                 if feature.startswith(("background=", "unrealised=", "date=")))


def cross_say(features: Features) -> Features:
    """The reported-speech frame (reported, quoted, clause type), with the root."""
    root = _root(features)
    return tuple(f"x_{feature}|{root}" for feature in features
                 if feature.startswith(("reported=", "quoted=", "clause=")))


def cross_reported(features: Features) -> Features:
    """Whether a reporting verb carries the trigger's clause, with the root: reported intents,
    cooperation and threats are kept at about two thirds of the precision of told ones."""
    root = _root(features)
    return tuple(f"x_{feature}|{root}" for feature in features
                 if feature.startswith("reported="))


def cross_reported_doer(features: Features) -> Features:
    """A reported clause whose source is not its speaker (another actor's act retold), with the
    root: the speaker's own stance is ``source=speaker`` already."""
    root = _root(features)
    if "reported=True" not in features or "source=speaker" in features:
        return ()
    return (f"x_reported_doer|{root}",)


def cross_paths(features: Features) -> Features:
    """The dependency paths of source and target to the trigger, with the root."""
    root = _root(features)
    return tuple(f"x_{feature}|{root}" for feature in features
                 if feature.startswith(("source_path=", "target_path=")))


CROSSES: dict[str, Cross] = {"kinds": cross_kinds, "time": cross_time, "say": cross_say,
                             "paths": cross_paths, "reported": cross_reported,
                             "reported_doer": cross_reported_doer}


@dataclass(frozen=True, slots=True)
class Variant:
    """A learner and the crosses added to every candidate's features."""

    learner: Learner
    crosses: tuple[str, ...] = ()


VARIANTS: dict[str, Variant] = {
    "base": Variant(LEARNER),
    # (a) the boosted blend
    "blend5": Variant(replace(LEARNER, blend=0.5)),
    "blend3": Variant(replace(LEARNER, blend=0.3)),
    "blend3_d5": Variant(replace(LEARNER, blend=0.3, depth=5, iterations=200)),
    "blend3_lr1": Variant(replace(LEARNER, blend=0.3, learning_rate=0.1, iterations=300)),
    "blend3_d2": Variant(replace(LEARNER, blend=0.3, depth=2, iterations=300)),
    # (b) crosses
    "x_kinds": Variant(LEARNER, ("kinds",)),
    "x_time": Variant(LEARNER, ("time",)),
    "x_say": Variant(LEARNER, ("say",)),
    "x_paths": Variant(LEARNER, ("paths",)),
    "x_rep": Variant(LEARNER, ("reported",)),
    "x_rep_doer": Variant(LEARNER, ("reported_doer",)),
    "x_all": Variant(LEARNER, ("kinds", "time", "say", "paths")),
    # (c) the penalty and class weights
    "c0.1": Variant(replace(LEARNER, c=0.1)),
    "c1": Variant(replace(LEARNER, c=1.0)),
    "c3": Variant(replace(LEARNER, c=3.0)),
    "pos2": Variant(replace(LEARNER, positive_weight=2.0)),
    "rootbal": Variant(replace(LEARNER, root_balance=True)),
}


def with_crosses(features: Features, names: tuple[str, ...]) -> Features:
    """``features`` with the crosses ``names`` (``CROSSES``) added."""
    return features + tuple(feature for name in names for feature in CROSSES[name](features))


def crossed(reads: list[Scored], names: tuple[str, ...]) -> list[Scored]:
    """``reads`` with the crosses ``names`` added to every candidate's features."""
    if not names:
        return reads
    return [[(candidate, with_crosses(features, names)) for candidate, features in scored]
            for scored in reads]


def _range(values: list[float]) -> str:
    return f"{min(values):.3f}-{max(values):.3f}"


def measure(name: str, variant: Variant, train: list[Coded], reads: list[Scored],
            held_out: list[float], marked: tuple[list[dict[str, int]], list[int],
                                                 list[tuple[int, str, bool]]],
            dev: list[Coded], dev_reads: list[Scored], dev_topics: list[float],
            threshold: float, seed: int) -> str:
    """One variant's figures, as ``train_decision --check`` reports them, on one line each."""
    learner = replace(variant.learner, seed=seed)
    reads = crossed(reads, variant.crosses)
    dev_reads = crossed(dev_reads, variant.crosses)
    marked = ([dict.fromkeys(with_crosses(tuple(row), variant.crosses), 1)
               for row in marked[0]], marked[1], marked[2])
    started = time.perf_counter()
    fitted = fit_event_model(train, reads, held_out, marked, dev, dev_reads, dev_topics,
                             threshold, learner=learner, seed=seed)
    elapsed = time.perf_counter() - started
    event, trains = fitted.event, fitted.trains
    lines = [f"== {name}: event threshold {event.threshold}, fit {elapsed:.0f} s (the full "
             f"model with the PLV calibration's five fits, {REPEATS * 5} fold fits, the "
             "calibration and the threshold)"]
    overall = [split.calibrated(event).counts(threshold).f1 for split in trains]
    lines.append(f"  train oof F1 {_range(overall)} (mean {sum(overall) / len(overall):.3f})")
    for draw in by_draw(trains[0]):
        counts: list[Counts] = [by_draw(split.calibrated(event))[draw].counts(threshold)
                                for split in trains]
        lines.append(f"  draw {draw}: F1 {_range([one.f1 for one in counts])} "
                     f"P {_range([one.precision for one in counts])} "
                     f"R {_range([one.recall for one in counts])}")
    one = fitted.dev.calibrated(event).counts(threshold)
    lines.append(f"  dev P {one.precision:.3f} (n {one.tp + one.fp}) "
                 f"R {one.recall:.3f} F1 {one.f1:.3f}")
    lines.append("  " + confident_report([split.calibrated(event) for split in trains],
                                         threshold))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True,
                        help="the coded splits (train_decision --cache)")
    parser.add_argument("--variants", default="base",
                        help="comma-separated names of " + ", ".join(VARIANTS))
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    names = args.variants.split(",")
    unknown = [name for name in names if name not in VARIANTS]
    if unknown:
        parser.error(f"unknown variants: {', '.join(unknown)}")
    seed: int = args.seed
    train, dev, plv = coded_splits(args.cache)
    topic, held_out = fit_topic(train, seed=seed)
    reads = [item.read(probability) for item, probability in zip(train, held_out, strict=True)]
    marked = marked_rows(plv, topic)
    dev_topics = [item.topic_probability(topic) for item in dev]
    threshold = topic_threshold_of([*dev_topics, *held_out], [*dev, *train])
    dev_reads = [item.read(value) for item, value in zip(dev, dev_topics, strict=True)]
    for name in names:
        print(measure(name, VARIANTS[name], train, reads, held_out, marked, dev, dev_reads,
                      dev_topics, threshold, seed), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
