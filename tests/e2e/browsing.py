"""Browser helpers for end-to-end tests: Debian's chromium, a watcher for errors, screenshots."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from playwright.sync_api import ConsoleMessage, Dialog, Error, Page

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
# TACITUS_SCREENSHOTS=docs/images refreshes the screenshots the docs and the README show
SCREENSHOTS = os.environ.get("TACITUS_SCREENSHOTS")


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


def shoot(page: Page, folder: Path, name: str) -> None:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    assert path.stat().st_size > 5_000
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(SCREENSHOTS) / path.name)


def wait_for_charts(page: Page) -> None:
    """Wait until every chart holder has drawn its plot.

    Locator waits only: a string predicate (``wait_for_function``) is polled through ``eval`` in
    the page, which the dashboard's Content-Security-Policy forbids whenever the first check fails.
    """
    charts = page.locator("[data-chart]")
    for index in range(charts.count()):
        charts.nth(index).locator(".main-svg").first.wait_for(state="attached")


def wait_for_any(page: Page, selector: str) -> None:
    """Wait until at least one node matches ``selector`` (no ``eval``: see ``wait_for_charts``)."""
    page.locator(selector).first.wait_for(state="attached")
