"""Study the event decision model on dev and on train out of fold (a development tool of
``make train``; writes nothing).

Codes the train and dev splits and the PLV training half once, then for each model variant
fits the event model as ``scripts/train_decision.py`` does, calibrates it on dev alone (with the
training's one-to-one labels, ``best_decisions``; the training pools dev with train out of fold),
tunes the event threshold by dev's F1 peak (a quick comparison of fittings, not the training's
plateau) and prints dev precision, recall and F1 (with n), the same figures on the
train articles out of fold (each fifth of the articles scored by a model fitted without it) and
the dev calibration bins. ``--errors`` also lists the gold events whose right candidate scored
below the threshold (why: its article judged not political, below it, outranked in its
trigger's group, dropped when the article's happenings were merged, or kept and matched to another
gold event) and the wrong events kept, by confidence, on train out of fold (``--errors-of dev``
or ``both`` for dev's: a study that judges by dev reads it as figures only).

Variants (``--variants``): the fitting (regularisation ``C``, the PLV sentences' weight, balanced
class weights). Feature sets (``--features``, added to the model's own): ``crosses`` (each
actor, clause and date feature crossed with the CAMEO root), ``support`` (how many other
triggers of the article pair the same actors, with the same root or any, and the size of the
trigger's group), ``relative`` (whether the source and target are the nearest of the trigger's
candidates), ``same_code`` (whether source and target have one code). On round five's code
none of them, nor another fitting, helped dev and train out of fold together.

    .venv/bin/python scripts/decision_study.py [--variants NAME,...] [--features NAME,...]
        [--errors] [--cache FILE]   (--cache: keep the coded splits in a pickle between
        runs; the pickle of train_decision.py --cache reads here too)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_decision as td

from tacitus.evaluation.events_gold import score_event_records
from tacitus.evaluation.records import found_events
from tacitus.events.candidates import Candidate
from tacitus.events.decision import LinearModel, choose_events, is_lone_sentence
from tacitus.model import Event

Features = tuple[str, ...]
Article = list[tuple[Candidate, Features]]


@dataclass(frozen=True, slots=True)
class Variant:
    """One way to fit the event model."""

    c: float = td.EVENT_C
    plv_weight: float = 1.0
    balanced: bool = False


VARIANTS: dict[str, Variant] = {
    "now": Variant(),
    "c0.1": Variant(c=0.1),
    "c1": Variant(c=1.0),
    "plv0.5": Variant(plv_weight=0.5),
    "balanced": Variant(balanced=True),
}


def fit(rows: Sequence[Features], labels: Sequence[int], weights: Sequence[float],
        variant: Variant) -> LinearModel:
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(row, 1) for row in rows])
    model = LogisticRegression(C=variant.c, max_iter=5000,
                               class_weight="balanced" if variant.balanced else None)
    model.fit(matrix, labels, sample_weight=list(weights))
    return td._export(vectorizer, model)


def training_rows(items: Sequence[td.Coded], read: Sequence[Article], plv: Sequence[td.Marked],
                  plv_read: Sequence[Article], variant: Variant
                  ) -> tuple[list[Features], list[int], list[float]]:
    rows: list[Features] = []
    labels: list[int] = []
    weights: list[float] = []
    for item, scored in zip(items, read, strict=True):
        for candidate, features in scored:
            rows.append(features)
            labels.append(int(td.right(candidate.event, item.record)))
            weights.append(1.0)
    for marked, scored in zip(plv, plv_read, strict=True):
        for candidate, features in scored:
            rows.append(features)
            labels.append(int(td.right_marked(candidate.event, marked)))
            weights.append(variant.plv_weight)
    return rows, labels, weights


def calibrate(event: LinearModel, items: Sequence[td.Coded], read: Sequence[Article]
              ) -> LinearModel:
    decisions = [decision for item, scored in zip(items, read, strict=True)
                 for decision in td.best_decisions(item.record, list(scored), event)]
    platt = LogisticRegression(C=100.0)
    platt.fit([[score] for score, _ in decisions], [label for _, label in decisions])
    return replace(event, scale=round(float(platt.coef_[0][0]), td.DIGITS),
                   shift=round(float(platt.intercept_[0]), td.DIGITS))


def figures(items: Sequence[td.Coded], read: Sequence[Article], political: Sequence[bool],
            models: Sequence[LinearModel]) -> dict[str, float]:
    found = [found_events(choose_events(scored, model, item.doc, item.mentions) if keep else ())
             for item, scored, keep, model in zip(items, read, political, models, strict=True)]
    values, _ = score_event_records([item.record for item in items], found)
    out = {figure.key: figure.value for figure in values}
    out.update({f"{figure.key}_n": figure.n for figure in values})
    p, r = out["root_precision"], out["root_recall"]
    out["f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def tune(event: LinearModel, items: Sequence[td.Coded], read: Sequence[Article],
         political: Sequence[bool]) -> tuple[LinearModel, dict[str, float]]:
    best: tuple[float, LinearModel, dict[str, float]] | None = None
    for threshold in td.EVENT_THRESHOLDS:
        trial = replace(event, threshold=threshold)
        values = figures(items, read, political, [trial] * len(items))
        if best is None or values["f1"] > best[0]:
            best = (values["f1"], trial, values)
    assert best is not None
    return best[1], best[2]


def bins(event: LinearModel, items: Sequence[td.Coded], read: Sequence[Article],
         political: Sequence[bool]) -> str:
    """Dev's kept events by confidence bin: how many, and how many match gold (one-to-one)."""
    from tacitus.evaluation.matching import match_events
    counts: dict[int, list[int]] = {}
    for item, scored, keep in zip(items, read, political, strict=True):
        if not keep:
            continue
        events = choose_events(scored, event, item.doc, item.mentions)
        matched = set(match_events(item.record.events, found_events(events)).values())
        kept = [e for e in events if not e.negated]
        for index, found in enumerate(kept):
            slot = min(int(found.confidence * 5), 4)
            counts.setdefault(slot, [0, 0])
            counts[slot][0] += 1
            counts[slot][1] += int(index in matched)
    return " ".join(f"[{slot / 5:.1f},{(slot + 1) / 5:.1f}): {right}/{total}"
                    for slot, (total, right) in sorted(counts.items()))


