"""Re-casing text set in capitals or in small letters: names, unknown words, sentence starts, same
length always."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tacitus.nlp.truecase import (
    MAX_CAPITAL_SHARE,
    MIN_CAPITAL_SHARE,
    MIN_LETTERS,
    Casebook,
    is_recased,
    is_shouting,
    is_whispering,
    letters_and_capitals,
    make_casebook,
    truecase,
)

ENGLISH = ("the", "army", "troops", "attack", "police", "arrest", "man", "city", "president",
           "condemn", "murder", "priest", "say", "town", "mobile", "will", "negotiate", "rebel",
           "shell", "barracks", "embassy", "turkey", "guerrilla", "plan", "new", "department",
           "today", "told", "unit", "visit", "north")


@pytest.fixture(scope="module")
def casebook() -> Casebook:
    return make_casebook(["El Salvador", "Salvadoran", "San Salvador", "FMLN", "U.S.", "NATO",
                          "Turkey", "Bogotá", "US"],
                         english=ENGLISH, common_names=["San Miguel", "Mobile", "Usulutan"],
                         heads=["troops", "embassy"])


@pytest.mark.parametrize(("text", "expected"), [
    ("SALVADORAN ARMY TROOPS ATTACKED THE FMLN IN SAN MIGUEL TODAY.",
     "Salvadoran army troops attacked the FMLN in San Miguel today."),
    ("PRESIDENT ALFREDO CRISTIANI CONDEMNED THE MURDER OF THE PRIESTS.",
     "President Alfredo Cristiani condemned the murder of the priests."),
    # a town that is also an English word stays a word; a curated country does not
    ("THE POLICE SAID THE MOBILE UNIT WILL VISIT TURKEY AND NATO.",
     "The police said the mobile unit will visit Turkey and NATO."),
    # accents in a name's spelling, none in the text
    ("REBELS SHELLED BOGOTA AND THE U.S. EMBASSY. THE ARMY SAID IT WILL NEGOTIATE.",
     "Rebels shelled Bogota and the U.S. embassy. The army said it will negotiate."),
    # "us" is a pronoun far more often than a country: left to the context
    ("THEY TOLD US THE REBELS WILL NEGOTIATE WITH THE ARMY.",
     "They told us the rebels will negotiate with the army."),
    # ... but a country before a role noun
    ("THEY SAID US TROOPS WILL ATTACK THE REBELS.", "They said US troops will attack the rebels."),
    # no full stop after an abbreviation ends a sentence
    ("GEN. ORLANDO ZEPEDA SAID THE ARMY WILL ATTACK THE REBELS.",
     "Gen. Orlando Zepeda said the army will attack the rebels."),
])
def test_recases_shouting_text(casebook: Casebook, text: str, expected: str) -> None:
    assert truecase(text, casebook) == expected


def test_leaves_ordinary_text_alone(casebook: Casebook) -> None:
    text = "The NATO summit in San Salvador ended. UN officials said the FMLN would attend."
    assert truecase(text, casebook) == text


def test_recases_only_the_paragraphs_set_in_capitals(casebook: Casebook) -> None:
    text = ("REBELS ATTACKED THE ARMY BARRACKS IN SAN MIGUEL\n\n"
            "Rebels attacked the barracks on Monday, the Army said.")
    first, second = truecase(text, casebook).split("\n\n")
    assert first == "Rebels attacked the army barracks in San Miguel"
    assert second == "Rebels attacked the barracks on Monday, the Army said."


@pytest.mark.parametrize(("text", "expected"), [
    ("el salvador: president alfredo cristiani said the army will attack the fmln in san miguel.",
     "El Salvador: President Alfredo Cristiani said the army will attack the FMLN in San Miguel."),
    # an unknown word without a vowel is an acronym; a short one with a vowel is left alone
    ("the police said the rpg unit will visit turkey and nato on the new plan.",
     "The police said the RPG unit will visit Turkey and NATO on the new plan."),
    # a quotation mark garbled into letters ("â€œ") is no word to re-case
    ("the president told the police \u00e2\u20ac\u0153we will negotiate with the rebels.",
     "The president told the police \u00e2\u20ac\u0153we will negotiate with the rebels."),
])
def test_recases_text_in_small_letters(casebook: Casebook, text: str, expected: str) -> None:
    assert truecase(text, casebook) == expected


@pytest.mark.parametrize(("text", "whispering"), [
    ("the army attacked the rebels in the north", True),
    ("The army attacked the rebels in the north", False),
    ("nato and the un", False),  # too short to tell
])
def test_is_whispering(text: str, whispering: bool) -> None:
    assert is_whispering(text) is whispering


@pytest.mark.parametrize(("text", "shouting"), [
    ("THE ARMY ATTACKED THE REBELS IN THE NORTH", True),
    ("The army attacked the rebels in the north", False),
    ("NATO AND THE UN", False),  # too short to tell
    ("THE ARMY ATTACKED THE REBELS, said the minister of defence on Monday", False),
])
def test_is_shouting(text: str, shouting: bool) -> None:
    assert is_shouting(text) is shouting


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_never_changes_the_length_or_anything_but_case(text: str) -> None:
    casebook = make_casebook(["San Salvador"], english=ENGLISH)
    for written in (text.upper(), text.lower()):
        cased = truecase(written, casebook)
        assert len(cased) == len(written)
        assert all(a == b or a.lower() == b.lower() or a.upper() == b.upper()
                   for a, b in zip(cased, written, strict=True))


LOWERED = ("the district collector said on monday that the curfew in the old city would be "
           "relaxed for four hours.")
WRITTEN = ("The district collector said on Monday that the curfew in the old city would be "
           "relaxed for four hours, and that schools would reopen on Thursday.")


@pytest.mark.parametrize(("text", "recased"), [
    (LOWERED, True),
    (LOWERED.upper(), True),
    # a short line in ordinary case before a story in small letters
    ("Posted on March 3\n\n" + LOWERED + "\n\n" + LOWERED, True),
    (WRITTEN, False),
    # one paragraph in small letters in a story written in ordinary case
    (WRITTEN + "\n\n" + LOWERED + "\n\n" + WRITTEN, False),
    ("", False),
])
def test_is_recased_when_most_of_the_text_is(text: str, recased: bool) -> None:
    assert is_recased(text) is recased


@pytest.mark.parametrize(("text", "expected"), [
    # a known name before a possessive ending keeps its spelling
    ("THE ARMY SAID TURKEY'S TROOPS WILL VISIT SAN SALVADOR'S NORTH TODAY.",
     "The army said Turkey's troops will visit San Salvador's north today."),
    ("the police said turkey’s new plan will condemn the fmln's attack today.",
     "The police said Turkey’s new plan will condemn the FMLN's attack today."),
])
def test_spells_a_name_before_a_possessive_ending(casebook: Casebook, text: str,
                                                  expected: str) -> None:
    assert truecase(text, casebook) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # inflected English words are words, not unknown names: "-er"/"-est" on a word in "e",
    # "-men" for "-man"
    ("THE NEWEST TOWN SAID THE POLICEMEN WILL VISIT THE CITY.",
     "The newest town said the policemen will visit the city."),
    ("THE TRUEST REBELS AND THE TOWNSMEN WILL NEGOTIATE WITH THE ARMY.",
     "The truest rebels and the townsmen will negotiate with the army."),
])
def test_takes_inflected_words_for_english(text: str, expected: str) -> None:
    casebook = make_casebook(["Turkey"], english=(*ENGLISH, "true", "policeman", "townsman"))
    assert truecase(text, casebook) == expected


ACRONYM_ENGLISH = (*ENGLISH, "car", "let", "us", "bomb", "exploded", "near", "vote", "rebels",
                      "wait")


@pytest.mark.parametrize(("text", "expected"), [
    # an acronym whose letters spell a word the dictionary writes small is that word ...
    ("A CAR BOMB EXPLODED NEAR THE EMBASSY. LET US WAIT, THE REBELS SAID.",
     "A car bomb exploded near the embassy. Let us wait, the rebels said."),
    ("the rebels said: let us vote. a car bomb exploded near the town.",
     "The rebels said: Let us vote. A car bomb exploded near the town."),
    # ... unless a role noun follows it; an acronym the dictionary writes only in capitals, or
    # a longer one, stays a name
    ("CAR TROOPS AND NATO TROOPS WILL VISIT THE TOWN.",
     "CAR troops and NATO troops will visit the town."),
    ("THE ARMY TOLD NIA TODAY AND THE POLICE TOLD ARENA.",
     "The army told NIA today and the police told ARENA."),
])
def test_an_acronym_that_spells_an_english_word_is_the_word(text: str, expected: str) -> None:
    casebook = make_casebook(["CAR", "LeT", "NATO", "NIA", "ARENA"],
                             english=(*ACRONYM_ENGLISH, "nato", "nia", "arena"),
                             heads=["troops"], name_words=["NIA"])
    assert truecase(text, casebook) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a word the dictionary writes only with a capital is a name, though the English word lists
    # hold it lowered, in capitals and in small letters
    ("THE ARMY TOLD OKAFOR TODAY THAT THE TOWN WILL VISIT THE USSR.",
     "The army told Okafor today that the town will visit the USSR."),
    ("the police told okafor today that the town will visit the ussr.",
     "The police told Okafor today that the town will visit the USSR."),
    # ... but not one of two letters: too short to tell from a word
    ("THE POLICE SAID DE TOWN WILL VISIT.", "The police said de town will visit."),
])
def test_a_word_the_dictionary_writes_with_a_capital_is_a_name(text: str,
                                                                expected: str) -> None:
    casebook = make_casebook(["NATO"], english=(*ENGLISH, "okafor", "ussr", "de"),
                             name_words=["Okafor", "USSR", "DE"])
    assert truecase(text, casebook) == expected


def _share_of_capitals(text: str) -> float | None:
    """The share of capitals among ``text``'s letters, counted one character at a time."""
    letters = [char for char in text if char.isalpha()]
    if len(letters) < MIN_LETTERS:
        return None
    return sum(1 for char in letters if char.isupper()) / len(letters)


@given(st.text(alphabet=st.sampled_from("aZéÉß²½ⒶⓐΣσ 1.ǅ"), min_size=0, max_size=120))
def test_capitals_are_counted_among_letters_only(text: str) -> None:
    # counted in bulk (``str`` methods mapped over the text): the same decision as counting
    # letter by letter, whatever letters, digits, symbols in capitals or title-case letters
    share = _share_of_capitals(text)
    assert is_shouting(text) is (share is not None and share >= MIN_CAPITAL_SHARE)
    assert is_whispering(text) is (share is not None and share <= MAX_CAPITAL_SHARE)


@pytest.mark.parametrize(("text", "counted"), [
    ("", (0, 0)), ("12 - 3", (0, 0)), ("Ab cD-e", (5, 2)), ("ÉTÉ à Noël", (8, 4))])
def test_letters_and_capitals_are_counted_once_for_both_tests(
        text: str, counted: tuple[int, int]) -> None:
    assert letters_and_capitals(text) == counted
