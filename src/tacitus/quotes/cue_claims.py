"""Claims stated by a cue verb with its object and complement: "X urged Y to Z", "X called for
Z", "X pledged to Z", "X denied Z", "X offered Z", with coordinated objects split."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Token

from tacitus.model import Actor, Claim
from tacitus.nlp.doc_memo import sentence_of
from tacitus.quotes.asked_sides import asked_side
from tacitus.quotes.binding_texts import is_bound_by_text
from tacitus.quotes.claim_clauses import (
    PRESENT_HAVE,
    WH_TAGS,
    act_kind,
    build_claim,
    claimant_of,
    is_background_cue,
    is_in_question,
    is_infinitival,
    is_modal,
    is_negated_cue,
    is_passive_cue,
    is_performative,
    is_under_condition,
    promise_words,
    promised_kind,
)
from tacitus.quotes.claim_sides import is_self
from tacitus.quotes.cue_lexicon import ClaimCue, CueLexicon
from tacitus.quotes.spans import (
    SUBJECT_DEPS,
    Piece,
    is_pronoun,
    split_coordination,
    subtree_piece,
    trimmed,
)
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

# Only these kinds take the subject of their complement as the one asked ("urged Y to Z").
ASKING_KINDS = frozenset({"demand", "appeal"})
# Promises, offers and threats speak of the actor itself ("promised that it would …").
SELF_KINDS = frozenset({"commitment", "offer", "threat"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp"})
# "appealed to Israel", "offered aid to Iran": the preposition of the one a thing is made to
RECIPIENT_PREPOSITIONS = word_set("recipient_prepositions")
SELF_WISH = word_set("self_wish_verbs")
# The particles whose object is the one asked ("called on X to …", "appealed to X to …").
ASKED_BY = word_set("asking_particles")
COURTESIES = word_set("courtesy_offerings")
ASKED_FROM = word_set("asked_from_prepositions")
PLANNING_VERBS = word_set("planning_verbs")
BARGAIN_NOUNS = word_set("bargain_nouns")
HEDGES = word_set("modal_verbs", hedge="yes")
NEEDED_MEANS = word_set("needed_means")
OBJECT_PREPOSITIONS = word_set("object_prepositions")
# The particle of a cue that claims only its own infinitive ("decided to withdraw").
INFINITIVE_ONLY = "inf"
# The particle of a cue that claims only a clause of what will be ("assured Rome that the line
# would reopen"): its object is the one assured, never the thing promised.
CLAUSE_ONLY = "that"


def cue_vetoes(lexicon: CueLexicon, verb: Token, kind: str) -> tuple[str, ...]:
    """Why a cue verb of a claim of ``kind`` makes no claim, by name (none: it may make one):
    "did we demand?" (``question``), "to demand" (``infinitive``), "did not demand"
    (``negated``), "was urged" (``passive``), "if it wants" (``condition``), "had promised"
    (``background``), "the law requires" (``bound``: an obligation in force, claimed by no
    one), "we should guarantee" (``hedged``: a promise weighed or owed, not made), "X said the
    minister promised" (``told``: another's account of a claim)."""
    tests = (("question", is_in_question(verb)),
             ("infinitive", is_infinitival(verb) and not is_performative(verb)),
             ("negated", is_negated_cue(verb)), ("passive", is_passive_cue(verb)),
             ("condition", is_under_condition(verb)), ("background", is_background_cue(verb)),
             ("bound", is_bound_by_text(verb)),
             ("hedged", kind in SELF_KINDS and any(c.dep_ == "aux" and c.lower_ in HEDGES
                                                   for c in verb.children)),
             ("told", _told_by_another(lexicon, verb)))
    return tuple(name for name, vetoed in tests if vetoed)


