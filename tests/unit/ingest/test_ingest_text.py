"""Plain-text articles: title line, dateline, media markers, furniture, agency tags."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tacitus.errors import EmptyInputError, NotEnglishError
from tacitus.ids import content_hash, stable_id
from tacitus.ingest import article_from_text
from tacitus.ingest.pubdates import dateline_date, parse_date, parse_iso_date
from tacitus.ingest.text import is_headline
from tacitus.settings import Settings

DATA = Path(__file__).parent / "data"
BODY = ("The government of Ruritania announced on Monday that it would open talks with its "
        "neighbours about the disputed border region.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sep 24, 2021", date(2021, 9, 24)),
        ("24 September 2021", date(2021, 9, 24)),
        ("2021-09-24", date(2021, 9, 24)),
        ("Published: Friday, September 24, 2021 10:32 PM", date(2021, 9, 24)),
        ("Updated on 3rd Jan. 2020", date(2020, 1, 3)),
        ("Sept. 5, 2019", date(2019, 9, 5)),
        ("The talks began on Sep 24, 2021 in New York", None),
        ("Feb 30, 2021", None),
        ("No date here", None),
    ],
)
def test_dateline_date(line: str, expected: date | None) -> None:
    assert dateline_date(line) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-09-24T08:00:00Z", date(2021, 9, 24)),
        ("2021-09-24T23:30:00+05:00", date(2021, 9, 24)),
        ("2021-09-24", date(2021, 9, 24)),
    ],
)
def test_parse_iso_date(value: str, expected: date) -> None:
    assert parse_iso_date(value) == expected


@pytest.mark.parametrize("value", ["24/09/2021", "yesterday", "2021-13-01"])
def test_parse_iso_date_refuses(value: str) -> None:
    with pytest.raises(ValueError):
        parse_iso_date(value)


def test_parse_date_finds_a_date_inside_text() -> None:
    assert parse_date("last updated 2019-03-02 by staff") == date(2019, 3, 2)
    assert parse_date("nothing") is None


def test_first_line_is_the_title_and_ids_come_from_the_text(settings: Settings) -> None:
    article = article_from_text(f"Ruritania opens border talks\n\n{BODY}\n", origin="mem",
                                settings=settings)
    assert article.title == "Ruritania opens border talks"
    assert article.text == BODY
    assert article.content_hash == content_hash(BODY)
    assert article.id == stable_id("art_", content_hash(BODY))
    assert article.origin == "mem"
    assert article.language == "en"


def test_a_text_that_opens_with_a_sentence_keeps_it_as_its_lede(settings: Settings) -> None:
    lede = "The Ruritanian cabinet said on Monday that it would reopen the border crossings."
    article = article_from_text(f"{lede}\n\n{BODY}\n", origin="mem", settings=settings)
    assert article.text == f"{lede}\n{BODY}"
    one_paragraph = article_from_text(f"{BODY}\n", origin="mem", settings=settings)
    assert one_paragraph.text == BODY


def test_a_text_of_brackets_and_digits_is_refused_as_empty(settings: Settings) -> None:
    with pytest.raises(EmptyInputError, match="letters"):
        article_from_text("[" * 5_000 + "]" * 5_000, origin="mem", settings=settings)
    with pytest.raises(EmptyInputError, match="letters"):
        article_from_text("Prices\n\n" + "12.5, 13.75; 99 -- 100 / 42 " * 40, origin="mem",
                          settings=settings)


def test_a_long_or_datelined_first_line_is_no_headline(settings: Settings) -> None:
    assert is_headline("Ruritania opens border talks", followed=True)
    assert is_headline("Will Ruritania open its border?", followed=True)
    assert not is_headline("Ruritania opens border talks", followed=False)
    assert not is_headline("Officials “agreed.”", followed=True)
    assert not is_headline("Ruritania talks " * 20, followed=True)


def test_given_title_and_date_win(settings: Settings) -> None:
    article = article_from_text(f"Sep 24, 2021\n{BODY}", origin="mem", settings=settings,
                                title="Given", date=date(2020, 1, 1))
    assert article.title == "Given"
    assert article.date == date(2020, 1, 1)
    assert article.text == BODY


def test_sample_file_loses_its_furniture(settings: Settings) -> None:
    text = (DATA / "burkina.txt").read_text(encoding="utf-8")
    article = article_from_text(text, origin="burkina.txt", settings=settings)
    assert article.title == "Burkina Faso junta agrees to talks with regional bloc"
    assert article.date == date(2023, 3, 12)
    assert article.text.startswith("The military government of Burkina Faso agreed")
    assert article.text.endswith("civilian rule was set.")
    for furniture in ("Photo", "checkpoint", "Share this", "Reuters", "Published"):
        assert furniture not in article.text


@pytest.mark.parametrize(
    "tail",
    ["(SAM)", "(AFP)", "(Reuters/AP)", "(With inputs from PTI)", "(Reporting by Jane Doe; "
     "Editing by John Roe)", "Post a Comment\nThe content of this field is kept private and will "
     "not be shown publicly.", "Leave a comment\nGreat article!\nI disagree."],
)
def test_trailing_tags_and_comment_sections_are_dropped(settings: Settings, tail: str) -> None:
    article = article_from_text(f"Title\n{BODY}\n{BODY.replace('Monday', 'Tuesday')}\n{tail}",
                                origin="mem", settings=settings)
    assert article.text.endswith("border region.")
    assert article.text.count("\n") == 1


def test_media_marker_takes_its_caption_with_it(settings: Settings) -> None:
    article = article_from_text(f"Title\nVideo\nA caption about a rally\n{BODY}", origin="mem",
                                settings=settings)
    assert article.text == BODY


def test_too_short_text_is_empty(settings: Settings) -> None:
    with pytest.raises(EmptyInputError) as caught:
        article_from_text("Title\nToo short.", origin="mem", settings=settings)
    assert caught.value.reason == "empty"
    assert caught.value.origin == "mem"


def test_non_english_text_is_refused(settings: Settings) -> None:
    german = ("Die Bundesregierung hat am Montag angekündigt, dass sie Gespräche mit den Nachbarn "
              "über die umstrittene Grenzregion aufnehmen wird. Der Außenminister reist morgen.")
    with pytest.raises(NotEnglishError) as caught:
        article_from_text(f"Titel\n{german}", origin="de.txt", settings=settings)
    assert caught.value.language == "de"
    assert caught.value.reason == "not-english"
    kept = article_from_text(f"Titel\n{german}", origin="de.txt",
                             settings=Settings(english_only=False))
    assert kept.language == "de"
