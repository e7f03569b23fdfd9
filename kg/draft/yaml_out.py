"""The draft as one YAML file in the record format, every fact with a comment naming the page
line and words it came from.

Written by hand rather than by yaml.dump, which cannot place comments; values are quoted
as JSON strings (valid YAML) whenever plain text could be misread.
"""

from __future__ import annotations

import json
import re

from kg.draft.model import Draft, DraftOrg, DraftPerson, Evidence

PLAIN = re.compile(r"^[\w\u00c0-\uffff][\w\u00c0-\uffff .,'\u2019()&/+-]*$")
PLAIN_IN_FLOW = re.compile(r"^[\w\u00c0-\uffff][\w\u00c0-\uffff .'\u2019()&/+-]*$")
HEADER = """\
# Draft records made by `kg draft` from {page}.
# Review every record against the page before moving it into your records folder:
# each fact has a comment with the page line and words it came from; a value the page
# does not state but kg read into it is listed in the record's `inferred:` field.
# A TODO marks what the page leaves open; `kg validate` names each one.
"""


def scalar(value: str, flow: bool = False) -> str:
    pattern = PLAIN_IN_FLOW if flow else PLAIN
    if pattern.match(value) and not value.endswith((" ", ":")) and value != "TODO" or \
            re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    return json.dumps(value, ensure_ascii=False)


def said(ev: Evidence | None) -> str:
    return f"  # line {ev.line}: \u201c{ev.words}\u201d" if ev else ""


def flow(mapping: dict[str, str | list[str]]) -> str:
    parts = []
    for k, v in mapping.items():
        if isinstance(v, list):
            v = "[" + ", ".join(scalar(x, True) for x in v) + "]"
        elif isinstance(v, bool):
            v = "true" if v else "false"
        else:
            v = scalar(v, True)
        parts.append(f"{k}: {v}")
    return "{" + ", ".join(parts) + "}"


def write_draft(draft: Draft, source_id: str) -> str:
    out: list[str] = [HEADER.format(page=draft.page)]
    for ev, note in draft.notes:
        out.append(f"# NOTE line {ev.line} (\u201c{ev.words}\u201d): {note}")
    matched = [r for r in list(draft.orgs.values()) + list(draft.people.values()) if r.match]
    if matched:
        out.append("# Reused from the registry (to reject a match, write the record here with a "
                   "new id):")
        for record in matched:
            out.extend(_match_lines(draft, record))
    out.append(f"source: {source_id}\n")
    out.append("sources:")
    out.append(f"  - id: {source_id}")
    out.append(f"    title: {scalar(draft.title or draft.event.name or draft.page)}"
               + ("" if draft.title else "  # the page has no title line: the event's name"))
    if draft.url:
        out.append(f"    url: {scalar(draft.url)}")
    if draft.published:
        out.append(f"    published: {draft.published[0]}{said(draft.published[1])}")
    out.extend(_section("organizations", [line for o in draft.orgs.values() if not o.match
                                          for line in _org_lines(draft, o)]))
    place_id = ""
    if draft.event.place:
        place_id = draft.event.id + "-venue"
        out.append("\nplaces:")
        out.append(f"  #{said(draft.event.place_evidence)[3:]}")
        out.append(f"  - id: {place_id}")
        out.append(f"    name: {scalar(draft.event.place)}")
        if draft.event.place_org:
            out.append(f"    organization: {draft.orgs[draft.event.place_org].id}")
    out.extend(_section("people", [line for p in draft.people.values() if not p.match
                                   for line in _person_lines(draft, p)]))
    out.append("")
    out.extend(_event_lines(draft, place_id))
    return draft.written_back("\n".join(out) + "\n")


def _section(key: str, lines: list[str]) -> list[str]:
    """A top-level list of records ('people:' and its items), or nothing when it is empty."""
    return [f"\n{key}:", *lines] if lines else []


def _match_lines(draft: Draft, record) -> list[str]:
    name = record.name if isinstance(record, DraftOrg) else record.name.name
    lines = [f"#   {record.id} <- \u201c{name}\u201d (line {record.evidence.line}): {record.match}"]
    if isinstance(record, DraftPerson):
        for post in record.posts:
            org = draft.orgs[post.org].id if post.org else ""
            if not post.recorded:
                lines.append(f"#     a post the record lacks (add it): {flow(_post(post, org, draft.event.start))}"
                             f"  # line {post.evidence.line}: \u201c{post.evidence.words}\u201d")
    return lines


def _post(post, org: str, event_start: str | None = None) -> dict:
    item: dict = {}
    if org:
        item["organization"] = org
    if post.title:
        item["title"] = post.title
    # A post with no organisation is a job title, which the format keeps without dates.
    start = post.start or (event_start if post.elected else None)  # ('当选理事长': from the meeting's day)
    if start and org:
        item["start"] = start
    if post.end and org:
        item["end"] = post.end
    if not post.current and not post.end and org:
        item["current"] = False
    inferred = [f for f, flag in (("title", post.title_inferred), ("organization", post.org_inferred),
                                  ("start", post.elected and "start" in item)) if flag]
    if inferred:
        item["inferred"] = inferred
    return item


