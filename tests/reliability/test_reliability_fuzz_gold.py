"""Fuzzing the gold-file readers: any JSON value or line gives a parsed record or one
GoldFormatError naming where; marked PLV sentences always give spans inside the plain text."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tacitus.errors import GoldFormatError
from tacitus.evaluation.events_gold import parse_gold_record, read_tacitus_gold
from tacitus.evaluation.plv import marked_spans

FUZZ = settings(max_examples=100, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["id", "text", "date", "events", "quotes", "source",
                                       "target", "code", "speaker", "claims", "kind"]),
                      children, max_size=6),
    max_leaves=20,
)


@FUZZ
@given(raw=JSON_VALUES)
def test_any_json_value_is_a_record_or_a_clear_error(raw: object) -> None:
    try:
        record, _ = parse_gold_record(raw, where="gold.jsonl:1")
    except GoldFormatError as error:
        assert str(error).startswith("gold.jsonl:1: ")
    else:
        assert record.text.strip()


@FUZZ
@given(lines=st.lists(st.text(max_size=40), min_size=1, max_size=5))
def test_any_file_is_read_or_refused_with_its_line(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines),
                    encoding="utf-8")
    try:
        records = list(read_tacitus_gold(path))
    except GoldFormatError as error:
        assert f"{path}:" in str(error)
    else:
        assert all(record.text.strip() for record, _ in records)


@FUZZ
@given(pieces=st.lists(st.sampled_from(["<s>", "</s>", "<t>", "</t>", "Russia", " attacked ",
                                        "Ukraine", ".", "é", "<", ">"]), max_size=12))
def test_marked_spans_always_point_inside_the_plain_text(pieces: list[str]) -> None:
    plain, source, target = marked_spans("".join(pieces))
    for span in (source, target):
        if span is not None:
            start, end = span
            assert 0 <= start <= end <= len(plain)
    assert json.dumps(plain)