def verb_claims(view: DocView, lexicon: CueLexicon, verb: Token, cue: ClaimCue,
                quoted_by: dict[int, Actor], *, loose: bool = False) -> Iterator[Claim]:
    """ "X urged Y to Z", "X called for Z", "X pledged to Z", "X denied Z", "X offered Z"
    (``loose``: a cue's vetoes, ``cue_vetoes``, are left to the decision stage)."""
    if cue.kind == "denial" and is_passive_cue(verb):
        yield from _denied_by(view, lexicon, verb)
        return
    actor = claimant_of(view, verb, quoted_by)
    if actor is None or (not loose and cue_vetoes(lexicon, verb, cue.kind)):
        return  # "we don't want enemies", "did not demand", "if it wants …": no claim is made
    if cue.kind == "denial" and _refused_to(verb):
        return  # "denied protection to the squad", "denied them entry": a refusal, no denial
    addressee: Token | None = next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
    complement = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
    if complement is None and cue.kind in ASKING_KINDS and not cue.particle:
        complement = _infinitive_after_asked(view, verb)
    if verb.lemma_.lower() in SELF_WISH and complement is not None and addressee is None and (
            not any(c.dep_ in SUBJECT_DEPS for c in complement.children)):
        return  # "we want to make sure …": a wish for one's own act asks nothing of another
    if cue.kind == "appeal" and not cue.particle and addressee is None and _own_leave(verb,
                                                                                   complement):
        return  # "I beg to differ", "asked to speak first": leave for one's own act, no appeal
    if cue.kind == "offer" and _own_plan(verb, complement):
        return  # "proposed banning smoking": a plan of the claimant's, offered to no one
    pieces: list[Piece] = []
    particle: Token | None = None
    if cue.particle == INFINITIVE_ONLY:
        if complement is None or complement.dep_ != "xcomp" or not is_infinitival(complement):
            return  # "agreed to the plan", "decided that …": no act of its own is undertaken
        if not _stated_now(verb) or _mutual(verb):
            # "Bush decided to send troops": a decision told as a past act; "Jordan and Britain
            # have agreed to hold exercises": an agreement between sides, an event
            return
        particle = complement
    elif cue.particle == CLAUSE_ONLY:
        if complement is None or complement.dep_ != "ccomp" or not is_modal(complement):
            return  # "assured investors", "assured them the plant had been checked": no promise
    elif cue.particle:
        particle = next((c for c in verb.children
                         if c.dep_ in ("prep", "prt") and c.lower_ == cue.particle
                         and not _of_time(c)), None)
        if particle is None and cue.particle == "to" and is_infinitival(complement):
            particle = complement  # "committed not to allow …": "to" marks the infinitive
        if particle is None:
            complement = _marked_clause(verb, cue.particle)
            if complement is None or cue.kind not in ASKING_KINDS:
                return
    if particle is not None:
        objects = [c for c in particle.children if c.dep_ in ("pobj", "pcomp")]
        if cue.particle in ASKED_BY and complement is None and objects:
            # "called on Pakistan, a key ally, to free …": after an aside the parser hangs the
            # infinitive on the verb as an adverbial clause; it is still what is asked
            complement = next((c for c in verb.children
                               if c.dep_ == "advcl" and is_infinitival(c)), None)
        if particle is complement and complement is not None:
            pieces = split_coordination(complement)
        elif cue.particle in ASKED_BY and complement is not None and objects:
            addressee = objects[0]
        elif objects and not (cue.kind in ASKING_KINDS and cue.particle in ASKED_BY):
            # "called on the officers" with no act asked names the ones asked, nothing asked
            pieces = _coordinated_objects(verb, particle, objects[0])
        if cue.particle == "of" and not (objects and act_kind(lexicon, objects[0])):
            return  # "warned of consequences" is a threat, "warned of a famine" is not
    if not pieces and complement is not None and cue.kind in SELF_KINDS and any(
            c.dep_ in SUBJECT_DEPS for c in complement.children) and not is_modal(complement):
        # "promised that the money had been paid": a fact stated, no promise; what is promised
        # is then the object, if any ("offered concessions that X believed …")
        if addressee is None:
            return
        complement = None
    if not pieces and complement is not None:
        own_subject = next((c for c in complement.children if c.dep_ in SUBJECT_DEPS), None)
        without: list[Token] = []
        if own_subject is not None and own_subject.dep_ == "nsubjpass":
            pass  # "urged that the kidnappers be tried": they undergo it, someone else is asked
        elif own_subject is not None and cue.kind in ASKING_KINDS:
            if addressee is None and _itself(view, own_subject, actor):
                return  # "insisted that it would attack": no one asks a thing of itself
            addressee = addressee or own_subject
            without = [own_subject]
        elif own_subject is not None and cue.kind in SELF_KINDS and is_pronoun(own_subject):
            without = [own_subject, *promise_words(complement)]
        hung = _hung_on_relative(complement)
        pieces = split_coordination(complement, without=without + hung)
        pieces += [piece for stray in [*hung, *_stray_conjuncts(verb, complement)]
                   for piece in split_coordination(stray)]
    elif not pieces and addressee is not None and (given := _second_object(verb, addressee)):
        # "offered Tunisia 1 billion euros (in aid)": the first object is the one offered to
        pieces = [_object_piece(verb, given)]
    elif not pieces and addressee is not None and view.mentions.at(addressee) is None:
        pieces = [_object_piece(verb, addressee)]
        addressee = None
    if addressee is None and ((complement is not None and cue.kind in ASKING_KINDS)
                              or cue.kind == "offer"):
        # "appealed to Israel to reconsider": the one appealed to is asked; "offered aid to
        # Iran": Iran is offered it
        addressee = next((o for c in verb.children
                          if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPOSITIONS
                          for o in c.children if o.dep_ == "pobj" and view.mentions.at(o)), None)
    if addressee is None and complement is None and cue.kind in ASKING_KINDS:
        addressee = _asked_from(view, verb)
    target = asked_side(view, addressee) if addressee is not None else None
    doc = verb.doc
    for piece in pieces:
        if doc[view.token_at(piece.start)].tag_ in WH_TAGS:
            continue  # "… and what role it wanted to play" is a question, not a demand
        if cue.kind in ASKING_KINDS and not _askable(_top(view, piece)):
            continue
        if cue.kind == "offer" and _top(view, piece).lemma_.lower() in COURTESIES:
            continue  # "offered prayers", "offered condolences": a rite, no offer to anyone
        if verb.lemma_.lower() in SELF_WISH and _top(view, piece).lemma_.lower() in NEEDED_MEANS:
            continue  # "will need the votes of the right": a means counted, no one is asked
        yield build_claim(view, lexicon, promised_kind(lexicon, piece.head, cue.kind), actor,
                     target, piece)


