"""The subject of a speech cue and the body a speaker's words state are read once per cue of a
parse: the quote finder, the speaker finder and the claim finder ask them of the same cues, and
a new parse is read anew; on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.model import Article
from tacitus.quotes.affiliations import stated_body
from tacitus.quotes.cue_subjects import cue_subject
from tacitus.quotes.view import DocView


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


@pytest.mark.parametrize(("text", "cue", "subject"), [
    ("The Kenyan foreign minister said the border would reopen.", "said", "minister"),
    ("The border will reopen, according to the Kenyan foreign minister.", "according",
     "minister"),
    ("The talks failed, the spokeswoman who said so added.", "said", "spokeswoman"),
])
def test_a_cue_asked_again_has_the_same_subject(nlp: Language, text: str, cue: str,
                                                 subject: str) -> None:
    doc = nlp(text)
    word = next(token for token in doc if token.text == cue)
    first = cue_subject(word)
    assert first is not None and first.text == subject
    assert cue_subject(doc[word.i]) == first


def test_another_parse_is_read_anew(nlp: Language) -> None:
    first = nlp("The minister said the border would reopen.")
    assert cue_subject(first[2]) == first[1]
    # the same token index of another parse: its own subject, not the last parse's
    other = nlp("Officials said the border would reopen.")
    found = cue_subject(other[1])
    assert found is not None and found.doc is other and found.text == "Officials"
    assert cue_subject(nlp("Rain said nothing.")[1]) is not None


def test_the_body_a_speaker_states_is_the_same_when_asked_again(
        nlp: Language, resolve: ActorResolver, article_for: Callable[[str], Article]) -> None:
    text = "A spokesman for the Nigerian army said the town was calm."
    article = article_for(text)
    doc = nlp(text)
    view = DocView(doc, tuple(resolve(doc, None)), article)
    spokesman = doc[1]
    first = stated_body(view, spokesman)
    assert first[0] == "NGA"
    assert stated_body(view, doc[1]) == first
    # a view of another parse reads its own
    other_text = "A spokesman for the Kenyan police said the town was calm."
    other_doc = nlp(other_text)
    other = DocView(other_doc, tuple(resolve(other_doc, None)), article)
    assert stated_body(other, other_doc[1])[0] == "KEN"
