"""Actors: the knowledge base of countries, organisations, parties, groups, roles and office
holders, and the ``resolve_actors`` stage that finds every actor mention in a parsed article."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tacitus.actors.knowledge import KnowledgeBase, load_knowledge_base
    from tacitus.actors.layers import Layer
    from tacitus.actors.places import Locator, make_event_locator, make_locator
    from tacitus.actors.resolver import ActorResolver, make_actor_resolver

# the resolver needs spaCy, the knowledge base does not: parts are imported on first use, so that
# reading the knowledge tables (an export, a report) never loads spaCy
_PARTS: dict[str, tuple[str, ...]] = {
    "resolver": ("ActorResolver", "make_actor_resolver"),
    "knowledge": ("KnowledgeBase", "load_knowledge_base"),
    "layers": ("Layer",),
    "places": ("Locator", "make_event_locator", "make_locator"),
}
_HOMES = {public: module for module, names in _PARTS.items() for public in names}

__all__ = ["ActorResolver", "KnowledgeBase", "Layer", "Locator", "load_knowledge_base",
           "make_actor_resolver", "make_event_locator", "make_locator"]


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
