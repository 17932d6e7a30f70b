"""A headline set above the story ("Sudan vows to restore order (AFP)" over "Sudan will take the
lead in restoring order …, the minister said"): its claim is the story's, told again in full
below it, so only the story's telling is kept."""

from __future__ import annotations

import re

# A headline is one short first paragraph with no closing full stop, and a story follows it.
HEADLINE_WORDS = 20
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
CLOSING_MARKS = (".", "!", "?", '"', "”", "'", "’")


def headline_end(text: str) -> int:
    """Where the headline over ``text`` ends (0 when it has none)."""
    lead = text.lstrip()
    start = len(text) - len(lead)
    found = PARAGRAPH_BREAK.search(lead)
    if found is None or not lead[found.end():].strip():
        return 0
    headline = lead[: found.start()].strip()
    if not headline or len(headline.split()) > HEADLINE_WORDS or headline.endswith(CLOSING_MARKS):
        return 0
    return start + found.start()
