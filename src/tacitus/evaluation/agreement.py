"""Agreement between two coders' gold for the same articles: the ceiling a system can be held to.

Both sides are gold records with alternatives, so two items agree when their alternatives
intersect: two events when a CAMEO root (or, at full level, a code) is shared and the source and
the target each share an actor (``codes_agree``, or both allow no actor); two quotes when their
words overlap (one containing the other) and, for speaker agreement, their speaker codes and names
share an alternative; two claims when the kind is the same, the actors share an alternative and
the words agree. Counts treat the first coder as the reference; F1 is the same either way round.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tacitus.errors import GoldFormatError
from tacitus.evaluation.actor_match import codes_agree
from tacitus.evaluation.claims_gold import GoldClaim, read_gold_claims, words_agree
from tacitus.evaluation.events_gold import NAME_WORD, GoldQuote, read_tacitus_gold
from tacitus.evaluation.intervals import bootstrap_prf, wilson_interval
from tacitus.evaluation.matching import ROOT_DIGITS, Level, maximum_pairing
from tacitus.evaluation.metrics import Counts, ratio, sum_counts
from tacitus.evaluation.records import Evaluation, Figure, GoldEvent, GoldRecord


@dataclass(frozen=True, slots=True)
class CodedTwice:
    """One article's gold from each coder."""

    id: str
    events: tuple[tuple[GoldEvent, ...], tuple[GoldEvent, ...]]
    quotes: tuple[tuple[GoldQuote, ...], tuple[GoldQuote, ...]]
    claims: tuple[tuple[GoldClaim, ...], tuple[GoldClaim, ...]]
    topics: tuple[str | None, str | None] = (None, None)


def actors_overlap(first: Sequence[str], second: Sequence[str]) -> bool:
    """Some alternative of each side names the same actor, or both allow none."""
    if "" in first and "" in second:
        return True
    return any(a and b and codes_agree(a, b) for a in first for b in second)


def codes_overlap(first: Sequence[str], second: Sequence[str], level: Level) -> bool:
    def cut(code: str) -> str:
        return code[:ROOT_DIGITS] if level is Level.root else code
    return bool({cut(c) for c in first if c} & {cut(c) for c in second if c})


def events_agree(first: GoldEvent, second: GoldEvent, level: Level = Level.root) -> bool:
    return (codes_overlap(first.code, second.code, level)
            and actors_overlap(first.source, second.source)
            and actors_overlap(first.target, second.target))


def event_counts(first: Sequence[GoldEvent], second: Sequence[GoldEvent],
                 level: Level = Level.root) -> Counts:
    pairs = maximum_pairing([[j for j, other in enumerate(second)
                              if events_agree(event, other, level)] for event in first])
    return Counts(tp=len(pairs), fp=len(second) - len(pairs), fn=len(first) - len(pairs))


def _fold(text: str) -> str:
    return " ".join(text.lower().replace("“", '"').replace("”", '"').split()).strip(' "\'.,')


def quotes_same_words(first: GoldQuote, second: GoldQuote) -> bool:
    a, b = _fold(first.text), _fold(second.text)
    return bool(a and b) and (a in b or b in a)


def speakers_agree(first: GoldQuote, second: GoldQuote) -> bool:
    """Same speaker code alternative and, where both name the person, a shared surname."""
    if not actors_overlap(first.speaker, second.speaker):
        return False
    if not first.speaker_name or not second.speaker_name:
        return True
    def last_words(quote: GoldQuote) -> set[str]:
        return {words[-1] for name in quote.speaker_name
                if (words := NAME_WORD.findall(name.lower()))}
    return bool(last_words(first) & last_words(second))


def claims_agree(first: GoldClaim, second: GoldClaim) -> bool:
    return (first.kind == second.kind and actors_overlap(first.actor, second.actor)
            and (words_agree(first.text, second.text) or words_agree(second.text, first.text)))


