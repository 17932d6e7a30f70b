"""What the coders of a gold set list, declared beside it (issue #18: score like with like).

A folder of gold files may hold ``conventions.json``, a JSON object that applies to every set in
it. Its one key today is ``quotes``: ``"all"`` (the default, also with no file) when the coders
list reported speech too ("he said that …"), ``"direct"`` when they list direct quotations only
(words in quotation marks, as the real-news sets do). A direct-only set is scored against the
direct quotations Tacitus finds; reported speech it finds is neither right nor wrong there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tacitus.errors import GoldFormatError

CONVENTIONS_FILE = "conventions.json"
QUOTE_CONVENTIONS = ("all", "direct")


@dataclass(frozen=True, slots=True)
class GoldConventions:
    """How a gold set was coded: ``quotes`` is ``"all"`` or ``"direct"``."""

    quotes: str = "all"

    @property
    def direct_quotes_only(self) -> bool:
        """The set lists direct quotations only, not reported speech."""
        return self.quotes == "direct"


def read_conventions(gold_path: Path) -> GoldConventions:
    """The conventions declared beside ``gold_path`` (its folder's ``conventions.json``), the
    defaults when there is none; raise ``GoldFormatError`` on a bad declaration."""
    declared = gold_path.parent / CONVENTIONS_FILE
    if not declared.is_file():
        return GoldConventions()
    try:
        raw = json.loads(declared.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise GoldFormatError(f"{declared}: not JSON ({error.msg})") from error
    if not isinstance(raw, dict) or not set(raw) <= {"quotes"}:
        raise GoldFormatError(f"{declared}: must be an object whose only key is `quotes`")
    quotes = raw.get("quotes", "all")
    if quotes not in QUOTE_CONVENTIONS:
        raise GoldFormatError(
            f"{declared}: `quotes` must be one of {', '.join(QUOTE_CONVENTIONS)}")
    return GoldConventions(quotes=quotes)
