"""ConfliBERT CAMEO annotation rounds: relevance and CAMEO root against the annotators' plurality,
beside the annotators' own agreement with each other (the human ceiling).

The final rounds are used (round 7 for sentences 1–100, rounds 8–10 pooled for 101–200). An
annotator's judgment is relevance plus the set of CAMEO roots they gave. The plurality root is
the root most annotators gave (a tie goes to a root other than 01, which annotators add beside the
main event as the report's "said", then to the smaller code). The human ceiling scores each
annotator against the plurality of the *other* annotators, exactly as Tacitus is scored against
the plurality of all.

The annotators marked source and target spans as text only, with no actor codes. The country of each
span was annotated for Tacitus by hand (``conflibert_span_countries.tsv``, keys and labels only; the
rules are in its header), so that ``actor_country_accuracy`` can be measured beside
``actor_span_coverage`` over the same spans.
"""

from __future__ import annotations

import ast
import csv
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.datatables import parse_table, read_packaged_table
from tacitus.errors import GoldFormatError
from tacitus.evaluation.actor_match import same_country
from tacitus.evaluation.metrics import ratio
from tacitus.evaluation.records import ErrorEntry, Evaluation, Figure, sentence_article
from tacitus.model import Actor, ActorMention

if TYPE_CHECKING:
    from tacitus.pipeline import ArticleCoder

ANNOTATIONS_FILE = "derived_annotations_long.csv"
COLUMNS = ("round", "sentence_no", "annotator", "relevant", "cameo_root", "entities", "sentence")
FIRST_POOLED_SENTENCE = 101
FINAL_ROUND_FIRST_HUNDRED = 7
FINAL_ROUNDS_SECOND_HUNDRED = frozenset({8, 9, 10})
STATEMENT_ROOT = "01"
ACTOR_LABELS = ("Source", "Target")
SPAN_COUNTRIES_TABLE = "conflibert_span_countries.tsv"
SPAN_COUNTRY_COLUMNS = ("sentence_no", "char_offset", "span_length", "country")
NO_COUNTRY = "-"
# A span is named by its sentence number and its character start and end (end exclusive).
SpanKey = tuple[int, int, int]


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


def known_label_codes() -> frozenset[str]:
    """The codes a span may be labelled with: Tacitus's country codes and organisation codes."""
    kb = load_knowledge_base()
    return frozenset(kb.countries) | frozenset(org.code for org in kb.organisations)


def span_countries(text: str | None = None, known: Collection[str] | None = None
                   ) -> dict[SpanKey, str]:
    """The hand-annotated country of each span (the packaged table unless ``text`` is given).

    Every label must be ``-`` or a known code (``known``, by default Tacitus's country and
    organisation codes); offsets must be whole numbers, lengths positive, no span labelled twice.
    """
    rows = (read_packaged_table("tacitus.evaluation", SPAN_COUNTRIES_TABLE, SPAN_COUNTRY_COLUMNS)
            if text is None else parse_table(text, SPAN_COUNTRY_COLUMNS, name=SPAN_COUNTRIES_TABLE))
    codes = known_label_codes() if known is None else known
    labels: dict[SpanKey, str] = {}
    for row in rows:
        try:
            sentence, start, length = (int(row[column]) for column in SPAN_COUNTRY_COLUMNS[:3])
        except ValueError as error:
            raise row.fail(f"sentence_no, char_offset and span_length must be numbers: {error}"
                           ) from error
        if sentence < 1 or start < 0 or length < 1:
            raise row.fail("sentence_no and span_length must be positive, char_offset not negative")
        label = row["country"]
        if label != NO_COUNTRY and label not in codes:
            raise row.fail(f"unknown country or organisation code {label!r}")
        key = (sentence, start, start + length)
        if key in labels:
            raise row.fail(f"span {sentence}:{start}+{length} is labelled twice")
        labels[key] = label
    return labels


@dataclass(frozen=True, slots=True)
class SpanCountry:
    """How Tacitus did on one labelled span: ``found`` are the codes of the actors it resolves
    overlapping the span; ``outcome`` is ``hit``, ``no actor``, ``no country`` (only actors with
    neither a country nor an organisation, such as a bare ``CVL`` or ``GOV``) or
    ``wrong country``."""

    sentence: int
    start: int
    end: int
    expected: str
    found: tuple[str, ...]
    outcome: str

    @property
    def hit(self) -> bool:
        return self.outcome == "hit"


def overlapping(mentions: Sequence[ActorMention], start: int, end: int) -> list[ActorMention]:
    """The mentions that share at least one character with ``[start, end)``."""
    return [mention for mention in mentions if mention.start < end and start < mention.end]


def is_affiliated(actor: Actor) -> bool:
    """Whether an actor names a country or an organisation (not a bare sector such as ``CVL``):
    its country, an organisation unit, or a code led by a country (``FRAMED``)."""
    kb = load_knowledge_base()
    return (actor.country is not None or kb.organisation_units.unit_of(actor.code) is not None
            or actor.code[:3] in kb.countries)


