"""The quote and claim finders share one view of a Doc, and the quotations' speakers are worked
out once for both."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from tacitus.quotes import speakers
from tacitus.quotes.cue_lexicon import load_lexicon
from tacitus.quotes.finder import attribute_quotations
from tacitus.quotes.view import doc_view

TEXT = ("“We will not retreat,” the Pakistani foreign minister said on Monday. "
        "Pakistan promised to reopen the border.")


def test_one_view_serves_both_finders(nlp: Language, mentions_for: Any,
                                      article_for: Any) -> None:
    doc, article = nlp(TEXT), article_for(TEXT)
    mentions = tuple(mentions_for(doc, [("Pakistan", "PAK")]))
    view = doc_view(doc, mentions, article)
    assert doc_view(doc, mentions, article) is view
    # other mentions, another Doc or mentions that can change (a list) get their own view
    assert doc_view(doc, (), article) is not view
    assert doc_view(nlp(TEXT), mentions, article) is not view
    assert doc_view(doc, list(mentions), article) is not doc_view(doc, list(mentions), article)


def test_the_quotations_are_attributed_once_a_view(nlp: Language, mentions_for: Any,
                                                   article_for: Any) -> None:
    doc, article = nlp(TEXT), article_for(TEXT)
    view = doc_view(doc, tuple(mentions_for(doc, [("Pakistan", "PAK")])), article)
    first = attribute_quotations(view, load_lexicon())
    assert [item.cue.text for item in first if item.cue is not None] == ["said"]
    first.clear()  # a caller's copy: the remembered attributions stay whole
    again = attribute_quotations(view, load_lexicon())
    assert len(again) == 1 and view.memo["attributions"][1] == again


def test_a_cues_speaker_is_found_once_a_view(nlp: Language, mentions_for: Any,
                                             article_for: Any, monkeypatch: Any) -> None:
    doc, article = nlp(TEXT), article_for(TEXT)
    view = doc_view(doc, tuple(mentions_for(doc, [("Pakistan", "PAK")])), article)
    cue = next(token for token in doc if token.text == "said")
    asked: list[tuple[int, object]] = []
    reader = speakers._find_speaker

    def counted(view: Any, cue: Any, previous: Any) -> Any:
        asked.append((cue.i, previous))
        return reader(view, cue, previous)

    monkeypatch.setattr(speakers, "_find_speaker", counted)
    first = speakers.find_speaker(view, cue)
    assert first is not None and "minister" in first.text
    assert speakers.find_speaker(view, cue) == first
    assert asked == [(cue.i, None)]
    # the speaker of the quotation before is part of the question
    previous = mentions_for(doc, [("Pakistan", "PAK")])[0].actor
    assert speakers.find_speaker(view, cue, previous=previous) == reader(view, cue, previous)
    assert asked == [(cue.i, None), (cue.i, previous)]
    # another view (another Doc) asks anew
    other = nlp(TEXT)
    speakers.find_speaker(doc_view(other, (), article), other[cue.i])
    assert len(asked) == 3
