"""The document an "it" that speaks stands for (step 2 of ``speakers``): "“…,” the report states.
It adds that …" and "…, a party release said. …, it said" go on with the document that spoke
just before, not with a body named before it."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.quotes.body_antecedents import SENTENCES_BACK, main_subject
from tacitus.quotes.view import GUESSED, DocView
from tacitus.wordlists import word_set

# the nouns of a document that speaks for its issuer ("the report", "a release")
SPEAKING_DOCUMENTS = word_set("speaking_documents")
# "it": a pronoun that goes on with the document before it, however long the chain
THING_PRONOUNS = word_set("third_person_pronouns", refers="thing")
# the link of a cue the parser hung from the words it reports ("“…,” the report states")
PARATAXIS = "parataxis"


def document_before(view: DocView, pronoun: Token) -> Token | None:
    """The document noun (``SPEAKING_DOCUMENTS``) that was the speaking subject of a sentence just
    before ``pronoun`` (or of its own sentence, before it), when no body was a main subject
    since; an "it" that was such a subject in between goes on with the same document."""
    here = view.sentence_index(pronoun)
    for index in range(here, max(-1, here - SENTENCES_BACK - 1), -1):
        sentence = view.sentences[index]
        for token in reversed(sentence):
            if token.i >= pronoun.i or view.quoted_in[token.i] >= 0:
                continue
            if token.lemma_.lower() in SPEAKING_DOCUMENTS and _speaking_subject(token):
                return token
            if not main_subject(token) or token.lower_ in THING_PRONOUNS:
                continue
            mention = view.mentions.at(token)
            if (mention is not None and mention.how not in GUESSED
                    and mention.actor.kind != "person"):
                # "the ministry said …. “…,” it said": the body, not a document before it
                return None
    return None


def _speaking_subject(token: Token) -> bool:
    """Whether ``token`` is the subject of its sentence's main verb, or of a verb the parser hung
    from the words it reports."""
    return main_subject(token) or (token.dep_ == "nsubj" and token.head.dep_ == PARATAXIS)