def check_span_country(key: SpanKey, expected: str, mentions: Sequence[ActorMention]
                       ) -> SpanCountry:
    """A hit when an actor Tacitus resolves overlapping the span has the labelled country (for an
    organisation label: the organisation, by its unit, so UNOPKO counts for UNO)."""
    sentence, start, end = key
    found = overlapping(mentions, start, end)
    if not found:
        outcome = "no actor"
    elif any(same_country(mention.actor, expected) for mention in found):
        outcome = "hit"
    elif not any(is_affiliated(mention.actor) for mention in found):
        outcome = "no country"
    else:
        outcome = "wrong country"
    return SpanCountry(sentence, start, end, expected,
                       tuple(mention.actor.code for mention in found), outcome)


def span_country_error(check: SpanCountry, text: str, mentions: Sequence[ActorMention]
                       ) -> ErrorEntry:
    """A readable error for a missed span; ``found`` also lists the sentence's other actors, so a
    span-boundary miss (the right actor just outside the span) can be told from a wrong country."""
    inside = ", ".join(f"{m.actor.code} {text[m.start:m.end]!r}"
                       for m in overlapping(mentions, check.start, check.end))
    elsewhere = ", ".join(f"{m.actor.code} {text[m.start:m.end]!r}@{m.start}" for m in mentions
                          if not (m.start < check.end and check.start < m.end))
    return ErrorEntry(
        f"{check.sentence}:{check.start}-{check.end}", f"actor country: {check.outcome}", text,
        expected=f"{check.expected} for {text[check.start:check.end]!r}",
        found=f"in span: {inside or 'none'}; elsewhere: {elsewhere or 'none'}")


@dataclass(frozen=True, slots=True)
class SpanCountryScore:
    """The labelled spans checked (``-`` spans left out), the misses as errors, and how far the
    labels and the annotation file disagree: spans without a label, labels naming no span."""

    checks: tuple[SpanCountry, ...]
    errors: tuple[ErrorEntry, ...]
    unlabelled: int
    stray: int

    @property
    def hits(self) -> int:
        return sum(check.hit for check in self.checks)


def score_span_countries(sentences: Sequence[AnnotatedSentence],
                         mentions: Sequence[Sequence[ActorMention]],
                         labels: Mapping[SpanKey, str]) -> SpanCountryScore:
    """Check every labelled span of ``sentences`` against the mentions found in each sentence."""
    checks: list[SpanCountry] = []
    errors: list[ErrorEntry] = []
    unlabelled = 0
    for sentence, found in zip(sentences, mentions, strict=True):
        for start, end in sentence.actor_spans:
            key = (sentence.number, start, end)
            label = labels.get(key)
            if label is None:
                unlabelled += 1
            elif label != NO_COUNTRY:
                check = check_span_country(key, label, found)
                checks.append(check)
                if not check.hit:
                    errors.append(span_country_error(check, sentence.text, found))
    read = {(s.number, start, end) for s in sentences for start, end in s.actor_spans}
    numbers = {s.number for s in sentences}
    stray = sum(1 for key in labels if key[0] in numbers and key not in read)
    return SpanCountryScore(tuple(checks), tuple(errors), unlabelled, stray)


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
    """Relevance accuracy and root hit rate of Tacitus and of the annotators, span coverage and
    the country accuracy on the hand-labelled spans."""
    sentences = read_conflibert(folder)[:limit]
    countries = span_countries()
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
            covered += bool(overlapping(item.mentions, start, end))
        expected = (majority_relevant(sentence.judgments), plurality_root(sentence.judgments))
        if (expected[0] is not None and expected[0] != judgment.relevant) or (
                expected[0] and expected[1] and expected[1] not in judgment.roots):
            errors.append(ErrorEntry(
                str(sentence.number), "relevance" if expected[0] != judgment.relevant else "root",
                sentence.text, expected=f"relevant={expected[0]} root={expected[1]}",
                found=f"relevant={judgment.relevant} roots={','.join(sorted(judgment.roots))}"))
    tacitus, humans = agreement(ours), human_ceiling(sentences)
    score = score_span_countries(sentences, [item.mentions for item in coded], countries)
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
        Figure("actor_country_accuracy",
               "hand-labelled spans on which an actor Tacitus resolves has the span's country",
               ratio(score.hits, len(score.checks)), len(score.checks)),
    )
    notes = ["The annotators' spans carry no actor codes; their countries were labelled by hand "
             f"for Tacitus ({SPAN_COUNTRIES_TABLE}). actor_country_accuracy is over the spans "
             "labelled with a country or organisation (not '-'): a hit when an actor Tacitus "
             "resolves overlapping the span has that country, or that organisation for an "
             "organisation label."]
    if score.unlabelled or score.stray:
        notes.append(f"{score.unlabelled} annotated spans have no label and {score.stray} labels "
                     "name no annotated span: the labels table does not match this file.")
    return Evaluation(format="conflibert", gold=str(folder), n=len(sentences), figures=figures,
                      errors=(*errors, *score.errors), notes=tuple(notes))
