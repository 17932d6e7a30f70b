"""Article text cut into runs of characters, each with the highlights that cover it; and the
inline code of the API's Markdown docstrings."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Span:
    """A highlight over ``text[start:end]``: ``kind`` is its CSS class, ``href`` where it links."""

    start: int
    end: int
    kind: str
    label: str = ""
    href: str | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text under the same highlights; ``anchor`` marks the first run of ``current``."""

    text: str
    kinds: tuple[str, ...]
    label: str
    href: str | None
    anchor: bool


def segment_text(text: str, spans: Sequence[Span], *,
                 anchor_kind: str = "current") -> list[Segment]:
    """Split ``text`` at every span boundary; spans outside the text are clipped or dropped."""
    size = len(text)
    kept = [span for span in spans if 0 <= span.start < span.end and span.start < size]
    ends = (min(span.end, size) for span in kept)
    cuts = sorted({0, size, *(span.start for span in kept), *ends})
    segments: list[Segment] = []
    anchored = False
    for start, end in pairwise(cuts):
        over = [span for span in kept if span.start <= start and span.end >= end]
        kinds = tuple(sorted({span.kind for span in over}))
        labels = [span.label for span in over if span.label]
        href = next((span.href for span in over if span.href), None)
        first = anchor_kind in kinds and not anchored
        anchored = anchored or first
        segments.append(Segment(text[start:end], kinds, " · ".join(dict.fromkeys(labels)), href,
                                first))
    return segments


_CODE = re.compile(r"`([^`]+)`")


def inline_code(text: str) -> Markup:
    """Markdown's inline code (`` `x` ``) as ``<code>``, everything else escaped."""
    escaped = str(escape(text))
    return Markup(_CODE.sub(r"<code>\1</code>", escaped))
