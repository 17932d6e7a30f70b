"""Speakers in the corpora that are hardest for Tacitus: an Indian paper in small letters whose
unnamed official is of the country the story is filed from, not of a country named only inside
the quotation; agency copy whose unnamed spokesman speaks for the people named as the subject of
the sentence just before; and words a body gives out in the sentence that quotes them ("ISSUED A
COMMUNIQUE WHICH SAYS: …"). Every person and event is invented, the countries and bodies are
real; the expected speaker follows the annotation guidelines."""

from __future__ import annotations

import pytest
from test_speaker_conventions import coded_quotes

from tacitus.model import Quote

FILED_FROM_DELHI = (
    "new delhi: \u2018\u2018the explosives were brought in from bangladesh,\u2019\u2019 a home"
    " ministry official said on tuesday."
)

SUBJECT_BEFORE_LOWER = (
    "washington: the state department on monday urged india and pakistan to resume talks."
    " \u2018\u2018both sides must show restraint,\u2019\u2019 a state department spokesman said"
    " in washington. indian officials welcomed the appeal. \u2018\u2018we have always been ready"
    " for talks,\u2019\u2019 a foreign ministry spokesperson said."
)

SUBJECT_BEFORE = (
    "Washington urged Kenya and Somalia on Monday to settle their sea border in court."
    " \u201cBoth sides must respect the ruling,\u201d a State Department spokeswoman said in"
    " Washington. Kenyan officials rejected the call. \u201cThe sea is ours and will stay"
    " ours,\u201d a foreign ministry spokesman said."
)

WIRE_COMMUNIQUE = (
    "   HAVANA, 5 MAY 89 (PRENSA LATINA) -- [TEXT] CUBA TODAY DENIED THE CHARGES.\n\n"
    "   THE CUBAN FOREIGN MINISTRY ISSUED A COMMUNIQUE WHICH SAYS: \"CUBA REJECTS THE\n"
    "CHARGES OF THE U.S. STATE DEPARTMENT.\"\n"
)

# (text, words of the quote, the country of the speaker's code, a word naming the speaker)
CASES = [
    pytest.param(FILED_FROM_DELHI, "brought in from bangladesh", "IND", "official",
                 id="toi-official-country-named-only-inside-the-quote"),
    pytest.param(SUBJECT_BEFORE_LOWER, "ready for talks", "IND", "spokesperson",
                 id="toi-spokesperson-after-national-officials-subject"),
    pytest.param(SUBJECT_BEFORE, "stay ours", "KEN", "spokesman",
                 id="agency-spokesman-after-national-officials-subject"),
    pytest.param(SUBJECT_BEFORE, "respect the ruling", "USA", "spokeswoman",
                 id="agency-spokeswoman-of-the-story-setting"),
    pytest.param(WIRE_COMMUNIQUE, "CUBA REJECTS THE", "CUB", "MINISTRY",
                 id="muc-issued-a-communique-which-says-colon"),
    pytest.param(
        "The Nigerian army released a statement on Sunday which said: \u201cOur troops"
        " repelled the attack on the base.\u201d",
        "repelled the attack", "NGA", "army", id="agency-released-a-statement-which-said"),
]


def _quote_with(text: str, words: str) -> Quote:
    found = [quote for quote in coded_quotes(text) if words.lower() in quote.text.lower()]
    assert found, f"no quote with {words!r}"
    return found[0]


@pytest.mark.parametrize(("text", "words", "country", "name"), CASES)
def test_speaker_in_hard_corpus(text: str, words: str, country: str, name: str) -> None:
    quote = _quote_with(text, words)
    speaker = quote.speaker
    assert speaker is not None, quote.speaker_text
    assert speaker.country == country and speaker.code.startswith(country), speaker
    assert name.lower() in f"{speaker.name} {quote.speaker_text}".lower(), speaker


@pytest.mark.parametrize(("text", "words", "country_name"), [
    pytest.param(FILED_FROM_DELHI, "brought in from bangladesh", "India", id="toi-official"),
])
def test_a_placed_speaker_is_named_for_its_country(text: str, words: str,
                                                   country_name: str) -> None:
    """An unnamed speaker the article places is labelled by the code it is given, not by the
    country first guessed for it ("Pakistan government" for an Indian official)."""
    speaker = _quote_with(text, words).speaker
    assert speaker is not None
    assert speaker.name.startswith(country_name), speaker


def test_a_receiver_does_not_speak_for_what_was_sent() -> None:
    """ "received a letter which said …": the letter's writer speaks, not its reader."""
    quote = _quote_with("The minister received a letter which said \u201cthe teachers will"
                        " strike on Friday\u201d.", "teachers will strike")
    assert "minister" not in (quote.speaker_text or "").lower()
