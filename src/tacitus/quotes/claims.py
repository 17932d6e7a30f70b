"""The ``find_claims`` stage: demands, commitments, denials, appeals, offers and threats."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise

from spacy.tokens import Doc, Token

from tacitus.ids import stable_id
from tacitus.model import Actor, ActorMention, Article, Claim
from tacitus.quotes.finder import attribute_quotations, find_speaker
from tacitus.quotes.spans import (
    SUBJECT_DEPS,
    Piece,
    conjuncts,
    is_pronoun,
    split_coordination,
    subject_of,
    subtree_piece,
    trimmed,
)
from tacitus.quotes.tables import ClaimCue, Lexicon, load_lexicon
from tacitus.quotes.topics import topic_of
from tacitus.quotes.view import DocView

ClaimFinder = Callable[[Doc, Sequence[ActorMention], Article], tuple[Claim, ...]]
FUTURE_AUX = frozenset({"will", "wo", "'ll", "’ll", "shall", "would"})
# "would" in a quotation is a condition ("we would agree if …"), not a promise.
PROMISE_AUX = frozenset({"will", "wo", "'ll", "’ll", "shall"})
THREAT_CUES = frozenset({"warn", "threaten"})
# Only these kinds take the subject of their complement as the one asked ("urged Y to Z").
ASKING_KINDS = frozenset({"demand", "appeal"})
# Promises, offers and threats speak of the actor itself ("promised that it would …").
SELF_KINDS = frozenset({"commitment", "offer", "threat"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
FIRST_PERSON = frozenset({"i", "we"})
ITEM_MARKERS = frozenset({"including", "include"})
# A cue verb in one of these clauses with an infinitive "to" is part of another verb's content
# ("committed not to allow X to use Y to threaten Z"): the claim, if any, is the head verb's.
INFINITIVE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp"})
# Verbs of outcome or state, not of a controllable action: "said it would benefit Hamas" is a
# prediction, and a commitment needs its claimant to be the doer of something it can do.
NON_AGENTIVE = frozenset({
    "be", "become", "benefit", "cost", "happen", "mean", "seem", "appear", "result", "fail",
    "fall", "rise", "last", "matter", "worsen", "depend", "succeed", "collapse", "backfire"})
# "it"/"they" refer to the nearest earlier noun of the same number before they refer to the
# speaker named further back.
PRONOUN_NUMBER = {"it": "Sing", "they": "Plur"}
# Nouns that are part of a name or of the speaker's own phrase ("Taliban officials said they …").
NOT_ANTECEDENT = SUBJECT_DEPS | {"compound", "poss", "npadvmod", "appos", "nmod"}


def make_claim_finder() -> ClaimFinder:
    """Load the claim cues once and return the ``find_claims(doc, mentions, article)`` stage."""
    lexicon = load_lexicon()

    def find_claims(doc: Doc, mentions: Sequence[ActorMention], article: Article
                    ) -> tuple[Claim, ...]:
        view = DocView(doc, mentions, article)
        quoted_by = {quoted.number: quoted.speaker.actor
                     for quoted in attribute_quotations(view, lexicon)
                     if quoted.speaker is not None and quoted.speaker.actor is not None}
        unique = {claim.id: claim for claim in _find(view, lexicon, quoted_by)}
        return tuple(sorted(unique.values(), key=lambda claim: (claim.start, claim.end)))

    return find_claims


def _find(view: DocView, lexicon: Lexicon, quoted_by: dict[int, Actor]) -> Iterator[Claim]:
    by_lemma: dict[tuple[str, str], list[ClaimCue]] = {}
    for cue in lexicon.claim_cues:
        by_lemma.setdefault((cue.lemma, cue.pos), []).append(cue)
    for token in view.doc:
        if view.in_full_quote(token) and not _first_person(token, view, quoted_by):
            continue
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB":
            found = [claim for cue in by_lemma.get((lemma, "verb"), ())
                     for claim in _verb_claims(view, lexicon, token, cue, quoted_by)]
            yield from found
            if not found and lemma in lexicon.speech_cues:
                yield from _speech_claims(view, lexicon, token, quoted_by)
            elif not found:
                yield from _quoted_promises(view, lexicon, token, quoted_by)
        elif token.pos_ in ("NOUN", "PROPN"):
            for cue in by_lemma.get((lemma, "noun"), ()):
                yield from _noun_claims(view, lexicon, token, cue)


def _verb_claims(view: DocView, lexicon: Lexicon, verb: Token, cue: ClaimCue,
                 quoted_by: dict[int, Actor]) -> Iterator[Claim]:
    """ "X urged Y to Z", "X called for Z", "X pledged to Z", "X denied Z", "X offered Z"."""
    actor = _claimant(view, verb, quoted_by)
    if actor is None or _in_question(verb) or _infinitival(verb):
        return
    addressee: Token | None = next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
    complement = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
    pieces: list[Piece] = []
    if cue.particle:
        particle = next((c for c in verb.children
                         if c.dep_ in ("prep", "prt") and c.lower_ == cue.particle), None)
        if particle is None and cue.particle == "to" and _infinitival(complement):
            particle = complement  # "committed not to allow …": "to" marks the infinitive
        if particle is None:
            return
        objects = [c for c in particle.children if c.dep_ in ("pobj", "pcomp")]
        if particle is complement and complement is not None:
            pieces = split_coordination(complement)
        elif cue.particle in ("on", "to") and complement is not None and objects:
            addressee = objects[0]
        elif objects:
            pieces = _coordinated_objects(verb, particle, objects[0])
    if not pieces and complement is not None:
        own_subject = next((c for c in complement.children if c.dep_ in SUBJECT_DEPS), None)
        without: list[Token] = []
        if own_subject is not None and cue.kind in ASKING_KINDS:
            addressee = addressee or own_subject
            without = [own_subject]
        elif own_subject is not None and cue.kind in SELF_KINDS and is_pronoun(own_subject):
            without = [own_subject]
        pieces = split_coordination(complement, without=without)
    elif not pieces and addressee is not None and view.mentions.at(addressee) is None:
        piece = subtree_piece(addressee)
        pieces = [piece] if piece else []
        addressee = None
    target = view.mentions.nearest(addressee) if addressee is not None else None
    doc = verb.doc
    for piece in pieces:
        if doc[view.token_at(piece.start)].tag_ in WH_TAGS:
            continue  # "… and what role it wanted to play" is a question, not a demand
        yield _claim(view, lexicon, cue.kind, actor, target.actor if target else None,
                     piece)


def _claimant(view: DocView, verb: Token, quoted_by: dict[int, Actor]) -> Actor | None:
    """Who makes the claim: the speaker of a quotation for "we"/"I" inside it, else the mention
    on the verb's subject."""
    actor = _first_person(verb, view, quoted_by)
    if actor is not None:
        return actor
    speaker = find_speaker(view, verb)
    return speaker.actor if speaker else None


