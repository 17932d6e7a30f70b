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
from tacitus.wordlists import word_set

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
NON_AGENTIVE = word_set("non_agentive_verbs")
# "“We expect the Taliban to let people leave”": a speaker's own expectation of another is a
# demand; "Washington expects Moscow to attack" is a forecast, so only "we"/"I" in a quotation.
EXPECT_VERBS = frozenset({"expect"})
# Modal and future auxiliaries: a clause with one speaks of what may or will be, not of what is.
MODAL_AUX = FUTURE_AUX | {"can", "could", "may", "might", "must", "should", "ca"}
# "said it would stop only if …": a conditional promise is a bargaining position, not a promise.
CONDITION_MARKS = frozenset({"if", "unless"})
# Verbs that "continue" a deed named below them ("vowed to keep fighting", "would continue its
# attacks"): the deed, not the verb, says whether the promise is a threat.
CARRY_ON = frozenset({"continue", "keep", "resume", "use", "step", "intensify", "carry", "take"})
# "said it was ready to host talks": readiness to act for others is an offer.
READY_WORDS = frozenset({"ready", "willing", "prepared"})
# Nouns naming the claimant's own side when its claim speaks of it ("his government would …",
# "its forces would …"); for the bare "the group would …", only the group-like ones.
OWN_SIDE_NOUNS = word_set("own_side_nouns")
GROUP_NOUNS = frozenset({"group", "movement", "alliance", "militia", "organisation",
                         "organization", "coalition"})
# Verbs of attitude: negated, they state a position ("we do not want enemies"), not a denial.
STANCE_VERBS = word_set("stance_verbs")
# "said Russia was not guilty": a negated "be" denies only guilt or part in a deed, not a mood
# ("we are not afraid").
DENIED_STATES = frozenset({"guilty", "responsible", "involved", "behind", "present", "party",
                           "complicit", "culprit"})
# "rejected accusations that …": the accused clause is denied.
REJECT_VERBS = frozenset({"reject", "dismiss", "refute", "deny"})
ACCUSATION_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "report",
                              "suggestion"})
# "gave the diplomats 72 hours to leave", "gave Moscow until midnight to explain": a deadline.
DEADLINE_VERBS = word_set("deadline_verbs")
DEADLINE_NOUNS = frozenset({"hour", "day", "week", "month", "deadline", "ultimatum"})
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
            cues = by_lemma.get((lemma, "verb"), [])
            if lemma in EXPECT_VERBS and _first_person(token, view, quoted_by) is not None:
                cues = [*cues, ClaimCue(lemma, "verb", "", "demand")]
            found = [claim for cue in cues
                     for claim in _verb_claims(view, lexicon, token, cue, quoted_by)]
            yield from found
            if not found and lemma in REJECT_VERBS:
                found = list(_rejected_accusations(view, lexicon, token, quoted_by))
                yield from found
            if not found and lemma in DEADLINE_VERBS:
                found = list(_deadlines(view, lexicon, token, quoted_by))
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
    if actor is None or _in_question(verb) or _infinitival(verb) or _negated(verb):
        return  # "we don't want enemies", "did not demand": no claim is made
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
        if cue.particle == "of" and not (objects and _act_kind(lexicon, objects[0])):
            return  # "warned of consequences" is a threat, "warned of a famine" is not
    if not pieces and complement is not None:
        own_subject = next((c for c in complement.children if c.dep_ in SUBJECT_DEPS), None)
        without: list[Token] = []
        if own_subject is not None and cue.kind in ASKING_KINDS:
            addressee = addressee or own_subject
            without = [own_subject]
        elif own_subject is not None and cue.kind in SELF_KINDS and is_pronoun(own_subject):
            without = [own_subject]
        pieces = split_coordination(complement, without=without)
        pieces += [piece for stray in _stray_conjuncts(verb, complement)
                   for piece in split_coordination(stray)]
    elif not pieces and addressee is not None and (given := _second_object(verb, addressee)):
        # "offered Tunisia 1 billion euros (in aid)": the first object is the one offered to
        pieces = [_object_piece(verb, given)]
    elif not pieces and addressee is not None and view.mentions.at(addressee) is None:
        piece = subtree_piece(addressee)
        pieces = [piece] if piece else []
        addressee = None
    if addressee is None and complement is not None and cue.kind in ASKING_KINDS:
        # "appealed to Israel to reconsider": the one appealed to is asked
        addressee = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                          for o in c.children if o.dep_ == "pobj" and view.mentions.at(o)), None)
    target = view.mentions.nearest(addressee) if addressee is not None else None
    doc = verb.doc
    for piece in pieces:
        if doc[view.token_at(piece.start)].tag_ in WH_TAGS:
            continue  # "… and what role it wanted to play" is a question, not a demand
        yield _claim(view, lexicon, _promised_kind(lexicon, piece.head, cue.kind), actor,
                     target.actor if target else None, piece)


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


