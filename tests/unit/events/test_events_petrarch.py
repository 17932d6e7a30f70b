"""PETRARCH verb dictionaries read into user lexicons, layered on the packaged lexicon."""

from __future__ import annotations

from pathlib import Path

import pytest
from events_mentions import code_text, triples
from spacy.language import Language
from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.errors import KnowledgeBaseError
from tacitus.events.coder import make_event_coder
from tacitus.events.lexicon import load_lexicon, merge_lexicons, parse_lexicon
from tacitus.events.ontology import load_ontology
from tacitus.events.petrarch_verbs import import_petrarch, render_lexicon
from tacitus.ingest.dictionaries import read_lexicon_file

SMALL = """\
&WEAPON
+ROCKET
+MORTAR_ROUND

####### VERB PATTERNS #######

---  LOB   [190]  ---
LOB  {LOBS LOBBED LOBBING}
HURL
+RAIN_DOWN [195]
- * &WEAPON                                  [194]         # LOB
- * {PETROL BOMBS}                           [183]         # HURL
- * (AT)                                     [193]         # LOB
- * (AT CROWD)                               [145]         # cannot be matched
- &MILITARY * ROCKETS                        [195]         # words before the verb
- * DIRT                                     [---]         # no event
- * SNOWBALLS                                [999]         # unknown code
"""


def test_small_dictionary_becomes_entries() -> None:
    imported = import_petrarch(SMALL, load_ontology())
    found = {(entry.kind, entry.pattern, entry.cameo) for entry in imported.entries}
    assert found == {
        ("verb", "lob", "190"), ("verb", "hurl", "190"), ("particle", "rain down", "195"),
        ("verb_object", "lob rocket", "194"), ("verb_object", "hurl rocket", "194"),
        ("verb_object", "lob mortar round", "194"), ("verb_object", "hurl mortar round", "194"),
        ("verb_object", "lob petrol bombs", "183"), ("verb_object", "hurl petrol bombs", "183"),
        ("prep", "lob at", "193"), ("prep", "hurl at", "193"),
    }
    assert imported.skipped == 3 and imported.unknown_codes == 1


def test_rendered_lexicon_loads_back(tmp_path: Path) -> None:
    imported = import_petrarch(SMALL, load_ontology())
    path = tmp_path / "lob.tsv"
    path.write_text(render_lexicon(imported.entries, origin="small"), encoding="utf-8")
    assert len(read_lexicon_file(path)) == len(imported.entries)
    with pytest.raises(KnowledgeBaseError):
        read_lexicon_file(tmp_path / "missing.tsv")
    with pytest.raises(KnowledgeBaseError, match="no PETRARCH verb block"):
        import_petrarch("&SET\n+A\n", load_ontology())


def test_user_lexicon_is_layered_on_top(nlp: Language) -> None:
    extra = parse_lexicon("kind\tpattern\tcameo\nverb\tlob\t194\nverb\tmeet\t043\n")
    merged = merge_lexicons(load_lexicon(), extra)
    assert len(merged) == len(load_lexicon()) + 1
    coder = make_event_coder(user_lexicon=extra)
    actors = {"Russia": "RUS", "Ukraine": "UKR"}
    lobbed = code_text(nlp, "Russia lobbed shells at Ukraine.", actors, coder=coder)
    assert {event.cameo for event in lobbed} == {"194"}
    assert triples(code_text(nlp, "Russia met Ukraine.", actors, coder=coder)) == {
        ("RUS", "UKR", "043")}


def test_real_petrarch_dictionary(shared_dir: Path, tmp_path: Path, nlp: Language) -> None:
    dictionary = shared_dir / "reference/phoenix_dictionaries/CAMEO.2.0.txt"
    out = tmp_path / "petrarch.tsv"
    result = CliRunner().invoke(app, ["lexicon", "import-petrarch", str(dictionary),
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    lexicon = read_lexicon_file(out)
    assert len(lexicon) > 10_000
    kinds = {entry.kind for entry in lexicon.entries}
    assert kinds == {"verb", "particle", "prep", "verb_object"}
    # a verb the packaged lexicon lacks, coded as the dictionary says
    codes = {entry.cameo for entry in lexicon.candidates("verb", ("bemoan",))}
    assert codes and all(code.startswith("1") for code in codes)
    coder = make_event_coder(user_lexicon=lexicon)
    found = code_text(nlp, "Russia attacked Ukraine.", {"Russia": "RUS", "Ukraine": "UKR"},
                      coder=coder)
    assert {(e.source.code, e.target.code if e.target else None) for e in found} == {
        ("RUS", "UKR")}


def test_import_refuses_a_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["lexicon", "import-petrarch", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2


def test_code_takes_a_lexicon(tmp_path: Path) -> None:
    lexicon = tmp_path / "extra.tsv"
    lexicon.write_text("kind\tpattern\tcameo\nverb\tlob\t194\n", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("Rocket fire\n\nRussia lobbed shells at Ukraine on Friday.\n",
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["code", str(page), "--lexicon", str(lexicon)])
    assert result.exit_code == 0, result.output
    assert '"194"' in result.stdout
    bad = tmp_path / "bad.tsv"
    bad.write_text("kind\tpattern\tcameo\nverb\tlob\t999\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["code", str(page), "--lexicon", str(bad)])
    assert result.exit_code == 2
