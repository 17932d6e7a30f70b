"""Events: the CAMEO/PLOVER ontology, the event lexicon, event dates and the ``code_events`` stage
that codes who did what to whom, clause by clause, from a parsed article and its actor mentions."""

from tacitus.events.coder import EventCoder, make_event_coder
from tacitus.events.dates import resolve_date_in_text, resolve_event_date
from tacitus.events.lexicon import Lexicon, load_frames, load_lexicon, parse_lexicon
from tacitus.events.ontology import CameoCode, Ontology, load_ontology
from tacitus.events.pair import PairCoder, PairEvent, code_pair, make_pair_coder

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