def _told_by_another(lexicon: CueLexicon, verb: Token) -> bool:
    """A claim in the past tense that a speaker reports of a side it names ("X said the
    government promised to …", "the union says the minister vowed to …"): the speaker's account
    of what another once claimed, not a claim made in the news. Not the speaker's own side ("said
    it promised", "said his country wanted …"), nor a claim told first and attributed after it
    ("Biden warned Putin of …, the White House said"), nor a wish, whose past is the tense of
    the report ("said Kyiv wanted guarantees": it wants them now)."""
    head = verb.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return (verb.dep_ == "ccomp" and verb.tag_ == "VBD" and head.i < verb.i
            and verb.lemma_.lower() not in SELF_WISH
            and head.lemma_.lower() in lexicon.speech_cues
            and subject is not None and not is_pronoun(subject)
            and not any(c.dep_ == "poss" and (c.tag_ == "PRP$" or is_pronoun(c))
                        for c in subject.children))


def _stated_now(verb: Token) -> bool:
    """A decision announced as the news: in the present ("agrees to free") or the present
    perfect ("has decided to withdraw"), not in the past tense nor as a forecast."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in PRESENT_HAVE
                                      for c in verb.children)


def _mutual(verb: Token) -> bool:
    """A decision of several sides: coordinated subjects ("Jordan and Britain", "the Turkish and
    Greek sides") or one taken with another ("agreed with Cairo to …")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    names = [*subjects, *(c for subject in subjects for c in subject.children
                          if c.dep_ in ("amod", "compound", "nmod"))]
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) or any(
        c.dep_ == "conj" for name in names for c in name.children)


def _own_leave(verb: Token, complement: Token | None) -> bool:
    """An infinitive of the claimant's own act (no subject of its own) on an asking verb that
    names no one asked ("asked to speak first"; "pleaded with the court to …" names one)."""
    return complement is not None and complement.dep_ == "xcomp" and is_infinitival(
        complement) and not any(c.dep_ in SUBJECT_DEPS for c in complement.children) and not any(
        c.dep_ == "prep" for c in verb.children if c.i < complement.i)


