"""Agreement between found actor codes and gold actor codes (country, group or organisation level).

Gold files from other projects write organisations the PETRARCH/GDELT way, sector first
(``IGOUNO``, ``IGOEUREEC``); Tacitus writes the organisation's own unit (``UNO``, ``EEC``). Both
sides are read as the knowledge base writes them before they are compared, so ``UNO`` and
``IGOUNO`` agree either way round.
"""

from __future__ import annotations

from tacitus.actors.codes import SECTORS, OrganisationUnits
from tacitus.actors.knowledge import load_knowledge_base
from tacitus.model import Actor

# Old CAMEO country codes still met in gold files and dictionaries, with their ISO equivalents.
LEGACY_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS",
                         "MTN": "MNE"}
# Gold codes that name a kind of actor rather than a country.
KIND_CODES = {"IGO": "igo"}
PREFIX = 3


def _organisations() -> OrganisationUnits:
    return load_knowledge_base().organisation_units


def gold_country(code: str) -> str:
    """The first three letters of an actor code read as the knowledge base writes it
    (``IGOUNO`` → ``UNO``), old CAMEO country codes made ISO."""
    prefix = _organisations().modern(code.strip().upper())[:PREFIX]
    return LEGACY_COUNTRY_CODES.get(prefix, prefix)


def actor_key(code: str) -> str:
    """What two codes must share to name the same actor: the organisation's unit when the code
    names a known organisation (``UNOPKO``, ``IGOUNO`` → ``UNO``; ``NGOIRC`` → ``IRC``), else the
    country, group or sector part (``USAGOV`` → ``USA``, ``IGOEURDEVEBR`` → ``IGO``)."""
    unit = _organisations().unit_of(code.strip().upper())
    return unit if unit is not None else gold_country(code)


def codes_agree(found: str, gold: str) -> bool:
    """The same ``actor_key`` (``USAGOV`` ~ ``USA``, ``UNO`` ~ ``IGOUNO``, ``EEC`` ~
    ``IGOEUREEC``), or a gold sector alone (``IGO``, or one naming no known organisation) and an
    organisation of that sector."""
    found_key, gold_key = actor_key(found), actor_key(gold)
    if found_key == gold_key:
        return True
    return gold_key in SECTORS and _organisations().sector_of(found.strip().upper()) == gold_key


def code_role(code: str) -> str:
    """The first type unit after what ``actor_key`` reads (``USAGOV`` → ``GOV``, ``UNOPKO`` →
    ``PKO``); empty for a code naming only a country, group or organisation (``USA``,
    ``IGOUNO``)."""
    modern = _organisations().modern(code.strip().upper())
    key = actor_key(modern)
    at = modern.find(key) if key else -1
    start = at + PREFIX if at >= 0 else PREFIX
    return modern[start:start + PREFIX]


def roles_agree(found: str, gold: str) -> bool:
    """``codes_agree`` and, where both codes name a type of actor, the same type: ``USAGOV`` ~
    ``USA`` and ``USA`` ~ ``USACVL``, but ``USAGOV`` is not ``USACVL`` (the government is not
    the citizens it speaks to)."""
    if not codes_agree(found, gold):
        return False
    found_role, gold_role = code_role(found), code_role(gold)
    return not found_role or not gold_role or found_role == gold_role


def same_country(actor: Actor, gold_code: str) -> bool:
    """True when the actor's country (or code prefix, or kind for IGO) is the gold code's."""
    wanted = gold_country(gold_code)
    if not wanted:
        return False
    if KIND_CODES.get(wanted) == actor.kind or codes_agree(actor.code, gold_code):
        return True
    return wanted == gold_country(actor.country or "")
