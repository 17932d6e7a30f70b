"""The shared body clean-up and language detection."""

from __future__ import annotations

import pytest

from tacitus.errors import EmptyInputError, IngestError
from tacitus.ingest import article_from_html, clean_body, detect_language
from tacitus.ingest.cleaning import drop_repeated_paragraphs, split_paragraphs
from tacitus.ingest.nesting import close_open_text_elements, flatten_wrapper_runs
from tacitus.settings import Settings

STANDFIRST = "Leaders of the two countries agreed to reopen their embassies after a long freeze"
FIRST = STANDFIRST + "."
SECOND = "Both sides said talks on trade would follow in the spring, according to officials."


def test_split_paragraphs_folds_whitespace() -> None:
    assert split_paragraphs("  a \t b\u00a0c \n\n\n d\u200b e\r\nf ") == ["a b c", "d e", "f"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        ([STANDFIRST, FIRST, SECOND], [FIRST, SECOND]),
        ([FIRST, SECOND, FIRST], [FIRST, SECOND]),
        ([SECOND[:45], SECOND], [SECOND]),
        (["He said.", "He said.", SECOND], ["He said.", "He said.", SECOND]),
        ([FIRST.upper(), SECOND], [FIRST.upper(), SECOND]),
        ([FIRST, SECOND], [FIRST, SECOND]),
    ],
)
def test_drop_repeated_paragraphs(paragraphs: list[str], expected: list[str]) -> None:
    assert drop_repeated_paragraphs(paragraphs) == expected


def test_clean_body_drops_title_line_and_caps(settings: Settings) -> None:
    body = clean_body(f"Embassies reopen\n{FIRST}\n{SECOND}", origin="m", settings=settings,
                      title="Embassies  reopen")
    assert body == f"{FIRST}\n{SECOND}"
    capped = clean_body(f"{FIRST}\n{SECOND}", origin="m",
                        settings=Settings(max_text_chars=100))
    assert len(capped) <= 100
    assert capped.startswith(FIRST)
    assert not capped.endswith(" ")


