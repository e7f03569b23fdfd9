"""Read YAML record files safely: no tags beyond YAML's own, no aliases, line numbers kept.

Values are kept as plain strings (so `no` stays "no" and dates are parsed by the
record rules, not by YAML's implicit typing).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from kg.errors import Problem
from kg.records.model import PartialDate, Raw, RawFile

# Tags a record file may carry (implicit or written out): YAML's core schema only.
SAFE_TAGS = {
    "tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}
TOP_LEVEL = {"source", "sources", "places", "organizations", "people", "series", "events",
             "place", "organization", "person", "event"}
PLURAL = {"place": "places", "organization": "organizations", "person": "people", "event": "events"}
LEADING_TAB = re.compile(r"^[ ]*\t", re.MULTILINE)


class YamlRefused(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


# libyaml's parser when PyYAML has it (about 10x faster on large record sets).
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
NULLS = {"", "~", "null", "Null", "NULL"}


def decode(data: bytes, file: str, problems: list[Problem]) -> str | None:
    """UTF-8 text of a record file, or None after reporting why it cannot be read."""
    if not data.strip():
        problems.append(Problem(file, 0, "", "file is empty", fatal=True))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        problems.append(Problem(file, line, "", f"not valid UTF-8 (byte 0x{data[e.start]:02x}); "
                                                "save the file as UTF-8", fatal=True))
        return None


def read_yaml(path: Path, file: str, problems: list[Problem]) -> RawFile | None:
    """The raw records of one YAML file.

    Returns None (after adding fatal problems) when the file cannot be read.
    """
    text = decode(path.read_bytes(), file, problems)
    if text is None:
        return None
    tab = LEADING_TAB.search(text)
    if tab:
        line = text.count("\n", 0, tab.start()) + 1
        problems.append(Problem(file, line, "", "tab in indentation (YAML indents with spaces)",
                                fatal=True))
        return None
    try:
        document = _compose(yaml.parse(text, Loader=_Loader))
        if document is None:
            problems.append(Problem(file, 0, "", "file has no records", fatal=True))
            return None
    except YamlRefused as e:
        problems.append(Problem(file, e.line, "", e.message, fatal=True))
        return None
    except yaml.reader.ReaderError as e:
        # A raw control character: PyYAML's own text is two lines with no line number.
        line = text.count("\n", 0, e.position) + 1
        problems.append(Problem(file, line, "", f"control character U+{e.character:04X} in the "
                                                "file; remove it", fatal=True))
        return None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 0
        what = e.problem or e.context or "syntax error"
        if "mapping values are not allowed" in what:
            what += " (quote a value that contains ': ')"
        problems.append(Problem(file, line, "", f"YAML syntax error: {what}", fatal=True))
        return None
    except yaml.YAMLError as e:
        problems.append(Problem(file, 0, "", f"YAML error: {e}", fatal=True))
        return None
    return _sections(document, file, problems)


def _sections(document: Any, file: str, problems: list[Problem]) -> RawFile | None:
    if not isinstance(document, Raw):
        problems.append(Problem(file, 1, "", "a record file must be a mapping with keys such as "
                                             "'people:', 'organizations:' or 'event:'", fatal=True))
        return None
    sections: dict[str, list[Raw]] = {}
    for key, value in document.values.items():
        line = document.lines[key]
        if key not in TOP_LEVEL:
            problems.append(Problem(file, line, "", f"unknown top-level key '{key}' "
                                                    f"(one of: {', '.join(sorted(TOP_LEVEL))})"))
            continue
        if key == "source":
            if not isinstance(value, (str, list)):
                problems.append(Problem(file, line, "", "'source' must be a source id"))
            continue
        table = PLURAL.get(key, key)
        items = [value] if key in PLURAL else value
        if items is None:
            continue
        if not isinstance(items, list) or not all(isinstance(i, Raw) for i in items):
            form = "a mapping" if key in PLURAL else "a list of mappings"
            problems.append(Problem(file, line, "", f"'{key}' must be {form}"))
            continue
        sections.setdefault(table, []).extend(items)
    default = document.values.get("source")
    defaults = default if isinstance(default, list) else [default] if isinstance(default, str) else []
    return RawFile(file, sections, tuple(d for d in defaults if isinstance(d, str)))


def _compose(events) -> Any:
    """Parser events -> Raw / list / str / None, keeping each mapping key's line.

    Built from the event stream rather than yaml.compose so that an alias is refused
    the moment it appears (an alias bomb is never expanded) and unknown tags are
    refused before anything is constructed.
    """
    stack: list[Any] = []  # open Raw / list containers
    keys: list[Any] = []  # for each open Raw: the key waiting for its value, or None
    document: Any = None
    documents = 0

    def put(value: Any, line: int) -> None:
        nonlocal document
        if not stack:
            document = value
            return
        top = stack[-1]
        if isinstance(top, list):
            top.append(value)
        elif keys[-1] is None:
            if not isinstance(value, str):
                raise YamlRefused(line, "mapping keys must be text")
            if value in top.values:
                raise YamlRefused(line, f"duplicate key '{value}'")
            keys[-1] = value
            top.lines[value] = line
        else:
            top.values[keys[-1]] = value
            keys[-1] = None

    for event in events:
        line = event.start_mark.line + 1 if event.start_mark else 0
        kind = type(event)
        if kind is yaml.ScalarEvent:
            _check_tag(event.tag, line)
            value = None if event.implicit[0] and event.value in NULLS else event.value
            put(value, line)
        elif kind is yaml.MappingStartEvent:
            _check_tag(event.tag, line)
            raw = Raw(values={}, line=line)
            put(raw, line)
            stack.append(raw)
            keys.append(None)
        elif kind is yaml.SequenceStartEvent:
            _check_tag(event.tag, line)
            items: list = []
            put(items, line)
            stack.append(items)
            keys.append(None)
        elif kind in (yaml.MappingEndEvent, yaml.SequenceEndEvent):
            stack.pop()
            keys.pop()
        elif kind is yaml.AliasEvent:
            raise YamlRefused(line, f"YAML alias '*{event.anchor}' is not allowed in records "
                                    "(write the value out)")
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise YamlRefused(line, "a record file holds one YAML document (found '---')")
    return document


def _check_tag(tag: str | None, line: int) -> None:
    if tag is not None and tag != "!" and tag not in SAFE_TAGS:
        raise YamlRefused(line, f"YAML tag '{tag}' is not allowed in records")


# --- writing ------------------------------------------------------------------------------

def records_to_documents(records) -> dict[str, dict]:  # noqa: ANN001 - kg.records.model.Records
    """Records -> YAML documents in the layout of data/ (registries plus one file per event)."""
    documents: dict[str, dict] = {}
    if records.sources:
        documents["sources.yaml"] = {"sources": [_plain(s) for s in records.sources.values()]}
    for table in ("places", "organizations", "people", "series"):
        rows = [_plain(r) for r in getattr(records, table).values()]
        if rows:
            documents[f"{table}.yaml"] = {table: rows}
    for person in documents.get("people.yaml", {}).get("people", []):
        for position in person.get("positions", []):
            # A post inherits its person's source; a job title (no organization) must.
            if "organization" not in position or position.get("source") == person.get("source"):
                position.pop("source", None)
    for event in records.events.values():
        documents[f"events/{event.id}.yaml"] = {"event": _plain(event)}
    return documents


def _plain(record) -> dict:  # noqa: ANN001 - any record dataclass
    """A record dataclass as the mapping a person would write: empty fields left out."""
    import dataclasses
    import datetime as dt

    out: dict = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if f.name in ("where", "name_sources") or value in (None, (), [], {}, frozenset()):
            continue
        if f.name == "alt_names":  # a name with its own source is written as a mapping
            sources = getattr(record, "name_sources", {})
            out[f.name] = [{"name": n, "source": list(sources[n])} if sources.get(n) else n
                           for n in value]
            continue
        if f.name == "identifiers":
            out.update(value)
        elif f.name == "sources":
            out["source"] = list(value)
        elif f.name == "inferred":
            out["inferred"] = sorted(value)
        elif f.name == "parents":  # written `parent`, one id or a list
            out["parent"] = list(value)
        elif isinstance(value, (dt.date, PartialDate)):
            out[f.name] = value.isoformat()
        elif isinstance(value, (list, tuple)):
            out[f.name] = [_plain(v) if dataclasses.is_dataclass(v) else v for v in value]
        else:
            out[f.name] = value
    return out


def dump(document: dict) -> str:
    """YAML text of one record document (libyaml's emitter when available)."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(document, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)
