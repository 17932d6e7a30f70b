"""Claims reported by a speech verb: "X said it would Z" (a commitment, threat or offer), "X
said Y was not involved" (a denial), "X said it was ready to Z" (an offer)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tacitus.events.clauses import has_infinitive_marker
from tacitus.model import Actor, Claim
from tacitus.nlp.doc_memo import sentence_of
from tacitus.quotes.act_targets import act_target
from tacitus.quotes.bargains import bargain_of
from tacitus.quotes.claim_clauses import (
    FIRST_PERSON,
    MODAL_AUX,
    NON_AGENTIVE,
    PROMISE_AUX,
    QUESTION_OPENERS,
    WILL_OR_WOULD_AUX,
    build_claim,
    claimant_of,
    is_background_cue,
    is_conditional,
    is_foreseen,
    is_modal,
    is_negated_cue,
    is_under_condition,
    opens_question,
    promise_words,
    promised_kind,
    subjects_of,
)
from tacitus.quotes.claim_sides import is_self
from tacitus.quotes.cue_lexicon import CueLexicon
from tacitus.quotes.cue_subjects import is_according
from tacitus.quotes.duty_claims import duty_claims
from tacitus.quotes.kept_measures import kept_measure
from tacitus.quotes.passive_promises import passive_promise
from tacitus.quotes.spans import (
    SUBJECT_DEPS,
    Piece,
    conjuncts,
    nearest_subject,
    split_coordination,
    subtree_piece,
)
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set, word_table

THREAT_CUES = word_set("threat_cues")
# "said it was ready to host talks": readiness to act for others is an offer; "ready to ratify
# the treaty", to do its own part, a commitment.
READY_WORDS = word_set("readiness_adjectives")
# "warned that there could be a backlash": a price foretold as possible is still threatened
POSSIBILITY_AUX = word_set("modal_verbs", obligation="no", hedge="yes")
OFFERED_ACTS = word_set("offered_acts")
# Verbs of attitude: negated, they state a position ("we do not want enemies"), not a denial.
STANCE_VERBS = word_set("stance_verbs")
# "said Russia was not guilty": a negated "be" denies only guilt or part in a deed, not a mood
# ("we are not afraid").
DENIED_STATES = word_set("denied_states")
COPULA_FORMS = word_set("auxiliary_forms", verb="be")
# "be" and "have": verbs read by their complements, not as an outcome of their own
AUXILIARY_VERBS = frozenset(row[1] for row in word_table("auxiliary_forms"))
# "said there was no threat to his life": "there is no" denies an alleged or feared thing.
DENIED_THINGS = word_set("denied_things")
# "said the allegations were unfounded": a report called untrue is denied
FALSITY_ADJECTIVES = word_set("falsity_adjectives")
# "said he did not do enough", "didn't always follow through": an admission or a partial
# statement about oneself, not a denial
PARTIAL_NEGATIONS = word_set("partial_negations")


def speech_claims(view: DocView, lexicon: CueLexicon, cue: Token, quoted_by: dict[int, Actor]
                   ) -> Iterator[Claim]:
    """Reported promises ("said they won't let …", "said China would limit …"), threats ("warned
    it would …", "warned there would be a price to pay"), offers ("said it was ready to host
    talks") and denials ("claimed that al-Qaeda is not present", "said it did not seek war")."""
    clause = (next((c for c in cue.children if c.dep_ == "ccomp"), None)
              or trailing_report(cue) or according_report(cue))
    if clause is None or is_foreseen(cue) or is_under_condition(cue) or is_background_cue(cue):
        return  # "is expected to announce that …" is a forecast, "if he says …" a condition
    if _indirect_question(clause):
        return  # "asked whether he would resign": the question's "would" promises nothing
    actor = claimant_of(view, relayed_cue(lexicon, cue, clause), quoted_by)
    if actor is None:
        return
    quoted = view.quoted_in[clause.i] >= 0
    warning = cue.lemma_.lower() in THREAT_CUES
    subject = nearest_subject(clause)
    modals = PROMISE_AUX if quoted else WILL_OR_WOULD_AUX
    future = any(c.dep_ == "aux" and c.lower_ in modals for c in clause.children)
    possible = any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_AUX for c in clause.children)
    if warning and (future or possible) and not quoted:
        # "warned that there would be a price to pay", "… that there could be a reaction"
        foreseen = _foreseen(clause)
        if foreseen is not None:
            yield build_claim(view, lexicon, "threat", actor, None, foreseen)
            return
    if future and not is_conditional(cue):
        attribution = attribution_top(cue, clause) if clause.i == sentence_of(cue).root.i else None
        aside = asides_of(clause) + ([attribution] if attribution else [])
        promised = (passive_promise(view, lexicon, clause, actor, warning=warning, quoted=quoted,
                                    dropped=aside)
                    or kept_measure(view, lexicon, clause, actor, warning=warning, dropped=aside))
        if promised is not None:
            yield promised
            return
    if future and (clause.lemma_.lower() in NON_AGENTIVE
                   or any(c.dep_ == "auxpass" for c in clause.children)):
        future = False  # "would benefit", "will not be deterred": no act is promised
    own = subject is not None and is_self(view, subject, actor, quoted=quoted)
    # a condition of the claimant's own makes a promise no promise ("would go if it must"); one
    # set by another bargains, a threat or an offer ("would attack the rebels unless they were
    # disarmed", "would free the crew if the ransom were paid")
    if future and own and (warning or not is_conditional(clause) or promised_kind(
            lexicon, clause, "commitment") != "commitment" or bargain_of(
            view, clause, actor) is not None):
        named = view.mentions.at(subject) if subject is not None else None
        doer = named.actor if named is not None and named.how != "pronoun" else None
        dropped = subjects_of(clause) + asides_of(clause) + promise_words(clause)
        attribution = attribution_top(cue, clause) if clause.i == sentence_of(cue).root.i else None
        dropped += [attribution] if attribution is not None else []
        for piece in split_coordination(clause, without=dropped):
            if piece.head.lemma_.lower() in STANCE_VERBS and not any(
                    c.dep_ == "aux" and c.lower_ in modals for c in piece.head.children):
                continue  # "would compete … but did not want a new Cold War"
            if any(c.dep_ == "aux" and c.lower_ in MODAL_AUX and c.lower_ not in modals
                   for c in piece.head.children):
                continue  # "would continue the rites and may not hold any rally": no promise
            kind = "threat" if warning else promised_kind(lexicon, piece.head, "commitment")
            kind, addressee = _bargained(view, kind, actor, piece, clause, doer)
            yield build_claim(view, lexicon, kind, actor, addressee, piece, doer=doer)
        return
    if own and not future:
        # "said it was ready to send mediators", "“We are willing to talk,” he said"
        offered = _readiness(clause)
        if offered:
            for piece in offered:  # "ready to counterattack" is a threat, not an offer
                deed = promised_kind(lexicon, piece.head, "commitment")
                kind = "offer" if deed == "commitment" and (
                    piece.head.lemma_.lower() in OFFERED_ACTS) else deed
                yield build_claim(view, lexicon, kind, actor, None, piece)
            return
    duties = list(duty_claims(view, lexicon, cue, clause, actor, quoted=quoted))
    if duties:
        yield from duties
        return
    if not is_modal(clause) and (_denies_existence(clause) or _called_false(clause)):
        denied = subtree_piece(clause)
        if denied is not None:
            yield build_claim(view, lexicon, "denial", actor, None, denied)
        return
    # "said it did not seek war", "“We are not going to occupy anyone”": the speaker's side denies
    # a deed or an intent; "does not want enemies" or "does not recognise" is a stance instead,
    # and so is declining to make a claim of one's own ("is not calling on him to resign");
    # "did not do enough", "didn't always follow" admit a part, they deny nothing
    disowns = own and not is_modal(clause) and not _missed_outcome(clause) and (
        clause.lemma_.lower() not in STANCE_VERBS or _no_part(clause)) and (
        not _is_claim_verb(lexicon, clause)) and not any(
        c.lower_ in PARTIAL_NEGATIONS for c in clause.children) and (
        not quoted or subject is None or subject.lower_ in FIRST_PERSON) and (
        not is_copula(clause) or any(c.lemma_.lower() in DENIED_STATES
                                             for c in clause.children))
    if (cue.lemma_.lower() in lexicon.denial_cues or disowns) and is_negated_cue(clause):
        # "did not seek conflict but welcomed competition": the unnegated conjunct is no denial
        denied = subtree_piece(clause, without=[c for c in clause.children if c.dep_ == "conj"
                                                and not is_negated_cue(c)])
        if denied is not None:
            yield build_claim(view, lexicon, "denial", actor, None, denied)