def test_clean_body_refuses_short_text(settings: Settings) -> None:
    with pytest.raises(EmptyInputError):
        clean_body("Advertisement\nShare this\nshort", origin="m", settings=settings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FIRST + " " + SECOND, "en"),
        ("El gobierno anunció el lunes que abrirá negociaciones con sus vecinos sobre la región "
         "fronteriza en disputa.", "es"),
        ("Hello", "und"),
        ("Pakistan Qureshi Blinken", "und"),
        # short English news about Nigerians scores as Nigerian Pidgin first, English second
        ("Nigerian police said five schoolgirls were kidnapped in Zamfara on Friday.", "en"),
        ("Wetin dey happen for Lagos? Di pikin dem no fit go school today because of di wahala "
         "wey dey for road.", "pcm"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("depth", [10, 300, 5_000])
def test_deeply_nested_pages_still_give_their_article(depth: int) -> None:
    sentence = ("US President Joe Biden met Russian President Vladimir Putin in Geneva on "
                "Wednesday for their first summit, and both sides called the talks constructive.")
    page = ("<html><body>" + '<div class="wrap">' * depth + f"<article><p>{sentence}</p></article>"
            + "</div>" * depth + "</body></html>")
    article = article_from_html(page, origin="nested.html", settings=Settings())
    assert article.text == sentence


def test_short_wrapper_runs_are_left_alone() -> None:
    page = "<div><div><p>text</p></div></div>"
    assert flatten_wrapper_runs(page) == page
    assert flatten_wrapper_runs("<div>" * 40 + "x") == "<div>x"


@pytest.mark.parametrize(("paragraph", "expected"), [
    # a link list run on after the paragraph's last sentence, with or without its colon
    ("The inquiry will be led by a sitting judge. related stories: no troops sought: state govt "
     "talks on the bridge resume", "The inquiry will be led by a sitting judge."),
    ('"We will decide on Monday," he said. Related stories new port opens council rejects plan',
     '"We will decide on Monday," he said.'),
    # the heading in the singular, and glued to a mis-decoded non-breaking space
    ("The bridge reopens next week. related story\u00c2\u00a0dam talks stall in the north",
     "The bridge reopens next week."),
    ("The count ends at noon. related stories\u00c2\u00a0floods hit the coast\u00c2\u00a0port shut",
     "The count ends at noon."),
    ("The vote was put off to March. Read more: what the delay means",
     "The vote was put off to March."),
    # words of prose that only look like a heading stay
    ("The minister denied the related stories in the press on Monday.",
     "The minister denied the related stories in the press on Monday."),
    ("She said she would read more of the files before the hearing.",
     "She said she would read more of the files before the hearing."),
])
def test_clean_body_cuts_link_lists_run_on_after_a_paragraph(
        settings: Settings, paragraph: str, expected: str) -> None:
    lead = "The council met on Tuesday to discuss the new road through the old market."
    cleaned = clean_body(f"{lead}\n{paragraph}", origin="t", settings=settings)
    assert cleaned == f"{lead}\n{expected}"


@pytest.mark.parametrize("furniture", [
    "Related stories: floods close the coast road mayor opens new school",
    "Facebook Twitter Linkedin Mail",
    "Facebook Twitter WhatsApp E-mail Print",
])
def test_clean_body_drops_link_lists_and_share_bars_of_their_own(
        settings: Settings, furniture: str) -> None:
    body = "The council met on Tuesday to discuss the new road through the old market."
    assert clean_body(f"{body}\n{furniture}", origin="t", settings=settings) == body


ARTICLE_PARAGRAPHS = (
    "<p>Ministers from both countries met in Vienna on Tuesday to discuss the border dispute.</p>"
    "<p>The talks ended without an agreement, and a second round is planned for next month.</p>"
)


def test_an_unclosed_title_keeps_the_article_below_it(settings: Settings) -> None:
    page = f"<html><head><title>Border talks stall</head><body>{ARTICLE_PARAGRAPHS}</body></html>"
    article = article_from_html(page, origin="test", settings=settings)
    assert article.title == "Border talks stall"
    assert article.text.startswith("Ministers from both countries met in Vienna")
    assert "<p>" not in article.text


def test_an_unclosed_title_in_the_body_does_not_turn_markup_into_text(settings: Settings) -> None:
    page = f"<body><p><title>{ARTICLE_PARAGRAPHS}<script>alert(1)</script></body>"
    article = article_from_html(page, origin="test", settings=settings)
    assert "<script>" not in article.text and "<p>" not in article.text
    assert "second round is planned" in article.text


def test_an_unclosed_textarea_closes_before_the_next_tag() -> None:
    page = "<textarea>comment here<p>Body text.</p><title>A</title>"
    assert close_open_text_elements(page) == (
        "<textarea>comment here</textarea><p>Body text.</p><title>A</title>"
    )


def test_a_title_holding_tags_ends_at_its_first_tag(settings: Settings) -> None:
    page = f"<title>Talks<p><script>alert(1)</title><body>{ARTICLE_PARAGRAPHS}</body>"
    assert close_open_text_elements(page).startswith("<title>Talks</title><p><script>")
    empty_body = "<p><title><p><p><script></title>"
    with pytest.raises(IngestError):
        article_from_html(empty_body, origin="test", settings=settings)


@pytest.mark.parametrize("page", [
    "<html><head><title>A &lt;b&gt; title</title></head><body><p>x</p></body></html>",
    "<textarea rows=3>words</TEXTAREA><p>more</p>",
    "<title>When a < b and b > c</title>",
    "<p>no text-only elements at all</p>",
])
def test_closed_text_elements_are_left_alone(page: str) -> None:
    assert close_open_text_elements(page) == page
