"""Bad records: one clear line per problem (file:line: record: message), a non-zero exit,
no traceback, and the previous build left exactly as it was."""

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


def test_tab_in_indentation(built):
    records, out, before = built
    line = replace(records / "places.yaml", "    name: Xuhui", "\tname: Xuhui")
    build_fails(records, out, before,
                [f"{records}/places.yaml:{line}: tab in indentation (YAML indents with spaces)"], 2)


def test_empty_file(built):
    records, out, before = built
    (records / "empty.yaml").write_text("  \n", encoding="utf-8")
    build_fails(records, out, before, [f"{records}/empty.yaml: file is empty"], 2)


def test_file_not_utf8(built):
    records, out, before = built
    (records / "latin1.yaml").write_bytes("people:\n  - id: x\n    name: Jos\xe9\n".encode("latin-1"))
    build_fails(records, out, before,
                [f"{records}/latin1.yaml:3: not valid UTF-8 (byte 0xe9); save the file as UTF-8"], 2)


def test_missing_required_field(built):
    records, out, before = built
    line = replace(records / "people.yaml", "    name: Ben LEE\n", "")
    # The problem is reported on the record's own line (its `id:`), one above.
    build_fails(records, out, before,
                [f"{records}/people.yaml:{line - 1}: person ben-lee: missing required field 'name'"], 1)


def test_unknown_person_reference(built):
    records, out, before = built
    event = records / "events/icci-short-drama-symposium-2025.yaml"
    line = replace(event, "{person: hong-cao, role: attendee}", "{person: hong-kao, role: attendee}")
    build_fails(records, out, before,
                [f"{event}:{line}: event icci-short-drama-symposium-2025: "
                 "refers to unknown person 'hong-kao'"], 1)


def test_unknown_organisation_reference(built):
    records, out, before = built
    line = replace(records / "people.yaml", "{organization: nyu,", "{organization: nyc,")
    build_fails(records, out, before,
                [f"{records}/people.yaml:{line}: person karl-bardosh: "
                 "refers to unknown organization 'nyc'"], 1)


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


# Forms Python's date parser accepts (ISO week dates, compact forms, times) are refused too:
# only the documented forms are dates.
@pytest.mark.parametrize("bad", ["2025-13-45", "27/09/2025", "2025-9-27", "next autumn",
                                 "2025-W39-6", "20250927T0", "20250927", "2025-09-27T10:00",
                                 "2025-02-30", "25"])
def test_malformed_date(built, bad):
    records, out, before = built
    event = records / "events/icci-short-drama-symposium-2025.yaml"
    line = replace(event, "start_date: 2025-09-27", f"start_date: {bad}")
    stderr = build_fails(records, out, before, [], 1)
    assert stderr.splitlines()[0].startswith(
        f"{event}:{line}: event icci-short-drama-symposium-2025: "
        f"'start_date' '{bad}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"), stderr


def test_unknown_sector(built):
    records, out, before = built
    orgs = records / "organizations.yaml"
    line = replace(orgs, "    name: FlareFlow\n    type: company\n    sector: industry",
                   "    name: FlareFlow\n    type: company\n    sector: business") + 2
    build_fails(records, out, before,
                [f"{orgs}:{line}: organization flareflow: unknown sector 'business' "
                 "(one of: academia, industry, government, nonprofit, independent)"], 1)


def test_unknown_role(built):
    records, out, before = built
    event = records / "events/icci-short-drama-symposium-2025.yaml"
    line = replace(event, "{person: james-wang, role: keynote-speaker}",
                   "{person: james-wang, role: keynoter}")
    stderr = build_fails(records, out, before, [], 1)
    assert (f"{event}:{line}: event icci-short-drama-symposium-2025 session keynote-wang: "
            "unknown role 'keynoter' (one of: host, welcome-speaker") in stderr


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


def test_yaml_alias_bomb_is_refused_without_expanding(built):
    records, out, before = built
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    (records / "bomb.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    build_fails(records, out, before,
                [f"{records}/bomb.yaml:2: YAML alias '*a' is not allowed in records "
                 "(write the value out)"], 2)


