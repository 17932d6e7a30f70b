"""Kept events with the right root and one side wrong (a development tool; writes nothing).

Codes the real-news train and dev splits as ``tacitus eval`` does and pairs each false event
with a missed gold event of its article that has the same CAMEO root and agrees on one side (or
on both, swapped). Each such near miss gets a kind (``target missing``, ``wrong target``,
``wrong source``, ``swapped``), whether a candidate of its trigger was right (``right
candidate``: the decision stage chose another; else the generator never paired the right actor)
and where the right actor of the wrong side is named, seen from the trigger: ``same clause``
(with its relation to the trigger: a preposition, a possessor, a "by" agent), ``other clause``
of the sentence, ``headline``, ``previous`` sentence, ``earlier``, ``later``, ``none wanted``
(the gold event has no actor on that side), or ``unresolved``
(the article never resolves it; ``pronoun`` when the trigger's clause has a personal pronoun or
a definite description such as "the country" for it). A false event that is a near miss of a
gold event another event matched is counted apart (``beside a right event``: of the same
trigger, or another).

    PYTHONPATH=src .venv/bin/python scripts/actor_sides.py [--split train,dev] [--list]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Doc, Token

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_decision as td

from tacitus.evaluation.events_gold import read_tacitus_gold
from tacitus.evaluation.matching import Level, actor_matches, code_matches, match_events
from tacitus.evaluation.records import GoldEvent, found_events, sentence_article
from tacitus.events.act_settings import preposition_to
from tacitus.events.candidates import find_candidates, group_of
from tacitus.events.lexicon import load_frames, load_lexicon
from tacitus.events.ontology import load_ontology
from tacitus.model import ActorMention, Event
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.settings import Settings
from tacitus.wordlists import word_set

PRONOUNS = word_set("third_person_pronouns")
# "the country", "the group", "this government": a definite description of an actor
DESCRIPTION_HEADS = word_set("own_side_nouns") | word_set("group_heads")
DETERMINERS = word_set("anaphoric_determiners")


def _side_ok(found: str | None, allowed: Sequence[str]) -> bool:
    return actor_matches(found, allowed)


def near_miss(event: Event, gold: GoldEvent) -> str | None:
    """The kind of near miss ``event`` is of ``gold``, or ``None``."""
    if event.negated or not code_matches(event.cameo, gold.code, Level.root):
        return None
    source = event.source.code or None
    target = event.target.code if event.target is not None else None
    source_ok, target_ok = _side_ok(source, gold.source), _side_ok(target, gold.target)
    if source_ok and not target_ok:
        return "target missing" if target is None else "wrong target"
    if target_ok and not source_ok:
        return "source unnamed" if source is None else "wrong source"
    if (not source_ok and not target_ok and target is not None
            and _side_ok(source, gold.target) and _side_ok(target, gold.source)):
        return "swapped"
    return None


def is_right(event: Event, gold: GoldEvent) -> bool:
    """Whether ``event`` matches ``gold`` by the evaluation's rules (root, source, target)."""
    return (not event.negated and code_matches(event.cameo, gold.code, Level.root)
            and _side_ok(event.source.code or None, gold.source)
            and _side_ok(event.target.code if event.target is not None else None,
                         gold.target))


def _clause(token: Token) -> Token:
    """The verb heading the clause ``token`` stands in."""
    while token.pos_ not in {"VERB", "AUX"} and token.head != token:
        token = token.head
    return token


def where_named(doc: Doc, head: Token, allowed: Sequence[str],
                mentions: Sequence[ActorMention], headline_end: int) -> str:
    """Where an actor matching ``allowed`` is named, seen from the trigger ``head``."""
    if not any(allowed):
        return "none wanted"
    sentence = head.sent
    index = next(i for i, s in enumerate(doc.sents) if s.start == sentence.start)
    named = [m for m in mentions if m.actor.code and actor_matches(m.actor.code, allowed)]
    here = [m for m in named if m.sentence_index == index]
    if here:
        clause = _clause(head)
        inside = {t.i for t in clause.subtree}
        for mention in here:
            root = doc[mention.token_start:mention.token_end].root
            if root.i in inside:
                relation = _relation(root, head)
                return f"same clause ({relation})"
        return "other clause"
    if any(m.start < headline_end for m in named) and sentence.start_char >= headline_end:
        return "headline"
    if any(m.sentence_index == index - 1 for m in named):
        return "previous"
    if any(m.sentence_index < index for m in named):
        return "earlier"
    if named:
        return "later"
    words = list(_clause(head).subtree)
    if any(word.lower_ in PRONOUNS for word in words):
        return "unresolved (pronoun)"
    if any(word.lemma_.lower() in DESCRIPTION_HEADS
           and any(child.lower_ in DETERMINERS for child in word.children) for word in words):
        return "unresolved (description)"
    return "unresolved"


