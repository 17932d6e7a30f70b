"""The story's own country, for the speaker of a quotation the article gives no country of its
own, in a story no country dominates clearly enough to set it (``DocView.setting``): the
country of the actor it names first, when it names that country's actors at least twice as
often as any other's and the story was not filed from another country.

A news story opens with its own side ("Swedish prosecutors reopened the case …", "House
Democrats released the testimony …") and then quotes its people by name and title alone
("Ms Persson said", "Williams testified"): the country most of its named actors are of, and the
one it names first, is theirs. Where the first actor named is of another country than most
("Russian jets struck … Syrian rebels … the Syrian army …"), where another country is named
half as often or more (a story of two sides: a summit, a trial abroad of a foreigner), or
where the dateline's town is in another country (a paper's story filed at home about a
foreign one's scientists), the story has no side of its own and its unplaced speakers stay
without a country. Nor has it one for an analyst, an economist or a strategist
(``COMMENTATOR_NOUNS``): they speak for a firm that comments from wherever it is.

Only a quotation's speaker is so placed: the quotation stands whatever its speaker's code, so
the story's side can only name its country better. A claim's claimant is not, since a country
is what makes a private person's words ("Khan pledged his support") a political claim, and the
story's side is too weak a ground for that.
"""

from __future__ import annotations

from collections import Counter

from tacitus.quotes.affiliations import posted_countries
from tacitus.quotes.speaker_countries import Speaker, placed
from tacitus.quotes.view import GUESSED, DocView
from tacitus.wordlists import word_set

# "the ACAN dispatch", "the newspaper": an outlet reports from anywhere
REPORT_NOUNS = word_set("report_nouns")
# "Crest Bank analyst Ali Khan": a firm's commentator comments from wherever the firm is
COMMENTATOR_NOUNS = word_set("commentator_nouns")
# The story's side is named at least this many times as often as any other country (as the
# setting is, DocView.setting): a country named nearly as often is the other side of the story.
HOME_LEAD = 2


def home_country(view: DocView, *, apart: range = range(0)) -> str | None:
    """The country the story is set in, else the country of its lead actors (module
    docstring), counting none named at a token of ``apart``, else ``None``."""
    if view.setting is not None:
        return view.setting
    named = [country for start, country in view.stated_countries if start not in apart]
    if not named:
        return None
    ranked = Counter(named).most_common(2)
    leader, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if leader != named[0] or count < HOME_LEAD * runner_up or view.dateline not in (None, leader):
        return None
    return leader


def quoted_at_home(view: DocView, speaker: Speaker | None, at: int) -> Speaker | None:
    """The speaker of a quotation whose cue (or words) is at token ``at`` in the story's own
    country (``home_country``), when the article gives them none and the story is set nowhere
    (set somewhere, the speaker stages placed them already). The sentence of the cue counts for
    nothing: a country there is the speaker's own words' ("Ali Khan, a China scholar", "the
    envoy at the talks in China"), which the speaker stages weighed already, or the person the
    words are about; nor does a country the text posts them to ("the envoy to Sweden"). A
    speaker beside another country's actor in that sentence, or named by what an outlet's words
    come in (``REPORT_NOUNS``), keeps none."""
    if speaker is None or view.setting is not None or _reports(speaker) or _comments(speaker):
        return speaker
    sentence = view.sentence(at)
    home = home_country(view, apart=range(sentence.start, sentence.end))
    if home is None or home in posted_countries(
            view, speaker.actor.name if speaker.actor else speaker.text):
        return speaker
    if any(mention.actor.country not in (None, home) and mention.how not in GUESSED
           and sentence.start <= mention.token_start < sentence.end
           and view.quoted_in[mention.token_start] < 0 for mention in view.mentions.all()):
        # "Mykola Petrenko, an adviser to President Ivanenko, said": another country's actor
        # beside the speaker may be whom they serve, and the story's side is no ground against it
        return speaker
    return placed(speaker, home)


def _reports(speaker: Speaker) -> bool:
    """Whether the speaker is named by what an outlet's words come in ("the ACAN dispatch")."""
    words = speaker.text.split()
    return bool(_forms(words[-1]) & REPORT_NOUNS) if words else False


def _comments(speaker: Speaker) -> bool:
    """Whether the speaker's words name a firm's commentator ("Crest Bank analyst Ali Khan")."""
    return any(_forms(word) & COMMENTATOR_NOUNS for word in speaker.text.split())


def _forms(word: str) -> set[str]:
    """A word of a speaker's text, lowered and without a trailing comma or full stop, as written
    and without a plural ending."""
    bare = word.strip(",.").lower()
    return {bare, bare.removesuffix("s"), bare.removesuffix("es")}
