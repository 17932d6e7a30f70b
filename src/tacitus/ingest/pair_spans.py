"""The ``pair`` field of a JSONL record: marked source and target spans, checked and moved onto
the article text left after clean-up (``{"source": [start, end], "target": [start, end]}``)."""

from __future__ import annotations

from collections.abc import Mapping

from tacitus.errors import PairSpanError

CharSpan = tuple[int, int]
PAIR_ROLES = ("source", "target")


def relocate_span(original: str, cleaned: str, span: CharSpan) -> CharSpan:
    """Map a span of ``original`` onto ``cleaned`` (the same text after clean-up), or raise
    ``PairSpanError`` when its words are gone or cannot be placed without doubt."""
    start, end = span
    if not 0 <= start < end <= len(original):
        raise PairSpanError(f"span {span} is not inside a text of {len(original)} characters")
    if original == cleaned:
        return span
    words = original[start:end].split()
    found = _find_words(cleaned, words)
    if not found:
        raise PairSpanError(f"span {span} ({original[start:end]!r}) is not in the cleaned text")
    # The clean-up only drops or squeezes text, so the span's place moves left, never right:
    # take the occurrence nearest to where the same share of the text would put it.
    expected = start * len(cleaned) / max(1, len(original))
    best = min(found, key=lambda hit: abs(hit[0] - expected))
    if sum(1 for hit in found if abs(hit[0] - expected) == abs(best[0] - expected)) > 1:
        raise PairSpanError(f"span {span} ({original[start:end]!r}) is ambiguous in the "
                            "cleaned text")
    return best


def _find_words(text: str, words: list[str]) -> list[CharSpan]:
    """Every place where ``words`` occur in ``text`` separated by any whitespace."""
    if not words:
        return []
    hits: list[CharSpan] = []
    position = text.find(words[0])
    while position >= 0:
        cursor = position + len(words[0])
        for word in words[1:]:
            rest = text[cursor:]
            gap = len(rest) - len(rest.lstrip())
            if gap == 0 or not rest[gap:].startswith(word):
                break
            cursor += gap + len(word)
        else:
            hits.append((position, cursor))
        position = text.find(words[0], position + 1)
    return hits


def record_pair_spans(record: Mapping[str, object],
                      cleaned: str) -> tuple[CharSpan | None, CharSpan | None]:
    """The ``pair`` of a JSONL record (``{"source": [start, end], "target": [start, end]}``,
    offsets into its ``text``) as spans of ``cleaned``, the article text after clean-up."""
    pair = record.get("pair")
    text = record.get("text")
    if not isinstance(pair, Mapping):
        raise PairSpanError("'pair' must be an object with 'source' and/or 'target'")
    if not isinstance(text, str) or not text.strip():
        raise PairSpanError("'pair' offsets point into the record's 'text', and it has none")
    spans: list[CharSpan | None] = []
    for role in PAIR_ROLES:
        value = pair.get(role)
        if value is None:
            spans.append(None)
            continue
        if (not isinstance(value, list) or len(value) != 2
                or not all(isinstance(item, int) and not isinstance(item, bool)
                           for item in value)):
            raise PairSpanError(f"pair {role} must be [start, end] character offsets, "
                                f"got {value!r}")
        spans.append(relocate_span(text, cleaned, (value[0], value[1])))
    if spans == [None, None]:
        raise PairSpanError("'pair' needs a 'source' or a 'target'")
    return spans[0], spans[1]
