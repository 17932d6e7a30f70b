"""Claims and quote detail in Tacitus's JSONL gold format: reading, matching and scoring.

A record may list ``"claims": [{"kind", "actor", "addressee"?, "text"}]`` (absent: the record does
not judge claims; ``[]``: no claim expected). Matching rules, one found claim per gold claim:

- the kind is the same (``demand``, ``commitment``, ``denial``, ``appeal``, ``offer``, ``threat``);
- the actor matches one of the ``|``-separated alternatives on its country or group part
  (``USAGOV`` ~ ``USA``) or its organisation, however the gold writes it (``UNO`` ~ ``IGOUNO``,
  ``EEC`` ~ ``IGOEUREEC``: ``actor_match.codes_agree``); an empty alternative also accepts no actor;
- when the gold claim names an addressee, the found addressee matches one alternative on its
  country, group or organisation and, where both name one, on the type of actor
  (``actor_match.roles_agree``: ``INDGOV`` is not ``INDCVL``, so a government taken as the
  addressee of a demand to the citizens is no match; ``IND`` accepts either); a gold claim without
  one does not judge the addressee;
- the words agree: after folding case, quotation marks and spacing, the found text contains the
  gold text, or at least half of the gold text's content words (three letters or more, function
  words aside) are in it (so a found fragment of one word does not match a long gold text).

Quote detail beside the existing "quotes with speaker" figures: a quote is *found* when its words
match a gold quote whatever the speaker (``quote_text_*``), and ``speaker_accuracy`` is the share of
those found quotes whose speaker also matches.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tacitus.errors import GoldFormatError
from tacitus.evaluation.actor_match import codes_agree, roles_agree
from tacitus.evaluation.events_gold import (
    FoundQuote,
    GoldQuote,
    coded_parts,
    person_matches,
    quote_matches,
)
from tacitus.evaluation.intervals import bootstrap_prf, wilson_interval
from tacitus.evaluation.metrics import Counts, ratio, sum_counts
from tacitus.evaluation.records import ErrorEntry, Figure, alternatives, marks_folded
from tacitus.model import CLAIM_KINDS
from tacitus.wordlists import word_set

# Words shorter than this carry no content for the overlap test ("to", "the", "of").
CONTENT_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]{2,}")
MIN_SHARED = 0.5
# Function words of three letters or more that say nothing about the action.
FUNCTION_WORDS = word_set("long_function_words")


@dataclass(frozen=True, slots=True)
class GoldClaim:
    """An expected claim: its kind, acceptable actor codes, addressee codes (empty: not judged)."""

    kind: str
    actor: tuple[str, ...]
    addressee: tuple[str, ...]
    text: str

    def describe(self) -> str:
        to = f" → {'|'.join(self.addressee)}" if self.addressee else ""
        return f"{self.kind} {'|'.join(self.actor)}{to}: {self.text}"


@dataclass(frozen=True, slots=True)
class FoundClaim:
    """A found claim reduced to what the gold checks."""

    kind: str
    actor: str | None
    addressee: str | None
    text: str

    def describe(self) -> str:
        to = f" → {self.addressee}" if self.addressee else ""
        return f"{self.kind} {self.actor or '-'}{to}: {self.text}"


def read_gold_claims(path: Path) -> list[tuple[GoldClaim, ...] | None]:
    """The claims of every record of a Tacitus gold file, in order (``None``: not judged)."""
    found: list[tuple[GoldClaim, ...] | None] = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as error:
                raise GoldFormatError(f"{where}: not JSON ({error.msg})") from error
            found.append(parse_gold_claims(raw, where=where))
    return found


def parse_gold_claims(raw: Any, *, where: str) -> tuple[GoldClaim, ...] | None:
    """Validate the ``claims`` of one decoded record; ``None`` when the record has none."""
    if not isinstance(raw, dict):
        raise GoldFormatError(f"{where}: a record must be a JSON object")
    claims = raw.get("claims") if "claims" in coded_parts(raw, where=where) else None
    if claims is None:
        return None
    if not isinstance(claims, list):
        raise GoldFormatError(f"{where}: `claims` must be a list when given")
    return tuple(_claim(item, where) for item in claims)


def _claim(item: Any, where: str) -> GoldClaim:
    if not isinstance(item, dict):
        raise GoldFormatError(f"{where}: each claim must be a JSON object")
    kind, actor, text = item.get("kind"), item.get("actor"), item.get("text")
    addressee = item.get("addressee") or ""
    if kind not in CLAIM_KINDS:
        raise GoldFormatError(f"{where}: a claim's `kind` must be one of {', '.join(CLAIM_KINDS)}")
    if not isinstance(actor, str) or not isinstance(addressee, str):
        raise GoldFormatError(f"{where}: a claim's `actor` and `addressee` must be strings")
    if not isinstance(text, str) or not text.strip():
        raise GoldFormatError(f"{where}: a claim needs a non-empty `text`")
    return GoldClaim(kind=kind, actor=alternatives(actor),
                     addressee=alternatives(addressee) if addressee else (), text=text)


def _folded(text: str) -> str:
    return marks_folded(text).strip(' "\'.,')


def _code_fits(code: str | None, accepted: tuple[str, ...], *, by_role: bool = False) -> bool:
    if not code:
        return "" in accepted
    agree = roles_agree if by_role else codes_agree
    return any(agree(code, alt) for alt in accepted if alt)


def words_agree(found: str, gold: str) -> bool:
    """The gold text inside the found one, or half the gold's content words in it."""
    expected, seen = _folded(gold), _folded(found)
    if not expected or not seen:
        return False
    if expected in seen:
        return True
    wanted = set(CONTENT_WORD.findall(expected)) - FUNCTION_WORDS
    return bool(wanted) and ratio(len(wanted & set(CONTENT_WORD.findall(seen))),
                                  len(wanted)) >= MIN_SHARED


