"""The group a "they" that speaks stands for (step 2 of ``speakers``): "railway ministry sources
said …. “…,” they said" and "Big Machine have denied it. “…,” they said" go on with the plural
subject that was just before, by its own words, not with whatever the pronoun's mention was
resolved to."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.quotes.body_antecedents import SENTENCES_BACK
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

# "they": the pronouns that stand for a plural subject, however long the chain
PLURAL_PRONOUNS = word_set("third_person_pronouns", refers="plural")
# the tags of a plural noun or name ("sources", "Extraditables")
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# the tag of a verb in the plural present ("Big Machine have denied")
PLURAL_VERB = "VBP"
PROPER_NOUN = "PROPN"
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
# the links of an active subject, and of a cue the parser hung from the words it reports
ACTIVE_SUBJECT = "nsubj"
MAIN_VERB_DEPS = frozenset({"ROOT", "parataxis"})


def group_before(view: DocView, pronoun: Token) -> Token | None:
    """The plural subject of a main verb in the sentences just before ``pronoun`` (or in its own,
    before it) whose words name an actor, when it is the nearest such subject: a singular one in
    between means "they" is not read here; a "they" that was such a subject goes on with the
    same group."""
    here = view.sentence_index(pronoun)
    for index in range(here, max(-1, here - SENTENCES_BACK - 1), -1):
        for token in reversed(view.sentences[index]):
            if (token.i >= pronoun.i or view.quoted_in[token.i] >= 0
                    or token.dep_ != ACTIVE_SUBJECT or token.head.dep_ not in MAIN_VERB_DEPS):
                continue
            if token.lower_ in PLURAL_PRONOUNS:
                continue
            if _plural(token) and (_names_actor(view, token) or _plural_name(token)):
                return token
            return None
    return None


def _names_actor(view: DocView, subject: Token) -> bool:
    """Whether an actor is named in the subject's words ("railway ministry sources")."""
    return any(view.mentions.at(token) is not None
               for token in view.doc[subject.left_edge.i:subject.right_edge.i + 1])


def _plural_name(subject: Token) -> bool:
    """ "Big Machine have denied it": a name no table knows that takes a plural verb is a body
    or a team spoken of as its members."""
    return subject.pos_ == PROPER_NOUN and _plural_verb(subject.head)


def _plural_verb(verb: Token) -> bool:
    """A verb in the plural present, or with such an auxiliary ("have denied")."""
    return verb.tag_ == PLURAL_VERB or any(
        child.dep_ in AUXILIARY_DEPS and child.tag_ == PLURAL_VERB for child in verb.children)


def _plural(subject: Token) -> bool:
    """A plural noun or name, names joined by "and", or a subject of a plural verb."""
    return (subject.tag_ in PLURAL_TAGS or any(child.dep_ == "conj" for child in subject.children)
            or _plural_verb(subject.head))
