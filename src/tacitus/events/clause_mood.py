"""What the decision stage reads of the mood of a trigger's clause and of the clauses above it.

A trigger reports an act only when its clause, and every clause it hangs from, tells it as done:
"the talks will take place", "wants the minister to quit", "did not say that troops attacked",
"is unlikely to send back the army" and "did they meet?" report none. The trigger's own
auxiliaries are read where its features are (``tacitus.events.decision_features``); this reads
what they miss (``mood_features``):

1. the clause the trigger stands in (``mood=…``): for a noun or an adjective, the clause of
   the verb that governs it ("a meeting … will take place"): modal, future, negated, a
   to-infinitive, or with no finite verb;
2. the clauses above it, up to the sentence's root (``mood_above=…``): a modal, a future or a
   negation on any verb the trigger's clause hangs from ("did not say that …", "will ask them
   to …");
3. the first word of ``irrealis_governors.tsv`` on that path (``mood_governor=…``, its mood: an act
   wanted, planned, expected, attempted, failed or asked for), also crossed with the trigger's
   CAMEO root in ``decision_features`` (an appeal or a promise is itself the act such a word
   governs);
4. a to-infinitive of purpose, the trigger's clause or one above it ("sent planes to help deploy
   troops"): ``purpose``;
5. the sentence: a question (it ends in "?" or the clause is opened by a word of
   ``question_openers.tsv``), no finite verb at all (a heading, a caption), written in capitals,
   or repeated word for word elsewhere in the article (a headline restated).

Measured and left out (round fourteen, ``train_decision.py --check``, against train out of fold
0.425 (mean of five repeats) and dev F1 0.379 with these features): a noun trigger's determiner
("the attack", "an attack") and its governing verb's tag (0.423, dev 0.366); governors of
belief and doubt ("believe", "suspect", "unclear") as a seventh mood (0.424, dev 0.379); one
pooled sign that any of these moods holds (0.423, dev 0.385).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from tacitus.events.clauses import is_future, is_hypothetical, is_infinitive, is_negated
from tacitus.nlp.doc_memo import DocMemo, sentence_of, text_of
from tacitus.nlp.token_arrays import TokenArrays, arrays_of, tokens_text
from tacitus.wordlists import word_map, word_set

IRREALIS_GOVERNORS = word_map("irrealis_governors")
QUESTION_OPENERS = word_set("question_openers")
VERB_POS = frozenset({"VERB", "AUX"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# how many heads above the trigger are read: a trigger deeper than this in its sentence is far
# from what governs it
MAX_LEVELS = 6
# a sentence of fewer letters than this is too short to call written in capitals
CAPITAL_LETTERS = 8
SPACES = re.compile(r"\s+")


def mood_features(head: Token) -> list[str]:
    """The mood features of the trigger headed by ``head`` (module docstring)."""
    # read by index in the Doc's arrays: a trigger's clause and the heads above it are a few
    # tokens read for every trigger, and a ``Token`` made at each step costs more than the test
    doc = head.doc
    arrays = arrays_of(doc)
    verb = _clause_verb(arrays, head.i)
    features = [f"mood={mood}" for mood in _MOODS.get(doc, verb)] if verb is not None else []
    if verb is None or verb != head.i:
        features.append(f"mood_verb={'none' if verb is None else 'other'}")
    start = verb if verb is not None else head.i
    above: set[str] = set()
    governor = _governor_mood(arrays, head.i) if arrays.pos[head.i] not in VERB_POS else None
    ancestors = _ancestors(arrays, start)
    for token in ancestors:
        if arrays.pos[token] in VERB_POS:
            above.update(mood for mood in _MOODS.get(doc, token) if mood != "nonfinite")
        if governor is None:
            governor = _governor_mood(arrays, token)
    features += [f"mood_above={mood}" for mood in sorted(above)]
    if governor is not None:
        features.append(f"mood_governor={governor}")
    if any(arrays.deps[token] == "advcl" and is_infinitive(arrays, token)
           for token in [start, *ancestors]):
        features.append("purpose")
    features += _sentence_features(sentence_of(head), arrays, [start, *ancestors])
    return features


def _clause_verb(arrays: TokenArrays, head: int) -> int | None:
    """The index of the verb of the clause token ``head`` stands in (itself when it is one), or
    ``None``."""
    current = head
    for _ in range(MAX_LEVELS):
        if arrays.pos[current] in VERB_POS:
            return current
        if arrays.heads[current] == current:
            return None
        current = arrays.heads[current]
    return None


def _ancestors(arrays: TokenArrays, token: int) -> list[int]:
    """The indices of token ``token``'s first ``MAX_LEVELS`` ancestors (``Token.ancestors``)."""
    heads = arrays.heads
    found: list[int] = []
    current = token
    while heads[current] != current and len(found) < MAX_LEVELS:
        current = heads[current]
        found.append(current)
    return found


