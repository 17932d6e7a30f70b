"""Plain-text articles (``.txt`` files, JSONL ``text`` fields, feed summaries)."""

from __future__ import annotations

import re
from datetime import date as Date

from tacitus.ingest.building import build_article
from tacitus.ingest.pubdates import DATELINE_SEARCH_LINES, dateline_date
from tacitus.model import Article
from tacitus.settings import Settings

# A lone line naming a media slot, left behind where an image or video sat; the line after it
# is its caption.
MEDIA_MARKER = re.compile(r"(?:image|photo|picture|video|gallery|file\s+photo|watch)\s*:?", re.I)
MAX_CAPTION_CHARS = 300
# A first line longer than this is a paragraph, not a headline.
MAX_HEADLINE_CHARS = 250
# A line that ends with a full stop (before any closing quotes or brackets) ends as a sentence does.
SENTENCE_END = re.compile(r"\.[\"'”’)\]]*$")


def article_from_text(
    text: str,
    *,
    origin: str,
    settings: Settings,
    title: str | None = None,
    date: Date | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Article:
    """Read a plain-text article: the first non-empty line is its title unless one is given
    or that line is the text's first paragraph (``is_headline``).

    A dateline near the top gives the date (unless one is given) and is removed, as are media
    markers with their captions; the shared clean-up then removes furniture and repeats.
    """
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if title is None and lines and is_headline(lines[0], followed=len(lines) > 1):
        title, lines = lines[0], lines[1:]
    found_date, lines = take_dateline(lines)
    lines = drop_media_markers(lines)
    return build_article(
        "\n".join(lines),
        origin=origin,
        settings=settings,
        title=title,
        date=date or found_date,
        url=url,
        source=source,
    )


def is_headline(line: str, *, followed: bool) -> bool:
    """Whether a text's first line is its headline rather than its first paragraph.

    A headline has text after it, is short, carries no dateline and does not end with a full
    stop; a text of one line, or one that opens with a sentence ("The council said on Monday
    that …."), keeps that line as its lede.
    """
    return (followed and len(line) <= MAX_HEADLINE_CHARS and dateline_date(line) is None
            and SENTENCE_END.search(line) is None)


def take_dateline(lines: list[str]) -> tuple[Date | None, list[str]]:
    """Find a dateline among the first lines; return its date and the lines without it."""
    for index, line in enumerate(lines[:DATELINE_SEARCH_LINES]):
        found = dateline_date(line)
        if found is not None:
            return found, lines[:index] + lines[index + 1:]
    return None, lines


def drop_media_markers(lines: list[str]) -> list[str]:
    """Drop lone "Image"/"Photo"/"Video" lines and the caption line right after each."""
    kept: list[str] = []
    skip_caption = False
    for line in lines:
        if MEDIA_MARKER.fullmatch(line):
            skip_caption = True
            continue
        if skip_caption:
            skip_caption = False
            if len(line) <= MAX_CAPTION_CHARS:
                continue
        kept.append(line)
    return kept
