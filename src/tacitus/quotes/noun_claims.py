"""Claims named by a noun cue: "the US priorities for the Taliban including A, B and not C", one
claim an item, claimed by the noun's owner or else by the speaker around it; a noun cue with a
particle names what is claimed after it ("Arafat's call for an end to the attacks", "a call by
Arafat for A and B"), one claim an object, claimed by its owner or by the one after "by"; with
"to" or "that" the claim is the noun's infinitive or clause ("Iran's offer to free the crew",
"a call by the party to its ministers to resign", "the governor's assurance that the road would
be rebuilt")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tacitus.model import Actor, Claim
from tacitus.quotes.claim_clauses import build_claim, promised_kind
from tacitus.quotes.cue_claims import ASKING_KINDS
from tacitus.quotes.cue_lexicon import ClaimCue, CueLexicon
from tacitus.quotes.spans import split_coordination
from tacitus.quotes.speakers import find_speaker
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

# "an attack by rebels", "were killed by police": the preposition of the doer
AGENT_PREPOSITIONS = word_set("agent_prepositions")
ITEM_MARKERS = word_set("item_markers")
# "made a plea for calm", "issued a call for talks": the verb's subject is the claimant.
LIGHT_VERBS = word_set("light_verbs")
# "Hamas rejected a call by Arafat for …": who answers a call is the one it was made to.
ANSWERING_VERBS = word_set("answering_verbs")
# "Israel rejected a truce offer by Hamas": an offer, too, is answered by the one it was made to
ANSWERED_KINDS = ASKING_KINDS | {"offer"}
# The particles of a noun cue that mark its clause, not a preposition's object.
CLAUSE_PARTICLES = word_set("claim_noun_particles", role="clause")
# "made a call to (on) the ministers to resign": the one an asking cue asks
ASKED_PREPOSITIONS = word_set("claim_noun_particles", role="asked")
CLAUSE_DEPS = frozenset({"acl", "ccomp", "advcl", "xcomp"})


def noun_claims(view: DocView, lexicon: CueLexicon, noun: Token, cue: ClaimCue) -> Iterator[Claim]:
    """ "the US priorities for the Taliban including A, B and not C": one claim per item."""
    owner = next((view.mentions.at(c) for c in noun.children
                  if c.dep_ in ("poss", "compound", "nmod") and view.mentions.at(c)), None)
    if cue.particle in CLAUSE_PARTICLES:
        yield from _clause_claims(view, lexicon, noun, cue, owner.actor if owner else None)
        return
    if cue.particle:
        yield from _particle_claims(view, lexicon, noun, cue, owner.actor if owner else None)
        return
    actor = owner.actor if owner else enclosing_speaker(view, lexicon, noun)
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
                        yield build_claim(view, lexicon, cue.kind, actor, addressee, piece)


def enclosing_speaker(view: DocView, lexicon: CueLexicon, token: Token) -> Actor | None:
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.lemma_.lower() in lexicon.speech_cues:
            speaker = find_speaker(view, current)
            return speaker.actor if speaker else None
    return None


def _maker(view: DocView, noun: Token) -> Actor | None:
    """ "the speaker made repeated pleas for calm": the subject of a light verb makes the call
    (``noun`` may be the light verb's clause complement: "made a call to them to resign")."""
    if noun.dep_ not in ("dobj", "ccomp") or noun.head.lemma_.lower() not in LIGHT_VERBS:
        return None
    speaker = find_speaker(view, noun.head)
    return speaker.actor if speaker else None


def _clause_claims(view: DocView, lexicon: CueLexicon, noun: Token, cue: ClaimCue,
                   owner: Actor | None) -> Iterator[Claim]:
    """ "Iran's offer to free the crew", "a pledge by Iran to free the crew", "made a call to the
    ministers to resign" (asking kinds: the one after "to" or "on" is asked), "the governor's
    assurance that the road would be rebuilt"."""
    by_objects = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in AGENT_PREPOSITIONS
                  for o in c.children if o.dep_ == "pobj"]
    asked = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in ASKED_PREPOSITIONS
             for o in c.children if o.dep_ == "pobj"] if cue.kind in ASKING_KINDS else []
    clause = next((c for holder in (noun, *by_objects, *asked) for c in holder.children
                   if c.dep_ in CLAUSE_DEPS and _marked(c, cue.particle)), None)
    maker = _maker(view, noun)
    if clause is None and noun.dep_ == "nsubj" and _marked(noun.head, cue.particle):
        # "made [a call to the ministers] to resign": the parser makes the noun the subject of
        # the infinitive, a complement of the light verb
        clause = noun.head
        maker = maker or _maker(view, clause)
    by_mention = next((view.mentions.at(o) for o in by_objects if view.mentions.at(o)), None)
    actor = owner or (by_mention.actor if by_mention else None) or maker
    if actor is None or clause is None:
        return
    named = next((mention for o in asked if (mention := view.mentions.at(o)) is not None), None)
    addressee = named.actor if named else _answerer(view, noun, actor, cue)
    marks = [c for c in clause.children if c.dep_ in ("aux", "mark") and c.lower_ == cue.particle]
    without = [*marks, noun] if cue.particle == "to" else []
    for piece in split_coordination(clause, without=[t for t in without if t.head.i == clause.i]):
        yield build_claim(view, lexicon, promised_kind(lexicon, piece.head, cue.kind), actor,
                          addressee, piece)


