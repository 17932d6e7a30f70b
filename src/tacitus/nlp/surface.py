"""Put the article's own characters back into records coded from a re-cased copy of its text.

Text set in capitals is parsed in ordinary case (``tacitus.nlp.truecase``); the copy has the same
length, so offsets hold, and every piece of evidence is cut again from the original text: what a
record quotes is always what the article says.
"""

from __future__ import annotations

from dataclasses import replace

from tacitus.model import ActorMention, Claim, CodedArticle, Event, Evidence, Quote


def restore_surface(coded: CodedArticle, cased: str) -> CodedArticle:
    """``coded`` (coded from ``cased``, a re-cased copy of ``coded.article.text``) with every
    evidence text taken from the article itself."""
    original = coded.article.text
    if cased == original:
        return coded
    return replace(
        coded,
        mentions=tuple(restore_mention(mention, original) for mention in coded.mentions),
        events=tuple(restore_event(event, original) for event in coded.events),
        quotes=tuple(restore_quote(quote, original, cased) for quote in coded.quotes),
        claims=tuple(restore_claim(claim, original) for claim in coded.claims),
    )


def restore_mention(mention: ActorMention, original: str) -> ActorMention:
    return replace(mention, text=original[mention.start:mention.end])


def restore_evidence(evidence: Evidence, original: str) -> Evidence:
    return replace(evidence, sentence=original[evidence.start:evidence.end])


def restore_event(event: Event, original: str) -> Event:
    return replace(event, evidence=restore_evidence(event.evidence, original),
                   trigger=original[event.trigger_start:event.trigger_end])


def restore_quote(quote: Quote, original: str, cased: str) -> Quote:
    return replace(quote, text=original[quote.start:quote.end],
                   speaker_text=original_form(quote.speaker_text, original, cased, quote.start),
                   cue=original_form(quote.cue, original, cased, quote.start))


def restore_claim(claim: Claim, original: str) -> Claim:
    return replace(claim, text=original[claim.start:claim.end],
                   evidence=restore_evidence(claim.evidence, original))


def original_form(fragment: str, original: str, cased: str, near: int) -> str:
    """The original characters of ``fragment`` where it occurs in ``cased`` nearest ``near``."""
    if not fragment:
        return fragment
    best: int | None = None
    position = cased.find(fragment)
    while position != -1:
        if best is None or abs(position - near) < abs(best - near):
            best = position
        position = cased.find(fragment, position + 1)
    return fragment if best is None else original[best:best + len(fragment)]
