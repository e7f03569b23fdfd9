"""Read CSV record files: one file per record kind, named for it (people.csv, events.csv, ...).

Nested records of the YAML form are flat tables here and are attached to their parents
(positions to people, sessions and participations to events) before the record rules run.
List fields hold several values separated by ';'.
"""

from __future__ import annotations

import csv
from pathlib import Path

from kg.errors import Problem
from kg.records.yaml_files import decode
from kg.records.fields import FIELDS, LIST_FIELDS
from kg.records.model import Raw, RawFile

# File name -> (record kind, extra columns that say where a nested record belongs).
CSV_FILES: dict[str, tuple[str, tuple[str, ...]]] = {
    "sources.csv": ("source", ()),
    "places.csv": ("place", ()),
    "organizations.csv": ("organization", ()),
    "people.csv": ("person", ()),
    "series.csv": ("series", ()),
    "positions.csv": ("position", ("person",)),
    "events.csv": ("event", ()),
    "sessions.csv": ("session", ("event", "parent")),
    "participations.csv": ("participation", ("event", "session")),
}
NESTED = {"positions", "participants", "sessions"}
# Columns that must be present in the header even when a row may leave them empty.
REQUIRED_LINKS = {"positions.csv": ("person",), "sessions.csv": ("event",),
                  "participations.csv": ("event",)}


