"""The subject of a speech cue: who the grammar says speaks, before any pronoun or description is
resolved (step 1 of ``speakers``): the X of "according to X", the object of "quoted X as
saying", the agent of a passive cue, the noun a relative pronoun stands for, the subject of
the cue a joined cue goes with ("alleged that the party was trying to … and said “…”"), a name
right after a cue that follows the closing mark ("“…,” said Yadav"), and the doer of the deed a
cue is the means of ("marked the day by calling on his allies to …")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tacitus.nlp.doc_memo import DocMemo
from tacitus.nlp.token_arrays import arrays_of
from tacitus.quotes.cue_lexicon import load_lexicon
from tacitus.quotes.spans import nearest_subject, subject_of
from tacitus.wordlists import word_map, word_set

# "the agency quoted a spokesman as saying": the verbs whose object speaks
CITING_VERBS = word_set("citing_verbs")
# the relative pronouns ("who", "that", "which") that stand for the noun a clause describes
RELATIVE_TAGS = frozenset({"WP", "WDT"})
# what gives a joined verb a clause of its own ("was arrested and has accused …")
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})
# the link of a clause a cue reports ("alleged that the party was trying …")
REPORTED_CLAUSE = "ccomp"
# "marked the day by calling on …": the prepositions whose gerund is the means of a deed
MEANS_PREPOSITIONS = word_set("means_prepositions")
# "according to X": the head word of an attributing phrase and the particle that names the source
ATTRIBUTING = word_map("attribution_phrases")


def attribution_particle(token: Token) -> Token | None:
    """The "to" of "according to X" when ``token`` heads such a phrase (``ATTRIBUTING``)."""
    particle = ATTRIBUTING.get(token.lower_)
    if particle is None:
        return None
    return next((c for c in token.children if c.lower_ == particle), None)


def is_according(token: Token) -> bool:
    """ "according to X": the cue of a source named after "to"."""
    return attribution_particle(token) is not None


def cue_subject(cue: Token) -> Token | None:
    """The subject of a speech cue, or the X of "according to X"; the relative pronoun of "the
    minister, who said …" stands for the minister (read once per cue of the last ``Doc``: the
    quote finder, the speaker finder and the claim finder ask it of the same cues)."""
    return _CUE_SUBJECTS.get(cue.doc, cue.i)


def _read_cue_subject(doc: Doc, index: int) -> Token | None:
    cue = doc[index]
    if cue.lower_ in ATTRIBUTING:
        to = attribution_particle(cue)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    cited = _cited(cue)
    if cited is not None:
        return cited
    passive = _passive_verb(cue)
    if passive is not None:
        # "the editor was accused of “spreading false news”": the one it is said of does not
        # speak; the agent does ("by the court"), when the sentence names one, and a passive
        # it is joined to shares its agent ("was arrested by the police and accused of “…”")
        return next((grand for verb in (cue, passive) for child in verb.children
                     if child.dep_ == "agent"
                     for grand in child.children if grand.dep_ == "pobj"), None)
    joined = _joined_past_report(cue)
    if joined is not None:
        return joined
    subject = subject_of(cue)
    if (subject is not None and subject.tag_ in RELATIVE_TAGS and cue.dep_ == "relcl"
            and cue.head.i != cue.i):
        return cue.head
    if subject is None:
        subject = _means_doer(cue)
    return subject if subject is not None else _inverted(cue)


def _joined_past_report(cue: Token) -> Token | None:
    """ "he alleged that the party was trying to … and said “…”": a cue with no subject of its own
    that the parser joined to a verb of what another cue reports (a verb that is no speech cue
    itself) goes with that other cue, and speaks by its subject, not by the reported one's."""
    joined = cue.head
    if cue.dep_ != "conj" or joined.i == cue.i or nearest_subject(cue) is not None:
        return None
    reporting = joined.head
    if (joined.dep_ != REPORTED_CLAUSE or reporting.i == joined.i
            or joined.lemma_.lower() in load_lexicon().speech_cues
            or reporting.lemma_.lower() not in load_lexicon().speech_cues):
        return None
    return nearest_subject(reporting)


def _means_doer(cue: Token) -> Token | None:
    """ "Bush marked the day by calling on his allies to …": the gerund after "by" is done by
    the subject of the verb the preposition hangs on."""
    preposition = cue.head
    if (cue.dep_ != "pcomp" or cue.tag_ != "VBG" or preposition.lower_ not in MEANS_PREPOSITIONS
            or preposition.head.i == preposition.i or preposition.head.pos_ not in ("VERB", "AUX")):
        return None
    return subject_of(preposition.head)


def _passive_verb(cue: Token) -> Token | None:
    """The passive verb ``cue`` is, or is joined to with no subject or auxiliary of its own (the
    participle "accused" of "was arrested and accused of"); ``None`` for an active cue."""
    # the dependencies read from the Doc's arrays: a ``Token`` made for a passive verb alone
    arrays = arrays_of(cue.doc)
    deps, children = arrays.deps, arrays.children
    index = cue.i
    while not any(deps[child] == "auxpass" for child in children[index]):
        head = arrays.heads[index]
        if not (deps[index] == "conj" and arrays.tags[index] == "VBN" and head != index
                and not any(deps[child] in OWN_CLAUSE_DEPS for child in children[index])):
            return None
        index = head
    return cue if index == cue.i else cue.doc[index]


def _inverted(cue: Token) -> Token | None:
    """ "“…,” said Yadav": a name right after a cue that follows the quotation's closing mark
    speaks, where the parser took it for the cue's object (no one is said or added)."""
    before = next((token for token in reversed(cue.doc[max(0, cue.i - 3):cue.i])
                   if not token.is_space), None)
    if before is None or not before.is_punct:
        return None
    return next((child for child in cue.children if child.dep_ == "dobj"
                 and child.pos_ == "PROPN" and child.left_edge.i == cue.i + 1), None)


def _cited(cue: Token) -> Token | None:
    """The one a reporter quotes: the object of "quoted a spokesman as saying", or the subject of
    the passive "the minister was quoted as saying"."""
    preposition = cue.head
    if cue.dep_ != "pcomp" or preposition.lower_ != "as" or preposition.head.i == preposition.i:
        return None
    verb = preposition.head
    if verb.lemma_.lower() not in CITING_VERBS:
        return None
    return next((child for child in verb.children if child.dep_ in ("dobj", "nsubjpass")), None)


_CUE_SUBJECTS: DocMemo[int, Token | None] = DocMemo(_read_cue_subject)
