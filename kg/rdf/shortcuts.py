"""Shortcut triples: paths that queries would walk, written out once at build time.

Oxigraph walks a property path such as org:memberOf/org:subOrganizationOf* once for
every row it joins, at several microseconds per index lookup on disk, so the sector of
every participant cost seconds at 1M triples. Each shortcut property is defined in
ontology/kg.ttl with the SPARQL pattern it stands for (kgo:shortcutPattern); a test
checks that the triples made here are exactly that pattern's solutions.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Iterator

from rdflib import URIRef
from rdflib import namespace as ns

from kg.rdf import vocab
from kg.rdf.ntriples import Terms, iri

ORG, RDF = Terms(ns.ORG), Terms(ns.RDF)
KGO, SCHEMA = Terms(vocab.KGO), Terms(vocab.SCHEMA)

SHORTCUTS = tuple(URIRef(vocab.KGO[name]) for name in ("affiliatedWith", "tookPartIn", "sessionOf"))
# What the shortcuts are derived from: triples with these predicates, and `a kgo:Session`.
LINK_PREDICATES = frozenset({ORG.subOrganizationOf, SCHEMA.subEvent, ORG.memberOf,
                             KGO.participant, KGO.inEvent})
SESSION_CLASS = KGO.Session
Triple = tuple[str, str, str]  # N-Triples terms


def _above(start: str, parents: dict[str, set[str]]) -> set[str]:
    """`start` and every node above it (a visited set, so a cycle cannot loop)."""
    seen, todo = {start}, [start]
    while todo:
        for parent in parents.get(todo.pop(), ()):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def shortcut_lines(links: Iterable[Triple]) -> Iterator[str]:
    """The shortcut triples (kgo:affiliatedWith, kgo:tookPartIn, kgo:sessionOf) of a graph,
    as N-Triples lines, from its triples with LINK_PREDICATES and its `a kgo:Session`.

    A line may come more than once (a person in two sessions of one event took part in
    it twice): whoever collects them removes duplicates, a set or the sort.
    """
    org_parents: dict[str, set[str]] = defaultdict(set)
    event_parents: dict[str, set[str]] = defaultdict(set)
    member_of: list[tuple[str, str]] = []
    participant: dict[str, str] = {}
    in_event: dict[str, str] = {}
    sessions: list[str] = []
    for s, p, o in links:
        if p == ORG.subOrganizationOf:
            org_parents[s].add(o)
        elif p == SCHEMA.subEvent:
            event_parents[o].add(s)
        elif p == ORG.memberOf:
            member_of.append((s, o))
        elif p == KGO.participant:
            participant[s] = o
        elif p == KGO.inEvent:
            in_event[s] = o
        elif p == RDF.type and o == SESSION_CLASS:
            sessions.append(s)

    affiliated, took_part, session_of = (iri(p) for p in SHORTCUTS)
    org_above: dict[str, set[str]] = {}
    for person, org in member_of:
        if org not in org_above:
            org_above[org] = _above(org, org_parents)
        for unit in org_above[org]:
            yield f"{person} {affiliated} {unit} .\n"
    event_above: dict[str, set[str]] = {}
    for participation, event in in_event.items():
        person = participant.get(participation)
        if person is None:
            continue
        if event not in event_above:
            event_above[event] = _above(event, event_parents)
        for e in event_above[event]:
            yield f"{person} {took_part} {e} .\n"
    session_set = set(sessions)
    for session in sessions:
        above = event_above.get(session) or _above(session, event_parents)
        for e in above - session_set:
            yield f"{session} {session_of} {e} .\n"
