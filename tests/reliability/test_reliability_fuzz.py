"""Fuzzing: any bytes or text give an article or a typed error; coding never fails and its
offsets always point at its evidence."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tacitus.errors import IngestError
from tacitus.ingest import article_from_bytes, article_from_html
from tacitus.model import Article
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.settings import Settings

SETTINGS = Settings()
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

WORDS = st.sampled_from([
    "Russia", "Ukraine", "the Taliban", "NATO", "said", "attacked", "met", "with", "not",
    "will", "sanctions", "“", "”", '"', "'", ",", ".", "\n", "he", "it", "Blinken", "Qureshi",
    "Washington", "al-Qaeda", "demanded", "promised", "denied", "on Friday", "in 2019", "and",
    "<", ">", "&", "DROP TABLE", "\u200b", "é", "中国", "🙂", "\t",
])
NEWSLIKE = st.lists(WORDS, min_size=0, max_size=80).map(" ".join)
TAGS = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<article>",
                        "<h1>", "</h1>", "<!--", "-->", "<br>", "<title>", "</title>",
                        "<a href='x'>"])
HTMLISH = st.lists(st.one_of(TAGS, WORDS, st.text(max_size=20)), max_size=120).map("".join)


@pytest.fixture(scope="module")
def coder() -> ArticleCoder:
    return make_article_coder(SETTINGS)


@FUZZ
@given(data=st.binary(max_size=4096))
def test_any_bytes_give_an_article_or_a_typed_error(data: bytes) -> None:
    try:
        article = article_from_bytes(data, origin="fuzz", settings=SETTINGS)
    except IngestError as error:
        assert error.reason and error.message
    else:
        assert isinstance(article, Article) and article.text.strip()


@FUZZ
@given(page=HTMLISH)
# a <title> holding tags, closed or not, once gave its markup as the article's text
@example(page="<p><title><p><p><p><p><p><p><p><script>the Taliban")
@example(page="<p><title><p><p><p><p><p><p><p><p><p><p><p><p><p><p><script></title>")
def test_any_html_gives_an_article_or_a_typed_error(page: str) -> None:
    try:
        article = article_from_html(page, origin="fuzz", settings=SETTINGS)
    except IngestError as error:
        assert error.reason
    else:
        assert "<script>" not in article.text


@FUZZ
@given(text=NEWSLIKE)
def test_coding_any_text_keeps_its_evidence_straight(coder: ArticleCoder, text: str) -> None:
    article = Article(id="art_fuzz", title="", text=text, content_hash="h", origin="fuzz")
    coded = coder.code(article)
    for event in coded.events:
        assert text[event.evidence.start:event.evidence.end] == event.evidence.sentence
        assert text[event.trigger_start:event.trigger_end] == event.trigger
    for quote in coded.quotes:
        assert text[quote.start:quote.end] == quote.text
    for claim in coded.claims:
        assert text[claim.start:claim.end] == claim.text
    for mention in coded.mentions:
        assert text[mention.start:mention.end] == mention.text