def _bargained(view: DocView, kind: str, actor: Actor, piece: Piece, clause: Token,
               doer: Actor | None) -> tuple[str, Actor | None]:
    """The kind and addressee of ``actor``'s promise of ``piece`` (one of ``clause``'s acts)
    made on a condition another must meet (``bargains``): a threat, or an offer, to whom the
    act is aimed at, else to the side that must meet the condition."""
    bargain = bargain_of(view, piece.head, actor) or bargain_of(view, clause, actor)
    if bargain is None:
        return kind, None
    aimed = act_target(view, piece.head, doer or actor)
    return (bargain.kind if kind == "commitment" else kind), aimed or bargain.party


def relayed_cue(lexicon: CueLexicon, cue: Token, clause: Token) -> Token:
    """The speech verb whose speaker makes the claim of ``clause``: ``cue``, unless ``cue`` trails
    the clause it reports and hangs on another speech verb before it ("Kim said his country would
    answer …, state media reported": the parser's "reported" relays what Kim said; Kim claims,
    not the outlet)."""
    relaying = cue.head
    if (clause.i < cue.i and cue.dep_ == "ccomp" and relaying.i < clause.i
            and relaying.lemma_.lower() in lexicon.speech_cues
            and any(child.dep_ in SUBJECT_DEPS for child in relaying.children)):
        return relaying
    return cue


