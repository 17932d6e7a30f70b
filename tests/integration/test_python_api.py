"""The public Python API: tacitus.code, tacitus.Pipeline and tacitus.open, as notebooks use it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tacitus
from tacitus import errors as tacitus_errors
from tacitus.cli import app
from tacitus.errors import EmptyInputError

MEETING = ("Chinese President Xi Jinping met US President Joe Biden in Woodside, California, "
           "on Wednesday for talks on military communication.")
ATTACK = "Russian troops attacked the Ukrainian city of Kharkiv on Monday, officials in Kyiv said."


def test_an_article_judged_not_public_affairs_yields_no_claims_but_keeps_its_quotes() -> None:
    from dataclasses import replace

    from tacitus.api import _default_coder
    from tacitus.ingest.documents import article_from_document
    from tacitus.settings import Settings

    article = article_from_document(
        "The United Nations called on Israel to halt its strikes on Gaza. \"We want calm,\" UN "
        "chief Antonio Guterres said.", settings=Settings(), date=date(2023, 11, 15))
    coder = _default_coder()
    public = replace(coder, judge_topic=lambda *_: True).code(article)
    private = replace(coder, judge_topic=lambda *_: False).code(article)
    assert public.claims and not private.claims
    assert private.quotes == public.quotes


def test_every_public_name_resolves() -> None:
    for name in tacitus.__all__:
        assert getattr(tacitus, name) is not None


def test_importing_tacitus_does_not_load_spacy() -> None:
    probe = "import sys, tacitus; print('spacy' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert output.stdout.strip() == "False"


def test_code_reads_text_and_html_alike() -> None:
    from_text = tacitus.code(MEETING, date=date(2023, 11, 15))
    from_html = tacitus.code(f"<html><body><article><p>{MEETING}</p></article></body></html>",
                             date=date(2023, 11, 15))
    for coded in (from_text, from_html):
        assert coded.article.text == MEETING
        assert [(e.source.code, e.cameo[:2], e.target and e.target.code) for e in coded.events] \
            == [("CHNGOV", "04", "USAGOV")]
        assert coded.events[0].date == date(2023, 11, 15)


def test_pipeline_streams_in_order_with_bounded_batches() -> None:
    pulled: list[int] = []

    def documents() -> Iterator[str]:
        for number, text in enumerate([ATTACK, MEETING, ATTACK.replace("Monday", "Tuesday")]):
            pulled.append(number)
            yield text

    pipeline = tacitus.Pipeline(tacitus.Settings(batch_size=2))
    stream = pipeline.pipe(documents())
    first = next(stream)
    assert pulled == [0, 1], "the pipeline reads one batch ahead, not the whole input"
    rest = list(stream)
    assert [coded.article.text[:20] for coded in [first, *rest]] == [
        ATTACK[:20], MEETING[:20], ATTACK[:20]]
    assert first.events[0].source.code.startswith("RUS")


def test_pipeline_raises_the_typed_error_of_a_bad_document() -> None:
    with pytest.raises(EmptyInputError):
        list(tacitus.Pipeline().pipe(["   "]))


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("news")
    (folder / "a.jsonl").write_text(
        f'{{"text": "{ATTACK}", "date": "2022-02-28"}}\n'
        f'{{"text": "{MEETING}", "date": "2023-11-15"}}\n', encoding="utf-8")
    db = folder / "api.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def test_open_gives_dataframes(database: Path) -> None:
    with tacitus.open(database) as db:
        events = db.events()
        articles = db.articles()
        usa = db.events(actor="USA")
    assert len(articles) == 2
    assert {"id", "cameo", "source_code", "source_name", "target_code", "sentence", "start",
            "end", "date"} <= set(events.columns)
    assert set(usa["target_code"].str[:3]) | set(usa["source_code"].str[:3]) >= {"USA"}
    assert sorted(events["source_code"].str[:3]) == ["CHN", "RUS"]


def test_events_carry_the_place_they_happened() -> None:
    coded = tacitus.code("Russian missiles struck the city of Kharkiv on Monday, Ukrainian "
                         "officials said.", date=date(2022, 3, 1))
    placed = [event.location for event in coded.events if event.location is not None]
    assert placed, coded.events
    assert (placed[0].name, placed[0].country) == ("Kharkiv", "UKR")
    assert coded.to_dict()["events"][0]["location"]["name"] == "Kharkiv"


def test_users_actor_layers_and_lexicons_reach_the_coder(tmp_path: Path) -> None:
    from tacitus.actors.layers import DatedCode, LayerActor
    from tacitus.ingest.dictionaries import write_actor_layer

    layer = tmp_path / "layer"
    write_actor_layer([LayerActor(name="Northern Rivers Front", aliases=("NRF",), kind="group",
                                  codes=(DatedCode("SDNREB", None, None),))], [], layer)
    text = "The Northern Rivers Front attacked an army base near Kadugli on Sunday."
    without = tacitus.Pipeline().code(text, date=date(2024, 5, 5))
    with_layer = tacitus.Pipeline(tacitus.Settings(actor_layers=(layer,))).code(
        text, date=date(2024, 5, 5))
    assert not [e for e in without.events if e.source.code == "SDNREB"]
    assert [e for e in with_layer.events if e.source.code == "SDNREB" and e.cameo.startswith("19")]


def test_relations_and_profile_agree_with_the_events(database: Path) -> None:
    with tacitus.open(database) as db:
        events = db.events()
        series = db.relations("RUS", "UKR", by="month")
        profile = db.profile("RUS")
        with pytest.raises(tacitus_errors.SettingsError):
            db.relations("RUS", by="fortnight")
    between = events[(events["source_code"].str[:3] == "RUS")
                     & (events["target_code"].str[:3] == "UKR")]
    assert int(series["events"].sum()) == len(between) > 0
    assert list(series["period"]) == ["2022-02"]
    assert profile["code"] == "RUS" and profile["events"] == len(between)
    assert [side["code"][:3] for side in profile["adversaries"]] == ["UKR"]


def test_mentions_and_own_sql(database: Path) -> None:
    with tacitus.open(database) as db:
        events = db.events()
        mentions = db.mentions()
        counted = db.sql("SELECT count(*) AS n FROM events WHERE starts_with(source_code, ?)",
                         "RUS").df()
        with pytest.raises(tacitus_errors.StoreError):
            db.sql("DELETE FROM events").fetchall()
        assert len(db.events()) == len(events), "a read-only database cannot be changed"
    assert set(mentions["event_id"]) == set(events["id"])
    assert {"article_id", "sentence", "start", "end", "outlet"} <= set(mentions.columns)
    assert int(counted["n"][0]) == int((events["source_code"].str[:3] == "RUS").sum())
