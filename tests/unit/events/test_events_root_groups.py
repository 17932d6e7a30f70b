"""The named groups of CAMEO roots (the ``groups`` column of cameo_codes.tsv) against the codebook.

The codebook's classes of roots: 01-05 verbal cooperation (01-02 neutral statements and
appeals), 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict
(``penta_class`` 0/1, 2, 3, 4 in ../shared/reference/cameo).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tacitus.errors import KnowledgeBaseError
from tacitus.events.ontology import load_ontology, root_group

VERBAL_COOPERATION = frozenset({"0", "1"})
MATERIAL_COOPERATION = frozenset({"2"})
VERBAL_CONFLICT = frozenset({"3"})
MATERIAL_CONFLICT = frozenset({"4"})
COOPERATION = VERBAL_COOPERATION | MATERIAL_COOPERATION
# the codebook classes (penta_class) each group may draw its roots from
ALLOWED_CLASSES = {
    "cooperative": COOPERATION,
    "reciprocal": COOPERATION,
    "meeting_or_agreement": VERBAL_COOPERATION,
    "symmetric": VERBAL_COOPERATION,
    "performed_by_of": VERBAL_COOPERATION,
    "reaction": VERBAL_COOPERATION | VERBAL_CONFLICT | MATERIAL_CONFLICT,
    "appeal_or_demand": VERBAL_COOPERATION | VERBAL_CONFLICT,
    "against_target": VERBAL_CONFLICT | MATERIAL_CONFLICT,
    "investigate_or_disapprove": VERBAL_CONFLICT,
    "place_target": MATERIAL_COOPERATION | MATERIAL_CONFLICT,
    "coercion_and_violence": MATERIAL_CONFLICT,
    "force": MATERIAL_CONFLICT,
    "assault_or_fight": MATERIAL_CONFLICT,
    "said": VERBAL_COOPERATION | VERBAL_CONFLICT,
    "quoted_stance": VERBAL_CONFLICT,
    "unreported": MATERIAL_COOPERATION,
}


@pytest.fixture(scope="module")
def root_classes(shared_dir: Path) -> dict[str, str]:
    path = shared_dir / "reference" / "cameo" / "derived_cameo_event_codes.csv"
    with path.open(encoding="utf-8") as handle:
        return {row["code"]: row["penta_class"] for row in csv.DictReader(handle)
                if row["level"] == "1"}


def test_every_group_in_the_table_is_checked_here() -> None:
    assert load_ontology().group_names() == set(ALLOWED_CLASSES)


@pytest.mark.parametrize("group", sorted(ALLOWED_CLASSES))
def test_a_group_holds_codebook_roots_of_its_classes(group: str,
                                                     root_classes: dict[str, str]) -> None:
    roots = root_group(group)
    assert roots
    assert roots <= set(root_classes)
    assert {root_classes[root] for root in roots} <= ALLOWED_CLASSES[group]


def test_the_cooperative_roots_are_the_codebook_cooperation_after_statements_and_appeals(
        root_classes: dict[str, str]) -> None:
    assert root_group("cooperative") == {root for root, penta in root_classes.items()
                                         if penta in {"1", "2"}}


def test_the_two_groupings_of_violence_differ_and_nest() -> None:
    # the event coder's suicide-bombing rule reads assault and fighting only; MUC-4 attacks and
    # same-happening merges take coercion and mass violence too
    assert root_group("assault_or_fight") == {"18", "19"}
    assert root_group("force") == {"18", "19", "20"}
    assert root_group("coercion_and_violence") == {"17", "18", "19", "20"}


def test_an_unknown_group_is_a_clear_error() -> None:
    with pytest.raises(KnowledgeBaseError, match="no CAMEO root group 'violent'"):
        root_group("violent")
