"""Actors: the knowledge base of countries, organisations, groups, roles and office holders, and the
``resolve_actors`` stage that finds every actor mention in a parsed article."""

from tacitus.actors.knowledge import KnowledgeBase, load_knowledge_base
from tacitus.actors.layers import Layer
from tacitus.actors.places import Locator, make_event_locator, make_locator
from tacitus.actors.resolver import ActorResolver, make_actor_resolver

__all__ = ["ActorResolver", "KnowledgeBase", "Layer", "Locator", "load_knowledge_base",
           "make_actor_resolver", "make_event_locator", "make_locator"]
