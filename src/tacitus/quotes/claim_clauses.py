"""What the clause around a claim cue says, for every claim construction: who claims (the cue's
speaker, or "we"/"I" in a quotation), whether the cue is negated, modal, conditional, in a question
or only part of another verb's content, what kind a promised deed makes the claim, and the
``Claim`` built from it."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from tacitus.events.background import NEWS_WINDOW_DAYS, governing_date
from tacitus.events.clauses import has_infinitive_marker
from tacitus.ids import stable_id
from tacitus.model import Actor, Claim
from tacitus.nlp.doc_memo import sentence_of
from tacitus.quotes.accusers import answered_accuser
from tacitus.quotes.act_targets import act_target
from tacitus.quotes.authorities import authority_asked
from tacitus.quotes.claimant_bodies import own_body
from tacitus.quotes.cue_lexicon import CueLexicon
from tacitus.quotes.cue_subjects import cue_subject
from tacitus.quotes.departures import departing_side
from tacitus.quotes.domestic import domestic_addressee
from tacitus.quotes.own_people import own_people
from tacitus.quotes.passive_duties import duty_authority
from tacitus.quotes.public_appeals import public_asked
from tacitus.quotes.spans import SUBJECT_DEPS, Piece, conjuncts, subject_of, trimmed
from tacitus.quotes.speakers import find_speaker
from tacitus.quotes.topics import topic_of
from tacitus.quotes.view import DocView
from tacitus.quotes.withdrawals import withdrawing_side
from tacitus.wordlists import word_set

# "would" in a quotation is a condition ("we would agree if …"), not a promise.
PROMISE_AUX = frozenset({"will", "wo", "'ll", "’ll", "shall"})
# outside a quotation, "said it would …" promises as much as "will"
WILL_OR_WOULD_AUX = PROMISE_AUX | {"would"}
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# clauses that stand on their own under a verb's words: a wh-word in one asks nothing of the verb
OWN_CLAUSE_DEPS = frozenset({"relcl", "advcl", "acl", "appos", "parataxis"})
# claims about the claimant's own act, which is aimed at someone or at no one
AIMED_KINDS = frozenset({"commitment", "offer", "threat"})
FIRST_PERSON = frozenset({"i", "we"})
# A cue verb in one of these clauses with an infinitive "to" is part of another verb's content
# ("committed not to allow X to use Y to threaten Z"): the claim, if any, is the head verb's.
INFINITIVE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp"})
# Verbs of outcome or state, not of a controllable action: "said it would benefit Hamas" is a
# prediction, and a commitment needs its claimant to be the doer of something it can do.
NON_AGENTIVE = word_set("non_agentive_verbs")
# Modal and future auxiliaries: a clause with one speaks of what may or will be, not of what is.
MODAL_AUX = WILL_OR_WOULD_AUX | {"can", "could", "may", "might", "must", "should", "ca"}
# "said it would stop only if …": a conditional promise is a bargaining position, not a promise.
CONDITION_MARKS = word_set("condition_marks")
QUESTION_OPENERS = word_set("question_openers")
# Verbs that "continue" a deed named below them ("vowed to keep fighting", "would continue its
# attacks"): the deed, not the verb, says whether the promise is a threat.
CARRY_ON = word_set("carry_on_verbs")
# "had promised" (the pluperfect) and "would have expected" (a counterfactual): background claims
PAST_HAVE = word_set("auxiliary_forms", verb="have", form="past")
PRESENT_HAVE = word_set("auxiliary_forms", verb="have", form="present")
COUNTERFACTUAL_MODALS = word_set("modal_verbs", counterfactual="yes")
PERFORMATIVE_FRAMES = word_set("performative_frames")
PERSON_RELATIVES = word_set("person_relatives")
MEANS_PREPOSITIONS = word_set("means_prepositions")


def claimant_of(view: DocView, verb: Token, quoted_by: dict[int, Actor]) -> Actor | None:
    """Who makes the claim: the speaker of a quotation for "we"/"I" inside it, else the verb's
    speaker, as the kind of body its subject names ("the union": ``claimant_bodies``)."""
    actor = first_person_speaker(verb, view, quoted_by)
    if actor is not None:
        return actor
    speaker = find_speaker(view, verb)
    return own_body(view, cue_subject(verb), speaker.actor) if speaker else None


def first_person_speaker(verb: Token, view: DocView, quoted_by: dict[int, Actor]) -> Actor | None:
    subject = subject_of(verb)
    if subject is None or subject.lower_ not in FIRST_PERSON:
        return None
    return quoted_by.get(view.quoted_in[verb.i])


def is_infinitival(verb: Token | None) -> bool:
    """ "(not) to allow", "to threaten": a verb with an infinitive marker in a dependent clause."""
    return verb is not None and verb.dep_ in INFINITIVE_DEPS and has_infinitive_marker(verb)


def is_in_question(verb: Token) -> bool:
    """ "… and what role his country wanted it to play", "asked where he was", "whether Iran will
    agree to talks", a sentence ending in a question mark: a question asks for no action."""
    if any(token.tag_ in WH_TAGS and _asks_of(token, verb)
           for token in verb.doc[verb.left_edge.i : verb.i]):
        return True
    if any(child.dep_ == "mark" and child.lower_ in QUESTION_OPENERS for child in verb.children):
        return True
    if _asks_question(verb):
        return True  # "we want to ask Colonel Ponce: why are foreign troops here?"
    return any(child.dep_ in ("ccomp", "xcomp") and opens_question(child)
               for child in verb.children)


