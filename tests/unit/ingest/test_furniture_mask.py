"""Page furniture in text given as is: blanked out for the parser, offsets kept."""

from __future__ import annotations

from tacitus.ingest.boilerplate import mask_furniture, strip_boilerplate


def test_a_link_list_run_on_after_the_last_sentence_is_blanked() -> None:
    text = ("The mayor opened the new bridge on Monday. related stories: floods close two roads "
            "council votes on budget\nThe next paragraph stays.")
    masked = mask_furniture(text)
    assert len(masked) == len(text)
    assert masked.startswith("The mayor opened the new bridge on Monday.")
    assert "floods" not in masked and "council" not in masked
    assert masked.endswith("\nThe next paragraph stays.")


def test_a_heading_run_into_a_garbled_no_break_space_is_still_a_heading() -> None:
    text = "Ministers met in the capital. related storiesÂ talks resume next week"
    masked = mask_furniture(text)
    assert masked.rstrip() == "Ministers met in the capital."
    assert strip_boilerplate([text]) == ["Ministers met in the capital."]


def test_a_share_bar_line_is_blanked_and_line_breaks_kept() -> None:
    text = "The court ruled against the ban.\r\nFacebook Twitter Linkedin Mail\r\nEnd of story."
    masked = mask_furniture(text)
    assert len(masked) == len(text)
    assert masked.splitlines() == ["The court ruled against the ban.", " " * 30, "End of story."]


def test_prose_that_merely_uses_the_words_is_kept() -> None:
    text = ("Two related stories ran on the front page. The minister said the stories were "
            "false and unrelated matters would wait.")
    assert mask_furniture(text) == text


def test_text_without_furniture_is_returned_unchanged() -> None:
    text = "Rebels attacked a convoy near the border.\n\nThe army said two soldiers died."
    assert mask_furniture(text) == text
