"""The keeper's `same_as` carried out: each retired record folded into the record it names.

The kept record takes every name of the retired one as an alternative name, every
source, post and external id it lacks; every reference to the retired id (posts, parents,
places, organisers, mentions, participations) then names the kept record. The retired
ids are handed back so the RDF stage can say `owl:sameAs` from each old IRI.
"""

from __future__ import annotations

import copy
from typing import Iterable, TypeVar

from kg.identity.decisions import decisions
from kg.records.model import Organization, Participation, Person, Records

T = TypeVar("T")


def _unique(items: Iterable[T]) -> tuple[T, ...]:
    return tuple(dict.fromkeys(items))


def _take_missing(kept, retired, names: tuple[str, ...]) -> None:
    """Fields the kept record leaves empty are taken from the retired one, with their
    `inferred` mark."""
    taken = set()
    for name in names:
        # An organisation's type defaults to "organization": a more precise one is taken.
        if getattr(kept, name) in (None, "organization", ()) and getattr(retired, name) not in (None, ()):
            setattr(kept, name, getattr(retired, name))
            taken.add("parent" if name == "parents" else name)  # the field `inferred` names
    for name, value in retired.identifiers.items():
        if name not in kept.identifiers:
            kept.identifiers[name] = value
            taken.add(name)
    kept.inferred = kept.inferred | (retired.inferred & taken)


def _fold(kept: Person | Organization, retired: Person | Organization) -> None:
    kept.alt_names = tuple(n for n in _unique((*kept.alt_names, retired.name, *retired.alt_names))
                           if n != kept.name)
    kept.sources = _unique((*kept.sources, *retired.sources))
    kept.name_sources = {**retired.name_sources, **kept.name_sources}
    kept.distinct_from = _unique((*kept.distinct_from, *retired.distinct_from))


def merge_same_as(records: Records) -> tuple[Records, dict[str, dict[str, str]]]:
    """The records with every `same_as` pair merged, and kind -> {retired id: kept id}.

    The records given are not changed; without any `same_as` they are returned as they are.
    Expects checked decisions (kg.identity.decisions.decision_problems): no chains.
    """
    found = decisions(records)
    if not any(found.kept.values()):
        return records, {}
    records = copy.deepcopy(records)
    people, orgs = found.kept.get("person", {}), found.kept.get("organization", {})
    for old, new in orgs.items():
        kept, retired = records.organizations[new], records.organizations.pop(old)
        _fold(kept, retired)
        _take_missing(kept, retired, ("type", "sector", "parents"))
    for old, new in people.items():
        kept, retired = records.people[new], records.people.pop(old)
        _fold(kept, retired)
        _take_missing(kept, retired, ("given_name", "family_name", "honorific", "sector"))
        kept.positions = kept.positions + retired.positions
    _rewrite_references(records, people, orgs)
    return records, {k: v for k, v in found.kept.items() if v}


def _rewrite_references(records: Records, people: dict[str, str], orgs: dict[str, str]) -> None:
    def org(value: str | None) -> str | None:
        return orgs.get(value, value) if value else value

    for record in records.organizations.values():
        # the retired record may have been the kept one's parent
        record.parents = tuple(p for p in _unique(org(p) for p in record.parents) if p != record.id)
        record.distinct_from = _unique(orgs.get(d, d) for d in record.distinct_from)
    for place in records.places.values():
        place.organization = org(place.organization)
    for series in records.series.values():
        series.organizers = _unique(org(o) for o in series.organizers)
    for person in records.people.values():
        person.distinct_from = _unique(people.get(d, d) for d in person.distinct_from)
        posts: dict[tuple[str | None, str | None], object] = {}
        for position in person.positions:
            position.organization = org(position.organization)
            key = (position.organization, position.title)  # what the membership IRI is made of
            if key in posts:
                first = posts[key]
                first.sources = _unique((*first.sources, *position.sources))
            else:
                posts[key] = position
        person.positions = list(posts.values())
    for event in records.events.values():
        event.organizers = _unique(org(o) for o in event.organizers)
        event.sponsors = _unique(org(o) for o in event.sponsors)
        event.partners = _unique(org(o) for o in event.partners)
        event.mentions = _unique(people.get(m, org(m)) for m in event.mentions)
        event.participants = _participations(event.participants, people)
        for session in event.all_sessions():
            session.mentions = _unique(people.get(m, org(m)) for m in session.mentions)
            session.participants = _participations(session.participants, people)


def _participations(participants: list[Participation], people: dict[str, str]) -> list[Participation]:
    """Participations naming the kept person; one per (person, role), sources joined."""
    kept: dict[tuple[str, str], Participation] = {}
    for p in participants:
        p.person = people.get(p.person, p.person)
        key = (p.person, p.role)
        if key in kept:
            kept[key].sources = _unique((*kept[key].sources, *p.sources))
        else:
            kept[key] = p
    return list(kept.values())
