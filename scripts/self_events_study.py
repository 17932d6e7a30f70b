"""Sort the events the decision stage keeps on train's articles out of fold whose source and
target have one code (``TURGOV 040 TURGOV``) into right and wrong, by draw, and show for each
wrong one how its sentence's mentions were resolved (a development tool; writes nothing).

A gold event may have one code on both sides only where the evaluation's country-level matching
lets its sides share a country (government and opposition, police and protesters have different
codes, so a kept self-event is right only when its gold sides both accept that code). Each
article is judged by the model of its fold, as ``scripts/decision_study.py --errors`` does.
Reads train only. ``--list`` prints each wrong one with its sentence and the mentions there
(text, code, how each was resolved); ``--census`` first counts train's candidates (a named
source and a target) right by pairing kind (one code, one country, other) and by how the target
is named (``tacitus.events.self_pairs.self_pair_shape``).

    .venv/bin/python scripts/self_events_study.py --cache FILE [--list] [--census]

Measured on main at ddb1647 (round twenty-six): 39 of 95 kept self-events right (rn 8 / 20,
rt 13 / 35, ru 18 / 40, of 1,314 kept events): about the precision of all kept events, so no
filter of them as such. The wrong ones, read: most (about fifty) pair two mentions of one
side named by one trigger (a person and "his government", "the cabinet", his own pronoun), a
matter for the decision stage; a few come from resolution: a description whose own phrase
names another owner ("The administration of US President Donald Trump" taking the speaker's
country, "Turkey accused the government of President Bashar al-Assad" taking Turkey's), a
pronoun that skips a person no table knows for
the person named before ("the group kidnapped Olson ... accused him", "him" the group's
commander's), and an object pronoun taking its own clause's subject. Two rules for the last
two were measured and not kept: persons the parser names but no table knows as antecedents
that resolve a person pronoun to no actor (coverage 900 -> 895, rt; with the others dev F1
0.399 -> 0.393: the pronouns it cut were often right by country, another official of the same
country), and an object pronoun never taking its own clause's subject (train out of fold
gained in rt alone, rn and ru within the repeats' noise below main; dev 0.399 -> 0.401).
The description rule was measured alone and not kept either: a definite "the government",
"the regime", "the administration" whose own "of"/"in"/"from" object's head is a person
with a country, or a place, taking that country's government (the government of a named
country adding nothing), instead of an antecedent. It moves two train articles (rt, ru);
coverage 900 -> 900; train out of fold by draw rn 0.427-0.457 (main 0.428-0.458: no rn
article moved, the refit's noise), rt 0.393-0.405 (0.393-0.400), ru 0.352-0.366
(0.352-0.367); dev P 0.422 -> 0.425, F1 0.399 -> 0.400: one draw of three.

Round twenty-seven (main f0d95c1): 39 of 94 kept self-events right. ``--census`` on train:
candidates of one code are right as often as those of two codes of one country and three times
as often as the others (143 of 391, 0.37; one country 2,097 of 5,702, 0.37; other pairings 609
of 4,952, 0.12), and by the target's
shape: of one code, owned ("his government") 8 / 24, owner ("his") 16 / 61, pronoun 7 / 38,
description 42 / 93, named 70 / 175; of one country, owned 52 / 189, owner 135 / 406, pronoun
134 / 411, description 995 / 2,353, named 649 / 1,992. The decision feature ``self_pair=``
(that shape, for one code) moves the kept self-events little: 40 of 94 right, about fourteen
in and out (refit noise); train out of fold rn 0.427-0.457 -> 0.427-0.462 (means 0.440 ->
0.442), rt 0.393-0.405 -> 0.396-0.407 (0.399 -> 0.401), ru 0.352-0.366 -> 0.351-0.365 (0.359
-> 0.359); dev unchanged (P 0.425 n 134, R 0.377, F1 0.400). The same shape for two codes of
one country as well (``own_side=``) gained rn 0.437-0.475 (0.453), rt 0.397-0.416 (0.407), ru
0.351-0.371 (0.359) but lost dev (P 0.421 n 133, R 0.371, F1 0.394): not kept. Kept: that
shape for one code, and for two codes of one country only when the target is owned or an owner
(``own_side=owned|owner``): rn 0.430-0.466 (0.447; every repeat above main's), rt 0.399-0.408
(0.402; every repeat above), ru 0.357-0.363 (0.360; two repeats up, two down), pooled 0.389 ->
0.392 (P 0.400 n 1,287 -> 0.405 n 1,280, R 0.374 -> 0.377); dev P 0.425 (134) -> 0.429 (133),
R 0.377, F1 0.400 -> 0.401; but >=0.8 P 0.786 (84) -> 0.762 (80).

``--cache`` reads (or writes) the pickle of ``scripts/train_decision.py --cache``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import decision_study as ds
import train_decision as td
from studied_gold import draw_of

from tacitus.evaluation.matching import match_events
from tacitus.evaluation.records import found_events
from tacitus.events.decision import load_decision_model
from tacitus.events.self_pairs import is_self_pair, self_pair_shape
from tacitus.model import ActorMention, Event, same_actor

# the shapes ``self_pair_shape`` gives, in the census's order
SHAPES = ("owned", "owner", "pronoun", "description", "named", "none")


def is_self_event(event: Event) -> bool:
    return event.target is not None and event.source.code == event.target.code


def nearest_mention(item: td.Coded, event: Event) -> ActorMention | None:
    """The mention of the event's target in its sentence nearest its trigger."""
    target = event.target
    if target is None:
        return None
    named = [mention for mention in item.mentions
             if mention.sentence_index == event.evidence.sentence_index
             and same_actor(mention.actor, target)]
    return min(named, key=lambda m: abs(m.start - event.trigger_start), default=None)