def claim_matches(found: FoundClaim, gold: GoldClaim) -> bool:
    """Same kind, matching actor (and addressee, by its type too, when the gold names one),
    agreeing words."""
    if found.kind != gold.kind or not _code_fits(found.actor, gold.actor):
        return False
    if gold.addressee and not _code_fits(found.addressee, gold.addressee, by_role=True):
        return False
    return words_agree(found.text, gold.text)


def _pair(gold: Sequence[GoldClaim], found: Sequence[FoundClaim]) -> dict[int, int]:
    """Greedy one-to-one pairing, gold claim index → found claim index."""
    free = list(range(len(found)))
    pairs: dict[int, int] = {}
    for i, expected in enumerate(gold):
        for j in free:
            if claim_matches(found[j], expected):
                free.remove(j)
                pairs[i] = j
                break
    return pairs


def count_claims(gold: Sequence[GoldClaim], found: Sequence[FoundClaim]) -> Counts:
    """True, false and missed claims of one record."""
    hits = len(_pair(gold, found))
    return Counts(tp=hits, fp=len(found) - hits, fn=len(gold) - hits)


def claim_figures(gold: Sequence[tuple[GoldClaim, ...] | None],
                  found: Sequence[Sequence[FoundClaim]]) -> tuple[Figure, ...]:
    """Claim P/R/F1 over the records that list claims, with bootstrap intervals over records."""
    per_record = [count_claims(expected, seen) for expected, seen in zip(gold, found, strict=True)
                  if expected is not None]
    if not per_record:
        return ()
    total, spans = sum_counts(per_record), bootstrap_prf(per_record)
    n = total.tp + total.fn
    return (Figure("claim_precision", "claims (kind, actor, words): precision", total.precision,
                   total.tp + total.fp, spans.get("precision")),
            Figure("claim_recall", "claims (kind, actor, words): recall", total.recall, n,
                   spans.get("recall")),
            Figure("claim_f1", "claims (kind, actor, words): F1", total.f1, n, spans.get("f1")))


def claim_errors(ids: Sequence[str], texts: Sequence[str],
                 gold: Sequence[tuple[GoldClaim, ...] | None],
                 found: Sequence[Sequence[FoundClaim]]) -> tuple[ErrorEntry, ...]:
    """One error entry per judged record whose claims are not all right."""
    entries: list[ErrorEntry] = []
    for record_id, text, expected, seen in zip(ids, texts, gold, found, strict=True):
        if expected is None:
            continue
        pairs = _pair(expected, seen)
        missed = [claim.describe() for i, claim in enumerate(expected) if i not in pairs]
        extra = [claim.describe() for j, claim in enumerate(seen) if j not in pairs.values()]
        if missed or extra:
            entries.append(ErrorEntry(
                record_id, f"claims: missed {len(missed)}, {len(extra)} false", text,
                expected=" ; ".join(missed) or "-", found=" ; ".join(extra) or "-"))
    return tuple(entries)


