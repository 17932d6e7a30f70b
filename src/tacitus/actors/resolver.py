"""The ``resolve_actors`` stage: every actor mention in a parsed article."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from spacy.tokens import Doc

from tacitus.actors.actor_lexicon import ActorLexicon, CountryName, compile_lexicon
from tacitus.actors.composition import Composer
from tacitus.actors.coreference import resolve_references
from tacitus.actors.draft_state import TownFinder
from tacitus.actors.knowledge import KnowledgeBase, load_knowledge_base
from tacitus.actors.layers import Layer
from tacitus.actors.matches import Atom, Draft, find_atoms
from tacitus.actors.regions import Regions, load_regions
from tacitus.actors.seat_namesakes import without_seat_namesakes
from tacitus.actors.story_dates import estimate_story_date
from tacitus.actors.token_reading import reading_of
from tacitus.model import ActorMention
from tacitus.nlp.doc_memo import sentence_numbers
from tacitus.nlp.token_arrays import arrays_of, tokens_text

ActorResolver = Callable[[Doc, date | None], tuple[ActorMention, ...]]

# How sure each way of resolving is, as ActorMention.confidence:
#   kb          a name the knowledge base knows (country, seat, organisation, group)     0.95
#   office      a known office holder, resolved by the article's date                     0.95
#   title       a person learnt from a title or apposition in the text                   0.85
#   dictionary  a name from a users' dictionary layer (imported, not curated by Tacitus) 0.8
#   name        an organisation no table knows, coded by its name's words or description 0.75
#   placed      such an organisation whose country only the story around it gives        0.7
#   anaphor     a definite description or a bare institution resolved from context       0.7
#   pronoun     a pronoun resolved to an earlier mention                                  0.6
CONFIDENCE = {"kb": 0.95, "office": 0.95, "title": 0.85, "dictionary": 0.8, "name": 0.75,
              "placed": 0.7, "anaphor": 0.7, "pronoun": 0.6}


def make_actor_resolver(kb: KnowledgeBase | None = None, *, extra: Sequence[Layer] = (),
                        base: ActorLexicon | None = None,
                        towns: TownFinder | None = None) -> ActorResolver:
    """Compile the knowledge base's name tables (``base``: already compiled, from the start-up
    cache), then ``extra`` users' layers, in order, for the forms still free, once and return the
    ``resolve_actors`` stage; ``towns`` (the gazetteer's ``Locator.find_towns``) places local
    bodies and people in the towns the text names."""
    lexicon = compile_lexicon(kb if kb is not None else load_knowledge_base(), extra, base=base)

    def resolve_actors(doc: Doc, article_date: date | None) -> tuple[ActorMention, ...]:
        """Every actor mention in ``doc``, sorted by position, resolved as of ``article_date``;
        an undated story as of the date its own text gives it (``story_dates``), if any."""
        mentions = resolve_with(lexicon, doc, article_date, towns)
        if article_date is not None:
            return mentions
        estimate = estimate_story_date(doc, mentions, lexicon.kb)
        if estimate is None:
            return mentions
        return resolve_with(lexicon, doc, estimate, towns)

    return resolve_actors


def resolve_with(lexicon: ActorLexicon, doc: Doc, article_date: date | None,
                 towns: TownFinder | None = None) -> tuple[ActorMention, ...]:
    # 1. match names and role words
    texts = reading_of(doc).folded
    # a name that is also a region's is no actor where its context makes it the region
    # ("Atlanta, Georgia", "Washington state")
    regions = load_regions()
    atoms = [atom for atom in find_atoms(doc, texts, lexicon)
             if not (regions.is_ambiguous(doc, atom.start, atom.end)
                     and regions.reads_as_region(doc, atom.start, atom.end))
             and not _inside_region(regions, doc, atom)]
    # a seat written as a town of the country named after it is that town ("Tripoli, Lebanon")
    atoms = without_seat_namesakes(doc, atoms)
    # 2. compose them into mentions
    composer = Composer(doc, atoms, lexicon, article_date, towns)
    drafts = composer.compose()
    # 3. resolve pronouns and descriptions against them ("the government": the story's)
    drafts = drafts + resolve_references(doc, drafts, lexicon.kb, composer.story_country,
                                         composer.place_tokens)
    # 4. attach sentences and character offsets
    numbers = sentence_numbers(doc)
    return tuple(to_mention(doc, draft, numbers)
                 for draft in sorted(drafts, key=lambda draft: (draft.start, draft.end)))


def _inside_region(regions: Regions, doc: Doc, atom: Atom) -> bool:
    """ "Northern Ireland", "New Mexico": a country's name inside a longer region name of
    another country names the region, never that country."""
    if not isinstance(atom.value, CountryName):
        return False
    region_country = regions.enclosing(doc, atom.start, atom.end)
    return region_country is not None and region_country != atom.value.country.code


def to_mention(doc: Doc, draft: Draft, sentence_of: Sequence[int]) -> ActorMention:
    # the offsets read from the Doc's arrays, the text cut from its text: no ``Span`` made
    arrays = arrays_of(doc)
    last = draft.end - 1
    return ActorMention(
        actor=draft.actor,
        text=tokens_text(doc, draft.start, draft.end),
        sentence_index=sentence_of[draft.start],
        token_start=draft.start,
        token_end=draft.end,
        start=arrays.idx[draft.start],
        end=arrays.idx[last] + len(arrays.texts[last]),
        how=draft.how,
        confidence=CONFIDENCE[draft.how],
    )
