"""Benchmark the interactive page at about 100, 1k, 5k and 20k graph nodes:
HTML size, write time (`kg viz`), and the time headless Chromium takes from opening the
page to a stable picture (physics settled, or positions drawn). Floor (issue 6): stable
within 10 s at every size, the reduction applying where needed. Not part of `make test`.

    python benchmarks/bench_page.py            # 100, 1k, 5k, 20k nodes
    python benchmarks/bench_page.py 5000       # one size
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from browser import CHROMIUM_ARGS, chromium_path  # noqa: E402

NODES_PER_EVENT = 21.6  # measured: 3448 synthetic events -> 74,634 graph nodes
FLOOR_SECONDS = 10
KG = str(Path(sys.executable).parent / "kg")


def kg(*args: str) -> str:
    return subprocess.run([KG, *args], check=True, capture_output=True, text=True).stdout


def bench(target: int, work: Path, browser) -> dict:
    events = max(1, round(target / NODES_PER_EVENT))
    records, out = work / f"records-{target}", work / f"out-{target}"
    kg("synth", "--events", str(events), "--seed", "1", str(records))
    kg("build", str(records), "--out", str(out), "--no-shacl")
    started = time.perf_counter()
    stdout = kg("viz", "--out", str(out))
    write_s = time.perf_counter() - started
    first = stdout.splitlines()[0]
    drawn = int(first.split("(")[1].split()[0])
    page_file = out / "graph.html"
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    started = time.perf_counter()
    page.goto(page_file.resolve().as_uri())
    page.wait_for_function("() => window.kgGraph && window.kgGraph.isStable()", timeout=120_000)
    stable_s = time.perf_counter() - started
    page.screenshot(path=str(Path(__file__).parent / "results" / f"page-{target}.png"))
    total = page.evaluate("() => kgGraph.nodes.length")
    page.close()
    return {"target": target, "events": events, "nodes_drawn": drawn, "nodes_in_page": total,
            "notes": stdout.splitlines()[1:], "html_mib": page_file.stat().st_size / 2**20,
            "write_s": write_s, "stable_s": stable_s, "errors": errors}


def main() -> None:
    from playwright.sync_api import sync_playwright

    targets = [int(a) for a in sys.argv[1:]] or [100, 1_000, 5_000, 20_000]
    (Path(__file__).parent / "results").mkdir(exist_ok=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-page-") as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for target in targets:
            rows.append(bench(target, Path(tmp), browser))
            print(json.dumps(rows[-1]), file=sys.stderr)
        browser.close()
    print("| graph nodes (target) | drawn | HTML MiB | write s | to stable picture s | note |")
    print("|---:|---:|---:|---:|---:|---|")
    for r in rows:
        note = "; ".join(n.strip() for n in r["notes"]) or "-"
        print(f"| {r['target']:,} | {r['nodes_drawn']:,} | {r['html_mib']:.1f} | {r['write_s']:.1f} "
              f"| {r['stable_s']:.1f} | {note} |")
    slow = [r["target"] for r in rows if r["stable_s"] >= FLOOR_SECONDS or r["errors"]]
    print(f"floor (stable within {FLOOR_SECONDS} s at every size): "
          f"{'met' if not slow else 'NOT MET at ' + ', '.join(map(str, slow))}")
    (Path(__file__).parent / "results" / "page.json").write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
