"""What stopping an event amounts to: the packaged table, longest prefix first."""

from __future__ import annotations

import pytest

from tacitus.events.ontology import load_ontology
from tacitus.events.stopping import load_stopped_codes, stopped_code


def test_every_code_of_the_table_is_a_cameo_code() -> None:
    ontology = load_ontology()
    table = load_stopped_codes()
    assert table
    assert all(stopped in ontology and code in ontology for stopped, code in table.items())


@pytest.mark.parametrize(("code", "expected"), [
    ("0711", "162"),  # cut military aid: reduce or stop material aid
    ("045", "165"),  # ended mediation: halt mediation
    ("0451", "165"),
    ("161", "050"),  # the longer prefix wins over 16
    ("163", "085"),
    ("1723", "0813"),
    ("190", "087"),
    ("191", "0872"),
    ("010", None),  # stopping a statement is no event
    ("11", None),
])
def test_the_longest_listed_prefix_wins(code: str, expected: str | None) -> None:
    assert stopped_code(code) == expected
