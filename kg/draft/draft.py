"""Draft records from a page: read it, gather the facts, give them ids (reusing a
registry's), and check that there is an event to draft."""

from __future__ import annotations

from kg.draft import event_facts, org_inference, role_inference
from kg.draft.ids import record_id, unique
from kg.draft.dates import ANY_YEAR
from kg.draft.extract import PageReader
from kg.draft.han_script import read_text
from kg.draft.html_text import LOOKS_LIKE_HTML, html_to_text
from kg.draft.listing import only_titled_event
from kg.draft.model import Draft, Evidence
from kg.draft.person_names import iberian_page, with_two_surnames
from kg.draft.page import UndraftablePage, decode_page, page_lines
from kg.draft.segment import blocks
from kg.draft.written_forms import forms_on_next_lines, merge_written_forms
from kg.records.model import Records


def draft_page(data: bytes, name: str, url: str | None = None,
               registry: Records | None = None) -> Draft:
    """The draft of one page; UndraftablePage when the bytes are no page or name no event."""
    text = decode_page(data, name)
    html = text.strip().splitlines()[0][:60] if LOOKS_LIKE_HTML.match(text) else ""
    if html:  # a page saved from the browser as HTML: its text, as the browser shows it
        text = html_to_text(text)
    read = read_text(text)  # (a Traditional Chinese page read by the rules for Simplified ones)
    text = read.read
    lines = only_titled_event(page_lines(text))
    draft = Draft(page=name, url=url, written_back=read.write_back)
    if html:
        draft.notes.append((Evidence(1, html), "the file is an HTML page: kg read the text a browser "
                                               "shows; line numbers are those of that text"))
    reader = PageReader(draft)
    # The page's years, the one it gives most often first (then the latest): "back in 1984"
    # in a story of 2025 is not the event's year.
    years = ANY_YEAR.findall(text)
    reader.page_years = sorted(set(years), key=lambda y: (-years.count(y), -int(y)))
    reader.read(blocks(lines))
    event = draft.event
    if not event.start and draft.published:
        # The only date is a line of its own: a story's date or the event's; marked inferred.
        event.start, event.date_evidence = draft.published
        event.date_inferred = True
    if not event.name and draft.title:
        event.name, event.name_made = event_facts.title_as_name(draft.title), "the page's title"
    elif not event.name and event.made_name:
        event.name, event.name_evidence = event.made_name
        event.name_made = "made from the words of the page"
    if not draft.people and not (event.name and event.start):
        raise UndraftablePage(f"{name}: no event found: the text names no one taking part and "
                              "no event with a date")
    if iberian_page([person.name for person in draft.people.values()]):
        for person in draft.people.values():
            person.name = with_two_surnames(person.name)
    owner = org_inference.resolve_ours(draft)
    org_inference.staff_of_the_company(draft, owner, lines)
    org_inference.merge_acronyms(draft)
    org_inference.expand_acronyms(draft, lines)
    org_inference.legal_names(draft, lines)
    org_inference.merge_short_forms(draft)
    org_inference.merge_legal_forms(draft)
    org_inference.merge_bare_kinds(draft)
    org_inference.prefix_parents(draft)
    org_inference.units_of_the_host(draft)
    org_inference.offices_from_honorifics(draft)
    org_inference.posts_at_the_host(draft)
    org_inference.festival_posts(draft)
    draft.break_cycles()
    forms_on_next_lines(draft)
    merge_written_forms(draft)
    draft.drop_organisations_read_as_people()
    draft.drop_own_mentions()
    draft.unroled_attend()
    role_inference.moderated_speakers_are_panelists(draft)
    role_inference.panel_speakers_are_panelists(draft)
    draft.talks_per_speaker()
    draft.titles_as_topics()
    org_inference.inherit_sectors(draft)
    org_inference.guess_types(draft)
    org_inference.inherit_sectors(draft)
    draft.prune_attendees()
    if registry is not None:
        from kg.draft.registry import match_registry

        match_registry(draft, registry)
    give_ids(draft, registry)
    return draft


def give_ids(draft: Draft, registry: Records | None) -> None:
    """Ids from names, unique across the draft and the registry (matched records keep the
    registry's id)."""
    taken: set[str] = set()
    counters: dict[str, int] = {}
    if registry is not None:
        for table in ("organizations", "people", "places", "sources", "events"):
            taken |= set(getattr(registry, table))
    for org in draft.orgs.values():
        if not org.id:
            org.id = unique(record_id(org.name, "organization"), taken, counters)
    for person in draft.people.values():
        if not person.id:
            person.id = unique(record_id(person.name.name, "person", person=True), taken, counters)
    event = draft.event
    name = (event.name or draft.title or "event").split(":")[0]
    year = (event.start or "")[:4]
    base = record_id(name, "event")
    if year and year not in base:
        base = f"{base}-{year}"
    event.id = unique(base, taken)
    session_ids: set[str] = set()
    for session in draft.sessions.values():
        session.id = unique(session.key, session_ids)