def _read_moods(doc: Doc, index: int) -> tuple[str, ...]:
    """The moods of the verb at ``index`` (``_MOODS`` reads them once a token: the clauses
    above a sentence's triggers are the same few verbs)."""
    verb = doc[index]
    arrays = arrays_of(doc)
    moods = []
    if is_hypothetical(verb):
        moods.append("modal")
    if is_future(verb):
        moods.append("future")
    if is_negated(verb):
        moods.append("negated")
    if is_infinitive(arrays, index):
        moods.append("infinitive")
    if not _finite(arrays, index):
        moods.append("nonfinite")
    return tuple(moods)


_MOODS: DocMemo[int, tuple[str, ...]] = DocMemo(_read_moods)


def _finite(arrays: TokenArrays, index: int) -> bool:
    tags = arrays.tags
    return tags[index] in FINITE_TAGS or any(
        arrays.deps[child] in {"aux", "auxpass"} and tags[child] in FINITE_TAGS
        for child in arrays.children[index])


def _governor_mood(arrays: TokenArrays, index: int) -> str | None:
    return (IRREALIS_GOVERNORS.get(arrays.lemma_lower[index])
            or IRREALIS_GOVERNORS.get(arrays.lower[index]))


@dataclass(frozen=True, slots=True)
class SentenceMood:
    """What a sentence tells of the mood of every trigger in it: whether it ends in a question
    mark, and its other features (no finite verb, capitals, repeated)."""

    ends_in_question: bool
    features: tuple[str, ...]


def _sentence_features(sentence: Span, arrays: TokenArrays, path: list[int]) -> list[str]:
    mood = _SENTENCE_MOODS.get(sentence.doc, (sentence.start, sentence.end))
    question = mood.ends_in_question or _opened_as_question(arrays, path)
    return ["question", *mood.features] if question else list(mood.features)


def _opened_as_question(arrays: TokenArrays, path: list[int]) -> bool:
    """A word of ``question_openers.tsv`` marks the clause of the first token of ``path`` or
    one above it (the rest of ``path``: its ancestors)."""
    deps, lower = arrays.deps, arrays.lower
    return any(deps[child] == "mark" and lower[child] in QUESTION_OPENERS
               for token in path for child in arrays.children[token])


def _read_sentence_mood(doc: Doc, span: tuple[int, int]) -> SentenceMood:
    """The ``SentenceMood`` of the sentence of tokens ``span`` (read once a sentence: a sentence
    holds several triggers)."""
    arrays = arrays_of(doc)
    words = [index for index in range(*span) if not arrays.is_space[index]]
    features = []
    if not any(arrays.tags[index] in FINITE_TAGS for index in words):
        features.append("no_finite_verb")
    text = tokens_text(doc, *span)
    letters = [char for char in text if char.isalpha()]
    if len(letters) >= CAPITAL_LETTERS and all(char.isupper() for char in letters):
        features.append("capitals")
    if _repeated(text, doc):
        features.append("repeated_sentence")
    return SentenceMood(ends_in_question=bool(words) and arrays.texts[words[-1]] == "?",
                        features=tuple(features))


_SENTENCE_MOODS: DocMemo[tuple[int, int], SentenceMood] = DocMemo(_read_sentence_mood)


def _repeated(sentence: str, doc: Doc) -> bool:
    """The words of ``sentence`` (a sentence of ``doc``) stand again, in the same order,
    elsewhere in the article."""
    words = SPACES.sub(" ", sentence).strip().lower()
    if len(words) < CAPITAL_LETTERS:
        return False
    return _normalised(text_of(doc)).count(words) > 1


@lru_cache(maxsize=8)
def _normalised(text: str) -> str:
    """``text`` in lower case with its runs of spaces made one (read once an article)."""
    return SPACES.sub(" ", text).lower()
