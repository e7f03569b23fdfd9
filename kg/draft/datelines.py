"""A story's own date and author lines, which are not the event's: "Posted 14 September
2021", "SEOUL, October 4, 2022 —", "BEIJING, March 14 (Xinhua) --", "By Staff Writer".

The date a dateline gives is the source's `published` date; the event's date may be
counted from it ("last Thursday").
"""

from __future__ import annotations

import re

from kg.draft.dates import MONTH, MONTHS, FoundDate, _iso, find_date

# (and "02/05/2024", "14.10.2025" after 'Published': a dateline, whichever order its numbers take)
_DATE = r"(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|" \
        r"\d{1,2}[/.]\d{1,2}[/.]\d{4})"
DATELINE = re.compile(rf"^(?:[A-Z][A-Z .]+\s+[\u2014\u2013-]+\s+(?=Posted|Published|Updated))?"
                      rf"(?:(?:Posted|Published|Updated|Release time:|Released:|Date posted:)(?:\s+on)?\s*:?\s*|"
                      # "Posted by Hannah Liu · 2 September 2025 · 7 min read"
                      rf"(?:Posted|Published|Written)\s+by\s+[A-Z][\w.'\u2019 -]{{1,40}}?\s*[\u00b7|\u2013\u2014]\s*|"
                      rf"[A-Z][A-Za-z]+,\s+)?"
                      rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?{_DATE}"
                      rf"(?:\s*$|\s+[\u2014\u2013-]+\s+|\s{{2,}}|\s+(?=Source:|Author:|Views:)|\s*[\u00b7|]\s*)")
# "Posted on 21 March 2024 in Studio Life, Talent & Training · 4 min read": the blog's
# categories after the date are the dateline's, no organisations.
POSTED_IN = re.compile(rf"^(?:Posted|Published)(?:\s+on)?\s+{_DATE}\s+in\s+[A-Z].*$")
# A news agency's dateline gives no year: "BEIJING, March 14 (Xinhua) --".
AGENCY_DATELINE = re.compile(rf"^[A-Z][A-Za-z .'-]*,\s+{MONTH}\s+(\d{{1,2}})\s*\(([A-Za-z .]+)\)\s*"
                             rf"(?:[\u2014\u2013]|-{{1,2}})\s*")
BYLINE = re.compile(r"^\(?(?:By|Posted by|Written by|Words by|Report(?:ed by)?:|Text(?: and photos)?:)\s+[A-Z][\w .'-]*(?:,[^.]*)?(?:\s*\|.*)?\)?$")
PAGE_DETAILS = re.compile(r"(?:Source|Author|Views|Editor|Photo|Hits|Clicks)\b")


# A news page's line of details: "Source: School of Animation    Date: 2025-05-16    Views: 312",
# "Author: Li Na | Time: 2024-10-12 | Clicks: 88": a date's label beside the page's own (not
# "Date: ... Time: ... Venue: ...", an event's).
PAGE_META = re.compile(r"^(?=.*\b(?:Source|Author|Views|Editor|Hits|Clicks|Reads|Visits)\s*[:\uff1a])"
                       r"(?:Source|Author|Views|Editor|Hits|Clicks|Reads|Visits|Date|Time|Release time|"
                       r"Published|Posted)\s*[:\uff1a]", re.IGNORECASE)
META_DATE = re.compile(r"\b(?:Date|Time|Release time|Published|Posted)\s*[:\uff1a]\s*(\S+(?:\s+\S+){0,2})",
                       re.IGNORECASE)


# The same line on a Chinese news page: "发布时间：2025-11-10 来源：戏剧影视学院 作者：林晓彤 浏览次数：1286".
# ("发布时间：2025-06-23" alone is the story's date too; "日期：" alone may be the event's)
HAN_PAGE_META = re.compile(r"^(?:(?=.*(?:来源|作者|浏览|点击|编辑|发布者)\s*[:\uff1a])"
                           r"(?:发布时间|发布日期|日期|时间|来源|作者|浏览次数|点击数|发布者)|发布时间|发布日期)\s*[:\uff1a]")
HAN_META_DATE = re.compile(r"(?:发布时间|发布日期|日期|时间)\s*[:\uff1a]\s*(\S+)")


def read_dateline(text: str, year: str | None) -> tuple[FoundDate | None, str, str] | None:
    """(the date, the dateline's words, the rest of the line) for a line that begins with a
    dateline, or None. An agency's dateline takes `year` from the page (marked inferred)."""
    if PAGE_META.match(text) and (date := META_DATE.search(text)):
        return find_date(date.group(1)), text, ""
    if HAN_PAGE_META.match(text):
        date = HAN_META_DATE.search(text)
        return (find_date(date.group(1)) if date else None), text, ""
    if m := POSTED_IN.match(text) or DATELINE.match(text):
        return find_date(m.group()), m.group(), text[m.end():].strip()
    if (m := AGENCY_DATELINE.match(text)) and year:
        start = _iso(year, MONTHS[m.group(1)[:3].lower()], m.group(2))
        found = FoundDate(start, None, m.group().strip(), year_inferred=True) if start else None
        return found, m.group(), text[m.end():].strip()
    return None
