"""What the role features read once: a mention's root token per span (``root_of``), and the
target's mention as the decision stage found it (``role_features(nearest=…)``)."""

from __future__ import annotations

from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events.actor_roles import role_features
from tacitus.events.background import trigger_head
from tacitus.model import Actor, ActorMention
from tacitus.nlp.doc_memo import root_of

# written for this test
TEXT = "Kenyan police detained two Ugandan reporters near the border town of Busia on Friday."


def test_root_of_is_the_spans_root(nlp: Language) -> None:
    doc = nlp(TEXT)
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            assert root_of(doc, start, end) == doc[start:end].root
    # asked again: the same token
    assert root_of(doc, 0, 3).i == doc[0:3].root.i


def test_the_target_mention_given_is_the_one_read(nlp: Language) -> None:
    _, doc, mentions, candidates = text_candidates(nlp, TEXT)
    paired = [c for c in candidates if c.event.target is not None and not c.place]
    assert paired
    for candidate in paired:
        head = trigger_head(doc, candidate.event)
        source = next((m for m in mentions if m.actor == candidate.event.source), None)
        asked: list[Actor] = []

        def nearest(actor: Actor, asked: list[Actor] = asked) -> ActorMention | None:
            asked.append(actor)
            return next((m for m in mentions if m.actor == actor), None)

        assert role_features(head, candidate, source, mentions, nearest=nearest) == (
            role_features(head, candidate, source, mentions))
        assert asked == [candidate.event.target]
        # no target mention found: no target role
        assert not any(feature.startswith("target_role")
                       for feature in role_features(head, candidate, source, mentions,
                                                    nearest=lambda actor: None))
