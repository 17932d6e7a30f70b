from __future__ import annotations

import pytest

from tacitus.quotes.marks import pair_marks


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "we will stay" today.', ["we will stay"]),
        ("He said “we will stay” today.", ["we will stay"]),
        ('"We will stay,” he said.', ["We will stay"]),
        ('“We will stay," he said.', ["We will stay"]),
        ("A “unity in approach” and “purpose” on it.", ["unity in approach", "purpose"]),
        ("“We will,” he said, “stay.”", ["We will", "stay."]),
        ("“An open quote\nnever runs over a line” break", ["An open quote"]),
        ("“Unclosed\nthen “a new one” here", ["Unclosed", "a new one"]),
        ('a stray" mark\nthen "a new one" here', ["a new one"]),
        ("no quotation here", []),
        ('an empty "" pair', []),
        ("a stray ” closing mark", []),
    ],
)
def test_pair_marks_finds_the_words_inside(text: str, quoted: list[str]) -> None:
    assert [text[p.start : p.end] for p in pair_marks(text)] == quoted


def test_pair_marks_keeps_the_mark_positions() -> None:
    (pair,) = pair_marks('say "yes" now')
    assert (pair.open_at, pair.close_at, pair.start, pair.end) == (4, 8, 5, 8)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('"The first part runs on. "The second part ends it," she said.',
         ["The first part runs on.", "The second part ends it"]),
        ("“The first part runs on. “The second part ends it,” she said.",
         ["The first part runs on.", "The second part ends it"]),
        ('"We will stay, " he said.', ["We will stay"]),
        ('He said: "A paragraph left open at the end', ["A paragraph left open at the end"]),
        ("He said: â€œwe will stay,â€\ufffd today.", ["we will stay"]),
        ("He said: â€œwe will stay,â€\x9d today.", ["we will stay"]),
    ],
)
def test_a_quotation_over_joined_paragraphs_closes_where_the_next_opens(
        text: str, quoted: list[str]) -> None:
    assert [text[p.start : p.end] for p in pair_marks(text)] == quoted


def test_two_right_single_marks_close_a_quotation() -> None:
    text = "“We give notice first,’’ said Gupta, “and then we act.’’"
    assert [text[p.start:p.end] for p in pair_marks(text)] == [
        "We give notice first", "and then we act."]


@pytest.mark.parametrize("text", [
    "‘‘we gave notice first,’’ said gupta.",
    "â€˜â€˜we gave notice first,â€™â€™"
    " said gupta.",
])
def test_two_left_single_marks_open_a_quotation(text: str) -> None:
    assert [text[p.start:p.end] for p in pair_marks(text)] == ["we gave notice first"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('   "THE ARMY WILL STAY IN THE NORTHERN PROVINCES UNTIL THE ELECTION\nIS OVER," HE SAID.',
         ["THE ARMY WILL STAY IN THE NORTHERN PROVINCES UNTIL THE ELECTION\nIS OVER"]),
        ('   "THE ARMY WILL STAY IN THE NORTHERN PROVINCES UNTIL THE ELECTION\nIS OVER, HE SAID.'
         '\n\n   NEXT', ["THE ARMY WILL STAY IN THE NORTHERN PROVINCES UNTIL THE ELECTION"]),
        ("A headline with “an open quotation\nThe story goes on here", ["an open quotation"]),
        ("“The line ends in a full stop that closes the sentence here.\nNext”",
         ["The line ends in a full stop that closes the sentence here."]),
    ],
)
def test_a_quotation_runs_over_a_hard_wrapped_line(text: str, quoted: list[str]) -> None:
    assert [text[p.start : p.end] for p in pair_marks(text)] == quoted


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("THE PARTY WILL NOT BE QUOTE A TOOL\nOF THE JUNTA UNQUOTE, HE SAID.",
         ["A TOOL\nOF THE JUNTA"]),
        ("The party will not be quote a tool of the junta unquote, he said.",
         ["a tool of the junta"]),
        ("a quote, unquote expert", []),
        ('HE SAID "WE ARE QUOTE READY UNQUOTE TO TALK" TODAY.',
         ["WE ARE QUOTE READY UNQUOTE TO TALK"]),
    ],
)
def test_wire_copy_spells_its_marks_out(text: str, quoted: list[str]) -> None:
    assert [text[p.start : p.end] for p in pair_marks(text)] == quoted


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("the mayor said the town would fight ''corruption'' and crime.", ["corruption"]),
        ("''we will stay here,'' the mayor said.", ["we will stay here"]),
        ("the mayor said: ``we will stay here.'' then he left.", ["we will stay here."]),
        ("the mayor shouted: ''why don''t you go home?''", ["why don''t you go home?"]),
        ("the mayor''s office and the council''s staff", []),
    ],
)
def test_two_apostrophes_and_two_grave_accents_are_double_marks(
        text: str, quoted: list[str]) -> None:
    """Typewriter copy types a double mark as two apostrophes (between letters they are one
    apostrophe typed twice), and typeset copy opens with two grave accents."""
    assert [text[p.start : p.end] for p in pair_marks(text)] == quoted


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        pytest.param("The minister said she was ‘shocked’ by the vote.", ["shocked"],
                     id="british-fragment"),
        pytest.param("‘We will not leave,’ he said. ‘The talks go on.’",
                     ["We will not leave", "The talks go on."], id="british-full"),
        pytest.param("the mayorâ€™s aide termed it â€˜shamefulâ€™ on friday", ["shameful"],
                     id="british-garbled"),
        pytest.param("Officials: ‘No one’ left the Governor’s house", ["No one"],
                     id="apostrophe-after"),
        pytest.param("“She told me ‘never again’ twice,” he said.",
                     ["She told me ‘never again’ twice"], id="nested-in-double-marks"),
        pytest.param("The farmers’ union and the workers’ party met.", [], id="apostrophes-only"),
    ],
)
def test_pair_marks_reads_single_quotation_marks(text: str, quoted: list[str]) -> None:
    assert [text[p.start : p.end] for p in pair_marks(text)] == quoted
