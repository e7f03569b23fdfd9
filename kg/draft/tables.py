"""Programme tables as a page copies them: tab-separated or markdown pipe rows under a header
("Time | Session | Speaker(s) | Affiliation"), read column by column.

Each row becomes the lines the rest of the reader knows: the time and session ("10:00 |
Welcome"), then one list item per speaker with the affiliation of their column ("- Ingrid
Solberg, Dean, School of Moving Image"). Several speakers in one cell ("Maren Lie / Jonas
Berg", "A and B", "A <br> B") are paired with as many affiliations ("Nordvik University
College / Skarv Film"); a row with no time and no session continues the session above
(a panel's further speakers). A list of attending companies ("Enterprise | Representative |
Position") is read the same way: each representative, their post, at their company.
"""

from __future__ import annotations

import re

from kg.draft.han_entries import HAN_NAME_ALONE

COLUMN_WORDS = {
    "time": re.compile(r"^(?:time|when|hour|start)$", re.IGNORECASE),
    "session": re.compile(r"^(?:session|title|programme|program|topic|event|item|what|talk)$",
                          re.IGNORECASE),
    "speaker": re.compile(r"^(?:speakers?(?:\s*\(s\))?|speaker\(s\)|who|name|names|presenters?|"
                          r"guests?|panell?ists?|people|participants?|moderator|representatives?|delegates?|姓名|嘉宾|嘉宾姓名|发言人)$",
                          re.IGNORECASE),
    "affiliation": re.compile(r"^(?:affiliations?|organi[sz]ations?|institutions?|company|companies|"
                              r"enterprises?|employer|from|organi[sz]ation\(s\)|affiliation\(s\)|单位|工作单位|所在单位|机构)$", re.IGNORECASE),
    "post": re.compile(r"^(?:position|designation|job title|post|职务|职称|职位)$", re.IGNORECASE),
    "role": re.compile(r"^(?:role|function)$", re.IGNORECASE),
}
# A name in Chinese, its Latin form in brackets aside ("高逸凡（Ethan Gao）").
HAN_NAME_CELL = re.compile(rf"^({HAN_NAME_ALONE})(?:\s*[(\uff08][^)\uff09]*[)\uff09])?$")
SEPARATOR_ROW = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
# Several people in one cell: "A / B", "A <br> B", "A and B", "A & B", "A; B".
SPLIT_PEOPLE = re.compile(r"\s*<br\s*/?>\s*|\s+/\s+|\s*;\s*")
NAMES_AND = re.compile(r"\s+(?:and|&)\s+(?=(?:Prof|Dr|Mr|Ms)\.?\s|[A-Z])")  # "Tone Vik and Peder Holm"
SPLIT_ORGS = re.compile(r"\s*<br\s*/?>\s*|\s+/\s+|\s*;\s*")


def cells(raw: str) -> list[str] | None:
    """A table row's cells (empty ones kept), or None for a line that is no row."""
    if "\t" in raw:
        return [c.strip() for c in raw.strip("\n").split("\t")]
    text = raw.strip()
    if text.startswith("|") and text.count("|") >= 3:
        return [c.strip() for c in text.strip("|").split("|")]
    return None


def header_columns(row: list[str]) -> list[str] | None:
    """What each column holds, when the row is a header that names a speaker column."""
    kinds = []
    for cell in row:
        kind = next((k for k, pattern in COLUMN_WORDS.items() if pattern.match(cell.strip("* "))), "")
        kinds.append(kind)
    return kinds if "speaker" in kinds and sum(bool(k) for k in kinds) >= 2 else None


def rewrite_tables(raw_lines: list[str]) -> list[str]:
    """The page's lines with each programme table (one with a header naming its columns)
    rewritten as session lines and speaker items; every other line as it was. The result
    has as many lines as the input (a row's lines joined by newlines in its place), so
    line numbers stay the page's."""
    out = list(raw_lines)
    columns: list[str] | None = None
    for n, raw in enumerate(raw_lines):
        row = cells(raw)
        if row is None:
            columns = None
            continue
        if SEPARATOR_ROW.match(raw.strip()):
            out[n] = ""
            continue
        if (found := header_columns(row)) is not None:
            columns, out[n] = found, ""
            continue
        if columns:
            out[n] = "\n".join(_row_lines(dict(zip(columns, row + [""] * len(columns)))))
    return out


def _row_lines(row: dict[str, str]) -> list[str]:
    lines = []
    head = " | ".join(v for v in (row.get("time", ""), row.get("session", "")) if v)
    if head:
        lines.append(head if row.get("time") else f"{head}:" if not row.get("speaker") else head)
    people = [q for p in SPLIT_PEOPLE.split(row.get("speaker", "")) if p.strip()
              for q in (NAMES_AND.split(p) if "," not in p and "(" not in p else [p])]
    orgs = [o for o in SPLIT_ORGS.split(row.get("affiliation", "")) if o.strip()]
    if len(orgs) not in (0, 1, len(people)):
        orgs = [row["affiliation"]] * len(people)
    for k, person in enumerate(people):
        org = orgs[k] if len(orgs) == len(people) else orgs[0] if orgs else ""
        role = row.get("role", "")
        text = person.strip()
        if row.get("post") and len(people) == 1 and HAN_NAME_CELL.match(text):
            # "孟凡强 | 济南市章丘区人民政府 | 副区长": written as a Chinese page writes it
            text, org = f"{org}{row['post']}{HAN_NAME_CELL.match(text).group(1)}", ""
        elif row.get("post") and len(people) == 1:
            # "Representative | Position": the post at the company ("Name – Post, Company")
            text, org = f"{text} \u2013 {row['post']}{', ' + org if org else ''}", ""
        if org and org not in text:
            text = f"{text}, {org}" if "(" not in text else text
        if role:
            text = f"{role}: {text}"
        lines.append(text if re.match(r"^[\w ]{1,20}:\s", text) else f"- {text}")
    return lines
