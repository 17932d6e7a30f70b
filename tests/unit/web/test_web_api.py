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
    assert [event["date"] for event in body["items"]] == ["2021-11-05", "2021-10-02", "2021-09-23"]
    first = body["items"][0]
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
    assert {event["cameo"] for event in _events(client, **params)["items"]} == expected


def test_text_search_treats_wildcards_as_text(client: TestClient) -> None:
    assert _events(client, q="Is%bad")["total"] == 0
    assert _events(client, q="Islamaba_")["total"] == 0


def test_events_page_through_the_total(client: TestClient) -> None:
    pages = [_events(client, limit=2, offset=offset) for offset in (0, 2, 4)]
    ids = [event["id"] for page in pages for event in page["items"]]
    assert [len(page["items"]) for page in pages] == [2, 1, 0]
    assert len(set(ids)) == 3 and all(page["total"] == 3 for page in pages)


@pytest.mark.parametrize("params", [{"root": "x"}, {"a": "USA"}, {"since": "yesterday"},
                                    {"actor": "US A"}, {"limit": "-1"}, {"limit": "100000"}])
def test_bad_filters_are_refused_with_a_reason(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code in (400, 422)
    assert response.json()["detail"]


def test_event_detail_has_every_report(client: TestClient) -> None:
    event_id = _events(client, actor="TAL")["items"][0]["id"]
    body = client.get(f"/api/events/{event_id}").json()
    assert body["id"] == event_id and body["source"]["code"] == "TAL"
    assert [mention["sentence_index"] for mention in body["mentions"]] == [0]
    assert client.get("/api/events/evt_missing").status_code == 404


def test_actors_profile_and_dyad_series(client: TestClient) -> None:
    actors = client.get("/api/actors").json()
    assert actors["items"][0]["code"] == "PAK" and actors["items"][0]["events"] == 3
    assert actors["items"][0]["name"] == "Pakistan"
    sectors = client.get("/api/actors", params={"level": "sector"}).json()
    assert sectors["items"][0]["code"] == "PAKGOV"
    assert sectors["items"][0]["name"] == "Pakistan government"
    assert [row["code"] for row in client.get("/api/actors", params={"q": "tali"}).json()[
        "items"]] == ["TAL"]
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
    assert (dyads["total"], dyads["limit"], dyads["offset"]) == (2, 10, 0)
    assert (dyads["items"][0]["a"], dyads["items"][0]["b"], dyads["items"][0]["events"]) == (
        "PAK", "USA", 2)
    assert dyads["items"][0]["b_name"] == "United States"
    sector_dyads = client.get("/api/dyads", params={"level": "sector", "limit": 1}).json()
    assert [(item["a"], item["b"]) for item in sector_dyads["items"]] == [("PAKGOV", "USAGOV")]


def test_quotes_claims_articles(client: TestClient) -> None:
    quotes = client.get("/api/quotes", params={"speaker": "USA"}).json()
    assert quotes["total"] == 2
    assert [quote["text"] for quote in quotes["items"]] == ["we agree", "we agree"]
    claims = client.get("/api/claims", params={"kind": "commitment", "limit": 1}).json()
    assert claims["total"] == 2 and claims["limit"] == 1
    assert len(claims["items"]) == 1 and claims["items"][0]["date"] == "2021-11-05"
    articles = client.get("/api/articles", params={"q": "script"}).json()
    assert articles["total"] == 1 and articles["items"][0]["title"] == HOSTILE_TITLE
    article = client.get(f"/api/articles/{articles['items'][0]['id']}").json()
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
    assert "<code>tacitus profile CODE --format json</code>" in docs.text
    assert "`" not in docs.text


def test_events_csv_has_a_header_and_the_same_filters(client: TestClient) -> None:
    response = client.get("/api/events.csv", params={"actor": "USA"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    lines = response.text.splitlines()
    assert lines[0].split(",")[:5] == ["id", "date", "source_code", "source_name", "cameo"]
    assert len(lines) == 1 + _events(client, actor="USA")["total"] == 3
    assert all(",040," in line for line in lines[1:])
    threat = client.get("/api/events.csv", params={"root": "13"}).text.splitlines()
    assert len(threat) == 2 and ",130," in threat[1]
    # a second request is answered the same, not from the JSON cache
    again = client.get("/api/events.csv", params={"actor": "USA"})
    assert again.headers["content-type"].startswith("text/csv") and again.text == response.text


def test_lists_share_one_envelope(client: TestClient) -> None:
    for url in ("/api/events", "/api/actors", "/api/dyads", "/api/quotes", "/api/claims",
                "/api/articles"):
        body = client.get(url, params={"limit": 1, "offset": 0}).json()
        assert set(body) == {"total", "limit", "offset", "items"}, url
        assert body["limit"] == 1 and len(body["items"]) <= 1


def test_actor_view_at_both_levels(client: TestClient) -> None:
    country = client.get("/api/actors/PAK").json()
    assert country["name"] == "Pakistan" and country["level"] == "country"
    assert {item["code"]: item["cooperative"] for item in country["counterparts"]} == {
        "USA": 2, "TAL": 0}
    assert [item["code"] for item in country["sectors"]] == ["PAKGOV"]
    sector = client.get("/api/actors/PAKGOV", params={"level": "sector"}).json()
    assert sector["name"] == "Pakistan government"
    assert [item["code"] for item in sector["counterparts"]] == ["USAGOV", "TAL"]
    # a code is named by its institution; the person gets a line of their own
    usa = client.get("/api/actors/USA").json()
    assert usa["sectors"][0]["name"] == "United States government"
    assert usa["people"] == [{"name": "Antony Blinken", "code": "USAGOV", "events": 2}]


def test_openapi_describes_fields_and_parameters(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    event = schema["components"]["schemas"]["Event"]["properties"]
    assert event["cameo"]["type"] == "string"
    assert all(field.get("description") for field in event.values())
    parameters = {item["name"]: item for item in schema["paths"]["/api/events"]["get"][
        "parameters"]}
    for name in ("root", "plover", "quad", "level", "min_confidence"):
        assert parameters[name].get("description"), name
    assert "`country`" in parameters["level"]["description"]
    assert schema["paths"]["/api/dyads/{a}/{b}/series"]["get"]["parameters"][2][
        "description"].startswith("Period")