def agreement_figures(articles: Sequence[CodedTwice]) -> tuple[Figure, ...]:
    """Event F1 (root + actors, full code + actors), quote and claim F1, speaker agreement on
    shared quotes and topic agreement, with their intervals."""
    figures: list[Figure] = []
    for level in (Level.root, Level.full):
        per_article = [event_counts(*article.events, level) for article in articles]
        total = sum_counts(per_article)
        spans = bootstrap_prf(per_article)
        figures.append(Figure(f"agreement_{level.value}_f1",
                              f"coders agree on events ({level.value} code + actors): F1",
                              total.f1, total.tp + total.fn, spans.get("f1")))
    quote_total, shared, same_speaker = Counts(), 0, 0
    claim_total = Counts()
    for article in articles:
        first, second = article.quotes
        pairs = maximum_pairing([[j for j, other in enumerate(second)
                                  if quotes_same_words(quote, other)] for quote in first])
        quote_total += Counts(tp=len(pairs), fp=len(second) - len(pairs),
                              fn=len(first) - len(pairs))
        shared += len(pairs)
        same_speaker += sum(speakers_agree(first[i], second[j]) for i, j in pairs.items())
        one, two = article.claims
        claim_pairs = maximum_pairing([[j for j, other in enumerate(two)
                                        if claims_agree(claim, other)] for claim in one])
        claim_total += Counts(tp=len(claim_pairs), fp=len(two) - len(claim_pairs),
                              fn=len(one) - len(claim_pairs))
    topics = [article.topics for article in articles if None not in article.topics]
    same_topic = sum(1 for a, b in topics if a == b)
    figures += [
        Figure("agreement_quote_f1", "coders agree on quotes (words): F1", quote_total.f1,
               quote_total.tp + quote_total.fn),
        Figure("agreement_speaker", "coders agree on the speaker of a shared quote",
               ratio(same_speaker, shared), shared, wilson_interval(same_speaker, shared)),
        Figure("agreement_claim_f1", "coders agree on claims (kind, actor, words): F1",
               claim_total.f1, claim_total.tp + claim_total.fn),
        Figure("agreement_topic", "coders agree on political / non-political",
               ratio(same_topic, len(topics)), len(topics),
               wilson_interval(same_topic, len(topics))),
    ]
    return tuple(figures)


def read_coded_twice(second: Path) -> list[CodedTwice]:
    """Pair each record of a second coder's file with the first coder's record of the same id,
    read from the other ``.jsonl`` gold files in the same folder."""
    def by_id(path: Path) -> dict[str, tuple[GoldRecord, tuple[GoldQuote, ...],
                                             tuple[GoldClaim, ...]]]:
        records = list(read_tacitus_gold(path))
        claims = read_gold_claims(path)
        return {record.id: (record, quotes or (), found or ())
                for (record, quotes), found in zip(records, claims, strict=True)}

    first: dict[str, tuple[GoldRecord, tuple[GoldQuote, ...], tuple[GoldClaim, ...]]] = {}
    for path in sorted(second.parent.glob("*.jsonl")):
        if path.resolve() != second.resolve():
            first.update(by_id(path))
    pairs = []
    for key, (record, quotes, claims) in by_id(second).items():
        if key not in first:
            raise GoldFormatError(f"{second}: record {key!r} has no first coding beside it")
        one, one_quotes, one_claims = first[key]
        pairs.append(CodedTwice(key, (one.events, record.events), (one_quotes, quotes),
                                (one_claims, claims), (one.topic, record.topic)))
    return pairs


def evaluate_agreement(second: Path) -> Evaluation:
    """The agreement figures of a double-coded set (``tacitus eval FILE --format agreement``)."""
    pairs = read_coded_twice(second)
    return Evaluation(format="agreement", gold=str(second), n=len(pairs),
                      figures=agreement_figures(pairs),
                      notes=("Two coders, each working alone from docs/annotation.md; the "
                             "first coder is the reference for the counts.",))
