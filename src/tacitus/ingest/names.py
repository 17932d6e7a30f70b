"""Names of inputs (file names, URLs) as text that stores and prints safely."""

from __future__ import annotations

import contextlib
import re

# control characters (a newline in a file name would forge a line of the summary), line and
# paragraph separators, and lone surrogates (which no database or terminal takes)
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def printable_name(name: str) -> str:
    """``name`` with bytes that were not UTF-8 shown as ``\\xNN`` (as ``os.fsdecode`` escaped
    them) and control characters as escapes: one line of valid text, the same for one name."""
    # a surrogate that stands for no byte cannot be encoded back: it is escaped below
    with contextlib.suppress(UnicodeEncodeError):
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _UNSAFE.sub(_escape, name)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
