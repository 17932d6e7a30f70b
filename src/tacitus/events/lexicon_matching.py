"""Lexicon matches: a verb, verb + particle or preposition, verb + object noun, adjective of stance
+ preposition or event noun of the lexicon, found at a token as a ``Trigger``."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from tacitus.events.lexicon import Entry, Lexicon
from tacitus.events.senses import word_sense
from tacitus.nlp.token_arrays import arrays_of
from tacitus.wordlists import word_set

VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN"})
ADJECTIVE_POS = frozenset({"ADJ"})
# an adjective that is what its clause predicates: "was critical of", "holds X responsible for"
PREDICATE_DEPS = frozenset({"acomp", "oprd", "ccomp", "xcomp"})
# what a verb's object is said to be: "held Israel responsible" (the parser also reads it as a
# clause of the verb)
OBJECT_PREDICATE_DEPS = PREDICATE_DEPS | {"advcl"}
# clauses of a verb that a preposition may open: "called for the minister to resign"
CLAUSE_DEPS = frozenset({"advcl", "ccomp"})
# the entity types of a date or a time of day
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Nouns that count what a verb acts on: "withdrew a batch of 200 peacekeepers".
QUANTITY_NOUNS = word_set("quantity_nouns")
# nouns of an undertaking, which their modifier names ("mediation efforts")
OPERATION_NOUNS = word_set("operation_nouns")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A lexicon match in a sentence: its head token, words, code and (verb + object) object."""

    head: Token
    entry: Entry
    cameo: str
    tokens: tuple[Token, ...]
    object_token: Token | None = None
    prep_token: Token | None = None
    embedded: Trigger | None = None
    reporter: Token | None = None


def _forms(token: Token) -> tuple[str, str]:
    """The token's lemma lowered and its text lowered (read from the Doc's arrays)."""
    arrays = arrays_of(token.doc)
    return arrays.lemma_lower[token.i], arrays.lower[token.i]


def _matches(token: Token, word: str) -> bool:
    return word in _forms(token)


def match_verb(token: Token, lexicon: Lexicon) -> Trigger | None:
    forms = _forms(token)
    with_object = lexicon.candidates("verb_object", forms)
    # the verb's objects are read only for a verb the lexicon pairs with an object
    objects = _objects(token) if with_object else []
    for entry in with_object:
        for obj in objects:
            trigger = _verb_object(token, obj, entry)
            if trigger is not None:
                return trigger
    for kind in ("particle", "prep"):
        for entry in lexicon.candidates(kind, forms):
            for child in [*token.children, *clause_marks(token)]:
                if child.lower_ == entry.words[1] and _attached(token, child):
                    return _in_sense(Trigger(token, entry, entry.cameo, (token, child),
                                             prep_token=child))
    for entry in lexicon.candidates("verb", forms):
        return _in_sense(Trigger(token, entry, entry.cameo, (token,)))
    return None


def _objects(token: Token) -> list[Token]:
    """What a verb + object entry may find as the object of the verb ``token``."""
    objects = [child for child in token.children if child.dep_ in {"dobj", "nsubjpass", "attr"}]
    # "held Israel responsible": what the object is said to be completes the verb
    objects += [child for child in token.children
                if child.dep_ in OBJECT_PREDICATE_DEPS and child.pos_ in ADJECTIVE_POS]
    # "withdrew a batch of 200 peacekeepers": the object is what the quantity counts
    objects += [pobj for obj in objects if obj.lemma_ in QUANTITY_NOUNS
                for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for pobj in prep.children if pobj.dep_ == "pobj"]
    return objects


def _in_sense(trigger: Trigger) -> Trigger | None:
    """A trigger matched by its word (verb, noun) or verb and particle, coded in the sense its
    object, complement or preposition shows (``tacitus.events.senses``); ``None`` when that
    sense is no event."""
    sense = word_sense(trigger.head, " ".join(trigger.entry.words))
    if sense is None:
        return trigger
    if sense.cameo is None:
        return None
    return replace(trigger, cameo=sense.cameo)


def clause_marks(verb: Token) -> list[Token]:
    """The prepositions that open a clause of the verb with its own subject: "called for the
    minister to resign", "pressed for talks to resume" (the parser makes "for" the mark of the
    clause, not the verb's preposition)."""
    return [mark for clause in verb.children if clause.dep_ in CLAUSE_DEPS
            for mark in clause.children if mark.dep_ == "mark"]


