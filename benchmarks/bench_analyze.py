"""Benchmark `kg analyze`: time and peak memory of the whole analysis (graph from the store,
projections under both units, every measure, permutation tests) on

- synthetic records of `kg synth` at about 1k, 10k and 100k people, with 1,000
  permutations (floor, issue 14: 100k people in under 3 minutes and 8 GiB);
- one event of 2,000 people taking part as a whole, beside its sessions: by session the
  attendees are one clique of 2,000 (floor: under 60 s).

Not part of `make test`.

    python benchmarks/bench_analyze.py                 # all
    python benchmarks/bench_analyze.py 1000 clique     # one synthetic size, and the event
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
CLIQUE = 2_000


def one_big_event(records: Path, people: int = CLIQUE) -> None:
    """Synthetic people and organisations, and one event: all of them as attendees of the
    event as a whole, and the sessions of a synthetic event with their speakers."""
    from kg.atomic import atomic_write
    from kg.records.synth import synthetic_records
    from kg.records.yaml_files import dump

    files = synthetic_records(people // PEOPLE_PER_EVENT, seed=1)
    event = files["events/event-0.yaml"]
    event["event"]["participants"] = [{"person": p["id"], "role": "attendee"}
                                      for p in files["people.yaml"]["people"]]
    keep = {k: v for k, v in files.items() if not k.startswith("events/")}
    keep["events/event-0.yaml"] = event
    for name, document in keep.items():
        with atomic_write(records / name) as handle:
            handle.write(dump(document).encode("utf-8"))


def measure(name: str, records: Path, out: Path, *options: str) -> dict:
    started = time.perf_counter()
    subprocess.run([KG, "build", str(records), "--out", str(out), "--no-shacl"], check=True,
                   capture_output=True)
    build_s = time.perf_counter() - started
    stats, stdout = run_measured("analyze", "--out", str(out), "--format", "json", *options, timeout=3600)
    report = json.loads(stdout)
    row = {"set": name, "build_s": build_s, **stats, "people": report["people"]["all"],
           "with_ties": report["people"]["with_ties"], "ties": report["network"]["ties"],
           "ties_by_event": report["headline"]["event"]["ties"],
           "betweenness": report["network"]["betweenness"], "permutations": report["permutations"]}
    print(json.dumps(row), file=sys.stderr)
    return row


def main() -> None:
    targets = sys.argv[1:] or ["1000", "10000", "100000", "clique"]
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-analyze-") as tmp:
        for target in targets:
            records, out = Path(tmp) / f"r-{target}", Path(tmp) / f"o-{target}"
            if target == "clique":
                one_big_event(records)
                rows.append(measure(f"one event of {CLIQUE:,} as a whole", records, out))
                continue
            people = int(target)
            subprocess.run([KG, "synth", "--events", str(max(1, people // PEOPLE_PER_EVENT)), "--seed", "1",
                            str(records)], check=True, capture_output=True)
            rows.append(measure(f"synthetic, {people:,} people", records, out, "--permutations", "1000"))
    print("| records | people (with ties) | ties by session | ties by event | permutations "
          "| analyze s | peak MiB | betweenness |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        print(f"| {r['set']} | {r['people']:,} ({r['with_ties']:,}) | {r['ties']:,} | {r['ties_by_event']:,} "
              f"| {r['permutations']:,} | {r['seconds']:.1f} | {r['peak_mib']:,.0f} | {r['betweenness']} |")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "analyze.json").write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
