"""How well re-casing restores text set in capitals or in small letters: the same stories coded as
written and with their case taken away, compared (robustness to case, not accuracy).

Sets (none from the real-news dev or test split):

* ``capitals``: the 100 MUC-4 stories kept in mixed case (TST4), upper-cased (the stories of
  ``tacitus.evaluation.casing``);
* ``lowered-written``: the hand-written whole articles (``tests/quality/data/articles_gold.jsonl``),
  lower-cased;
* ``lowered-train``: the real-news train articles not already in capitals or small letters (no
  MUC-4, no Times of India), lower-cased.

Figures per set, the as-written run being the reference:

* names spelt as written: of the model's named entities in the as-written text (persons apart),
  the share the re-cased text spells letter for letter as written;
* capitals inside sentences: of the words the as-written text writes with a capital (not the first
  of a sentence), the share re-casing capitalises (recall), and of those re-casing capitalises,
  the share written so (precision);
* events: agreement (F1) of (source, target, CAMEO root) triples with the as-written run, and the
  triples each side has that the other lacks (``--list``);
* speakers: of the as-written run's quotes with a speaker, the share the other run finds at the
  same place with the same speaker code.

    PYTHONPATH=src .venv/bin/python scripts/casing_study.py [capitals lowered-written ...] [--list]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from tacitus.evaluation.casing import Triple, agreement, event_triples
from tacitus.evaluation.events_gold import read_tacitus_gold
from tacitus.evaluation.records import sentence_article
from tacitus.model import Article, CodedArticle
from tacitus.nlp.chunks import parse_bounded
from tacitus.nlp.surface import restore_surface
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MUC4 = SHARED / "news" / "corpora" / "muc4" / "muc4_docs.jsonl.gz"
WRITTEN = ROOT / "tests" / "quality" / "data" / "articles_gold.jsonl"
TRAIN = ROOT / "tests" / "quality" / "data" / "realnews" / "train.jsonl"
# the corpora of train articles already in capitals or in small letters (an id's middle part,
# in either train draw: rn-muc-004, rt-toi-011)
CASED_CORPORA = ("muc", "toi")
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC")
WORD = re.compile(r"[^\W\d_]+")
SENTENCE_END = re.compile(r"(?:^|[.!?:\n]['\"’”)]*)\s*['\"‘“(]*$")


@dataclass(frozen=True, slots=True)
class CaseSet:
    name: str
    articles: Callable[[], list[Article]]
    change: Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Run:
    coded: CodedArticle
    cased: str
    doc: Doc


def muc4_mixed() -> list[Article]:
    with gzip.open(MUC4, "rt", encoding="utf-8") as lines:
        docs = sorted((json.loads(line) for line in lines), key=lambda doc: doc["docid"])
    return [sentence_article(doc["text"], record_id=doc["docid"]) for doc in docs
            if doc.get("mixed_case")]


def gold_articles(path: Path, *, skip: tuple[str, ...] = ()) -> list[Article]:
    """The gold file's articles, but those of the corpora in ``skip``."""
    return [sentence_article(record.text, record_id=record.id, on_date=record.date)
            for record, _ in read_tacitus_gold(path) if _corpus(record.id) not in skip]


def _corpus(record_id: str) -> str:
    """``rn-muc-004`` → ``muc``; an id without a corpus part gives ``""``."""
    parts = record_id.split("-")
    return parts[1] if len(parts) == 3 else ""


SETS = (
    CaseSet("capitals", muc4_mixed, str.upper),
    CaseSet("lowered-written", lambda: gold_articles(WRITTEN), str.lower),
    CaseSet("lowered-train", lambda: gold_articles(TRAIN, skip=CASED_CORPORA), str.lower),
)


def code_runs(coder: ArticleCoder, articles: list[Article]) -> Iterator[Run]:
    texts = [coder.readable(article.text) for article in articles]
    docs = parse_bounded(coder.nlp, texts, batch_size=coder.batch_size)
    for article, cased, doc in zip(articles, texts, docs, strict=True):
        yield Run(restore_surface(coder.code_parsed(article, doc), cased), cased, doc)


