"""Benchmark `kg push` and reading back at about 1M synthetic triples, into each real
remote store: the Oxigraph server and Virtuoso (Debian's virtuoso-opensource), each
started on a free loopback port with a throwaway database (tests/remote_servers.py).

For each server: the push (batches written to a temporary graph, moved into place with
SPARQL Update, then counted with COUNT(*)), a second push over the first (the replace
path with an old graph to keep), a third with --in-place (straight into the graph, no
MOVE), a fourth as one PUT (one batch: applied whole, no MOVE), the count read back with `kg query --endpoint --graph`,
and two named queries on the pushed graph next to the same queries on the embedded
store. Each step runs `kg` in a fresh process (wall time and peak memory of that
process; the server's own memory is not included). Not part of `make test`.

    python benchmarks/bench_push.py              # about 1M triples
    python benchmarks/bench_push.py 100000       # another size
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from common import CHILD, TRIPLES_PER_EVENT, run_measured  # noqa: E402
from remote_servers import (oxigraph_missing, start_oxigraph, start_virtuoso,  # noqa: E402
                            virtuoso_missing)

GRAPH = "https://example.org/kg/bench"
COUNT = "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }"
QUERIES = (("event-participants", ["--param", "event=event-0"]), ("shared-topics", []))


def measure(label: str, *args: str) -> str:
    figures, stdout = run_measured(*args, timeout=3600)
    print(f"  {label:<34} {figures['seconds']:7.1f} s  {figures['peak_mib']:7.0f} MiB",
          flush=True)
    return stdout


def measure_query(label: str, *args: str) -> None:
    """A query on a server, which may fail there (Virtuoso's limits): the reason is shown."""
    done = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True,
                          text=True, timeout=3600)
    figures = json.loads(done.stderr.strip().splitlines()[-1])
    print(f"  {label:<34} {figures['seconds']:7.1f} s  {figures['peak_mib']:7.0f} MiB",
          flush=True)
    if done.returncode == 0:
        print(f"    {len(done.stdout.splitlines()) - 1} rows", flush=True)
    else:
        print(f"    failed: {done.stderr.strip().splitlines()[0][:200]}", flush=True)


def bench_server(name: str, start, out: Path, work: Path) -> None:
    print(f"{name}:", flush=True)
    server = start(work / name)
    try:
        for label, options in (("push (empty graph)", []),
                               ("push again (temporary graph, MOVE)", []),
                               ("push again --in-place", ["--in-place"]),
                               ("push again in one PUT", ["--batch-size", "2000000"])):
            printed = measure(label, "push", "--out", str(out), "--endpoint", server.store,
                              "--graph", GRAPH, "--timeout", "1800", *options)
            print("    " + printed.splitlines()[1], flush=True)
        count = measure("count read back (kg query)", "query", "--endpoint", server.query,
                        "--graph", GRAPH, "--timeout", "600", "--format", "csv", COUNT)
        print(f"    {count.split()[-1]} triples", flush=True)
        for query, params in QUERIES:
            measure_query(f"{query} (remote)", "query", "--endpoint", server.query, "--graph",
                          GRAPH, "--timeout", "600", "--format", "csv", query, *params)
    finally:
        server.stop()


def main() -> None:
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    work = Path(tempfile.mkdtemp(prefix="kg-bench-push-"))
    try:
        records, out = work / "records", work / "out"
        events = max(1, round(target / TRIPLES_PER_EVENT))
        run_measured("synth", "--events", str(events), "--seed", "1", str(records))
        measure("build (--no-shacl)", "build", str(records), "--out", str(out), "--no-shacl")
        print(f"{events} events (the push below prints the triple count)", flush=True)
        for query, params in QUERIES:
            rows = measure(f"{query} (embedded store)", "query", "--out", str(out),
                           "--timeout", "600", "--format", "csv", query, *params)
            print(f"    {len(rows.splitlines()) - 1} rows", flush=True)
        for name, missing, start in (
                ("oxigraph", oxigraph_missing, start_oxigraph),
                ("virtuoso", virtuoso_missing,
                 # A MOVE over a 1M-triple graph changes more than the stock 50 MB one
                 # transaction may (error SR325): the limit is raised, as a user must.
                 lambda d: start_virtuoso(d, buffers=340_000, after_image=1_500_000_000))):
            reason = missing()
            if reason:
                print(f"{name}: skipped: {reason}")
                continue
            bench_server(name, start, out, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