def test_arbitrary_yaml_tags_are_refused_and_never_run(built, tmp_path):
    records, out, before = built
    marker = tmp_path / "ran"
    (records / "evil.yaml").write_text(
        "people:\n"
        f"  - !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8")
    build_fails(records, out, before,
                [f"{records}/evil.yaml:2: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' "
                 "is not allowed in records"], 2)
    assert not marker.exists()
    (records / "evil.yaml").write_text("people:\n  - !custom {id: x, name: X}\n", encoding="utf-8")
    build_fails(records, out, before,
                [f"{records}/evil.yaml:2: YAML tag '!custom' is not allowed in records"], 2)


def test_unknown_field_is_reported(built):
    records, out, before = built
    line = replace(records / "people.yaml", "    name: Anna Thomas\n", "    nmae: Anna Thomas\n")
    stderr = build_fails(records, out, before, [], 1)
    assert (f"{records}/people.yaml:{line}: person anna-thomas: unknown field 'nmae' in a person"
            in stderr)


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


def test_an_unquoted_colon_in_yaml_gets_a_hint(built):
    records, out, before = built
    event = records / "events/icci-short-drama-symposium-2025.yaml"
    replace(event, "      name: Opening session", "      name: Opening: welcome session")
    stderr = build_fails(records, out, before, [], 2)
    assert "quote a value that contains ': '" in stderr.splitlines()[0], stderr


def test_an_unknown_field_of_an_event_reads_as_english(built):
    records, out, before = built
    event = records / "events/icci-short-drama-symposium-2025.yaml"
    replace(event, "  type: symposium\n", "  type: symposium\n  venue: somewhere\n")
    stderr = build_fails(records, out, before, [], 1)
    assert "unknown field 'venue' in an event (known: " in stderr.splitlines()[0], stderr


def test_a_name_too_long_is_a_validation_error_and_nothing_is_written(built):
    # Regression: a 131,073-character name passed validation, then the build crashed in
    # the CSV reader of the graph after kg.ttl and the store had been replaced.
    records, out, before = built
    people = records / "people.yaml"
    line = replace(people, "    name: Hong CAO\n", f"    name: {'H' * 131_073}\n")
    build_fails(records, out, before, [
        f"{people}:{line}: person hong-cao: 'name' is 131,073 characters long; the limit is 1,000"], 1)


@pytest.mark.parametrize("written, shown", [
    (r'"Hong \e[31mCAO"', "U+001B"),   # a YAML escape: the terminal's escape character
    (r'"Hong\rCAO"', "U+000D"),
    (r'"Hong \bCAO"', "U+0008"),
])
def test_control_characters_in_record_text_are_refused(built, written, shown):
    records, out, before = built
    people = records / "people.yaml"
    line = replace(people, "    name: Hong CAO\n", f"    name: {written}\n")
    build_fails(records, out, before, [
        f"{people}:{line}: person hong-cao: 'name' holds the control character {shown}; remove it"], 1)


def test_a_raw_control_character_in_yaml_is_one_line_with_its_line(built):
    records, out, before = built
    people = records / "people.yaml"
    line = replace(people, "    name: Hong CAO\n", "    name: Hong \x07CAO\n")
    build_fails(records, out, before,
                [f"{people}:{line}: control character U+0007 in the file; remove it"], 2)


def test_a_raw_nul_in_csv_is_refused(tmp_path):
    records = tmp_path / "records"
    shutil.copytree(CASES / "seed-csv", records)
    people = records / "people.csv"
    people.write_bytes(people.read_bytes().replace(b"Hong CAO", b"Hong\x00CAO"))
    result = run_kg("validate", str(records))
    assert result.exit_code == 1, result.output
    assert "'name' holds the control character U+0000; remove it" in result.stdout


def test_sessions_nested_too_deep_in_csv_are_refused_without_a_traceback(tmp_path):
    # Regression: 500 levels gave a RecursionError traceback in validate and build.
    records = tmp_path / "records"
    shutil.copytree(CASES / "seed-csv", records)
    rows = ["icci-short-drama-symposium-2025,deep-0,Level 0,,session,,"]
    rows += [f"icci-short-drama-symposium-2025,deep-{i},Level {i},deep-{i - 1},session,,"
             for i in range(1, 500)]
    with (records / "sessions.csv").open("a", encoding="utf-8") as handle:
        handle.write("\n".join(rows) + "\n")
    result = run_kg("validate", str(records))
    assert result.exit_code == 1, result.output
    assert "sessions nest deeper than 10 levels" in result.stdout
    assert "Traceback" not in result.output


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
