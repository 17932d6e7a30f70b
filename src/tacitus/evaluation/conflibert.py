"""ConfliBERT CAMEO annotation rounds: relevance and CAMEO root against the annotators' plurality,
beside the annotators' own agreement with each other (the human ceiling).

The final rounds are used (round 7 for sentences 1–100, rounds 8–10 pooled for 101–200). An
annotator's judgment is relevance plus the set of CAMEO roots they gave. The plurality root is
the root most annotators gave (a tie goes to a root other than 01, which annotators add beside the
main event as the report's "said", then to the smaller code). The human ceiling scores each
annotator against the plurality of the *other* annotators, exactly as Tacitus is scored against
the plurality of all.
"""

from __future__ import annotations

import ast
import csv
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tacitus.errors import GoldFormatError
from tacitus.evaluation.metrics import ratio
from tacitus.evaluation.records import ErrorEntry, Evaluation, Figure, sentence_article
from tacitus.pipeline import ArticleCoder

ANNOTATIONS_FILE = "derived_annotations_long.csv"
COLUMNS = ("round", "sentence_no", "annotator", "relevant", "cameo_root", "entities", "sentence")
FIRST_POOLED_SENTENCE = 101
FINAL_ROUND_FIRST_HUNDRED = 7
FINAL_ROUNDS_SECOND_HUNDRED = frozenset({8, 9, 10})
STATEMENT_ROOT = "01"
ACTOR_LABELS = ("Source", "Target")


@dataclass(frozen=True, slots=True)
class Judgment:
    """What one annotator said about one sentence."""

    relevant: bool
    roots: frozenset[str]


@dataclass(frozen=True, slots=True)
class AnnotatedSentence:
    """A sentence with every final-round judgment and the annotated actor spans."""

    number: int
    text: str
    judgments: tuple[Judgment, ...]
    actor_spans: tuple[tuple[int, int], ...]


def is_final_round(sentence: int, round_number: int) -> bool:
    """Whether a round is the final one used for a sentence."""
    if sentence < FIRST_POOLED_SENTENCE:
        return round_number == FINAL_ROUND_FIRST_HUNDRED
    return round_number in FINAL_ROUNDS_SECOND_HUNDRED


def majority_relevant(judgments: Sequence[Judgment]) -> bool | None:
    """True or False by strict majority, ``None`` on a tie or no judgment."""
    yes = sum(1 for judgment in judgments if judgment.relevant)
    no = len(judgments) - yes
    return None if yes == no else yes > no


def plurality_root(judgments: Sequence[Judgment]) -> str | None:
    """The root most annotators gave (ties: not 01 first, then the smaller code)."""
    votes = Counter(root for judgment in judgments for root in judgment.roots)
    if not votes:
        return None
    return min(votes, key=lambda root: (-votes[root], root == STATEMENT_ROOT, root))


def _flag(value: str) -> bool | None:
    folded = value.strip().lower()
    return {"true": True, "false": False}.get(folded)


def read_conflibert(folder: Path) -> list[AnnotatedSentence]:
    """Read the long annotation table of the final rounds."""
    path = folder / ANNOTATIONS_FILE if folder.is_dir() else folder
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle)
        if not set(COLUMNS) <= set(rows.fieldnames or ()):
            raise GoldFormatError(f"{path}: expected the columns {', '.join(COLUMNS)}")
        relevance: dict[tuple[int, str, str], bool] = {}
        roots: dict[tuple[int, str, str], set[str]] = {}
        texts: dict[int, str] = {}
        spans: dict[int, set[tuple[int, int]]] = {}
        for number, row in enumerate(rows, start=2):
            try:
                sentence, round_number = int(row["sentence_no"]), int(row["round"])
                entities = ast.literal_eval(row["entities"]) if row["entities"] else []
            except (ValueError, SyntaxError) as error:
                raise GoldFormatError(f"{path}:{number}: {error}") from error
            flag = _flag(row["relevant"])
            if not is_final_round(sentence, round_number) or flag is None:
                continue
            key = (sentence, row["round"], row["annotator"])
            relevance[key] = flag
            roots.setdefault(key, set())
            if row["cameo_root"]:
                roots[key].add(row["cameo_root"].zfill(2))
            texts[sentence] = row["sentence"]
            spans.setdefault(sentence, set()).update(
                (offset, offset + len(words)) for label, words, offset in entities
                if str(label).startswith(ACTOR_LABELS) and flag)
    return [
        AnnotatedSentence(
            number=sentence, text=texts[sentence],
            judgments=tuple(Judgment(relevance[key], frozenset(roots[key]))
                            for key in sorted(relevance) if key[0] == sentence),
            actor_spans=tuple(sorted(spans.get(sentence, ()))))
        for sentence in sorted(texts)
    ]


