"""Who "he" and "she" stand for when a quote's cue is a pronoun (``antecedents.nearest_person``),
and which names the view counts as people for it: one case per pattern of news writing, on
sentences made up here."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Span

from tacitus.quotes.view import DocView


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Growers in the north lost their crops this year. The chair of the Rural Growers"
            " Council, Peter Haldane, says Mr Okafor could face a large bill. “If the rain does"
            " not come soon, the farm will have to be sold,” he said.",
            "Peter Haldane",
            id="the-name-set-beside-the-subject-s-phrase-is-the-subject"),
        pytest.param(
            "Ana Ruiz spoke to farmers in the valley on Monday. She said Tom Berg had not"
            " called her. She said the harvest was poor. She added that prices would rise."
            " She said the rains came too late. She said the banks would not help. “We will"
            " manage alone,” she said.",
            "Ana Ruiz",
            id="a-long-chain-of-pronouns-stands-for-the-name-it-began-with"),
        pytest.param(
            "Taylor Smith's new novel was published by a firm owned by the investor Tom Berg"
            " last spring. “It was a very hard birth,” she said in an interview.",
            "Taylor Smith",
            id="no-subject-named-the-one-nearest-the-main-verb"),
        pytest.param(
            "Tom Berg spoke at the rally on Sunday. Referring to the offer Peter Lomax made on"
            " Friday, he said, “It should never have become a matter for politicians.”",
            "Tom Berg",
            id="a-name-inside-the-speaker-s-own-participle-is-spoken-of"),
        pytest.param(
            # in small letters the parser hangs "he said" from the quoted words, and the
            # participle with it
            "the strike went on. tom berg spoke at the rally. referring to the offer by peter"
            " lomax, he said, \"it should never have been made.\"",
            "tom berg",
            id="a-name-inside-the-participle-of-a-cue-hung-from-the-quotation-is-spoken-of"),
    ],
)
def test_a_pronoun_stands_for(analyse: Any, text: str, speaker: str) -> None:
    quotes, _ = analyse(text, [])
    assert [quote.speaker_text for quote in quotes if quote.direct] == [speaker]


def test_a_description_stands_for_whom_a_pronoun_before_it_stood_for(analyse: Any) -> None:
    """ "The leader" has no gender of its own: the "he" that spoke just before may stand for
    whom it describes, and "he stressed" after it goes on with the same speaker, not with a
    name inside the participle "he" spoke in."""
    text = ("About the strike, Tom Berg said, “It will go on.” Referring to a letter by the union"
            " head Ali Khan, he said, “It should never have been sent.” The leader also wrote to"
            " the council. However, the “talks must resume”, he stressed.")
    quotes, _ = analyse(text, [])
    assert [quote.speaker_text for quote in quotes if quote.direct] == ["Tom Berg"] * 3


def test_a_name_with_an_article_is_no_person(nlp: Language, article_for: Any) -> None:
    """In re-cased copy the parser tags nothing in "the Parishad": a name with "the" is a body's,
    never a person's."""
    text = "the Parishad has made its stand clear. dalmiya said the talks would go on."
    view = DocView(nlp(text), (), article_for(text))
    assert [person.text for person in view.people] == ["dalmiya"]


def test_a_person_s_name_leaves_out_the_possessive(nlp: Language, article_for: Any) -> None:
    text = "Ana Ruiz's novel sold well last year."
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 3, "PERSON")]
    assert [person.text for person in DocView(doc, (), article_for(text)).people] == ["Ana Ruiz"]


def test_a_name_the_knowledge_base_knows_as_a_body_is_no_person(
        nlp: Language, article_for: Any, mentions_for: Any) -> None:
    text = "The Taliban has made its stand clear. Brannock said the talks would go on."
    doc = nlp(text)
    doc.ents = [Span(doc, 1, 2, "PERSON"), Span(doc, 8, 9, "PERSON")]
    view = DocView(doc, mentions_for(doc, [("Taliban", "TALIBAN")]), article_for(text))
    assert [person.text for person in view.people] == ["Brannock"]
