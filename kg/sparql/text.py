"""Just enough reading of SPARQL text to bind parameters: the query form, and where the
WHERE group opens.

Parameters are bound with a VALUES block placed first in the WHERE group: the values
are RDF terms written by pyoxigraph (escaped), never user text spliced into the query.
"""

from __future__ import annotations

import re
from typing import Iterator

import pyoxigraph as ox

FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _tokens(query: str) -> Iterator[tuple[int, str]]:
    """(offset, token) for keywords and braces, skipping IRIs, strings and comments."""
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c == "#":
            end = query.find("\n", i)
            i = n if end < 0 else end + 1
        elif c in "\"'":
            long = query.startswith(c * 3, i)
            quote = c * 3 if long else c
            j = i + len(quote)
            while j < n and not query.startswith(quote, j):
                j += 2 if query[j] == "\\" else 1
            i = j + len(quote)
        elif c == "<" and re.match(r"<[^<>\"{}|^`\\\s]*>", query[i:]):
            i = query.index(">", i) + 1
        elif c in "{}":
            yield i, c
            i += 1
        elif c.isalpha() or c == "_":
            m = _WORD.match(query, i)
            # Prefixed names (kg:x) and variables (?x) are not keywords.
            prev = query[i - 1] if i else " "
            after = query[m.end()] if m.end() < n else " "
            if prev not in "?$:" and after != ":":
                yield i, m.group(0).upper()
            i = m.end()
        else:
            i += 1


def query_form(query: str) -> str:
    """SELECT, CONSTRUCT, DESCRIBE or ASK (or '' when none is found)."""
    for _, token in _tokens(query):
        if token in FORMS:
            return token
    return ""


def where_group_start(query: str) -> int | None:
    """Offset just after the '{' that opens the top-level WHERE group."""
    form, depth, groups, after_where = "", 0, 0, False
    for offset, token in _tokens(query):
        if not form and token in FORMS:
            form = token
        elif token == "WHERE" and depth == 0:
            after_where = True
        elif token == "{":
            if depth == 0:
                groups += 1
                # CONSTRUCT's first group is its template, unless WHERE came first.
                if after_where or form != "CONSTRUCT" or groups == 2:
                    return offset + 1
            depth += 1
        elif token == "}":
            depth -= 1
    return None


def with_values(query: str, bindings: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """The query with `VALUES (?a ?b) { (term term) }` opening its WHERE group."""
    if not bindings:
        return query
    start = where_group_start(query)
    if start is None:
        raise ValueError("cannot find the WHERE clause to bind parameters in")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(str(term) for term in bindings.values())
    # On the same line as the '{', so the parser's line numbers stay those of the file.
    return f"{query[:start]} VALUES ({names}) {{ ({values}) }} {query[start:]}"
