"""PLV relation classification: the source and target are marked, the label is a PLOVER root.

Pair-given mode passes the marked spans to ``ArticleCoder.code_pair``; end-to-end mode codes the
sentence and looks for an event whose source and target actors are named inside the marked spans.
PLOVER's CONCEDE and RETREAT are PLV's YIELD.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from tacitus.errors import GoldFormatError
from tacitus.evaluation.metrics import NO_ANSWER, Classification, classify, ratio
from tacitus.evaluation.records import ErrorEntry, Evaluation, Figure, sentence_article
from tacitus.model import ActorMention, CodedArticle, Event

if TYPE_CHECKING:
    from tacitus.pipeline import ArticleCoder

PLV_CLASSES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
PLOVER_TO_PLV = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
PLV_COLUMNS = ("sentence_id", "sentence", "marked_sentence", "gold_root")
MARK = re.compile(r"</?[st]>")

Span = tuple[int, int]


class PlvMode(StrEnum):
    pair = "pair"
    end_to_end = "end-to-end"


@dataclass(frozen=True, slots=True)
class PlvRecord:
    """One PLV pair: the sentence, the marked spans (character offsets) and the gold class."""

    id: str
    sentence: str
    source: Span | None
    target: Span | None
    label: str


def plv_label(plover: str) -> str:
    """A PLOVER event type as a PLV class (``NO_ANSWER`` for none)."""
    if not plover:
        return NO_ANSWER
    return PLOVER_TO_PLV.get(plover.upper(), plover.upper())


def marked_spans(marked: str) -> tuple[str, Span | None, Span | None]:
    """The plain sentence and the first ``<s>…</s>`` and ``<t>…</t>`` spans in it."""
    plain: list[str] = []
    opened: dict[str, int] = {}
    spans: dict[str, Span] = {}
    position = cursor = 0
    for tag in MARK.finditer(marked):
        plain.append(marked[cursor:tag.start()])
        position += tag.start() - cursor
        cursor = tag.end()
        name = tag.group().strip("</>")
        if tag.group().startswith("</"):
            if name in opened and name not in spans:
                spans[name] = (opened[name], position)
        else:
            opened.setdefault(name, position)
    plain.append(marked[cursor:])
    return "".join(plain), spans.get("s"), spans.get("t")


def read_plv(path: Path) -> Iterator[PlvRecord]:
    """Read the PLV TSV; raise ``GoldFormatError`` on a missing column or a bad label."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = set(PLV_COLUMNS) - set(rows.fieldnames or ())
        if missing:
            raise GoldFormatError(f"{path}: missing PLV columns {sorted(missing)}")
        for number, row in enumerate(rows, start=2):
            label = row["gold_root"].strip().upper()
            if label not in PLV_CLASSES:
                raise GoldFormatError(f"{path}:{number}: unknown PLV class {label!r}")
            plain, source, target = marked_spans(row["marked_sentence"])
            if plain != row["sentence"]:
                raise GoldFormatError(f"{path}:{number}: the marked sentence is not the sentence")
            if source is None and target is None:
                raise GoldFormatError(f"{path}:{number}: neither a source nor a target is marked")
            yield PlvRecord(row["sentence_id"], row["sentence"], source, target, label)


def _overlaps(mention: ActorMention, span: Span | None) -> bool:
    return span is not None and mention.start < span[1] and span[0] < mention.end


def pair_event_between(coded: CodedArticle, record: PlvRecord) -> Event | None:
    """The most confident PLOVER-typed event whose actors are named in the marked spans."""
    sources = {m.actor.code for m in coded.mentions if _overlaps(m, record.source)}
    targets = {m.actor.code for m in coded.mentions if _overlaps(m, record.target)}
    linked = [
        event for event in coded.events
        if not event.negated and event.source.code in sources
        and (record.target is None or (event.target is not None and event.target.code in targets))
    ]
    return max(linked, key=lambda event: (bool(event.plover), event.confidence), default=None)


