"""Headless Chromium (Debian's package) driven by Playwright, for the page tests.

Playwright downloads no browser here: it drives /usr/bin/chromium (or $KG_CHROMIUM).
Under CI=true a missing browser fails the tests; elsewhere they are skipped with the
reason, so a developer without Chromium can still run the rest.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

from needs import require

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def chromium_path() -> str:
    path = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    require(None if Path(path).exists()
            else f"Chromium not found at {path} (apt-get install chromium fonts-noto-cjk)")
    return path


@contextmanager
def chromium():
    """Headless Chromium for the tests of a module (see chromium_path for when it is missing)."""
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class Page:
    """One page in Chromium, with every console error, page error, dialog and request kept."""

    def __init__(self, browser, url: str, width: int = 1400, height: int = 900):
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.url = url
        self.page.goto(url)
        # A function, not a string: the page's CSP forbids eval, and Playwright would use it.
        self.page.wait_for_function("() => window.kgGraph && window.kgGraph.isStable()", timeout=60_000)

    def js(self, expression: str):
        return self.page.evaluate(f"() => {expression}")

    def drawn(self) -> tuple[int, int]:
        return tuple(self.js("[kgGraph.network.body.nodeIndices.length, "
                             "kgGraph.network.body.edgeIndices.length]"))
