"""The event lexicon and frames: every code exists, all roots are covered, bad lines are refused."""

from __future__ import annotations

import pytest

from tacitus.errors import KnowledgeBaseError
from tacitus.events.lexicon import load_frames, load_lexicon, parse_lexicon
from tacitus.events.ontology import load_ontology


def test_every_lexicon_code_exists_in_the_ontology() -> None:
    ontology = load_ontology()
    lexicon = load_lexicon()
    assert all(entry.cameo in ontology for entry in lexicon.entries)


def test_lexicon_is_broad() -> None:
    entries = load_lexicon().entries
    assert len(entries) >= 500
    roots = {entry.cameo[:2] for entry in entries}
    assert roots == {f"{root:02d}" for root in range(1, 21)}
    kinds = {entry.kind for entry in entries}
    assert kinds == {"verb", "particle", "prep", "verb_object", "adjective", "noun"}


@pytest.mark.parametrize(("kind", "pattern", "cameo"), [
    ("prep", "meet with", "040"),
    ("prep", "call for", "020"),
    ("prep", "call on", "020"),
    ("verb_object", "hold talks", "040"),
    ("verb_object", "impose sanctions", "163"),
    ("verb_object", "sign agreement", "057"),
    ("verb_object", "cut ties", "161"),
    ("verb_object", "expel diplomats", "161"),
    ("verb_object", "launch attack", "190"),
    ("verb_object", "open fire", "193"),
    ("particle", "pull out", "0874"),
    ("noun", "meeting", "040"),
    ("noun", "talks", "040"),
    ("noun", "visit", "042"),
    ("noun", "summit", "040"),
    ("noun", "sanctions", "163"),
    ("noun", "attack", "190"),
    ("noun", "ceasefire", "0871"),
    ("noun", "protest", "140"),
    ("noun", "negotiation", "046"),
    ("noun", "air strike", "195"),
    ("verb", "attack", "190"),
])
def test_entries(kind: str, pattern: str, cameo: str) -> None:
    found = [e for e in load_lexicon().entries if (e.kind, e.pattern) == (kind, pattern)]
    assert [e.cameo for e in found] == [cameo]


def test_candidates_prefer_longer_patterns() -> None:
    found = load_lexicon().candidates("noun", ["attack"])
    lengths = [len(entry.words) for entry in found]
    assert lengths == sorted(lengths, reverse=True)
    patterns = [entry.pattern for entry in found]
    assert patterns.index("chemical weapons attack") < patterns.index("attack")
    assert found[-1].pattern == "attack"


def test_hyphenated_nouns_are_split_like_the_parser() -> None:
    # spaCy splits "cease-fire" into cease, -, fire: the pattern must match those tokens
    found = load_lexicon().candidates("noun", ["fire"])
    assert ("cease", "-", "fire") in {entry.words for entry in found}


HEADER = "kind\tpattern\tcameo\n"


@pytest.mark.parametrize(("line", "message"), [
    ("verb\tattack\t999", "unknown CAMEO code"),
    ("verb\tattack\t", "unknown CAMEO code"),
    ("adverb\tfast\t190", "unknown kind"),
    ("verb\tlaunch attack\t190", "has 2 words"),
    ("prep\tmeet\t040", "has 1 words"),
    ("verb\tattack\t190\nverb\tattack\t191", "coded both"),
])
def test_malformed_lexicons_are_refused(line: str, message: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=message):
        parse_lexicon(HEADER + line + "\n")


def test_a_users_lexicon_parses() -> None:
    lexicon = parse_lexicon("# mine\n" + HEADER + "verb\tbombard\t194\nnoun\tair raid\t195\n")
    assert len(lexicon) == 2
    assert lexicon.candidates("noun", ["raid"])[0].cameo == "195"


def test_every_frame_code_exists() -> None:
    frames = load_frames()
    ontology = load_ontology()
    for frame in ("intent", "appeal", "demand", "reject", "threaten"):
        for entry in ontology:
            code = frames.code(frame, entry.code)
            assert code is None or code in ontology


@pytest.mark.parametrize(("frame", "embedded", "expected"), [
    ("intent", "042", "036"),
    ("intent", "073", "0333"),
    ("intent", "163", "1312"),
    ("intent", "190", "1384"),
    ("intent", "141", "133"),
    ("intent", "111", None),
    ("appeal", "040", "026"),
    ("appeal", "0871", "0256"),
    ("demand", "0841", "1053"),
    ("reject", "040", "125"),
    ("threaten", "163", "1312"),
    ("threaten", "0874", "130"),
])
def test_frames(frame: str, embedded: str, expected: str | None) -> None:
    assert load_frames().code(frame, embedded) == expected
