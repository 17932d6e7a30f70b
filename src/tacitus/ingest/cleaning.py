"""The one post-processing step every extracted body goes through, whatever its source."""

from __future__ import annotations

import re

from tacitus.errors import EmptyInputError
from tacitus.ingest.boilerplate import strip_boilerplate
from tacitus.ingest.pubdates import DATELINE_SEARCH_LINES, dateline_date
from tacitus.settings import Settings

# Paragraphs shorter than this are not checked for repetition ("He said." may legitimately recur).
MIN_REPEAT_CHARS = 40
# How many lines at the top of a body may restate the title.
TITLE_SEARCH_LINES = 3
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "\u00a0": " "})
_EDGE_PUNCTUATION = " .,;:!?…-–—\"'"
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def clean_body(text: str, *, origin: str, settings: Settings, title: str | None = None) -> str:
    """Return the article body as paragraphs joined by ``"\\n"``, free of repeats and furniture.

    Whitespace inside a paragraph is folded to single spaces; the title restated near the top,
    datelines among the first lines, a paragraph repeated inside another (a standfirst echoed as
    the first paragraph) and page furniture are dropped; the result is capped at
    ``settings.max_text_chars``. Raises ``EmptyInputError`` when fewer than
    ``settings.min_text_chars`` characters, or half as many letters (a page of brackets or
    digits), remain.
    """
    paragraphs = split_paragraphs(text[: settings.max_text_chars * 2])
    # 1. the title restated at the top of the body (sometimes under a kicker such as "Review")
    if title:
        title_key = _key(title)
        for index, paragraph in enumerate(paragraphs[:TITLE_SEARCH_LINES]):
            if _key(paragraph) == title_key:
                del paragraphs[index]
                break
    # 2. datelines at the top (the date is metadata, not a sentence)
    paragraphs = [paragraph for index, paragraph in enumerate(paragraphs)
                  if index >= DATELINE_SEARCH_LINES or dateline_date(paragraph) is None]
    # 3. furniture, comment sections, agency tags
    paragraphs = strip_boilerplate(paragraphs)
    # 4. paragraphs repeated inside others
    paragraphs = drop_repeated_paragraphs(paragraphs)
    body = _cap("\n".join(paragraphs), settings.max_text_chars)
    if len(body) < settings.min_text_chars:
        raise EmptyInputError(
            origin, f"only {len(body)} characters of text left (minimum {settings.min_text_chars})")
    letters = sum(character.isalpha() for character in body)
    if letters < settings.min_text_chars // 2:
        raise EmptyInputError(origin, f"only {letters} letters among {len(body)} characters of "
                                      f"text (minimum {settings.min_text_chars // 2}): no prose "
                                      "to read")
    return body


def split_paragraphs(text: str) -> list[str]:
    """Split on line breaks and fold the whitespace inside each line; drop empty lines."""
    text = _INVISIBLE.sub("", text)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return [line for line in lines if line]


def drop_repeated_paragraphs(paragraphs: list[str]) -> list[str]:
    """Drop a paragraph that sits inside a longer one or repeats another.

    Of paragraphs that differ only in case, quotes or end punctuation, the fullest copy stays
    (a standfirst without its full stop gives way to the body paragraph that ends with one).
    """
    keys = [_key(paragraph) for paragraph in paragraphs]
    haystack = "\x00".join(keys)
    counts: dict[str, int] = {}
    keeper: dict[str, int] = {}
    for index, key in enumerate(keys):
        counts[key] = counts.get(key, 0) + 1
        if key not in keeper or len(paragraphs[index]) > len(paragraphs[keeper[key]]):
            keeper[key] = index
    kept: list[str] = []
    for index, (paragraph, key) in enumerate(zip(paragraphs, keys, strict=True)):
        if len(key) >= MIN_REPEAT_CHARS and (
                keeper[key] != index or haystack.count(key) > counts[key]):
            continue
        kept.append(paragraph)
    return kept


def _key(paragraph: str) -> str:
    return " ".join(paragraph.translate(_QUOTES).casefold().split()).strip(_EDGE_PUNCTUATION)


def _cap(body: str, limit: int) -> str:
    if len(body) <= limit:
        return body
    cut = body[:limit]
    boundary = max(cut.rfind("\n"), cut.rfind(" "))
    return cut[:boundary].rstrip() if boundary > limit // 2 else cut
