"""``scripts/kept_claim_causes.py``: a false kept claim is sorted by the gold claim whose words it
agrees with (kind, claimant, addressee), else by whether its article or its sentence holds any
gold claim. The claims are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

from kept_claim_causes import cause_of

from tacitus.evaluation.claims_gold import GoldClaim
from tacitus.model import Actor, Claim, Evidence

SENTENCE = "The union urged the ministry to delay the levy, its leader said."
UNION = Actor("PAKLAB", "Pakistani unions", "sector", "PAK")
MINISTRY = Actor("PAKGOV", "Pakistan government", "state", "PAK")


def claim(kind: str, actor: Actor, addressee: Actor | None, text: str) -> Claim:
    return Claim(id="c", kind=kind, actor=actor, addressee=addressee, text=text, topic=None,
                 start=0, end=len(text), evidence=Evidence("a", 1, SENTENCE, 0, len(SENTENCE)))


def gold(kind: str, actor: str, addressee: str, text: str) -> GoldClaim:
    return GoldClaim(kind, tuple(actor.split("|")), tuple(addressee.split("|")) if addressee
                     else (), text)


@pytest.mark.parametrize(("found", "expected", "cause"), [
    (claim("demand", UNION, MINISTRY, "delay the levy"),
     (gold("appeal", "PAKLAB", "PAKGOV", "delay the levy"),), "kind"),
    (claim("appeal", UNION, MINISTRY, "delay the levy"),
     (gold("appeal", "INDLAB", "PAKGOV", "delay the levy"),), "claimant"),
    (claim("appeal", UNION, None, "delay the levy"),
     (gold("appeal", "PAKLAB", "PAKGOV", "delay the levy"),), "addressee"),
    (claim("appeal", UNION, MINISTRY, "its leader"), (), "no gold claims"),
    (claim("appeal", UNION, MINISTRY, "its leader"),
     (gold("appeal", "PAKLAB", "PAKGOV", "delay the levy"),), "gold claim in sentence"),
    (claim("appeal", UNION, MINISTRY, "its leader"),
     (gold("appeal", "PAKLAB", "PAKGOV", "raise the wages of teachers"),), "spurious"),
])
def test_a_false_kept_claim_s_cause(found: Claim, expected: tuple[GoldClaim, ...],
                                    cause: str) -> None:
    assert cause_of(found, expected)[0] == cause