def _second_object(verb: Token, first: Token) -> Token | None:
    """The direct object after a first (dative) object: "offered [Tunisia] [1 billion euros]"."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > first.i), None)


def _object_piece(verb: Token, given: Token) -> Piece:
    """The object with the "in"/"for" phrase right after it that the parser hung on the verb
    ("1 billion euros in aid")."""
    last = given.right_edge.i
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "for") and child.i == last + 1:
            last = child.right_edge.i
    piece = trimmed(verb.doc, range(given.left_edge.i, last + 1), given)
    return piece if piece is not None else Piece(given.idx, given.idx + len(given), given)


def _negated(verb: Token) -> bool:
    """ "did not seek war", "had nothing to do with it"."""
    return any(c.dep_ == "neg" or (c.dep_ in ("dobj", "attr") and c.lower_ == "nothing")
               for c in verb.children)


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children)


def _conditional(verb: Token) -> bool:
    """ "would stop kidnapping only if the government funded the talks"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                         for m in c.children) for c in verb.children)


def _stray_conjuncts(verb: Token, complement: Token) -> list[Token]:
    """ "called on X to release A, end B and restore C" where the parser hung "end" on "called":
    bare infinitives without a subject, coordinated with the cue verb after its complement."""
    if complement.dep_ != "xcomp" or complement.tag_ != "VB":
        return []
    return [c for c in verb.children
            if c.dep_ == "conj" and c.tag_ in ("VB", "VBP") and c.i > complement.i
            and c.lower_ == c.lemma_.lower()
            and not any(g.dep_ in SUBJECT_DEPS for g in c.children)]


def _act_kind(lexicon: Lexicon, head: Token) -> str | None:
    """The kind of the act ``head`` names, if any ("retaliate", "revenge", "answer … with")."""
    # the particle may hang on the verb or on its object ("answer [any attack with force]")
    near = [*head.children, *(g for c in head.children if c.dep_ == "dobj" for g in c.children)]
    for cue in lexicon.claim_cues:
        if cue.pos == "act" and cue.lemma == head.lemma_.lower() and (
                not cue.particle or any(c.dep_ == "prep" and c.lower_ == cue.particle
                                        for c in near)):
            return cue.kind
    return None


def _promised_kind(lexicon: Lexicon, head: Token, kind: str) -> str:
    """A promise of an act is a claim of that act's kind ("vowed to keep fighting": a threat);
    a negated one ("would not attack") stays a commitment."""
    if kind != "commitment" or _negated(head):
        return kind
    deeds = [head]
    while deeds:
        deed = deeds.pop()
        found = _act_kind(lexicon, deed)
        if found is not None:
            return found
        if deed.lemma_.lower() in CARRY_ON:
            deeds.extend(c for c in deed.children if c.dep_ in ("xcomp", "dobj"))
    return kind