def columns(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Required and optional columns of a CSV file."""
    kind, links = CSV_FILES[name]
    required, optional = FIELDS[kind]
    optional = tuple(c for c in optional if c not in NESTED)
    needed = REQUIRED_LINKS.get(name, ())
    return needed + required, tuple(c for c in links if c not in needed) + optional


def read_csv_rows(path: Path, file: str, problems: list[Problem]) -> list[Raw] | None:
    """Rows of one CSV file as Raw records, or None when the file cannot be read."""
    text = decode(path.read_bytes(), file, problems)
    if text is None:
        return None
    required, optional = columns(path.name)
    # The link columns (sessions.csv's `parent` session) are single ids, whatever the kind's
    # own fields of the same name hold.
    kind, links = CSV_FILES[path.name]
    lists = {c for c in required + optional if c in LIST_FIELDS and c not in links}
    # strict: a quote left open would otherwise swallow every row after it without a word.
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    try:
        header = [h.strip() for h in next(reader)]
    except (StopIteration, csv.Error) as e:
        problems.append(Problem(file, 1, "", f"cannot read the CSV header: {e}", fatal=True))
        return None
    missing = [c for c in required if c not in header]
    unknown = [c for c in header if c not in required and c not in optional]
    if missing or unknown:
        said = []
        if missing:
            said.append("missing column" + ("s " if len(missing) > 1 else " ")
                        + ", ".join(f"'{c}'" for c in missing))
        if unknown:
            said.append("unknown column" + ("s " if len(unknown) > 1 else " ")
                        + ", ".join(f"'{c}'" for c in unknown)
                        + f" (known: {', '.join(required + optional)})")
        problems.append(Problem(file, 1, "", "; ".join(said), fatal=True))
        return None
    rows: list[Raw] = []
    line = reader.line_num + 1
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                line = reader.line_num + 1
                continue
            if len(cells) != len(header):
                problems.append(Problem(file, line, "", f"row has {len(cells)} cells, the header "
                                                        f"has {len(header)}"))
            values: dict = {}
            for name, cell in zip(header, cells):
                cell = cell.strip()
                if not cell:
                    continue
                values[name] = [v.strip() for v in cell.split(";") if v.strip()] \
                    if name in lists else cell
            rows.append(Raw(values, line, file=file))
            line = reader.line_num + 1
    except csv.Error as e:
        problems.append(Problem(file, line, "", csv_error(e), fatal=True))
        return None
    return rows


def csv_error(error: csv.Error) -> str:
    """The csv module's complaint in the words of a person editing the file."""
    said = str(error)
    if said == "unexpected end of data":
        return "a quoted cell that starts in this row is never closed (a '\"' is missing)"
    if said.startswith("field larger than field limit"):
        return f"a cell is longer than {csv.field_size_limit():,} characters"
    if said.startswith("',' expected after '\"'"):
        return "text follows a closing '\"' in a cell (write a quote inside a quoted cell as '\"\"')"
    return f"CSV error: {said}"


def read_csv_dir(paths: list[Path], names: dict[Path, str], problems: list[Problem]) -> RawFile:
    """All CSV files of one directory. Nested rows (positions, sessions, participations) stay
    in tables of their own until :func:`attach_nested` puts them under their parents, which
    may be records of any file or folder of the build."""
    tables: dict[str, list[Raw]] = {}
    for path in paths:
        file = names[path]
        if path.name not in CSV_FILES:
            problems.append(Problem(file, 0, "", "unknown CSV file name (one of: "
                                                 f"{', '.join(CSV_FILES)})", fatal=True))
            continue
        rows = read_csv_rows(path, file, problems)
        if rows is not None:
            tables[path.name.removesuffix(".csv")] = rows
    return RawFile(names[paths[0]].rsplit("/", 1)[0] if paths else "", tables)


def attach_nested(raw_files: list[RawFile], problems: list[Problem]) -> None:
    """Put every CSV position, session and participation row under the record it names,
    wherever that record was written (YAML or CSV, in any folder)."""
    people: dict[str, Raw] = {}
    events: dict[str, Raw] = {}
    sessions: dict[tuple[str, str], Raw] = {}
    for raw_file in raw_files:
        for row in raw_file.tables.get("people", []):
            people.setdefault(row.values.get("id"), row)
        for row in raw_file.tables.get("events", []):
            events.setdefault(row.values.get("id"), row)
            _index_sessions(row.values.get("id"), row, sessions)
    for raw_file in raw_files:
        for row in raw_file.tables.pop("positions", []):
            _attach(row, "person", people, "positions", "person", problems)
    for raw_file in raw_files:
        for row in raw_file.tables.pop("sessions", []):
            event_id, parent_id = row.values.get("event"), row.values.pop("parent", None)
            sessions[(event_id, row.values.get("id"))] = row
            if parent_id:
                row.values.pop("event", None)
                parent = sessions.get((event_id, parent_id))
                if parent is None:
                    problems.append(Problem(row.file, row.line, f"session {row.values.get('id')}",
                                            f"refers to unknown parent session '{parent_id}' "
                                            "(a parent must come before its sessions)",
                                            reference=True))
                    continue
                parent.values.setdefault("sessions", []).append(row)
            else:
                _attach(row, "event", events, "sessions", "event", problems)
    for raw_file in raw_files:
        for row in raw_file.tables.pop("participations", []):
            session_id = row.values.pop("session", None)
            if session_id:
                event_id = row.values.pop("event", None)
                session = sessions.get((event_id, session_id))
                if session is None:
                    problems.append(Problem(row.file, row.line,
                                            f"participation {row.values.get('person')}",
                                            f"refers to unknown session '{session_id}' of event "
                                            f"'{event_id}'", reference=True))
                    continue
                session.values.setdefault("participants", []).append(row)
            else:
                _attach(row, "event", events, "participants", "event", problems)


def _index_sessions(event_id: str, holder: Raw, sessions: dict[tuple[str, str], Raw]) -> None:
    """Index the sessions written inside an event record (YAML nests them) by (event, id)."""
    nested = holder.values.get("sessions")
    for session in nested if isinstance(nested, list) else []:
        if isinstance(session, Raw):
            sessions.setdefault((event_id, session.values.get("id")), session)
            _index_sessions(event_id, session, sessions)


def _attach(row: Raw, link: str, parents: dict[str, Raw], field: str, kind: str,
            problems: list[Problem]) -> None:
    """Move a nested row under its parent record, or report the unknown parent."""
    parent_id = row.values.pop(link, None)
    parent = parents.get(parent_id)
    if parent is None:
        what = "no " + link if not parent_id else f"unknown {kind} '{parent_id}'"
        problems.append(Problem(row.file, row.line, "", f"row refers to {what}",
                                reference=bool(parent_id)))
        return
    nested = parent.values.get(field)
    if not isinstance(nested, list):
        nested = parent.values[field] = [] if nested in (None, "") else [nested]
    nested.append(row)


# --- writing ------------------------------------------------------------------------------

def documents_to_tables(documents: dict[str, dict]) -> dict[str, list[dict]]:
    """Record documents in the YAML form (path -> mapping) -> CSV tables (file name -> rows)."""
    tables: dict[str, list[dict]] = {name: [] for name in CSV_FILES}
    for document in documents.values():
        default = document.get("source")
        defaults = {"source": default} if default else {}
        for key, name in (("sources", "sources.csv"), ("places", "places.csv"),
                          ("organizations", "organizations.csv"), ("series", "series.csv")):
            for record in document.get(key, []):
                tables[name].append({**(defaults if key != "sources" else {}), **record})
        for person in document.get("people", []):
            person = {**defaults, **person}
            for position in person.pop("positions", []):
                tables["positions.csv"].append({"person": person["id"], **position})
            tables["people.csv"].append(person)
        events = document.get("events", []) + ([document["event"]] if "event" in document else [])
        for event in events:
            event = {**defaults, **event}
            _flatten_event(event, tables)
    return tables


def _flatten_event(event: dict, tables: dict[str, list[dict]]) -> None:
    event_id = event["id"]
    for p in event.pop("participants", []):
        tables["participations.csv"].append({"event": event_id, **p})
    stack = [(s, None) for s in event.pop("sessions", [])]
    while stack:
        session, parent = stack.pop(0)
        session = dict(session)
        for p in session.pop("participants", []):
            tables["participations.csv"].append({"event": event_id, "session": session["id"], **p})
        children = session.pop("sessions", [])
        tables["sessions.csv"].append({"event": event_id, "parent": parent, **session})
        stack[:0] = [(c, session["id"]) for c in children]
    tables["events.csv"].append(event)


def write_tables(records_dir: Path, tables: dict[str, list[dict]]) -> list[Path]:
    """Write CSV tables with the columns in their documented order; empty tables are skipped."""
    from kg.atomic import atomic_write

    written = []
    for name, rows in tables.items():
        if not rows:
            continue
        required, optional = columns(name)
        used = [c for c in required + optional
                if c in required or any(r.get(c) not in (None, "", []) for r in rows)]
        path = records_dir / name
        with atomic_write(path) as handle:
            text = _csv_text(used, rows)
            handle.write(text.encode("utf-8"))
        written.append(path)
    return written


def _csv_text(header: list[str], rows: list[dict]) -> str:
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in header])
    return buffer.getvalue()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def write_csv_records(records_dir: Path, documents: dict[str, dict]) -> list[Path]:
    return write_tables(records_dir, documents_to_tables(documents))
