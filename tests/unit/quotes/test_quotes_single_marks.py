"""British copy's single quotation marks (‘appalled’) quote as double ones do: a fragment beside
a speech cue is its speaker's words. Every sentence is invented."""

from __future__ import annotations

from typing import Any


def test_a_british_fragment_is_its_speakers(analyse: Any) -> None:
    quotes, _ = analyse("Foreign Secretary Qureshi said she was ‘appalled’ by the attack.",
                        [("Qureshi", "QURESHI")])
    assert [(q.text, q.speaker.code if q.speaker else None) for q in quotes if q.direct] == [
        ("appalled", "PAKGOV")]
