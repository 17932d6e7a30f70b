"""Pages shaped to defeat HTML parsers: nested deeper than they go, or tags too big to parse.

libxml2 stops at a few thousand levels of nesting (the text below is lost) and takes minutes over a
tag with 200,000 attributes.
"""

from __future__ import annotations

import re

# a run of this many container tags opened back to back carries no structure worth keeping
MAX_WRAPPER_RUN = 32
WRAPPER_RUN = re.compile(
    r"(?:<(?:div|span|section|article|font|center|b|i|em|strong|blockquote|table|tbody|thead|tr"
    r"|td|th|ul|ol|li|dl|dt|dd|p)\b[^<>]{0,200}>\s*)"
    + f"{{{MAX_WRAPPER_RUN},}}",
    re.IGNORECASE,
)
# no tag of a news page needs this many characters of attributes (an inline image's data URI is
# the largest seen in practice, and it carries no text)
MAX_TAG_CHARS = 10_000
HUGE_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9:-]{0,30})[\s/][^<>]{" + str(MAX_TAG_CHARS) + ",}>")


def flatten_wrapper_runs(html: str) -> str:
    """Collapse long runs of opening container tags into one ``<div>``.

    The matching closing tags are left as they are: HTML parsers ignore unmatched end tags.
    """
    return WRAPPER_RUN.sub("<div>", html)


def trim_huge_tags(html: str) -> str:
    """Drop the attributes of every tag longer than ``MAX_TAG_CHARS`` characters."""
    return HUGE_TAG.sub(r"<\1>", html)
