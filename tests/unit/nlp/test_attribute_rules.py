"""The attribute ruler applied by look-ups sets exactly what spaCy's ruler sets."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from tacitus.nlp.attribute_rules import (
    RULER,
    AttributeRules,
    UnsupportedRule,
    compile_rules,
    use_attribute_rules,
)
from tacitus.settings import DEFAULT_MODEL

# sentences written for this test: contractions, "there is", pronouns as subject and object,
# auxiliaries and main verbs, line breaks and doubled spaces
SENTENCES = [
    "They're gonna say it ain't over, and y'all know we've got to wait.",
    "There is no deal yet, but there were talks in the capital on Monday.",
    "I told him that you had done it; he said he'd give it to me.",
    "Somebody has to do something about those who did nothing.\n\nThe  minister  spoke.",
    "Let's see whether the envoys, who were being watched, can't or won't come.",
    "What did she say?  Nobody knows, though her aides gotta know.",
    "C'mon, it's doin' nothin' for us, he says of the ol' plan.",
]


def token_state(token: Token) -> tuple[object, ...]:
    return (token.text, token.pos_, token.tag_, str(token.morph), token.lemma_, token.dep_,
            token.head.i, token.ent_iob_, token.ent_type_)


@pytest.fixture(scope="module")
def both() -> tuple[Language, Language]:
    spacys = spacy.load(DEFAULT_MODEL)
    ours = spacy.load(DEFAULT_MODEL)
    assert use_attribute_rules(ours)
    return spacys, ours


def test_the_loaded_pipeline_uses_the_rules(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe(RULER), AttributeRules)
    assert nlp.pipe_names.index(RULER) < nlp.pipe_names.index("lemmatizer")


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_model_rules_set_what_spacy_sets(both: tuple[Language, Language],
                                             sentence: str) -> None:
    spacys, ours = both
    assert [token_state(token) for token in ours(sentence)] == [
        token_state(token) for token in spacys(sentence)]


def test_the_rules_are_applied_once_per_text_whatever_the_order(
        both: tuple[Language, Language]) -> None:
    spacys, ours = both
    expected = [[token_state(token) for token in doc] for doc in spacys.pipe(SENTENCES)]
    # twice, so the second pass reads what the first one remembered
    for _ in range(2):
        assert [[token_state(token) for token in doc]
                for doc in ours.pipe(reversed(SENTENCES))] == expected[::-1]


def blank_with_ruler(patterns: list[dict[str, Any]]) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe(RULER).add_patterns(patterns)
    return nlp


def hand_tagged(nlp: Language) -> Doc:
    """A Doc with tags and a parse given by hand (a blank pipeline has no tagger)."""
    return Doc(nlp.vocab, words=["Yes", "we", "can", "not", "stop", "them", "."],
               spaces=[True, True, False, True, True, False, False],
               tags=["UH", "PRP", "MD", "RB", "VB", "PRP", "."],
               deps=["intj", "nsubj", "aux", "neg", "ROOT", "dobj", "punct"],
               heads=[4, 4, 4, 4, 4, 4, 4])


# later patterns override earlier ones on the same token; multi-token patterns set the token at
# their index (negative from the end); REGEX, IN and NOT_IN tests; a pattern with two alternatives
HAND_PATTERNS: list[dict[str, Any]] = [
    {"patterns": [[{"TAG": "PRP"}]], "attrs": {"POS": "PRON", "MORPH": "PronType=Prs"}},
    {"patterns": [[{"TAG": "PRP", "LOWER": "them"}]], "attrs": {"MORPH": "Case=Acc"}},
    {"patterns": [[{"TAG": "PRP", "DEP": {"IN": ["nsubj"]}}]], "attrs": {"LEMMA": "WE"}},
    {"patterns": [[{"LOWER": "can"}, {"LOWER": "not"}]], "attrs": {"LEMMA": "NOT"}, "index": -1},
    {"patterns": [[{"LOWER": {"REGEX": "^ca"}}, {"TAG": "RB"}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["PRP", "."]}, "DEP": {"NOT_IN": ["ROOT"]}}]],
     "attrs": {"POS": "X"}},
    {"patterns": [[{"LOWER": "yes"}], [{"LOWER": "stop"}]], "attrs": {"TAG": "XX", "DEP": "dep"}},
    {"patterns": [[{"TAG": "MD", "IS_SPACE": False}]], "attrs": {"POS": "VERB"}},
]


def test_hand_written_rules_match_spacy_rule_for_rule() -> None:
    spacys = blank_with_ruler(HAND_PATTERNS)
    ours = blank_with_ruler(HAND_PATTERNS)
    assert use_attribute_rules(ours)
    expected = [token_state(token) for token in spacys(hand_tagged(spacys))]
    got = [token_state(token) for token in ours(hand_tagged(ours))]
    assert got == expected
    # the override: "can" is first set AUX by the REGEX pattern, then VERB by the later MD one
    assert got[2][1] == "VERB"
    assert got[3][4] == "NOT"


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "not", "OP": "?"}],
    [{"SHAPE": "xxx"}],
    [{"LOWER": {"FUZZY": "nto"}}],
])
def test_a_pattern_it_cannot_apply_keeps_spacys_ruler(pattern: list[dict[str, Any]]) -> None:
    nlp = blank_with_ruler([{"patterns": [pattern], "attrs": {"POS": "PART"}}])
    with pytest.raises(UnsupportedRule):
        compile_rules(nlp.get_pipe(RULER))
    assert not use_attribute_rules(nlp)
    assert not isinstance(nlp.get_pipe(RULER), AttributeRules)
