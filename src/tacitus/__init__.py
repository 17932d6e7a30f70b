"""Tacitus: political event data from the news, with the evidence for every record.

>>> import tacitus
>>> coded = tacitus.code("<html>…</html>")          # doctest: +SKIP
>>> [(e.source.code, e.cameo, e.target and e.target.code) for e in coded.events]  # doctest: +SKIP
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from tacitus.model import (
    Actor,
    ActorMention,
    Article,
    Claim,
    CodedArticle,
    Event,
    Evidence,
    Quote,
)
from tacitus.settings import Settings

if TYPE_CHECKING:
    from tacitus.api import Pipeline, code
    from tacitus.api import open_database as open

__version__ = "0.1.0"

# a library logs, the application decides where to: nothing is printed unless it configures logging
# (the command line does, to stderr)
logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Actor",
    "ActorMention",
    "Article",
    "Claim",
    "CodedArticle",
    "Event",
    "Evidence",
    "Pipeline",
    "Quote",
    "Settings",
    "__version__",
    "code",
    "open",
]

# the public names of tacitus.api: it loads spaCy and pandas, so it is imported on first use only
_API = {"Pipeline": "Pipeline", "code": "code", "open": "open_database"}


def __getattr__(name: str) -> object:
    if name not in _API:
        raise AttributeError(f"module 'tacitus' has no attribute {name!r}")
    from tacitus import api

    return getattr(api, _API[name])
