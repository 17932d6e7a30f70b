"""An addressee named only by its kind ("urged the government to …", "asked police to …") where
the text gives it no country is of the claimant's own country: a side of a country that asks
"the government" asks its own."""

from __future__ import annotations

from dataclasses import replace

from tacitus.model import Actor
from tacitus.quotes.speaker_countries import type_codes


def domestic_addressee(addressee: Actor | None, claimant: Actor) -> Actor | None:
    """``addressee`` in ``claimant``'s country when it is a bare type (``GOV``, ``COP``) and
    the claimant has a country; otherwise unchanged."""
    if (addressee is None or addressee.country is not None or claimant.country is None
            or addressee.code not in type_codes()):
        return addressee
    return replace(addressee, code=claimant.country + addressee.code, country=claimant.country)
