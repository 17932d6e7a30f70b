"""The JSON API over a small hand-built database: filters, pages, details, errors."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from web_factories import HOSTILE_TITLE


def _events(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_events_are_newest_first_with_their_reports(client: TestClient) -> None:
    body = _events(client)
    assert body["total"] == 3
    assert [event["date"] for event in body["events"]] == ["2021-11-05", "2021-10-02", "2021-09-23"]
    first = body["events"][0]
    assert first["num_mentions"] == 1 and first["mentions"][0]["sentence"].startswith("Qureshi met")


@pytest.mark.parametrize(("params", "expected"), [
    ({"actor": "TAL"}, {"130"}),
    ({"actor": "usa"}, {"040"}),
    ({"a": "PAK", "b": "USA"}, {"040"}),
    ({"a": "PAK", "b": "TAL"}, {"130"}),
    ({"root": "13"}, {"130"}),
    ({"plover": "consult"}, {"040"}),
    ({"since": "2021-10-01", "until": "2021-10-31"}, {"130"}),
    ({"q": "ISLAMABAD"}, {"040"}),
    ({"q": "100%"}, set()),  # the evidence sentence, not the whole article, is searched
    ({"q": "_them_"}, set()),
    ({"q": "onerror"}, {"130"}),
])
def test_event_filters(client: TestClient, params: dict[str, str], expected: set[str]) -> None:
    assert {event["cameo"] for event in _events(client, **params)["events"]} == expected


def test_text_search_treats_wildcards_as_text(client: TestClient) -> None:
    assert _events(client, q="Is%bad")["total"] == 0
    assert _events(client, q="Islamaba_")["total"] == 0


def test_events_page_through_the_total(client: TestClient) -> None:
    pages = [_events(client, limit=2, offset=offset) for offset in (0, 2, 4)]
    ids = [event["id"] for page in pages for event in page["events"]]
    assert [len(page["events"]) for page in pages] == [2, 1, 0]
    assert len(set(ids)) == 3 and all(page["total"] == 3 for page in pages)


@pytest.mark.parametrize("params", [{"root": "x"}, {"a": "USA"}, {"since": "yesterday"},
                                    {"actor": "US A"}, {"limit": "-1"}, {"limit": "100000"}])
def test_bad_filters_are_refused_with_a_reason(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code in (400, 422)
    assert response.json()["detail"]


def test_event_detail_has_every_report(client: TestClient) -> None:
    event_id = _events(client, actor="TAL")["events"][0]["id"]
    body = client.get(f"/api/events/{event_id}").json()
    assert body["id"] == event_id and body["source"]["code"] == "TAL"
    assert [mention["sentence_index"] for mention in body["mentions"]] == [0]
    assert client.get("/api/events/evt_missing").status_code == 404


def test_actors_profile_and_dyad_series(client: TestClient) -> None:
    actors = client.get("/api/actors").json()
    assert actors["actors"][0] == {"code": "PAKGOV", "name": "Shah Mahmood Qureshi", "events": 3}
    assert [row["code"] for row in client.get("/api/actors", params={"q": "tali"}).json()[
        "actors"]] == ["TAL"]
    profile = client.get("/api/actors/PAKGOV/profile").json()
    assert profile["events"] == 3 and profile["names"] == ["Shah Mahmood Qureshi"]
    assert [item["code"] for item in profile["adversaries"]] == ["TAL"]
    assert [item["code"] for item in profile["partners"]] == ["USAGOV"]
    series = client.get("/api/dyads/USA/PAK/series", params={"by": "month"}).json()
    assert [point["period"] for point in series["series"]] == ["2021-09", "2021-11"]
    assert [len(group["events"]) for group in series["events_by_period"]] == [1, 1]
    assert series["total"]["events"] == 2 and series["total"]["cc_index"] == 1.0
    track = client.get("/api/actors/USA/track").json()
    assert track["code"] == "USA" and [claim["kind"] for claim in track["made"]] == [
        "commitment", "commitment"]
    assert all(claim["status"] for claim in track["made"]) and track["addressed"] == []
    dyads = client.get("/api/dyads").json()
    assert dyads[0]["a"] == "PAKGOV" and dyads[0]["b"] == "USAGOV" and dyads[0]["events"] == 2


def test_quotes_claims_articles(client: TestClient) -> None:
    quotes = client.get("/api/quotes", params={"speaker": "USA"}).json()
    assert [quote["text"] for quote in quotes] == ["we agree", "we agree"]
    claims = client.get("/api/claims", params={"kind": "commitment", "limit": 1}).json()
    assert len(claims) == 1 and claims[0]["date"] == "2021-11-05"
    articles = client.get("/api/articles", params={"q": "script"}).json()
    assert articles["total"] == 1 and articles["articles"][0]["title"] == HOSTILE_TITLE
    article = client.get(f"/api/articles/{articles['articles'][0]['id']}").json()
    assert [event["cameo"] for event in article["events"]] == ["130"]
    assert [mention["actor_code"] for mention in article["mentions"]] == ["TAL"]
    assert client.get("/api/articles/art_missing").status_code == 404


def test_status_and_openapi(client: TestClient) -> None:
    status = client.get("/api/status").json()
    assert status["totals"]["events"] == 3 and status["snapshots"] == 1
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{event_id}", "/api/actors/{code}/profile",
            "/api/dyads/{a}/{b}/series", "/api/quotes", "/api/claims",
            "/api/articles"} <= set(paths)
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/events" in docs.text
