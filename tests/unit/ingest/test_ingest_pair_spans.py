"""The ``pair`` field of a JSONL record: spans checked and moved onto the cleaned text."""

from __future__ import annotations

import pytest

from tacitus.errors import PairSpanError
from tacitus.events.pair import record_pair_spans as reexported
from tacitus.ingest.pair_spans import record_pair_spans, relocate_span


def test_relocate_span_follows_the_clean_up() -> None:
    original = "  Kyiv  -\n\nRussia   attacked Ukraine on Friday."
    cleaned = "Russia attacked Ukraine on Friday."
    russia = original.index("Russia")
    assert relocate_span(original, cleaned, (russia, russia + 6)) == (0, 6)
    # whitespace squeezed inside the span
    assert relocate_span(original, cleaned, (russia, russia + 17)) == (0, 15)
    assert relocate_span(cleaned, cleaned, (16, 23)) == (16, 23)
    with pytest.raises(PairSpanError, match="not in the cleaned text"):
        relocate_span(original, cleaned, (2, 6))
    with pytest.raises(PairSpanError, match="not inside"):
        relocate_span(original, cleaned, (30, 300))


def test_record_pair_spans_validates() -> None:
    record = {"text": "Russia attacked Ukraine.", "pair": {"source": [0, 6], "target": [16, 23]}}
    assert record_pair_spans(record, "Russia attacked Ukraine.") == ((0, 6), (16, 23))
    for bad in ({"source": [0]}, {"source": ["0", "6"]}, {}, [0, 6]):
        with pytest.raises(PairSpanError):
            record_pair_spans({**record, "pair": bad}, "Russia attacked Ukraine.")
    with pytest.raises(PairSpanError, match="'text'"):
        record_pair_spans({"html": "<p>x</p>", "pair": record["pair"]}, "x")


def test_the_pair_module_still_offers_the_record_reader() -> None:
    assert reexported is record_pair_spans
