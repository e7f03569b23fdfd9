"""Dates as event pages write them -> ISO dates, as precise as the page ('September 27,
2025', '27-28 September 2025', 'Oct. 12–14, 2024', '2025-09-27', '2025年9月27日').

Regular expressions rather than dateparser: the forms are few, and a page's other
numbers (times, room numbers, '2025' in a title) must not become dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {m[:3].lower(): i for i, m in enumerate(
    ("January February March April May June July August September October November "
     "December").split(), 1)}
MONTH = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DASH = r"\s*(?:-|\u2013|\u2014|to|until|through|and|&)\s*"
FORMS = (
    # September 27-28, 2025 / September 27, 2025 / Sept. 30 to October 2, 2025
    re.compile(rf"\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:{DASH}(?:{MONTH}\s+)?(\d{{1,2}})"
               rf"(?:st|nd|rd|th)?)?,?\s+(\d{{4}})\b", re.IGNORECASE),
    # 27-28 September 2025 / 27 September 2025 / 30 September to 2 October 2025
    re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+{MONTH})?(?:{DASH}(\d{{1,2}})(?:st|nd|rd|th)?)?"
               rf"\s+{MONTH},?\s+(\d{{4}})\b", re.IGNORECASE),
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
    # Korean "2025년 11월 14일", and the dotted dates of Korean and Japanese pages "2025.08.04", "2026. 3. 9."
    re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일"),
    re.compile(r"(?<![\d.])(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})(?![\d])"),
)
# French, Spanish, Portuguese, Italian and German months the English stems above do not
# read ("28 mai 2026", "3 de agosto de 2026", "12. März 2026"): a form of their own.
FOREIGN_MONTHS = {
    "janvier": 1, "janeiro": 1, "enero": 1, "gennaio": 1, "jänner": 1,
    "février": 2, "fevrier": 2, "fevereiro": 2, "febrero": 2, "febbraio": 2,
    "mars": 3, "março": 3, "marco": 3, "marzo": 3, "märz": 3,
    "avril": 4, "abril": 4, "aprile": 4,
    "mai": 5, "maio": 5, "mayo": 5, "maggio": 5,
    "juin": 6, "junho": 6, "junio": 6, "giugno": 6, "juni": 6,
    "juillet": 7, "julho": 7, "julio": 7, "luglio": 7, "juli": 7,
    "août": 8, "aout": 8, "agosto": 8, "august": 8,
    "septembre": 9, "setembro": 9, "septiembre": 9, "settembre": 9, "september": 9,
    "octobre": 10, "outubro": 10, "octubre": 10, "ottobre": 10, "oktober": 10,
    "novembre": 11, "novembro": 11, "noviembre": 11, "november": 11,
    "décembre": 12, "decembre": 12, "dezembro": 12, "diciembre": 12, "dicembre": 12, "dezember": 12,
}
FOREIGN_DATE = re.compile(r"\b(\d{1,2})(?:er|\.|\u00ba|\u00b0)?(?:\s*(?:-|\u2013|\u2014|au|al|a|bis|e|et|y)\s*(\d{1,2})\.?)?"
                          r"\s+(?:de\s+)?(" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True)) +
                          r")\.?,?\s+(?:de\s+|del\s+)?(\d{4})\b", re.IGNORECASE)
FORMS = (*FORMS, FOREIGN_DATE)
# A weekday before a day written without its year: "Wednesday 12 November", "Last Friday
# (29 August)", "From Friday evening, 7 November", "Thursday, March 5".
WEEKDAY_BEFORE = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?,?\s+\(?"
YEARLESS = re.compile(rf"\b(?:(?:on|from)\s+|{WEEKDAY_BEFORE}){MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})",
                      re.IGNORECASE)
YEARLESS_DAY_FIRST = re.compile(rf"\b(?:(?:on|from)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?|{WEEKDAY_BEFORE})"
                                rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH}(?!,?\s+\d{{4}})", re.IGNORECASE)
HAN_YEARLESS = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
YEAR = re.compile(r"\b(20\d\d|19\d\d)\b")
# A year anywhere, in a hashtag or a name too ('#LCIW2025'): the page's year when it gives no other.
ANY_YEAR = re.compile(r"(?<!\d)(20\d\d|19\d\d)(?!\d)")


@dataclass(frozen=True)
class FoundDate:
    start: str
    end: str | None
    words: str
    year_inferred: bool = False


def _iso(year: str | int, month: int, day: str | int) -> str | None:
    year, day = int(year), int(day)
    try:  # "February 29" in a year that has none, "April 31": no date
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> FoundDate | None:
    """The first date (or range of days) in `text`."""
    best = None
    for k, form in enumerate(FORMS):
        m = form.search(text)
        if not m or (best and best[0] <= m.start()):
            continue
        g = m.groups()
        if k == 0:
            month = MONTHS[g[0][:3].lower()]
            end_month = MONTHS[g[2][:3].lower()] if g[2] else month
            start, end = _iso(g[4], month, g[1]), _iso(g[4], end_month, g[3]) if g[3] else None
        elif k == 1:
            month = MONTHS[g[3][:3].lower()]
            start_month = MONTHS[g[1][:3].lower()] if g[1] else month
            start, end = _iso(g[4], start_month, g[0]), _iso(g[4], month, g[2]) if g[2] else None
        elif form is FOREIGN_DATE:
            month = FOREIGN_MONTHS[g[2].lower()]
            start, end = _iso(g[3], month, g[0]), _iso(g[3], month, g[1]) if g[1] else None
        else:
            start, end = _iso(g[0], int(g[1]), g[2]), None
        if start:
            # "from 1st Nov - 28 Oct 2024": an end before the start is no range (the start alone)
            best = (m.start(), FoundDate(start, end if end and end >= start else None, m.group()))
    return best[1] if best else None


DAY_HEADING = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH}(?!,?\s+\d{{4}})|"
                         rf"\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})", re.IGNORECASE)


def find_day_heading(text: str, year: str | None) -> FoundDate | None:
    """'Day 2 — Wednesday 11 October' with the page's year (marked inferred)."""
    m = DAY_HEADING.search(text)
    if not m or not year or len(text.split()) > 10:
        return None
    day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    start = _iso(year, MONTHS[month[:3].lower()], day)
    return FoundDate(start, None, m.group(), year_inferred=True) if start else None


