"""Word senses of a lexicon word from what goes with it (``verb_senses.tsv``): "sent a letter"
is no aid, "admitted that it erred" grants no asylum, "a call with the president" is a telephone
call. ``word_sense`` reads a trigger's head token; ``sense_cues`` are what it looks at."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from tacitus.datatables import read_packaged_table
from tacitus.errors import KnowledgeBaseError
from tacitus.events.ontology import load_ontology
from tacitus.wordlists import word_set

SENSES_TABLE = "verb_senses.tsv"
NO_EVENT = "-"
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
CLAUSE_DEPS = frozenset({"ccomp"})
PERSON = "person"
CUES = frozenset({f"object:{PERSON}", "clause", "question", "no_object"})
# the word files an object cue may name: classes of what is sent, given or received
OBJECT_CLASSES = ("abstract_gifts", "assurance_nouns", "courtesy_offerings", "fear_nouns",
                  "message_nouns", "office_nouns", "passage_nouns", "published_items",
                  "speech_nouns")
# what opens a clause that asks: "asked him what he meant", "asked whether talks would resume"
QUESTION_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
QUESTION_MARKS = word_set("question_openers")


@dataclass(frozen=True, slots=True)
class Sense:
    """One sense: the word, the cue that shows it, and its code (``None``: no event)."""

    lemma: str
    cue: str
    cameo: str | None


@dataclass(frozen=True, slots=True)
class SenseTable:
    """The senses by lemma, in file order, and the word files their object cues name."""

    senses: dict[str, tuple[Sense, ...]]
    classes: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def load_senses() -> SenseTable:
    """Load and validate the packaged sense table (once per process)."""
    ontology = load_ontology()
    senses: dict[str, list[Sense]] = {}
    classes: dict[str, frozenset[str]] = {}
    for row in read_packaged_table("tacitus.events", SENSES_TABLE, ("lemma", "cue", "cameo")):
        cue, cameo = row["cue"], row["cameo"]
        kind, _, value = cue.partition(":")
        if kind == "object" and value in OBJECT_CLASSES:
            classes[value] = word_set(value)
        elif cue not in CUES and not (kind == "prep" and value):
            raise row.fail(f"unknown cue {cue!r}")
        if cameo != NO_EVENT and cameo not in ontology:
            raise row.fail(f"unknown CAMEO code {cameo!r}")
        known = senses.setdefault(row["lemma"], [])
        if any(sense.cue == cue for sense in known):
            raise row.fail(f"{row['lemma']} {cue} is listed twice")
        known.append(Sense(row["lemma"], cue, None if cameo == NO_EVENT else cameo))
    if not senses:
        raise KnowledgeBaseError(f"{SENSES_TABLE}: no rows")
    return SenseTable({lemma: tuple(rows) for lemma, rows in senses.items()}, classes)


def sense_cues(head: Token) -> tuple[str, ...]:
    """The cues a word shows, as the table spells them: its objects' classes, a clause as its
    complement, the prepositions attached to it."""
    table = load_senses()
    children = list(head.children)
    objects = [child for child in children if child.dep_ in OBJECT_DEPS]
    cues = [f"object:{name}" for name, words in table.classes.items()
            if any(obj.lemma_.lower() in words for obj in objects)]
    if any(obj.ent_type_ == "PERSON" for obj in objects):
        cues.append(f"object:{PERSON}")
    clauses = [child for child in children if child.dep_ in CLAUSE_DEPS]
    if not objects and clauses:
        cues.append("clause")
    if not objects and not clauses:
        cues.append("no_object")
    if any(_asks(clause) for clause in clauses):
        cues.append("question")
    cues += [f"prep:{child.lower_}" for child in children
             if child.dep_ == "prep" and child.i > head.i]
    return tuple(cues)


def _asks(clause: Token) -> bool:
    """Whether a clausal complement is a question: it opens with a wh-word or "whether"."""
    first = clause.doc[clause.left_edge.i]
    return first.tag_ in QUESTION_TAGS or first.lower_ in QUESTION_MARKS


def word_sense(head: Token, words: str) -> Sense | None:
    """The listed sense the lexicon ``words`` matched at ``head`` ("send", "take over") take
    here, or ``None`` when none is shown."""
    senses = load_senses().senses.get(words)
    if not senses:
        return None
    cues = sense_cues(head)
    return next((sense for sense in senses if sense.cue in cues), None)

