"""Benchmark `kg analyze` on synthetic records at about 1k, 10k and 100k people: time and
peak memory of the whole analysis (graph from the store, projections, all measures).
Floor (issue 5): 100k people in under 2 minutes and 8 GiB. Not part of `make test`.

    python benchmarks/bench_analyze.py             # 1k, 10k, 100k people
    python benchmarks/bench_analyze.py 1000        # one size
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import run_measured

PEOPLE_PER_EVENT = 10  # kg synth makes 10 people per event
KG = str(Path(sys.executable).parent / "kg")
def main() -> None:
    targets = [int(a) for a in sys.argv[1:]] or [1_000, 10_000, 100_000]
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-analyze-") as tmp:
        for people in targets:
            events = max(1, people // PEOPLE_PER_EVENT)
            records, out = Path(tmp) / f"r{people}", Path(tmp) / f"o{people}"
            subprocess.run([KG, "synth", "--events", str(events), "--seed", "1", str(records)], check=True,
                           capture_output=True)
            started = time.perf_counter()
            subprocess.run([KG, "build", str(records), "--out", str(out), "--no-shacl"], check=True,
                           capture_output=True)
            build_s = time.perf_counter() - started
            stats, stdout = run_measured("analyze", "--out", str(out), "--format", "json", timeout=3600)
            report = json.loads(stdout)
            rows.append({"people": people, "events": events, "build_s": build_s, **stats,
                         "ties": report.get("network", {}).get("ties"),
                         "betweenness": report.get("network", {}).get("betweenness")})
            print(json.dumps(rows[-1]), file=sys.stderr)
    print("| people | events | co-participation ties | analyze s | peak MiB | betweenness |")
    print("|---:|---:|---:|---:|---:|---|")
    for r in rows:
        print(f"| {r['people']:,} | {r['events']:,} | {r['ties'] or 0:,} | {r['seconds']:.1f} "
              f"| {r['peak_mib']:,.0f} | {r['betweenness']} |")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "analyze.json").write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