def find_yearless_date(text: str, year: str | None) -> FoundDate | None:
    """'on March 3', 'on Friday 26 Sept' with the year taken from elsewhere on the page
    (marked inferred)."""
    if not year:
        return None
    if m := YEARLESS.search(text):
        start = _iso(year, MONTHS[m.group(1)[:3].lower()], m.group(2))
    elif m := YEARLESS_DAY_FIRST.search(text):
        start = _iso(year, MONTHS[m.group(2)[:3].lower()], m.group(1))
    elif m := HAN_YEARLESS.search(text):
        start = _iso(year, int(m.group(1)), m.group(2))  # "11月8日，由钱塘传媒学院主办的..."
    else:
        return None
    return FoundDate(start, None, m.group(), year_inferred=True) if start else None


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE = re.compile(r"\b(?:(yesterday|the day before)|(today|this morning|this afternoon|"
                      r"this evening|tonight)|(?:(last|this|next|on|this past|"
                      r"coming)\s+)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                      r"(?!,?\s+(?:\d{1,2}\s+)?" + MONTH + r"))", re.IGNORECASE)
FUTURE = re.compile(r"\b(?:will|is to|are to|to be held|upcoming|coming|next)\b", re.IGNORECASE)


def find_relative_date(text: str, published: str | None) -> FoundDate | None:
    """'last Thursday', 'on Friday', 'yesterday', 'today' counted from the story's own date (its
    dateline): the day before it, or the weekday nearest before it (after it where the
    sentence speaks of what will be). Marked inferred, as the page gives no date."""
    import datetime as dt

    m = RELATIVE.search(text)
    if not m or not published or len(published) != 10:
        return None
    day = dt.date.fromisoformat(published)
    if m.group(1) or m.group(2):
        found = day - dt.timedelta(days=1 if m.group(1) else 0)
    else:
        want, said = WEEKDAYS.index(m.group(4).lower()), m.group(3).lower()
        ahead = said in ("next", "coming") or (said in ("on", "this") and FUTURE.search(text))
        if ahead:
            found = day + dt.timedelta(days=(want - day.weekday()) % 7 or 7)
        else:
            back = (day.weekday() - want) % 7
            found = day - dt.timedelta(days=back or (7 if said == "last" else 0))
    return FoundDate(found.isoformat(), None, m.group(), year_inferred=True)
