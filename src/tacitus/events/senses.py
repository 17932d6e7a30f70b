"""Word senses of a lexicon word from what goes with it (``verb_senses.tsv``): "sent a letter"
is no aid and "sent troops" a mobilisation, "admitted that it erred" grants no asylum, "an
earthquake struck" attacks no one, "beat Croatia in the final" is a game. ``word_sense`` reads a
trigger's head token; ``sense_cues`` are what it looks at: the classes (word files) of its
object, its doer and the objects of its prepositions, a clause or a "to" infinitive as its
complement, its prepositions; a word's last row may name every other reading ("otherwise")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from tacitus.datatables import read_packaged_table
from tacitus.errors import KnowledgeBaseError
from tacitus.events.clauses import has_infinitive_marker
from tacitus.events.ontology import load_ontology
from tacitus.quotes.role_words import person_title_heads
from tacitus.wordlists import word_set

SENSES_TABLE = "verb_senses.tsv"
NO_EVENT = "-"
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
CLAUSE_DEPS = frozenset({"ccomp"})
SPAN_DEP = "npadvmod"
# who does what a verb says, or owns what a noun names ("teachers struck", "the workers' strike")
DOER_DEPS = frozenset({"nsubj", "poss", "compound"})
# what names the doer of a passive or of an event noun ("hit by the storm", "a strike by dock
# workers")
DOER_PREPOSITION = "by"
PERSON = "person"
# an object named as a country, a town, a team or a firm: a side one beats in a game or a vote,
# not a body one beats up
SIDE = "side"
SIDE_ENTITIES = frozenset({"GPE", "ORG"})
# every reading shows this cue: a word's last row, it says what the word is in every sense the
# rows before it do not list ("explode": a bombing when a bomb explodes, else no event)
OTHERWISE = "otherwise"
# no "to" infinitive is the word's complement: "told reporters that …", not "told X to disarm"
NO_INFINITIVE = "no_infinitive"
CUES = frozenset({f"object:{PERSON}", f"object:{SIDE}", "clause", "question", "no_object",
                  OTHERWISE, NO_INFINITIVE})
# the kinds of cue that name a word file: the class of the word's object, of its doer, or of
# what a preposition attached to it governs ("beat Croatia in the final")
CLASS_CUES = ("object", "doer", "within")
# the word files a class cue may name: what is sent, given, met, cut or fought, who strikes or
# hits or explodes, the contest a side is beaten in, the span one is given to act, where one is
# sent to be held, the claim one dismisses
CLASS_FILES = ("abstract_gifts", "accusation_nouns", "arms_nouns", "assurance_nouns",
               "contest_nouns", "courtesy_offerings", "custody_places", "deadline_nouns",
               "economic_measures", "explosive_devices", "fear_nouns", "force_nouns",
               "goal_nouns", "impersonal_forces", "labour_nouns", "message_nouns",
               "office_nouns", "passage_nouns", "policy_nouns", "published_items",
               "record_marks", "social_ills", "speech_nouns")
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
    """The senses by lemma, in file order, and the word files their class cues name."""

    senses: dict[str, tuple[Sense, ...]]
    classes: dict[str, frozenset[str]]

    def cues_of(self, kind: str, words: list[Token]) -> list[str]:
        """The class cues of kind ``kind`` that ``words`` show: one for each word file of the
        table that holds the lemma of one of them."""
        lemmas = {word.lemma_.lower() for word in words}
        return [f"{kind}:{name}" for name, members in self.classes.items()
                if not lemmas.isdisjoint(members)]


@lru_cache(maxsize=1)
def load_senses() -> SenseTable:
    """Load and validate the packaged sense table (once per process)."""
    ontology = load_ontology()
    senses: dict[str, list[Sense]] = {}
    classes: dict[str, frozenset[str]] = {}
    for row in read_packaged_table("tacitus.events", SENSES_TABLE, ("lemma", "cue", "cameo")):
        cue, cameo = row["cue"], row["cameo"]
        kind, _, value = cue.partition(":")
        if kind in CLASS_CUES and value in CLASS_FILES:
            classes[value] = word_set(value)
        elif cue not in CUES and not (kind == "prep" and value):
            raise row.fail(f"unknown cue {cue!r}")
        if cameo != NO_EVENT and cameo not in ontology:
            raise row.fail(f"unknown CAMEO code {cameo!r}")
        known = senses.setdefault(row["lemma"], [])
        if any(sense.cue == cue for sense in known):
            raise row.fail(f"{row['lemma']} {cue} is listed twice")
        if any(sense.cue == OTHERWISE for sense in known):
            raise row.fail(f"{row['lemma']}: no row is read after its {OTHERWISE!r} row")
        known.append(Sense(row["lemma"], cue, None if cameo == NO_EVENT else cameo))
    if not senses:
        raise KnowledgeBaseError(f"{SENSES_TABLE}: no rows")
    return SenseTable({lemma: tuple(rows) for lemma, rows in senses.items()}, classes)


def sense_cues(head: Token) -> tuple[str, ...]:
    """The cues a word shows, as the table spells them: the classes of its objects, of its doer
    and of what its prepositions govern, a clause as its complement, whether a "to" infinitive
    is none, the prepositions attached to it, and ``otherwise`` (every word shows it)."""
    table = load_senses()
    children = list(head.children)
    objects = _with_conjuncts([child for child in children if child.dep_ in OBJECT_DEPS])
    prepositions = [child for child in children if child.dep_ in {"prep", "agent"}]
    # "gave the rebels 48 hours to leave": the parser may read the span given as an adverb
    spans = [child for child in children if child.dep_ == SPAN_DEP]
    cues = table.cues_of("object", objects + spans)
    if any(obj.ent_type_ == "PERSON" or obj.lemma_.lower() in person_title_heads()
           for obj in objects):
        cues.append(f"object:{PERSON}")
    if any(obj.ent_type_ in SIDE_ENTITIES for obj in objects):
        cues.append(f"object:{SIDE}")
    cues += table.cues_of("doer", _doers(children, prepositions))
    cues += table.cues_of("within", [word for prep in prepositions
                                     for word in _governed(prep)])
    clauses = [child for child in children if child.dep_ in CLAUSE_DEPS]
    if not objects and clauses:
        cues.append("clause")
    if not objects and not clauses:
        cues.append("no_object")
    if any(_asks(clause) for clause in clauses):
        cues.append("question")
    if not any(_is_infinitive(child) for child in children):
        cues.append(NO_INFINITIVE)
    cues.append(OTHERWISE)
    cues += [f"prep:{child.lower_}" for child in children
             if child.dep_ == "prep" and child.i > head.i]
    return tuple(cues)


def _is_infinitive(word: Token) -> bool:
    """Whether ``word`` is a "to" infinitive complement: "told the rebels to disarm"."""
    return word.dep_ == "xcomp" and has_infinitive_marker(word)


def _with_conjuncts(words: list[Token]) -> list[Token]:
    """``words`` and the words joined to them: "sent tanks and helicopters"."""
    return words + [conjunct for word in words for conjunct in word.conjuncts]


def _governed(preposition: Token) -> list[Token]:
    """What a preposition governs, with its conjuncts: "in the final", "by the storm"."""
    return _with_conjuncts([child for child in preposition.children if child.dep_ == "pobj"])


def _doers(children: list[Token], prepositions: list[Token]) -> list[Token]:
    """Who does what a word says: a verb's subject, a noun's owner or modifier, or what the
    "by" of a passive or of an event noun governs."""
    doers = _with_conjuncts([child for child in children if child.dep_ in DOER_DEPS])
    return doers + [word for prep in prepositions if prep.lower_ == DOER_PREPOSITION
                    for word in _governed(prep)]


def _asks(clause: Token) -> bool:
    """Whether a clausal complement is a question: it opens with a wh-word or "whether" (after
    any opening quotation mark), or it is quoted words that end with a question mark
    ("“Why did they wait?” he asked", "“Will you resign?” she asked")."""
    doc = clause.doc
    words = [token for token in doc[clause.left_edge.i : clause.right_edge.i + 1]
             if not token.is_punct]
    if words and (words[0].tag_ in QUESTION_TAGS or words[0].lower_ in QUESTION_MARKS):
        return True
    # the parser hangs the question mark on the clause or on the verb of saying after it
    after = doc[clause.right_edge.i : clause.right_edge.i + 3]
    return any(token.text == "?" for token in after if token.is_punct)


def word_sense(head: Token, words: str) -> Sense | None:
    """The listed sense the lexicon ``words`` matched at ``head`` ("send", "take over") take
    here, or ``None`` when none is shown."""
    senses = load_senses().senses.get(words)
    if not senses:
        return None
    cues = sense_cues(head)
    return next((sense for sense in senses if sense.cue in cues), None)

