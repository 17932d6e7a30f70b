"""The real-news gold machinery: records that point into shared/, persons behind quotes, topics,
intervals and the agreement of two coders. Every case is written for the purpose."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest

from tacitus.errors import GoldFormatError
from tacitus.evaluation.agreement import (
    CodedTwice,
    agreement_figures,
    evaluate_agreement,
    events_agree,
)
from tacitus.evaluation.audit import score_sheet
from tacitus.evaluation.claims_gold import GoldClaim, quote_detail_figures, speaker_errors
from tacitus.evaluation.events_gold import (
    FoundQuote,
    GoldQuote,
    parse_gold_record,
    person_matches,
    read_tacitus_gold,
)
from tacitus.evaluation.intervals import bootstrap_prf, wilson_interval
from tacitus.evaluation.metrics import Counts
from tacitus.evaluation.records import FoundEvent, GoldEvent, GoldRecord
from tacitus.evaluation.shared_refs import ag_news_text, resolve_ref
from tacitus.evaluation.tacitus_format import topic_figures

PAGE = """<html><head><title>Envoys meet in Oslo</title></head><body><nav>Home | World</nav>
<article><h1>Envoys meet in Oslo</h1>
<p>The foreign ministers of Norway and Finland met in Oslo on Tuesday to discuss fishing rights in
the Barents Sea, officials from both governments said after the talks ended.</p>
<p>The two ministers agreed to set up a joint commission that will report by the end of the year,
according to a statement issued by the Norwegian foreign ministry.</p></article>
<footer>Copyright 2024</footer></body></html>"""


@pytest.fixture()
def shared(tmp_path: Path) -> Path:
    root = tmp_path / "shared"
    corpora = root / "news/corpora"
    (corpora / "lee").mkdir(parents=True)
    (corpora / "lee/items.cor").write_bytes(
        "Flood waters rose in the north.\nThe minister paid \u00a35 for it.\n".encode("cp1252"))
    (corpora / "ag").mkdir()
    with (corpora / "ag/world.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow(
            ["1", "Talks Resume (Reuters)", "Reuters - Envoys said the  #36;5M plan was\\on "
             "track, quot;for now quot;."])
    (corpora / "muc").mkdir()
    with gzip.open(corpora / "muc/docs.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write(json.dumps({"docid": "DEV-1", "dateline": "LIMA, 3 JAN 90",
                              "text": "LIMA, 3 JAN 90 -- GUERRILLAS ATTACKED A POST."}) + "\n")
    (root / "news/extraction/site/html").mkdir(parents=True)
    (root / "news/extraction/site/html/page.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    return root


def test_each_corpus_layout_resolves_to_its_text(shared: Path) -> None:
    lee, _ = resolve_ref({"corpus": "lee_abc_news", "path": "news/corpora/lee/items.cor",
                          "line": 2}, shared, where="t")
    assert lee == "The minister paid \u00a35 for it."
    ag, _ = resolve_ref({"corpus": "ag_news_world", "path": "news/corpora/ag/world.csv",
                         "row": 1}, shared, where="t")
    assert ag == ('Talks Resume (Reuters)\n\n'
                  'Reuters - Envoys said the $5M plan was on track, "for now ".')
    muc, day = resolve_ref({"corpus": "muc4", "path": "news/corpora/muc/docs.jsonl.gz",
                            "docid": "DEV-1"}, shared, where="t")
    assert muc.endswith("GUERRILLAS ATTACKED A POST.") and day is not None and day.year == 1990
    page, _ = resolve_ref({"corpus": "page", "path": "news/extraction/site/html/page.html.gz"},
                          shared, where="t")
    assert "joint commission" in page and "Copyright" not in page


def test_refs_outside_shared_or_unknown_are_refused(shared: Path) -> None:
    with pytest.raises(GoldFormatError, match="inside shared"):
        resolve_ref({"corpus": "page", "path": "../secret.html"}, shared, where="t")
    with pytest.raises(GoldFormatError, match="corpus"):
        resolve_ref({"corpus": "nope", "path": "x"}, shared, where="t")
    with pytest.raises(GoldFormatError, match="cannot read"):
        resolve_ref({"corpus": "lee_abc_news", "path": "news/corpora/lee/items.cor",
                     "line": 0}, shared, where="t")


def test_a_gold_file_with_refs_reads_its_texts_from_the_shared_folder(
        shared: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TACITUS_SHARED_DIR", str(shared))
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x", "topic": "non-political", "events": [], "ref": {
        "corpus": "lee_abc_news", "path": "news/corpora/lee/items.cor", "line": 1}}) + "\n"
        + json.dumps({"id": "y", "events": [], "html": PAGE, "date": "2024-05-07"}) + "\n",
        encoding="utf-8")
    (first, _), (second, _) = read_tacitus_gold(gold)
    assert first.text == "Flood waters rose in the north." and first.topic == "non-political"
    assert "Barents Sea" in second.text and str(second.date) == "2024-05-07"


def test_an_unknown_topic_is_a_format_error() -> None:
    with pytest.raises(GoldFormatError, match="topic"):
        parse_gold_record({"id": "a", "text": "x", "events": [], "topic": "sport"}, where="w")


def test_the_person_behind_a_quote_is_judged_by_surname() -> None:
    gold = GoldQuote(("USAGOV",), "we will not wait", ("Colin Powell", "Powell"))
    assert person_matches(FoundQuote("USAGOV", "we will not wait", "Colin Powell Powell"), gold)
    assert not person_matches(FoundQuote("USAGOV", "we will not wait", "George W. Bush"), gold)
    assert person_matches(FoundQuote("USAGOV", "x", ""), GoldQuote(("USA",), "x"))


def test_speaker_accuracy_needs_the_code_and_the_person() -> None:
    gold = (GoldQuote(("USAGOV",), "we will not wait", ("Powell",)),
            GoldQuote(("GBRGOV",), "the door is open", ("Straw",)))
    found = (FoundQuote("USAGOV", "we will not wait", "Bush"),
             FoundQuote("GBRGOV", "the door is open", "Jack Straw"))
    figures = {f.key: f for f in quote_detail_figures([gold], [found])}
    assert figures["speaker_code_accuracy"].value == 1.0
    assert figures["speaker_accuracy"].value == 0.5
    assert figures["speaker_accuracy"].interval is not None


def test_each_quote_with_the_wrong_speaker_is_an_error_entry() -> None:
    gold = (GoldQuote(("USAGOV",), "we will not wait", ("Powell",)),
            GoldQuote(("GBRGOV",), "the door is open", ("Straw",)),
            GoldQuote(("FRAGOV",), "nothing was said"))
    found = (FoundQuote("USAGOV", "we will not wait", "Bush"),
             FoundQuote("GBRGOV", "the door is open", "Jack Straw"),
             FoundQuote("DEUGOV", "nothing was said", "Scholz"))
    entries = speaker_errors(["r1"], ["text"], [gold], [found])
    assert [(e.problem, e.expected.split(":")[0], e.found.split(":")[0]) for e in entries] == [
        ("speaker: wrong person", "USAGOV Powell", "USAGOV Bush"),
        ("speaker: wrong code", "FRAGOV ", "DEUGOV Scholz")]
    assert speaker_errors(["r1"], ["text"], [None], [found]) == ()


def test_non_political_articles_measure_false_alarms() -> None:
    records = [GoldRecord("a", "t", (), topic="non-political"),
               GoldRecord("b", "t", (), topic="non-political"),
               GoldRecord("c", "t", (), topic="political")]
    found = [[], [FoundEvent("RUS", "HRV", "182"), FoundEvent("RUS", None, "190")],
             [FoundEvent("USA", "IRN", "111")]]
    figures = {f.key: f.value for f in topic_figures(records, found)}
    assert figures == {"nonpolitical_events_per_article": 1.0, "nonpolitical_clean_share": 0.5}
    assert topic_figures(records[2:], found[2:]) == ()


def test_wilson_interval_matches_the_textbook_value() -> None:
    low, high = wilson_interval(8, 10) or (0, 0)
    assert round(low, 3) == 0.490 and round(high, 3) == 0.943
    assert wilson_interval(0, 0) is None


def test_bootstrap_is_reproducible_and_brackets_the_estimate() -> None:
    per_record = [Counts(2, 1, 0), Counts(0, 0, 3), Counts(1, 1, 1), Counts(4, 0, 1)] * 5
    first, again = bootstrap_prf(per_record), bootstrap_prf(per_record)
    assert first == again
    low, high = first["precision"]
    assert low < 7 / 9 < high


def test_two_codings_agree_where_their_alternatives_meet() -> None:
    one = GoldEvent(("ISRMIL", "ISR"), ("PSE", ""), ("19", "190"))
    assert events_agree(one, GoldEvent(("ISR",), ("",), ("195",)))
    assert not events_agree(one, GoldEvent(("ISR",), ("LBN",), ("19",)))
    assert not events_agree(one, GoldEvent(("PSE",), ("ISR",), ("19",)))


def test_agreement_figures_count_events_quotes_and_claims() -> None:
    article = CodedTwice(
        "a",
        events=((GoldEvent(("USA",), ("IRN",), ("111",)), GoldEvent(("IRN",), ("USA",), ("112",))),
                (GoldEvent(("USAGOV",), ("IRN",), ("11",)),)),
        quotes=((GoldQuote(("USAGOV",), "a grave mistake", ("Rubio",)),),
                (GoldQuote(("USA",), "grave mistake", ("Marco Rubio",)),)),
        claims=((GoldClaim("demand", ("USA",), ("IRN",), "halt enrichment"),),
                (GoldClaim("demand", ("USAGOV",), (), "halt its enrichment"),)),
        topics=("political", "political"))
    figures = {f.key: f.value for f in agreement_figures([article])}
    assert figures["agreement_root_f1"] == pytest.approx(2 / 3)
    assert figures["agreement_speaker"] == 1.0
    assert figures["agreement_claim_f1"] == 1.0
    assert figures["agreement_topic"] == 1.0


def test_a_second_coding_is_paired_with_the_first_in_the_same_folder(tmp_path: Path) -> None:
    first = {"id": "a", "text": "x", "topic": "political", "quotes": [], "claims": [],
             "events": [{"source": "USA", "target": "IRN", "code": "111"}]}
    (tmp_path / "dev.jsonl").write_text(json.dumps(first) + "\n", encoding="utf-8")
    (tmp_path / "double.jsonl").write_text(json.dumps({**first, "events": []}) + "\n",
                                           encoding="utf-8")
    result = evaluate_agreement(tmp_path / "double.jsonl")
    assert result.n == 1 and result.figure("agreement_root_f1") == 0.0
    (tmp_path / "double.jsonl").write_text(json.dumps({**first, "id": "z"}) + "\n",
                                           encoding="utf-8")
    with pytest.raises(GoldFormatError, match="no first coding"):
        evaluate_agreement(tmp_path / "double.jsonl")


def test_ag_news_rows_read_as_headline_and_lede() -> None:
    assert ag_news_text("A  b", "c\\d #39;e") == "A b\n\nc d 'e"


def test_a_judged_audit_sheet_gives_precision_with_intervals(tmp_path: Path) -> None:
    sheet = tmp_path / "judged.csv"
    header = "n,real_event,source_right,target_right,code_right,fully_right,error_class,note\n"
    sheet.write_text(header + "1,y,y,y,y,y,,\n2,n,y,n,y,n,background;target_wrong,1967 war\n"
                     "3,y,y,n,y,n,target_missing,\n", encoding="utf-8")
    result = score_sheet(sheet)
    assert result.figure("audit_fully_right") == pytest.approx(1 / 3)
    assert result.figure("audit_real_event") == pytest.approx(2 / 3)
    assert result.details["error_classes"] == {"background": 1, "target_wrong": 1,
                                               "target_missing": 1}
    sheet.write_text(header + "1,y,y,y,y,n,made_up,\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="unknown error classes"):
        score_sheet(sheet)
