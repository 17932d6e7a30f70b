"""The dashboard in a real browser (Debian's chromium through Playwright) over the real server."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, ConsoleMessage, Dialog, Error, Page, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
# TACITUS_SCREENSHOTS=docs/images refreshes the screenshots the docs and the README show
SCREENSHOTS = os.environ.get("TACITUS_SCREENSHOTS")

pytestmark = pytest.mark.skipif(not CHROMIUM.is_file(),
                                reason="needs Debian's chromium: apt-get install -y chromium")


class Watcher:
    """Every dialog, console error and page error a page raises."""

    def __init__(self, page: Page) -> None:
        self.problems: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", self._console)
        page.on("pageerror", self._page_error)

    def _dialog(self, dialog: Dialog) -> None:
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.problems.append(f"console: {message.text} at {message.location.get('url')}")

    def _page_error(self, error: Error) -> None:
        self.problems.append(f"page error: {error.message}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS,
                                              headless=True)
        yield launched
        launched.close()


def _shoot(page: Page, folder: Path, name: str) -> None:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    assert path.stat().st_size > 5_000
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(SCREENSHOTS) / path.name)


def _wait_for_charts(page: Page) -> None:
    page.wait_for_function("Array.from(document.querySelectorAll('[data-chart]'))"
                           ".every(node => node.querySelector('.main-svg'))")


def test_overview_to_dyad_to_event_to_highlighted_evidence(browser: Browser, server: str,
                                                           tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watcher = Watcher(page)
    page.goto(f"{server}/")
    _wait_for_charts(page)
    assert page.locator("a.dyad-link").count() > 0
    _shoot(page, tmp_path, "overview")

    page.locator("a.dyad-link").first.click()
    page.wait_for_url("**/dyads/**")
    _wait_for_charts(page)
    _shoot(page, tmp_path, "dyad")

    page.locator("section.period a.event-link").first.click()
    page.wait_for_url("**/events/**")
    sentence = page.locator("li.report .sentence").first.inner_text()
    _shoot(page, tmp_path, "event")

    page.locator("a.article-link").first.click()
    page.wait_for_url("**/articles/**")
    highlighted = page.locator("article.text span.current")
    assert highlighted.count() > 0
    assert "".join(highlighted.all_inner_texts()).strip() == sentence.strip()
    assert page.locator("#evidence").is_visible()
    background = highlighted.first.evaluate("node => getComputedStyle(node).backgroundColor")
    assert background == "rgb(255, 212, 59)"
    _shoot(page, tmp_path, "article")

    actor_link = page.locator("article.text span.actor a").first
    code = (actor_link.get_attribute("href") or "").rsplit("/", 1)[-1]
    actor_link.click()
    page.wait_for_url(f"**/actors/{code}")
    _wait_for_charts(page)
    assert page.locator("h1").inner_text() == code
    _shoot(page, tmp_path, "actor")

    page.goto(f"{server}/search?q=talks")
    assert page.locator("table.events tbody tr").count() > 0
    _shoot(page, tmp_path, "search")
    context.close()
    assert watcher.problems == []


def test_the_dashboard_fits_a_phone(browser: Browser, server: str, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                  is_mobile=True, has_touch=True)
    page = context.new_page()
    watcher = Watcher(page)
    page.goto(f"{server}/")
    _wait_for_charts(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    _shoot(page, tmp_path, "overview-phone")
    context.close()
    assert watcher.problems == []


def test_hostile_article_is_text_and_runs_no_script(browser: Browser, server: str) -> None:
    found = httpx.get(f"{server}/api/articles", params={"q": "onerror"}).json()["articles"]
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
