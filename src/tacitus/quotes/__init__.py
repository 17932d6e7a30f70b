"""Quotes and claims: who said what, and who demanded, promised, denied or threatened what."""

from __future__ import annotations

from tacitus.quotes.claims import make_claim_finder
from tacitus.quotes.finder import make_quote_finder

__all__ = ["make_claim_finder", "make_quote_finder"]
