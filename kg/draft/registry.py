"""Reuse the ids of people and organisations a registry already records.

Each drafted person and organisation is scored against the registry's records that share
a blocking key with it, by kg.identity's matching (another form of a name, an acronym of
a known organisation, Han characters and their pinyin, context from posts and parents).
A match at or above MATCH_SCORE gives the drafted record the registry's id; its reasons
are written in the draft so the reviewer can reject it.
"""

from __future__ import annotations

from kg.draft.model import Draft, DraftOrg, DraftPerson
from kg.identity import names
from kg.identity.pairs import ONE_SIDED
from kg.identity.profiles import Profile, org_profiles, person_profiles
from kg.identity.score import score_pair
from kg.records.model import Records

# The probability from kg.identity.score at which a drafted record is taken to be the
# registry's: an exact or alternative name (0.92, 0.9), a name in the other order or in
# Han characters (0.9), an acronym (0.8), a name without 'Co., Ltd.' (0.75); initials
# alone (0.5) only with shared posts.
MATCH_SCORE = 0.75
BOTH_WAYS = {**ONE_SIDED, **{v: k for k, v in ONE_SIDED.items()}}


def _index(profiles: list[Profile]) -> dict[str, list[Profile]]:
    index: dict[str, list[Profile]] = {}
    for profile in profiles:
        for key in profile.keys:
            index.setdefault(key, []).append(profile)
    return index


def _candidates(profile: Profile, index: dict[str, list[Profile]]) -> list[Profile]:
    found: dict[str, Profile] = {}
    for key in profile.keys:
        for form in (key, BOTH_WAYS.get(key[:2], "") + key[2:] if key[:2] in BOTH_WAYS else ""):
            for other in index.get(form, ()):
                found.setdefault(other.id, other)
    return list(found.values())


def _best(profile: Profile, index: dict[str, list[Profile]]) -> tuple[str, float, list[str]] | None:
    best = None
    for other in _candidates(profile, index):
        score, reasons = score_pair(profile, other)
        if score >= MATCH_SCORE and (best is None or score > best[1]):
            best = (other.id, score, reasons)
    return best


def _org_profile(draft: Draft, org: DraftOrg) -> Profile:
    forms = names.org_forms([(org.name, False)] + [(n, True) for n in org.alt_names])
    parents = frozenset(draft.orgs[p].id for p in org.parents if p in draft.orgs and draft.orgs[p].id)
    return Profile(kind="organization", id="", forms=forms, keys=names.org_keys(forms),
                   identifiers={}, org_parents=parents, type=org.type, sector=org.sector)


def _person_profile(draft: Draft, person: DraftPerson, registry: Records) -> Profile:
    name = person.name
    forms = names.person_forms([(name.name, False)] + [(n, True) for n in person.alt_names])
    orgs = {draft.orgs[p.org].id for p in person.posts if p.org and draft.orgs[p.org].match}
    parents = {parent for o in orgs if o in registry.organizations
               for parent in registry.organizations[o].parents}
    folded = "".join(names.tokens(name.family)) if name.family else ""
    given = "".join(names.tokens(name.given)) if name.given else ""
    if name.family and names.HAN.search(name.family):
        folded, given = names.pinyin(name.family), names.pinyin(name.given or "")
    return Profile(kind="person", id="", forms=forms, keys=names.person_keys(forms),
                   identifiers={}, family=folded, given=given, organizations=orgs,
                   parents=parents | orgs,
                   titles={" ".join(names.tokens(p.title)) for p in person.posts if p.title})


def match_registry(draft: Draft, registry: Records) -> None:
    """Give each drafted record that the registry already holds the registry's id and the
    reason of the match (parents before their units, organisations before people)."""
    org_index = _index(org_profiles(registry))
    done: set[str] = set()

    def match_org(key: str, depth: int = 0) -> None:
        if key in done or key not in draft.orgs or depth > 20:
            return
        done.add(key)
        org = draft.orgs[key]
        for parent in org.parents:
            match_org(parent, depth + 1)
        if found := _best(_org_profile(draft, org), org_index):
            org.id, org.match = found[0], f"{'; '.join(found[2])} (score {found[1]})"

    for key in list(draft.orgs):
        match_org(key)
    person_index = _index(person_profiles(registry))
    for person in draft.people.values():
        if found := _best(_person_profile(draft, person, registry), person_index):
            person.id, person.match = found[0], f"{'; '.join(found[2])} (score {found[1]})"
            known = {(p.title, p.organization) for p in registry.people[person.id].positions}
            for post in person.posts:
                post.recorded = (post.title, draft.orgs[post.org].id if post.org else None) in known