def trailing_report(cue: Token) -> Token | None:
    """ "The EU will give $100 million to the force, EU foreign policy chief Javier Solana said":
    when the parser hangs a sentence-final "X said" on a word of the clause before it (a relative
    clause of "million"), the sentence's main verb is what was said, if the cue has no clause of
    its own and a comma sets the attribution off."""
    root = sentence_of(cue).root
    if cue.dep_ in ("ROOT", "ccomp", "xcomp") or root.i >= cue.i or root.pos_ != "VERB":
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in cue.children):
        return None
    if cue.right_edge.i < sentence_of(cue).end - 2 or not any(c.dep_ in SUBJECT_DEPS
                                                      for c in cue.children):
        return None  # the attribution, with its speaker, ends the sentence
    return root if _attribution_comma(cue, root) is not None else None


def according_report(cue: Token) -> Token | None:
    """ "According to the ministry, Sudan must stop …": a source named first and set off by a
    comma reports the main clause it hangs on (not a trailing "…, according to X": the speaker
    found for it there is the clause's own subject)."""
    head = cue.head
    if not is_according(cue) or head.i <= cue.i or head.i != sentence_of(cue).root.i or (
            head.pos_ not in ("VERB", "AUX")):
        return None
    if not any(t.text == "," for t in cue.doc[cue.right_edge.i + 1 : head.i]):
        return None
    return head if any(c.dep_ in SUBJECT_DEPS for c in head.children) else None


def attribution_top(cue: Token, clause: Token) -> Token | None:
    """The word heading an attribution hung on a word of ``clause``, trailing ("…, EU foreign
    policy chief Javier Solana said") or leading ("According to the ministry, …"), to leave out
    of what was said."""
    if cue.head.i == clause.i and cue.i < clause.i and is_according(cue):
        return cue
    comma = _attribution_comma(cue, clause)
    if comma is None:
        return None
    top = cue
    while top.head.i != top.i and top.head.i != clause.i and top.head.left_edge.i > comma:
        top = top.head
    return top


def _attribution_comma(cue: Token, clause: Token) -> int | None:
    """The comma before a trailing attribution: only the speaker's name and titles between it
    and the cue."""
    doc = cue.doc
    comma = cue.i - 1
    while comma > clause.i and doc[comma].text != ",":
        if doc[comma].pos_ in ("VERB", "AUX"):
            return None
        comma -= 1
    return comma if comma > clause.i else None


