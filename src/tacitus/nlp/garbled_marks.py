"""Curly quotation marks garbled by a wrong decoding, set right before parsing.

Scraped news often holds UTF-8 read as Windows-1252: “ becomes "â€œ", ” becomes "â€\\x9d" (its
last byte often lost as "�"), and a closing mark typed as two right single marks becomes
"â€™â€™". The parser reads these letters as a word, which then stands as the subject of "said"
("…,â€™â€™ said Gupta"). Each is replaced by the mark it stands for, padded with spaces to the same
length (the mark next to the quoted words), so every offset still holds for the original text.
"""

from __future__ import annotations

import re

# garbled mark -> the mark, padded to the garbled mark's length on the side away from the words
REPAIRS = {
    "â€œ": "  “",
    "â€\x9d": "”  ",
    "â€\ufffd": "”  ",
    "â€™â€™": "”     ",
}
GARBLED = re.compile("|".join(re.escape(mark) for mark in REPAIRS))


def repair_marks(text: str) -> str:
    """``text`` with its garbled double quotation marks set right; the same length."""
    return GARBLED.sub(lambda found: REPAIRS[found.group()], text)
