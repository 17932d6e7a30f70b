"""Where the time goes: CPU seconds of parsing and of each stage after it, on N real articles.

    .venv/bin/python benchmarks/bench_stages.py [--articles 1000] [--lee] [--warm]

The articles are real-length ones built from the shared corpora (``scale_corpus.long_records``:
AG News, Lee ABC and MUC-4 texts joined to about 600 words), parsed in batches with the loaded
model; then every stage of ``ArticleCoder.code_parsed`` runs on each Doc in the pipeline's order
(the trained stages where ``code_parsed`` runs them: the event decision, else ``sift_events``,
the speaker choice, the topic judge and the claim decision), timed on its own (CPU time of this
process, so other processes on the machine count little). ``--lee`` times the short Lee ABC
items that ``bench_whole_process.py`` and ``bench_coding_speed.py`` code instead; ``--warm``
codes them once untimed first, as ``bench_coding_speed.py`` does (its lazily loaded tables and
caches warmed). Prints a table of seconds and shares, parsing included, then the same texts
parsed as ``bench_coding_speed.py``'s raw side parses them (``nlp.pipe`` with the caller's batch
size, no minibatch bound of characters): what the pipeline's parse costs beyond that is the price
of ``parse_bounded``'s minibatches.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from scale_corpus import lee_texts, long_records

from tacitus.ids import content_hash, stable_id
from tacitus.model import Article, CodedArticle
from tacitus.nlp.chunks import parse_bounded
from tacitus.nlp.surface import restore_surface
from tacitus.pipeline import make_article_coder
from tacitus.settings import Settings

T = TypeVar("T")


def article(number: int, text: str) -> Article:
    return Article(id=stable_id("art_", content_hash(text)), title="", text=text,
                   content_hash=content_hash(text), origin=f"bench:{number}",
                   date=date(2004, 8, 16))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--lee", action="store_true",
                        help="the Lee ABC items of bench_whole_process.py instead of long articles")
    parser.add_argument("--warm", action="store_true",
                        help="code the articles once untimed first, as bench_coding_speed.py "
                             "does (the lazily loaded tables and the caches warmed)")
    options = parser.parse_args()

    coder = make_article_coder(Settings())
    texts = (lee_texts(options.articles) if options.lee
             else [record["text"] for record in long_records(options.articles)])
    articles = [article(number, text) for number, text in enumerate(texts)]
    words = sum(len(item.text.split()) for item in articles)
    if options.warm:
        for _ in coder.code_many(articles):
            pass
    seconds: dict[str, float] = defaultdict(float)

    def timed(stage: str, run: Callable[..., T], *args: Any) -> T:
        started = time.process_time()
        result = run(*args)
        seconds[stage] += time.process_time() - started
        return result

    texts = timed("re-case", lambda: [coder.readable(item.text) for item in articles])
    # parsed as the pipeline parses (``parse_bounded``: long tokens broken, long texts in pieces)
    docs = timed("parse (spaCy)", lambda: list(parse_bounded(coder.nlp, texts,
                                                               batch_size=coder.batch_size)))
    for item, cased, doc in zip(articles, texts, docs, strict=True):
        mentions = timed("resolve_actors", coder.resolve_actors, doc, item.date)
        events = timed("code_events", coder.code_events, doc, mentions, item)
        if coder.resolve_references is not None:
            events = timed("resolve_references", coder.resolve_references, doc, events)
        coded_events = events
        # found before the decision, as ``code_parsed`` finds them: their speakers' stances
        quotes = timed("find_quotes", coder.find_quotes, doc, mentions, item)
        # and the claims, each read as an act too
        public = coder.judge_topic is None or timed("judge_topic", coder.judge_topic, doc,
                                                    mentions, coded_events)
        claims = timed("find_claims", coder.find_claims, doc, mentions, item) if public else ()
        # the stage ``code_parsed`` runs: the trained decision stage unless it is switched off
        if coder.decide_events is not None:
            events = timed("decide_events", coder.decide_events, doc, mentions, events, item,
                           quotes, claims)
        else:
            events = timed("sift_events", coder.sift_events, doc, events, item)
        events = timed("locate_events", coder.locate_events, doc, mentions, events)
        if coder.choose_speakers is not None and quotes:
            quotes = timed("choose_speakers", coder.choose_speakers, doc, mentions, item, quotes)
        if coder.decide_claims is not None and claims:
            claims = timed("decide_claims", coder.decide_claims, doc, mentions, coded_events,
                           item, claims)
        coded = CodedArticle(article=item, mentions=mentions, events=events, quotes=quotes,
                             claims=claims)
        timed("restore_surface", restore_surface, coded, cased)
    total = sum(seconds.values())
    after = total - seconds["parse (spaCy)"]
    print(f"articles {len(articles)}, words {words}")
    print("| stage | CPU s | share of all | share after parsing |")
    print("|---|---|---|---|")
    for stage, value in sorted(seconds.items(), key=lambda item: -item[1]):
        after_share = "" if stage == "parse (spaCy)" else f"{value / after:.0%}"
        print(f"| {stage} | {value:.1f} | {value / total:.0%} | {after_share} |")
    print(f"| all | {total:.1f} | 100% | after parsing {after / total:.0%} of the total |")
    print(f"pipeline words per CPU second {words / total:.0f}; parsing alone "
          f"{words / seconds['parse (spaCy)']:.0f}")
    started = time.process_time()
    for _ in coder.nlp.pipe(texts, batch_size=coder.batch_size):
        pass
    raw = time.process_time() - started
    print(f"the raw side's parse (nlp.pipe, batch {coder.batch_size}): {raw:.2f} CPU s; "
          f"the pipeline's parse costs {seconds['parse (spaCy)'] - raw:+.2f} s more, "
          f"after parsing {after:.2f} s")


if __name__ == "__main__":
    main()
