"""A page's lines -> blocks (headings, list items, labelled lines, paragraphs) and sentences.

Pages set out a programme in a few ways: headings over paragraphs, bulleted or numbered
lists (mixed markers included), "Moderator: ..." lines. A paragraph repeated word for
word (a copy-paste slip) is kept once, and a last line cut off mid-sentence is marked so
that what follows from it states no more than the page does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.draft.bilingual import english_posts
from kg.draft.dates import FOREIGN_MONTHS
from kg.draft.label_words import KNOWN_LABEL, han_label
from kg.draft.name_words import HONORIFICS
from kg.draft.page import Line
from kg.draft.person_names import parse_name
from kg.draft.posts import starts_title

# A list item's marker (not the day of "12. März 2026", a German date).
BULLET = re.compile(r"^(?:[-*+\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u2013\u2014\u2219>]+|"
                    r"\(?\d{1,2}[.)](?!\s+(?i:" + "|".join(FOREIGN_MONTHS) + r")\b)|\(?[a-z][.)]|[ivx]{1,4}[.)])\s+")
BAR_LABEL = re.compile(r"^([^|:\uff1a]{1,40}?)\s*\|\s*([^|]*)$")
# (a label in Chinese or Japanese too: "主持：", "パネリスト：", a Japanese one in katakana only when known)
LABEL = re.compile(r"^([A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff\u3400-\u9fff\u30a0-\u30ff][\w&'\u2019/. \u3000\u3040-\u30ff\u3400-\u9fff-]{1,40}?)\s*[:\uff1a]\s*(.*)$")
TERMINAL = re.compile(r"[.!?\u3002\uff01\uff1f\"\u201d\u2019')\]]$")
# A line that ends in one of these was cut before its end (so was a long last paragraph
# with no full stop).
DANGLING = re.compile(r"(?:,|;|:|\band|\bof|\bthe|\bat|\bfor|\bin|\bwith|\bby|\bto|\ba|\ban|\bfrom)$",
                      re.IGNORECASE)
# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = ("Prof", "Dr", "Mr", "Mrs", "Ms", "Mx", "St", "Jr", "Sr", "Co", "Ltd", "Inc", "No",
                 "Pvt", "Pty", "Sdn", "Fr", "Engr", "Atty", "Bro", "Msgr",
                 "vs", "e.g", "i.e", "Dept", "Univ", "Assoc", "Asst", "Sept", "Sep", "Oct", "Nov",
                 "Dec", "Jan", "Feb", "Mar", "Apr", "Aug", "Jun", "Jul", "Corp", "Mt", "etc",
                 # titles of other languages: Spanish, Portuguese, Indian, German
                 "Dra", "Sra", "Srta", "Mtro", "Mtra", "Lic", "Lcdo", "Lcda", "Ing", "Arq", "Profa", "Smt",
                 "Mag", "Dipl", "Hon", "Rev", "Mg", "Inf", "Des", "Kfm", "Phil", "Psych", "rer", "nat", "phil",
                 "MgA", "Mgr", "doc", "prof", "Bc", "PhDr", "JUDr", "RNDr", "Ing", "drs", "ir")
SENTENCE_END = re.compile(r"(?<=[.!])[\"\u201d\u2019]?\s+(?=[\"\u201c\u2018(]?[A-Z0-9\u3400-\u9fff])|"
                          r"(?<=[\u3002\uff01])\s*")


# The label of a heading made of a label line whose text named no one ("Keynote: The
# Graduate and the Market"): not to be read back as that label's people.
NO_PEOPLE = "no people"


@dataclass
class Block:
    kind: str  # heading | item | label | paragraph
    line: int
    text: str  # without bullet marker; for a label, what follows the colon
    label: str = ""  # a label's word(s) ("Moderator"), a list item's marker
    cut: bool = False  # the page ends inside this block
    timed: bool = False  # a programme's session, after its time


def is_heading(text: str) -> bool:
    words = text.split()
    # "Filming Under Fire: ... (Online Panel)": a bracket ends a title, not a sentence
    bare = re.sub(r"\s*\((?:online|hybrid|in person|in-person|[\w -]*(?:panel|webinar|keynote|talk|lecture|"
                  r"workshop|masterclass|symposium|forum|conference|seminar|edition))\)$", "", text, flags=re.IGNORECASE)
    return (0 < len(words) <= 14 and not TERMINAL.search(bare) and not DANGLING.search(text)
            and not text.startswith(("图为", "圖為"))  # "图为会议现场": a photo's caption
            and (text[0].isupper() or text[0].isdigit() or "\u3400" <= text[0] <= "\u9fff" or
                 bool(re.match(r"\u3010[^\u3011]{2,8}\u3011\S{6,}|\u3010[^\u3011]{2,30}\u3011$", text)))
            # ("【产教融合】X仪式举行": a column's tag, a title; "【第一阶段：成立大会】": a part of the programme)
            and text.count(",") <= 3 and ";" not in text)


# A programme line's time: "09:30 – 10:30 |", "18:00".
TIME_PREFIX = re.compile(r"^(?:\d{1,2}(?:[:.h]|\s?h\s)\d{2}|\d{1,2}\s?h(?=\s)|\d{1,2}(?=\s?(?:am|pm)))(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
                         r"(?:\s*(?:-|\u2013|\u2014|to|\u00e0s|\u00e0|a|bis|at\u00e9)\s*(?:\d{1,2}(?:[:.h]|\s?h\s)\d{2}|\d{1,2}\s?h\b))?"
                         r"(?:\s*(?:am|pm|a\.m\.|p\.m\.|h))?(?:\s+(?-i:[A-Z]{1,3}T|UTC)(?:[+-]\d{1,2})?\b)?"
                         r"\s*(?:[|:\u2013\u2014]\s*|-\s+)?", re.IGNORECASE)  # "9:00am - 9:30am ADT", "09h30 : Accueil", "9 h 30 – 11 h", "15h às 16h30 – Painel"


TABLE_HEADER = re.compile(r"^(?:(?:time|session|speakers?|title|topic|venue|room|moderator|"
                          r"programme|program|date|name|affiliation)\s*(?:\||$)\s*){2,}$", re.IGNORECASE)


SESSION_DASH = re.compile(r"^((?:Opening\s+|Closing\s+)?(?:Keynote|Talk|Lecture|Panel|Masterclass|Roundtable|"
                          r"Workshop|Screening|Session|Conversation|Presentation)\b[^\u2014\u2013]{0,150}?)"
                          r"\s+[\u2014\u2013]\s+((?:(?:Prof|Dr|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w.'\u2019-]*\s+"
                          r"[A-Z][\w'\u2019-]*.*)$")


def schedule_lines(lines: list[Line]) -> list[Line]:
    """Programme lines as their parts: the time dropped, '|' columns each a line of its own
    ('Keynote: X | Prof. Y (Z)' -> the session, then who gives it)."""
    out = []
    after_time = False  # the line before was a time alone ("3:30 PM - 5:00 PM"): this one is its session
    for line in lines:
        if TABLE_HEADER.match(line.text):
            continue  # "Time | Session | Speaker"
        if after_time and not TIME_PREFIX.match(line.text):
            out.append(Line(line.number, line.text, timed=True))
            after_time = False
            continue
        if talk := SESSION_DASH.match(line.text):
            # "Keynote 1: 'Title' — Dr. Kavita Deshpande, Head of ...": the talk, then its speaker.
            out += [Line(line.number, talk.group(1)), Line(line.number, "- " + talk.group(2))]
            continue
        if not TIME_PREFIX.match(line.text):
            out.append(line)
            continue
        text = re.sub(r"^\s*\|\s*", "", TIME_PREFIX.sub("", line.text))  # ("9:00 – 9:30am   | Registration")
        if not text.strip():
            after_time = True
            continue
        # "Keynote — "Title": Raj Patel (...)": the session (with its title), then who gives it.
        text = re.sub(r"\s+[\u2014\u2013]\s+([\"\u201c][^\"\u201d]+[\"\u201d]):\s+", r": \1 | ", text)
        columns = [c.strip() for c in re.split(r" \| | [\u2014\u2013] ", text) if c.strip()]
        # After the session's column, the people who give it: list items.
        for k, column in enumerate(columns or [text]):
            if k and (bracketed := re.fullmatch(r"\((\w[\w ]{0,20}:.+)\)", column)):
                column = bracketed.group(1)  # "(Mentors: Dr. Sofia Lindqvist, Aditya Rao)"
            # "Moderator: A (X); Panelists: B (Y), C (Z)": each label a line of its own.
            for part in re.split(r";\s*(?=[A-Z][\w ]{1,20}:)", column):
                labelled = k == 0 or LABEL.match(part)
                out.append(Line(line.number, part if labelled else "- " + part, timed=k == 0))
    return out


# What a web page around the article adds when copied with it: breadcrumbs, share buttons,
# related links, footers. Such lines are no part of the event.
CHROME = re.compile(
    r"^(?:.*\s(?:>|\u00bb|\u203a)\s.*|(?:share|share this|follow us|tags?|keywords|views?|"
    r"hits|print|email)\b.*|(?:related|latest|more|recent|previous|next)\s+(?:news|articles?|"
    r"posts?|stories|events)\b.*|contact us|back to top|read more|(?:copyright|\u00a9).*|"
    r"all rights reserved.*|add to (?:my )?(?:sched|schedule|calendar)\b.*|facebook|instagram|linkedin|twitter|eventbrite|meetup|search facebook|"
    r"(?:\[[^\]]{1,30}\]\s*){3,}|advertisement|sponsored( content)?|subscribe.*|sign up.*|"
    r"\d+\s+comments?\b.*|.*\S+@\S+\.\w+.*|\[(?:photo|image|video|picture)[^\]]*\].*|"
    # "LinkedIn · Instagram", "X · LinkedIn · Google Scholar": a card's links
    r"(?:(?:linkedin|instagram|facebook|x|twitter|vimeo|youtube|tiktok|artstation|google scholar|"
    r"website|bluesky|threads|behance|imdb|weibo|wechat)\s*(?:[\u00b7|,/\u2022]\s*|$))+)$", re.IGNORECASE)


# A site's menu: "Productions | Studios | Careers | News | Contact".
MENU = re.compile(r"^(?:[\w&'\u2019.-]+(?: [\w&'\u2019.-]+){0,2}\s+[|\u00b7\u2022/]\s+){2,}[\w&'\u2019.-]+(?: [\w&'\u2019.-]+){0,2}$")


# The credits at a Chinese story's foot: its writer, photographer, editors and reviewers.
HAN_CREDIT = (r"(?:文字|文|撰稿|图片|图|摄影|排版|编辑|责编|责任编辑|美编|审核|初审|复审|终审|审校|校对|供稿|视频|"
              r"通讯员|记者|文字整理|统稿|一审|二审|三审)\s*[|\uff5c:\uff1a]\s*[^|\uff5c:\uff1a\s]{1,24}")
HAN_CREDITS = re.compile(rf"[\uff08(]?{HAN_CREDIT}(?:\s+{HAN_CREDIT})*[\uff09)]?")


def is_boilerplate(text: str) -> bool:
    """A line of the site's furniture anywhere on the page (a menu, a listing's filter, a
    template's placeholder, tags, a story's credits), unlike kg.draft.chrome.is_chrome, which
    tells the site's top lines from the page's title."""
    if HAN_CREDITS.fullmatch(text.strip()):
        return True  # "撰稿｜林子墨", "文字：X 摄影：Y", "（审核：Z）": who wrote the story, no part of the event
    if re.fullmatch(r"(?i)(?:(?:related|latest|more|recent|other)\s+(?:news|articles?|posts?|stories)\s*:?|read more\s*:)", text):
        return False  # a heading the reader stops at: what follows is other news (extract.OTHER_EVENTS)
    if MENU.match(text) and not re.search(r"\d", text) and not agenda_row(text) or re.match(r"(?i)(?:filter(?: by)?|sort by)\s*:", text):
        return True  # a menu; a listing's filter ("Filter: All | Keynote | Animation")
    if re.fullmatch(r"(?i)speaker name|(?:job\s+)?title,?\s+(?:company|organi[sz]ation)|name surname|first name last name|"
                    r"(?:view|see|read)\s+(?:all|more|full|profile|bio)\b.{0,30}", text):
        return True  # a template's placeholder card; "View all speakers →", "View profile ›"
    if re.match(r"(?i)(?:tags?|keywords|categories|filed under)\s*:", text):
        return True  # "Tags: animation, AI, panels": the site's index words, whatever they are
    return bool(CHROME.match(text)) and not re.search(r"\b(?:moderat|speak|panel|keynote)", text, re.I)


def agenda_row(text: str) -> bool:
    """'Chinedu Obi | Co-founder & CEO | Ojuju Animation Studios': a person, their post and
    organisation in an agenda's columns, which a menu's words resemble."""
    cells = [cell.strip() for cell in text.split("|")]
    return len(cells) == 3 and bool(parse_name(cells[0])) and starts_title(cells[1])


SESSION_COLUMNS = re.compile(r"^(?:panel|roundtable|keynote|paper session|session|masterclass|workshop|"
                             r"in conversation|screening|closing roundtable|opening|talk|lecture)\b[^|]{0,20}\|\s*\S",
                             re.IGNORECASE)


# "Table ronde / Mesa redonda: “Coproduire en formation”": a session's heading, whatever follows.
SESSION_START = re.compile(r"^(?:table ronde|mesa redonda|runder tisch|panel|roundtable|round table|keynote|"
                           r"plenary|lecture|paper session|"
                           r"conf\u00e9rence|conferencia|atelier|taller|workshop|masterclass|screening|"
                           r"projection|proyecci\u00f3n)\b[^.]{0,120}$", re.IGNORECASE)


# A label in another language's gloss ("Moderation (mediação): X"), or a second label after
# the first's sentence ("Speakers: A; B. Moderation: C").
GLOSSED_LABEL = re.compile(r"^([A-Z][\w ]{1,25}?)\s*\([^()]{1,30}\)\s*:")
NEXT_LABEL = re.compile(r"(?:(?<=\.)\s+|\s+\|\s+)([A-Z][\w &]{1,25}?)(?:\s*\([^()]{1,30}\))?:\s+")


def avatar_initials(text: str, following: list[Line]) -> bool:
    """'MP' over 'Marlene Paul': a speaker card's avatar, the initials of the name under it."""
    if not (following and re.fullmatch(r"[^\W\d_]{1,3}", text) and text.isupper()):
        return False
    words = [w for w in re.sub(r"^(?:(?:Prof|Dr|Mr|Ms|Mrs)\.?\s+)+", "", following[0].text).split() if w[:1].isupper()]
    return len(words) >= 2 and "".join(w[0] for w in (words[0], words[-1])).upper() == text


