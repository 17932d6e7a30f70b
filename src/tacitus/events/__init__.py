"""Events: the CAMEO/PLOVER ontology, the event lexicon, event dates and the ``code_events`` stage
that codes who did what to whom, clause by clause, from a parsed article and its actor mentions."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tacitus.events.coder import EventCoder, make_event_coder
    from tacitus.events.dates import resolve_date_in_text, resolve_event_date
    from tacitus.events.lexicon import Lexicon, load_frames, load_lexicon, parse_lexicon
    from tacitus.events.ontology import CameoCode, Ontology, load_ontology
    from tacitus.events.pair import PairCoder, PairEvent, code_pair, make_pair_coder

# where each public name lives: the coder needs spaCy, the lexicon, ontology and merge rules do
# not, so the package imports its parts on first use and a reader of stored data never loads spaCy
_PARTS: dict[str, tuple[str, ...]] = {
    "ontology": ("CameoCode", "Ontology", "load_ontology"),
    "coder": ("EventCoder", "make_event_coder"),
    "lexicon": ("Lexicon", "load_frames", "load_lexicon", "parse_lexicon"),
    "pair": ("PairCoder", "PairEvent", "code_pair", "make_pair_coder"),
    "dates": ("resolve_date_in_text", "resolve_event_date"),
}
_HOMES = {public: module for module, names in _PARTS.items() for public in names}

__all__ = [
    "CameoCode",
    "EventCoder",
    "Lexicon",
    "Ontology",
    "PairCoder",
    "PairEvent",
    "code_pair",
    "load_frames",
    "load_lexicon",
    "load_ontology",
    "make_event_coder",
    "make_pair_coder",
    "parse_lexicon",
    "resolve_date_in_text",
    "resolve_event_date",
]


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
