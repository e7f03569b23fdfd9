"""A conference programme's papers as PDF text gives them: authors with superscript numbers
flattened to digits ('Jonas Eklund1*, Priya Nair1,3, Kalle Mäkinen2'), then a line of the
numbered affiliations ('1 Norrfjord University College, 2 Turunmaa University, 3 ...'); '*'
marks who presents."""

from __future__ import annotations

import re
from dataclasses import dataclass

AUTHOR = re.compile(r"^(\D{3,60}?)\s?(\d{1,2}(?:\s?,\s?\d{1,2})*)(\*?)$")
AFFILIATION = re.compile(r"(?:^|,\s*)(\d{1,2})\s+(.+?)(?=,\s*\d{1,2}\s|$)")


@dataclass
class Author:
    name: str
    organisations: list[str]
    presenting: bool  # marked '*', or no one is marked


def authors(line: str, affiliations: str) -> list[Author] | None:
    """The authors of a paper from its author line and the affiliation line under it, or None
    when the two lines are not such a pair."""
    pieces = re.split(r",\s+(?=\D)", line.strip())
    found = [AUTHOR.match(piece.strip()) for piece in pieces]
    numbered = dict(AFFILIATION.findall(affiliations.strip()))
    if not all(found) or not numbered or not affiliations.strip()[:1].isdigit():
        return None
    starred = any(m.group(3) for m in found)
    return [Author(m.group(1).strip(), [numbered[n.strip()] for n in m.group(2).split(",") if n.strip() in numbered],
                   bool(m.group(3)) or not starred) for m in found]
