"""The HTML pages: they render, escape hostile text, mark evidence and carry a strict CSP."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tacitus.web.application import CONTENT_SECURITY_POLICY

TEMPLATES = Path(str(resources.files("tacitus.web").joinpath("templates")))


def _first_event(client: TestClient, **params: str) -> dict[str, str]:
    event: dict[str, str] = client.get("/api/events", params=params).json()["items"][0]
    return event


def test_every_page_renders_with_security_headers(client: TestClient) -> None:
    event = _first_event(client, actor="TAL")
    for url in ("/", "/?by=week", "/actors/TAL", "/actors/PAK", "/actors/PAKGOV?level=sector",
                "/actors", "/actors?level=sector", "/events", "/events?actor=PAK&quad=&since=",
                "/events?a=USA&b=PAK&level=country&min_confidence=0.1&offset=1",
                "/dyads/PAKGOV/USAGOV", "/dyads/TAL/PAK?by=day",
                f"/events/{event['id']}", f"/articles/{event['article_id']}?event={event['id']}",
                "/search?q=Qureshi", "/search", "/docs"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert response.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY
    assert "unsafe" not in CONTENT_SECURITY_POLICY.split("script-src")[1].split(";")[0]


@pytest.mark.parametrize("url", ["/", "/search?q=script", "/search?q=onerror", "/actors/TAL",
                                 "/events", "/events?q=onerror"])
def test_hostile_text_is_escaped(client: TestClient, url: str) -> None:
    html = client.get(url).text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert not re.search(r"<[^>]*\sonerror=", html)


def test_hostile_article_is_shown_as_text(client: TestClient) -> None:
    event = _first_event(client, actor="TAL")
    html = client.get(f"/articles/{event['article_id']}").text
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt; Taliban warn" in html
    assert "&lt;img src=x onerror=alert(&#34;body&#34;)&gt;" in html
    assert "<script>alert" not in html and "<img src=x" not in html


def test_article_marks_the_chosen_evidence(client: TestClient) -> None:
    event = _first_event(client, actor="USA", since="2021-11-01")
    page = client.get(f"/articles/{event['article_id']}?event={event['id']}").text
    html = page[page.index("<article"):page.index("</article>")]
    marked = re.findall(r'<span class="[^"]*\bcurrent\b[^"]*"[^>]*>(?:<a [^>]*>)?([^<]*)', html)
    assert "".join(marked) == "Qureshi met Blinken in Doha."
    assert html.count('id="evidence"') == 1
    # without an event, evidence is highlighted but none is current
    plain = client.get(f"/articles/{event['article_id']}").text
    assert 'id="evidence"' not in plain and 'class="evidence' in plain


def test_event_page_links_each_report_to_its_article(client: TestClient) -> None:
    event = _first_event(client, actor="TAL")
    html = client.get(f"/events/{event['id']}").text
    assert f"/articles/{event['article_id']}?event={event['id']}#evidence" in html
    assert '<mark class="trigger">threatened</mark>' in html


@pytest.mark.parametrize(("url", "status"), [("/events/evt_missing", 404), ("/actors/US%20A", 400),
                                             ("/articles/nope", 404), ("/?by=year", 422)])
def test_errors_are_pages(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status and "<h1>" in response.text


def test_assets_are_served_locally(client: TestClient) -> None:
    plotly = client.get("/static/vendor/plotly.min.js")
    assert plotly.status_code == 200 and len(plotly.content) > 1_000_000
    assert client.get("/static/tacitus.js").status_code == 200
    for page in TEMPLATES.glob("*.html"):
        assert "http://" not in page.read_text() and "https://" not in page.read_text()


@pytest.mark.parametrize("template", sorted(TEMPLATES.glob("*.html")), ids=lambda path: path.name)
def test_templates_have_no_inline_script(template: Path) -> None:
    text = template.read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text)
    assert not re.search(r"\son[a-z]+\s*=", text)
    assert "|safe" not in text and "autoescape false" not in text


def test_events_explorer_filters_pages_and_links_its_csv(client: TestClient) -> None:
    html = client.get("/events", params={"actor": "PAK", "quad": "3", "min_confidence": ""}).text
    assert '<span id="event-total">1</span>' in html
    assert 'href="/api/events.csv?actor=PAK&amp;quad=3"' in html
    assert '<mark class="trigger">' in html
    assert client.get("/events", params={"quad": "7"}).status_code == 400
    assert client.get("/events", params={"min_confidence": "high"}).status_code == 400


def test_actor_page_names_the_code_and_lists_each_counterpart_once(client: TestClient) -> None:
    html = client.get("/actors/PAK").text
    assert "Pakistan" in html and 'href="/actors/PAKGOV?level=sector"' in html
    counterparts = re.findall(r'class="dyad-link" href="/dyads/PAK/(\w+)"', html)
    assert sorted(counterparts) == ["TAL", "USA"]
    sector = client.get("/actors/PAKGOV", params={"level": "sector"}).text
    assert "Pakistan government" in sector
