"""Where grammar, not preference, fixes who speaks, so the trained speaker choice
(``speaker_decision``, issue #18) keeps the rules' speaker outright: a clause whose cue ends in a
colon right before the quotation names the speaker of the words that follow ("A spokeswoman
said: “…”"), as a label does ("Wanjiru: “…”", ``labels``); "according to X" names X; a thing
that carries written words ("a sign on the gate said “No entry”") speaks for no one."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.quotes.cue_subjects import cue_subject, is_according
from tacitus.quotes.speakers import INSCRIPTION_NOUNS
from tacitus.quotes.view import DocView

COLON = ":"


def cue_fixes_speaker(view: DocView, cue: Token, open_at: int | None = None) -> bool:
    """Whether ``cue`` alone settles the speaker of its quote (``open_at``: the quotation's
    opening mark, for a direct quote)."""
    if is_according(cue):
        return True
    subject = cue_subject(cue)
    if (subject is not None and subject.pos_ == "NOUN"
            and subject.lemma_.lower() in INSCRIPTION_NOUNS):
        return True
    return (open_at is not None and cue.idx < open_at
            and view.text[:open_at].rstrip().endswith(COLON))
