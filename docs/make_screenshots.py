"""Draw the README's screenshots: the seed graph and the multi-event test records, each built
into a temporary out/ and opened in headless Chromium (Debian's, as in the tests).

    .venv/bin/python docs/make_screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SHOTS = {"seed-graph.png": [ROOT / "data"], "many-events-graph.png": [ROOT / "tests/cases/real-events"]}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for name, records in SHOTS.items():
            out = Path(tmp) / name
            subprocess.run([str(Path(sys.executable).parent / "kg"), "build", *map(str, records), "--out", str(out)],
                           check=True, capture_output=True)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto((out / "graph.html").resolve().as_uri())
            page.wait_for_function("() => window.kgGraph && window.kgGraph.isStable()", timeout=60_000)
            page.wait_for_timeout(300)
            page.screenshot(path=str(ROOT / "docs" / name))
            print(f"wrote docs/{name}")
        browser.close()


if __name__ == "__main__":
    main()
