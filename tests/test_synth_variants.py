"""`kg synth --variants`: people recorded a second time under another form of their name,
with the pairs as truth, and `kg duplicates` finding them."""

from __future__ import annotations

import json
from collections import Counter

import yaml

from conftest import run_kg


def test_variants_come_with_their_truth_and_are_found(tmp_path):
    records = tmp_path / "records"
    result = run_kg("synth", "--events", "40", "--seed", "2", "--variants", "0.25", str(records))
    assert result.exit_code == 0, result.output
    assert "400 people, 100 of them recorded a second time under another name (truth in identity-truth.json)" in result.stdout
    truth = json.loads((records / "identity-truth.json").read_text(encoding="utf-8"))["pairs"]
    people = {p["id"]: p for p in yaml.safe_load((records / "people.yaml").read_text())["people"]}
    assert len(truth) == 100 and len(people) == 500
    kinds = Counter(p["variant"] for p in truth)
    assert set(kinds) == {"order", "case", "han", "tones", "hyphen", "initials", "honorific",
                          "accents", "spelling"}
    for pair in truth:
        assert pair["a"] in people and pair["b"] == f"{pair['a']}-{pair['variant']}"
        assert people[pair["a"]]["name"] != people[pair["b"]]["name"]
    han = next(p for p in truth if p["variant"] == "han")
    assert all("\u4e00" <= c <= "\u9fff" for c in people[han["b"]]["name"])
    # The records build, and the duplicates found are exactly the truth.
    assert run_kg("validate", str(records), "--no-shacl").exit_code == 0
    found = json.loads(run_kg("duplicates", str(records), "--format", "json").stdout)
    assert {(p["a"], p["b"]) for p in found} == {tuple(sorted((p["a"], p["b"]))) for p in truth}


def test_without_variants_there_is_no_truth_file(tmp_path):
    records = tmp_path / "records"
    run_kg("synth", "--events", "3", str(records))
    assert not (records / "identity-truth.json").exists()
