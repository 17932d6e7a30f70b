"""The model's attribute-ruler patterns applied by look-ups: the same attributes, set faster.

spaCy's ``AttributeRuler`` runs a ``Matcher`` holding all its patterns (179 in the small English
model) over every token, then sets each match's attributes in pattern order, so that a later
pattern overrides an earlier one. Every pattern of that model tests a short fixed run of tokens on
their tag, lowercase form, dependency label and whether they are whitespace, with equality, ``IN``,
``NOT_IN`` or ``REGEX``. What a single-token pattern sets on a token therefore depends on those
four values alone: the merged attributes are worked out once per distinct set of values and
remembered, and the few multi-token patterns are tried only where their first token can start
them. The rules are compiled at load time from the loaded ruler's own patterns and attributes
(never a copied table); a ruler using anything else (an operator, another attribute, an extension)
stays as it is. ``scripts/check_attribute_rules.py`` checks the identity on a corpus.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IDS, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, MorphAnalysis

log = logging.getLogger(__name__)

RULER = "attribute_ruler"
FACTORY = "tacitus_attribute_rules"
# what a pattern may test: read for every token at once with Doc.to_array
TESTED = (TAG, LOWER, DEP, IS_SPACE)
# what a pattern may set, by the Token property that sets it
SET_BY = {POS: "pos", TAG: "tag", DEP: "dep", LEMMA: "lemma", MORPH: "morph"}
# distinct token descriptions remembered before the memory is emptied (a long run meets new words)
MEMO_LIMIT = 200_000

# a token as the patterns see it: its TESTED values, in that order
Row = tuple[int, ...]
# attributes to set on a token: (attribute id, value) in the order the ruler sets them
Setting = tuple[tuple[int, Any], ...]
# the same as Token properties and their values (a morphology as a MorphAnalysis)
Assignments = tuple[tuple[str, Any], ...]


class UnsupportedRule(ValueError):
    """A ruler pattern this component cannot apply exactly."""


@dataclass(frozen=True, slots=True)
class TokenTest:
    """One test of one token attribute: ``kind`` is "in" (equality is a set of one), "not_in" or
    "regex"."""

    column: int
    kind: str
    values: frozenset[int]
    regexes: tuple[re.Pattern[str], ...] = ()

    def passes(self, row: Row, strings: Any) -> bool:
        value = row[self.column]
        if self.kind == "in":
            return value in self.values
        if self.kind == "not_in":
            return value not in self.values
        text = strings[value]
        return any(regex.search(text) for regex in self.regexes)


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern of the ruler: the tests of each token, the token it sets and what it sets."""

    order: int
    tokens: tuple[tuple[TokenTest, ...], ...]
    target: int
    setting: Setting

    def matches_at(self, rows: Sequence[Row], start: int, strings: Any) -> bool:
        if start + len(self.tokens) > len(rows):
            return False
        return all(test.passes(rows[start + offset], strings)
                   for offset, tests in enumerate(self.tokens) for test in tests)


def _column(name: str) -> int:
    attr = IDS.get(name.upper())
    if attr not in TESTED:
        raise UnsupportedRule(f"a pattern tests {name!r}")
    return TESTED.index(attr)


def _token_tests(spec: dict[str, Any], strings: Any) -> tuple[TokenTest, ...]:
    """The tests of one token spec, hashing values as spaCy's Matcher does."""
    tests: list[TokenTest] = []
    for name, value in spec.items():
        column = _column(name)
        if isinstance(value, bool):
            tests.append(TokenTest(column, "in", frozenset({int(value)})))
        elif isinstance(value, str):
            tests.append(TokenTest(column, "in", frozenset({strings.add(value)})))
        elif isinstance(value, dict) and len(value) == 1:
            ((predicate, argument),) = value.items()
            if predicate in ("IN", "NOT_IN") and isinstance(argument, list):
                hashes = frozenset(get_string_id(item) for item in argument)
                tests.append(TokenTest(column, predicate.lower(), hashes))
            elif predicate == "REGEX" and isinstance(argument, str) and TESTED[column] != IS_SPACE:
                tests.append(TokenTest(column, "regex", frozenset(), (re.compile(argument),)))
            else:
                raise UnsupportedRule(f"a pattern uses {predicate!r} on {name!r}")
        else:
            raise UnsupportedRule(f"a pattern tests {name!r} with {value!r}")
    return tuple(tests)


def _setting(attrs: dict[Any, Any]) -> Setting:
    """The ruler's normalised attributes (ids to hashes; a morphology as its key) as a setting."""
    setting: list[tuple[int, Any]] = []
    for attr, value in attrs.items():
        if attr not in SET_BY:
            raise UnsupportedRule(f"a pattern sets attribute {attr!r}")
        setting.append((attr, value))
    return tuple(setting)


def compile_rules(ruler: Any) -> list[Rule]:
    """The ruler's patterns as rules, in its order; ``UnsupportedRule`` if one cannot be."""
    strings = ruler.vocab.strings
    rules: list[Rule] = []
    for order, (entry, attrs, index) in enumerate(zip(ruler.patterns, ruler.attrs, ruler.indices,
                                                      strict=True)):
        setting = _setting(attrs)
        for pattern in entry["patterns"]:
            tokens = tuple(_token_tests(spec, strings) for spec in pattern)
            if not tokens or not -len(tokens) <= index < len(tokens):
                raise UnsupportedRule(f"pattern {order} sets token {index} of {len(tokens)}")
            rules.append(Rule(order, tokens, index % len(tokens), setting))
    return rules


