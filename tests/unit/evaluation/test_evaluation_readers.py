"""Gold readers on tiny hand-written files in every format."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.errors import GoldFormatError, KnowledgeBaseError
from tacitus.evaluation.case2021 import read_case2021, roots_by_type
from tacitus.evaluation.conflibert import (
    Judgment,
    human_ceiling,
    majority_relevant,
    plurality_root,
    read_conflibert,
)
from tacitus.evaluation.events_gold import parse_gold_record, read_tacitus_gold
from tacitus.evaluation.formats import GoldFormat, detect_format
from tacitus.evaluation.petrarch import parse_petrarch
from tacitus.evaluation.plover_gsr import read_plover_gsr
from tacitus.evaluation.plv import marked_spans, plv_label, read_plv

DATA = Path(__file__).parent / "data"


def test_tacitus_gold_reads_alternatives_and_empty_lists() -> None:
    pairs = list(read_tacitus_gold(DATA / "gold_tiny.jsonl"))
    records = [record for record, _ in pairs]
    assert [record.id for record in records] == ["a", "b", "c", "4"]
    assert records[0].events[0].code == ("042", "043")
    assert records[1].events[0].source == ("TAL", "AFG")
    assert records[1].events[0].target == ("",)
    assert records[2].events == ()
    assert records[3].events[0].target == ("USA", "")
    assert records[0].date is not None and records[0].date.isoformat() == "2021-09-24"
    assert pairs[1][1] is None and pairs[0][1] == ()
    assert pairs[3][1] is not None and pairs[3][1][0].speaker == ("USA",)


@pytest.mark.parametrize("raw", [
    [],
    {"text": "no id", "events": []},
    {"id": "x", "text": "", "events": []},
    {"id": "x", "text": "t"},
    {"id": "x", "text": "t", "events": [{"source": "USA", "target": "PAK"}]},
    {"id": "x", "text": "t", "events": [{"source": 3, "code": "04"}]},
    {"id": "x", "text": "t", "date": "24/09/2021", "events": []},
    {"id": "x", "text": "t", "events": [], "quotes": [{"speaker": "USA"}]},
])
def test_bad_tacitus_records_are_refused(raw: object) -> None:
    with pytest.raises(GoldFormatError, match="line 7"):
        parse_gold_record(raw, where="gold.jsonl:line 7")


def test_plv_spans_and_labels() -> None:
    records = list(read_plv(DATA / "plv_tiny.tsv"))
    first = records[0]
    assert first.sentence[slice(*first.source or (0, 0))] == "Ruritania"
    assert first.sentence[slice(*first.target or (0, 0))] == "Freedonia"
    assert records[1].source is None
    assert records[1].sentence[slice(*records[1].target or (0, 0))] == "Ruritania"
    assert records[2].sentence.count('"') == 2
    assert [record.label for record in records] == ["ACCUSE", "CONSULT", "COERCE"]


def test_marked_spans_offsets_count_the_plain_text() -> None:
    plain, source, target = marked_spans("A <t>B C</t> and <s>D</s>.")
    assert plain == "A B C and D."
    assert (source, target) == ((10, 11), (2, 5))


@pytest.mark.parametrize(("plover", "label"), [
    ("CONCEDE", "YIELD"), ("RETREAT", "YIELD"), ("ASSAULT", "ASSAULT"), ("", "NONE")])
def test_plover_types_become_plv_classes(plover: str, label: str) -> None:
    assert plv_label(plover) == label


def test_plv_unknown_class_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text((DATA / "plv_tiny.tsv").read_text().replace("ACCUSE", "SHOUT"))
    with pytest.raises(GoldFormatError, match="SHOUT"):
        list(read_plv(bad))


def test_plover_gold_records_rename_old_events() -> None:
    records = read_plover_gsr(DATA / "plover_tiny.json")
    assert [record.event for record in records] == ["REQUEST", "ASSAULT", "AGREE"]
    assert records[0].sources[0].code == "FRE"
    assert records[1].targets == ()
    assert records[2].sources == ()


def test_conflibert_final_rounds_and_votes() -> None:
    sentences = read_conflibert(DATA / "conflibert_tiny.csv")
    assert [s.number for s in sentences] == [1, 150]
    first, second = sentences
    assert len(first.judgments) == 4  # round 6 is not a final round
    assert len(second.judgments) == 3  # a blank relevance is no judgment
    assert first.actor_spans == ((0, 6), (14, 24))
    assert majority_relevant(first.judgments) is True
    assert plurality_root(first.judgments) == "18"
    assert plurality_root(second.judgments) == "04"  # 01 loses the tie


def test_conflibert_human_ceiling_leaves_each_annotator_out() -> None:
    ceiling = human_ceiling(read_conflibert(DATA / "conflibert_tiny.csv"))
    assert (ceiling.relevant_agree, ceiling.relevant_n) == (3, 5)
    assert (ceiling.root_hits, ceiling.root_n) == (3, 5)


def test_majority_tie_is_none() -> None:
    assert majority_relevant([Judgment(True, frozenset()), Judgment(False, frozenset())]) is None


def test_case2021_table_maps_every_type_and_checks_roots() -> None:
    table = roots_by_type()
    assert len(table) == 30
    assert table["ARREST"] == {"17"}
    assert table["NATURAL_DISASTER"] == frozenset()
    snippets = read_case2021(DATA / "case_tiny.tsv", table)
    assert [s.subtype for s in snippets] == ["ARREST", "NATURAL_DISASTER"]
    bad = "# t\nsubtype\troots\twhy\nARREST\t173\tnot a root\n"
    with pytest.raises(KnowledgeBaseError, match="two-digit"):
        roots_by_type(bad)


def test_case2021_unmapped_type_is_refused() -> None:
    with pytest.raises(GoldFormatError, match="ARREST"):
        read_case2021(DATA / "case_tiny.tsv", {"NATURAL_DISASTER": frozenset()})


def test_petrarch_reads_both_layouts_and_skips_errors() -> None:
    records = parse_petrarch((DATA / "petrarch_tiny.xml").read_text(), name="tiny")
    assert [record.id for record in records] == ["T-00", "T-01", "T-02"]
    assert records[0].text == "Arnor will restore diplomatic ties with Gondor & its allies."
    assert records[0].events[0].code == ("064",)
    assert [event.source for event in records[1].events] == [("BRA",), ("USA",)]
    assert records[2].events == ()
    assert records[0].date is not None and records[0].date.year == 1995


@pytest.mark.parametrize(("name", "kind"), [
    ("gold_tiny.jsonl", GoldFormat.tacitus),
    ("plv_tiny.tsv", GoldFormat.plv),
    ("case_tiny.tsv", GoldFormat.case2021),
    ("petrarch_tiny.xml", GoldFormat.petrarch),
    ("plover_tiny.json", GoldFormat.plover_gsr),
])
def test_formats_are_detected(name: str, kind: GoldFormat) -> None:
    assert detect_format(DATA / name) is kind


def test_an_unknown_file_needs_a_format(tmp_path: Path) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("a,b\n")
    with pytest.raises(GoldFormatError, match="--format"):
        detect_format(odd)
