"""Pages nested deeper than HTML parsers handle (libxml2 stops at a few thousand levels)."""

from __future__ import annotations

import re

# a run of this many wrapper tags opened back to back carries no structure worth keeping
MAX_WRAPPER_RUN = 32
WRAPPER_RUN = re.compile(
    r"(?:<(?:div|span|section|font|center|b|i|em|strong)\b[^<>]{0,200}>\s*)"
    + f"{{{MAX_WRAPPER_RUN},}}",
    re.IGNORECASE,
)


def flatten_wrapper_runs(html: str) -> str:
    """Collapse long runs of opening wrapper tags into one ``<div>``.

    The matching closing tags are left as they are: HTML parsers ignore unmatched end tags.
    """
    return WRAPPER_RUN.sub("<div>", html)