def _coordinated_objects(verb: Token, particle: Token, first: Token) -> list[Piece]:
    """ "called for A and B": one piece per coordinated object, even when the parser hung B on
    the verb; words inside one object ("rights of women and girls") stay together."""
    doc = verb.doc
    end = particle.i + 1
    # a clause of the verb ends the objects where its first word is ("… of consequences if …")
    limit = min([verb.sent.end, *(c.left_edge.i for c in verb.children
                                  if c.dep_ in ("advcl", "ccomp") and c.i > particle.i)])
    while end < limit and not (doc[end].dep_ == "punct" and doc[end].head.i == verb.i):
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
    """Reported promises ("said they won't let …", "said China would limit …"), threats ("warned
    it would …", "warned there would be a price to pay"), offers ("said it was ready to host
    talks") and denials ("claimed that al-Qaeda is not present", "said it did not seek war")."""
    clause = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return
    actor = _claimant(view, cue, quoted_by)
    if actor is None:
        return
    quoted = view.quoted_in[clause.i] >= 0
    warning = cue.lemma_.lower() in THREAT_CUES
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    modals = PROMISE_AUX if quoted else FUTURE_AUX
    future = any(c.dep_ == "aux" and c.lower_ in modals for c in clause.children)
    if warning and future and not quoted:
        foreseen = _foreseen(clause)
        if foreseen is not None:
            yield _claim(view, lexicon, "threat", actor, None, foreseen)
            return
    if future and (clause.lemma_.lower() in NON_AGENTIVE
                   or any(c.dep_ == "auxpass" for c in clause.children)):
        future = False  # "would benefit", "will not be deterred": no act is promised
    own = subject is not None and _is_self(view, subject, actor, quoted=quoted)
    if future and own and (warning or not _conditional(clause)):
        for piece in split_coordination(clause, without=_subjects(clause) + _asides(clause)):
            if piece.head.lemma_.lower() in STANCE_VERBS and not any(
                    c.dep_ == "aux" and c.lower_ in modals for c in piece.head.children):
                continue  # "would compete … but did not want a new Cold War"
            kind = "threat" if warning else _promised_kind(lexicon, piece.head, "commitment")
            yield _claim(view, lexicon, kind, actor, None, piece)
        return
    if own and not future and not quoted:
        offered = _readiness(clause)
        if offered:
            for piece in offered:  # "ready to counterattack" is a threat, not an offer
                deed = _promised_kind(lexicon, piece.head, "commitment")
                kind = "offer" if deed == "commitment" else deed
                yield _claim(view, lexicon, kind, actor, None, piece)
            return
    # "said it did not seek war", "“We are not going to occupy anyone”": the speaker's side denies
    # a deed or an intent; "does not want enemies" or "does not recognise" is a stance instead
    disowns = own and not _modal(clause) and (
        clause.lemma_.lower() not in STANCE_VERBS or _no_part(clause)) and (
        not quoted or subject is None or subject.lower_ in FIRST_PERSON) and (
        clause.lemma_.lower() != "be" or any(c.lemma_.lower() in DENIED_STATES
                                             for c in clause.children))
    if (cue.lemma_.lower() in lexicon.denial_cues or disowns) and _negated(clause):
        # "did not seek conflict but welcomed competition": the unnegated conjunct is no denial
        denied = subtree_piece(clause, without=[c for c in clause.children if c.dep_ == "conj"
                                                and not _negated(c)])
        if denied is not None:
            yield _claim(view, lexicon, "denial", actor, None, denied)


def _no_part(clause: Token) -> bool:
    """ "had nothing to do with the explosion": a denial of any part in it."""
    return any(c.dep_ == "dobj" and c.lower_ == "nothing"
               and any(g.lemma_.lower() == "do" for g in c.children) for c in clause.children)


def _foreseen(clause: Token) -> Piece | None:
    """ "warned that there would be a big price to pay": the thing foretold."""
    if clause.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in clause.children):
        return None
    foretold = next((c for c in clause.children if c.dep_ in ("attr", "dobj")), None)
    return subtree_piece(foretold) if foretold is not None else None


def _readiness(clause: Token) -> list[Piece]:
    """ "(said) it was ready to send mediators": what the claimant is ready to do."""
    if clause.lemma_.lower() != "be":
        return []
    for word in clause.children:
        if word.dep_ == "acomp" and word.lower_ in READY_WORDS:
            deed = next((c for c in word.children if c.dep_ == "xcomp"), None)
            if deed is not None:
                return split_coordination(deed)
    return []


def _rejected_accusations(view: DocView, lexicon: Lexicon, verb: Token,
                          quoted_by: dict[int, Actor]) -> Iterator[Claim]:
    """ "rejected accusations that its forces had used chemical weapons": a denial of the
    accusation's clause."""
    actor = _claimant(view, verb, quoted_by)
    if actor is None or _negated(verb) or _infinitival(verb):
        return
    for noun in verb.children:
        if noun.dep_ == "dobj" and noun.lemma_.lower() in ACCUSATION_NOUNS:
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")
                           and any(m.dep_ == "mark" for m in c.children)), None)
            denied = subtree_piece(clause) if clause is not None else None
            if denied is not None:
                yield _claim(view, lexicon, "denial", actor, None, denied)


def _deadlines(view: DocView, lexicon: Lexicon, verb: Token, quoted_by: dict[int, Actor]
               ) -> Iterator[Claim]:
    """ "gave US diplomats 72 hours to leave the country", "gave Moscow until midnight to
    explain …": a deadline for the one given it is a demand on them."""
    actor = _claimant(view, verb, quoted_by)
    if actor is None or _negated(verb):
        return
    given = next((c for c in verb.children if c.dep_ in ("dative", "dobj")
                  and c.lemma_.lower() not in DEADLINE_NOUNS), None)
    time = next((c for c in verb.children
                 if (c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in DEADLINE_NOUNS)
                 or (c.dep_ == "prep" and c.lower_ == "until")), None)
    if given is None or time is None:
        return
    deed = next((c for c in (*verb.children, *time.children)
                 if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and _has_to(c)), None)
    if deed is None:
        return
    target = view.mentions.nearest(given)
    for piece in split_coordination(deed):
        yield _claim(view, lexicon, "demand", actor, target.actor if target else None, piece)


