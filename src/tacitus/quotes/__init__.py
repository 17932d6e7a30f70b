"""Quotes and claims: who said what, and who demanded, promised, denied or threatened what."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tacitus.quotes.claims import make_claim_finder
    from tacitus.quotes.finder import make_quote_finder

# the finders need spaCy, the cue tables do not: parts are imported on first use
_PARTS: dict[str, tuple[str, ...]] = {
    "claims": ("make_claim_finder",),
    "finder": ("make_quote_finder",),
}
_HOMES = {public: module for module, names in _PARTS.items() for public in names}

__all__ = ["make_claim_finder", "make_quote_finder"]


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
