"""Organisations the knowledge base does not know, in whole texts as the pipeline reads them (a
text in small letters is re-cased first): a person named after a title's "of" phrase is no
organisation. Sentences written for this test."""

from __future__ import annotations

import pytest

from tacitus.model import Article
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.settings import Settings


@pytest.fixture(scope="module")
def coder() -> ArticleCoder:
    return make_article_coder(Settings(offline=True))


def mentions(coder: ArticleCoder, text: str) -> dict[str, str]:
    article = Article(id="art_bodies", title="", text=text, content_hash="x", origin="test")
    return {mention.text: mention.how for mention in coder.code(article).mentions}


def test_a_person_after_a_title_s_body_is_no_organisation(coder: ArticleCoder) -> None:
    found = mentions(coder, "surat: the festival will pass off peacefully, said joint "
                            "commissioner of police ravi menon on monday, adding that extra "
                            "patrols would guard the old city of gujarat.")
    assert "police" in found
    assert not any(how in {"name", "placed"} for how in found.values())
