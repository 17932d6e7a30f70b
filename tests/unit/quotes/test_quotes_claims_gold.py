"""Claim and quote-detail scoring of the Tacitus gold format."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.errors import GoldFormatError
from tacitus.evaluation.actor_match import code_role, codes_agree, roles_agree
from tacitus.evaluation.claims_gold import (
    FoundClaim,
    GoldClaim,
    claim_errors,
    claim_figures,
    claim_matches,
    count_claims,
    parse_gold_claims,
    quote_detail_figures,
    read_gold_claims,
    words_agree,
)
from tacitus.evaluation.events_gold import FoundQuote, GoldQuote, quote_matches

GOLD = GoldClaim("demand", ("USA",), ("TAL",), "let people leave freely")


@pytest.mark.parametrize(("found", "expected"), [
    (FoundClaim("demand", "USAGOV", "TAL", "let people leave freely"), True),
    (FoundClaim("demand", "USA", "TALGOV", "to let people leave"), True),
    (FoundClaim("appeal", "USA", "TAL", "let people leave freely"), False),
    (FoundClaim("demand", "PAK", "TAL", "let people leave freely"), False),
    (FoundClaim("demand", "USA", None, "let people leave freely"), False),
    (FoundClaim("demand", "USA", "TAL", "respect women"), False),
])
def test_claim_matching(found: FoundClaim, expected: bool) -> None:
    assert claim_matches(found, GOLD) is expected


def test_an_unnamed_gold_addressee_is_not_judged() -> None:
    gold = GoldClaim("commitment", ("IRN",), (), "release the prisoners")
    assert claim_matches(FoundClaim("commitment", "IRN", "USA", "release the prisoners"), gold)


@pytest.mark.parametrize(("addressee", "expected"), [
    ("NPLGOV", True), ("NPL", True), ("NPLCVL", False), ("NPLMIL", False), ("IND", False)])
def test_the_addressee_must_name_the_same_type_of_actor(addressee: str, expected: bool) -> None:
    """A government addressee does not stand for the citizens, nor the reverse; a code naming
    only the country agrees with any of its actors."""
    gold = GoldClaim("appeal", ("NPLOPP",), ("NPLGOV|NPL",), "hold early elections")
    found = FoundClaim("appeal", "NPLOPP", addressee, "hold early elections")
    assert claim_matches(found, gold) is expected
    only_country = GoldClaim("appeal", ("NPLOPP",), ("NPL",), "hold early elections")
    assert claim_matches(found, only_country) is (addressee != "IND")


@pytest.mark.parametrize(("code", "role"), [
    ("USAGOV", "GOV"), ("USA", ""), ("UNOPKO", "PKO"), ("IGOUNO", ""), ("NGOAMN", ""),
    ("JAPGOV", "GOV"), ("TALMIL", "MIL")])
def test_code_role_is_the_unit_after_the_actor(code: str, role: str) -> None:
    assert code_role(code) == role


def test_roles_agree_only_where_both_codes_name_a_type() -> None:
    assert roles_agree("USAGOV", "USA") and roles_agree("USA", "USACVL")
    assert not roles_agree("USAGOV", "USACVL") and not roles_agree("USAGOV", "GBRGOV")
    assert roles_agree("UNOPKO", "IGOUNO") and not roles_agree("UNOPKO", "UNOGOV")


def test_words_agree_by_containment_or_half_the_content_words() -> None:
    assert words_agree("would release the prisoners", "release the prisoners")
    assert words_agree("release all the political prisoners now", "release the prisoners")
    assert not words_agree("keep the prisoners", "release the prisoners today")


def test_words_fold_typographic_quotation_marks_and_apostrophes() -> None:
    """A gold file is typed with straight marks; the article may print curly ones."""
    assert words_agree("they won’t let ‘foreign’ troops in", "won't let 'foreign' troops in")
    gold = GoldQuote(speaker=("USA",), text="It's safe over here")
    assert quote_matches(FoundQuote("USA", "It’s safe over here and people want a safe area"),
                         gold)
    assert not quote_matches(FoundQuote("USA", "Its safe over here"), gold)


def test_counts_are_one_to_one() -> None:
    found = [FoundClaim("demand", "USA", "TAL", "let people leave freely")] * 2
    counts = count_claims([GOLD], found)
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)


def test_figures_skip_records_without_claims() -> None:
    figures = claim_figures([None, (GOLD,)], [[FoundClaim("demand", "USA", "TAL", "x y z")],
                                              [FoundClaim("demand", "USA", "TAL", "leave")]])
    values = {figure.key: figure.value for figure in figures}
    assert values == {"claim_precision": 0.0, "claim_recall": 0.0, "claim_f1": 0.0}
    assert claim_figures([None], [[]]) == ()


def test_errors_name_missed_and_false_claims() -> None:
    (entry,) = claim_errors(["r1"], ["text"], [(GOLD,)],
                            [[FoundClaim("offer", "USA", None, "aid")]])
    assert entry.expected.startswith("demand USA → TAL")
    assert entry.found == "offer USA: aid"


def test_quote_detail_separates_words_and_speakers() -> None:
    gold = (GoldQuote(("USA",), "We will stay"), GoldQuote(("PAK",), "Be realistic"))
    found = [FoundQuote("USAGOV", "We will stay"), FoundQuote("USA", "Be realistic"),
             FoundQuote(None, "something else")]
    values = {f.key: f.value for f in quote_detail_figures([gold, None], [found, []])}
    assert values["quote_text_recall"] == 1.0
    assert values["quote_text_precision"] == pytest.approx(2 / 3)
    assert values["speaker_accuracy"] == 0.5


@pytest.mark.parametrize("raw", [
    {"claims": {}}, {"claims": [{"kind": "wish", "actor": "USA", "text": "x"}]},
    {"claims": [{"kind": "demand", "actor": 3, "text": "x"}]},
    {"claims": [{"kind": "demand", "actor": "USA", "text": " "}]}, []])
def test_bad_claims_are_refused(raw: object) -> None:
    with pytest.raises(GoldFormatError, match="line 3"):
        parse_gold_claims(raw, where="gold.jsonl:line 3")


def test_reading_keeps_record_order(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": 1, "text": "a", "events": []}\n\n'
                    '{"id": 2, "text": "b", "events": [], "claims": [{"kind": "offer",'
                    ' "actor": "PAK|", "text": "host the talks"}]}\n', encoding="utf-8")
    first, second = read_gold_claims(path)
    assert first is None
    assert second == (GoldClaim("offer", ("PAK", ""), (), "host the talks"),)


def test_the_shipped_gold_set_is_large_enough() -> None:
    path = Path(__file__).parents[2] / "quality" / "data" / "quotes_gold.jsonl"
    claims = [item for record in read_gold_claims(path) for item in record or ()]
    quotes = sum(path.read_text(encoding="utf-8").count('"speaker"') for _ in (0,))
    assert len(claims) >= 40
    assert quotes >= 80


@pytest.mark.parametrize(("found", "gold", "agree"), [
    ("UNO", "IGOUNO", True), ("IGOUNO", "UNO", True), ("UNO", "UNO", True),
    ("UNOPKO", "IGOUNO", True), ("UNO", "IGO", True), ("IGOUNO", "IGO", True),
    ("EEC", "IGOEUREEC", True), ("EECLEG", "IGOEEC", True), ("NAT", "NATO", True),
    ("NAT", "UNO", False), ("NAT", "IGOUNO", False), ("IGO", "UNO", False),
    ("USAGOV", "USA", True), ("PAK", "USA", False), ("JPNGOV", "JAP", True),
    ("NGOAMN", "AMN", True), ("NGOAMN", "NGO", True), ("NGOAMN", "NGOHRW", False),
    ("NGOIRC", "IGO", False)])
def test_codes_agree_on_country_or_organisation(found: str, gold: str, agree: bool) -> None:
    assert codes_agree(found, gold) is agree
