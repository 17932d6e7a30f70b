"""Study the targets borrowed from the sentence before (``tacitus.events.earlier_targets``) on the
train split: how often each kind of borrowing is right, among all candidates and among those the
decision stage keeps out of fold (a development tool; writes nothing).

Reads the coded splits of ``scripts/train_decision.py --cache FILE`` (written there first when
missing), keeps the train split only (dev, test and the fresh judge are never read here), and
counts each borrowed candidate by draw (``rn``, ``rt``, ``ru``) and by kind: its construction,
whether source and target share a country, share one code, or the target is the source's own
state, and the role the borrowed actor has in the sentence before (the source or the target of
an event the coder coded there; else the parse's: subject, object, speaker of a reporting verb,
place, modifier of a noun, merely named), whether that sentence has a coded event, and the
borrowed actor's rank among the actors of the sentence before (0: the last named).

Kept out of fold: five event models each fitted without a fifth of the train articles, with the
packaged model's calibration, event threshold and topic threshold (one repeat of the folds).

    .venv/bin/python scripts/borrowed_study.py --cache FILE [--list KIND]
        (--list: print the sentence pairs of the borrowed candidates whose kind string
        contains KIND, train only)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_decision as td
from spacy.tokens import Doc
from studied_gold import draw_of

from tacitus.events.candidates import Candidate
from tacitus.events.decision import load_decision_model
from tacitus.model import ActorMention, Event, same_actor
from tacitus.nlp.doc_memo import root_of
from tacitus.wordlists import word_set

BORROWED = frozenset({"earlier_reaction", "earlier_reaction_doer", "earlier_target",
                      "earlier_target_doer"})
REPORTING = word_set("reporting_verbs")
# the prepositions that make a country their object names a place (as act_settings reads them)
PLACE_PREPOSITIONS = word_set("place_prepositions", country_place="yes")
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
# the parse's roles, strongest first: an actor named several times takes its strongest
ORDER = ("subject", "object", "patient", "speaker", "place", "modifier", "named")


@dataclass(frozen=True, slots=True)
class Row:
    """One borrowed candidate, its kind and whether it is right and kept."""

    draw: str
    construction: str
    country: str
    same_code: bool
    own_state: bool
    role: str
    acts_before: bool
    rank: int
    right: bool
    kept: bool
    where: str


def mention_role(doc: Doc, mention: ActorMention) -> str:
    """The parse's role of one mention (module docstring)."""
    token = root_of(doc, mention.token_start, mention.token_end)
    while token.dep_ in {"conj", "appos"} and token.head.i != token.i:
        token = token.head
    dep, head = token.dep_, token.head
    if dep in MODIFIER_DEPS:
        return "modifier"
    if dep == "nsubj" and head.lemma_.lower() in REPORTING and head.pos_ in {"VERB", "AUX"}:
        return "speaker"
    if dep in {"nsubj", "agent"} or (dep == "pobj" and head.lower_ == "by"):
        return "subject"
    if dep == "nsubjpass":
        return "patient"
    if dep in {"dobj", "dative", "attr", "oprd"}:
        return "object"
    if dep == "pobj":
        return "place" if head.lower_ in PLACE_PREPOSITIONS else "object"
    return "named"


def earlier_role(doc: Doc, actor: object, mentions: Sequence[ActorMention],
                 acts: Sequence[Event]) -> str:
    if any(same_actor(event.source, actor) for event in acts):  # type: ignore[arg-type]
        return "doer"
    if any(event.target is not None and same_actor(event.target, actor)  # type: ignore[arg-type]
           for event in acts):
        return "target"
    roles = {mention_role(doc, mention) for mention in mentions
             if same_actor(mention.actor, actor)}  # type: ignore[arg-type]
    return next((role for role in ORDER if role in roles), "named")


def rows_of(item: td.Coded, scored: td.Scored, kept: set[str]) -> list[Row]:
    rows = []
    for candidate, _ in scored:
        if candidate.construction not in BORROWED or candidate.event.target is None:
            continue
        rows.append(_row(item, candidate, kept))
    return rows


