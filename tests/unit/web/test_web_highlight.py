"""Cutting article text into highlighted runs."""

from __future__ import annotations

from tacitus.web.highlight import Span, inline_code, segment_text


def test_runs_cover_the_text_once_with_nested_highlights() -> None:
    text = "Blinken met Qureshi. Later."
    segments = segment_text(text, [Span(0, 20, "current", "meet"),
                                   Span(0, 7, "actor", "USAGOV", "/actors/USAGOV"),
                                   Span(12, 19, "actor", "PAKGOV", "/actors/PAKGOV")])
    assert "".join(segment.text for segment in segments) == text
    assert [(segment.text, segment.kinds) for segment in segments] == [
        ("Blinken", ("actor", "current")), (" met ", ("current",)),
        ("Qureshi", ("actor", "current")), (".", ("current",)), (" Later.", ())]
    assert [segment.anchor for segment in segments] == [True, False, False, False, False]
    assert segments[2].href == "/actors/PAKGOV" and segments[2].label == "meet · PAKGOV"


def test_spans_outside_the_text_are_clipped_or_dropped() -> None:
    segments = segment_text("short", [Span(2, 50, "quote"), Span(9, 12, "actor"),
                                      Span(3, 3, "actor")])
    assert [(segment.text, segment.kinds) for segment in segments] == [("sh", ()),
                                                                       ("ort", ("quote",))]


def test_no_spans_is_one_plain_run() -> None:
    assert [(segment.text, segment.kinds) for segment in segment_text("abc", [])] == [("abc", ())]
    assert segment_text("", []) == []


def test_inline_code_escapes_everything_else() -> None:
    assert str(inline_code("`a<b>` and <i>")) == "<code>a&lt;b&gt;</code> and &lt;i&gt;"
