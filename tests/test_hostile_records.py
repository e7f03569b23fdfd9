"""Hostile and unlucky records, as one table: what was written -> the exit status -> the first
line kg says -> out/ unchanged.

Each row starts from a good build of the seed records and spoils them one way. The first line is
what a keeper reads first, so it must name the real cause (file, line, record), never something
that only follows from it; `kg validate` says the same first line; and out/ (files, the links
between generations) is byte for byte what the good build left.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from conftest import CASES, DATA, run_kg

EVENT = "events/icci-short-drama-symposium-2025.yaml"
EVENT_ID = "icci-short-drama-symposium-2025"


@dataclass(frozen=True)
class Spoil:
    """One way to spoil the records: `edit(records)` changes them and returns the file and
    line the first message must name; `first` is that message after `{file}:{line}: `."""

    name: str
    edit: Callable[[Path], tuple[str, int]]
    status: int
    first: str


def replacing(file: str, old: str, new: str, line_offset: int = 0):
    def edit(records: Path) -> tuple[str, int]:
        path = records / file
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, old
        line = text.count("\n", 0, text.index(old)) + 1 + line_offset
        path.write_text(text.replace(old, new), encoding="utf-8")
        return file, line
    return edit


def writing(file: str, content: bytes | str, line: int):
    def edit(records: Path) -> tuple[str, int]:
        path = records / file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return file, line
    return edit


def csv_records(change: Callable[[Path], tuple[str, int]]):
    """Swap the YAML records for the seed's CSV form, then spoil that."""
    def edit(records: Path) -> tuple[str, int]:
        shutil.rmtree(records)
        shutil.copytree(CASES / "seed-csv", records)
        return change(records)
    return edit


def appending(file: str, text: str, line_offset: int = 0):
    def edit(records: Path) -> tuple[str, int]:
        path = records / file
        before = path.read_text(encoding="utf-8")
        path.write_text(before + text, encoding="utf-8")
        return file, before.count("\n") + 1 + line_offset
    return edit


ALIAS_BOMB = "\n".join(['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'] + [
    f"{n}: &{n} [" + ",".join([f"*{p}"] * 9) + "]" for p, n in zip("abcdefgh", "bcdefghi")]) + "\n"
# Forms Python's date parser takes (ISO weeks, compact forms, times) are refused too: only the
# documented forms are dates.
BAD_DATES = ["2025-13-45", "27/09/2025", "2025-9-27", "next autumn", "2025-W39-6", "20250927T0",
             "20250927", "2025-09-27T10:00", "2025-02-30", "25"]
ID_FORM = "must be lower-case letters, digits and '-' (it becomes part of an IRI)"

