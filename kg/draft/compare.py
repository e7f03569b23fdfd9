"""Facts of records, compared kind by kind: how near a draft is to records a person wrote.

Ids differ between a draft and hand-written records, so facts are made from names:
a person is their name (and its given and family parts), a post is the person's name,
the title and the organisation's name, an organisation is its name and its parent's
name, a role is the person's name and the role. Names are compared as kg.identity folds
them (case, accents, punctuation, spacing).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from kg.draft.org_names import LEGAL_FORM
from kg.identity.names import org_tokens, tokens
from kg.records.load import load_records
from kg.records.model import Records

KINDS = ("people", "positions", "organisations", "roles")
# Facts scored apart, on pages whose expected records state them: what talks were about
# (matched loosely: a page's wording is cut at different places by different readers) and
# who and what the event speaks of without taking part.
ABOUT_KINDS = ("topics", "mentions")
STOP_WORDS = frozenset("a an and the of in on for to with from by at its their his her".split())


def _name(text: str | None) -> str:
    return " ".join(tokens(text)) if text else ""


def _org(text: str | None) -> str:
    # "Pinecrest Games LLC" and "Pinecrest Games" are one company to a reviewer: the legal
    # form is no part of what is compared
    return " ".join(org_tokens(LEGAL_FORM.sub("", text))) if text else ""


def draft_facts(page: Path, registry: list[Path] | None = None) -> dict[str, set[tuple]]:
    """The facts of the draft of a page, read back through kg's record reader (so a draft
    that does not validate raises InvalidRecords)."""
    from kg.draft.run import draft_file

    text, draft = draft_file(str(page), registry_dirs=registry)
    # A gap the page leaves open (no date) is written TODO, which kg validate names; to
    # compare the rest, the gap is filled with a placeholder year here.
    text = text.replace("  start_date: TODO  #", "  start_date: 0001  #")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.yaml"
        path.write_text(text, encoding="utf-8")
        return facts(load_records([*(registry or []), path]), draft.event.id)


def facts(records: Records, event_id: str | None = None) -> dict[str, set[tuple]]:
    """The facts of one event (all of them, when `event_id` is None: a page of talks written
    as events within events, the festival > its industry days > the talks, is one draft
    event): its participants, their posts, the organisations of the posts, organisers, place
    and mentions (with their parents), and the roles."""
    if event_id is None and len(records.events) > 1:
        out = {kind: set() for kind in (*KINDS, *ABOUT_KINDS, "start_date")}
        for key in records.events:
            for kind, found in facts(records, key).items():
                out[kind] |= found
        return out
    event = records.events[event_id] if event_id else next(iter(records.events.values()))
    holders = [event, *event.all_sessions()]
    taking_part = {p.person for h in holders for p in h.participants}
    orgs = records.organizations
    org_ids = set(event.organizers)
    for session in event.all_sessions():
        org_ids |= {m for m in session.mentions if m in orgs}
    if event.location and event.location in records.places:
        place_org = records.places[event.location].organization
        org_ids |= {place_org} if place_org else set()
    out: dict[str, set[tuple]] = {kind: set() for kind in KINDS}
    for pid in taking_part:
        person = records.people[pid]
        name = _name(person.name)
        out["people"].add((name, _name(person.given_name), _name(person.family_name)))
        for post in person.positions:
            org = orgs[post.organization].name if post.organization else None
            out["positions"].add((name, _name(post.title), _org(org)))
            if post.organization:
                org_ids.add(post.organization)
    seen: set[str] = set()
    while org_ids - seen:
        oid = (org_ids - seen).pop()
        seen.add(oid)
        org = orgs[oid]
        for parent in org.parents or (None,):
            out["organisations"].add((_org(org.name), _org(orgs[parent].name) if parent else ""))
            if parent:
                org_ids.add(parent)
    for holder in holders:
        for p in holder.participants:
            out["roles"].add((_name(records.people[p.person].name), p.role))
    out["start_date"] = {str(event.start_date)}  # (scored apart: the pages whose event day is right)
    out["topics"] = {t for h in holders for t in h.topics}
    out["mentions"] = {_name(records.people[m].name) if m in records.people else
                       _org(orgs[m].name) for h in holders for m in h.mentions}
    return out


def _topic_words(topic: str) -> frozenset[str]:
    return frozenset(w for w in tokens(topic) if w not in STOP_WORDS)


def topic_score(drafted: set[str], expected: set[str], least: float = 0.5) -> Score:
    """Topics paired one to one, best overlap first; a pair counts when the words they
    share are at least `least` of the words of either (Jaccard)."""
    pairs = []
    for d in drafted:
        for e in expected:
            a, b = _topic_words(d), _topic_words(e)
            if a and b and (overlap := len(a & b) / len(a | b)) >= least:
                pairs.append((overlap, d, e))
    used_d, used_e = set(), set()
    for _, d, e in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if d not in used_d and e not in used_e:
            used_d.add(d)
            used_e.add(e)
    return Score(len(expected), len(drafted), len(used_d))


def about_score(drafted: dict[str, set], expected: dict[str, set]) -> dict[str, Score]:
    m_d, m_e = drafted["mentions"], expected["mentions"]
    return {"topics": topic_score(drafted["topics"], expected["topics"]),
            "mentions": Score(len(m_e), len(m_d), len(m_d & m_e))}


@dataclass
class Score:
    expected: int
    drafted: int
    right: int

    @property
    def precision(self) -> float:
        return self.right / self.drafted if self.drafted else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(drafted: dict[str, set[tuple]], expected: dict[str, set[tuple]]) -> dict[str, Score]:
    return {kind: Score(len(expected[kind]), len(drafted[kind]), len(drafted[kind] & expected[kind]))
            for kind in KINDS}


def total(scores: list[dict[str, Score]], kinds=KINDS) -> dict[str, Score]:
    """Scores summed over pages (micro-averaged: every fact counts once)."""
    return {kind: Score(sum(s[kind].expected for s in scores), sum(s[kind].drafted for s in scores),
                        sum(s[kind].right for s in scores)) for kind in kinds}


def differences(drafted: dict[str, set[tuple]], expected: dict[str, set[tuple]]) -> dict[str, dict]:
    """Per kind: the facts missing from the draft and those it has that it should not."""
    return {kind: {"missing": sorted(expected[kind] - drafted[kind]),
                   "extra": sorted(drafted[kind] - expected[kind])} for kind in KINDS}
