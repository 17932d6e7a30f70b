"""The shapes of the API's answers, so that ``/openapi.json`` describes every field."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

Item = TypeVar("Item", bound=BaseModel)


class Shape(BaseModel):
    """A read-only answer; extra keys pass through so that a field added later is not lost."""

    model_config = ConfigDict(extra="allow", frozen=True)


class ActorRef(Shape):
    code: str = Field(description="CAMEO-style actor code, e.g. USAGOV.")
    name: str = Field(description="The name the actor was coded under in this record.")
    kind: str = Field(description="state, sector, igo, group or person.")
    country: str | None = Field(description="Three-letter country code, if any.")
    roles: list[str] = Field(description="Type codes after the country (GOV, MIL …).")


class Place(Shape):
    name: str = Field(description="Town, city or country named as where the event happened.")
    country: str = Field(description="Country code of the place.")
    lat: float = Field(description="Latitude in degrees.")
    lon: float = Field(description="Longitude in degrees.")
    feature: str = Field(description="GeoNames feature class of the place.")


class Report(Shape):
    article_id: str = Field(description="The article the report is in.")
    outlet: str = Field(description="The outlet: the article's source, else its URL's host.")
    url: str | None = Field(description="The article's URL.")
    article_date: str | None = Field(description="The article's date, YYYY-MM-DD.")
    sentence_index: int = Field(description="The evidence sentence, counted from 0.")
    sentence: str = Field(description="The evidence sentence.")
    start: int = Field(description="Character offset of the sentence in the article.")
    end: int = Field(description="Character offset where the sentence ends.")
    trigger: str = Field(description="The words that carry the event.")
    trigger_start: int = Field(description="Character offset of the trigger in the article.")
    trigger_end: int = Field(description="Character offset where the trigger ends.")


class Event(Shape):
    id: str = Field(description="Stable event id.")
    source: ActorRef | None = Field(description="Who acted.")
    target: ActorRef | None = Field(description="Who was acted upon, if anyone.")
    cameo: str = Field(description="CAMEO event code, a string (042 keeps its zero).")
    cameo_name: str = Field(description="What the CAMEO code means.")
    plover: str = Field(description="PLOVER event type.")
    plover_mode: str = Field(description="PLOVER mode, if any.")
    goldstein: float = Field(description="Goldstein score, −10 (conflict) to +10.")
    quad_class: int = Field(description="1 verbal cooperation, 2 material cooperation, "
                                        "3 verbal conflict, 4 material conflict.")
    date: str | None = Field(description="YYYY-MM-DD, if known.")
    sentence: str = Field(description="The evidence sentence of the first report.")
    confidence: float = Field(description="How sure the coder is, 0 to 1.")
    article_id: str = Field(description="The article of the first report.")
    location: Place | None = Field(description="Where it happened, if a place was found.")
    num_mentions: int = Field(description="Reports of this event.")
    num_articles: int = Field(description="Articles that report it.")
    num_sources: int = Field(description="Outlets that report it.")
    mentions: list[Report] = Field(description="Every report with its sentence.")


class Counted(Shape):
    events: int = Field(description="Events (each merged event once).")
    cooperative: int = Field(description="Events in quad classes 1–2.")
    conflictual: int = Field(description="Events in quad classes 3–4.")
    goldstein_sum: float = Field(description="Sum of the events' Goldstein scores.")


class Dyad(Counted):
    a: str = Field(description="The first actor code (alphabetically).")
    b: str = Field(description="The second actor code.")
    a_name: str | None = Field(description="The institution a names.")
    b_name: str | None = Field(description="The institution b names.")


class Actor(Counted):
    code: str = Field(description="Actor code at the level asked for.")
    name: str | None = Field(description="The institution the code names (never one person).")


class Person(Shape):
    name: str = Field(description="The person's name.")
    code: str = Field(description="The code the person acted under.")
    events: int = Field(description="Events with this person as source or target.")


class ActorView(Shape):
    code: str = Field(description="Actor code.")
    name: str | None = Field(description="The institution the code names.")
    level: str = Field(description="country or sector.")
    counterparts: list[Actor] = Field(description="Who it deals with, each once.")
    sectors: list[Actor] = Field(description="Its sector codes (at country level).")
    people: list[Person] = Field(description="People who act under the code.")


class Quote(Shape):
    id: str = Field(description="Stable quote id.")
    speaker: ActorRef | None = Field(description="The speaker, if resolved.")
    speaker_text: str = Field(description="The words naming the speaker.")
    cue: str = Field(description="The verb of saying.")
    text: str = Field(description="What was said.")
    direct: bool = Field(description="Direct (in quotation marks) or reported speech.")
    article_id: str = Field(description="The article it is in.")
    date: str | None = Field(description="YYYY-MM-DD, if known.")


class Claim(Shape):
    id: str = Field(description="Stable claim id.")
    kind: str = Field(description="demand, commitment, denial, appeal, offer or threat.")
    actor: ActorRef = Field(description="Who makes the claim.")
    addressee: ActorRef | None = Field(description="To whom, if anyone.")
    text: str = Field(description="The claimed action.")
    topic: str | None = Field(description="What it is about, if found.")
    sentence: str = Field(description="The evidence sentence.")
    article_id: str = Field(description="The article it is in.")
    date: str | None = Field(description="YYYY-MM-DD, if known.")


class ArticleItem(Shape):
    id: str = Field(description="Stable article id.")
    title: str = Field(description="The title.")
    date: str | None = Field(description="YYYY-MM-DD, if known.")
    url: str | None = Field(description="Where it was read from.")
    source: str | None = Field(description="The outlet.")
    origin: str = Field(description="The file, folder, feed or URL it came from.")
    characters: int = Field(description="Length of its text.")


class Page(BaseModel, Generic[Item]):
    """One page of a list: ``items`` from ``offset``, ``total`` in all."""

    total: int = Field(description="Items that match, over all pages.")
    limit: int = Field(description="Most items in this page.")
    offset: int = Field(description="Items skipped before this page.")
    items: list[Item] = Field(description="This page.")
