"""A mention's roles toward a trigger are read once, whoever it is paired with
(``tacitus.events.actor_roles``)."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events import actor_roles
from tacitus.events.actor_roles import role_features
from tacitus.events.background import trigger_head

# written for this test: several actors, so each mention is paired with several others
TEXT = "Turkish troops clashed with Kurdish fighters and Syrian soldiers near Kobani on Sunday."


def test_a_mentions_roles_are_read_once_a_trigger(nlp: Language,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _, doc, mentions, found = text_candidates(nlp, TEXT)
    paired = [c for c in found if c.event.target is not None and not c.place]
    assert len(paired) > 2
    read: list[tuple[int, str]] = []
    real = actor_roles._roles

    def counting(head, *rest):  # type: ignore[no-untyped-def]
        # the trigger and what is read of the mention (all but the patients, last)
        read.append((head.i, repr(rest[:-1])))
        return real(head, *rest)

    monkeypatch.setattr(actor_roles, "_roles", counting)
    first = {}
    for candidate in paired:
        head = trigger_head(doc, candidate.event)
        source = next(m for m in mentions if m.actor == candidate.event.source)
        first[candidate.event.id] = role_features(head, candidate, source, mentions)
    # each (trigger, mention) read once, though each mention is in several pairs
    assert len(read) == len(set(read))
    # and the features are those read again afresh
    monkeypatch.setattr(actor_roles, "_MENTION_ROLES", actor_roles.DocMemo(
        actor_roles._read_mention_roles))
    for candidate in paired:
        head = trigger_head(doc, candidate.event)
        source = next(m for m in mentions if m.actor == candidate.event.source)
        assert role_features(head, candidate, source, mentions) == first[candidate.event.id]
