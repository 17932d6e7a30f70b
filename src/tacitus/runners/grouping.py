"""Cut a stream into lists of a fixed size, lazily (the last list may be shorter)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def groups_of(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size``, in order; each list is yielded as soon as it is full."""
    group: list[T] = []
    for item in items:
        group.append(item)
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group
