"""The analyst's workbench in a real browser: the events explorer, the map, actors at two levels,
a dyad chart on a date axis and the events behind a point."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import httpx
import pytest
from browsing import CHROMIUM, Watcher, shoot, wait_for_any, wait_for_charts
from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.skipif(not CHROMIUM.is_file(),
                                reason="needs Debian's chromium: apt-get install -y chromium")


def _rows(page: Page) -> int:
    return page.locator("table.explorer tbody tr td.sentence").count()


def test_events_explorer_filters_pages_and_downloads(browser: Browser, server: str,
                                                      tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    watcher = Watcher(page)
    page.goto(f"{server}/events")
    total = int(page.locator("#event-total").inner_text())
    assert _rows(page) == 25 < total
    assert page.locator("table.explorer mark.trigger").count() > 0
    wait_for_charts(page)
    shoot(page, tmp_path, "events")

    first = page.locator("a.event-link").first.get_attribute("href")
    page.locator("a.next").click()
    page.wait_for_url("**offset=25**")
    assert _rows(page) > 0
    assert page.locator("a.event-link").first.get_attribute("href") != first

    page.goto(f"{server}/events")
    page.fill("input[name=actor]", "USA")
    page.select_option("select[name=quad]", "1")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**actor=USA**")
    filtered = int(page.locator("#event-total").inner_text())
    assert 0 < filtered < total
    sides = page.evaluate("Array.from(document.querySelectorAll('table.explorer tbody tr'))"
                          ".map(row => [1, 3].map(i => row.cells[i].querySelector('a.code'))"
                          ".map(link => link ? link.textContent : ''))")
    assert sides and all(any(code.startswith("USA") for code in pair) for pair in sides)
    assert page.locator("table.explorer .quad.q1").count() == _rows(page)

    with page.expect_download() as waiting:
        page.locator("a.csv-link").click()
    saved = tmp_path / "events.csv"
    waiting.value.save_as(saved)
    table = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert len(table) == filtered
    assert {row["quad_class"] for row in table} == {"1"}
    # verbal cooperation is CAMEO 01–05: every code keeps its leading zero
    assert all(row["cameo"].startswith("0") and len(row["cameo"]) >= 3 for row in table)
    context.close()
    assert watcher.problems == []


def test_the_map_draws_events_on_packaged_outlines(browser: Browser, server: str,
                                                   tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watcher = Watcher(page)
    outside: list[str] = []
    page.on("request", lambda request: outside.append(request.url)
            if not request.url.startswith(server) else None)
    page.goto(f"{server}/events")
    wait_for_charts(page)
    wait_for_any(page, "#event-map .geo path.country, #event-map .geo .countries path")
    points = page.locator("#event-map .scattergeo .point").count()
    assert points > 0
    page.locator("#event-map").scroll_into_view_if_needed()
    shoot(page, tmp_path, "map")
    context.close()
    assert outside == []
    assert watcher.problems == []


def test_actor_pages_at_country_and_sector_level(browser: Browser, server: str,
                                                 tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watcher = Watcher(page)
    page.goto(f"{server}/actors/USA")
    wait_for_charts(page)
    assert page.locator(".actor-name").inner_text() == "United States"
    counterparts = page.locator("table.counterparts a.dyad-link").all_inner_texts()
    assert counterparts and "USA" not in counterparts
    assert len(counterparts) == len(set(counterparts))
    assert all(len(code) == 3 for code in counterparts)
    shoot(page, tmp_path, "actor-country")

    page.locator("a.sector-link", has_text="USAGOV").click()
    page.wait_for_url("**/actors/USAGOV?level=sector")
    wait_for_charts(page)
    assert page.locator("h1").inner_text() == "USAGOV"
    assert page.locator(".actor-name").inner_text() == "United States government"
    assert "USAGOV" not in page.locator("table.counterparts a.dyad-link").all_inner_texts()
    shoot(page, tmp_path, "actor-sector")
    context.close()
    assert watcher.problems == []


def test_dyad_chart_has_a_date_axis_and_a_click_lists_the_events(browser: Browser, server: str,
                                                                 tmp_path: Path) -> None:
    dyad = httpx.get(f"{server}/api/dyads", params={"limit": 1}).json()["items"][0]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watcher = Watcher(page)
    page.goto(f"{server}/dyads/{dyad['a']}/{dyad['b']}")
    wait_for_charts(page)
    axis = page.evaluate("document.getElementById('dyad-chart')._fullLayout.xaxis.type")
    assert axis == "date"
    index_range = page.evaluate("document.getElementById('dyad-chart')._fullLayout.yaxis2.range")
    assert index_range == [-1.1, 1.1]
    series = httpx.get(f"{server}/api/dyads/{dyad['a']}/{dyad['b']}/series").json()["series"]
    # plotly hands the click to the page; emit it as plotly does for the first point
    page.evaluate("document.getElementById('dyad-chart').emit('plotly_click', "
                  "{points: [{pointIndex: 0, x: null}]})")
    listing = page.locator("#point-events table.point-list tr")
    listing.first.wait_for()
    assert listing.count() == series[0]["events"]
    assert page.locator("#point-events h3").inner_text().startswith(series[0]["period"])
    assert page.locator("#point-events td.sentence").first.inner_text().strip()
    shoot(page, tmp_path, "dyad-point")
    context.close()
    assert watcher.problems == []