def report_errors(models: Sequence[LinearModel], dev: Sequence[td.Coded],
                  read: Sequence[Article], political: Sequence[bool], name: str) -> None:
    from tacitus.evaluation.matching import match_events
    low: list[tuple[float, str]] = []
    high: list[tuple[float, str]] = []
    reasons: dict[str, int] = {}
    for item, scored, keep, event in zip(dev, read, political, models, strict=True):
        events = choose_events(scored, event, item.doc, item.mentions) if keep else ()
        found = found_events(events)
        matched = match_events(item.record.events, found)
        kept = [e for e in events if not e.negated]
        for index, found_event in enumerate(kept):
            if index not in matched.values():
                high.append((found_event.confidence,
                             f"{item.record.id} {found_event.source.code or '-'} "
                             f"{found_event.cameo} "
                             f"{found_event.target.code if found_event.target else '-'} "
                             f"[{found_event.trigger}] {found_event.evidence.sentence[:140]!r}"))
        for number, gold in enumerate(item.record.events):
            if number in matched:
                continue
            lone = is_lone_sentence(item.doc)
            right = [(event.probability(features, lone=lone), candidate, features)
                     for candidate, features in scored
                     if td.right(candidate.event, replace(item.record, events=(gold,)))]
            if right:
                probability, candidate, features = max(right, key=lambda x: x[0])
                rival = max((event.probability(f, lone=lone) for c, f in scored
                             if c.group == candidate.group), default=0.0)
                kept_ids = {found_event.id for found_event in events}
                why = ("topic" if not keep
                       else "below" if probability < event.threshold
                       else "outranked" if rival > probability
                       else "matched_other" if candidate.event.id in kept_ids else "merged")
                reasons[why] = reasons.get(why, 0) + 1
                low.append((probability, f"{item.record.id} [{why}] gold {gold.describe()} "
                            f"cand {candidate.variant} [{candidate.event.trigger}] "
                            f"topic_kept={keep} "
                            f"{candidate.event.evidence.sentence[:140]!r}\n      "
                            + " ".join(f for f in features if not f.startswith(("head=", "tag=")))))
    print(f"\n== {name}: right candidate, not kept ({len(low)}: {reasons}) ==")
    for probability, text in sorted(low, reverse=True):
        print(f"{probability:.2f} {text}")
    print(f"\n== {name}: kept, wrong ({len(high)}) ==")
    for probability, text in sorted(high, reverse=True):
        print(f"{probability:.2f} {text}")


Transform = Callable[[td.Coded, Article], Article]


def identity(_: td.Coded, scored: Article) -> Article:
    return scored


CROSSED = ("source_kind=", "target_kind=", "source_how=", "target_how=", "quoted=",
           "reported=", "clause=", "date=", "sentence=", "source_path=", "target_path=",
           "source=speaker", "passive", "modal", "background=", "unrealised=", "pos=",
           "target=place", "same_country=")


def crosses(_: td.Coded, scored: Article) -> Article:
    out: Article = []
    for candidate, features in scored:
        root = candidate.event.cameo[:2]
        extra = [f"x|{root}|{f}" for f in features if f.startswith(CROSSED)]
        out.append((candidate, (*features, *extra)))
    return out


