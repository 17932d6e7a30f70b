"""Evaluate the pipeline on a gold file in Tacitus's own JSONL format."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from tacitus.evaluation.claims_gold import (
    FoundClaim,
    claim_errors,
    claim_figures,
    quote_detail_figures,
    read_gold_claims,
    speaker_errors,
)
from tacitus.evaluation.events_gold import (
    FoundQuote,
    GoldQuote,
    quote_figures,
    read_tacitus_gold,
    score_event_records,
)
from tacitus.evaluation.gold_conventions import read_conventions
from tacitus.evaluation.intervals import wilson_interval
from tacitus.evaluation.metrics import ratio
from tacitus.evaluation.records import (
    Evaluation,
    Figure,
    FoundEvent,
    GoldRecord,
    found_events,
    sentence_article,
)
from tacitus.model import CodedArticle, Quote

if TYPE_CHECKING:
    from tacitus.pipeline import ArticleCoder


def code_gold_records(coder: ArticleCoder, records: Sequence[GoldRecord]) -> list[CodedArticle]:
    """Code every gold text as it is (no cleaning, so gold offsets and wording hold)."""
    articles = [sentence_article(record.text, record_id=record.id, on_date=record.date)
                for record in records]
    return list(coder.code_many(articles))


def evaluate_tacitus(path: Path, coder: ArticleCoder, *, limit: int | None = None) -> Evaluation:
    """Event P/R/F1 (root and full code, micro over the records that code events), quote and
    claim P/R/F1 where listed; a file with no gold event anywhere but with quotes or claims, or
    none of whose records code events, scores no events. A set whose coders list direct
    quotations only (``gold_conventions``) is scored against the direct quotations found, and
    the same figures over all found quotes follow as ``all_found_…``."""
    pairs = list(read_tacitus_gold(path))[:limit]
    records = [record for record, _ in pairs]
    coded = code_gold_records(coder, records)
    found = [found_events(item.events) for item in coded]
    judged = [(record, events) for record, events in zip(records, found, strict=True)
              if record.events_coded]
    event_records, event_found = [record for record, _ in judged], [events for _, events in judged]
    figures, errors = score_event_records(event_records, event_found)
    gold_claims = read_gold_claims(path)[:limit]
    notes: tuple[str, ...] = ()
    if len(judged) < len(records):
        notes = (f"{len(records) - len(judged)} records do not code events: left out of the "
                 "event and non-political figures.",)
    if not judged or _quotes_only(records, [gold for _, gold in pairs], gold_claims):
        figures, errors = (), ()
        if judged:
            notes += ("No record lists an event: a quotes-and-claims set, events are not "
                      "scored.",)
    gold_quotes = [gold for _, gold in pairs]
    direct_only = read_conventions(path).direct_quotes_only
    found_quotes = [[_found_quote(quote) for quote in item.quotes
                     if quote.direct or not direct_only] for item in coded]
    quotes = _quote_scores(gold_quotes, found_quotes)
    if direct_only and any(gold is not None for gold in gold_quotes):
        every_quote = [[_found_quote(quote) for quote in item.quotes] for item in coded]
        quotes += tuple(replace(figure, key=f"all_found_{figure.key}",
                                label=f"{figure.label} (all found quotes, reported speech too)")
                        for figure in _quote_scores(gold_quotes, every_quote))
        notes += ("The gold lists direct quotations only (conventions.json): quotes are scored "
                  "against the direct quotations found; all_found_… score every quote found.",)
    found_claims = [[FoundClaim(claim.kind, claim.actor.code,
                                claim.addressee.code if claim.addressee else None, claim.text)
                     for claim in item.claims] for item in coded]
    claims = claim_figures(gold_claims, found_claims)
    ids, texts = [record.id for record in records], [record.text for record in records]
    errors += claim_errors(ids, texts, gold_claims, found_claims)
    errors += speaker_errors(ids, texts, gold_quotes, found_quotes)
    topics = topic_figures(event_records, event_found)
    return Evaluation(format="tacitus", gold=str(path), n=len(records),
                      figures=figures + topics + quotes + claims, errors=errors, notes=notes)


def _found_quote(quote: Quote) -> FoundQuote:
    return FoundQuote(quote.speaker.code if quote.speaker else None, quote.text, _person(quote))


def _quote_scores(gold: Sequence[tuple[GoldQuote, ...] | None],
                  found: Sequence[Sequence[FoundQuote]]) -> tuple[Figure, ...]:
    return quote_figures(gold, found) + quote_detail_figures(gold, found)


def _person(quote: Quote) -> str:
    """The words naming a found quote's speaker: the resolved name and the text that named it."""
    name = quote.speaker.name if quote.speaker else ""
    return f"{name} {quote.speaker_text}".strip()


def topic_figures(records: Sequence[GoldRecord],
                  found: Sequence[Sequence[FoundEvent]]) -> tuple[Figure, ...]:
    """False alarms on the records the gold marks ``non-political`` (sport, markets, science …):
    events coded per such article, and the share of them left without any event."""
    quiet = [len(events) for record, events in zip(records, found, strict=True)
             if record.topic == "non-political"]
    if not quiet:
        return ()
    clean = sum(1 for count in quiet if count == 0)
    return (Figure("nonpolitical_events_per_article", "non-political articles: events coded per "
                   "article (lower is better)", ratio(sum(quiet), len(quiet)), len(quiet)),
            Figure("nonpolitical_clean_share", "non-political articles with no event coded",
                   ratio(clean, len(quiet)), len(quiet), wilson_interval(clean, len(quiet))))


def _quotes_only(records: Sequence[GoldRecord], quotes: Sequence[object],
                 claims: Sequence[object]) -> bool:
    """A file whose records list no event at all but do list quotes or claims."""
    return (not any(record.events for record in records)
            and any(item is not None for item in (*quotes, *claims)))
