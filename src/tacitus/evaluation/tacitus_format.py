"""Evaluate the pipeline on a gold file in Tacitus's own JSONL format."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tacitus.evaluation.claims_gold import (
    FoundClaim,
    claim_errors,
    claim_figures,
    quote_detail_figures,
    read_gold_claims,
)
from tacitus.evaluation.events_gold import (
    FoundQuote,
    quote_figures,
    read_tacitus_gold,
    score_event_records,
)
from tacitus.evaluation.records import Evaluation, GoldRecord, found_events, sentence_article
from tacitus.model import CodedArticle

if TYPE_CHECKING:
    from tacitus.pipeline import ArticleCoder


def code_gold_records(coder: ArticleCoder, records: Sequence[GoldRecord]) -> list[CodedArticle]:
    """Code every gold text as it is (no cleaning, so gold offsets and wording hold)."""
    articles = [sentence_article(record.text, record_id=record.id, on_date=record.date)
                for record in records]
    return list(coder.code_many(articles))


def evaluate_tacitus(path: Path, coder: ArticleCoder, *, limit: int | None = None) -> Evaluation:
    """Event P/R/F1 (root and full code, micro over records), quote and claim P/R/F1 where
    listed; a file with no gold event anywhere but with quotes or claims scores no events."""
    pairs = list(read_tacitus_gold(path))[:limit]
    records = [record for record, _ in pairs]
    coded = code_gold_records(coder, records)
    found = [found_events(item.events) for item in coded]
    figures, errors = score_event_records(records, found)
    gold_claims = read_gold_claims(path)[:limit]
    notes: tuple[str, ...] = ()
    if _quotes_only(records, [gold for _, gold in pairs], gold_claims):
        figures, errors = (), ()
        notes = ("No record lists an event: a quotes-and-claims set, events are not scored.",)
    gold_quotes = [gold for _, gold in pairs]
    found_quotes = [[FoundQuote(quote.speaker.code if quote.speaker else None, quote.text)
                     for quote in item.quotes] for item in coded]
    quotes = (quote_figures(gold_quotes, found_quotes)
              + quote_detail_figures(gold_quotes, found_quotes))
    found_claims = [[FoundClaim(claim.kind, claim.actor.code,
                                claim.addressee.code if claim.addressee else None, claim.text)
                     for claim in item.claims] for item in coded]
    claims = claim_figures(gold_claims, found_claims)
    errors += claim_errors([record.id for record in records], [record.text for record in records],
                           gold_claims, found_claims)
    return Evaluation(format="tacitus", gold=str(path), n=len(records),
                      figures=figures + quotes + claims, errors=errors, notes=notes)


def _quotes_only(records: Sequence[GoldRecord], quotes: Sequence[object],
                 claims: Sequence[object]) -> bool:
    """A file whose records list no event at all but do list quotes or claims."""
    return (not any(record.events for record in records)
            and any(item is not None for item in (*quotes, *claims)))