def _own_plan(verb: Token, complement: Token | None) -> bool:
    """A planning verb ("propose") whose object is the claimant's own act, an infinitive or a
    gerund with no subject of its own, and which names no one it is made to nor terms in return
    ("proposed adopting neutral status in exchange for guarantees" offers)."""
    if verb.lemma_.lower() not in PLANNING_VERBS or any(
            (c.dep_ in OBJECT_DEPS and c.tag_ != "VBG")
            or (c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPOSITIONS)
            for c in verb.children) or any(
            t.dep_ == "prep" and t.lower_ == "in" and any(
                n.lemma_.lower() in BARGAIN_NOUNS for n in t.children) for t in verb.subtree):
        return False
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "dobj") and c.tag_ in ("VB", "VBG")]
    if complement is not None and complement.dep_ == "xcomp":
        acts.append(complement)
    return any(not any(g.dep_ in SUBJECT_DEPS for g in act.children) for act in acts)


def _infinitive_after_asked(view: DocView, verb: Token) -> Token | None:
    """ "appealed to the officers to think again", "urged Pakistan, a close ally, to free …",
    "urged the county, which funds the line, to ensure …": after the one asked, an actor named
    as the object or after "to", or an object set off by an aside, the parser may hang the
    infinitive asked on the verb as an adverbial clause ("urged calm to avoid bloodshed" names
    no one asked: its infinitive is a purpose)."""
    asked = [o for c in verb.children
             for o in ([c] if c.dep_ in OBJECT_DEPS else
                       [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep"
                       and c.lower_ in ASKED_BY else [])
             if view.mentions.at(o) is not None or _set_off(o)]
    return next((c for c in verb.children if c.dep_ == "advcl" and is_infinitival(c)
                 and any(o.i < c.i for o in asked)), None)


def _set_off(noun: Token) -> bool:
    """A noun with an aside after a comma: a relative clause or an apposition ("the county, which
    funds the line,")."""
    doc = noun.doc
    return any(t.dep_ in ("relcl", "appos") and t.left_edge.i > 0
               and doc[t.left_edge.i - 1].text == "," for t in noun.subtree)


def _asked_from(view: DocView, verb: Token) -> Token | None:
    """ "demanded answers from the providers", "sought an apology from Tokyo": the one after
    "from", on the verb or on the thing asked for, is asked."""
    things = [c for c in verb.children if c.dep_ == "dobj"]
    return next((o for holder in (verb, *things) for c in holder.children
                 if c.dep_ == "prep" and c.lower_ in ASKED_FROM
                 for o in c.children if o.dep_ == "pobj" and view.mentions.at(o)), None)


def _denied_by(view: DocView, lexicon: CueLexicon, verb: Token) -> Iterator[Claim]:
    """ "reports of a stabbing were denied by the police": the one after "by" denies the
    passive's subject."""
    denier = next((view.mentions.at(o) for c in verb.children if c.dep_ == "agent"
                   for o in c.children if o.dep_ == "pobj" and view.mentions.at(o)), None)
    denied = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if denier is None or denied is None or is_negated_cue(verb) or is_in_question(verb):
        return
    if any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return  # "the police were denied entry by the army": a refusal, no denial
    piece = subtree_piece(denied)
    if piece is not None:
        yield build_claim(view, lexicon, "denial", denier.actor, None, piece)


def _itself(view: DocView, subject: Token, actor: Actor) -> bool:
    """The claimant itself as the subject of what it asks: "it", "we", or its own name (not
    another of its country: "the opposition demanded that the prime minister apologise")."""
    mention = view.mentions.at(subject)
    if mention is not None and mention.how != "pronoun":
        return mention.actor.code == actor.code
    return is_pronoun(subject) and is_self(view, subject, actor,
                                           quoted=view.quoted_in[subject.i] >= 0)


def _refused_to(verb: Token) -> bool:
    """A thing denied to someone: a first object of the recipient ("denied them entry") or a
    "to" phrase after the object ("denied police protection to the squad")."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    return any(c.dep_ == "dative" for c in objects) or (bool(objects) and any(
        c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPOSITIONS and c.i > objects[0].i
        for c in verb.children))


def _of_time(particle: Token) -> bool:
    """ "insisted on Thursday that …": a preposition of time is not the cue's particle."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in particle.children)


def _top(view: DocView, piece: Piece) -> Token:
    """The word of a piece that heads the others (the first one whose head lies outside it)."""
    doc = view.doc
    first, last = view.token_at(piece.start), view.token_at(piece.end - 1)
    return next((t for t in doc[first : last + 1] if not first <= t.head.i <= last
                 or t.head.i == t.i), piece.head)


def _askable(head: Token) -> bool:
    """What one asks for is an act or a thing, not a person ("asked Morrison about the call"),
    nor a deed already done ("demanded that he had misled the house and should apologise": only
    the apology is asked)."""
    if head.pos_ == "PROPN":
        return False
    return head.tag_ != "VBD" and not any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                          for c in head.children)


