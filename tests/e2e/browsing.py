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
    page.wait_for_function("Array.from(document.querySelectorAll('[data-chart]'))"
                           ".every(node => node.querySelector('.main-svg'))")
