"""The model parses at most the caller's batch of texts and MINIBATCH_CHARS characters together,
and the parses are those of larger minibatches."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tacitus.nlp import chunks
from tacitus.nlp.chunks import minibatches, parse_bounded

TEXTS = [f"The minister met envoy number {number} in Geneva on Tuesday." for number in range(40)]


def test_short_texts_are_parsed_a_whole_batch_at_a_time(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    real_pipe = nlp.pipe

    def pipe(texts: Any, *, batch_size: int) -> Any:
        asked.append(batch_size)
        return real_pipe(texts, batch_size=batch_size)

    monkeypatch.setattr(nlp, "pipe", pipe)
    docs = list(parse_bounded(nlp, TEXTS, batch_size=32))
    assert [doc.text for doc in docs] == TEXTS
    # 40 short texts are far from the characters' cap: the batch of 32 bounds them
    assert asked == [32, 8]


def test_the_parses_do_not_depend_on_the_minibatch(nlp: Language) -> None:
    capped = list(parse_bounded(nlp, TEXTS, batch_size=32))
    whole = list(nlp.pipe(TEXTS, batch_size=40))
    assert [[(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc] for doc in capped] == [
        [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc] for doc in whole]


@pytest.mark.parametrize(
    ("lengths", "most", "expected"),
    [([10, 10, 10], 2, [[10, 10], [10]]),        # by texts
     ([40, 40, 40], 16, [[40], [40], [40]]),      # by characters: two would be 80 > 50
     ([20, 20, 20, 5], 16, [[20, 20], [20, 5]]),
     ([70, 10], 16, [[70], [10]])],               # a longer text alone, never split or dropped
)
def test_minibatches_are_capped_by_characters_too(
        lengths: list[int], most: int, expected: list[list[int]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chunks, "MINIBATCH_CHARS", 50)
    texts = ["x" * length for length in lengths]
    assert [[len(text) for text in run] for run in minibatches(texts, most=most)] == expected


def test_long_texts_are_parsed_in_smaller_minibatches(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    real_pipe = nlp.pipe

    def pipe(texts: Any, *, batch_size: int) -> Any:
        asked.append(len(texts))
        return real_pipe(texts, batch_size=batch_size)

    monkeypatch.setattr(nlp, "pipe", pipe)
    monkeypatch.setattr(chunks, "MINIBATCH_CHARS", 4 * len(TEXTS[0]))
    docs = list(parse_bounded(nlp, TEXTS, batch_size=32))
    assert [doc.text for doc in docs] == TEXTS
    assert max(asked) <= 4 and sum(asked) == len(TEXTS)
