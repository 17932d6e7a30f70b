"""The gender a person's given name tells ("Karen White", "neville owen"), by surname: which of
"he" and "she" can stand for a person no courtesy title or noun in the text gives a gender."""

from __future__ import annotations

from collections.abc import Iterable

from tacitus.wordlists import word_map

# "karen": female; names given to men and women alike are not listed
GIVEN_NAME_GENDERS = word_map("given_name_genders")


def given_name_genders(names: Iterable[str]) -> dict[str, str]:
    """The gender the first given name of each of ``names`` (the words naming a person, titles
    and all: "Team captain John Fitzgerald") tells, keyed by the name's last word (the surname,
    as the text writes it). A given name is a word before the surname; a surname two names of
    different genders share ("Bill Clinton", "Hillary Clinton") gets none."""
    found: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        gender = next((GIVEN_NAME_GENDERS[word.lower()] for word in words[:-1]
                       if word.lower() in GIVEN_NAME_GENDERS), None)
        if gender is not None:
            found.setdefault(words[-1], set()).add(gender)
    return {surname: next(iter(genders)) for surname, genders in found.items()
            if len(genders) == 1}
