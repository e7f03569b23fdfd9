"""The field rules: which fields each kind of record has, and how a raw value becomes a
checked value (every bad value a Problem). kg.records.readers applies them per kind.

Both file readers (YAML in kg.records.yaml_files, CSV in kg.records.csv_files) hand raw
records on; everything in this module is independent of the file format.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any

from kg.errors import Problem
from kg.records.model import PartialDate, Raw, Where
from kg.records.terms import (IDENTIFIER_PATTERNS, PARTIAL_DATE, RECORD_ID, TIME,
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
         "organizers", "sponsors", "partners", "description", "topics", "mentions",
         "participants", "sessions", "inferred", "source"),
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
        # A misspelt required field is one mistake: said once, where it is misspelt.
        self.misspelt: set[str] = set()
        for name in raw:
            if name not in required and name not in optional:
                close = difflib.get_close_matches(name, required + optional, n=1, cutoff=0.75)
                if close and close[0] in required and close[0] not in raw:
                    self.misspelt.add(close[0])
                    self.problem(name, f"unknown field '{name}' in {article(kind)} {kind}; "
                                       f"did you mean '{close[0]}'?")
                    continue
                hint = f"did you mean '{close[0]}'? " if close else ""
                self.problem(name, f"unknown field '{name}' in {article(kind)} {kind} "
                                   f"({hint}known: {', '.join(required + optional)})")

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
            if name in FIELDS[self.kind][0] and name not in self.misspelt:
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
