"""Benchmark `kg duplicates`: does it find the right pairs, and how fast at scale.

Scores itself on two truths: the labelled pairs of tests/cases/identity-pairs (Latin and
Han names, organisations with acronyms, hard negatives) and the name variants `kg synth
--variants` writes with their pairs. Prints precision and recall at the default score, per
variant kind, and the wall time and peak memory (max RSS) of the whole command (reading
the records included) on 10k and 100k synthetic people. Not part of `make test`.

    python benchmarks/bench_identity.py              # 10k and 100k people
    python benchmarks/bench_identity.py 20000        # one size (people)

Floors (issue 13): precision >= 0.95 and recall >= 0.9 at the default score; 100k people
in < 60 s and < 2 GiB.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

from common import run_measured

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "tests" / "cases" / "identity-pairs"
PEOPLE_PER_EVENT = 10  # kg synth makes ten people per event
VARIANTS = 0.05
FLOOR_PRECISION, FLOOR_RECALL, FLOOR_SECONDS, FLOOR_MIB = 0.95, 0.9, 60, 2048


def found_pairs(stdout: str) -> set[tuple[str, str, str]]:
    return {(p["kind"], p["a"], p["b"]) for p in json.loads(stdout)}


def scores(found: set, truth: set) -> tuple[float, float]:
    hits = len(found & truth)
    return (hits / len(found) if found else 1.0), (hits / len(truth) if truth else 1.0)


def labelled() -> dict:
    labels = yaml.safe_load((CASE / "labels.yaml").read_text(encoding="utf-8"))
    truth = {(kind, *sorted(pair)) for kind, pairs in labels["found"].items() for pair in pairs}
    _, stdout = run_measured("duplicates", str(CASE / "records"), "--format", "json")
    found = found_pairs(stdout)
    precision, recall = scores(found, truth)
    apart = sum(len(p) for p in labels["apart"].values())
    return {"set": "labelled pairs", "pairs": len(truth), "hard_negatives": apart,
            "found": len(found), "precision": precision, "recall": recall}


def synthetic(people: int, work: Path) -> dict:
    records = work / f"synth-{people}"
    events = max(1, people // PEOPLE_PER_EVENT)
    run_measured("synth", "--events", str(events), "--seed", "1", "--variants", str(VARIANTS),
                 str(records))
    pairs = json.loads((records / "identity-truth.json").read_text(encoding="utf-8"))["pairs"]
    truth = {("person", *sorted((p["a"], p["b"]))) for p in pairs}
    kind_of = {("person", *sorted((p["a"], p["b"]))): p["variant"] for p in pairs}
    measured, stdout = run_measured("duplicates", str(records), "--format", "json")
    found = found_pairs(stdout)
    precision, recall = scores(found, truth)
    missed = Counter(kind_of[t] for t in truth - found)
    total = Counter(kind_of.values())
    return {"set": f"kg synth, {events * PEOPLE_PER_EVENT:,} people", "people": events * PEOPLE_PER_EVENT,
            "pairs": len(truth), "found": len(found), "precision": precision, "recall": recall,
            "seconds": measured["seconds"], "peak_mib": measured["peak_mib"],
            "recall_by_variant": {k: 1 - missed[k] / n for k, n in sorted(total.items())}}


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    rows = [labelled()]
    print(json.dumps(rows[0]), file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="kg-bench-identity-") as tmp:
        for people in sizes:
            rows.append(synthetic(people, Path(tmp)))
            print(json.dumps(rows[-1]), file=sys.stderr)
    print("| truth | true pairs | found | precision | recall | seconds | peak MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        seconds = f"{r['seconds']:.1f}" if "seconds" in r else "-"
        peak = f"{r['peak_mib']:,.0f}" if "peak_mib" in r else "-"
        print(f"| {r['set']} | {r['pairs']:,} | {r['found']:,} | {r['precision']:.3f} "
              f"| {r['recall']:.3f} | {seconds} | {peak} |")
    for r in rows[1:]:
        by_kind = ", ".join(f"{k} {v:.2f}" for k, v in r["recall_by_variant"].items())
        print(f"recall by variant ({r['people']:,} people): {by_kind}")
    results = Path(__file__).parent / "results"
    results.mkdir(exist_ok=True)
    (results / "identity.json").write_text(json.dumps(rows, indent=2))
    quality = all(r["precision"] >= FLOOR_PRECISION and r["recall"] >= FLOOR_RECALL for r in rows)
    print(f"floor (precision >= {FLOOR_PRECISION}, recall >= {FLOOR_RECALL}): "
          f"{'met' if quality else 'NOT MET'}")
    for r in rows[1:]:
        if r["people"] >= 100_000:
            ok = r["seconds"] < FLOOR_SECONDS and r["peak_mib"] < FLOOR_MIB
            print(f"floor ({r['people']:,} people in < {FLOOR_SECONDS} s and < {FLOOR_MIB} MiB): "
                  f"{'met' if ok else 'NOT MET'}")


if __name__ == "__main__":
    main()
