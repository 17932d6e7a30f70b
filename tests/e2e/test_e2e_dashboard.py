"""The dashboard in a real browser (Debian's chromium through Playwright) over the real server."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from browsing import CHROMIUM, Watcher, shoot, wait_for_charts
from playwright.sync_api import Browser

pytestmark = pytest.mark.skipif(not CHROMIUM.is_file(),
                                reason="needs Debian's chromium: apt-get install -y chromium")


def test_overview_to_dyad_to_event_to_highlighted_evidence(browser: Browser, server: str,
                                                           tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watcher = Watcher(page)
    page.goto(f"{server}/")
    wait_for_charts(page)
    assert page.locator("a.dyad-link").count() > 0
    shoot(page, tmp_path, "overview")

    page.locator("a.dyad-link").first.click()
    page.wait_for_url("**/dyads/**")
    wait_for_charts(page)
    shoot(page, tmp_path, "dyad")

    page.locator("section.period a.event-link").first.click()
    page.wait_for_url("**/events/**")
    sentence = page.locator("li.report .sentence").first.inner_text()
    shoot(page, tmp_path, "event")

    page.locator("a.article-link").first.click()
    page.wait_for_url("**/articles/**")
    highlighted = page.locator("article.text span.current")
    assert highlighted.count() > 0
    assert "".join(highlighted.all_inner_texts()).strip() == sentence.strip()
    assert page.locator("#evidence").is_visible()
    background = highlighted.first.evaluate("node => getComputedStyle(node).backgroundColor")
    assert background == "rgb(255, 212, 59)"
    shoot(page, tmp_path, "article")

    actor_link = page.locator("article.text span.actor a").first
    code = (actor_link.get_attribute("href") or "").rsplit("/", 1)[-1]
    actor_link.click()
    page.wait_for_url(f"**/actors/{code}")
    wait_for_charts(page)
    assert page.locator("h1").inner_text() == code
    shoot(page, tmp_path, "actor")

    page.goto(f"{server}/search?q=talks")
    assert page.locator("table.events tbody tr").count() > 0
    shoot(page, tmp_path, "search")
    context.close()
    assert watcher.problems == []


def test_the_dashboard_fits_a_phone(browser: Browser, server: str, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                  is_mobile=True, has_touch=True)
    page = context.new_page()
    watcher = Watcher(page)
    page.goto(f"{server}/")
    wait_for_charts(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    shoot(page, tmp_path, "overview-phone")
    context.close()
    assert watcher.problems == []


def test_hostile_article_is_text_and_runs_no_script(browser: Browser, server: str) -> None:
    found = httpx.get(f"{server}/api/articles", params={"q": "onerror"}).json()["items"]
    assert len(found) == 1 and "<script>" in found[0]["title"]
    article_id = found[0]["id"]
    events = httpx.get(f"{server}/api/articles/{article_id}").json()["events"]
    context = browser.new_context()
    page = context.new_page()
    watcher = Watcher(page)
    urls = [f"{server}/articles/{article_id}", f"{server}/search?q=script",
            f"{server}/search?q=onerror", f"{server}/"]
    urls += [f"{server}/events/{event['event_id']}" for event in events]
    for url in urls:
        page.goto(url)
        page.wait_for_load_state("load")
    page.goto(f"{server}/articles/{article_id}")
    assert "<script>" in page.locator("h1").inner_text()
    assert 'onerror=alert("body")' in page.locator("article.text").inner_text()
    assert page.locator("article.text img, article.text script").count() == 0
    assert page.evaluate("document.scripts.length") == 0
    context.close()
    assert watcher.problems == []