def _anchor(rule: Rule) -> tuple[int, int, frozenset[int]] | None:
    """A token of the rule (its offset), a column and the values that column must hold for the
    rule to match, or ``None`` if the rule must be tried at every token."""
    for offset, tests in enumerate(rule.tokens):
        for test in tests:
            if test.kind == "in":
                return offset, test.column, test.values
    return None


class AttributeRules:
    """A pipeline component that sets what the model's attribute ruler sets, rule for rule."""

    def __init__(self, vocab: Any, rules: Iterable[Rule]) -> None:
        self.vocab = vocab
        self._strings = vocab.strings
        # the rules by a (column, value) one of their tokens needs, with that token's offset
        self._single: dict[tuple[int, int], list[Rule]] = {}
        self._single_anywhere: list[Rule] = []
        self._multi: dict[tuple[int, int], list[tuple[Rule, int]]] = {}
        self._multi_anywhere: list[tuple[Rule, int]] = []
        for rule in rules:
            anchor = _anchor(rule)
            single = len(rule.tokens) == 1
            if anchor is None and single:
                self._single_anywhere.append(rule)
            elif anchor is None:
                self._multi_anywhere.append((rule, 0))
            else:
                offset, column, values = anchor
                for value in values:
                    if single:
                        self._single.setdefault((column, value), []).append(rule)
                    else:
                        self._multi.setdefault((column, value), []).append((rule, offset))
        # what the single-token rules set on a token, by its row: most rows recur
        self._memo: dict[Row, Assignments] = {}
        self._morphs: dict[int, MorphAnalysis] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows: list[Row] = [tuple(row) for row in doc.to_array(list(TESTED)).tolist()]
        multi = self._multi_matches(rows) if self._multi or self._multi_anywhere else {}
        memo = self._memo
        for i, row in enumerate(rows):
            if i in multi:
                assignments = self._assignments([*self._single_matches(row), *multi[i]])
            else:
                assignments = memo.get(row) or self._remember(row)
            if assignments:
                token = doc[i]
                for name, value in assignments:
                    setattr(token, name, value)
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def _single_matches(self, row: Row) -> list[Rule]:
        strings = self._strings
        found = [rule for rule in self._single_anywhere if rule.matches_at((row,), 0, strings)]
        for column, value in enumerate(row):
            found.extend(rule for rule in self._single.get((column, value), ())
                         if rule.matches_at((row,), 0, strings))
        return found

    def _remember(self, row: Row) -> Assignments:
        if len(self._memo) >= MEMO_LIMIT:
            self._memo.clear()
        assignments = self._memo[row] = self._assignments(self._single_matches(row))
        return assignments

    def _multi_matches(self, rows: Sequence[Row]) -> dict[int, list[Rule]]:
        """The multi-token rules that match, by the index of the token each sets."""
        strings = self._strings
        found: dict[int, list[Rule]] = {}
        anywhere = self._multi_anywhere
        for i, row in enumerate(rows):
            candidates = [*anywhere] if anywhere else []
            for column, value in enumerate(row):
                candidates.extend(self._multi.get((column, value), ()))
            for rule, offset in candidates:
                start = i - offset
                if start >= 0 and rule.matches_at(rows, start, strings):
                    found.setdefault(start + rule.target, []).append(rule)
        return found

    def _assignments(self, rules: list[Rule]) -> Assignments:
        """Each attribute's value from the last rule, in the ruler's order, that sets it (spaCy
        applies the matches sorted by pattern), as Token properties to set."""
        merged: dict[int, Any] = {}
        for rule in sorted(rules, key=lambda rule: rule.order):
            merged.update(rule.setting)
        return tuple((SET_BY[attr], self._morph(value) if attr == MORPH else value)
                     for attr, value in merged.items())

    def _morph(self, key: int) -> MorphAnalysis:
        morph = self._morphs.get(key)
        if morph is None:
            morph = self._morphs[key] = MorphAnalysis.from_id(self.vocab, key)
        return morph


@Language.factory(FACTORY)
def make_attribute_rules(nlp: Language, name: str) -> AttributeRules:
    """The rules of the pipeline's attribute ruler (which must still be in the pipeline)."""
    return AttributeRules(nlp.vocab, compile_rules(nlp.get_pipe(RULER)))


def use_attribute_rules(nlp: Language) -> bool:
    """Put an ``AttributeRules`` compiled from the model's attribute ruler in the ruler's place;
    ``False`` (the ruler kept) if there is none or one of its patterns cannot be applied exactly."""
    if RULER not in nlp.pipe_names:
        return False
    if isinstance(nlp.get_pipe(RULER), AttributeRules):
        return True
    try:
        compile_rules(nlp.get_pipe(RULER))
    except (UnsupportedRule, AttributeError) as error:
        log.info("keeping spaCy's attribute ruler: %s", error)
        return False
    nlp.add_pipe(FACTORY, after=RULER)
    nlp.remove_pipe(RULER)
    nlp.rename_pipe(FACTORY, RULER)
    return True