def _asks_of(wh_word: Token, verb: Token) -> bool:
    """Whether a wh-word before ``verb`` questions the verb's own clause ("what role his country
    wanted it to play"), not a clause of its own on the way ("the minister, who arrived on
    Monday, demanded …", "when the talks failed, the UN urged …") nor the relative pronoun of
    the verb's own clause ("the rebels, who demanded …")."""
    token = wh_word
    while token.i != verb.i:
        if token.dep_ in OWN_CLAUSE_DEPS or token.head.i == token.i:
            return False
        token = token.head
    # "the rebels, who demanded …": a side's relative pronoun opening the verb's own clause ("the
    # day when the nation wants peace" sets a scene, "activities that threatened its security"
    # are no side)
    return verb.dep_ != "relcl" or wh_word.lower_ not in PERSON_RELATIVES


def _asks_question(verb: Token) -> bool:
    """The verb's sentence ends in a question mark (before any closing quotation mark), and no
    clause of its own coordinated after the verb's holds the question ("urged Iran to stop, but
    will it listen?")."""
    words = [t for t in sentence_of(verb) if not (t.is_space or t.is_quote)]
    if not words or words[-1].text != "?":
        return False
    above = {verb.i, *(t.i for t in verb.ancestors)}
    return not any(t.dep_ == "conj" and t.head.i in above and t.i > verb.i
                   and any(c.dep_ in SUBJECT_DEPS for c in t.children) for t in sentence_of(verb))


def opens_question(clause: Token) -> bool:
    """A clause that begins with a wh-word, "if" or "whether" ("said how it would be verified"):
    an indirect question, which asks and claims nothing."""
    first = clause.doc[clause.left_edge.i]
    return first.tag_ in WH_TAGS or first.lower_ in QUESTION_OPENERS


def is_negated_cue(verb: Token) -> bool:
    """ "did not seek war", "had nothing to do with it", "neither A nor B wants it"."""
    return any(c.dep_ == "neg" or (c.dep_ in ("dobj", "attr") and c.lower_ == "nothing")
               or (c.dep_ in SUBJECT_DEPS and any(g.lower_ == "neither" and g.i <= c.i
                                                   for g in (c, *c.children)))
               for c in verb.children)


def is_performative(verb: Token) -> bool:
    """ "We want to appeal to the officers to …", "I would like to call on …": a cue infinitive
    under a first-person wish that is not negated states the claim itself (the wish is a
    courtesy of the speaker's), unlike "they want to appeal the ruling" or "we do not want to
    ask"."""
    frame = verb.head
    return (verb.dep_ == "xcomp" and is_infinitival(verb)
            and frame.lemma_.lower() in PERFORMATIVE_FRAMES and not is_negated_cue(frame)
            and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in frame.children))


