"""Articles not about public affairs give no events; political ones keep theirs. Whole short
articles written for this test (a football report, a market report, a burglary, a fraud trial, a
stabbing in Indian copy in small letters, a road crash; a shooting of protesters, a militant
attack, a minister's arrest), invented people and places (the attack names its country, as wire copy
does), through the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache

import pytest

from tacitus.model import Article, CodedArticle
from tacitus.pipeline import make_article_coder
from tacitus.settings import Settings

FOOTBALL = (
    "Late header lifts Rovers to the top\n\n"
    "A header in stoppage time from captain Dan Whitby gave Rovers a 2-1 win over Athletic on"
    " Saturday and lifted them to the top of the league.\n\n"
    "Athletic led at half-time through a fine strike from Leo Moreno, but Rovers levelled from"
    " the penalty spot soon after the break.\n\n"
    "\u201cWe never stopped believing,\u201d Whitby said. The Athletic coach said his defenders"
    " had switched off at set pieces. Rovers play away at Harbour Town next weekend.\n"
)

MARKETS = (
    "Stocks end higher as lenders rally\n\n"
    "Shares rose on Wednesday, led by bank stocks after strong quarterly earnings, while oil"
    " slipped on signs of rising supply.\n\n"
    "The benchmark index closed up 1.1 percent, its best finish in three weeks. The largest"
    " lender jumped 4 percent after it raised its dividend.\n\n"
    "\u201cThe earnings season has reassured investors,\u201d said Nora Lind, a strategist at a"
    " brokerage in Oslo. Brent crude fell 50 cents a barrel and gold was little changed.\n"
)

BURGLARY = (
    "Two held after string of burglaries\n\n"
    "A 34-year-old man and his nephew were arrested on Tuesday over a series of burglaries at"
    " homes in Eastfield, police said.\n\n"
    "Officers recovered jewellery, two laptops and cash from a flat on Canal Street. Detective"
    " Inspector Ruth Mayhew said residents had reported break-ins while they were on holiday.\n\n"
    "The older man was charged with four counts of burglary and will appear before magistrates"
    " on Thursday. His nephew was released on bail.\n"
)

FRAUD_TRIAL = (
    "Accountant jailed for stealing clients' savings\n\n"
    "A former accountant who stole more than two million dollars from his clients' retirement"
    " savings was sentenced to six years in prison on Friday.\n\n"
    "Peter Hollis, 52, pleaded guilty to 14 charges of fraud and forgery. Prosecutors told the"
    " court he had forged signatures on withdrawal forms for nine years.\n\n"
    "Judge Anne Carver said Hollis had shown a cynical disregard for the pensioners who trusted"
    " him. His lawyer said he was deeply ashamed.\n"
)

STABBING = (
    "youth stabbed to death near bus stand\n\n"
    "rajkot: a 22-year-old youth was stabbed to death by three persons near the city bus stand"
    " late on sunday night, police said.\n\n"
    "according to police, the victim, mahesh rathod, had quarrelled with the accused over a"
    " petty money dispute. the accused attacked him with knives and fled. he was declared dead"
    " on arrival at the civil hospital.\n\n"
    "the police have registered a case of murder. inspector r k joshi said two of the accused"
    " had been identified and would be arrested soon.\n"
)

CRASH = (
    "Nine dead as bus and lorry collide\n\n"
    "Nine people were killed and 14 injured on Sunday when a crowded bus collided with a lorry on"
    " a mountain road north of Valdera, the regional health office said.\n\n"
    "The crash happened in heavy rain shortly after dawn. Firefighters worked for three hours to"
    " free passengers trapped in the wreckage, and the injured were taken to hospitals in"
    " Valdera.\n\n"
    "The lorry driver survived. Officials said the road would stay closed until Monday.\n"
)

PROTEST = (
    "Inquiry ordered after police fire on protesters\n\n"
    "The interior ministry of Ruritania on Monday ordered an inquiry after police opened fire on"
    " demonstrators protesting against a rise in fuel prices, killing two people.\n\n"
    "The opposition leader condemned the shooting and called on the interior minister to resign."
    "\n\nThe United Nations urged the government to respect the right to peaceful protest.\n"
)

ATTACK = (
    "Militants kill five soldiers in border attack\n\n"
    "Suspected militants attacked a Pakistani army post near the border on Thursday, killing five"
    " soldiers and wounding seven, the military said.\n\n"
    "Troops later arrested three suspects in a nearby village. The defence minister blamed the"
    " attack on a rebel group that has fought the government for a decade.\n"
)

MINISTER = (
    "Transport minister arrested in bribery inquiry\n\n"
    "Anti-corruption police on Tuesday arrested the transport minister on charges of taking"
    " bribes from construction companies in exchange for road contracts.\n\n"
    "The president suspended him from the cabinet hours after the arrest, and the opposition"
    " demanded that the government resign.\n"
)


@pytest.fixture(scope="module")
def coded() -> Callable[[str], CodedArticle]:
    """A text coded through the whole pipeline, each text once."""
    coder = make_article_coder(Settings(offline=True))

    @cache
    def code(text: str) -> CodedArticle:
        return coder.code(Article(id="art_topic", title="", text=text, content_hash="x",
                                  origin="test", date=date(2024, 3, 12)))

    return code


@pytest.mark.parametrize("text", [FOOTBALL, MARKETS, BURGLARY, FRAUD_TRIAL, STABBING, CRASH],
                         ids=["football", "markets", "burglary", "fraud-trial", "stabbing",
                              "crash"])
def test_an_article_not_about_public_affairs_gives_no_events_nor_claims(
        coded: Callable[[str], CodedArticle], text: str) -> None:
    article = coded(text)
    assert article.events == ()
    assert article.claims == ()


@pytest.mark.parametrize(("text", "root"), [(PROTEST, None), (ATTACK, "19"), (MINISTER, "17")],
                         ids=["protest", "attack", "minister"])
def test_a_political_article_keeps_its_events(coded: Callable[[str], CodedArticle], text: str,
                                              root: str | None) -> None:
    events = coded(text).events
    assert events
    if root is not None:
        assert root in {event.cameo[:2] for event in events}