def _relation(token: Token, head: Token) -> str:
    if token.dep_ == "poss":
        return "possessor"
    preposition = preposition_to(token, head)
    if preposition is not None:
        return "by-agent" if preposition.dep_ == "agent" else f"prep {preposition.lower_}"
    if token.dep_ in {"nsubj", "nsubjpass", "dobj", "compound", "appos", "conj"}:
        return token.dep_
    return "other"


def _beside_a_match(event: Event, events: Sequence[Event], gold: Sequence[GoldEvent],
                    paired: dict[int, int], counts: Counter[str], listing: bool,
                    record_id: str) -> None:
    """Count ``event`` when it is a near miss of a gold event another event already matched:
    a second reading of one happening with one side wrong, from the same trigger or another."""
    for index, found in paired.items():
        kind = near_miss(event, gold[index])
        if kind is None:
            continue
        same = group_of(events[found]) == group_of(event)
        where = "same trigger" if same else "other trigger"
        _tell(counts, (kind, "beside a right event", where), event, gold[index],
              record_id if listing else None)
        return


def _tell(counts: Counter[str], key: tuple[str, str, str], event: Event, gold: GoldEvent,
          record_id: str | None) -> None:
    """Count a near miss under ``key`` (kind, generator, where), and list it when
    ``record_id`` is given."""
    counts[" | ".join(key)] += 1
    if record_id is not None:
        print(f"{record_id} [{'; '.join(key)}] found {found_events((event,))[0].describe()} "
              f"gold {gold.describe()} :: {event.evidence.sentence.strip()[:200]!r}")


def study(coder: ArticleCoder, split: str, *, listing: bool) -> Counter[str]:
    records = [record for record, _ in read_tacitus_gold(td.GOLD / f"{split}.jsonl")]
    articles = [sentence_article(r.text, record_id=r.id, on_date=r.date) for r in records]
    docs = coder.nlp.pipe([coder.readable(article.text) for article in articles])
    lexicon, frames, ontology = load_lexicon(), load_frames(), load_ontology()
    counts: Counter[str] = Counter()
    kept = gold_total = hits = 0
    for record, article, doc in zip(records, articles, docs, strict=True):
        coded = coder.code_parsed(article, doc)
        events = tuple(e for e in coded.events if not e.negated)
        found = found_events(events)
        kept += len(found)
        gold_total += len(record.events)
        paired = match_events(record.events, found)
        hits += len(paired)
        missed = [g for i, g in enumerate(record.events) if i not in paired]
        false = [e for j, e in enumerate(events) if j not in paired.values()]
        if not false:
            continue
        mentions, raw = coder.candidates(article, doc)
        towns = coder.town_actors(doc, mentions) if coder.town_actors is not None else {}
        candidates = find_candidates(doc, mentions, raw, article, lexicon=lexicon,
                                     frames=frames, ontology=ontology, towns=towns)
        headline_end = article.text.find("\n\n") if "\n\n" in article.text else 0
        for event in false:
            for gold in list(missed):
                kind = near_miss(event, gold)
                if kind is None:
                    continue
                missed.remove(gold)
                group = group_of(event)
                right = any(c.group == group and is_right(c.event, gold) for c in candidates)
                span = doc.char_span(event.trigger_start, event.trigger_end,
                                     alignment_mode="expand")
                head = span.root if span is not None else doc[0]
                wrong = gold.target if kind in {"target missing", "wrong target"} else (
                    gold.source)
                where = where_named(doc, head, wrong, mentions, headline_end)
                generator = "right candidate" if right else "no right candidate"
                _tell(counts, (kind, generator, where), event, gold,
                      record.id if listing else None)
                break
            else:
                _beside_a_match(event, events, record.events, paired, counts, listing,
                                record.id)
    print(f"{split}: {kept} kept, {gold_total} gold, {hits} right; near misses "
          f"{sum(counts.values())}")
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train,dev")
    parser.add_argument("--list", action="store_true", help="list each near miss")
    args = parser.parse_args()
    coder = make_article_coder(Settings())
    total: Counter[str] = Counter()
    for split in args.split.split(","):
        total += study(coder, split, listing=args.list)
    by_kind: Counter[str] = Counter()
    by_where: Counter[str] = Counter()
    for key, n in total.items():
        kind, generator, where = key.split(" | ")
        by_kind[f"{kind} | {generator}"] += n
        by_where[where if where.startswith("same") else where.split(" (")[0]] += n
    for title, table in (("kind | generator", by_kind), ("where the right actor is", by_where),
                         ("all", total)):
        print(f"\n{title}")
        for key, n in table.most_common():
            print(f"  {n:4d}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
