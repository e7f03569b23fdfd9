"""`kg synth`: records `kg build` reads, reused with a heavy tail, the same for the same seed."""

from __future__ import annotations

from collections import Counter

import yaml

from conftest import run_kg


def test_synth_writes_records_that_build(tmp_path):
    records = tmp_path / "records"
    result = run_kg("synth", "--events", "20", "--seed", "3", str(records))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"wrote 23 record files to {records}: 20 events")
    built = run_kg("build", str(records), "--out", str(tmp_path / "out"))
    assert built.exit_code == 0, built.output
    assert "events:        20 " in built.stdout
    assert "SHACL:         conforms" in built.stdout


def test_same_seed_same_records(tmp_path):
    for name in ("a", "b"):
        assert run_kg("synth", "--events", "5", "--seed", "7", str(tmp_path / name)).exit_code == 0
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.yaml"))
    assert files
    for f in files:
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes()


def test_people_recur_with_a_heavy_tail_across_sectors(tmp_path):
    records = tmp_path / "records"
    run_kg("synth", "--events", "60", "--seed", "1", str(records))
    appearances = Counter()
    for path in (records / "events").glob("*.yaml"):
        event = yaml.safe_load(path.read_text(encoding="utf-8"))["event"]
        people = {p["person"] for p in event["participants"]}
        for session in event["sessions"]:
            people |= {p["person"] for p in session["participants"]}
            assert session["type"] in {"opening", "keynote", "panel", "roundtable", "talk", "closing"}
        appearances.update(people)
    counts = sorted(appearances.values(), reverse=True)
    assert counts[0] >= 20  # a hub appears at a third of the events or more
    assert sum(1 for c in counts if c == 1) > len(counts) / 3  # and many people appear once
    orgs = yaml.safe_load((records / "organizations.yaml").read_text(encoding="utf-8"))["organizations"]
    assert {o["sector"] for o in orgs} == {"academia", "industry", "government", "nonprofit"}
    assert any("parent" in o for o in orgs)


def test_csv_synth_builds_the_same_graph_as_yaml(tmp_path):
    run_kg("synth", "--events", "8", "--seed", "2", str(tmp_path / "y"))
    run_kg("synth", "--events", "8", "--seed", "2", "--format", "csv", str(tmp_path / "c"))
    assert run_kg("build", str(tmp_path / "y"), "--out", str(tmp_path / "yo")).exit_code == 0
    assert run_kg("build", str(tmp_path / "c"), "--out", str(tmp_path / "co")).exit_code == 0
    assert (tmp_path / "yo/kg.ttl").read_bytes() == (tmp_path / "co/kg.ttl").read_bytes()