def _indirect_question(clause: Token) -> bool:
    """ "asked whether he would resign", "asked where the troops would go": the reported clause
    opens with its own "whether" or wh-word ("said when the talks end the army will withdraw"
    opens with a clause of time of its own instead)."""
    first = clause.doc[clause.left_edge.i]
    # the "that" of "told them that …" may be tagged as a wh-word: a mark asks only as "whether"
    return first.head.i == clause.i and opens_question(clause) and (
        first.dep_ != "mark" or first.lower_ in QUESTION_OPENERS)


def _is_claim_verb(lexicon: CueLexicon, verb: Token) -> bool:
    """A verb that makes a claim itself: "call (on)", "demand", "promise"."""
    lemma = verb.lemma_.lower()
    return any(cue.pos == "verb" and cue.lemma == lemma for cue in lexicon.claim_cues)


def is_copula(verb: Token) -> bool:
    """ "be" in any form, contracted ones too ("I’m not against it": the parser may leave "’m"
    its own lemma)."""
    return verb.lemma_.lower() == "be" or verb.norm_.lower() in COPULA_FORMS


def _denies_existence(clause: Token) -> bool:
    """ "(said) there was no threat to his life", "there is no truth in it": "there is no" with a
    thing that is alleged or feared."""
    return is_copula(clause) and any(c.dep_ == "expl" for c in clause.children) and any(
        c.dep_ in ("attr", "nsubj") and c.lemma_.lower() in DENIED_THINGS
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in clause.children)


def _called_false(clause: Token) -> bool:
    """ "(said) the allegations were unfounded", "word of his arrest was baseless": a report or
    an accusation, named by a noun, called untrue (not "it was false", whose "it" names
    nothing; not "were not baseless")."""
    return is_copula(clause) and not is_negated_cue(clause) and any(
        c.dep_ == "acomp" and c.lower_ in FALSITY_ADJECTIVES for c in clause.children) and any(
        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in clause.children)


def _missed_outcome(clause: Token) -> bool:
    """ "said he had not achieved any change", "did not win": an outcome not reached is
    admitted, not denied ("be" and "have" are read by their complements instead)."""
    return clause.lemma_.lower() in NON_AGENTIVE - AUXILIARY_VERBS


def _no_part(clause: Token) -> bool:
    """ "had nothing to do with the explosion": a denial of any part in it."""
    return any(c.dep_ == "dobj" and c.lower_ == "nothing"
               and any(g.lemma_.lower() == "do" for g in c.children) for c in clause.children)


def _foreseen(clause: Token) -> Piece | None:
    """ "warned that there would be a big price to pay": the thing foretold."""
    if not is_copula(clause) or not any(c.dep_ == "expl" for c in clause.children):
        return None
    foretold = next((c for c in clause.children if c.dep_ in ("attr", "dobj")), None)
    return subtree_piece(foretold) if foretold is not None else None


def _readiness(clause: Token) -> list[Piece]:
    """ "(said) it was ready to send mediators", "the Duma will be prepared in October to
    ratify the treaty" (parsed as a passive "prepared"): what the claimant is ready to do."""
    if clause.lower_ in READY_WORDS and any(c.dep_ == "auxpass" for c in clause.children):
        words = [clause]
    elif is_copula(clause):
        words = [w for w in clause.children if w.dep_ == "acomp" and w.lower_ in READY_WORDS]
    else:
        return []
    for word in words:
        deed = next((c for c in word.children if c.dep_ == "xcomp" or (
            c.dep_ == "advcl" and has_infinitive_marker(c))),
                    None)
        if deed is not None:
            return split_coordination(deed)
    return []


def asides_of(verb: Token) -> list[Token]:
    """ "would deploy troops, accusing Ukraine of …": a participle after a comma is the reporter's
    aside, not part of the promise."""
    doc = verb.doc
    return [child for conjunct in conjuncts(verb) for child in conjunct.children
            if child.dep_ == "advcl" and child.tag_ == "VBG" and child.left_edge.i > 0
            and doc[child.left_edge.i - 1].text == ","]