def changed(article: Article, change: Callable[[str], str]) -> Article:
    text = change(article.text)
    assert len(text) == len(article.text)
    return sentence_article(text, record_id=article.origin, on_date=article.date)


def names_spelt(reference: Run, other: Run) -> dict[str, Counter[bool]]:
    spelt: dict[str, Counter[bool]] = {label: Counter() for label in NAME_LABELS}
    for entity in reference.doc.ents:
        if entity.label_ in spelt:
            start, end = entity.start_char, entity.end_char
            spelt[entity.label_][other.cased[start:end] == reference.cased[start:end]] += 1
    return spelt


def inner_capitals(reference: str, cased: str) -> Counter[str]:
    """Counts of words capitalised inside sentences: written so, re-cased so, both."""
    counts: Counter[str] = Counter()
    for word in WORD.finditer(reference):
        if SENTENCE_END.search(reference[:word.start()]) or len(word.group(0)) < 2:
            continue
        written = word.group(0)[0].isupper()
        recased = cased[word.start()].isupper()
        counts["written"] += written
        counts["recased"] += recased
        counts["both"] += written and recased
    return counts


def speakers(coded: CodedArticle) -> dict[tuple[int, int], str]:
    return {(quote.start, quote.end): quote.speaker.code for quote in coded.quotes
            if quote.speaker is not None}


def share(part: int, whole: int) -> str:
    return f"{part / whole:.3f} (n {whole})" if whole else "- (n 0)"


def study(coder: ArticleCoder, case_set: CaseSet, *, listing: bool) -> None:
    articles = case_set.articles()
    reference = list(code_runs(coder, articles))
    other = list(code_runs(coder, [changed(article, case_set.change) for article in articles]))
    spelt: dict[str, Counter[bool]] = {label: Counter() for label in NAME_LABELS}
    capitals: Counter[str] = Counter()
    said = agreed = 0
    ref_triples: list[Counter[Triple]] = []
    other_triples: list[Counter[Triple]] = []
    for article, ref, oth in zip(articles, reference, other, strict=True):
        for label, counts in names_spelt(ref, oth).items():
            spelt[label].update(counts)
        capitals.update(inner_capitals(ref.cased, oth.cased))
        ref_speakers, other_speakers = speakers(ref.coded), speakers(oth.coded)
        said += len(ref_speakers)
        agreed += sum(other_speakers.get(span) == code for span, code in ref_speakers.items())
        ref_triples.append(event_triples(ref.coded))
        other_triples.append(event_triples(oth.coded))
        if listing:
            lost, gained = ref_triples[-1] - other_triples[-1], other_triples[-1] - ref_triples[-1]
            if lost or gained:
                print(f"  {article.origin}: lost {sorted(lost.elements())} "
                      f"gained {sorted(gained.elements())}")
    print(f"{case_set.name}: {len(articles)} articles")
    print("  names spelt as written: " + ", ".join(
        f"{label} {share(counts[True], counts[True] + counts[False])}"
        for label, counts in spelt.items()))
    print(f"  capitals inside sentences: recall {share(capitals['both'], capitals['written'])}"
          f" precision {share(capitals['both'], capitals['recased'])}")
    events = sum(sum(counts.values()) for counts in ref_triples)
    found = sum(sum(counts.values()) for counts in other_triples)
    shared = sum(sum((a & b).values()) for a, b in zip(ref_triples, other_triples, strict=True))
    print(f"  events: agreement {agreement(ref_triples, other_triples):.3f} (as written {events},"
          f" changed {found}, shared {shared})")
    print(f"  speakers: same speaker at the same quote {share(agreed, said)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="the sets to study (default: all): "
                        + ", ".join(s.name for s in SETS))
    parser.add_argument("--list", action="store_true", help="each story's lost and new triples")
    args = parser.parse_args()
    coder = make_article_coder(Settings(offline=True, english_only=False))
    for case_set in SETS:
        if not args.sets or case_set.name in args.sets:
            study(coder, case_set, listing=args.list)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
