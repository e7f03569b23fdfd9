"""The keeper's decisions (`same_as`, `distinct_from`) and the identity rules of the build.

A record's `same_as: OTHER` says the two records are one node; `distinct_from: [ID, ...]`
says never to ask again. Both name a record of the same kind; a `same_as` names a record
that is itself kept (no chains, so no cycles), which keeps every merge one step.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.errors import Problem
from kg.records.model import Organization, Person, Records

# External ids that claim identity (each becomes owl:sameAs): two undecided records
# carrying the same one is an error. A shared website is only evidence (a school and its
# university, or two people of one lab, may give the same page).
IDENTITY_IDS = ("wikidata", "orcid", "ror")

KIND_TABLES = {"person": "people", "organization": "organizations"}

Record = Person | Organization


def tables(records: Records) -> dict[str, dict[str, Record]]:
    """Kind -> that kind's records by id, for the two kinds that have identity decisions."""
    return {kind: getattr(records, table) for kind, table in KIND_TABLES.items()}


@dataclass
class Decisions:
    """Who is kept for whom, and which pairs were declared distinct."""

    kept: dict[str, dict[str, str]] = field(default_factory=dict)  # kind -> retired id -> kept id
    distinct: set[tuple[str, str, str]] = field(default_factory=set)  # (kind, a, b), a < b

    def root(self, kind: str, record_id: str) -> str:
        return self.kept.get(kind, {}).get(record_id, record_id)

    def decided(self, kind: str, a: str, b: str) -> bool:
        """True when the keeper has said the two records are one, or are two."""
        if not self.distinct and not self.kept.get(kind):
            return False
        if self.root(kind, a) == self.root(kind, b):
            return True
        a, b = self.root(kind, a), self.root(kind, b)
        return (kind, min(a, b), max(a, b)) in self.distinct


def decisions(records: Records) -> Decisions:
    """The decisions the records state (references are checked by decision_problems)."""
    found = Decisions()
    for kind, table in tables(records).items():
        kept = found.kept.setdefault(kind, {})
        for record in table.values():
            if record.same_as and record.same_as in table and record.same_as != record.id:
                kept[record.id] = record.same_as
        for record in table.values():
            for other in record.distinct_from:
                a, b = found.root(kind, record.id), found.root(kind, other)
                found.distinct.add((kind, min(a, b), max(a, b)))
    return found


def _problem(record: Record, kind: str, message: str) -> Problem:
    w = record.where
    return Problem(w.file if w else "", w.line if w else 0, f"{kind} {record.id}", message)


def decision_problems(records: Records) -> list[Problem]:
    """Decisions that name no record of the same kind, chains of same_as, contradictions."""
    problems: list[Problem] = []
    for kind, table in tables(records).items():
        for record in table.values():
            target = record.same_as
            if target is not None:
                if target == record.id:
                    problems.append(_problem(record, kind, "'same_as' names the record itself"))
                elif target not in table:
                    problems.append(_problem(record, kind, f"'same_as' refers to unknown {kind} "
                                                           f"'{target}'"))
                elif (further := table[target].same_as) is not None:
                    problems.append(_problem(
                        record, kind, f"'same_as' names {kind} '{target}', which is itself the "
                                      f"same as '{further}': name the record that is kept"))
                elif target in record.distinct_from:
                    problems.append(_problem(record, kind, f"is both 'same_as' and "
                                                           f"'distinct_from' '{target}'"))
            for other in record.distinct_from:
                if other not in table:
                    problems.append(_problem(record, kind, f"'distinct_from' refers to unknown "
                                                           f"{kind} '{other}'"))
                elif other == record.id:
                    problems.append(_problem(record, kind, "'distinct_from' names the record "
                                                           "itself"))
    if problems:
        return problems
    found = decisions(records)
    for kind, table in tables(records).items():
        for record in table.values():
            for other in record.distinct_from:
                if found.root(kind, record.id) == found.root(kind, other):
                    problems.append(_problem(record, kind, f"is 'distinct_from' '{other}', but "
                                                           "'same_as' makes them one record"))
    return problems


def shared_identifier_problems(records: Records, found: Decisions | None = None) -> list[Problem]:
    """Two records with the same Wikidata, ORCID or ROR id and no decision: one line each,
    naming both records and the decision to write."""
    found = found or decisions(records)
    problems: list[Problem] = []
    for kind, table in tables(records).items():
        holders: dict[tuple[str, str], list[Record]] = {}
        for record in table.values():
            for name in IDENTITY_IDS:
                if value := record.identifiers.get(name):
                    holders.setdefault((name, value), []).append(record)
        for (name, value), group in holders.items():
            first = group[0]
            for record in group[1:]:
                if found.decided(kind, first.id, record.id):
                    continue
                w = first.where
                at = f" ({w.file}:{w.line})" if w else ""
                problems.append(_problem(
                    record, kind,
                    f"has the same {name} {value} as {kind} {first.id}{at}; write "
                    f"'same_as: {first.id}' here if they are one {kind}, or "
                    f"'distinct_from: [{first.id}]' if they are not"))
    return problems


def identity_problems(records: Records) -> list[Problem]:
    """What stops a build: bad decisions first, then external ids shared without one."""
    return decision_problems(records) or shared_identifier_problems(records)