def text_matches(expected: Sequence[GoldQuote], seen: Sequence[FoundQuote]
                 ) -> tuple[list[tuple[GoldQuote, int | None]], int]:
    """Each gold quote with the found quote whose words match it (whatever the speaker, one to
    one, ``None`` when none does), and how many found quotes matched no gold quote."""
    free = list(range(len(seen)))
    pairs: list[tuple[GoldQuote, int | None]] = []
    for quote in expected:
        anyone = GoldQuote(speaker=("",), text=quote.text)
        match = next((j for j in free if quote_matches(
            FoundQuote(None, seen[j].text), anyone)), None)
        if match is not None:
            free.remove(match)
        pairs.append((quote, match))
    return pairs, len(free)


def speaker_right(found: FoundQuote, gold: GoldQuote) -> tuple[bool, bool]:
    """Whether a found quote whose words match ``gold`` has the right speaker code, and the
    right code and person."""
    right_code = quote_matches(found, gold)
    return right_code, right_code and person_matches(found, gold)


def speaker_errors(ids: Sequence[str], texts: Sequence[str],
                   gold: Sequence[tuple[GoldQuote, ...] | None],
                   found: Sequence[Sequence[FoundQuote]]) -> tuple[ErrorEntry, ...]:
    """One error entry per quote found with the right words but the wrong speaker (code or
    person), naming the gold speaker and the one found."""
    entries: list[ErrorEntry] = []
    for record_id, text, expected, seen in zip(ids, texts, gold, found, strict=True):
        if expected is None:
            continue
        for quote, match in text_matches(expected, seen)[0]:
            if match is None:
                continue
            right_code, right_person = speaker_right(seen[match], quote)
            if right_person:
                continue
            wrong = "person" if right_code else "code"
            entries.append(ErrorEntry(
                record_id, f"speaker: wrong {wrong}", text,
                expected=f"{'|'.join(quote.speaker)} {'|'.join(quote.speaker_name)}: {quote.text}",
                found=f"{seen[match].speaker or '-'} {seen[match].person}: {seen[match].text}"))
    return tuple(entries)


def quote_detail_figures(gold: Sequence[tuple[GoldQuote, ...] | None],
                         found: Sequence[Sequence[FoundQuote]]) -> tuple[Figure, ...]:
    """Quote P/R on the words alone (bootstrap intervals over records), and speaker accuracy on
    the quotes whose words match (Wilson intervals)."""
    per_record: list[Counts] = []
    right_speaker = right_code_only = 0
    for expected, seen in zip(gold, found, strict=True):
        if expected is None:
            continue
        pairs, unmatched = text_matches(expected, seen)
        record_counts = Counts(fp=unmatched)
        for quote, match in pairs:
            if match is None:
                record_counts = record_counts + Counts(fn=1)
                continue
            record_counts = record_counts + Counts(tp=1)
            right_code, right_person = speaker_right(seen[match], quote)
            right_code_only += right_code
            right_speaker += right_person
        per_record.append(record_counts)
    text_counts = sum_counts(per_record)
    if not text_counts.tp + text_counts.fn:
        return ()
    n, spans = text_counts.tp + text_counts.fn, bootstrap_prf(per_record)
    return (Figure("quote_text_precision", "quotes (words only): precision",
                   text_counts.precision, text_counts.tp + text_counts.fp, spans.get("precision")),
            Figure("quote_text_recall", "quotes (words only): recall", text_counts.recall, n,
                   spans.get("recall")),
            Figure("speaker_accuracy",
                   "speaker right on the quotes found (code, and person where the gold names one)",
                   ratio(right_speaker, text_counts.tp), text_counts.tp,
                   wilson_interval(right_speaker, text_counts.tp)),
            Figure("speaker_code_accuracy", "speaker code right on the quotes found",
                   ratio(right_code_only, text_counts.tp), text_counts.tp,
                   wilson_interval(right_code_only, text_counts.tp)))