def labels_apart(line: Line) -> list[Line]:
    text = line.text
    if (glossed := GLOSSED_LABEL.match(text)) and KNOWN_LABEL.match(glossed.group(1)):
        text = glossed.group(1) + text[glossed.end() - 1:]
    if LABEL.match(text) and (after := NEXT_LABEL.search(text)) and KNOWN_LABEL.match(after.group(1)):
        return [Line(line.number, text[: after.start()]),
                *labels_apart(Line(line.number, f"{after.group(1)}: {text[after.end():]}"))]
    return [Line(line.number, text, line.timed)]


# A programme day's session: "TUESDAY 15/10 – Panel "Where is the money?"" (a heading,
# though it ends in a quotation mark or a bracket).
# A strand of parallel sessions by its code: "1A  Training Pipelines (Room HB1.04)", "B2 – Archives"
# (not "3D Animation in Practice": a D after a digit is a dimension).
STRAND = re.compile(r"^(?:\d[A-CE-H]|[A-H]\d)\b\s*(?:[\u2013\u2014:|-]\s*)?[A-Z\u201c\"](?:[^.!?]|(?<=\d)\.(?=\d)){3,100}$")
DAY_SESSION = re.compile(r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
                         r"\d{1,2}(?:[/.]\d{1,2}|\s+[A-Za-z]+)\s*[\u2013\u2014:-]\s+[^.!]{3,120}$", re.IGNORECASE)


