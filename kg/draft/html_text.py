"""A page saved as HTML ("Save page as"), read as the text a browser shows: block elements
(paragraphs, headings, list items, table rows and cells) become lines and cells, scripts,
styles and navigation are dropped, entities decoded. Done with the standard library's
parser, so no dependency is added.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

LOOKS_LIKE_HTML = re.compile(r"^\s*(?:<!doctype html|<html\b|<head\b|<body\b)", re.IGNORECASE)
BLOCKS = frozenset("p div h1 h2 h3 h4 h5 h6 li tr br section article header footer ul ol table "
                   "dt dd blockquote figcaption title address".split())
SKIPPED = frozenset("script style noscript svg nav template iframe".split())


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in SKIPPED:
            self.skipping += 1
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """The text of an HTML page, one block a line (table cells separated by tabs)."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = (re.sub(r" *\t *", "\t", line).strip(" ") for line in "".join(parser.parts).split("\n"))
    return "\n".join(line.strip("\t") if not line.strip("\t ") else line.lstrip("\t") for line in lines)
