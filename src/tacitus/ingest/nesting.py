"""Pages shaped to defeat HTML parsers: nested deeper than they go, tags too big to parse, or a
text-only element left open.

libxml2 stops at a few thousand levels of nesting (the text below is lost) and takes minutes over a
tag with 200,000 attributes. A ``<title>`` or ``<textarea>`` holds text only: opened and never
closed, it reads the rest of the page, tags and all, as its text, and the page's markup comes out
as the article (or its body is lost).
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
# elements whose content the parser reads as text up to their own closing tag
TEXT_ONLY_OPENING = re.compile(r"<(title|textarea)\b[^<>]*>", re.IGNORECASE)
# a "<" that starts a tag, a closing tag, a comment or a declaration ("a < b" is text)
TAG_START = re.compile(r"<[A-Za-z/!]")



def flatten_wrapper_runs(html: str) -> str:
    """Collapse long runs of opening container tags into one ``<div>``.

    The matching closing tags are left as they are: HTML parsers ignore unmatched end tags.
    """
    return WRAPPER_RUN.sub("<div>", html)


def trim_huge_tags(html: str) -> str:
    """Drop the attributes of every tag longer than ``MAX_TAG_CHARS`` characters."""
    return HUGE_TAG.sub(r"<\1>", html)


def close_open_text_elements(html: str) -> str:
    """End each ``<title>`` or ``<textarea>`` at the first tag after it, unless that is its own end.

    A text-only element's text never holds a tag of its own on a real page (a literal ``<`` is
    written ``&lt;``), so the first tag after the opening is where its text ends; a closing tag
    left further on is ignored by the parser. Pages whose elements hold plain text are returned
    unchanged.
    """
    pieces: list[str] = []
    copied_to = 0
    for opening in TEXT_ONLY_OPENING.finditer(html):
        name = opening.group(1).lower()
        next_tag = TAG_START.search(html, opening.end())
        text_end = len(html) if next_tag is None else next_tag.start()
        if html[text_end:text_end + len(name) + 2].lower() == f"</{name}":
            continue
        pieces += [html[copied_to:text_end], f"</{name}>"]
        copied_to = text_end
    if not pieces:
        return html
    pieces.append(html[copied_to:])
    return "".join(pieces)
