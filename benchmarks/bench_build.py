"""Benchmark `kg build` on synthetic records at about 10k, 100k and 1M triples.

Reports wall time, triples per second and peak memory (max RSS of the build process),
for the default build (SHACL runs only up to 250k triples) and, where it is affordable,
for `kg validate` (records + SHACL). Not part of `make test`.

    python benchmarks/bench_build.py            # 10k, 100k, 1M
    python benchmarks/bench_build.py 10000      # one size
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from common import TRIPLES_PER_EVENT, run_measured

FLOOR_SECONDS, FLOOR_MIB = 60, 4096

def run_kg(*args: str) -> tuple[dict, str]:
    return run_measured(*args)


def bench(target: int, work: Path) -> dict:
    events = max(1, round(target / TRIPLES_PER_EVENT))
    records, out = work / f"records-{target}", work / f"out-{target}"
    started = time.perf_counter()
    run_kg("synth", "--events", str(events), "--seed", "1", str(records))
    synth_seconds = time.perf_counter() - started
    build, stdout = run_kg("build", str(records), "--out", str(out))
    triples = int(next(l for l in stdout.splitlines() if l.startswith("triples:")).split()[1])
    shacl = next(l for l in stdout.splitlines() if l.startswith("SHACL:")).split(":", 1)[1].strip()
    row = {"target": target, "events": events, "triples": triples, "synth_s": synth_seconds,
           "build_s": build["seconds"], "triples_per_s": triples / build["seconds"],
           "peak_mib": build["peak_mib"], "shacl_in_build": shacl,
           "ttl_mib": (out / "kg.ttl").stat().st_size / 2**20}
    if triples <= 300_000:
        validate, _ = run_kg("validate", str(records))
        row["validate_s"], row["validate_peak_mib"] = validate["seconds"], validate["peak_mib"]
    return row


def main() -> None:
    targets = [int(a) for a in sys.argv[1:]] or [10_000, 100_000, 1_000_000]
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for target in targets:
            row = bench(target, Path(tmp))
            rows.append(row)
            print(json.dumps(row), file=sys.stderr)
    print("| triples | events | build s | triples/s | peak MiB | kg.ttl MiB | SHACL in build | validate s |")
    print("|---:|---:|---:|---:|---:|---:|---|---:|")
    for r in rows:
        validate = f"{r['validate_s']:.1f}" if "validate_s" in r else "-"
        print(f"| {r['triples']:,} | {r['events']:,} | {r['build_s']:.1f} | {r['triples_per_s']:,.0f} "
              f"| {r['peak_mib']:,.0f} | {r['ttl_mib']:.1f} | {r['shacl_in_build']} | {validate} |")
    results = Path(__file__).parent / "results"
    results.mkdir(exist_ok=True)
    (results / "build.json").write_text(json.dumps(rows, indent=2))
    big = [r for r in rows if r["triples"] >= 900_000]
    for r in big:
        ok = r["build_s"] < FLOOR_SECONDS and r["peak_mib"] < FLOOR_MIB
        print(f"floor (1M triples in < {FLOOR_SECONDS} s and < {FLOOR_MIB} MiB): "
              f"{'met' if ok else 'NOT MET'}")


if __name__ == "__main__":
    main()