def _org_lines(draft: Draft, org: DraftOrg) -> list[str]:
    lines = [f"  #{said(org.evidence)[3:]}", f"  - id: {org.id}", f"    name: {scalar(org.name)}"]
    inferred = []
    if org.alt_names:
        lines.append(f"    alt_names: [{', '.join(scalar(n, True) for n in org.alt_names)}]"
                     "  # the page writes both; kg read them as one")
        inferred.append("alt_names")
    lines.append(f"    type: {org.type}")
    if not org.type_stated:
        inferred.append("type")
    parents = [draft.orgs[p] for p in org.parents if p in draft.orgs]
    if parents:
        ids = [p.id for p in parents]
        value = ids[0] if len(ids) == 1 else "[" + ", ".join(ids) + "]"
        lines.append(f"    parent: {value}{said(org.parent_evidence.get(parents[0].key))}")
        if org.parent_inferred:
            inferred.append("parent")
    if org.sector:
        lines.append(f"    sector: {org.sector}")
        if not org.sector_stated:
            inferred.append("sector")
    if inferred:
        lines.append(f"    inferred: [{', '.join(inferred)}]")
    return lines + [""]


def _person_lines(draft: Draft, person: DraftPerson) -> list[str]:
    name = person.name
    lines = [f"  #{said(person.evidence)[3:]}", f"  - id: {person.id}", f"    name: {scalar(name.name)}"]
    inferred = []
    if name.questionable:
        lines[-1] += "  # '?' stands for a character the page lost: check the spelling"
    if name.given:
        lines.append(f"    given_name: {scalar(name.given)}")
    if name.family:
        lines.append(f"    family_name: {scalar(name.family)}")
    if name.order and (name.order == "family-first" or any(
            w.isupper() and len(w) > 1 for w in name.name.split())):
        lines.append(f"    name_order: {name.order}")
        if name.order_read_from_words:
            lines[-1] += "  # read from the words (a Chinese family name first): check it"
            inferred.append("name_order")
    if person.alt_names:
        lines.append(f"    alt_names: [{', '.join(scalar(n, True) for n in person.alt_names)}]")
    if name.honorific:
        lines.append(f"    honorific: {scalar(name.honorific)}")
    if person.posts and all(not p.org and (p.title or "")[:1].islower() for p in person.posts):
        # Only jobs such as 'producer', 'screenwriter': a 'Professor' has a university the
        # page does not name.
        lines.append("    sector: independent  # a job and no organisation on the page")
        inferred.append("sector")
    if inferred:
        lines.append(f"    inferred: [{', '.join(inferred)}]")
    if person.posts:
        lines.append("    positions:")
        for post in person.posts:
            org = draft.orgs[post.org].id if post.org else ""
            lines.append(f"      - {flow(_post(post, org, draft.event.start))}{said(post.evidence)}")
    return lines + [""]


def _participants(draft: Draft, session: str | None, indent: str) -> list[str]:
    roles = [r for r in draft.roles if r.session == session]
    if not roles:
        return []
    lines = [f"{indent}participants:"]
    for r in roles:
        item = {"person": draft.people[r.person].id, "role": r.role}
        if r.inferred:
            item["inferred"] = ["role"]
        lines.append(f"{indent}  - {flow(item)}{said(r.evidence)}")
    return lines


def _event_lines(draft: Draft, place_id: str) -> list[str]:
    event = draft.event
    lines = ["event:", f"  id: {event.id}"]
    if event.name_made:
        lines.append(f"  # the page names no event: this name is {event.name_made}; correct it")
    lines.append(f"  name: {scalar(event.name or 'TODO')}{said(event.name_evidence)}")
    inferred = []
    if event.start:
        lines.append(f"  start_date: {event.start}{said(event.date_evidence)}")
        if event.date_inferred:
            inferred.append("start_date")
    else:
        lines.append("  start_date: TODO  # the page gives no date: write YYYY-MM-DD")
    if event.organizers_inferred:
        inferred.append("organizers")
    if event.end and event.end != event.start:
        lines.append(f"  end_date: {event.end}")
    lines.append(f"  type: {event.type}{said(event.type_evidence)}")
    if place_id:
        lines.append(f"  location: {place_id}")
    if event.organizers:
        ids = ", ".join(draft.orgs[k].id for k, _ in event.organizers)
        lines.append(f"  organizers: [{ids}]{said(event.organizers[0][1])}")
    if inferred:
        lines.append(f"  inferred: [{', '.join(inferred)}]")
    lines.extend(_about(draft, None, event.mentions, "  "))
    lines.extend(_participants(draft, None, "  "))
    lines.extend(_sessions(draft, None, "  "))
    return lines


def _sessions(draft: Draft, parent: str | None, indent: str) -> list[str]:
    """The sessions within `parent` (the event's own when None), each with its talks."""
    within = [s for s in draft.sessions.values() if s.parent == parent]
    if not within:
        return []
    lines = [f"{indent}sessions:"]
    for session in within:
        lines.append(f"{indent}  - id: {session.id}{said(session.evidence)}")
        lines.append(f"{indent}    name: {scalar(session.name)}")
        lines.append(f"{indent}    type: {session.type}")
        lines.extend(_about(draft, session.key, session.mentions, indent + "    "))
        lines.extend(_participants(draft, session.key, indent + "    "))
        lines.extend(_sessions(draft, session.key, indent + "    "))
    return lines


def _about(draft: Draft, session: str | None, org_mentions: list[str], indent: str) -> list[str]:
    """A session's (or the event's) topics and the people and organisations it speaks of,
    each with the words it was read from."""
    lines = []
    topics = [t for t in draft.topics if t.session == session]
    if topics:
        lines.append(f"{indent}topics:")
        lines.extend(f"{indent}  - {scalar(t.text)}{said(t.evidence)}" for t in topics)
    people = [m for m in draft.mentioned if m.session == session]
    if org_mentions or people:
        lines.append(f"{indent}mentions:  # spoken of, not taking part")
        lines.extend(f"{indent}  - {draft.orgs[k].id}{said(draft.orgs[k].evidence)}"
                     for k in org_mentions)
        lines.extend(f"{indent}  - {draft.people[m.person].id}{said(m.evidence)}" for m in people)
    return lines