def pairing_kind(event: Event) -> str:
    """``code`` (one actor code), ``country`` (one country, two codes) or ``other``."""
    if is_self_pair(event):
        return "code"
    target = event.target
    if target is not None and event.source.country and event.source.country == target.country:
        return "country"
    return "other"


def census(items: list[td.Coded]) -> None:
    """How often the candidates with a named source and a target are right, by pairing kind and
    by how the target is named (``self_pair_shape``)."""
    tally: Counter[tuple[str, str, bool]] = Counter()
    for item in items:
        for candidate in item.candidates():
            event = candidate.event
            if event.target is None or not event.source.code or candidate.place:
                continue
            shape = self_pair_shape(item.doc, nearest_mention(item, event))
            tally[(pairing_kind(event), shape, td.right(event, item.record))] += 1
    print("pairing kind, target's shape: right / candidates")
    for kind in ("code", "country", "other"):
        for shape in SHAPES:
            right, wrong = tally[(kind, shape, True)], tally[(kind, shape, False)]
            if right + wrong:
                rate = right / (right + wrong)
                print(f"  {kind} {shape}: {right} / {right + wrong} ({rate:.3f})")


def describe(item: td.Coded, event: Event) -> str:
    found = found_events((event,))
    text = found[0].describe() if found else "negated"
    mentions = [f"{mention.text!r}={mention.actor.code}/{mention.how}"
                for mention in item.mentions
                if mention.sentence_index == event.evidence.sentence_index]
    return (f"{item.record.id} {text} [{event.trigger}]\n    {event.evidence.sentence[:240]!r}"
            f"\n    mentions: {' '.join(mentions)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep the coded splits in this pickle")
    parser.add_argument("--list", action="store_true", help="list every wrong self-event")
    parser.add_argument("--census", action="store_true",
                        help="count train's candidates right by pairing kind and target shape")
    args = parser.parse_args()
    packaged = load_decision_model().event
    study = ds.load_study(args.cache)
    if args.census:
        census(study.train)
    _, _, folds = ds.fit_models(study, study.base_train, study.base_dev, study.base_plv,
                                ds.VARIANTS["now"])
    tally: Counter[tuple[str, bool]] = Counter()
    kept: Counter[str] = Counter()
    wrong: list[tuple[td.Coded, Event]] = []
    for item, _, events in ds.kept_out_of_fold(study, folds, packaged.threshold):
        taken = set(match_events(item.record.events, found_events(tuple(events))).values())
        draw = draw_of(item.record.id)
        kept[draw] += len(events)
        for index, event in enumerate(events):
            if is_self_event(event):
                tally[(draw, index in taken)] += 1
                if index not in taken:
                    wrong.append((item, event))
    print("draw: self-events right / kept self-events (all kept events)")
    for draw in sorted(kept):
        right, bad = tally[(draw, True)], tally[(draw, False)]
        print(f"  {draw}: {right} / {right + bad} ({kept[draw]})")
    print(f"all: {sum(v for (_, ok), v in tally.items() if ok)} / {sum(tally.values())} "
          f"({sum(kept.values())})")
    if args.list:
        for item, event in wrong:
            print(describe(item, event))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
