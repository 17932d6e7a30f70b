"""The gender a given name tells a person's surname (``name_genders.given_name_genders``)."""

from __future__ import annotations

import pytest

from tacitus.quotes.name_genders import given_name_genders


@pytest.mark.parametrize(
    ("names", "genders"),
    [
        pytest.param(["Karen Lund"], {"Lund": "female"}, id="a-woman-s-given-name"),
        pytest.param(["Team captain John Fitzgerald"], {"Fitzgerald": "male"},
                     id="titles-before-the-given-name"),
        pytest.param(["tom berg"], {"berg": "male"}, id="small-letters"),
        pytest.param(["Justice Owen"], {}, id="a-given-name-as-the-surname-tells-nothing"),
        pytest.param(["Jordan Lee"], {}, id="a-name-given-to-both-is-not-listed"),
        pytest.param(["Bill Lund", "Hillary Lund"], {}, id="a-surname-of-both-genders"),
        pytest.param(["Berg"], {}, id="a-surname-alone"),
    ],
)
def test_given_name_genders(names: list[str], genders: dict[str, str]) -> None:
    assert given_name_genders(names) == genders
