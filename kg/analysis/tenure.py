"""Which posts a person held at an event: the rule that gives a person their sector at each
event, and the person's own (current) sector.

Dates are ISO text as precise as the source gave them (`2023`, `2023-11`, `2023-11-14`).
Two dates are compared at the precision of the less precise one (`2023` against
`2023-11-14` compares the years), and a tie at that precision counts as held: a post that
began "2023" was held at an event in November 2023, as far as the records can tell.

A post (`org:Membership`) is held at an event when, at the event's start date:

- its `start` is not after the event and its `end` is not before it (each where given);
- it is not a former post that had ended by then. `current: false` with no `end` says the
  post had ended by the date of the record's source, and no more: the post is not held at
  events on or after the source's date (`schema:datePublished`) or, for a source with no
  date, on or after the first event recorded from that source (the source speaks of that
  event, so the post had ended by then). At earlier events nothing in the records says the
  post had ended, so it counts, as a post with no dates does. When none of the post's
  sources gives a date (no date and no event), the records cannot place the post at all,
  and it counts at no event;
- a post with no dates and no `current` counts at every event (as before dates existed).

At an event with no date, and for the person's own sector (the colour on the page, their
summary), the current posts count: every post but the former ones (`current: false`) and
those with an `end` (pages give an end for a post that has ended; kg reads no clock, so the
same records give the same answer every day). A person with no post held whose record
gives its own `sector` (people with no organisation) has that sector everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable


def _at_precision(a: str, b: str) -> tuple[str, str]:
    n = min(len(a), len(b))
    return a[:n], b[:n]


def not_after(a: str, b: str) -> bool:
    """a <= b at the precision of the less precise of the two."""
    x, y = _at_precision(a, b)
    return x <= y


def before(a: str, b: str) -> bool:
    """a < b at the precision of the less precise of the two."""
    x, y = _at_precision(a, b)
    return x < y


def is_current(post: dict) -> bool:
    """A post the records do not say has ended: not `current: false`, no `end`."""
    return post.get("current") is not False and not post.get("end")


def held_at(post: dict, date: str | None) -> bool:
    """Whether `post` (a member edge: `start`, `end`, `current`, `until`) was held at
    `date`, an event's start date (None: the event has no date; the current posts count).
    See the module's rule."""
    if date is None:
        return is_current(post)
    if post.get("start") and before(date, post["start"]):
        return False
    if post.get("end"):
        return not_after(date, post["end"])
    if post.get("current") is False:
        until = post.get("until")
        return until is not None and before(date, until)
    return True


def former_until(sources: Iterable[str], published: dict[str, str],
                 first_event: dict[str, str]) -> str | None:
    """The date from which a former post (`current: false`, no `end`) is no longer held:
    the earliest over the post's sources of the source's date, or for a source with no
    date the first event recorded from it; None when no source gives either."""
    found = [published.get(s) or first_event.get(s) for s in sources]
    dated = [d for d in found if d]
    return min(dated) if dated else None


def history_text(runs: list[tuple[str, str, str]]) -> str | None:
    """A person's sectors over their events in words, from runs (sectors as text, first year,
    last year) in date order: 'industry at 2021 events, academia from 2023'; None for one run."""
    if len(runs) < 2:
        return None
    parts = []
    for i, (sectors, first, last) in enumerate(runs):
        years = first if first == last else f"{first}–{last}"
        parts.append(f"{sectors} from {first}" if i == len(runs) - 1 and i > 0
                     else f"{sectors} at {years} events")
    return ", ".join(parts)


def runs(by_event: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, str, str]]:
    """(date, sectors) of a person's events in date order -> runs of equal sectors as (sectors
    as text, first year, last year); an event of no known sector is 'no known sector'."""
    found: list[list] = []
    for date, sectors in by_event:
        text = " + ".join(sectors) or "no known sector"
        year = (date or "undated")[:4]
        if found and found[-1][0] == text:
            found[-1][2] = year
        else:
            found.append([text, year, year])
    return [tuple(r) for r in found]
