"""Triples as N-Triples text: the form a build holds them in on its hot path.

A term is its N-Triples text (`<iri>`, `"text"`, `"2025"^^<...#gYear>`) and a triple
is one line, `s p o .` and a line break. A set of lines removes duplicates, sorting
lines compares strings in C, and the sorted lines are the file the store bulk-loads and
kg.ttl is written from. Building and sorting rdflib terms instead took most of a
million-triple build (issue 19); rdflib terms are made only for pySHACL and tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

# oxrdf's escapes, so a literal written here is the same line pyoxigraph writes for it
# (str(ox.Literal(...))): lines from the records and from the ontology files compare equal.
_ESCAPES = str.maketrans({**{chr(c): f"\\u{c:04X}" for c in (*range(0x20), 0x7F)},
                          "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r",
                          '"': '\\"', "\\": "\\\\"})
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = f"<{XSD}string>"


class Terms:
    """A namespace whose terms are N-Triples IRIs, `<...>`, made once each."""

    def __init__(self, namespace: str) -> None:
        self._namespace = str(namespace)

    def __getattr__(self, name: str) -> str:
        term = f"<{self._namespace}{name}>"
        setattr(self, name, term)
        return term


XSD_TERMS = Terms(XSD)
TRUE, FALSE = f'"true"^^{XSD_TERMS.boolean}', f'"false"^^{XSD_TERMS.boolean}'


def iri(value: str) -> str:
    return f"<{value}>"


def literal(text: str, datatype: str | None = None) -> str:
    """A literal; `datatype` is an N-Triples IRI (None for a plain string)."""
    if datatype is None or datatype == XSD_STRING:
        return f'"{text.translate(_ESCAPES)}"'
    return f'"{text.translate(_ESCAPES)}"^^{datatype}'


def boolean(value: bool) -> str:
    return TRUE if value else FALSE


def line(s: str, p: str, o: str) -> str:
    return f"{s} {p} {o} .\n"


def split(text: str) -> tuple[str, str, str]:
    """A line back into its three terms (IRIs hold no space, so the first two are safe)."""
    s, p, o = text.split(" ", 2)
    return s, p, o[:-3]


def value(term: str) -> str:
    """An IRI term's IRI (the text between the brackets)."""
    return term[1:-1]


def from_oxigraph(triples: Iterable[ox.Triple]) -> Iterator[str]:
    for t in triples:
        yield f"{t.subject} {t.predicate} {t.object} .\n"


class LineFiles:
    """Where a build's graph goes as it is made: lines written to files as they come, in
    turn (a chunk each), so the graph is never held in memory and the files can be
    loaded side by side. Duplicates are removed by :func:`start_sort`."""

    CHUNK = 20_000  # lines

    def __init__(self, paths: list[Path]) -> None:
        self.handles = [open(p, "w", encoding="utf-8", newline="\n") for p in paths]
        self.buffer: list[str] = []
        self.written = 0

    def add(self, line: str) -> None:
        self.buffer.append(line)
        if len(self.buffer) >= self.CHUNK:
            self.flush()

    def flush(self) -> None:
        self.handles[self.written % len(self.handles)].write("".join(self.buffer))
        self.written += 1
        self.buffer.clear()

    def close(self) -> None:
        self.flush()
        for handle in self.handles:
            handle.close()

    def __enter__(self) -> LineFiles:
        return self

    def __exit__(self, *exc) -> None:  # noqa: ANN002
        self.close()


# GNU sort's buffer: its peak memory, whatever the size of the graph.
SORT_BUFFER = "256M"


def _gnu_sort() -> str | None:
    found = shutil.which("sort")
    if found is None:
        return None
    done = subprocess.run([found, "--version"], capture_output=True, text=True)
    return found if done.returncode == 0 and "GNU" in done.stdout else None


def start_sort(sources: list[Path], target: Path) -> Callable[[], None]:
    """Start sorting the lines of the `sources` into `target`, duplicates removed; returns
    a function that waits until it is done.

    GNU sort does it in a child process when there is one: in C, on both cores, holding
    SORT_BUFFER of the lines at a time (a 10M-triple graph is 1.4 GB of lines). In the C
    locale it orders bytes, and UTF-8 keeps code-point order, so the result is that of
    sorting the lines in Python, which is what happens where GNU sort is missing.
    """
    program = _gnu_sort()
    if program is None:
        lines = sorted({line for source in sources for line in read_lines(source)})
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(lines)
        return lambda: None
    child = subprocess.Popen(
        [program, "-u", "-S", SORT_BUFFER, "--parallel=2", "-T", str(target.parent),
         "-o", str(target), *map(str, sources)],
        env={**os.environ, "LC_ALL": "C"}, stderr=subprocess.PIPE)

    def wait() -> None:
        _, errors = child.communicate()
        if child.returncode != 0:
            raise OSError(f"sorting the graph's lines failed: {errors.decode(errors='replace').strip()}")
    return wait


def count_lines(path: Path) -> int:
    count = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 24):
            count += chunk.count(b"\n")
    return count


def read_lines(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="\n") as handle:
        return list(handle)


def parse_lines(data: bytes | str) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(data, ox.RdfFormat.N_TRIPLES)]


def to_rdflib(lines: Iterable[str]) -> Graph:
    """An rdflib Graph of the lines (for pySHACL and tests), with the kg prefixes bound."""
    from kg.rdf import vocab

    graph = Graph(bind_namespaces="none")
    for prefix, namespace in vocab.PREFIXES.items():
        graph.bind(prefix, namespace)
    terms: dict = {}

    def term(t):  # noqa: ANN001, ANN202 - a pyoxigraph term
        found = terms.get(t)
        if found is None:
            if isinstance(t, ox.NamedNode):
                found = URIRef(t.value)
            elif t.language:
                found = Literal(t.value, lang=t.language)
            elif t.datatype.value == XSD + "string":
                found = Literal(t.value)
            else:
                found = Literal(t.value, datatype=URIRef(t.datatype.value))
            terms[t] = found
        return found

    data = "".join(lines).encode("utf-8")
    graph.addN((term(t.subject), term(t.predicate), term(t.object), graph) for t in parse_lines(data))
    return graph
