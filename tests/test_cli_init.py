"""`kg init`: a new user's first records folder builds as it comes."""

from __future__ import annotations

from conftest import run_kg


def test_init_then_build_works(tmp_path):
    records = tmp_path / "my-records"
    result = run_kg("init", str(records))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"wrote 7 files to {records} (example records and kg.toml):"
    assert result.stdout.splitlines()[-1] == (
        f"Next: edit them (the record format, docs/records.md in kg's repository, describes every "
        f"field), then run `kg validate {records}` and `kg build {records}`.")
    assert sorted(p.relative_to(records).as_posix() for p in records.rglob("*.yaml")) == [
        "events/example-forum-2026.yaml", "organizations.yaml", "people.yaml", "places.yaml",
        "series.yaml", "sources.yaml"]
    assert "# base = " in (records / "kg.toml").read_text(encoding="utf-8")
    built = run_kg("build", str(records), "--out", str(tmp_path / "out"))
    assert built.exit_code == 0, built.output
    assert built.stdout.splitlines()[:5] == [
        "people:        2", "organisations: 3 (1 academia, 1 industry, 1 unclassified)",
        "events:        1 (1 session)", built.stdout.splitlines()[3], "SHACL:         conforms"]


def test_init_never_writes_into_a_folder_with_files(tmp_path):
    (tmp_path / "people.yaml").write_text("people: []\n", encoding="utf-8")
    result = run_kg("init", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {tmp_path} is not an empty folder; kg init writes only into "
                             "a new or empty one, so no record is overwritten\n")
    assert (tmp_path / "people.yaml").read_text(encoding="utf-8") == "people: []\n"
