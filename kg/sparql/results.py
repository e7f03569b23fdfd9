"""Query results -> text: an aligned table for the terminal, CSV, TSV, SPARQL JSON, Turtle."""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.rdf.prefixes import PREFIXES


@dataclass
class QueryResult:
    """What a query returned, whichever engine ran it.

    `raw` is the engine's own SPARQL results JSON (SELECT, ASK) or N-Triples (graphs).
    A SELECT's rows are read from `raw` only when asked for: `--format json` passes
    `raw` through as it is, and reading 24k rows of terms back costs a quarter second.
    """

    form: str  # "select", "ask" or "graph"
    raw: bytes
    parsed_variables: list[str] | None = None
    parsed_rows: list[list] | None = None
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    @property
    def variables(self) -> list[str]:
        self._read_rows()
        return self.parsed_variables

    @property
    def rows(self) -> list[list]:
        self._read_rows()
        return self.parsed_rows

    def _read_rows(self) -> None:
        if self.parsed_rows is None:
            parsed = ox.parse_query_results(self.raw, format=ox.QueryResultsFormat.JSON)
            self.parsed_variables = [v.value for v in parsed.variables]
            self.parsed_rows = [[solution[v] for v in self.parsed_variables] for solution in parsed]

    @classmethod
    def from_results_json(cls, raw: bytes) -> "QueryResult":
        parsed = ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON)
        if isinstance(parsed, ox.QueryBoolean):
            return cls("ask", raw, boolean=bool(parsed))
        return cls("select", raw)

    @classmethod
    def from_graph(cls, raw: bytes, fmt: ox.RdfFormat = ox.RdfFormat.N_TRIPLES) -> "QueryResult":
        triples = [q.triple for q in ox.parse(raw, format=fmt)]
        return cls("graph", raw, triples=triples)


# Longest namespace first, so person: wins over kg:.
_PREFIXES = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def short(term) -> str:  # noqa: ANN001 - any pyoxigraph term or None
    """A term as a person reads it: prefixed IRIs, bare literal values."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in _PREFIXES:
            if term.value.startswith(namespace):
                local = term.value[len(namespace):]
                if local and all(c.isalnum() or c in "-_." for c in local):
                    return f"{prefix}:{local}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def plain(term) -> str:  # noqa: ANN001
    """A term as a CSV cell: full IRIs, bare literal values (as SPARQL's CSV format does)."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


# Control characters other than tab and newline, as visible escapes: a value from a graph
# (a record kg refused would never hold one, but another endpoint's might) must not move
# the cursor, recolour or rewrite the terminal it is printed on.
_CONTROL = {c: f"\\x{c:02x}" for c in [*range(0x00, 0x09), *range(0x0b, 0x20), 0x7f]}
_CONTROL.update({c: f"\\x{c:02x}" for c in range(0x80, 0xa0)})


def visible(text: str) -> str:
    return text.translate(_CONTROL)


def width(text: str) -> int:
    """Columns the text takes in a terminal: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else
               0 if unicodedata.combining(c) else 1 for c in text)


def pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


def table(result: QueryResult) -> str:
    cells = [[visible(short(t)).replace("\n", " ") for t in row] for row in result.rows]
    widths = [max([width(v)] + [width(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(pad(v, w) for v, w in zip(result.variables, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(pad(c, w) for c, w in zip(row, widths)).rstrip() for row in cells]
    n = len(result.rows)
    lines.append(f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(lines) + "\n"


def delimited(result: QueryResult, delimiter: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([visible(plain(t)) for t in row])
    return buffer.getvalue()


SELECT_FORMATS = ("table", "csv", "tsv", "json")
GRAPH_FORMATS = ("turtle", "ntriples")


def render(result: QueryResult, fmt: str) -> bytes:
    """The result in `fmt` ('auto': a table for SELECT, Turtle for graphs)."""
    if result.form == "ask":
        if fmt == "json":
            return result.raw
        return b"true\n" if result.boolean else b"false\n"
    if result.form == "graph":
        fmt = "turtle" if fmt == "auto" else fmt
        if fmt not in GRAPH_FORMATS:
            raise ValueError(f"a CONSTRUCT or DESCRIBE result is a graph: use --format "
                             f"{' or '.join(GRAPH_FORMATS)}, not {fmt}")
        rdf_format = ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES
        return ox.serialize(result.triples, format=rdf_format, prefixes=PREFIXES)
    fmt = "table" if fmt == "auto" else fmt
    if fmt == "json":
        return result.raw
    if fmt == "csv":
        return delimited(result, ",").encode("utf-8")
    if fmt == "tsv":
        return delimited(result, "\t").encode("utf-8")
    if fmt == "table":
        return table(result).encode("utf-8")
    raise ValueError(f"a SELECT result is a table: use --format {', '.join(SELECT_FORMATS)}, not {fmt}")
