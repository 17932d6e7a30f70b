"""Titles written as abbreviations before a name ("Capt. Ana Ruiz", "Hon. Mary Achieng") are one
token with their full stop, and the name after them starts no sentence: the tokenizer is given
them as special cases (``wordlists/title_abbreviations.tsv``), and a component before the parser
keeps the next word in the title's sentence."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from tacitus.wordlists import word_list

COMPONENT = "tacitus_title_abbreviations"
TITLE_ABBREVIATIONS = word_list("title_abbreviations")
TITLE_FORMS = frozenset(f"{form}." for word in TITLE_ABBREVIATIONS
                        for form in (word, word.capitalize(), word.upper()))
# read from the Doc's array of word ids: a ``Token`` is made for these alone
TITLE_IDS = frozenset(get_string_id(form) for form in TITLE_FORMS)


@Language.component(COMPONENT)
def join_titled_names(doc: Doc) -> Doc:
    """The word after a title's abbreviation on the same line ("Capt. Ana") starts no sentence."""
    words = doc.to_array(ORTH).tolist() if len(doc) else []
    for index in (i for i, word in enumerate(words[:-1]) if word in TITLE_IDS):
        title, following = doc[index], doc[index + 1]
        if ("\n" not in title.whitespace_ and not following.is_space
                and following.is_sent_start is None):
            following.is_sent_start = False
    return doc


def use_title_abbreviations(nlp: Language) -> None:
    """Make each title abbreviation (as written, capitalised and in capitals) one token with its
    full stop, and put the component before the parser (once)."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for form in TITLE_FORMS:
            tokenizer.add_special_case(form, [{ORTH: form}])
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser" if "parser" in nlp.pipe_names else None)
