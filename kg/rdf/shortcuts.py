"""Shortcut triples: paths that queries would walk, written out once at build time.

Oxigraph walks a property path such as org:memberOf/org:subOrganizationOf* once for
every row it joins, at several microseconds per index lookup on disk, so the sector of
every participant cost seconds at 1M triples. Each shortcut property is defined in
ontology/kg.ttl with the SPARQL pattern it stands for (kgo:shortcutPattern); a test
checks that the triples made here are exactly that pattern's solutions.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from rdflib import URIRef
from rdflib import namespace as ns

from kg.rdf import vocab
from kg.rdf.vocab import Terms

ORG, RDF = Terms(ns.ORG), Terms(ns.RDF)
KGO, SCHEMA = Terms(vocab.KGO), Terms(vocab.SCHEMA)

Triple = tuple
SHORTCUTS = (KGO.affiliatedWith, KGO.tookPartIn, KGO.sessionOf)


def _above(start: URIRef, parents: dict[URIRef, set[URIRef]]) -> set[URIRef]:
    """`start` and every node above it (a visited set, so a cycle cannot loop)."""
    seen, todo = {start}, [start]
    while todo:
        for parent in parents.get(todo.pop(), ()):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def shortcut_triples(triples: Iterable[Triple]) -> set[Triple]:
    """The shortcut triples of a graph (kgo:affiliatedWith, kgo:tookPartIn, kgo:sessionOf)."""
    org_parents: dict[URIRef, set[URIRef]] = defaultdict(set)
    event_parents: dict[URIRef, set[URIRef]] = defaultdict(set)
    member_of: list[tuple[URIRef, URIRef]] = []
    participant: dict[URIRef, URIRef] = {}
    in_event: dict[URIRef, URIRef] = {}
    sessions: list[URIRef] = []
    for s, p, o in triples:
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
        elif p == RDF.type and o == KGO.Session:
            sessions.append(s)

    out: set[Triple] = set()
    org_above: dict[URIRef, set[URIRef]] = {}
    for person, org in member_of:
        if org not in org_above:
            org_above[org] = _above(org, org_parents)
        out.update((person, KGO.affiliatedWith, unit) for unit in org_above[org])
    event_above: dict[URIRef, set[URIRef]] = {}
    for participation, event in in_event.items():
        person = participant.get(participation)
        if person is None:
            continue
        if event not in event_above:
            event_above[event] = _above(event, event_parents)
        out.update((person, KGO.tookPartIn, e) for e in event_above[event])
    session_set = set(sessions)
    for session in sessions:
        above = event_above.get(session) or _above(session, event_parents)
        out.update((session, KGO.sessionOf, e) for e in above if e not in session_set)
    return out
