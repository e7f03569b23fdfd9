"""An events listing ("What's On") saved as the page of one of its events: several events,
each under its date, and a page title that names the one the keeper opened. Only that
event's lines are read (with the page's header); the others have people of their own.
"""

from __future__ import annotations

import re

from kg.draft.dates import find_day_heading
from kg.draft.org_names import looks_like_org
from kg.draft.page import Line

# "WED 7 AUG", "Fri 16 August", "7 AUG": a listing's date line.
DATE_MARK = re.compile(r"^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}\s+"
                       r"[a-z]{3,9}\.?$|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+[a-z]{3,9}\.?\s+\d{1,2}$",
                       re.IGNORECASE)


def only_titled_event(lines: list[Line]) -> list[Line]:
    """The lines of the event the page's title names, when the page lists several events
    under date lines; otherwise the lines as they are."""
    if not lines:
        return lines
    title = re.split(r"\s+[|\u2013\u2014-]\s+", lines[0].text)[0].strip().lower()
    marks = [i for i, line in enumerate(lines) if DATE_MARK.match(line.text)
             and find_day_heading(line.text, "2000")]
    if len(marks) < 2 or len(title) < 8 or looks_like_org(lines[0].text.split("|")[0]):
        return lines  # (a site's name over a story, "Whitcombe University | ...": no listing)
    bounds = list(zip(marks, marks[1:] + [len(lines)]))
    titled = [(a, b) for a, b in bounds if any(line.text.lower().startswith(title) for line in lines[a:b])]
    if len(titled) != 1:
        return lines
    a, b = titled[0]
    return lines[: marks[0]] + lines[a:b]
