"""Wrong codes for right pairs: the kept events whose source and target match a gold event of
their article but whose CAMEO root does not (a development tool; writes nothing).

Codes the train and dev splits, decides as the packaged decision model does, and lists every
kept event that the evaluation counts false while a gold event of its article has the same
actors (by the evaluation's rules) and another root: the code found, the gold codes, the
trigger, the sentence and the gold note. Each is sorted by why (``why``):

- ``same trigger``: a candidate of the same trigger with the right root and actors lost;
- ``same sentence``: another trigger of the sentence had the right candidate, not kept;
- ``elsewhere``: the right candidate stands in another sentence of the article;
- ``not generated``: no candidate of the article has the right root and actors;

and by how the two codes stand (``relation``): a statement against the act it announces, intent
against act, the scale of disapproval (11, 12, 13), coercion against force, or other roots.
``--full`` also lists the kept events right at root level and wrong at the full code.

    .venv/bin/python scripts/code_choice.py [--split train,dev] [--full] [--cache FILE]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_decision as td
from candidate_coverage import gold_notes, read_splits

from tacitus.evaluation.matching import Level, actor_matches, code_matches, match_events
from tacitus.evaluation.records import GoldEvent, found_events
from tacitus.events.candidates import Candidate
from tacitus.events.decision import choose_events, load_decision_model, topic_probability
from tacitus.model import Event

# how a found root stands to a gold root, as unordered pairs of root groups
GROUPS = {
    "statement": {"01", "02"},
    "intent": {"03"},
    "cooperation": {"04", "05", "06", "07", "08"},
    "disapproval": {"11", "12", "13"},
    "coercion": {"14", "15", "16", "17"},
    "force": {"18", "19", "20"},
    "demand": {"10"},
    "investigate": {"09"},
}


@dataclass(frozen=True, slots=True)
class WrongCode:
    """One kept event with the right pair and another root than the gold event's."""

    record: str
    event: Event
    gold: GoldEvent
    note: str
    why: str
    relation: str

    def line(self) -> str:
        target = self.event.target.code if self.event.target is not None else "-"
        return (f"{self.record} [{self.why}; {self.relation}] found "
                f"{self.event.source.code or '-'} {self.event.cameo} {target} "
                f"[{self.event.trigger}] gold {self.gold.describe()} "
                f"conf {self.event.confidence}\n    {self.event.evidence.sentence[:220]!r}"
                f"\n    note: {self.note[:200]}")


def group_of_root(root: str) -> str:
    return next((name for name, roots in GROUPS.items() if root in roots), "other")


def relation(found: str, gold: GoldEvent) -> str:
    """How the found code stands to the gold codes: ``found group > gold group``."""
    golds = sorted({group_of_root(code[:2]) for code in gold.code if code})
    return f"{group_of_root(found[:2])}>{'/'.join(golds)}"


def _actors_ok(event: Event, gold: GoldEvent) -> bool:
    return (actor_matches(event.source.code, gold.source)
            and actor_matches(event.target.code if event.target else None, gold.target))


def _right(event: Event, gold: GoldEvent) -> bool:
    return (not event.negated and _actors_ok(event, gold)
            and code_matches(event.cameo, gold.code, Level.root))


def why(event: Event, gold: GoldEvent, candidates: tuple[Candidate, ...]) -> str:
    """Where the right candidate for ``gold`` stands, seen from the kept ``event``."""
    right = [candidate for candidate in candidates if _right(candidate.event, gold)]
    group = f"{event.evidence.sentence_index}:{event.trigger_start}"
    if any(candidate.group == group for candidate in right):
        return "same trigger"
    if any(candidate.event.evidence.sentence_index == event.evidence.sentence_index
           for candidate in right):
        return "same sentence"
    return "elsewhere" if right else "not generated"


def wrong_codes(item: td.Coded, notes: list[str], *, full: bool
                ) -> tuple[list[WrongCode], int]:
    """The kept events of one article with the right pair and a wrong root (or, ``full``, the
    right root and a wrong full code), and how many events were kept."""
    model = load_decision_model()
    topic = topic_probability(item.doc, item.mentions, item.events, model)
    if topic < model.topic.threshold:
        return [], 0
    scored = item.read(topic)
    kept = tuple(event for event in choose_events(scored, model.event, item.doc, item.mentions)
                 if not event.negated)
    found = found_events(kept)
    matched = match_events(item.record.events, found, Level.root)
    candidates = tuple(candidate for candidate, _ in scored)
    wrong = []
    if full:
        # the root-level pairing: a pair whose full code is none of the gold alternatives
        for number, index in matched.items():
            gold, event = item.record.events[number], kept[index]
            if not code_matches(event.cameo, gold.code, Level.full):
                wrong.append(WrongCode(item.record.id, event, gold, notes[number],
                                       "full code", relation(event.cameo, gold)))
        return wrong, len(kept)
    for index, event in enumerate(kept):
        if index in matched.values():
            continue
        pairs = [(number, gold) for number, gold in enumerate(item.record.events)
                 if _actors_ok(event, gold)
                 and not code_matches(event.cameo, gold.code, Level.root)]
        if not pairs:
            continue
        number, gold = min(pairs, key=lambda pair: pair[0] in matched)
        wrong.append(WrongCode(item.record.id, event, gold, notes[number],
                               why(event, gold, candidates), relation(event.cameo, gold)))
    return wrong, len(kept)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true",
                        help="also list events right at root level, wrong at the full code")
    splits, coded = read_splits(parser)
    full_too = parser.parse_args().full
    for split in splits:
        notes = gold_notes(split)
        for full in (False, True) if full_too else (False,):
            found: list[WrongCode] = []
            total = 0
            for item in coded[split]:
                wrong, kept = wrong_codes(item, notes[item.record.id], full=full)
                found += wrong
                total += kept
            title = "right root, wrong full code" if full else "right pair, wrong root"
            print(f"== {split}: {len(found)} kept events ({total} kept in all): {title} ==")
            for name, count in Counter(w.why for w in found).most_common():
                print(f"  why {count:4d}  {name}")
            for name, count in Counter(w.relation for w in found).most_common():
                print(f"  relation {count:4d}  {name}")
            for wrong in sorted(found, key=lambda w: (w.why, w.relation, w.record)):
                print(wrong.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