def _row(item: td.Coded, candidate: Candidate, kept: set[str]) -> Row:
    event = candidate.event
    source, target = event.source, event.target
    assert target is not None
    index = event.evidence.sentence_index - 1
    before = [m for m in item.mentions if m.sentence_index == index]
    acts = [e for e in item.events if e.evidence.sentence_index == index]
    order: list[object] = []
    for mention in sorted(before, key=lambda m: -m.start):
        if not any(same_actor(mention.actor, seen) for seen in order):  # type: ignore[arg-type]
            order.append(mention.actor)
    rank = next((n for n, actor in enumerate(order)
                 if same_actor(actor, target)), -1)  # type: ignore[arg-type]
    country = ("none" if not source.country or not target.country
               else "same" if source.country == target.country else "cross")
    own = bool(source.country) and target.code in {source.country, f"{source.country}GOV"}
    sentences = list(item.doc.sents)
    where = (f"{item.record.id} [{sentences[index].text.strip()}] "
             f"[{sentences[index + 1].text.strip()}] {source.code}-{event.cameo}->{target.code}"
             if index + 1 < len(sentences) else item.record.id)
    return Row(draw_of(item.record.id), candidate.construction, country,
               bool(source.code) and source.code == target.code, own,
               earlier_role(item.doc, target, before, acts), bool(acts), rank,
               td.right(event, item.record), event.id in kept, where)


def kept_ids(train: list[td.Coded], reads: list[td.Scored], held_out: list[float],
             plv: list[td.Marked], topic: td.LinearModel) -> list[set[str]]:
    """The ids of the events kept in each train article out of fold."""
    shipped = load_decision_model()
    models = td.fold_models(train, reads, td.marked_rows(plv, topic)[:2])
    judged = td.judge_train(train, reads, held_out, models).calibrated(shipped.event)
    return [{event.id for event in events}
            for events in judged.decided(shipped.topic.threshold)]


def table(rows: Sequence[Row], key: str) -> str:
    counts: dict[str, Counter[str]] = {}
    for row in rows:
        value = str(getattr(row, key)) if key != "kind" else (
            f"{row.construction}|{row.country}")
        for draw in (row.draw, "all"):
            tally = counts.setdefault(value, Counter())
            tally[f"{draw}_n"] += 1
            tally[f"{draw}_right"] += row.right
            tally[f"{draw}_kept"] += row.kept
            tally[f"{draw}_kept_right"] += row.kept and row.right
    lines = [f"by {key}:  (right/all  kept-right/kept)  all | rn | rt | ru"]
    for value, tally in sorted(counts.items(), key=lambda pair: -pair[1]["all_n"]):
        lines.append(f"  {value:32} " + " | ".join(
            f"{tally[d + '_right']}/{tally[d + '_n']} {tally[d + '_kept_right']}/"
            f"{tally[d + '_kept']}" for d in ("all", "rn", "rt", "ru")))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--list", default=None)
    args = parser.parse_args()
    train, _, plv = td.coded_splits(args.cache)
    topic, held_out = td.fit_topic(train)
    reads = [item.read(value) for item, value in zip(train, held_out, strict=True)]
    kept = kept_ids(train, reads, held_out, plv, topic)
    rows = [row for item, scored, ids in zip(train, reads, kept, strict=True)
            for row in rows_of(item, scored, ids)]
    for key in ("construction", "country", "kind", "same_code", "own_state", "role",
                "acts_before", "rank"):
        print(table(rows, key))
    crossed = [replace(row, construction=f"{row.country}|{row.role}") for row in rows]
    print(table(crossed, "construction").replace("by construction", "by country|role"))
    if args.list:
        for row in rows:
            text = f"{row.construction}|{row.country}|{row.role}|code={row.same_code}"
            if args.list in text:
                print(f"{'R' if row.right else '-'}{'K' if row.kept else ' '} {text} {row.where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
