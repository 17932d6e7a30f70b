"""The one reader of the packaged quote and claim tables (TSV with a ``#`` header comment)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tacitus.datatables import read_packaged_table
from tacitus.errors import KnowledgeBaseError
from tacitus.events.ontology import plover_contexts
from tacitus.model import CLAIM_KINDS

# A cue is a verb or noun that states a claim, or an ``act``: a verb or noun naming a deed that
# makes a promise of it a claim of the cue's kind ("vowed to retaliate": a threat), or a
# ``state``: a participle or adjective, as written, that states its subject's claim ("committed").
CUE_POS = frozenset({"verb", "noun", "act", "state"})


@dataclass(frozen=True, slots=True)
class ClaimCue:
    """A word that states a claim: ``lemma`` as ``pos``, needing ``particle`` when not empty."""

    lemma: str
    pos: str
    particle: str
    kind: str


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Everything the quote and claim finders read from their data files."""

    speech_cues: frozenset[str]
    denial_cues: frozenset[str]
    claim_cues: tuple[ClaimCue, ...]
    topic_keywords: tuple[tuple[str, tuple[str, ...]], ...]


def read_rows(name: str, columns: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Rows of a packaged TSV table as tuples; every cell of these tables must be filled."""
    rows = read_packaged_table("tacitus.quotes", name, columns)
    for row in rows:
        if not all(row.cells.values()):
            raise row.fail(f"every one of the {len(columns)} cells must be filled")
    return [tuple(row.cells.values()) for row in rows]


@lru_cache(maxsize=1)
def load_lexicon() -> CueLexicon:
    """Read and validate the three tables once per process."""
    speech = read_rows("speech_cues.tsv", ("lemma", "denial"))
    for lemma, denial in speech:
        if denial not in ("yes", "no"):
            raise KnowledgeBaseError(f"speech_cues.tsv: {lemma}: denial must be yes or no")
    claims = [ClaimCue(lemma, pos, "" if particle == "-" else particle, kind)
              for lemma, pos, particle, kind in read_rows(
                  "claim_cues.tsv", ("lemma", "pos", "particle", "kind"))]
    for cue in claims:
        if cue.kind not in CLAIM_KINDS or cue.pos not in CUE_POS:
            raise KnowledgeBaseError(f"claim_cues.tsv: {cue.lemma}: bad kind or pos")
    topics = read_rows("topics.tsv", ("context", "keyword"))
    contexts = plover_contexts()
    for context, keyword in topics:
        if context not in contexts:
            raise KnowledgeBaseError(f"topics.tsv: {keyword}: unknown PLOVER context {context!r}")
    return CueLexicon(
        speech_cues=frozenset(lemma for lemma, _ in speech),
        denial_cues=frozenset(lemma for lemma, denial in speech if denial == "yes"),
        claim_cues=tuple(claims),
        topic_keywords=tuple((context, tuple(keyword.split())) for context, keyword in topics),
    )