def is_passive_cue(verb: Token) -> bool:
    """ "officials have been asked to stay": the subject of a passive cue is the one asked, not
    the one asking, whom the sentence does not name as its subject."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def is_foreseen(verb: Token) -> bool:
    """ "is expected to announce", "is likely to say": a statement foreseen, not yet made ("went
    on to claim" was made)."""
    return is_infinitival(verb) and (verb.head.pos_ == "ADJ" or any(
        c.dep_ == "auxpass" for c in verb.head.children))


def is_under_condition(verb: Token) -> bool:
    """ "if the government wants an inquiry, …": a cue in a condition states no claim."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
                                        for c in verb.children)


def is_modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children)


def is_conditional(verb: Token) -> bool:
    """ "would stop kidnapping only if the government funded the talks"."""
    return bool(conditions_of(verb))


def conditions_of(verb: Token) -> list[Token]:
    """The if/unless clauses of a verb ("if they cannot pay all, they should pay half")."""
    return [c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)]


def act_kind(lexicon: CueLexicon, head: Token, *, verb: Token | None = None) -> str | None:
    """The kind of the act ``head`` names, if any ("retaliate", "revenge", "answer … with");
    ``verb``: the passive verb of which ``head`` is the subject ("action will be taken against
    them"), where the particle may hang."""
    # the particle may hang on the verb or on its object ("answer [any attack with force]")
    near = [*head.children, *(g for c in head.children if c.dep_ == "dobj" for g in c.children),
            *(verb.children if verb is not None else ())]
    for cue in lexicon.claim_cues:
        if cue.pos == "act" and cue.lemma == head.lemma_.lower() and (
                not cue.particle or any(c.dep_ == "prep" and c.lower_ == cue.particle
                                        for c in near)):
            return cue.kind
    return None


def promised_kind(lexicon: CueLexicon, head: Token, kind: str) -> str:
    """A promise of an act is a claim of that act's kind ("vowed to keep fighting": a threat),
    and so is a promise of a deed by such means ("would take the land by force"); a negated one
    ("would not attack") stays a commitment."""
    if kind != "commitment" or is_negated_cue(head):
        return kind
    deeds = [head]
    while deeds:
        deed = deeds.pop()
        found = act_kind(lexicon, deed) or _means_kind(lexicon, deed)
        if found is not None:
            return found
        if deed.lemma_.lower() in CARRY_ON:
            deeds.extend(c for c in deed.children if c.dep_ in ("xcomp", "dobj"))
    return kind


def _means_kind(lexicon: CueLexicon, deed: Token) -> str | None:
    """The kind of the act named as the means of ``deed`` ("take the land [by force]"), on the
    deed or on its object, if any."""
    near = [*deed.children, *(g for c in deed.children if c.dep_ == "dobj" for g in c.children)]
    for means in near:
        if means.dep_ == "prep" and means.lower_ in MEANS_PREPOSITIONS:
            for used in means.children:
                if used.dep_ == "pobj" and (found := act_kind(lexicon, used)) is not None:
                    return found
    return None


def subjects_of(verb: Token) -> list[Token]:
    """The subjects of a verb and of the verbs coordinated with it ("we will … and we will …")."""
    return [child for conjunct in conjuncts(verb) for child in conjunct.children
            if child.dep_ in SUBJECT_DEPS]


def promise_words(verb: Token) -> list[Token]:
    """The "will"/"would" of a verb and of the verbs coordinated with it: the claim's text is the
    act promised ("send more troops"), not the promise ("will send more troops"); "won't" stays
    whole, its "n't" alone would not read."""
    return [child for conjunct in conjuncts(verb) for child in conjunct.children
            if child.dep_ == "aux" and child.lower_ in WILL_OR_WOULD_AUX - {"wo"}]


def within_quote(view: DocView, piece: Piece) -> Piece:
    """A piece begun inside a quotation ends with it ("“I would call for calm at this time,” the
    governor said": the call is for "calm at this time")."""
    pair = next((p for p in view.pairs if p.start <= piece.start < p.end < piece.end), None)
    if pair is None or not view.in_full_quote(view.doc[view.token_at(piece.start)]):
        # a few words quoted inside the reporter's sentence ("begged lawmakers “not to lose
        # sight of” the conflict") do not end what is asked
        return piece
    first, last = view.token_at(piece.start), view.token_at(pair.end - 1)
    return trimmed(view.doc, range(first, last + 1), piece.head) or piece


def is_background_cue(verb: Token) -> bool:
    """ "had promised", "we had demanded", "would have expected": a claim told in the pluperfect
    or as a counterfactual is background to the news, not a claim made in it."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and bool(aux & PAST_HAVE or (
        aux & PRESENT_HAVE and aux & COUNTERFACTUAL_MODALS))


def is_dated_before_news(cue: Token, article_date: date | None) -> bool:
    """ "demanded in 2019 that …", "a 2018 pledge to …": a cue whose own clause is dated before the
    article's news cycle (``events.background.governing_date``) tells a past claim, not one made in
    the news; a date of the act claimed ("promised to leave by 2019") is not the cue's."""
    if article_date is None:
        return False
    when = governing_date(cue, article_date)
    return when is not None and when < article_date - timedelta(days=NEWS_WINDOW_DAYS)


def build_claim(view: DocView, lexicon: CueLexicon, kind: str, actor: Actor,
                addressee: Actor | None, piece: Piece, *, doer: Actor | None = None) -> Claim:
    """The claim of ``piece``; a promise, offer or threat with no addressee of its cue is
    addressed to whom its act is aimed at ("threatened to strike Israel"), never the side of the
    act's ``doer`` (the claimant's, unless the text names another: "a spokesman said the Taliban
    would not surrender to Karzai"); one named by its kind alone is of the claimant's country
    (``domestic``); a state's promise that names no one is made to its own people
    (``own_people``); an appeal for calm that names no one asks the claimant's people
    (``public_appeals``); a demand for someone's resignation asks the side the one to go
    belongs to (``departures``), one for a side's withdrawal that side's government
    (``withdrawals``), one for an act in the passive with no doer the claimant's country's
    government (``passive_duties``); a denial answers the accuser its words name
    (``accusers``)."""
    if addressee is None and kind in AIMED_KINDS:
        addressee = act_target(view, piece.head, doer or actor)
    sentence_index = view.sentence_index(piece.head)
    if addressee is None:
        addressee = (departing_side(view, kind, piece) or withdrawing_side(view, actor, kind, piece)
                     or answered_accuser(view, actor, kind, piece)
                     or public_asked(view, actor, kind, piece)
                     or authority_asked(actor, kind)
                     or duty_authority(view, actor, kind, piece)
                     or own_people(view, actor, kind))
    addressee = domestic_addressee(addressee, actor)
    piece = within_quote(view, piece)
    article = view.article
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