def _first_person(verb: Token, view: DocView, quoted_by: dict[int, Actor]) -> Actor | None:
    subject = subject_of(verb)
    if subject is None or subject.lower_ not in FIRST_PERSON:
        return None
    return quoted_by.get(view.quoted_in[verb.i])


def _infinitival(verb: Token | None) -> bool:
    """ "(not) to allow", "to threaten": a verb with an infinitive marker in a dependent clause."""
    return verb is not None and verb.dep_ in INFINITIVE_DEPS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _in_question(verb: Token) -> bool:
    """ "… and what role his country wanted it to play", "asked where he was": a question asks for
    no action."""
    if any(token.tag_ in WH_TAGS for token in verb.doc[verb.left_edge.i : verb.i]):
        return True
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp"):
            first = child.doc[child.left_edge.i]
            if first.tag_ in WH_TAGS or first.lower_ in ("if", "whether"):
                return True
    return False


def _coordinated_objects(verb: Token, particle: Token, first: Token) -> list[Piece]:
    """ "called for A and B": one piece per coordinated object, even when the parser hung B on
    the verb; words inside one object ("rights of women and girls") stay together."""
    doc = verb.doc
    end = particle.i + 1
    limit = verb.sent.end
    while end < limit and not (doc[end].dep_ in ("punct", "advcl", "ccomp") and
                               doc[end].head.i == verb.i):
        end += 1
    splits = [t.i for t in doc[particle.i + 1 : end]
              if t.dep_ == "cc" and t.head.i in (verb.i, first.i)]
    pieces: list[Piece] = []
    bounds = [particle.i + 1, *splits, end]
    for left, right in pairwise(bounds):
        tokens = [t for t in doc[left:right] if not (t.i == left and t.dep_ == "cc")]
        if tokens:
            head = min(tokens, key=lambda t: _height(t, left, right))
            piece = trimmed(doc, [t.i for t in tokens], head)
            if piece is not None:
                pieces.append(piece)
    return pieces


def _height(token: Token, left: int, right: int) -> int:
    steps = 0
    while left <= token.head.i < right and token.head.i != token.i:
        token = token.head
        steps += 1
    return -steps