SPOILS = [
    # Files that cannot be read at all.
    Spoil("empty file", writing("empty.yaml", "  \n", 0), 2, "file is empty"),
    Spoil("not UTF-8", writing("latin1.yaml", "people:\n  - id: x\n    name: Jos\xe9\n"
                               .encode("latin-1"), 3), 2,
          "not valid UTF-8 (byte 0xe9); save the file as UTF-8"),
    Spoil("binary bytes as CSV", csv_records(writing("people.csv", bytes(range(256)) * 4, 2)), 2,
          "not valid UTF-8 (byte 0x80); save the file as UTF-8"),
    Spoil("tab in indentation", replacing("places.yaml", "    name: Xuhui", "\tname: Xuhui"), 2,
          "tab in indentation (YAML indents with spaces)"),
    Spoil("unquoted colon", replacing(EVENT, "      name: Opening session",
                                      "      name: Opening: welcome session"), 2,
          "YAML syntax error: mapping values are not allowed in this context (quote a value that "
          "contains ': ')"),
    Spoil("duplicate key", replacing("people.yaml", "    name: Hong CAO\n",
                                     "    name: Hong CAO\n    name: Hong KAO\n", 1), 2,
          "duplicate key 'name'"),
    Spoil("nesting 5,000 deep", writing("deep.yaml", "people: " + "[" * 5000 + "]" * 5000, 1), 2,
          "YAML syntax error: exceeded maximum nesting depth"),
    Spoil("alias bomb", writing("bomb.yaml", ALIAS_BOMB, 2), 2,
          "YAML alias '*a' is not allowed in records (write the value out)"),
    Spoil("python tag", writing("evil.yaml", "people:\n  - !!python/object/apply:os.system "
                                             "['touch ran']\n", 2), 2,
          "YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed in records"),
    Spoil("custom tag", writing("evil.yaml", "people:\n  - !custom {id: x, name: X}\n", 2), 2,
          "YAML tag '!custom' is not allowed in records"),
    Spoil("raw control character", replacing("people.yaml", "    name: Hong CAO\n",
                                             "    name: Hong \x07CAO\n"), 2,
          "control character U+0007 in the file; remove it"),
    Spoil("unclosed CSV quote", csv_records(appending("people.csv", 'x-y,"Unclosed\nz-w,Next\n')),
          2, "a quoted cell that starts in this row is never closed (a '\"' is missing)"),
    Spoil("CSV cell over the csv limit", csv_records(appending("people.csv",
                                                               "x-y," + "A" * 140_000 + "\n")),
          2, "a cell is longer than 131,072 characters"),
    # Records that read but say something wrong.
    Spoil("missing name", replacing("people.yaml", "    name: Ben LEE\n", "", -1), 1,
          "person ben-lee: missing required field 'name'"),
    Spoil("an empty name", replacing("people.yaml", "    name: Ben LEE\n", '    name: ""\n'), 1,
          "person ben-lee: missing required field 'name'"),  # on the name's own line
    Spoil("a record with no id", replacing("people.yaml", "  - id: hong-cao\n",
                                           "  - name: Somebody\n  - id: hong-cao\n"), 1,
          "person (no id): missing required field 'id'"),
    Spoil("a list inside a list", replacing("organizations.yaml", "inferred: [alt_names, type, sector]",
                                            "inferred: [alt_names, [type], sector]"), 1,
          "organization usc: 'inferred' must be a list of text, found a list"),
    Spoil("a month where a day is needed", replacing(
        "sources.yaml", "    publisher: ICCI, Shanghai Jiao Tong University\n",
        "    publisher: ICCI, Shanghai Jiao Tong University\n    published: 2025-09\n", 1), 1,
          "source icci-short-drama-symposium-2025-article: 'published' '2025-09' is not a date of "
          "the form YYYY-MM-DD"),
    Spoil("unknown field", replacing("people.yaml", "    name: Anna Thomas\n",
                                     "    nmae: Anna Thomas\n"), 1,
          "person anna-thomas: unknown field 'nmae' in a person; did you mean 'name'?"),
    Spoil("unknown optional field", replacing("people.yaml", "    given_name: Anna\n",
                                              "    givenname: Anna\n"), 1,
          "person anna-thomas: unknown field 'givenname' in a person (did you mean 'given_name'? "
          "known: id, name, "),
    Spoil("unknown person", replacing(EVENT, "{person: hong-cao, role: attendee}",
                                      "{person: hong-kao, role: attendee}"), 1,
          f"event {EVENT_ID}: refers to unknown person 'hong-kao'"),
    Spoil("unknown organisation", replacing("people.yaml", "{organization: nyu,",
                                            "{organization: nyc,"), 1,
          "person karl-bardosh: refers to unknown organization 'nyc'"),
    Spoil("a name for an id", replacing(EVENT, "{person: adam-fratto, role: attendee}",
                                        "{person: Adam Fratto, role: attendee}"), 1,
          f"event {EVENT_ID}: 'person' 'Adam Fratto' {ID_FORM}; write the record's id, such as "
          "'adam-fratto', not a name"),
    Spoil("an id that breaks IRIs", replacing("people.yaml", "  - id: hong-cao\n",
                                              '  - id: "hong-cao>"\n'), 1,
          f"person hong-cao>: 'id' 'hong-cao>' {ID_FORM}"),
    Spoil("unknown sector", replacing("organizations.yaml", "    sector: government",
                                      "    sector: state"), 1,
          "organization nrta: unknown sector 'state' (one of: academia, "
          "industry, government, nonprofit, independent)"),
    Spoil("unknown role", replacing(EVENT, "{person: james-wang, role: keynote-speaker}",
                                    "{person: james-wang, role: keynoter}"), 1,
          f"event {EVENT_ID} session keynote-wang: unknown role 'keynoter' (one of: host, "),
    Spoil("a name of 131,073 characters", replacing("people.yaml", "    name: Hong CAO\n",
                                                    f"    name: {'H' * 131_073}\n"), 1,
          "person hong-cao: 'name' is 131,073 characters long; the limit is 1,000"),
    Spoil("terminal escape", replacing("people.yaml", "    name: Hong CAO\n",
                                       '    name: "Hong \\e[2JCAO"\n'), 1,
          "person hong-cao: 'name' holds the control character U+001B; remove it"),
    Spoil("carriage return", replacing("people.yaml", "    name: Hong CAO\n",
                                       '    name: "Hong\\rCAO"\n'), 1,
          "person hong-cao: 'name' holds the control character U+000D; remove it"),
    Spoil("raw NUL in CSV", csv_records(appending("people.csv", "x-y,Hong\x00CAO,,,,,src\n")), 1,
          "person x-y: 'name' holds the control character U+0000; remove it"),
    Spoil("sessions nested 500 deep", csv_records(appending("sessions.csv", "".join(
        f"{EVENT_ID},deep-{i},Level {i},{f'deep-{i - 1}' if i else ''},session,,\n"
        for i in range(500)), line_offset=9)), 1,
          f"event {EVENT_ID} session deep-9: sessions nest deeper than 10 levels"),
    Spoil("duplicate id", appending("organizations.yaml", "  - id: sjtu\n    name: Another\n"), 1,
          "organization sjtu: duplicate id 'sjtu' (first defined at "),
    *(Spoil(f"date {bad}", replacing(EVENT, "start_date: 2025-09-27", f"start_date: {bad}"), 1,
            f"event {EVENT_ID}: 'start_date' '{bad}' is not a date of the form YYYY, YYYY-MM "
            "or YYYY-MM-DD") for bad in BAD_DATES),
    # One unreadable file: only it is named, not the unknown references it causes.
    Spoil("unreadable people file", writing("people.yaml", b"people:\n  - id: x\n    name: \xff\n",
                                            3), 2,
          "not valid UTF-8 (byte 0xff); save the file as UTF-8"),
]


