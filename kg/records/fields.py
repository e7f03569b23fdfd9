"""The field rules: raw values as a reader found them -> records, every bad value a Problem.

Both readers (YAML in kg.records.yaml_files, CSV in kg.records.csv_files) hand raw
records here; everything in this module is independent of the file format.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Callable

from kg.errors import Problem
from kg.records.model import (Event, EventSeries, Organization, PartialDate, Participation, Person,
                              Place, Position, Raw, Session, Source, Where)
from kg.records.terms import (NAME_ORDERS, ATTENDANCE_MODES, EVENT_TYPES, IDENTIFIER_PATTERNS, ORG_TYPE_NAMES,
                              PARTIAL_DATE, PARTICIPATION_ROLES, RECORD_ID, SECTORS, TIME,
                              normalise_term, slug)

# Record kind -> (required fields, optional fields). List-valued fields are named in
# LIST_FIELDS; the CSV reader splits them on ';'.
FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "source": (("id", "title"), ("url", "published", "publisher")),
    "place": (("id", "name"), ("organization", "address", "contained_in", "inferred", "source")),
    "organization": (
        ("id", "name"),
        ("type", "sector", "parent", "alt_names", "wikidata", "ror", "website",
         "same_as", "distinct_from", "inferred", "source"),
    ),
    "person": (
        ("id", "name"),
        ("given_name", "family_name", "name_order", "alt_names", "honorific", "sector", "wikidata", "orcid",
         "website", "same_as", "distinct_from", "positions", "inferred", "source"),
    ),
    "position": ((), ("title", "organization", "start", "end", "current", "inferred", "source")),
    "series": (("id", "name"), ("alt_names", "organizers", "description", "inferred", "source")),
    "event": (
        ("id", "name", "start_date"),
        ("type", "end_date", "series", "part_of", "attendance", "url", "stream_url", "location",
         "organizers", "sponsors", "partners", "description", "topics", "participants",
         "sessions", "inferred", "source"),
    ),
    "session": (("id", "name"), ("type", "start_date", "end_date", "start_time", "end_time",
                                 "location", "topics", "mentions", "participants", "sessions")),
    "participation": (("person", "role"), ("inferred", "source")),
    "alt_name": (("name",), ("source",)),
}
LIST_FIELDS = frozenset({"alt_names", "parent", "distinct_from", "organizers", "sponsors", "partners",
                         "topics", "mentions", "inferred", "source", "positions", "participants", "sessions"})
# Fields that may be listed under `inferred`: the facts a record keeper can add.
INFERABLE = {
    "place": {"name", "organization", "address", "contained_in"},
    "organization": {"name", "alt_names", "type", "sector", "parent", "wikidata", "ror", "website"},
    "person": {"given_name", "family_name", "name_order", "alt_names", "honorific", "sector", "wikidata",
               "orcid", "website"},
    "position": {"title", "organization", "start", "end", "current"},
    "series": {"alt_names", "organizers", "description"},
    "event": {"type", "start_date", "end_date", "series", "part_of", "attendance", "location",
              "organizers", "sponsors", "partners", "description", "topics"},
    # A participation the keeper inferred (from a photo caption, say): who, or in which role.
    "participation": {"person", "role"},
}
# Unicode's control characters (category Cc): one regex search, not a test per character.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
CONTROL_IN_LONG_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # tabs and line breaks allowed

# Record text is a name, a title or a description: far below these. A limit keeps a
# pasted page or a runaway cell from passing as a name (and from any size-limited reader).
TEXT_LIMIT = 1_000
LONG_TEXT_LIMIT = 20_000
LONG_TEXT = frozenset({("event", "description"), ("series", "description"),
                       ("source", "title")})  # a source's title can be a long headline
SHARED_PROPERTY_FIELDS = ((("wikidata", "orcid", "ror"), "owl:sameAs"),
                          (("series", "part_of"), "schema:superEvent"))
# Sessions inside sessions (a keynote block and its talks) rarely go deeper than three; a
# limit keeps a malformed file from exhausting the reader.
MAX_SESSION_DEPTH = 10


class FieldReader:
    """Reads one raw record's fields, turning every bad value into a Problem.

    ``lines`` maps field names to the line they are on (YAML); ``line`` is the
    record's own line, used when a field has none (CSV rows, missing fields).
    """

    def __init__(self, kind: str, raw: dict[str, Any], file: str, line: int,
                 lines: dict[str, int] | None, problems: list[Problem], record: str = ""):
        self.kind, self.raw, self.file, self.line = kind, raw, file, line
        self.lines = lines or {}
        self.problems = problems
        self.record = record or self._record_label()
        required, optional = FIELDS[kind]
        for name in raw:
            if name not in required and name not in optional:
                known = ", ".join(required + optional)
                self.problem(name, f"unknown field '{name}' in {article(kind)} {kind} (known: {known})")

    def _record_label(self) -> str:
        value = self.raw.get("id") if "id" in FIELDS[self.kind][0] else None
        if isinstance(value, str) and value.strip():
            return f"{self.kind} {value.strip()}"
        if self.kind in ("position", "participation"):
            return ""
        return f"{self.kind} (no id)"

    def where(self) -> Where:
        return Where(self.file, self.line)

    def line_of(self, name: str) -> int:
        return self.lines.get(name, self.line)

    def problem(self, name: str | None, message: str) -> None:
        line = self.line_of(name) if name else self.line
        self.problems.append(Problem(self.file, line, self.record, message))

    def text(self, name: str) -> str:
        value = self.raw.get(name)
        if value is None or value == "":
            if name in FIELDS[self.kind][0]:
                self.problem(name, f"missing required field '{name}'")
            return None
        if not isinstance(value, str):
            self.problem(name, f"'{name}' must be text, not {describe(value)}")
            return None
        value = value.strip()
        if not value and name in FIELDS[self.kind][0]:
            self.problem(name, f"missing required field '{name}'")
            return None
        return self.clean(name, value) if value else None

    def clean(self, name: str, value: str) -> str | None:
        """The value, or None after a problem: too long for its field, or holding a control
        character (an escape sequence would reach the terminal of whoever prints it)."""
        long = (self.kind, name) in LONG_TEXT
        limit = LONG_TEXT_LIMIT if long else TEXT_LIMIT
        if len(value) > limit:
            self.problem(name, f"'{name}' is {len(value):,} characters long; the limit is "
                               f"{limit:,}")
            return None
        allowed = "\t\n" if long else ""
        found = (CONTROL_IN_LONG_TEXT if long else CONTROL).search(value)
        bad = found.group() if found else None
        if bad is not None:
            self.problem(name, f"'{name}' holds the control character U+{ord(bad):04X}; "
                               "remove it" + (" (only tabs and line breaks may stand here)"
                                              if allowed else ""))
            return None
        return value

    def texts(self, name: str) -> tuple[str, ...]:
        value = self.raw.get(name)
        if value is None or value == "":
            return ()
        items = value if isinstance(value, list) else [value]
        out: list[str] = []
        for item in items:
            if not isinstance(item, str) or not item.strip():
                self.problem(name, f"'{name}' must be a list of text, found {describe(item)}")
                continue
            cleaned = self.clean(name, item.strip())
            if cleaned is not None:
                out.append(cleaned)
        return tuple(out)

    def alt_names(self) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
        """`alt_names` entries: text, or {name: ..., source: ...} for a name another page gave.

        Returns the names, and for each name with its own source, its sources.
        """
        value = self.raw.get("alt_names")
        items = [] if value in (None, "") else value if isinstance(value, list) else [value]
        names: list[str] = []
        sources: dict[str, tuple[str, ...]] = {}
        for item in items:
            if isinstance(item, Raw):
                entry = FieldReader("alt_name", item.values, item.file or self.file, item.line,
                                    item.lines, self.problems, self.record)
                name = entry.text("name")
                if name:
                    names.append(name)
                    sources[name] = entry.record_ids("source")
            elif isinstance(item, str) and item.strip():
                cleaned = self.clean("alt_names", item.strip())
                if cleaned is not None:
                    names.append(cleaned)
            else:
                self.problem("alt_names", "'alt_names' must be a list of names (text, or "
                                          f"{{name: ..., source: ...}}), found {describe(item)}")
        return tuple(names), sources

    def record_id(self, name: str = "id") -> str:
        value = self.text(name)
        if value is not None and not RECORD_ID.fullmatch(value):
            hint = (f"; write the record's id, such as '{slug(value)}', not a name"
                    if name != "id" and re.search(r"[A-Z ]", value) else "")
            self.problem(name, f"'{name}' {value!r} must be lower-case letters, digits and '-' "
                               f"(it becomes part of an IRI){hint}")
            return None
        return value

    def record_ids(self, name: str) -> tuple[str, ...]:
        values = self.texts(name)
        for value in values:
            if not RECORD_ID.fullmatch(value):
                self.problem(name, f"'{name}' has {value!r}, which is not a record id")
        return tuple(v for v in values if RECORD_ID.fullmatch(v))

    def reference(self, name: str) -> str | None:
        """The id of another record, or None when the field is absent."""
        return self.record_id(name) if self.raw.get(name) not in (None, "") else None

    def url(self, name: str) -> str | None:
        value = self.text(name)
        if value is not None and not IDENTIFIER_PATTERNS["website"].fullmatch(value):
            self.problem(name, f"'{name}' {value!r} is not an http(s) URL")
            return None
        return value

    def choice(self, name: str, allowed: tuple[str, ...] | dict, default: str | None = None) -> str:
        value = self.text(name)
        if value is None:
            return default
        term = normalise_term(value)
        if term not in allowed:
            self.problem(name, f"unknown {name.replace('_', ' ')} {value!r} "
                               f"(one of: {', '.join(allowed)})")
            return default
        return term

    def date(self, name: str) -> dt.date | None:
        """A whole date, YYYY-MM-DD exactly (ISO week dates and times are refused)."""
        found = self.partial_date(name, whole=True)
        return found.as_date() if found else None

    def partial_date(self, name: str, whole: bool = False) -> PartialDate | None:
        """YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is (or YYYY-MM-DD only)."""
        value = self.text(name)
        if value is None:
            return None
        m = PARTIAL_DATE.fullmatch(value)
        forms = "YYYY-MM-DD" if whole else "YYYY, YYYY-MM or YYYY-MM-DD"
        if m is None or (whole and m.group(3) is None):
            self.problem(name, f"'{name}' {value!r} is not a date of the form {forms}")
            return None
        year, month, day = (int(g) if g else None for g in m.groups())
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError as e:
            self.problem(name, f"'{name}' {value!r} is not a date of the form {forms} ({e})")
            return None
        return PartialDate(year, month, day)

    def time(self, name: str) -> str | None:
        value = self.text(name)
        if value is not None and not TIME.fullmatch(value):
            self.problem(name, f"'{name}' {value!r} is not a time of the form HH:MM (24-hour)")
            return None
        return value

    def flag(self, name: str) -> bool | None:
        value = self.text(name)
        if value is None:
            return None
        if value.lower() in ("true", "yes"):
            return True
        if value.lower() in ("false", "no"):
            return False
        self.problem(name, f"'{name}' {value!r} must be true or false")
        return None

    def identifiers(self, kinds: tuple[str, ...]) -> dict[str, str]:
        found: dict[str, str] = {}
        for kind in kinds:
            value = self.text(kind)
            if value is None:
                continue
            if not IDENTIFIER_PATTERNS[kind].fullmatch(value):
                self.problem(kind, f"'{kind}' {value!r} is not a valid {kind} identifier")
                continue
            found[kind] = value
        return found

    def inferred(self) -> frozenset[str]:
        names = self.texts("inferred")
        if not names:  # most records: nothing inferred, nothing to check
            return frozenset()
        allowed = INFERABLE.get(self.kind, set())
        for name in names:
            if name not in allowed:
                self.problem("inferred", f"'inferred' names {name!r}, which is not a field that "
                                         f"can be inferred here (one of: {', '.join(sorted(allowed))})")
            elif self.raw.get(name) in (None, "", []):
                self.problem("inferred", f"'inferred' names {name!r}, but the record has no {name}")
        # Fields that become one property (wikidata, orcid and ror are all owl:sameAs links)
        # can only be marked together: `inferred` marks a property.
        for group, prop in SHARED_PROPERTY_FIELDS:
            present = {n for n in group if self.raw.get(n) not in (None, "")}
            marked = present & set(names)
            if marked and marked != present:
                self.problem("inferred", f"'inferred' marks {', '.join(sorted(marked))} but not "
                                         f"{', '.join(sorted(present - marked))}; all are {prop} "
                                         "links, so mark all or none")
        return frozenset(n for n in names if n in allowed)

    def sources(self, default: tuple[str, ...]) -> tuple[str, ...]:
        return self.record_ids("source") or default


def article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def read_source(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> Source:
    file = raw.file or file
    r = FieldReader("source", raw.values, file, raw.line, raw.lines, problems)
    return Source(id=r.record_id() or "", title=r.text("title") or "", url=r.text("url"),
                  published=r.date("published"), publisher=r.text("publisher"), where=r.where())


def read_place(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> Place:
    file = raw.file or file
    r = FieldReader("place", raw.values, file, raw.line, raw.lines, problems)
    return Place(id=r.record_id() or "", name=r.text("name") or "",
                 organization=r.reference("organization"), address=r.text("address"),
                 contained_in=r.reference("contained_in"), inferred=r.inferred(),
                 sources=r.sources(default_sources), where=r.where())


def read_organization(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> Organization:
    file = raw.file or file
    r = FieldReader("organization", raw.values, file, raw.line, raw.lines, problems)
    alt_names, name_sources = r.alt_names()
    return Organization(
        id=r.record_id() or "", name=r.text("name") or "",
        type=r.choice("type", ORG_TYPE_NAMES, "organization") or "organization",
        sector=r.choice("sector", SECTORS),
        parents=r.record_ids("parent"),
        alt_names=alt_names, name_sources=name_sources,
        identifiers=r.identifiers(("wikidata", "ror", "website")),
        same_as=r.record_id("same_as") if raw.values.get("same_as") else None,
        distinct_from=r.record_ids("distinct_from"),
        inferred=r.inferred(), sources=r.sources(default_sources), where=r.where())


def read_position(raw: Raw, file: str, problems: list[Problem], default_sources=(),
                  record: str = "") -> Position:
    file = raw.file or file
    r = FieldReader("position", raw.values, file, raw.line, raw.lines, problems, record)
    position = Position(
        title=r.text("title"), organization=r.reference("organization"),
        start=r.partial_date("start"), end=r.partial_date("end"), current=r.flag("current"),
        inferred=r.inferred(), sources=r.sources(default_sources), where=r.where())
    if position.title is None and position.organization is None:
        r.problem(None, "a position needs a title, an organization, or both")
    elif position.organization is None and set(raw.values) & {"source", "inferred", "start", "end",
                                                              "current"}:
        r.problem("title", "a position with no organization is kept as the person's job title "
                           "(schema:jobTitle): it takes the person's source and cannot carry "
                           "inferred, start, end or current")
    if position.start and position.end and position.end.ends_before(position.start):
        r.problem("end", f"'end' {position.end} is before 'start' {position.start}")
    if position.end and position.current:
        r.problem("current", "a position with an 'end' cannot be current")
    return position


def read_person(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> Person:
    file = raw.file or file
    r = FieldReader("person", raw.values, file, raw.line, raw.lines, problems)
    sources = r.sources(default_sources)
    positions = [read_position(p, file, problems, sources, r.record)
                 for p in _sub_records(r, "positions")]
    alt_names, name_sources = r.alt_names()
    return Person(
        id=r.record_id() or "", name=r.text("name") or "",
        given_name=r.text("given_name"), family_name=r.text("family_name"),
        name_order=r.choice("name_order", NAME_ORDERS),
        alt_names=alt_names, name_sources=name_sources, honorific=r.text("honorific"),
        sector=r.choice("sector", SECTORS),
        positions=positions,
        identifiers=r.identifiers(("wikidata", "orcid", "website")),
        same_as=r.record_id("same_as") if raw.values.get("same_as") else None,
        distinct_from=r.record_ids("distinct_from"),
        inferred=r.inferred(), sources=sources, where=r.where())


def read_series(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> EventSeries:
    file = raw.file or file
    r = FieldReader("series", raw.values, file, raw.line, raw.lines, problems)
    return EventSeries(id=r.record_id() or "", name=r.text("name") or "",
                       alt_names=r.texts("alt_names"), organizers=r.record_ids("organizers"),
                       description=r.text("description"), inferred=r.inferred(),
                       sources=r.sources(default_sources), where=r.where())


def read_participation(raw: Raw, file: str, problems: list[Problem], default_sources=(),
                       record: str = "") -> Participation:
    file = raw.file or file
    r = FieldReader("participation", raw.values, file, raw.line, raw.lines, problems, record)
    return Participation(person=r.record_id("person") or "",
                         role=r.choice("role", PARTICIPATION_ROLES) or "",
                         inferred=r.inferred(), sources=r.sources(default_sources), where=r.where())


def read_session(raw: Raw, file: str, problems: list[Problem], default_sources=(),
                 record: str = "", depth: int = 1) -> Session:
    file = raw.file or file
    label = f"{record} session {raw.values.get('id') or '(no id)'}".strip()
    r = FieldReader("session", raw.values, file, raw.line, raw.lines, problems, label)
    session_id = r.record_id() or ""
    participants = [read_participation(p, file, problems, default_sources, r.record)
                    for p in _sub_records(r, "participants")]
    children = _sub_records(r, "sessions")
    if children and depth >= MAX_SESSION_DEPTH:
        r.problem("sessions", f"sessions nest deeper than {MAX_SESSION_DEPTH} levels")
        children = []
    session = Session(
        id=session_id, name=r.text("name") or "",
        type=r.choice("type", EVENT_TYPES, "session") or "session",
        start_date=r.partial_date("start_date"), end_date=r.partial_date("end_date"),
        start_time=r.time("start_time"), end_time=r.time("end_time"),
        location=r.reference("location"),
        topics=r.texts("topics"), mentions=r.record_ids("mentions"),
        participants=participants,
        sessions=[read_session(s, file, problems, default_sources, record, depth + 1)
                  for s in children],
        where=r.where())
    _check_dates(r, session.start_date, session.end_date)
    return session


def read_event(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> Event:
    file = raw.file or file
    r = FieldReader("event", raw.values, file, raw.line, raw.lines, problems)
    sources = r.sources(default_sources)
    participants = [read_participation(p, file, problems, sources, r.record)
                    for p in _sub_records(r, "participants")]
    sessions = [read_session(s, file, problems, sources, r.record)
                for s in _sub_records(r, "sessions")]
    start = r.partial_date("start_date")
    event = Event(
        id=r.record_id() or "", name=r.text("name") or "", start_date=start or PartialDate(1),
        type=r.choice("type", EVENT_TYPES, "event") or "event",
        end_date=r.partial_date("end_date"),
        series=r.reference("series"), part_of=r.reference("part_of"),
        attendance=r.choice("attendance", ATTENDANCE_MODES), url=r.url("url"),
        stream_url=r.url("stream_url"), location=r.reference("location"),
        organizers=r.record_ids("organizers"), sponsors=r.record_ids("sponsors"),
        partners=r.record_ids("partners"), description=r.text("description"),
        topics=r.texts("topics"),
        participants=participants,
        sessions=sessions,
        inferred=r.inferred(), sources=sources, where=r.where())
    _check_dates(r, start, event.end_date)
    if event.attendance == "online" and event.location:
        r.problem("attendance", "an online event has no physical 'location' (give 'stream_url', "
                                "or say 'mixed')")
    return event


def _check_dates(r: FieldReader, start: PartialDate | None, end: PartialDate | None) -> None:
    if start and end and end.ends_before(start):
        r.problem("end_date", f"'end_date' {end} is before 'start_date' {start}")


def _sub_records(r: FieldReader, name: str) -> list[Raw]:
    """Nested records (a person's positions, an event's sessions) as Raw values."""
    value = r.raw.get(name)
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        r.problem(name, f"'{name}' must be a list of mappings, not {describe(value)}")
        return []
    found = []
    for item in value:
        if isinstance(item, Raw):
            found.append(item)
        else:
            r.problem(name, f"each entry of '{name}' must be a mapping, found {describe(item)}")
    return found


READERS: dict[str, Callable[..., Any]] = {
    "sources": read_source,
    "places": read_place,
    "organizations": read_organization,
    "people": read_person,
    "series": read_series,
    "events": read_event,
}
