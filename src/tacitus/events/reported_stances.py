"""Reported stances: what a speaker says of another actor is the speaker's stance toward it,
even when the reported clause holds no event word: "Germany said Russia was responsible for the
attack" accuses Russia (112), "the union says the government has failed its workers" criticises
it (111), "the envoy said the rebels are not ready" is pessimism about them (012), "the minister
said the talks partners were serious" optimism (013).

``reported_stances`` finds, in a sentence, each reporting verb (``reporting_verbs.tsv``, or one of
belief and assertion: ``asserting_verbs.tsv``, "the army believes the rebels are behind it") with a
complement clause, or set as an aside in the clause it reports ("Russia, the minister said, was
responsible"), whose subject names an actor (not a verb a condition opens: "if they believed …"),
and reads the clause's stance from its first cue word outside that subject (``stance_cues.tsv``,
then the labels of ``evaluative_words.tsv``). A negated clause turns optimism into pessimism and
blames nobody ("said Russia was not responsible"); a fault foreseen under a modal is pessimism
("said the talks could fail"). A clause that says what its subject should have done ("said the
government should have consulted its allies", "should not have sent troops") criticises that
subject even without a cue word: the reproach is read at the clause's verb. The speaker (the
reporting verb's subject) is the source, each actor named in the clause's subject the target, or
when the subject names none, each other actor the clause names ("said the scandal had damaged the
government"). A clause whose subject is a pronoun reports the speaker's own stance ("she said she
was hopeful") and names no other actor.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from tacitus.events.labelling import EVALUATIONS
from tacitus.events.lexicon import Entry
from tacitus.events.lexicon_matching import Trigger
from tacitus.events.reporting import PRONOUNS, REPORTING
from tacitus.model import Actor, ActorMention
from tacitus.nlp.token_arrays import arrays_of
from tacitus.wordlists import word_map, word_set

CUES = word_map("stance_cues")
# the verbs whose complement clause holds a stance: those that report speech, and those of belief
# and assertion ("the army believes the rebels are behind the attack")
STANCE_VERBS = REPORTING | word_set("asserting_verbs")
# "if they believed Trump was incompetent": a stance supposed, not held
CONDITION_MARKS = word_set("condition_marks")
OPTIMISM_CODE = "013"
PESSIMISM_CODE = "012"
CRITICISM_CODE = "111"
MODALS = word_set("modal_verbs")
# "should have consulted": a modal that with "have" and a participle blames its subject
REPROACH_MODALS = word_set("modal_verbs", reproach="yes")
# the "have" of "should have", contracted or not ("should've")
HAVE_FORMS = word_set("auxiliary_forms", verb="have", form="present")
PERFECT_TAG = "VBN"
PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass"})
COMPLEMENT_DEPS = frozenset({"ccomp"})
# a saying set inside or after the clause it reports: "Russia, the minister said, was …"
ASIDE_DEPS = frozenset({"parataxis"})
NOTHING: frozenset[int] = frozenset()
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
SPEAKER_DEPS = frozenset({"nsubj"})
# a negation word of the clause's verb or of the cue itself ("not ready", "never responsible")
NEGATION_DEPS = frozenset({"neg"})


@dataclass(frozen=True, slots=True)
class ReportedStance:
    """A speaker's stance toward the actors a reported clause is about: ``cue`` is the word that
    gives it (the trigger), ``code`` its CAMEO code."""

    cue: Token
    code: str
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]


def reported_stances(sentence: Span, mentions: Sequence[ActorMention]
                     ) -> tuple[ReportedStance, ...]:
    """The stances that the reporting verbs of ``sentence`` report of the actors of
    ``mentions`` (those named in the sentence)."""
    found: list[ReportedStance] = []
    arrays = arrays_of(sentence.doc)
    # the reporting verbs found in the Doc's arrays, a Token made for each only
    for verb in (sentence.doc[index] for index in range(sentence.start, sentence.end)
                 if arrays.pos[index] in {"VERB", "AUX"}
                 and arrays.lemma_lower[index] in STANCE_VERBS):
        if any(child.dep_ == "mark" and child.lower_ in CONDITION_MARKS
               for child in verb.children):
            continue
        speaker = _subtree_of(verb, SPEAKER_DEPS)
        sources = _actors(mentions, speaker)
        if not sources:
            continue
        clauses = [(child, NOTHING) for child in verb.children if child.dep_ in COMPLEMENT_DEPS]
        if verb.dep_ in ASIDE_DEPS and verb.head != verb:
            # "Russia, the minister said, was responsible": the clause the saying stands in
            clauses.append((verb.head, frozenset(token.i for token in verb.subtree)))
        for clause, aside in clauses:
            stance = _stance(clause, mentions, sources, aside)
            if stance is not None:
                found.append(stance)
    return tuple(found)


def stance_trigger(stance: ReportedStance) -> Trigger:
    """The trigger a stance is coded at: its cue word."""
    entry = Entry(kind="stance", words=(stance.cue.lemma_.lower(),), cameo=stance.code)
    return Trigger(stance.cue, entry, stance.code, (stance.cue,))


def _stance(clause: Token, mentions: Sequence[ActorMention], sources: tuple[Actor, ...],
            aside: frozenset[int]) -> ReportedStance | None:
    """The stance of the reported ``clause`` (``aside``: the reporting words, when they stand
    inside it)."""
    subjects = [child for child in clause.children if child.dep_ in SUBJECT_DEPS]
    if not subjects or any(subject.lower_ in PRONOUNS for subject in subjects):
        return None
    about = _subtree_of(clause, SUBJECT_DEPS) - aside
    words = frozenset(token.i for token in clause.subtree) - aside
    targets = _others(mentions, about, sources) or _others(mentions, words, sources)
    if not targets:
        return None
    cue, code = _first_cue(token for token in clause.subtree
                           if token.i in words and token.i not in about)
    if _reproached(clause) and (code is None or code == CRITICISM_CODE):
        # "said the government should (not) have sent troops": a fault found, negated or not
        return ReportedStance(cue or clause, CRITICISM_CODE, sources, targets)
    if cue is None or code is None:
        return None
    if negated(clause) or negated(cue):
        if code != OPTIMISM_CODE:
            return None
        code = PESSIMISM_CODE
    elif code == CRITICISM_CODE and _predicted(clause):
        # "said the talks could fail": a fear for what may come, not a fault found
        code = PESSIMISM_CODE
    return ReportedStance(cue, code, sources, targets)


def _others(mentions: Sequence[ActorMention], tokens: frozenset[int],
            sources: tuple[Actor, ...]) -> tuple[Actor, ...]:
    return tuple(actor for actor in _actors(mentions, tokens) if actor not in sources)


def _predicted(clause: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ in MODALS for child in clause.children)


def _reproached(clause: Token) -> bool:
    """Whether ``clause`` says what its subject should have done: a reproach modal, "have" and
    an active participle ("should have consulted", not "should have been told")."""
    auxiliaries = [child.lower_ for child in clause.children if child.dep_ == "aux"]
    return (clause.tag_ == PERFECT_TAG and any(word in HAVE_FORMS for word in auxiliaries)
            and any(word in REPROACH_MODALS for word in auxiliaries)
            and not any(child.dep_ in PASSIVE_DEPS for child in clause.children))


def stance_cue(token: Token) -> str | None:
    """The CAMEO code the word ``token`` gives a stance (``stance_cues.tsv``, then the labels of
    ``evaluative_words.tsv``), if it gives one."""
    lemma = token.lemma_.lower()
    return CUES.get(lemma) or EVALUATIONS.get(lemma)


def negated(token: Token) -> bool:
    """Whether ``token`` has a negation of its own ("not", "never")."""
    return any(child.dep_ in NEGATION_DEPS for child in token.children)


def _first_cue(tokens: Iterable[Token]) -> tuple[Token | None, str | None]:
    for token in tokens:
        code = stance_cue(token)
        if code is not None:
            return token, code
    return None, None


def _subtree_of(token: Token, deps: frozenset[str]) -> frozenset[int]:
    return frozenset(item.i for child in token.children if child.dep_ in deps
                     for item in child.subtree)


def _actors(mentions: Sequence[ActorMention], tokens: frozenset[int]) -> tuple[Actor, ...]:
    found: list[Actor] = []
    for mention in mentions:
        if mention.token_start in tokens and mention.actor not in found:
            found.append(mention.actor)
    return tuple(found)