def out_state(out: Path) -> dict[str, object]:
    """Every file's bytes and every link's target under out/ (links are how generations switch)."""
    seen: dict[str, object] = {}
    for folder, dirs, files in os.walk(out):
        for name in dirs + files:
            path = Path(folder) / name
            key = str(path.relative_to(out))
            if path.is_symlink():
                seen[key] = ("link", os.readlink(path))
            elif path.is_file():
                seen[key] = path.read_bytes()
    return seen


@pytest.mark.parametrize("spoil", SPOILS, ids=[s.name for s in SPOILS])
def test_spoiled_records_say_the_cause_first_and_leave_out_unchanged(spoil, seed_out, tmp_path):
    records, out = tmp_path / "data", tmp_path / "out"
    shutil.copytree(DATA, records)
    shutil.copytree(seed_out, out, symlinks=True)  # a good build, to be left as it is
    before = out_state(out)
    file, line = spoil.edit(records)
    where = f"{records / file}:{line}: " if line else f"{records / file}: "

    built = run_kg("build", str(records), "--out", str(out))
    assert built.exit_code == spoil.status, built.output
    assert "Traceback" not in built.output
    lines = built.stderr.splitlines()
    assert lines[0].startswith(where + spoil.first), lines[0]
    assert lines[-1].endswith("nothing was written."), lines[-1]
    assert out_state(out) == before

    validated = run_kg("validate", str(records))
    assert validated.exit_code == spoil.status
    assert validated.stdout.splitlines()[0] == lines[0]
    assert not Path("ran").exists()  # the python tag was never run


def test_every_row_of_the_table_is_a_different_spoil():
    assert len({s.name for s in SPOILS}) == len(SPOILS) >= 30