def _has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _quoted_promises(view: DocView, lexicon: Lexicon, verb: Token, quoted_by: dict[int, Actor]
                     ) -> Iterator[Claim]:
    """ "“We will not let this happen,” X said", "“Taiwan will neither yield nor provoke,” Lai
    said": a quoted promise by the speaker's own side is the speaker's commitment (or threat)."""
    actor = _quoted_claimant(view, verb, quoted_by)
    if actor is None or not any(c.dep_ == "aux" and c.lower_ in PROMISE_AUX
                                for c in verb.children):
        return
    if verb.dep_ in ("ccomp", "xcomp", "advcl", "relcl") or _in_question(verb):
        return
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    if verb.dep_ == "conj" and not own_subject:
        return  # "we will … and will …": a piece of the first verb's promise
    if any(c.dep_ == "auxpass" for c in verb.children) or verb.lemma_.lower() in NON_AGENTIVE:
        return  # "we will not be deterred" promises no act
    for piece in split_coordination(verb, without=_subjects(verb)):
        yield _claim(view, lexicon, _promised_kind(lexicon, piece.head, "commitment"), actor,
                     None, piece)


def _quoted_claimant(view: DocView, verb: Token, quoted_by: dict[int, Actor]) -> Actor | None:
    """The speaker of the quotation round ``verb`` when its subject is "we"/"I" or names the
    speaker's own side."""
    actor = _first_person(verb, view, quoted_by)
    if actor is not None:
        return actor
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    speaker = quoted_by.get(view.quoted_in[verb.i])
    if subject is None or speaker is None:
        return None
    return speaker if _is_self(view, subject, speaker, quoted=True) else None


def _subjects(verb: Token) -> list[Token]:
    """The subjects of a verb and of the verbs coordinated with it ("we will … and we will …")."""
    return [child for conjunct in conjuncts(verb) for child in conjunct.children
            if child.dep_ in SUBJECT_DEPS]


def _asides(verb: Token) -> list[Token]:
    """ "would deploy troops, accusing Ukraine of …": a participle after a comma is the reporter's
    aside, not part of the promise."""
    doc = verb.doc
    return [child for conjunct in conjuncts(verb) for child in conjunct.children
            if child.dep_ == "advcl" and child.tag_ == "VBG" and child.left_edge.i > 0
            and doc[child.left_edge.i - 1].text == ","]


def _is_self(view: DocView, subject: Token, actor: Actor, *, quoted: bool) -> bool:
    """A promise speaks of the speaker's own side: in a quotation in the first person ("we will")
    or by its name ("Taiwan will"); reported, by pronoun ("said they won't"), by name ("Xi said
    China would"), or by a noun for its own side ("said his government would", "said the army
    would"). "X said Y would" with another Y is only reported speech."""
    mention = view.mentions.at(subject)
    if quoted:
        return subject.lower_ in FIRST_PERSON or (
            mention is not None and mention.how != "pronoun" and _same_side(mention.actor, actor))
    if subject.lower_ == "you":
        return False
    if is_pronoun(subject):
        if mention is not None:
            return mention.actor.code == actor.code
        return _antecedent_noun(view, subject) is None
    return _own_side(view, subject, actor)


def _own_side(view: DocView, subject: Token, actor: Actor) -> bool:
    """ "China", "Kyiv", "American forces", "his country", "the group" for the speaker's side."""
    noun = subject.lemma_.lower()
    owned = noun in OWN_SIDE_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in subject.children)
    if owned:
        return True
    mention = view.mentions.at(subject)
    if mention is not None:
        # a common noun read as an earlier actor ("the mayors") counts only for an own-side noun
        return _same_side(mention.actor, actor) and (
            mention.how != "anaphor" or noun in OWN_SIDE_NOUNS)
    return noun in GROUP_NOUNS and any(c.dep_ == "det" and c.lower_ == "the"
                                       for c in subject.children)


def _same_side(one: Actor, other: Actor) -> bool:
    """The same country (``CHNGOV`` and ``CHN``) or, without one, the same code."""
    if one.country and other.country:
        return one.country == other.country
    return one.code == other.code


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