def _attached(verb: Token, word: Token) -> bool:
    """A particle may stand anywhere ("pulled its troops out"); a preposition belongs to the verb
    only right after it or after adverbs and dates ("met with", "called again on", "called on
    Monday for"), not in "called X on Saturday", and never when it only dates the act
    ("insisted on Thursday that …"); so does the preposition opening its clause ("called for X
    to resign")."""
    if word.dep_ == "prt":
        return True
    if word.dep_ not in {"prep", "mark"} or word.i <= verb.i or _dates(word):
        return False
    # "called on Monday for talks": the day news puts after the verb stands between them
    return all(between.pos_ in {"ADV", "PART"} or between.ent_type_ in TIME_ENTITIES
               or _dates(between) for between in verb.doc[verb.i + 1:word.i])


def _dates(word: Token) -> bool:
    """Whether a preposition only dates the act: "insisted on Thursday", "agreed on Friday"."""
    objects = [child for child in word.children if child.dep_ == "pobj"]
    return bool(objects) and all(obj.ent_type_ in TIME_ENTITIES for obj in objects)


def _verb_object(verb: Token, obj: Token, entry: Entry) -> Trigger | None:
    if not _matches(obj, entry.words[-1]):
        return None
    words: list[Token] = [verb, obj]
    helpers = [child for child in verb.children if child.dep_ == "prt"]
    helpers += [child for child in obj.children if child.dep_ in {"compound", "amod", "punct"}]
    for word in entry.words[1:-1]:
        helper = next((token for token in helpers if _matches(token, word)), None)
        if helper is None:
            return None
        words.append(helper)
    return Trigger(verb, entry, entry.cameo, tuple(sorted(words, key=lambda t: t.i)),
                   object_token=obj)


def match_adjective(token: Token, lexicon: Lexicon) -> Trigger | None:
    """An adjective of stance with its preposition, predicated of its clause's subject ("the
    minister was critical of Russia", "we are concerned at the lobby's intent"). The trigger's
    head is the verb the adjective completes, which carries the clause's tense, negation and
    subject; the preposition's object is the target. An attributive adjective ("a critical
    report") predicates nothing."""
    verb = token.head
    if token.dep_ not in PREDICATE_DEPS or verb == token or verb.pos_ not in {"VERB", "AUX"}:
        return None
    for entry in lexicon.candidates("adjective", _forms(token)):
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == entry.words[1]:
                return Trigger(verb, entry, entry.cameo, (verb, token, child), prep_token=child)
    return None


def match_noun(token: Token, lexicon: Lexicon) -> Trigger | None:
    """An event noun, its modifier words found in order among the words of its phrase before it
    ("joint military exercises" matches "joint exercise")."""
    entries = lexicon.candidates("noun", _forms(token))
    if not entries or _modifies_a_noun(token):
        return None
    # the words of its phrase before it, by index in the Doc's arrays (a Token made only for
    # those kept)
    arrays = arrays_of(token.doc)
    lemmas, lower = arrays.lemma_lower, arrays.lower
    edge = token.left_edge.i
    for entry in entries:
        words: list[Token] = []
        position = edge
        for word in entry.words[:-1]:
            found = next((k for k in range(position, token.i)
                          if word in (lemmas[k], lower[k])), None)
            if found is None:
                break
            words.append(token.doc[found])
            position = found + 1
        else:
            trigger = Trigger(token, entry, entry.cameo, (*words, token))
            return _in_sense(trigger) if len(entry.words) == 1 else trigger
    return None


def _modifies_a_noun(token: Token) -> bool:
    """A noun that modifies the noun after it names that thing's kind, not an act: "riot
    police", "aid workers", "the kidnapping ring", "seizure totals"; but it says what an
    undertaking is ("mediation efforts", "a bombing campaign")."""
    return (token.dep_ == "compound" and token.head.pos_ in NOUN_POS
            and token.head.i > token.i and token.head.lemma_.lower() not in OPERATION_NOUNS)


def governing_verb(noun: Token) -> Token | None:
    """The verb whose object (or passive subject) is the phrase ``noun`` heads or modifies."""
    phrase = noun
    while phrase.dep_ == "compound" and phrase.head != phrase:
        phrase = phrase.head
    if phrase.dep_ in {"dobj", "nsubjpass"} and phrase.head.pos_ in {"VERB", "AUX"}:
        return phrase.head
    return None
