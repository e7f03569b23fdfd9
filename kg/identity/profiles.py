"""What is compared about a record: its name forms, blocking keys, ids and context.

A profile is made once per record, so a pair costs only the comparison.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.identity import names
from kg.records.model import Event, Records

YEARS = re.compile(r"\b(19|20)\d\d\b|\b\d+(st|nd|rd|th)?\b")


@dataclass
class Profile:
    """One record as compared: people use the fields up to `series`, organisations the rest."""

    kind: str
    id: str
    forms: list[names.NameForm]
    keys: set[str]
    identifiers: dict[str, str]
    family: str = ""  # the folded family name the record gives, if it gives one
    given: str = ""
    organizations: set[str] = field(default_factory=set)
    parents: set[str] = field(default_factory=set)  # the post organisations and their parents
    titles: set[str] = field(default_factory=set)
    series: set[str] = field(default_factory=set)
    org_parents: frozenset[str] = frozenset()  # organisations: their parents (a joint institute has two)
    type: str = "organization"
    sector: str | None = None


def series_key(event: Event) -> str:
    """The series an event belongs to: its `series` field where the records give one,
    otherwise its name without years and ordinals ('ICCI Symposium 2025' -> 'icci symposium').

    (Read with getattr: the `series` field arrives with issue 12's record format.)
    """
    series = getattr(event, "series", None)
    if isinstance(series, str) and series:
        return "id:" + series
    return " ".join(names.tokens(YEARS.sub(" ", event.name)))


def _folded_name(text: str | None) -> str:
    if not text:
        return ""
    if names.HAN.search(text):
        return names.pinyin("".join(names.HAN.findall(text)))
    return "".join(names.tokens(text))


def person_profiles(records: Records) -> list[Profile]:
    series: dict[str, set[str]] = {}
    for event in records.events.values():
        key = series_key(event)
        holders = [event, *event.all_sessions()]
        for holder in holders:
            for p in holder.participants:
                series.setdefault(p.person, set()).add(key)
    profiles = []
    for person in records.people.values():
        forms = names.person_forms([(person.name, False)] + [(n, True) for n in person.alt_names])
        orgs = {p.organization for p in person.positions if p.organization}
        parents = {parent for o in orgs if o in records.organizations
                   for parent in records.organizations[o].parents}
        profiles.append(Profile(
            kind="person", id=person.id, forms=forms, keys=names.person_keys(forms),
            identifiers=person.identifiers, family=_folded_name(person.family_name),
            given=_folded_name(person.given_name), organizations=orgs, parents=parents | orgs,
            titles={" ".join(names.tokens(p.title)) for p in person.positions if p.title},
            series=series.get(person.id, set())))
    return profiles


def org_profiles(records: Records) -> list[Profile]:
    profiles = []
    for org in records.organizations.values():
        forms = names.org_forms([(org.name, False)] + [(n, True) for n in org.alt_names])
        profiles.append(Profile(
            kind="organization", id=org.id, forms=forms, keys=names.org_keys(forms),
            identifiers=org.identifiers, org_parents=frozenset(org.parents), type=org.type,
            sector=org.sector))
    return profiles


def record_profiles(records: Records, kind: str) -> list[Profile]:
    return person_profiles(records) if kind == "person" else org_profiles(records)

