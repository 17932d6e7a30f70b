"""The strings of a column of spaCy string ids (``Doc.to_array``), kept across Docs.

spaCy's ``StringStore`` decodes a new Python string at every look-up; the same few hundred
labels and the same common words come back in every article. An id always stands for the same
string (it is the string's hash), so the strings read are kept, up to ``MEMORY`` of them (then
forgotten all at once, so that a long run's memory stays bounded).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.strings import StringStore

MEMORY = 1 << 17


class KnownStrings(dict[int, str]):
    """The strings of the ids read so far; an id not yet read is looked up in ``store``."""

    def __init__(self) -> None:
        super().__init__()
        self.store: StringStore | None = None

    def __missing__(self, key: int) -> str:
        assert self.store is not None
        text = self[key] = self.store[key]
        return text


_KNOWN = KnownStrings()


def strings_of(store: StringStore, ids: Iterable[int]) -> tuple[str, ...]:
    """The string of each id in ``ids`` (ids of ``store``)."""
    if len(_KNOWN) > MEMORY:
        _KNOWN.clear()
    _KNOWN.store = store
    return tuple(map(_KNOWN.__getitem__, ids))
