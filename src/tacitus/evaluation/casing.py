"""Text set in capitals: does Tacitus code a story the same when it is written in upper case?

The MUC-4 corpus keeps one set of 100 stories (TST4) in their original mixed case. Each is coded as
written, then upper-cased and coded again, once as the pipeline does it (paragraphs in capitals are
re-cased before parsing) and once parsed as they are. The events coded from the as-written text are
the reference; agreement is the F1 of (source, target, CAMEO root) triples — source and target by
their first three letters (country or group) — between the upper-case run and the reference. This
measures robustness to case, not accuracy: the reference itself is Tacitus's own output.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from tacitus.evaluation.records import Figure
from tacitus.ingest.building import build_article
from tacitus.model import Article, CodedArticle
from tacitus.settings import Settings

if TYPE_CHECKING:
    from tacitus.pipeline import ArticleCoder

Triple = tuple[str, str, str]


def event_triples(coded: CodedArticle) -> Counter[Triple]:
    return Counter((event.source.code[:3], event.target.code[:3] if event.target else "",
                    event.cameo[:2]) for event in coded.events)


def agreement(reference: list[Counter[Triple]], other: list[Counter[Triple]]) -> float:
    """Micro F1 of ``other``'s triples against ``reference``'s, story by story."""
    shared = sum(sum((ref & oth).values()) for ref, oth in zip(reference, other, strict=True))
    found = sum(sum(counts.values()) for counts in other)
    expected = sum(sum(counts.values()) for counts in reference)
    if not found or not expected:
        return 0.0
    precision, recall = shared / found, shared / expected
    return 2 * precision * recall / (precision + recall) if shared else 0.0


def mixed_case_articles(docs: list[dict[str, Any]]) -> list[Article]:
    settings = Settings(english_only=False, offline=True)
    return [build_article(doc["text"], origin=doc["docid"], settings=settings,
                          title=doc["docid"]) for doc in docs if doc.get("mixed_case")]


def upper_cased(article: Article) -> Article:
    return replace(article, text=article.text.upper())


def evaluate_casing(docs: list[dict[str, Any]], coder: ArticleCoder) -> tuple[Figure, ...]:
    """Agreement of upper-case runs with the as-written run on the mixed-case stories."""
    articles = mixed_case_articles(docs)
    if not articles:
        return ()
    plain = replace(coder, casebook=None)
    reference = [event_triples(coded) for coded in coder.code_many(articles)]
    shouted = [upper_cased(article) for article in articles]
    recased = [event_triples(coded) for coded in coder.code_many(shouted)]
    as_is = [event_triples(coded) for coded in plain.code_many(shouted)]
    events = sum(sum(counts.values()) for counts in reference)
    return (
        Figure("capitals_agreement", "upper-cased stories, re-cased: event agreement (F1) with "
               "the stories as written", agreement(reference, recased), events),
        Figure("capitals_agreement_unrecased", "upper-cased stories parsed as they are: event "
               "agreement (F1) with the stories as written", agreement(reference, as_is), events),
    )
