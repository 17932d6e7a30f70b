"""How often the decision stage's kept events are right on train out of fold, by the frame of
their trigger and by draw (a development tool; reads train's events, dev only to calibrate; writes
nothing).

Fits the event model as ``scripts/false_events.py`` does, keeps each train article's events
with the model of its fold (at the packaged threshold) and marks each kept event right when it
matches a gold event one to one (``match_events``: CAMEO root, source and target). Each kept
event is given frame tags read from its trigger's head in the parse: ``target=none``; for a
noun trigger ``noun``, and where it stands: ``of_object`` (the object of "of": "a policy of
engagement"), ``of_head`` (it governs an "of" phrase: "the killing of ..."), ``compound`` (a
noun modifier), ``subject``, ``object``, ``pobj`` (another preposition's object), its
determiner (``det=a``, ``det=the``, ``det=poss``, ``det=none``) and ``plural``; for a verb
trigger with no target the clause's shape (``no_object``, ``passive``); and ``first_sentence``.
``--features PREFIX ...`` also tags each kept event with its own decision features that start
with a prefix (not those crossed with the root: ``mood``, ``modal``, ``purpose``, ``question``,
``condition``, ``negated``, ``unrealised=True``, ``aux=to`` read the hypothetical frames;
``source_role``, ``target_role`` the actors' roles).
Prints precision, recall and F1 on all of train and on each draw (one repeat of the folds: a
quick look, ``scripts/train_decision.py --check`` is the measure), then kept events, right and
precision for each tag, on all of train and on each draw;
``--list TAG`` lists train's kept events with that tag (right ones marked ``+``).

    .venv/bin/python scripts/kept_frames.py --cache FILE [--list TAG ...] [--threshold VALUE]
        [--features PREFIX ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import decision_study as ds
from spacy.tokens import Doc
from studied_gold import draw_of

from tacitus.evaluation.matching import match_events
from tacitus.evaluation.records import found_events
from tacitus.events.background import trigger_head
from tacitus.events.decision import load_decision_model
from tacitus.model import Event

NOUN_TAGS = frozenset({"NOUN", "PROPN"})
POSSESSIVE = frozenset({"poss"})


@dataclass(frozen=True, slots=True)
class Kept:
    """One kept event of train out of fold, whether it is right and its frame tags."""

    article: str
    right: bool
    event: Event
    tags: frozenset[str]

    def describe(self) -> str:
        found = found_events((self.event,))
        text = found[0].describe() if found else "negated"
        return (f"{'+' if self.right else '-'} {self.article} {text} [{self.event.trigger}] "
                f"{sorted(self.tags)} {self.event.evidence.sentence[:170]!r}")


def frame_tags(doc: Doc, event: Event) -> frozenset[str]:
    """The frame tags of a kept event (module docstring)."""
    tags = {"all"}
    if event.target is None:
        tags.add("target=none")
    if event.evidence.sentence_index == 0:
        tags.add("first_sentence")
    head = trigger_head(doc, event)
    if head is None:
        return frozenset(tags)
    if head.pos_ in NOUN_TAGS:
        tags.add("noun")
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            tags.add("of_object")
        elif head.dep_ == "pobj":
            tags.add("pobj")
        if any(child.dep_ == "prep" and child.lower_ == "of" for child in head.children):
            tags.add("of_head")
        if head.dep_ == "compound":
            tags.add("compound")
        if head.dep_ in {"nsubj", "nsubjpass"}:
            tags.add("subject")
        if head.dep_ in {"dobj", "attr"}:
            tags.add("object")
        dets = [child for child in head.children if child.dep_ in {"det", "poss"}]
        if not dets:
            tags.add("det=none")
        elif dets[0].dep_ in POSSESSIVE or dets[0].tag_ == "PRP$":
            tags.add("det=poss")
        else:
            tags.add(f"det={dets[0].lower_ if dets[0].lower_ in {'a', 'an', 'the'} else 'other'}")
        if head.tag_ in {"NNS", "NNPS"}:
            tags.add("plural")
    elif event.target is None:
        deps = {child.dep_ for child in head.children}
        if "auxpass" in deps:
            tags.add("passive")
            if "agent" not in deps:
                tags.add("passive_no_agent")
        if not deps & {"dobj", "dative", "prep", "ccomp", "xcomp", "attr"}:
            tags.add("no_object")
        if "dobj" in deps:
            tags.add("has_dobj")
    return frozenset(tags)


def feature_tags(features: tuple[str, ...], prefixes: tuple[str, ...]) -> frozenset[str]:
    """The decision features of ``features`` that start with one of ``prefixes``, those crossed
    with the CAMEO root (a ``|`` in their name) left out."""
    if not prefixes:
        return frozenset()
    return frozenset(feature for feature in features
                     if feature.startswith(prefixes) and "|" not in feature)


def kept_events(study: ds.Study, threshold: float,
                prefixes: tuple[str, ...] = ()) -> list[Kept]:
    """Every event kept on train out of fold, right or not, with its tags (and its decision
    features that start with one of ``prefixes``)."""
    _, _, fold_models = ds.fit_models(study, study.base_train, study.base_dev,
                                      study.base_plv, ds.VARIANTS["now"])
    out = []
    for item, scored, events in ds.kept_out_of_fold(study, fold_models, threshold):
        found = found_events(tuple(events))
        taken = set(match_events(item.record.events, found).values())
        by_id = {candidate.event.id: tuple(features) for candidate, features in scored}
        out.extend(Kept(item.record.id, index in taken, event,
                        frame_tags(item.doc, event)
                        | feature_tags(by_id.get(event.id, ()), prefixes))
                   for index, event in enumerate(events))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="the pickle of train_decision.py --cache")
    parser.add_argument("--list", nargs="*", default=[], help="list the kept events of a tag")
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--features", nargs="*", default=[],
                        help="also tag kept events with their decision features of these prefixes")
    args = parser.parse_args()
    study = ds.load_study(args.cache)
    threshold = (args.threshold if args.threshold is not None
                 else load_decision_model().event.threshold)
    kept = kept_events(study, threshold, tuple(args.features))
    draws = sorted({draw_of(k.article) for k in kept})
    count: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    for k in kept:
        for tag in k.tags:
            for draw in ("all", draw_of(k.article)):
                count[tag, draw] += 1
                right[tag, draw] += k.right
    gold: Counter[str] = Counter()
    for item in study.train:
        gold["all"] += len(item.record.events)
        gold[draw_of(item.record.id)] += len(item.record.events)
    for draw in ("all", *draws):
        found, hits = count["all", draw], right["all", draw]
        precision, recall = hits / max(found, 1), hits / max(gold[draw], 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(f"{draw}: P {precision:.3f} (n {found}) R {recall:.3f} (n {gold[draw]}) "
              f"F1 {f1:.3f}")
    tags = sorted({tag for tag, _ in count}, key=lambda t: -count[t, "all"])
    print(f"{'tag':20}" + "".join(f"{d:>16}" for d in ("all", *draws)))
    for tag in tags:
        cells = "".join(f"{right[tag, d]:>5}/{count[tag, d]:<4} "
                        f"{_rate(right[tag, d], count[tag, d])}" for d in ("all", *draws))
        print(f"{tag:20}{cells}")
    for tag in args.list:
        print(f"\n== {tag} ==")
        for k in sorted(kept, key=lambda k: (k.right, k.article)):
            if tag in k.tags:
                print(k.describe())
    return 0


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "  - "


if __name__ == "__main__":
    raise SystemExit(main())
