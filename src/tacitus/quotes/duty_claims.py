"""What a speaker says another side should or must do: "X said Iran must free the sailors" (a
demand on Iran), "X believes the government should talk to the rebels" (an appeal to it), "X said
there should be an inquiry" (an appeal to whoever can hold one)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tacitus.events.lexicon import load_lexicon as load_event_lexicon
from tacitus.events.lexicon_matching import match_noun
from tacitus.model import Actor, Claim
from tacitus.quotes.claim_clauses import (
    NON_AGENTIVE,
    build_claim,
    claimant_of,
    conditions_of,
    is_foreseen,
    is_infinitival,
    is_negated_cue,
    is_under_condition,
    subjects_of,
)
from tacitus.quotes.claim_sides import is_self
from tacitus.quotes.cue_lexicon import CueLexicon
from tacitus.quotes.spans import (
    SUBJECT_DEPS,
    conjuncts,
    is_pronoun,
    nearest_subject,
    split_coordination,
    subtree_piece,
)
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_map, word_set

# "must" states a requirement (a demand), "should" advice to a side named (an appeal) unless the
# cue itself demands ("insisted that the minister should resign"); an act in the passive with no
# doer is required under either ("the culprits should be punished", ``duty_claims``).
MUST_AUX = word_set("modal_verbs", claim="demand")
DUTY_AUX = word_set("modal_verbs", obligation="yes")
# Verbs of opinion: what they hold another should do is an appeal ("believes the government
# should talk to the rebels"); nothing else they hold is a claim.
OPINION_VERBS = word_set("opinion_verbs")
EVERYONE = word_set("everyone_nouns")
# "should be more cautious": a conduct asked, though "be" names no act of its own
CONDUCT = word_set("conduct_adjectives")
# "needs to act", "has to face": with an infinitive, an act owed as under "should" or "must"
SEMI_MODALS = word_map("semi_modal_verbs")


def opinion_claims(view: DocView, lexicon: CueLexicon, cue: Token, quoted_by: dict[int, Actor]
                   ) -> Iterator[Claim]:
    """ "X believes (that) Y should Z", "X agrees that Y must Z"."""
    clause = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if clause is None or is_foreseen(cue) or is_under_condition(cue) or is_negated_cue(cue):
        return
    actor = claimant_of(view, cue, quoted_by)
    if actor is not None:
        yield from duty_claims(view, lexicon, cue, clause, actor,
                               quoted=view.quoted_in[clause.i] >= 0)


def duty_claims(view: DocView, lexicon: CueLexicon, cue: Token, clause: Token, actor: Actor, *,
                quoted: bool) -> Iterator[Claim]:
    """The acts ``clause`` says another side named as their doer should or must do (not "prices
    should fall", not "we must"), or that should or must be done with no doer named ("there
    should be an inquiry", "the prisoners must be freed"); an if-clause is left out of the
    act."""
    # "According to the ministry, Sudan must …": the source hung on the clause is no part of
    # the act
    aside = [cue] if cue.head.i == clause.i else []
    owed = _owed_act(clause)
    if owed is not None:
        yield from _semi_modal_claims(view, lexicon, cue, clause, owed, actor, aside,
                                      quoted=quoted)
        return
    if _existential_duty(clause):
        # "there should be an inquiry": no doer named; it is asked of whoever can act
        piece = subtree_piece(clause, without=conditions_of(clause) + aside)
        if piece is not None:
            must = any(c.lower_ in MUST_AUX for c in _duty_words(clause))
            yield build_claim(view, lexicon, "demand" if must else "appeal", actor, None, piece)
        return
    if _passive_duty(view, clause, actor, quoted=quoted):
        # "the prisoners must be freed", "the culprits should be punished": an act required of
        # whoever holds the power to do it, unnamed, is a demand under "should" too; advice is
        # given to a side one names
        piece = subtree_piece(clause, without=conditions_of(clause) + aside)
        if piece is not None:
            yield build_claim(view, lexicon, "demand", actor, None, piece)
        return
    obliged = _obliged(view, clause, actor, quoted=quoted)
    if obliged is None and not _everyone_obliged(clause):
        return
    duty = _duty_words(clause)
    demanding_cue = any(cue.lemma_.lower() == c.lemma and c.kind == "demand" and c.pos == "verb"
                        for c in lexicon.claim_cues)
    dropped = subjects_of(clause) + duty + conditions_of(clause) + aside
    for piece in split_coordination(clause, without=dropped):
        # each conjunct by its own modal ("must free … and should stop …"), else the clause's
        own = [c.lower_ for c in piece.head.children if c.dep_ == "aux" and c.lower_ in DUTY_AUX]
        if piece.head.i != clause.i and not own and any(
                c.dep_ in SUBJECT_DEPS for c in piece.head.children):
            continue  # "… must fight drugs and Kaifu expressed his support": a statement of its own
        # every side at once can be called on, not required: "the world must …" appeals
        must = obliged is not None and any(word in MUST_AUX for word in own or [w.lower_
                                                                            for w in duty])
        yield build_claim(view, lexicon, "demand" if demanding_cue or must else "appeal", actor,
                          obliged, piece)


def _owed_act(clause: Token) -> Token | None:
    """The infinitive of a semi-modal ("needs [to restore] order", "has [to face] its past"),
    unless the semi-modal is negated ("does not need to": nothing is owed)."""
    if clause.lemma_.lower() not in SEMI_MODALS or clause.pos_ != "VERB" or is_negated_cue(
            clause):
        return None
    return next((c for c in clause.children if c.dep_ == "xcomp" and is_infinitival(c)), None)


def _semi_modal_claims(view: DocView, lexicon: CueLexicon, cue: Token, clause: Token, act: Token,
                       actor: Actor, aside: list[Token], *, quoted: bool) -> Iterator[Claim]:
    """ "said the government needs to restore order" (an appeal to it), "said all sides have to
    show restraint" (to every side: an appeal to none), "said the dispute needed to be settled by
    talks" (no doer named: the whole clause is asked of whoever can act); not of the speaker's
    own side ("said it needs to raise funds"), nor an outcome ("prices need to fall")."""
    subject = nearest_subject(clause)
    if subject is None or (subject.lower_ in EVERYONE and any(
            c.dep_ == "auxpass" for c in act.children)):
        return
    demanding_cue = any(cue.lemma_.lower() == c.lemma and c.kind == "demand" and c.pos == "verb"
                        for c in lexicon.claim_cues)
    kind = "demand" if demanding_cue else SEMI_MODALS[clause.lemma_.lower()]
    if any(c.dep_ == "auxpass" for c in act.children) and not any(
            c.dep_ == "agent" for c in act.children):
        if is_pronoun(subject) or is_self(view, subject, actor, quoted=quoted) or (
                act.lemma_.lower() in NON_AGENTIVE):
            return
        piece = subtree_piece(clause, without=conditions_of(clause) + aside)
        if piece is not None:
            yield build_claim(view, lexicon, kind, actor, None, piece)
        return
    if act.lemma_.lower() in NON_AGENTIVE and not _conduct(act):
        return
    if subject.lower_ in EVERYONE:
        obliged = None
        kind = "appeal"
    else:
        named = next((conjunct for conjunct in conjuncts(subject) if view.mentions.at(conjunct)),
                     None)
        mention = view.mentions.at(named) if named is not None else None
        if mention is None or named is None or is_self(view, named, actor, quoted=quoted):
            return
        obliged = mention.actor
    for piece in split_coordination(act, without=conditions_of(act)):
        yield build_claim(view, lexicon, kind, actor, obliged, piece)


def _obliged(view: DocView, clause: Token, actor: Actor, *, quoted: bool) -> Actor | None:
    """The side ``clause`` says should or must act, when it is another named as the doer."""
    subject = nearest_subject(clause)
    if subject is None or not any(c.dep_ == "aux" and c.lower_ in DUTY_AUX
                                  for c in clause.children):
        return None
    if (clause.lemma_.lower() in NON_AGENTIVE and not _conduct(clause)) or any(
            c.dep_ == "auxpass" for c in clause.children):
        return None
    # "Chairman Arafat and the Palestinian Authority must …": the first side named of the doers
    named = next((conjunct for conjunct in conjuncts(subject) if view.mentions.at(conjunct)),
                 None)
    mention = view.mentions.at(named) if named is not None else None
    if mention is None or named is None or is_self(view, named, actor, quoted=quoted):
        return None
    return mention.actor


def _everyone_obliged(clause: Token) -> bool:
    """ "all sides must show restraint", "the world must respect …": a duty of an act laid on
    every side at once, an appeal to no one side."""
    subject = nearest_subject(clause)
    return subject is not None and subject.lower_ in EVERYONE and _duty_words(clause) != [] and (
        clause.lemma_.lower() not in NON_AGENTIVE) and not any(
        c.dep_ == "auxpass" for c in clause.children)


def _existential_duty(clause: Token) -> bool:
    """ "there should be an inquiry", "there must be a ceasefire": an event noun of the event
    lexicon (not "there should have been": a regret about the past asks nothing now)."""
    aux = [c.lower_ for c in clause.children if c.dep_ == "aux"]
    if clause.lemma_.lower() != "be" or "have" in aux or not any(w in DUTY_AUX for w in aux):
        return False
    if not any(c.dep_ == "expl" and c.lower_ == "there" for c in clause.children):
        return False
    # what there should be is an event someone can bring about (an inquiry, talks), not rain
    events = load_event_lexicon()
    return any(c.dep_ == "attr" and match_noun(c, events) is not None for c in clause.children)


def _passive_duty(view: DocView, clause: Token, actor: Actor, *, quoted: bool) -> bool:
    """ "the prisoners must be freed", "those responsible should be punished": an act in the
    passive under "must" or "should" with no doer named, done to a side or thing other than the
    speaker's own (not "should have been freed", a regret; not "it must be said"; not "we
    should be allowed", a wish for oneself)."""
    aux = [c.lower_ for c in clause.children if c.dep_ == "aux"]
    if "have" in aux or not any(w in DUTY_AUX for w in aux) or clause.pos_ != "VERB" or (
            clause.lemma_.lower() in NON_AGENTIVE):
        return False
    if not any(c.dep_ == "auxpass" for c in clause.children) or any(
            c.dep_ == "agent" for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    # "everyone should be protected": a good wished for all, no act asked of anyone
    return subject is not None and subject.tag_ != "PRP" and (
        subject.lower_ not in EVERYONE) and not is_self(view, subject, actor, quoted=quoted)


def _conduct(clause: Token) -> bool:
    """ "be more cautious", "be ready to talk": "be" with an adjective of a chosen conduct."""
    return clause.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in CONDUCT for c in clause.children)


def _duty_words(clause: Token) -> list[Token]:
    """The "should"/"must" of a clause and of the clauses coordinated with it."""
    return [child for conjunct in conjuncts(clause) for child in conjunct.children
            if child.dep_ == "aux" and child.lower_ in DUTY_AUX]
