"""Country-level agreement between a resolved actor and a gold actor code."""

from __future__ import annotations

from tacitus.model import Actor

# Old CAMEO country codes still met in gold files and dictionaries, with their ISO equivalents.
LEGACY_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS"}
# Gold codes that name a kind of actor rather than a country.
KIND_CODES = {"IGO": "igo"}
PREFIX = 3


def gold_country(code: str) -> str:
    """The first three letters of an actor code, old CAMEO country codes made ISO."""
    prefix = code.strip().upper()[:PREFIX]
    return LEGACY_COUNTRY_CODES.get(prefix, prefix)


def same_country(actor: Actor, gold_code: str) -> bool:
    """True when the actor's country (or code prefix, or kind for IGO) is the gold code's."""
    wanted = gold_country(gold_code)
    if not wanted:
        return False
    if KIND_CODES.get(wanted) == actor.kind:
        return True
    return wanted in {gold_country(actor.code), gold_country(actor.country or "")}
