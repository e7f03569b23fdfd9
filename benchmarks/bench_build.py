"""Benchmark `kg build` beside a bare pyoxigraph bulk load of the same triples.

For synthetic records of about 100k, 1M and 10M triples, in one run: the wall time and
peak memory (the build process and any children) of `kg build`, and of pyoxigraph
merely bulk-loading the graph it built, as N-Triples, into a new on-disk store: what
the build would cost if reading records, checking them, writing Turtle and drawing
the page were free. Floors (issue 19): at 1M triples the build within 5x of the bare
load; at 10M within 6x and under 4 GiB. Exits 1 when a floor is not met. Not part of
`make test`.

    python benchmarks/bench_build.py                    # 100k, 1M, 10M
    python benchmarks/bench_build.py 100000 1000000     # some sizes
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from common import TRIPLES_PER_EVENT, run_measured, run_tree_measured

# triples at least -> (most times the bare load, most MiB)
FLOORS = {900_000: (5.0, None), 9_000_000: (6.0, 4096)}

BARE_LOAD = """
import json, resource, sys, time
import pyoxigraph as ox
started = time.perf_counter()
store = ox.Store(sys.argv[2])
store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_TRIPLES)
store.flush()
del store
print(json.dumps({"seconds": time.perf_counter() - started,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), file=sys.stderr)
"""


def floor(triples: int) -> tuple[float, float | None] | None:
    met = [f for least, f in FLOORS.items() if triples >= least]
    return met[-1] if met else None


def bench(target: int, work: Path) -> dict:
    events = max(1, round(target / TRIPLES_PER_EVENT))
    records, out = work / f"records-{target}", work / f"out-{target}"
    started = time.perf_counter()
    run_measured("synth", "--events", str(events), "--seed", "1", str(records))
    synth_seconds = time.perf_counter() - started
    load_before = os.getloadavg()[0]
    build, stdout = run_tree_measured("build", str(records), "--out", str(out))
    triples = int(next(l for l in stdout.splitlines() if l.startswith("triples:")).split()[1])
    shacl = next(l for l in stdout.splitlines() if l.startswith("SHACL:")).split(":", 1)[1].strip()
    # The same triples as N-Triples (not timed), loaded bare into a new store twice, the
    # mean taken: the machine is shared, and one slow run should not make the ratio.
    ntriples = work / f"graph-{target}.nt"
    with open(ntriples, "wb") as handle:
        ox.serialize(ox.parse(path=str(out / "kg.ttl"), format=ox.RdfFormat.TURTLE), handle,
                     ox.RdfFormat.N_TRIPLES)
    bare_runs = []
    for _ in range(2):
        measured, _ = run_tree_measured(str(ntriples), str(work / f"bare-{target}"), code=BARE_LOAD)
        shutil.rmtree(work / f"bare-{target}")
        bare_runs.append(measured)
    ntriples.unlink()
    bare = {"seconds": sum(r["seconds"] for r in bare_runs) / 2,
            "peak_mib": max(r["peak_mib"] for r in bare_runs)}
    return {"target": target, "events": events, "triples": triples, "synth_s": synth_seconds,
            "build_s": build["seconds"], "build_peak_mib": build["peak_mib"],
            "bare_s": bare["seconds"], "bare_peak_mib": bare["peak_mib"],
            "ratio": build["seconds"] / bare["seconds"], "shacl_in_build": shacl,
            "ttl_mib": (out / "kg.ttl").stat().st_size / 2**20,
            "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)]}


def main() -> int:
    targets = [int(a) for a in sys.argv[1:]] or [100_000, 1_000_000, 10_000_000]
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for target in targets:
            row = bench(target, Path(tmp))
            rows.append(row)
            print(json.dumps(row), file=sys.stderr)
    print("| triples | kg build s | peak MiB | bare bulk load s | peak MiB | build / bare | "
          "SHACL in build | load average |")
    print("|---:|---:|---:|---:|---:|---:|---|---|")
    for r in rows:
        print(f"| {r['triples']:,} | {r['build_s']:.1f} | {r['build_peak_mib']:,.0f} | {r['bare_s']:.1f} "
              f"| {r['bare_peak_mib']:,.0f} | {r['ratio']:.1f}x | {r['shacl_in_build']} "
              f"| {r['load_average'][0]:.1f} -> {r['load_average'][1]:.1f} |")
    results = Path(__file__).parent / "results"
    results.mkdir(exist_ok=True)
    (results / "build.json").write_text(json.dumps(rows, indent=2))
    failed = False
    for r in rows:
        limits = floor(r["triples"])
        if limits is None:
            continue
        times, mib = limits
        ok = r["ratio"] <= times and (mib is None or r["build_peak_mib"] < mib)
        failed |= not ok
        memory = f" and < {mib:,} MiB peak" if mib else ""
        print(f"floor at {r['triples']:,} triples (within {times:g}x of the bare load{memory}): "
              f"{'met' if ok else 'NOT MET'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
