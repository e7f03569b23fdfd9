"""`kg duplicates` on labelled pairs (tests/cases/identity-pairs): each found or not found.

The records are written as keepers write them from event pages; labels.yaml says which
pairs are one person or organisation and which are two.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
import yaml

from conftest import CASES, DATA, run_kg

CASE = CASES / "identity-pairs"
LABELS = yaml.safe_load((CASE / "labels.yaml").read_text(encoding="utf-8"))


def labelled(verdict: str) -> list[tuple[str, str, str]]:
    return [(kind, *sorted(pair)) for kind, pairs in LABELS[verdict].items() for pair in pairs]


@pytest.fixture(scope="module")
def found() -> dict[tuple[str, str, str], dict]:
    result = run_kg("duplicates", str(CASE / "records"), "--format", "json")
    assert result.exit_code == 0, result.output
    return {(p["kind"], p["a"], p["b"]): p for p in json.loads(result.stdout)}


def test_there_are_at_least_40_labelled_pairs_of_both_kinds_and_scripts():
    assert len(labelled("found")) + len(labelled("apart")) >= 40
    assert {k for k, *_ in labelled("found")} == {k for k, *_ in labelled("apart")} == {
        "person", "organization"}


@pytest.mark.parametrize("pair", labelled("found"), ids="/".join)
def test_found(found, pair):
    assert pair in found, f"{pair} not found"
    assert 0.6 <= found[pair]["score"] <= 1 and found[pair]["reasons"]


@pytest.mark.parametrize("pair", labelled("apart"), ids="/".join)
def test_not_found(found, pair):
    assert pair not in found, found.get(pair)


def test_nothing_found_that_is_not_labelled(found):
    assert set(found) - set(labelled("found")) == set()


def test_reasons_name_the_evidence(found):
    assert found[("person", "weimin-zhang", "zhang-weimin-han")]["reasons"] == [
        "Han characters read as the pinyin, in the other order"]
    assert found[("person", "j-wang", "james-wang")]["reasons"] == [
        "initials match the given name", "posts at the same organisation: flareflow",
        "posts with the same title: ceo"]
    assert found[("organization", "sjtu", "sjtu-short")]["reasons"] == [
        "'SJTU' is the acronym of 'Shanghai Jiao Tong University'"]
    assert found[("person", "karl-bardosch", "karl-bardosh")]["reasons"] == [
        "similar spelling", "at events of the same series: icci short drama symposium"]
    # The same external id is near-certain, whatever the names say.
    assert found[("person", "cheung-man-yuk", "maggie-cheung")]["score"] == 0.99


def test_context_lowers_a_match(tmp_path):
    """The near-misses are candidates with a low score, not simply never compared."""
    result = run_kg("duplicates", str(CASE / "records"), "--format", "json", "--min-score", "0")
    pairs = {(p["a"], p["b"]): p for p in json.loads(result.stdout)}
    assert "different family names" in pairs[("xiaoming-chen", "xiaoming-cheng")]["reasons"]
    assert "different wikidata ids" in pairs[("maria-garcia-lima", "maria-garcia-madrid")]["reasons"]
    assert "different parent organisations" in pairs[("bnu-film-studies", "su-film-studies")]["reasons"]
    assert pairs[("caa", "china-academy-of-art")]["reasons"] == [
        "'CAA' is the acronym of 'China Academy of Art'", "different types: company, university",
        "different sectors: industry, academia"]
    assert pairs[("caa", "china-academy-of-art")]["score"] < 0.6


def test_most_likely_first_and_the_same_order_every_run(found):
    again = run_kg("duplicates", str(CASE / "records"), "--format", "json")
    listed = [(p["kind"], p["a"], p["b"]) for p in json.loads(again.stdout)]
    assert listed == list(found)
    scores = [found[k]["score"] for k in listed]
    assert scores == sorted(scores, reverse=True)
    assert all(a < b for _, a, b in listed)


def test_kind_min_score_and_csv(found):
    result = run_kg("duplicates", str(CASE / "records"), "--kind", "organization",
                    "--min-score", "0.85", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {(r["a"], r["b"]) for r in rows} == {
        (a, b) for (k, a, b), p in found.items() if k == "organization" and p["score"] >= 0.85}
    assert rows[0] == {"kind": "organization", "a": "bfa", "b": "bfa-han", "score": "0.990",
                       "reasons": "same ror 04v1p3q61"}


def test_text_is_one_line_a_pair(found):
    result = run_kg("duplicates", str(CASE / "records"))
    lines = result.stdout.splitlines()
    assert len(lines) == len(found)
    assert lines[0] == "0.990  organization  bfa  bfa-han  (same ror 04v1p3q61)"


def test_seed_records_have_no_likely_duplicates(tmp_path):
    result = run_kg("duplicates", str(DATA), "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_the_command_default_is_the_library_default():
    from kg.cli.identity_commands import duplicates
    from kg.identity.pairs import DEFAULT_MIN_SCORE

    option = next(p for p in duplicates.params if p.name == "min_score")
    assert option.default == DEFAULT_MIN_SCORE


def test_a_name_many_records_share_says_less(tmp_path):
    """Two records named Wang Wei are likely one person; among ten, any two are less so
    (0.92 prior; ten records: log-odds - ln(10/3), 2.442 - 1.204 -> 0.775)."""
    def people(n: int) -> str:
        return "".join(f"  - {{id: wei-wang-{i}, name: Wei WANG}}\n" for i in range(n))

    found = {}
    for n in (2, 10):
        records = tmp_path / f"records-{n}"
        records.mkdir()
        (records / "records.yaml").write_text(
            "sources:\n  - {id: speakers, title: Forum speaker list}\n"
            f"source: speakers\npeople:\n{people(n)}", encoding="utf-8")
        result = run_kg("duplicates", str(records), "--format", "json", "--min-score", "0")
        found[n] = json.loads(result.stdout)
    assert [(p["a"], p["b"], p["score"]) for p in found[2]] == [("wei-wang-0", "wei-wang-1", 0.92)]
    assert len(found[10]) == 45
    assert {p["score"] for p in found[10]} == {0.775}
    assert found[10][0]["reasons"] == [
        "same name after normalising case, accents, punctuation and spacing",
        "a common name: 10 records have it"]
