"""The CAMEO event ontology: names, Goldstein values, quad classes and the PLOVER mapping."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from tacitus.datatables import TableRow, read_packaged_table
from tacitus.errors import KnowledgeBaseError

CODES_TABLE = "cameo_codes.tsv"
PLOVER_TABLE = "cameo_plover.tsv"
CODE_PATTERN = re.compile(r"(0[1-9]|1[0-9]|20)[0-9]{0,2}")
# The quad class follows from the root: 01-05, 06-09, 10-14, 15-20.
QUAD_BY_ROOT = {f"{root:02d}": (1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4)
                for root in range(1, 21)}
PLOVER_BASES = ("table", "parent", "convention", "none")


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


class Ontology:
    """All CAMEO codes, looked up by code."""

    __slots__ = ("_codes",)

    def __init__(self, codes: Sequence[CameoCode]) -> None:
        self._codes = {code.code: code for code in codes}

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
                                    ("code", "name", "goldstein", "quad_class"))
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
                     plover_context=mapping["context"])
