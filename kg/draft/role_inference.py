"""What a session's shape says of its people's roles, once the page is read (each role so
given is marked inferred in the draft)."""

from __future__ import annotations

from collections import defaultdict

from kg.draft.model import Draft, DraftRole

# Sessions whose people are each a talk of their own, whatever their number.
TALKS = ("keynote", "lecture", "masterclass", "screening", "ceremony", "opening", "closing", "workshop")


def moderated_speakers_are_panelists(draft: Draft) -> None:
    """'with A (X) and B (Y), moderated by C': two or more people listed in a session with
    its moderator are its panel (the page did not say 'panel')."""
    by_session = defaultdict(list)
    for role in draft.roles:
        by_session[role.session].append(role)  # None: the event's own (a page about one panel)
    for session, held in by_session.items():
        if (draft.sessions[session].type if session else draft.event.type) in TALKS:
            continue
        # Speakers a word named ('Speakers: A, B') stay speakers (not on a page of one panel);
        # those a list gave are the panel.
        panel = (draft.sessions[session].type if session else draft.event.type) in ("panel", "roundtable")
        speakers = [r for r in held if r.role == "speaker" and (r.inferred or panel)]
        if len(speakers) >= 2 and any(r.role == "moderator" for r in held):  # a chair has papers
            for role in speakers:
                change_role(draft, role, "panelist")


def panel_speakers_are_panelists(draft: Draft) -> None:
    """The speakers of a panel or a roundtable are its panelists (not in a panel of papers,
    whose speakers each give one), those of a keynote session its keynote speakers; the
    panelists of a pitch session are its jurors ('pitch their projects to a panel of
    industry experts')."""
    papers = defaultdict(int)
    for topic in draft.topics:
        papers[topic.session] += 1
    for role in list(draft.roles):
        if role.session is not None:
            session = draft.sessions[role.session]
            kind, pitch = session.type, "pitch" in session.name.lower()
        else:
            kind, pitch = draft.event.type, False
        new = "juror" if pitch and role.role == "panelist" else \
            "keynote-speaker" if kind == "keynote" and role.role == "speaker" else \
            "panelist" if kind in ("panel", "roundtable") and role.role == "speaker" and not pitch \
            and papers[role.session] < 2 else None
        if new is not None:
            change_role(draft, role, new)


def change_role(draft: Draft, role: DraftRole, new: str) -> None:
    """Give a drafted role another name (marked inferred); once, if the person already has it."""
    draft.role_keys.discard((role.person, role.role, role.session))
    if (role.person, new, role.session) in draft.role_keys:
        draft.roles.remove(role)
        return
    role.role, role.inferred = new, True
    draft.role_keys.add((role.person, new, role.session))
