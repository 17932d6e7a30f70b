"""The claim finder passes over a word that can be no claim's cue: it looks further only at verbs,
words written as a state cue and nouns or proper nouns of a noun cue."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from tacitus.quotes.claims import _may_cue_word
from tacitus.quotes.cue_lexicon import ClaimCue, load_lexicon

TEXT = "Chile renewed its call for calm and is committed to a truce with the miners."


def _by_lemma() -> dict[tuple[str, str], list[ClaimCue]]:
    by_lemma: dict[tuple[str, str], list[ClaimCue]] = {}
    for cue in load_lexicon().claim_cues:
        by_lemma.setdefault((cue.lemma, cue.pos), []).append(cue)
    return by_lemma


def _may_cue(token: Token, by_lemma: dict[tuple[str, str], list[ClaimCue]]) -> bool:
    """The finder's test, given what it reads of the token from the Doc's arrays."""
    return _may_cue_word(token.pos_, token.lower_, token.lemma_.lower(), by_lemma)


def test_only_possible_cues_are_read_further(nlp: Language) -> None:
    by_lemma = _by_lemma()
    doc = nlp(TEXT)
    kept = {token.text for token in doc if _may_cue(token, by_lemma)}
    # the verbs, the noun cue "call" and the state cue "committed"
    assert {"renewed", "call", "committed"} <= kept
    # a noun of no cue, a determiner, a preposition, a name of no cue
    assert not kept & {"calm", "truce", "miners", "its", "a", "for", "the", "with", "Chile"}


def test_a_noun_cue_written_in_capitals_is_read_by_its_lemma(nlp: Language) -> None:
    by_lemma = _by_lemma()
    doc = nlp("The unions repeated their Demands for higher pay.")
    demands = next(token for token in doc if token.text == "Demands")
    assert _may_cue(demands, by_lemma)