# A heading between dashes or other marks: "— FINAL JURY (27 July) —", "=== Speakers ===".
DECORATED_HEADING = re.compile(r"^[\u2014\u2013=*~#-]{1,5}\s+([^\u2014\u2013=*~#]{2,60}?)\s+[\u2014\u2013=*~#-]{1,5}$")


def blocks(lines: list[Line]) -> list[Block]:
    """Classify each line; paragraphs met before are dropped (a repeated paragraph gives no
    duplicate facts)."""
    out: list[Block] = []
    seen: set[str] = set()
    lines = schedule_lines(english_posts(lines))
    lines = [line for line in lines if not is_boilerplate(line.text)]
    lines = [part for line in lines for part in labels_apart(line)]
    lines = [line for i, line in enumerate(lines) if not avatar_initials(line.text, lines[i + 1:i + 2])
             and not (i and line.text == lines[i - 1].text and len(line.text.split()) <= 6)]  # a card's name twice
    for i, line in enumerate(lines):
        text = line.text
        last = i == len(lines) - 1
        if SESSION_COLUMNS.match(text) or SESSION_START.match(text) and not text.endswith(".") or \
                DAY_SESSION.match(text) or STRAND.match(text) and len(text.split()) <= 14:
            block = Block("heading", line.number, text)  # "PANEL 1 | Who Finances the ...?"
        elif decorated := DECORATED_HEADING.match(text):
            block = Block("heading", line.number, decorated.group(1))  # "— MENTORS —", "== Programme =="
        elif bullet := BULLET.match(text):
            block = Block("item", line.number, text[bullet.end():].strip(), bullet.group().strip())
        elif (bar := BAR_LABEL.match(text)) and len(bar.group(1).split()) <= 3 and " / " not in bar.group(2) and (
                han_label(bar.group(1).split()[0]) or not starts_title(bar.group(1)) and
                KNOWN_LABEL.match(re.sub(r"[\u3400-\u9fff]+\s*", "", bar.group(1)).strip() or "-")):
            # "主持人 Moderator｜楊子儀（影評人）", "與談人 Panelists｜" over its list: a label and a bar
            # (not "Producer | Les Films du Héron": a post and its organisation)
            block = Block("label", line.number, bar.group(2).strip(), bar.group(1).strip())
        elif (label := LABEL.match(text)) and len(label.group(1).split()) <= 4 and \
                not label.group(2).startswith("//") and \
                (not re.match(r"[\u30a0-\u30ff]", label.group(1)) or han_label(label.group(1).split()[0])) and (
                    KNOWN_LABEL.match(re.sub(r"[\u3400-\u9fff]+\s*", "", label.group(1)).strip()) or han_label(label.group(1))
                    # ("Coordenação / Chair:", "Mediação / Moderator:": a label in two languages)
                    or any(KNOWN_LABEL.match(part) for part in re.split(r"\s+/\s+", label.group(1))[1:])
                    or not is_heading(text)):
            block = Block("label", line.number, label.group(2).strip(), label.group(1).strip())
        elif is_heading(text) and not (last and len(lines) > 1 and len(text.split()) > 6) or \
                line.timed and (is_heading(re.sub(r"\s*\([^()]{1,40}\)$", "", text)) or
                                # '15h – Painel "Coprodução com a América Latina"': its title in quotes
                                re.fullmatch(r"[^.!?\u201c\"]{3,40}[\u201c\"][^\u201d\"]{3,120}[\u201d\"]", text)):
            # "11:00–12:00  Closing plenary and farewell (Aula)": a session, its room in brackets
            block = Block("heading", line.number, text, timed=line.timed)
        else:
            block = Block("paragraph", line.number, text)
        key = re.sub(r"\W+", " ", block.text.casefold()).strip()
        if block.kind == "paragraph" and len(key) > 40:
            if key in seen:
                continue
            seen.add(key)
        if last and block.kind == "paragraph" and not TERMINAL.search(text) and (
                DANGLING.search(text) or len(text.split()) > 12):
            block.cut = True
        out.append(block)
    return out


# Where the last complete phrase of a cut line ends.
PHRASE_END = re.compile(r"(?:[,;:]|\s+(?:at|of|for|from|and|in|with|by|on|to|the))\s+")


def complete_part(text: str) -> str:
    """A line cut mid-sentence without its last, unfinished phrase: '..., and Lin ZHOU,
    Professor at the Beijing Film' -> '..., and Lin ZHOU'. (The phrase before the cut may
    have gone on: 'Professor' may have been 'Professor of ...'.)"""
    ends = list(PHRASE_END.finditer(text))
    return text[: ends[-1].start()].rstrip() if ends else ""


def sentences(text: str) -> list[str]:
    """A paragraph's sentences; full stops after abbreviations and initials do not end one."""
    parts = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        before = text[start:m.start()].rstrip("\"\u201d\u2019")
        word = re.search(r"([\w.]+)\.$", before)
        if word and (word.group(1) in ABBREVIATIONS or len(word.group(1)) == 1 or
                     f"{word.group(1).lower()}." in HONORIFICS):  # "Doç.", "Dott.", "Ir."
            continue
        parts.append(text[start:m.start()].strip())
        start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]
