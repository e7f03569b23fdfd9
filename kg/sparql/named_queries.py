"""The library of named queries shipped in kg/sparql/queries/*.rq.

Each file starts with a comment header: the first line describes the query, and each
`# @param NAME KIND: text` line declares a parameter (KIND says how a value given on the
command line becomes an RDF term; `(optional)` after KIND makes it optional).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from kg.errors import KgError

PARAM_LINE = re.compile(r"#\s*@param\s+(\w+)\s+([\w-]+)(\s*\(optional\))?\s*:\s*(.*)")


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str
    description: str
    optional: bool = False


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str


class UnknownQuery(KgError):
    pass


def parse_header(name: str, text: str) -> NamedQuery:
    lines = text.splitlines()
    header = []
    for line in lines:
        if not line.startswith("#") or PARAM_LINE.match(line):
            break
        header.append(line.lstrip("#").strip())
    description = " ".join(header)
    parameters = tuple(
        Parameter(m.group(1), m.group(2), m.group(4).strip(), bool(m.group(3)))
        for m in (PARAM_LINE.match(line) for line in lines) if m)
    return NamedQuery(name, description, parameters, text)


def all_queries() -> dict[str, NamedQuery]:
    folder = resources.files("kg.sparql").joinpath("queries")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            found[name] = parse_header(name, entry.read_text(encoding="utf-8"))
    return found


def named_query(name: str) -> NamedQuery:
    queries = all_queries()
    if name not in queries:
        raise UnknownQuery(f"no named query '{name}' (see `kg query --list`: "
                           f"{', '.join(queries)})")
    return queries[name]
