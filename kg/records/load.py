"""Find the record files under the data directories and read them into one Records.

Every problem in every file is collected before anything is raised, so `kg validate`
can list them all at once.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from kg.errors import InvalidRecords, Problem, UnreadableInput
from kg.records.csv_files import attach_nested, read_csv_dir
from kg.records.yaml_files import read_yaml
from kg.records.checks import add_record, check_references
from kg.records.readers import READERS
from kg.records.model import Records, RawFile

YAML_SUFFIXES = (".yaml", ".yml")
# Registries first, so their records keep their ids' first-definition place.
TABLE_ORDER = ("sources", "places", "organizations", "people", "series", "events")

Progress = Callable[[str, int, int], None]


def find_record_files(paths: list[Path]) -> list[Path]:
    """Record files under the given directories (or files), sorted, hidden ones skipped."""
    found: list[Path] = []
    for path in paths:
        if not path.exists():
            raise UnreadableInput(f"{path}: no such file or directory")
        if path.is_file():
            found.append(path)
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
            found.extend(Path(root) / f for f in sorted(files)
                         if not f.startswith(".") and f.endswith(YAML_SUFFIXES + (".csv",)))
    return found


def display_name(path: Path) -> str:
    """The path as the user would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def read_raw_files(files: list[Path], problems: list[Problem],
                   progress: Progress | None = None) -> list[RawFile]:
    names = {f: display_name(f) for f in files}
    raw_files: list[RawFile] = []
    csv_dirs: dict[Path, list[Path]] = {}
    for i, path in enumerate(files):
        if progress:
            progress("reading records", i, len(files))
        if path.suffix == ".csv":
            csv_dirs.setdefault(path.parent, []).append(path)
            continue
        raw = read_yaml(path, names[path], problems)
        if raw is not None:
            raw_files.append(raw)
    for paths in csv_dirs.values():
        raw_files.append(read_csv_dir(paths, names, problems))
    attach_nested(raw_files, problems)
    return raw_files


def load_records(paths: list[Path], progress: Progress | None = None) -> Records:
    """Read and check every record under `paths`; raise InvalidRecords listing all problems."""
    files = find_record_files(paths)
    if not files:
        shown = ", ".join(str(p) for p in paths)
        raise UnreadableInput(f"{shown}: no record files (*.yaml, *.yml, *.csv) found")
    problems: list[Problem] = []
    raw_files = read_raw_files(files, problems, progress)
    records = Records()
    for table in TABLE_ORDER:
        read = READERS[table]
        for raw_file in raw_files:
            for raw in raw_file.tables.get(table, []):
                # Records with problems are still added (and never built), so a bad
                # field does not also make every reference to the record fail.
                record = read(raw, raw_file.file, problems, raw_file.default_sources)
                if record.id:
                    add_record(records, table, record, problems)
    # With a file unread, references to its records would each be reported as unknown:
    # noise that hides the cause, so they are checked only once every file was read.
    if not any(p.fatal for p in problems):
        problems.extend(check_references(records))
    if problems:
        raise InvalidRecords(problems)
    return records
