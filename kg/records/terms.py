"""The records' controlled vocabularies and id rules: what a field may say.

The RDF stage turns each term into a SKOS concept (ontology/concepts.ttl, skos:notation =
these ids; a test keeps the two in step) and each id into an IRI (kg.rdf.vocab).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

SECTORS = ("academia", "industry", "government", "nonprofit", "independent")
PARTICIPATION_ROLES = (
    "host",
    "welcome-speaker",
    "moderator",
    "chair",
    "co-chair",
    "keynote-speaker",
    "panelist",
    "speaker",
    "discussant",
    "introducer",
    "interviewer",
    "juror",
    "performer",
    "screening-guest",
    "attendee",
)
EVENT_TYPES = (
    "symposium", "conference", "forum", "panel", "workshop", "seminar", "festival", "event",
    "opening", "keynote", "talk", "roundtable", "closing", "session",
    "screening", "lecture", "masterclass", "ceremony", "exhibition",
)
ORG_TYPE_NAMES = (
    "organization", "university", "school", "institute", "department", "program", "division",
    "company", "government", "nonprofit",
    "festival", "media", "publisher", "platform", "studio", "association", "foundation",
    "streaming-service",
)
# The order of a person's name as the source writes it ("ZHANG Weimin" is family-first).
NAME_ORDERS = ("given-first", "family-first")
# How people attend an event: schema:eventAttendanceMode.
ATTENDANCE_MODES = ("offline", "online", "mixed")
IDENTIFIER_PATTERNS = {
    "wikidata": re.compile(r"Q[1-9][0-9]*"),
    "orcid": re.compile(r"[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]"),
    "ror": re.compile(r"0[a-z0-9]{6}[0-9]{2}"),
    "website": re.compile(r"https?://[^\s<>\"{}|\\^`]+"),
}

RECORD_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
# Dates as sources give them: a year, a month, or a day (ISO 8601 calendar forms only).
PARTIAL_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
TIME = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")


def normalise_term(text: str) -> str:
    """'Keynote Speaker' / 'keynote_speaker' -> 'keynote-speaker' for vocabulary look-ups."""
    return re.sub(r"[\s_]+", "-", text.strip().lower())


def slug(text: str) -> str:
    """A stable IRI segment for free text such as a role title or a topic label.

    Letters of any script are kept (IRIs allow them; percent-encoded here so the
    IRI is also a valid URI), everything else becomes '-'.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    return quote(text or "-", safe="-_")
