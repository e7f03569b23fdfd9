"""Read YAML record files safely: no tags beyond YAML's own, no aliases, line numbers kept.

PyYAML's SafeLoader is used only to compose the node tree; values are turned into
plain strings here, so `no` stays "no" and `2025-09-27` is parsed by the record rules.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent

from kg.errors import Problem
from kg.records import Raw, RawFile

# Tags a record file may carry (implicit or written out): YAML's core schema only.
SAFE_TAGS = {
    "tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}
TOP_LEVEL = {"source", "sources", "places", "organizations", "people", "events",
             "place", "organization", "person", "event"}
PLURAL = {"place": "places", "organization": "organizations", "person": "people", "event": "events"}
LEADING_TAB = re.compile(r"^[ ]*\t", re.MULTILINE)


class YamlRefused(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


class _Composer(yaml.SafeLoader):
    """A SafeLoader whose composer refuses aliases before anything is expanded (alias bombs)."""

    def compose_node(self, parent, index):  # noqa: ANN001 - PyYAML's signature
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise YamlRefused(event.start_mark.line + 1,
                              f"YAML alias '*{event.anchor}' is not allowed in records "
                              "(write the value out)")
        return super().compose_node(parent, index)


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
        node = yaml.compose(text, Loader=_Composer)
        if node is None:
            problems.append(Problem(file, 0, "", "file has no records", fatal=True))
            return None
        document = _value(node)
    except YamlRefused as e:
        problems.append(Problem(file, e.line, "", e.message, fatal=True))
        return None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 0
        what = e.problem or e.context or "syntax error"
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


def _value(node: yaml.Node) -> Any:
    """Node tree -> Raw / list / str / None, keeping each mapping key's line."""
    if node.tag not in SAFE_TAGS:
        raise YamlRefused(node.start_mark.line + 1, f"YAML tag '{node.tag}' is not allowed in records")
    if isinstance(node, yaml.MappingNode):
        raw = Raw(values={}, line=node.start_mark.line + 1)
        for key_node, value_node in node.value:
            key = _value(key_node)
            if not isinstance(key, str):
                raise YamlRefused(key_node.start_mark.line + 1, "mapping keys must be text")
            if key in raw.values:
                raise YamlRefused(key_node.start_mark.line + 1, f"duplicate key '{key}'")
            raw.values[key] = _value(value_node)
            raw.lines[key] = key_node.start_mark.line + 1
        return raw
    if isinstance(node, yaml.SequenceNode):
        return [_value(item) for item in node.value]
    if node.tag == "tag:yaml.org,2002:null":
        return None
    return str(node.value)