def _speech_claims(view: DocView, lexicon: Lexicon, cue: Token, quoted_by: dict[int, Actor]
                   ) -> Iterator[Claim]:
    """Reported promises ("said they won't let …"), threats ("warned it would …") and denials
    ("claimed that al-Qaeda is not present")."""
    clause = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return
    actor = _claimant(view, cue, quoted_by)
    if actor is None:
        return
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    modals = PROMISE_AUX if view.quoted_in[clause.i] >= 0 else FUTURE_AUX
    future = any(c.dep_ == "aux" and c.lower_ in modals for c in clause.children)
    if future and clause.lemma_.lower() in NON_AGENTIVE:
        future = False
    if future and subject is not None and _is_self(view, subject, actor,
                                                   quoted=view.quoted_in[clause.i] >= 0):
        kind = "threat" if cue.lemma_.lower() in THREAT_CUES else "commitment"
        for piece in split_coordination(clause, without=_subjects(clause)):
            yield _claim(view, lexicon, kind, actor, None, piece)
    elif cue.lemma_.lower() in lexicon.denial_cues and any(c.dep_ == "neg"
                                                           for c in clause.children):
        denied = subtree_piece(clause)
        if denied is not None:
            yield _claim(view, lexicon, "denial", actor, None, denied)


def _quoted_promises(view: DocView, lexicon: Lexicon, verb: Token, quoted_by: dict[int, Actor]
                     ) -> Iterator[Claim]:
    """ "“We will not let this happen,” X said": a quoted first-person promise is X's commitment."""
    actor = _first_person(verb, view, quoted_by)
    if actor is None or not any(c.dep_ == "aux" and c.lower_ in PROMISE_AUX
                                for c in verb.children):
        return
    if verb.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "conj") or _in_question(verb):
        return
    for piece in split_coordination(verb, without=_subjects(verb)):
        yield _claim(view, lexicon, "commitment", actor, None, piece)


def _subjects(verb: Token) -> list[Token]:
    """The subjects of a verb and of the verbs coordinated with it ("we will … and we will …")."""
    return [child for conjunct in conjuncts(verb) for child in conjunct.children
            if child.dep_ in SUBJECT_DEPS]


def _is_self(view: DocView, subject: Token, actor: Actor, *, quoted: bool) -> bool:
    """A reported promise speaks of the speaker by pronoun ("said they won't"), a quoted one in
    the first person ("we will"); "X said Y would" with a named Y is only reported speech."""
    if quoted:
        return subject.lower_ in FIRST_PERSON
    if not is_pronoun(subject) or subject.lower_ == "you":
        return False
    mention = view.mentions.at(subject)
    if mention is not None:
        return mention.actor.code == actor.code
    return _antecedent_noun(view, subject) is None


def _antecedent_noun(view: DocView, pronoun: Token) -> Token | None:
    """The nearest earlier common noun of the pronoun's sentence with its number, when no actor
    is named between them ("opposed calls for a ceasefire, saying it would …" → "ceasefire")."""
    number = PRONOUN_NUMBER.get(pronoun.lower_)
    if number is None:
        return None
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if view.mentions.at(token) is not None:
            return None
        if token.pos_ == "NOUN" and token.dep_ not in NOT_ANTECEDENT and (
                number in token.morph.get("Number", [])):
            return token
    return None


def _noun_claims(view: DocView, lexicon: Lexicon, noun: Token, cue: ClaimCue) -> Iterator[Claim]:
    """ "the US priorities for the Taliban including A, B and not C": one claim per item."""
    owner = next((view.mentions.at(c) for c in noun.children
                  if c.dep_ in ("poss", "compound", "nmod") and view.mentions.at(c)), None)
    actor = owner.actor if owner else _enclosing_speaker(view, lexicon, noun)
    if actor is None:
        return
    addressee = None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "on", "to"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            found = view.mentions.nearest(pobj) if pobj is not None else None
            addressee = found.actor if found else addressee
    for child in noun.children:
        if child.lower_ in ITEM_MARKERS:
            for item in child.children:
                if item.dep_ in ("pobj", "pcomp", "dobj"):
                    for piece in split_coordination(item):
                        yield _claim(view, lexicon, cue.kind, actor, addressee, piece)


def _enclosing_speaker(view: DocView, lexicon: Lexicon, token: Token) -> Actor | None:
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.lemma_.lower() in lexicon.speech_cues:
            speaker = find_speaker(view, current)
            return speaker.actor if speaker else None
    return None


def _claim(view: DocView, lexicon: Lexicon, kind: str, actor: Actor, addressee: Actor | None,
           piece: Piece) -> Claim:
    article = view.article
    sentence_index = view.sentence_index(piece.head)
    return Claim(
        id=stable_id("clm_", article.id, kind, piece.start, piece.end),
        kind=kind,
        actor=actor,
        addressee=addressee,
        text=article.text[piece.start : piece.end],
        topic=topic_of(view.doc, piece, lexicon.topic_keywords),
        start=piece.start,
        end=piece.end,
        evidence=view.evidence(sentence_index),
        date=view.date_of(sentence_index),
    )