def _key(code: str) -> str:
    return code[:3]


def _bucket(count: int) -> str:
    return str(count) if count < 3 else "3+"


def support(_: td.Coded, scored: Article) -> Article:
    dyads: dict[tuple[str, str], set[str]] = {}
    acts: dict[tuple[str, str, str], set[str]] = {}
    sizes: dict[str, int] = {}
    for candidate, _features in scored:
        event = candidate.event
        dyad = (_key(event.source.code), _key(event.target.code) if event.target else "")
        dyads.setdefault(dyad, set()).add(candidate.group)
        acts.setdefault((*dyad, event.cameo[:2]), set()).add(candidate.group)
        sizes[candidate.group] = sizes.get(candidate.group, 0) + 1
    out: Article = []
    for candidate, features in scored:
        event = candidate.event
        dyad = (_key(event.source.code), _key(event.target.code) if event.target else "")
        others = len(dyads[dyad] - {candidate.group})
        same = len(acts[(*dyad, event.cameo[:2])] - {candidate.group})
        out.append((candidate, (*features, f"dyad_support={_bucket(others)}",
                                f"act_support={_bucket(same)}",
                                f"group_size={_bucket(sizes[candidate.group])}")))
    return out


def _distance(item: td.Coded, actor: object, event: object) -> int | None:
    from tacitus.events.background import trigger_head
    from tacitus.events.decision_features import _mention_of
    head = trigger_head(item.doc, event)  # type: ignore[arg-type]
    mention = _mention_of(actor, event, item.mentions)  # type: ignore[arg-type]
    if head is None or mention is None:
        return None
    return abs(mention.token_start - head.i)


def relative(item: td.Coded, scored: Article) -> Article:
    nearest: dict[tuple[str, str], int] = {}
    distances: list[tuple[int | None, int | None]] = []
    for candidate, _features in scored:
        event = candidate.event
        pair = (_distance(item, event.source, event) if event.source.code else None,
                _distance(item, event.target, event) if event.target else None)
        distances.append(pair)
        for role, value in zip(("source", "target"), pair, strict=True):
            if value is not None:
                key = (candidate.group, role)
                nearest[key] = min(nearest.get(key, value), value)
    out: Article = []
    for (candidate, features), pair in zip(scored, distances, strict=True):
        extra = []
        for role, value in zip(("source", "target"), pair, strict=True):
            if value is not None:
                extra.append(f"{role}_nearest={value == nearest[(candidate.group, role)]}")
        out.append((candidate, (*features, *extra)))
    return out


def same_code(_: td.Coded, scored: Article) -> Article:
    out: Article = []
    for candidate, features in scored:
        event = candidate.event
        same = event.target is not None and event.source.code == event.target.code
        out.append((candidate, (*features, f"same_code={same}")))
    return out


def chain(*steps: Transform) -> Transform:
    def run(item: td.Coded, scored: Article) -> Article:
        for step in steps:
            scored = step(item, scored)
        return scored
    return run


TRANSFORMS: dict[str, Transform] = {
    "base": identity, "crosses": crosses, "support": support, "relative": relative,
    "all": chain(crosses, support, relative), "same_code": same_code,
}


@dataclass(frozen=True, slots=True)
class Study:
    """The coded splits with the topic judge's verdicts: what every fitting reads."""

    train: list[td.Coded]
    dev: list[td.Coded]
    plv: list[td.Marked]
    base_train: list[Article]
    base_dev: list[Article]
    base_plv: list[Article]
    train_political: list[bool]
    dev_political: list[bool]
    folds: list[int]


def load_study(cache: Path | None) -> Study:
    """Code train, dev and the PLV half (or read them from ``cache``, written when missing) and
    judge their topics as the training does (train out of fold)."""
    train, dev, plv = td.coded_splits(cache)
    topic, held_out = td.fit_topic(train)
    dev_topics = [item.topic_probability(topic) for item in dev]
    topic_threshold = td.topic_threshold_of([*dev_topics, *held_out], [*dev, *train])
    return Study(
        train=train, dev=dev, plv=plv,
        base_train=[item.read(value) for item, value in zip(train, held_out, strict=True)],
        base_dev=[item.read(value) for item, value in zip(dev, dev_topics, strict=True)],
        base_plv=[item.coded.read(item.coded.topic_probability(topic))
                  for item in plv],
        train_political=[value >= topic_threshold for value in held_out],
        dev_political=[value >= topic_threshold for value in dev_topics],
        folds=list(td.article_folds(len(train))))


