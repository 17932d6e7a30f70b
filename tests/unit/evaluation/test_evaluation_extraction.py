"""Zyte's shingle metric and trafilatura's snippet test on hand-made texts and pages."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tacitus.evaluation.extraction import (
    average_scores,
    bootstrap_f1_std,
    check_snippets,
    same_text,
    score_document,
    shingles,
)
from tacitus.evaluation.pages import evaluate_trafilatura, evaluate_zyte


def test_shingles_are_a_multiset_of_four_tokens() -> None:
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2
    assert shingles("a, b!") == {("a", "b"): 1}
    assert not shingles(" ... ")


def test_document_score_counts_shared_shingles() -> None:
    # truth: 3 shingles; extracted: 5 shingles, 3 of them shared
    score = score_document("one two three four five six", "zero one two three four five six seven")
    assert score.precision == pytest.approx(3 / 5)
    assert score.recall == pytest.approx(1.0)


def test_empty_extraction_scores_zero_and_two_empties_score_one() -> None:
    assert score_document("one two three four", "") == score_document("", "x y z w")
    assert score_document("one two three four", "").recall == 0.0
    assert score_document("", "").precision == 1.0


def test_corpus_scores_average_documents_then_take_f1() -> None:
    total = average_scores([score_document("a b c d", "a b c d"),
                            score_document("a b c d e", "a b c d")])
    assert total.precision == pytest.approx(1.0)
    assert total.recall == pytest.approx(0.75)
    assert total.f1 == pytest.approx(2 * 0.75 / 1.75)


def test_bootstrap_spread_is_zero_for_identical_documents_and_seeded() -> None:
    same = [score_document("a b c d", "a b c d")] * 5
    assert bootstrap_f1_std(same) == 0.0
    mixed = [score_document("a b c d", "a b c d"), score_document("a b c d e f", "x y z w")]
    assert bootstrap_f1_std(mixed, rounds=200) == bootstrap_f1_std(mixed, rounds=200)
    assert 0.0 < bootstrap_f1_std(mixed, rounds=200) < 1.0


def test_snippets_found_and_leaked() -> None:
    counts = check_snippets("The  minister\nresigned today. Share on Twitter",
                            ["minister resigned", "a missing line"], ["Share on Twitter", "Ads"])
    assert (counts.tp, counts.fn, counts.fp, counts.tn) == (1, 1, 1, 1)
    assert counts.accuracy == pytest.approx(0.5)


def test_same_text_ignores_case_and_spacing() -> None:
    assert same_text("Jane  Doe", "jane doe")
    assert not same_text("Jane Doe", None)


PAGE = """<html><head><title>Ministers meet in Geneva</title>
<meta name="author" content="Jane Doe"><meta property="article:published_time"
content="2021-03-04"></head><body><nav>Home | World | Share on Twitter</nav><article>
<h1>Ministers meet in Geneva</h1>
<p>The foreign ministers of Ruritania and Freedonia met in Geneva on Thursday to discuss the
disputed border, officials said after a long day of talks behind closed doors.</p>
<p>Both sides agreed to meet again next month and to keep their troops away from the river,
according to a statement issued by the two delegations late in the evening.</p>
</article><footer>Copyright notice and cookie settings</footer></body></html>"""


def test_zyte_evaluation_on_a_written_page(tmp_path: Path) -> None:
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "p1.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    truth = ("The foreign ministers of Ruritania and Freedonia met in Geneva on Thursday to "
             "discuss the disputed border, officials said after a long day of talks behind "
             "closed doors.\nBoth sides agreed to meet again next month and to keep their troops "
             "away from the river, according to a statement issued by the two delegations late "
             "in the evening.")
    (tmp_path / "ground-truth.json").write_text(json.dumps(
        {"p1": {"articleBody": truth, "url": "https://example.org/a"}}))
    evaluation = evaluate_zyte(tmp_path)
    assert evaluation.figure("zyte_recall") == pytest.approx(1.0)
    assert evaluation.figure("zyte_f1") > 0.9


def test_trafilatura_evaluation_on_a_written_page(tmp_path: Path) -> None:
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "p1.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / "evaldata_en.json").write_text(json.dumps({"https://example.org/a": {
        "file": "p1.html.gz", "with": ["keep their troops away from the river"],
        "without": ["cookie settings", "Share on Twitter"], "title": "Ministers meet in Geneva",
        "author": ["Jane Doe"], "date": "2021-03-04"}}))
    evaluation = evaluate_trafilatura(tmp_path)
    assert evaluation.figure("snippet_recall") == 1.0
    assert evaluation.figure("snippet_accuracy") == 1.0
    assert evaluation.figure("title_accuracy") == 1.0
