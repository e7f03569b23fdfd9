"""Bad records: one clear line per problem (file:line: record: message), a non-zero exit,
no traceback, and the previous build left exactly as it was. The one-spoil-one-line cases are
the table in test_hostile_records.py; here are the ones that say more than one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import CASES, run_kg


def snapshot(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture()
def built(records_copy, tmp_path):
    """A good build in out/, then the records are free to be broken."""
    out = tmp_path / "out"
    assert run_kg("build", str(records_copy), "--out", str(out)).exit_code == 0
    return records_copy, out, snapshot(out)


def replace(path: Path, old: str, new: str) -> int:
    """Replace the one occurrence of `old`; return the 1-based line where `new` starts."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    start = text.index(old)
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text.count("\n", 0, start) + 1


def build_fails(records: Path, out: Path, before: dict, expected_lines: list[str], code: int) -> str:
    result = run_kg("build", str(records), "--out", str(out))
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    for line in expected_lines:
        assert line in result.stderr.splitlines(), result.stderr
    assert result.stderr.splitlines()[-1].endswith("nothing was written.")
    assert snapshot(out) == before  # the previous build is untouched
    return result.stderr


def test_yaml_syntax_error(built):
    records, out, before = built
    people = records / "people.yaml"
    line = replace(people, "    name: Hong CAO\n", "    name: [Hong CAO\n")
    stderr = build_fails(records, out, before, [], 2)
    assert f"{people}:" in stderr and "YAML syntax error" in stderr
    # The parser points at or just after the broken line, never before it.
    reported = int(stderr.split(f"{people}:")[1].split(":")[0])
    assert line <= reported <= line + 2


def test_duplicate_id(built):
    records, out, before = built
    orgs = records / "organizations.yaml"
    first = replace(orgs, "  - id: sjtu\n", "  - id: sjtu\n")
    text = orgs.read_text(encoding="utf-8")
    orgs.write_text(text + "\n  - id: sjtu\n    name: Another SJTU\n", encoding="utf-8")
    dup = text.count("\n") + 2
    build_fails(records, out, before,
                [f"{orgs}:{dup}: organization sjtu: duplicate id 'sjtu' "
                 f"(first defined at {orgs}:{first})"], 1)


def test_several_problems_are_all_reported(built):
    records, out, before = built
    replace(records / "organizations.yaml", "sector: government", "sector: state")
    replace(records / "people.yaml", "{organization: nyu,", "{organization: nyc,")
    stderr = build_fails(records, out, before, [], 1)
    assert "unknown sector 'state'" in stderr and "unknown organization 'nyc'" in stderr
    assert "Error: 2 problems in the records; nothing was written." in stderr


def test_csv_with_a_missing_column(tmp_path):
    records = tmp_path / "csv"
    shutil.copytree(CASES / "seed-csv", records)
    out = tmp_path / "out"
    assert run_kg("build", str(records), "--out", str(out)).exit_code == 0
    before = snapshot(out)
    people = records / "people.csv"
    rows = [line.split(",") for line in people.read_text(encoding="utf-8").splitlines()]
    people.write_text("\n".join(",".join(r[:1] + r[2:]) for r in rows) + "\n", encoding="utf-8")
    build_fails(records, out, before, [f"{people}:1: missing column 'name'"], 2)


def test_csv_row_problem_names_file_line_and_record(tmp_path):
    records = tmp_path / "csv"
    shutil.copytree(CASES / "seed-csv", records)
    out = tmp_path / "out"
    positions = records / "positions.csv"
    line = replace(positions, "karl-bardosh,Associate Arts Professor,nyu",
                   "karl-bardosh,Associate Arts Professor,nyc")
    out.mkdir()
    build_fails(records, out, {},
                [f"{positions}:{line}: person karl-bardosh: refers to unknown organization 'nyc'"], 1)


def test_missing_data_directory(tmp_path):
    result = run_kg("build", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {tmp_path / 'nope'}: no such file or directory"
    assert not (tmp_path / "out").exists()


def test_a_name_written_where_an_id_belongs_is_one_problem(built):
    # Regression: one mistake gave the id-format error, then "refers to unknown person ''",
    # and a second such entry "lists '' as attendee twice".
    records, out, before = built
    event = records / "events/icci-short-drama-symposium-2025.yaml"
    first = replace(event, "{person: adam-fratto, role: attendee}", "{person: Adam Fratto, role: attendee}")
    second = replace(event, "{person: zuolin-feng, role: attendee}", "{person: Zuolin Feng, role: attendee}")
    stderr = build_fails(records, out, before, [
        f"{event}:{first}: event icci-short-drama-symposium-2025: 'person' 'Adam Fratto' must be "
        "lower-case letters, digits and '-' (it becomes part of an IRI); write the record's id, "
        "such as 'adam-fratto', not a name",
        f"{event}:{second}: event icci-short-drama-symposium-2025: 'person' 'Zuolin Feng' must be "
        "lower-case letters, digits and '-' (it becomes part of an IRI); write the record's id, "
        "such as 'zuolin-feng', not a name"], 1)
    assert len(stderr.splitlines()) == 3, stderr  # two problems and the closing line


def test_an_unknown_field_of_an_event_reads_as_english(built):
    records, out, before = built
    event = records / "events/icci-short-drama-symposium-2025.yaml"
    replace(event, "  type: symposium\n", "  type: symposium\n  venue: somewhere\n")
    stderr = build_fails(records, out, before, [], 1)
    assert "unknown field 'venue' in an event (known: " in stderr.splitlines()[0], stderr


def test_query_output_shows_control_characters_as_escapes():
    from kg.sparql.results import QueryResult, delimited, table

    raw = (b'{"head":{"vars":["name"]},"results":{"bindings":[{"name":{"type":"literal",'
           b'"value":"Hong \\u001b[2JCAO\\r"}}]}}')
    result = QueryResult.from_results_json(raw)
    assert "\x1b" not in table(result) and "Hong \\x1b[2JCAO\\x0d" in table(result)
    assert delimited(result, ",") == "name\nHong \\x1b[2JCAO\\x0d\n"


def test_an_unreadable_file_is_the_only_thing_said_about_what_it_holds(built):
    # Regression: a broken people.yaml was followed by a dozen "refers to unknown person"
    # lines sorted before it, so the first line was never the cause.
    records, out, before = built
    (records / "people.yaml").write_bytes(b"people:\n  - id: x\n    name: \xff\xfe broken\n")
    stderr = build_fails(records, out, before, [], 2)
    lines = stderr.splitlines()
    assert lines[0].startswith(f"{records / 'people.yaml'}:3: not valid UTF-8"), stderr
    assert "unknown person" not in stderr and len(lines) == 2