def kept_out_of_fold(study: Study, models: Sequence[LinearModel], threshold: float
                     ) -> list[tuple[td.Coded, Article, list[Event]]]:
    """Each train article with its scored candidates and the events the model of its fold
    (``models``, one a fold, at ``threshold``) keeps, negated ones left out; an article the
    topic judge holds non-political keeps none."""
    kept = []
    for item, scored, political, fold in zip(study.train, study.base_train,
                                             study.train_political, study.folds, strict=True):
        model = replace(models[fold], threshold=threshold)
        events = ([event for event in choose_events(scored, model, item.doc, item.mentions)
                   if not event.negated] if political else [])
        kept.append((item, scored, events))
    return kept


def fit_models(study: Study, train_read: Sequence[Article], dev_read: Sequence[Article],
               plv_read: Sequence[Article], variant: Variant
               ) -> tuple[LinearModel, dict[str, float], list[LinearModel]]:
    """The event model fitted on train and PLV, calibrated and tuned on dev (with dev's
    figures), and one model a fold of the train articles, fitted without them."""
    train, plv = study.train, study.plv
    rows, labels, weights = training_rows(train, train_read, plv, plv_read, variant)
    event = calibrate(fit(rows, labels, weights, variant), study.dev, dev_read)
    event, values = tune(event, study.dev, dev_read, study.dev_political)
    fold_models = []
    for fold in range(td.FOLDS):
        keep = [number for number, f in enumerate(study.folds) if f != fold]
        rows, labels, weights = training_rows(
            [train[n] for n in keep], [train_read[n] for n in keep], plv, plv_read, variant)
        fold_models.append(replace(fit(rows, labels, weights, variant), scale=event.scale,
                                   shift=event.shift, threshold=event.threshold))
    return event, values, fold_models


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", default="now")
    parser.add_argument("--features", default="base")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--errors-of", choices=("train", "dev", "both"), default="train",
                        help="which split's error lists --errors prints (default train: a study "
                             "of train that judges on dev reads dev as figures only)")
    parser.add_argument("--cache", type=Path, help="keep the coded splits in this pickle")
    args = parser.parse_args()
    study = load_study(args.cache)
    train, dev, plv = study.train, study.dev, study.plv
    base_train, base_dev, base_plv = study.base_train, study.base_dev, study.base_plv
    train_political, dev_political = study.train_political, study.dev_political
    folds = study.folds
    for feature_name in args.features.split(","):
        transform = TRANSFORMS[feature_name]
        train_read = [transform(item, scored) for item, scored in zip(train, base_train,
                                                                      strict=True)]
        dev_read = [transform(item, scored) for item, scored in zip(dev, base_dev, strict=True)]
        plv_read = [transform(item.coded, scored) for item, scored in zip(plv, base_plv,
                                                                         strict=True)]
        for name in args.variants.split(","):
            variant = VARIANTS[name]
            event, values, fold_models = fit_models(study, train_read, dev_read, plv_read,
                                                    variant)
            oof = figures(train, train_read, train_political,
                          [fold_models[f] for f in folds])
            print(f"{feature_name}/{name}: threshold {event.threshold} "
                  f"dev P {values['root_precision']:.3f} (n {values['root_precision_n']}) "
                  f"R {values['root_recall']:.3f} (n {values['root_recall_n']}) "
                  f"F1 {values['f1']:.3f} | train oof P {oof['root_precision']:.3f} "
                  f"(n {oof['root_precision_n']}) R {oof['root_recall']:.3f} "
                  f"(n {oof['root_recall_n']}) F1 {oof['f1']:.3f} | features "
                  f"{len(event.weights)}", flush=True)
            print(f"   dev bins: {bins(event, dev, dev_read, dev_political)}", flush=True)
            curve = []
            for threshold in (0.1, 0.15, 0.2, 0.25, 0.3):
                at = figures(dev, dev_read, dev_political,
                             [replace(event, threshold=threshold)] * len(dev))
                curve.append(f"{threshold}: P {at['root_precision']:.3f} "
                             f"R {at['root_recall']:.3f} F1 {at['f1']:.3f}")
            print("   dev by threshold: " + "; ".join(curve), flush=True)
            curve = []
            for threshold in (0.1, 0.15, 0.2, 0.25, 0.3):
                at = figures(train, train_read, train_political,
                             [replace(fold_models[f], threshold=threshold) for f in folds])
                curve.append(f"{threshold}: P {at['root_precision']:.3f} "
                             f"R {at['root_recall']:.3f} F1 {at['f1']:.3f}")
            print("   train oof by threshold: " + "; ".join(curve), flush=True)
            if args.errors and args.errors_of in ("dev", "both"):
                report_errors([event] * len(dev), dev, dev_read, dev_political, "dev")
            if args.errors and args.errors_of in ("train", "both"):
                report_errors([fold_models[f] for f in folds], train, train_read,
                              train_political, "train out of fold")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
