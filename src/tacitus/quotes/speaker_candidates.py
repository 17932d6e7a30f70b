"""The candidate speakers of a found quote, each described by features, for a trained speaker
choice (issue #18): the speaker the rules chose (``tacitus.quotes.speakers``), the speaker of the
quote just before (a quotation that goes on), and every actor named near the quote (its own
sentence, the two before and the one after), but never the subject of a passive cue, whose
words are another's, nor one named inside quotation marks or inside the quote's own words
(reported speech too: "officials said the army had withdrawn"), who is spoken of, not speaking
(the rules' vetoes). Where grammar settles the speaker (``speaker_vetoes``: a label, a clause before
a colon, "according to", a sign), the rules' choice is the only candidate, or there is none.

A candidate is one speaker (its code and the words naming it); found more than once (the rules'
choice is also named just before) it keeps every way it was found. The features say how it was
found, where it stands from the quote (sentences, tokens, before or after, same paragraph),
its grammar (the dependency of its head word, whether it is the subject of the cue), what it
is (entity kind, how the mention was resolved, whether its code carries a role), the cue word,
and whether the rules chose it. Pure logic: no model is read here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from tacitus.model import Actor, ActorMention, Quote
from tacitus.nlp.doc_memo import root_of
from tacitus.nlp.token_arrays import arrays_of
from tacitus.quotes.cue_subjects import attribution_particle
from tacitus.quotes.view import DocView

# how many sentences before the quote's own, and after it, the nearby actors are read from
SENTENCES_BEFORE = 2
SENTENCES_AFTER = 1
# token distances from the quote's words, read as buckets (an upper bound each; beyond: "far")
TOKEN_BUCKETS = (3, 10, 30)
# the subject dependencies: a subject names who acts
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# the dependencies of a word that is part of a longer name ("the U.N. refugee agency")
NAME_PARTS = frozenset({"compound", "amod", "poss", "nmod"})
# the candidates found so far, by speaker: actor, words naming them, features, rules' choice
Found = dict[tuple[str | None, str], tuple[Actor | None, str, list[str], bool]]


@dataclass(frozen=True, slots=True)
class SpeakerCandidate:
    """One possible speaker of a quote: the actor (``None``: the rules' speaker with no code),
    the words naming them, and the features describing how and where they were found."""

    actor: Actor | None
    text: str
    features: tuple[str, ...]
    chosen: bool


def _bucket(distance: int) -> str:
    for bound in TOKEN_BUCKETS:
        if distance <= bound:
            return f"<={bound}"
    return "far"


def _paragraph(text: str, char: int) -> int:
    return text.count("\n", 0, char)


def _cue_tokens(view: DocView, quote: Quote) -> list[Token]:
    """The tokens outside quotation marks that read as the quote's cue word, near its sentence."""
    if not quote.cue:
        return []
    first = max(0, quote.sentence_index - 1)
    last = min(len(view.sentences) - 1, quote.sentence_index + 1)
    cue = quote.cue.lower().split()[-1] if quote.cue.split() else ""
    # the lowered forms read from the Doc's arrays: a ``Token`` made for a cue word alone
    lower, doc = arrays_of(view.doc).lower, view.doc
    return [doc[index] for sentence in view.sentences[first:last + 1]
            for index in range(sentence.start, sentence.end)
            if lower[index] == cue and view.quoted_in[index] < 0]


def _mention_features(view: DocView, quote: Quote, mention: ActorMention,
                      cues: Sequence[Token], ordinal: int) -> list[str]:
    head = root_of(view.doc, mention.token_start, mention.token_end)
    start, end = view.token_at(quote.start), view.token_at(max(quote.start, quote.end - 1))
    before = mention.token_end <= start
    distance = start - mention.token_end if before else max(0, mention.token_start - end)
    sentences = mention.sentence_index - quote.sentence_index
    features = [
        "found=mention",
        f"sentences={sentences}",
        f"tokens={_bucket(distance)}",
        "side=before" if before else ("side=after" if mention.token_start > end else "side=in"),
        f"dep={head.dep_}",
        f"how={mention.how}",
        f"order={min(ordinal, 3)}",
    ]
    if _paragraph(view.text, mention.start) == _paragraph(view.text, quote.start):
        features.append("same_paragraph")
    if head.dep_ in SUBJECT_DEPS:
        features.append(f"subject sentences={sentences}")
        if any(head.head.i == cue.i for cue in cues):
            features.append("cue_subject")
    if any(abs(head.i - cue.i) <= 2 for cue in cues):
        features.append("beside_cue")
    phrase = head
    while phrase.dep_ in NAME_PARTS and phrase.head.i != phrase.i:
        # "according to the U.N. refugee agency": the mention names a word of the phrase
        phrase = phrase.head
    particle = attribution_particle(phrase.head.head) if phrase.dep_ == "pobj" else None
    if particle is not None and particle.i == phrase.head.i:
        features.append("according_to")
    return features


def _passive_subject(view: DocView, mention: ActorMention, cues: Sequence[Token]) -> bool:
    """Whether ``mention`` is the subject of a passive cue ("were told to “…”"): the rules'
    veto, kept, since the words are another's."""
    head = root_of(view.doc, mention.token_start, mention.token_end)
    return head.dep_ == "nsubjpass" and any(head.head.i == cue.i for cue in cues)


def _quoted(view: DocView, quote: Quote, mention: ActorMention) -> bool:
    """Whether ``mention`` stands inside quotation marks or inside ``quote``'s words: the rules'
    veto, kept, since one named there is spoken of, not speaking."""
    head = root_of(view.doc, mention.token_start, mention.token_end)
    return view.quoted_in[head.i] >= 0 or quote.start <= head.idx < quote.end


def _actor_features(actor: Actor | None, text: str) -> list[str]:
    if actor is None:
        return ["no_code", "named" if text else "unnamed"]
    features = [f"kind={actor.kind}", f"code_length={min(len(actor.code), 9)}"]
    if actor.country is None:
        # an international body has no country of its own; a person or a state without one
        # is one the resolver could not place
        features.append(f"no_country kind={actor.kind}")
    if len(actor.code) > 3:
        features.append(f"role={actor.code[3:6]}")
    return features


def speaker_candidates(view: DocView, quote: Quote, *, previous: Quote | None = None,
                       fixed: bool = False) -> tuple[SpeakerCandidate, ...]:
    """The candidate speakers of ``quote`` in the article of ``view`` (``previous``: the quote
    found just before it), the rules' choice first when there is one (``fixed``: grammar settles
    the speaker, so the rules' choice is the only one)."""
    quote_kind = "direct" if quote.direct else "reported"
    cue = quote.cue.lower() if quote.cue else "none"
    shared = [f"quote={quote_kind}", f"cue={cue}"]
    if quote.speaker is None:
        shared.append("rules_found_none")
    found: Found = {}

    def add(actor: Actor | None, text: str, features: list[str], chosen: bool) -> None:
        key = (actor.code if actor else None, actor.name if actor else "")
        if key in found:
            old = found[key]
            found[key] = (old[0], old[1], old[2] + features, old[3] or chosen)
        else:
            found[key] = (actor, text, features, chosen)

    if quote.speaker is not None or quote.speaker_text:
        add(quote.speaker, quote.speaker_text, ["found=rules"], True)
    if fixed:
        return _described(found, shared, quote)
    if previous is not None and (previous.speaker is not None or previous.speaker_text):
        # the speaker before goes on only where the quote has no cue of its own
        gap = min(quote.sentence_index - previous.sentence_index, 3)
        own_cue = "cue" if quote.cue else "no_cue"
        add(previous.speaker, previous.speaker_text,
            ["found=previous", f"previous_gap={gap} {own_cue}"], False)
    cues = _cue_tokens(view, quote)
    first = quote.sentence_index - SENTENCES_BEFORE
    last = quote.sentence_index + SENTENCES_AFTER
    nearby = sorted((mention for mention in view.mentions.all()
                     if first <= mention.sentence_index <= last),
                    key=lambda mention: abs(view.token_at(quote.start) - mention.token_start))
    for ordinal, mention in enumerate(nearby):
        if _passive_subject(view, mention, cues) or _quoted(view, quote, mention):
            continue
        add(mention.actor, mention.text, _mention_features(view, quote, mention, cues, ordinal),
            False)
    return _described(found, shared, quote)


def _described(found: Found, shared: list[str], quote: Quote) -> tuple[SpeakerCandidate, ...]:
    """The candidates ``found``, each with its own features and the quote's (``shared``)."""
    rule_code = quote.speaker.code if quote.speaker else None
    candidates = []
    for actor, text, features, chosen in found.values():
        own = list(dict.fromkeys(features))
        own += _actor_features(actor, text)
        if chosen:
            own.append("rules_chose")
        elif actor is not None and actor.code == rule_code:
            own.append("rules_code")
        kinds = [feature for feature in own if feature.startswith("found=")]
        own += [f"{how} {feature}" for how in kinds for feature in shared]
        own += shared
        candidates.append(SpeakerCandidate(actor, text, tuple(own), chosen))
    return tuple(candidates)