def predict_pairs(coder: ArticleCoder, records: Sequence[PlvRecord]) -> list[tuple[str, str]]:
    """(predicted class, how it was found) for each record, pair given."""
    predictions: list[tuple[str, str]] = []
    for record in records:
        article = sentence_article(record.sentence, record_id=record.id)
        found = coder.code_pair(article, source=record.source, target=record.target)
        if found is None:
            predictions.append((NO_ANSWER, "no event"))
        else:
            how = f"{found.cameo} {found.trigger!r} {found.how}"
            predictions.append((plv_label(found.plover), how))
    return predictions


def predict_end_to_end(coder: ArticleCoder, records: Sequence[PlvRecord]
                       ) -> list[tuple[str, str]]:
    """(predicted class, the event found) for each record, coding the sentence unaided."""
    articles = [sentence_article(record.sentence, record_id=record.id) for record in records]
    predictions: list[tuple[str, str]] = []
    for record, coded in zip(records, coder.code_many(articles), strict=True):
        event = pair_event_between(coded, record)
        predictions.append((NO_ANSWER, "no event between the pair") if event is None else
                           (plv_label(event.plover), f"{event.cameo} {event.trigger!r}"))
    return predictions


def classification_figures(scores: Classification, prefix: str, what: str) -> list[Figure]:
    """Accuracy and macro-F1 of a classification, as figures."""
    return [Figure(f"{prefix}_accuracy", f"{what}: accuracy", scores.accuracy, scores.n),
            Figure(f"{prefix}_macro_f1", f"{what}: macro-F1 over the 15 classes",
                   scores.macro_f1, scores.n)]


def evaluate_plv(path: Path, coder: ArticleCoder, *, mode: PlvMode = PlvMode.pair,
                 limit: int | None = None) -> Evaluation:
    """Accuracy, macro-F1, per-class F1 and the confusion matrix in the chosen mode."""
    records = list(read_plv(path))[:limit]
    if mode is PlvMode.pair:
        predictions = predict_pairs(coder, records)
    else:
        predictions = predict_end_to_end(coder, records)
    scores = classify(PLV_CLASSES, ((r.label, p) for r, (p, _) in zip(records, predictions,
                                                                       strict=True)))
    prefix = "pair" if mode is PlvMode.pair else "e2e"
    figures = classification_figures(scores, prefix, f"PLV {mode.value}")
    if mode is PlvMode.end_to_end:
        found = [(r.label, p) for r, (p, _) in zip(records, predictions, strict=True)
                 if p != NO_ANSWER]
        figures += [
            Figure("e2e_found_share", "PLV end-to-end: share of pairs with an event found",
                   ratio(len(found), len(records)), len(records)),
            Figure("e2e_accuracy_on_found", "PLV end-to-end: accuracy on the pairs found",
                   ratio(sum(1 for gold, guess in found if gold == guess), len(found)),
                   len(found)),
        ]
    errors = tuple(
        ErrorEntry(r.id, "wrong class" if guess != NO_ANSWER else "no event",
                   _marked(r), expected=r.label, found=f"{guess} ({how})")
        for r, (guess, how) in zip(records, predictions, strict=True) if guess != r.label)
    f1 = scores.per_class_f1
    details = {"per_class": {label: {"F1": round(f1[label], 4), "support": sum(
                   1 for r in records if r.label == label)} for label in PLV_CLASSES},
               "confusion (rows gold, columns predicted)": scores.confusion}
    return Evaluation(format="plv", gold=str(path), n=len(records), figures=tuple(figures),
                      details=details, errors=errors, notes=(f"mode: {mode.value}",))


def _marked(record: PlvRecord) -> str:
    text = record.sentence
    marks = sorted([(span, tag) for span, tag in ((record.source, "s"), (record.target, "t"))
                    if span is not None], reverse=True)
    for (start, end), tag in marks:
        text = f"{text[:start]}<{tag}>{text[start:end]}</{tag}>{text[end:]}"
    return text
