"""Likely duplicates as text, JSON or CSV, and as the warnings `kg validate` prints."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from kg.errors import InvalidRecords, Problem
from kg.identity.decisions import decision_problems, decisions
from kg.identity.pairs import DEFAULT_MIN_SCORE, KINDS, WARN_SCORE, Pair, likely_duplicates
from kg.records.load import load_records
from kg.records.model import Records

FORMATS = ("text", "json", "csv")


def duplicates_in(paths: list[Path], min_score: float = DEFAULT_MIN_SCORE,
                  kinds: tuple[str, ...] = KINDS) -> list[Pair]:
    """Read the records under `paths` and list their likely duplicates.

    Raises InvalidRecords when a record or a decision is invalid. External ids shared
    without a decision are not an error here: they are listed, at the top.
    """
    records = load_records(paths)
    problems = decision_problems(records)
    if problems:
        raise InvalidRecords(problems)
    return likely_duplicates(records, min_score, kinds)


def as_text(pairs: list[Pair]) -> str:
    lines = [f"{p.score:.3f}  {p.kind:<12}  {p.a}  {p.b}  ({'; '.join(p.reasons)})" for p in pairs]
    return "\n".join(lines) + ("\n" if lines else "")


def as_json(pairs: list[Pair]) -> str:
    return json.dumps([p.as_dict() for p in pairs], ensure_ascii=False, indent=2) + "\n"


def as_csv(pairs: list[Pair]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["kind", "a", "b", "score", "reasons"])
    for p in pairs:
        writer.writerow([p.kind, p.a, p.b, f"{p.score:.3f}", "; ".join(p.reasons)])
    return out.getvalue()


def formatted(pairs: list[Pair], fmt: str) -> str:
    return {"text": as_text, "json": as_json, "csv": as_csv}[fmt](pairs)


def duplicate_warnings(records: Records, min_score: float = WARN_SCORE) -> list[Problem]:
    """One line per pair at or above `min_score`, at the second record, naming the decision."""
    table = {"person": records.people, "organization": records.organizations}
    found = []
    for p in likely_duplicates(records, min_score, found=decisions(records)):
        record = table[p.kind][p.b]
        w = record.where
        found.append(Problem(
            w.file if w else "", w.line if w else 0, f"{p.kind} {p.b}",
            f"warning: likely the same {p.kind} as {p.a} (score {p.score:.2f}: "
            f"{'; '.join(p.reasons)}); write 'same_as: {p.a}' or 'distinct_from: [{p.a}]'"))
    return sorted(found)