@dataclass(frozen=True, slots=True)
class Agreement:
    """Relevance agreements and root hits, with how many judgments each is over."""

    relevant_agree: int = 0
    relevant_n: int = 0
    root_hits: int = 0
    root_n: int = 0


def agreement(pairs: Sequence[tuple[Judgment, Sequence[Judgment]]]) -> Agreement:
    """Score judgments against the plurality of reference judgments."""
    agree = relevant_n = hits = root_n = 0
    for judgment, reference in pairs:
        majority = majority_relevant(reference)
        if majority is not None:
            relevant_n += 1
            agree += judgment.relevant == majority
        root = plurality_root(reference) if majority else None
        if root is not None:
            root_n += 1
            hits += root in judgment.roots
    return Agreement(agree, relevant_n, hits, root_n)


def human_ceiling(sentences: Sequence[AnnotatedSentence]) -> Agreement:
    """Each annotator against the plurality of the others (leave one out)."""
    return agreement([
        (judgment, sentence.judgments[:i] + sentence.judgments[i + 1:])
        for sentence in sentences for i, judgment in enumerate(sentence.judgments)
    ])


def evaluate_conflibert(folder: Path, coder: ArticleCoder, *, limit: int | None = None
                        ) -> Evaluation:
    """Relevance accuracy and root hit rate of Tacitus and of the annotators, span coverage."""
    sentences = read_conflibert(folder)[:limit]
    coded = list(coder.code_many(sentence_article(s.text, record_id=f"conflibert-{s.number}")
                                 for s in sentences))
    ours: list[tuple[Judgment, Sequence[Judgment]]] = []
    covered = spans = 0
    errors: list[ErrorEntry] = []
    for sentence, item in zip(sentences, coded, strict=True):
        events = [event for event in item.events if not event.negated]
        judgment = Judgment(bool(events), frozenset(event.cameo[:2] for event in events))
        ours.append((judgment, sentence.judgments))
        for start, end in sentence.actor_spans:
            spans += 1
            covered += any(m.start < end and start < m.end for m in item.mentions)
        expected = (majority_relevant(sentence.judgments), plurality_root(sentence.judgments))
        if (expected[0] is not None and expected[0] != judgment.relevant) or (
                expected[0] and expected[1] and expected[1] not in judgment.roots):
            errors.append(ErrorEntry(
                str(sentence.number), "relevance" if expected[0] != judgment.relevant else "root",
                sentence.text, expected=f"relevant={expected[0]} root={expected[1]}",
                found=f"relevant={judgment.relevant} roots={','.join(sorted(judgment.roots))}"))
    tacitus, humans = agreement(ours), human_ceiling(sentences)
    figures = (
        Figure("relevance_accuracy", "relevance = annotators' majority (Tacitus)",
               ratio(tacitus.relevant_agree, tacitus.relevant_n), tacitus.relevant_n),
        Figure("root_hit", "plurality CAMEO root among Tacitus's roots (relevant sentences)",
               ratio(tacitus.root_hits, tacitus.root_n), tacitus.root_n),
        Figure("human_relevance_accuracy", "an annotator vs the majority of the others",
               ratio(humans.relevant_agree, humans.relevant_n), humans.relevant_n),
        Figure("human_root_hit", "the others' plurality root among an annotator's roots",
               ratio(humans.root_hits, humans.root_n), humans.root_n),
        Figure("actor_span_coverage",
               "annotated source/target spans on which Tacitus resolves an actor",
               ratio(covered, spans), spans),
    )
    return Evaluation(format="conflibert", gold=str(folder), n=len(sentences), figures=figures,
                      errors=tuple(errors),
                      notes=("The spans carry no actor codes, so actor country accuracy cannot be "
                             "measured here; the coverage figure is the share of annotated "
                             "source/target spans Tacitus resolves to some actor.",))
