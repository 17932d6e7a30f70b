"""Claimed acts as candidates (``tacitus.events.claimed_acts``): what they add (a development
tool; writes nothing).

Reads the coded splits of ``scripts/train_decision.py --cache FILE`` (coded with the claims the
claim finder finds) and prints, per split, the claimed-act candidates by the claim's kind, the
act's root and its negation (``Candidate.marks``), each with how many are right (CAMEO root,
source and target by the evaluation's rules), and the gold events that only a claimed act covers
(by draw on train). ``--list`` also lists train's claimed acts, right or wrong, with their
sentence (dev is counted only, never listed).

    .venv/bin/python scripts/claimed_acts_study.py --cache FILE [--list]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_decision as td
from candidate_coverage import nearest
from studied_gold import draw_of

from tacitus.events.candidates import CLAIMED_CONSTRUCTION, Candidate


def reading_of(candidate: Candidate) -> str:
    """A claimed act's kind, act root and negation as one label."""
    marks = dict(mark.split("=", 1) for mark in candidate.marks)
    negated = " negated" if marks.get("claim_negated") == "True" else ""
    return f"{marks.get('claim_kind')} act {marks.get('claim_act')}{negated}"


def study(name: str, coded: list[td.Coded], *, listing: bool) -> None:
    """Print what the claimed acts of one split add."""
    readings: Counter[str] = Counter()
    right_readings: Counter[str] = Counter()
    roots: Counter[str] = Counter()
    right_roots: Counter[str] = Counter()
    covered: Counter[str] = Counter()
    lines = []
    for item in coded:
        found = item.candidates()
        claimed = [c for c in found if c.construction == CLAIMED_CONSTRUCTION]
        if not claimed:
            continue
        without = replace(item, claims=()).candidates()
        for candidate in claimed:
            ok = td.right(candidate.event, item.record)
            reading, root = reading_of(candidate), candidate.event.cameo[:2]
            readings[reading] += 1
            right_readings[reading] += ok
            roots[root] += 1
            right_roots[root] += ok
            if listing:
                event = candidate.event
                lines.append(f"{'RIGHT' if ok else 'wrong'} {item.record.id} "
                             f"{event.source.code} {event.cameo} "
                             f"{event.target.code if event.target else '-'} [{reading}] "
                             f":: {event.evidence.sentence[:170]}")
        for gold in item.record.events:
            if nearest(found, gold) == "right" and nearest(without, gold) != "right":
                covered[draw_of(item.record.id)] += 1
    total = sum(readings.values())
    print(f"{name}: {total} claimed-act candidates, {sum(right_readings.values())} right; "
          f"gold events only a claimed act covers: {sum(covered.values())}"
          + (" (" + ", ".join(f"{d} {n}" for d, n in sorted(covered.items())) + ")"
             if len(covered) > 1 else ""))
    print("  by reading (kind, act root, negation): right of n")
    for reading, n in readings.most_common():
        print(f"    {right_readings[reading]:4d} of {n:4d}  {reading}")
    print("  by code root: right of n")
    for root, n in sorted(roots.items()):
        print(f"    {right_roots[root]:4d} of {n:4d}  {root}")
    for line in sorted(lines):
        print("  " + line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--list", action="store_true", help="list train's claimed acts")
    args = parser.parse_args()
    train, dev, _ = td.read_cache(args.cache)
    study("train", train, listing=args.list)
    study("dev", dev, listing=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