def _marked_clause(verb: Token, particle: str) -> Token | None:
    """ "called for Russia to withdraw": the parser made the particle the mark of a clause whose
    subject is the one asked; that clause is the cue's complement."""
    return next((c for c in verb.children if c.dep_ in CLAUSE_DEPS
                 and any(m.dep_ == "mark" and m.lower_ == particle for m in c.children)
                 and any(s.dep_ in SUBJECT_DEPS for s in c.children)), None)


def _second_object(verb: Token, first: Token) -> Token | None:
    """The direct object after a first (dative) object: "offered [Tunisia] [1 billion euros]"."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > first.i), None)


def _object_piece(verb: Token, given: Token) -> Piece:
    """The object with the phrases right after it that the parser hung on the verb ("1 billion
    euros in aid", "a probe by a judge into the riots"), not a phrase of time."""
    last = given.right_edge.i
    for child in sorted(verb.children, key=lambda token: token.i):
        if child.dep_ == "prep" and child.lower_ in OBJECT_PREPOSITIONS and (
                child.i == last + 1) and not _of_time(child):
            last = child.right_edge.i
    piece = trimmed(verb.doc, range(given.left_edge.i, last + 1), given)
    return piece if piece is not None else Piece(given.idx, given.idx + len(given), given)


def _stray_conjuncts(verb: Token, complement: Token) -> list[Token]:
    """ "called on X to release A, end B and restore C" where the parser hung "end" on "called":
    bare infinitives without a subject, coordinated with the cue verb after its complement ("… and
    will resign if it does not", with an auxiliary of its own, is the claimant's act)."""
    if complement.dep_ != "xcomp" or complement.tag_ != "VB":
        return []
    return [c for c in verb.children
            if c.dep_ == "conj" and c.tag_ in ("VB", "VBP") and c.i > complement.i
            and c.lower_ == c.lemma_.lower()
            and not any(g.dep_ in SUBJECT_DEPS or g.dep_ == "aux" for g in c.children)]


def _hung_on_relative(complement: Token) -> list[Token]:
    """ "demanded that the rebels release the people they have kidnapped and stop the attacks",
    where the parser hung "stop" on the relative clause's "kidnapped": a bare verb with no
    subject nor auxiliary of its own, coordinated with a past form in a relative clause of the
    complement, is a second act asked."""
    if complement.tag_ not in ("VB", "VBP"):
        return []
    return [c for token in complement.subtree if token.dep_ == "relcl"
            and token.tag_ in ("VBD", "VBN") for c in token.children
            if c.dep_ == "conj" and c.tag_ == "VB"
            and not any(g.dep_ in SUBJECT_DEPS or g.dep_ == "aux" for g in c.children)]


def _coordinated_objects(verb: Token, particle: Token, first: Token) -> list[Piece]:
    """ "called for A and B": one piece per coordinated object, even when the parser hung B on
    the verb; words inside one object ("rights of women and girls") stay together."""
    doc = verb.doc
    end = particle.i + 1
    # a clause of the verb ends the objects where its first word is ("… of consequences if …")
    limit = min([sentence_of(verb).end, *(c.left_edge.i for c in verb.children
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
