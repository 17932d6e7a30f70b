"""The CAMEO event ontology: names, Goldstein values, quad classes and the PLOVER mapping."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from tacitus.errors import KnowledgeBaseError
from tacitus.tables import TableRow, read_packaged_table, split_list

CODES_TABLE = "cameo_codes.tsv"
PLOVER_TABLE = "cameo_plover.tsv"
CONTEXTS_TABLE = "plover_contexts.tsv"
CODE_PATTERN = re.compile(r"(0[1-9]|1[0-9]|20)[0-9]{0,2}")
# The quad class follows from the root: 01-05, 06-09, 10-14, 15-20.
QUAD_BY_ROOT = {f"{root:02d}": (1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4)
                for root in range(1, 21)}
PLOVER_BASES = ("table", "parent", "convention", "none")
NO_GROUPS = "-"
GROUP_NAME = re.compile(r"[a-z]+(?:_[a-z]+)*")


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO code with its Goldstein value, quad class and PLOVER counterpart."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    root: str
    plover: str
    plover_mode: str
    plover_context: str
    groups: tuple[str, ...] = ()


class Ontology:
    """All CAMEO codes, looked up by code, and the named groups of roots the rules use."""

    __slots__ = ("_codes", "_groups")

    def __init__(self, codes: Sequence[CameoCode]) -> None:
        self._codes = {code.code: code for code in codes}
        groups: dict[str, set[str]] = {}
        for code in codes:
            for group in code.groups:
                groups.setdefault(group, set()).add(code.code)
        self._groups = {name: frozenset(roots) for name, roots in groups.items()}

    def roots_in(self, group: str) -> frozenset[str]:
        """The roots of a named group (the ``groups`` column); raises ``KnowledgeBaseError``
        for a group no root names."""
        try:
            return self._groups[group]
        except KeyError:
            raise KnowledgeBaseError(
                f"no CAMEO root group {group!r} in {CODES_TABLE}; known: "
                f"{', '.join(sorted(self._groups))}") from None

    def group_names(self) -> frozenset[str]:
        """Every root group named in the table."""
        return frozenset(self._groups)

    def describe(self, code: str) -> CameoCode:
        """The entry for ``code``; raises ``KnowledgeBaseError`` for an unknown code."""
        try:
            return self._codes[code]
        except KeyError:
            raise KnowledgeBaseError(f"unknown CAMEO code {code!r}") from None

    def root(self, code: str) -> str:
        """The two-digit root of a known code: ``0211`` → ``02``."""
        return self.describe(code).root

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __iter__(self) -> Iterator[CameoCode]:
        return iter(self._codes.values())

    def __len__(self) -> int:
        return len(self._codes)


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """Load and validate the packaged CAMEO and PLOVER tables (once per process)."""
    plover_rows = read_packaged_table("tacitus.events", PLOVER_TABLE,
                                      ("code", "plover", "mode", "context", "basis"))
    plover = {}
    for row in plover_rows:
        if row["basis"] not in PLOVER_BASES:
            raise KnowledgeBaseError(f"{PLOVER_TABLE}: bad basis {row['basis']!r}")
        plover[row["code"]] = row
    code_rows = read_packaged_table("tacitus.events", CODES_TABLE,
                                    ("code", "name", "goldstein", "quad_class", "groups"))
    codes = [_build_code(row, plover) for row in code_rows]
    known = {code.code for code in codes}
    if len(known) != len(codes):
        raise KnowledgeBaseError(f"{CODES_TABLE}: duplicate codes")
    for code in known:
        parent = code[:-1] if len(code) == 4 else code[:2]
        if parent not in known:
            raise KnowledgeBaseError(f"{CODES_TABLE}: {code} has no parent code {parent}")
    extra = set(plover) - known
    if extra:
        raise KnowledgeBaseError(f"{PLOVER_TABLE}: codes not in {CODES_TABLE}: {sorted(extra)}")
    return Ontology(codes)


def root_group(name: str) -> frozenset[str]:
    """The roots of a named group of the packaged table: ``root_group("force")`` → 18, 19, 20."""
    return load_ontology().roots_in(name)


@lru_cache(maxsize=1)
def plover_contexts() -> frozenset[str]:
    """The PLOVER contexts of the 2021 codebook (``plover_contexts.tsv``)."""
    rows = read_packaged_table("tacitus.events", CONTEXTS_TABLE, ("context",))
    contexts = [row["context"] for row in rows]
    if len(set(contexts)) != len(contexts) or not all(contexts):
        raise KnowledgeBaseError(f"{CONTEXTS_TABLE}: blank or repeated contexts")
    return frozenset(contexts)


def _build_code(row: TableRow, plover: dict[str, TableRow]) -> CameoCode:
    code = row["code"]
    if not CODE_PATTERN.fullmatch(code):
        raise KnowledgeBaseError(f"{CODES_TABLE}: malformed CAMEO code {code!r}")
    root = code[:2]
    try:
        goldstein = float(row["goldstein"])
        quad_class = int(row["quad_class"])
    except ValueError as error:
        raise KnowledgeBaseError(f"{CODES_TABLE}: bad number for {code}: {error}") from error
    if not -10.0 <= goldstein <= 10.0:
        raise KnowledgeBaseError(f"{CODES_TABLE}: Goldstein value out of range for {code}")
    if quad_class != QUAD_BY_ROOT[root]:
        raise KnowledgeBaseError(f"{CODES_TABLE}: quad class {quad_class} wrong for {code}")
    if not row["name"]:
        raise KnowledgeBaseError(f"{CODES_TABLE}: {code} has no name")
    mapping = plover.get(code)
    if mapping is None:
        raise KnowledgeBaseError(f"{PLOVER_TABLE}: no PLOVER line for {code}")
    return CameoCode(code=code, name=row["name"], goldstein=goldstein, quad_class=quad_class,
                     root=root, plover=mapping["plover"], plover_mode=mapping["mode"],
                     plover_context=mapping["context"], groups=_groups(row))


def _groups(row: TableRow) -> tuple[str, ...]:
    """The ``groups`` cell: named groups on a root's line, ``-`` on every other line."""
    cell = row["groups"]
    if cell == NO_GROUPS:
        return ()
    if len(row["code"]) != 2:
        raise row.fail(f"only a root has groups, not {row['code']}")
    groups = split_list(cell)
    bad = [group for group in groups if not GROUP_NAME.fullmatch(group)]
    if bad or len(set(groups)) != len(groups):
        raise row.fail(f"bad or repeated group names in {cell!r}")
    return groups
