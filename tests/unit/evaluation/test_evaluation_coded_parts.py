"""A gold record's ``coded`` field: the parts its coder did not code are not judged on it (a
quotes-and-claims record is left out of every event figure, and still counts for quotes and
claims); quote and claim figures carry 95% intervals. Every record is written for the purpose."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tacitus.errors import GoldFormatError
from tacitus.evaluation.claims_gold import (
    FoundClaim,
    GoldClaim,
    claim_figures,
    parse_gold_claims,
    quote_detail_figures,
)
from tacitus.evaluation.events_gold import FoundQuote, GoldQuote, parse_gold_record, quote_figures
from tacitus.evaluation.tacitus_format import evaluate_tacitus
from tacitus.model import Actor, Article, CodedArticle, Event, Evidence

ACCUSATION = "Ruritania accused Freedonia of shelling its border posts on Monday."
CONCERT = ('"We will play every song twice," the singer told the crowd in Zenda on Sunday, and '
           "the band promised a second show.")
EVENT_CODED = {"id": "e1", "text": ACCUSATION, "topic": "political",
               "events": [{"source": "RUR", "target": "FRE", "code": "112"}],
               "quotes": [], "claims": []}
QUOTES_CODED = {"id": "q1", "text": CONCERT, "topic": "non-political",
                "coded": ["quotes", "claims"],
                "quotes": [{"speaker": "", "speaker_name": "singer",
                            "text": "We will play every song twice"}],
                "claims": []}


class AccusingCoder:
    """Codes one accusation, Ruritania against Freedonia, in every article it is given."""

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        for article in articles:
            evidence = Evidence(article.id, 0, article.text, 0, len(article.text))
            accusation = Event("evt_1", Actor("RUR", "Ruritania", "state", "RUR"),
                               Actor("FRE", "Freedonia", "state", "FRE"), "112", "accuse",
                               "ACCUSE", "", -2.0, 3, None, evidence, "accused", 10, 17, 0.9)
            yield CodedArticle(article, events=(accusation,))


def evaluate(tmp_path: Path, *records: dict[str, Any]) -> dict[str, Any]:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return evaluate_tacitus(gold, AccusingCoder()).to_dict()  # type: ignore[arg-type]


def test_a_record_that_does_not_code_events_needs_none_and_is_marked() -> None:
    record, quotes = parse_gold_record(QUOTES_CODED, where="gold.jsonl:1")
    assert not record.events_coded and record.events == ()
    assert quotes is not None and len(quotes) == 1
    full, _ = parse_gold_record(EVENT_CODED, where="gold.jsonl:2")
    assert full.events_coded


@pytest.mark.parametrize("coded", [["events", "speakers"], "quotes", [1]])
def test_a_coded_list_of_unknown_parts_is_a_format_error(coded: object) -> None:
    with pytest.raises(GoldFormatError, match="coded"):
        parse_gold_record({**QUOTES_CODED, "coded": coded}, where="gold.jsonl:1")


def test_without_a_coded_list_events_are_still_required() -> None:
    bare = {key: value for key, value in QUOTES_CODED.items() if key != "coded"}
    with pytest.raises(GoldFormatError, match="events"):
        parse_gold_record(bare, where="gold.jsonl:1")


def test_quotes_and_claims_left_out_of_coded_are_not_judged() -> None:
    events_only = {**EVENT_CODED, "coded": ["events"]}
    _, quotes = parse_gold_record(events_only, where="gold.jsonl:1")
    assert quotes is None
    assert parse_gold_claims(events_only, where="gold.jsonl:1") is None
    assert parse_gold_claims(QUOTES_CODED, where="gold.jsonl:2") == ()


def test_event_figures_skip_records_that_do_not_code_events(tmp_path: Path) -> None:
    answer = evaluate(tmp_path, EVENT_CODED, QUOTES_CODED)
    figures, counts = answer["figures"], answer["figure_counts"]
    # the accusation coded in the concert story would be a false event if the record counted
    assert figures["root_precision"] == 1.0 and counts["root_precision"] == 1
    assert counts["root_recall"] == 1
    assert "nonpolitical_clean_share" not in figures
    assert counts["quote_text_recall"] == 1 and figures["quote_text_recall"] == 0.0
    assert any("do not code events" in note for note in answer["notes"])


def test_a_file_of_quotes_and_claims_records_scores_no_events(tmp_path: Path) -> None:
    answer = evaluate(tmp_path, QUOTES_CODED, {**QUOTES_CODED, "id": "q2"})
    assert "root_f1" not in answer["figures"]
    assert answer["figure_counts"]["quote_text_recall"] == 2


def test_quote_and_claim_figures_carry_intervals_over_records() -> None:
    gold = [(GoldQuote(("RUR",), "the border is closed"), GoldQuote(("FRE",), "we stay")),
            (GoldQuote(("RUR",), "no talks this year"),), None]
    found = [[FoundQuote("RURGOV", "the border is closed today"), FoundQuote("RUR", "we stay")],
             [FoundQuote("RUR", "a song for the night")], [FoundQuote("FRE", "not judged")]]
    figures = {item.key: item for item in quote_figures(gold, found)
               + quote_detail_figures(gold, found)}
    for key in ("quote_recall", "quote_text_precision", "quote_text_recall",
                "speaker_code_accuracy"):
        interval = figures[key].interval
        assert interval is not None and interval[0] <= figures[key].value <= interval[1], key
    assert figures["speaker_code_accuracy"].value == 0.5 and figures["quote_text_recall"].n == 3
    claims = claim_figures([(GoldClaim("demand", ("RUR",), (), "open the border"),)],
                           [[FoundClaim("demand", "RURGOV", None, "open the border at once")]])
    assert all(item.interval == (1.0, 1.0) for item in claims)