def _marked(clause: Token, particle: str) -> bool:
    """An infinitive ("to free the crew") or a "that" clause (not a relative one: "the pledge
    that he made")."""
    if particle == "to":
        return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO"
                                           for c in clause.children)
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _particle_claims(view: DocView, lexicon: CueLexicon, noun: Token, cue: ClaimCue,
                     owner: Actor | None) -> Iterator[Claim]:
    """ "Arafat's call for an end to the attacks", "a call by Arafat for talks": the parser may
    hang the particle on the noun, on the one after "by", or, right after the noun, on the verb
    the noun is the object of ("rejected [a call by Iran] [for …]")."""
    by_objects = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in AGENT_PREPOSITIONS
                  for o in c.children if o.dep_ == "pobj"]
    by_mention = next((view.mentions.at(o) for o in by_objects if view.mentions.at(o)), None)
    actor = owner or (by_mention.actor if by_mention else None) or _maker(view, noun)
    if actor is None:
        return
    particle = next((c for holder in (noun, *by_objects) for c in holder.children
                     if c.dep_ == "prep" and c.lower_ == cue.particle), None)
    if particle is None and noun.dep_ == "dobj":
        particle = next((c for c in noun.head.children if c.dep_ == "prep"
                         and c.lower_ == cue.particle and c.i == noun.right_edge.i + 1), None)
    asked = next((c for c in particle.children if c.dep_ == "pobj"), None) if particle else None
    if asked is None:
        return
    answerer = _answerer(view, noun, actor, cue)
    for piece in split_coordination(asked):
        yield build_claim(view, lexicon, cue.kind, actor, answerer, piece)


def _answerer(view: DocView, noun: Token, actor: Actor, cue: ClaimCue) -> Actor | None:
    """ "Hamas rejected a call by Arafat for …", "Israel rejected an offer by Hamas to …": the
    subject of a verb answering a call, a demand or an offer (``answering_verbs.tsv``) is the one
    it was made to, when it is another than the claimant."""
    verb = noun.head
    if (cue.kind not in ANSWERED_KINDS or noun.dep_ != "dobj"
            or verb.lemma_.lower() not in ANSWERING_VERBS):
        return None
    found = next((mention for c in verb.children if c.dep_ == "nsubj"
                  if (mention := view.mentions.at(c)) is not None), None)
    return found.actor if found and found.actor.code != actor.code else None
