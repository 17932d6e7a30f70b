"""Evaluate the pipeline on a gold file in Tacitus's own JSONL format."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tacitus.evaluation.events_gold import (
    FoundQuote,
    quote_figures,
    read_tacitus_gold,
    score_event_records,
)
from tacitus.evaluation.records import Evaluation, GoldRecord, found_events, sentence_article
from tacitus.model import CodedArticle
from tacitus.pipeline import ArticleCoder


def code_gold_records(coder: ArticleCoder, records: Sequence[GoldRecord]) -> list[CodedArticle]:
    """Code every gold text as it is (no cleaning, so gold offsets and wording hold)."""
    articles = [sentence_article(record.text, record_id=record.id, on_date=record.date)
                for record in records]
    return list(coder.code_many(articles))


def evaluate_tacitus(path: Path, coder: ArticleCoder, *, limit: int | None = None) -> Evaluation:
    """Event P/R/F1 (root and full code, micro over records) and quote P/R/F1 where listed."""
    pairs = list(read_tacitus_gold(path))[:limit]
    records = [record for record, _ in pairs]
    coded = code_gold_records(coder, records)
    found = [found_events(item.events) for item in coded]
    figures, errors = score_event_records(records, found)
    quotes = quote_figures(
        [gold for _, gold in pairs],
        [[FoundQuote(quote.speaker.code if quote.speaker else None, quote.text)
          for quote in item.quotes] for item in coded])
    return Evaluation(format="tacitus", gold=str(path), n=len(records),
                      figures=figures + quotes, errors=errors)
