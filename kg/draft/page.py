"""Read a page: bytes -> numbered lines of text, or a one-line reason it cannot be drafted."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kg.draft.columns import split_columns
from kg.draft.label_words import KNOWN_LABEL
from kg.draft.tables import rewrite_tables
from kg.errors import KgError

# Control characters other than tab, newline, carriage return and form feed: text has
# almost none; a binary file has many.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Past this many characters a line is not a line of a page (a minified blob, a data
# dump): it is cut, so every later step works on bounded pieces.
MAX_LINE = 4000


class UndraftablePage(KgError):
    """The input is not the text of a page (empty, binary, not UTF-8, no event)."""

    exit_code = 2


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, as an editor shows it
    text: str
    timed: bool = False  # a programme line's session, after its time ("11:00 Closing plenary")


def decode_page(data: bytes, name: str) -> str:
    """The page's text; UndraftablePage when it is empty, binary or not UTF-8."""
    if not data.strip():
        raise UndraftablePage(f"{name}: the file is empty")
    head = data[:8192]
    if b"\x00" in head or len(CONTROL.findall(head.decode("latin-1"))) > len(head) // 100 + 2:
        raise UndraftablePage(f"{name}: a binary file, not the text of a page")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise UndraftablePage(f"{name}: line {line}: not valid UTF-8 (byte 0x{data[e.start]:02x}); "
                              "save the page as UTF-8 text") from None
    return text


# Spaces that copy-pasting lost: "ZHANGWeimin", "Weimin ZHANG,CHEN Mei".
RUN_TOGETHER = (
    # ('、' between two Chinese words stays: "党委副书记、副校长周明远" is one person's two posts,
    # where '，' would part two people)
    (re.compile("(?<![\u3400-\u9fff])\u3001|\u3001(?![\u3400-\u9fff])|\uff0c"), ", "),
    (re.compile("\uff1b"), "; "), (re.compile("\uff1a"), ": "),
    (re.compile("\uff08"), " ("), (re.compile("\uff09"), ") "),
    (re.compile(r"\b([A-Z]{2,})([A-Z][a-z]{2,})\b"), r"\1 \2"),
    (re.compile(r"\b([A-Z][a-z]{2,})([A-Z]{2,})\b"), r"\1 \2"),
    (re.compile(r"([,;])(?=[A-Z\u3400-\u9fff])"), r"\1 "),
    # A nickname in quotes between the names: 'Jomar "JM" Villanueva'
    (re.compile(r"(?<=[a-z])\s+[\"\u201c][A-Za-z.]{1,12}[\"\u201d]\s+(?=[A-Z])"), " "),
    (re.compile(r"\((Dr|Prof|Mrs|Mr|Ms|Engr)\.?\)"), r"\1."),  # "Prof. (Dr.) Suresh K. Bhattacharya", "Prof. (Mrs.) X"
    # French typography: "Modération : X", « Titre » (not a breadcrumb's "Home » News")
    (re.compile(r"(?<=[\w)])\s+([:;!?])(?=\s|$)"), r"\1"),  # ("Julien MOREAU (X) : « Titre »")
    (re.compile("\u00ab\\s*([^\u00ab\u00bb]*?)\\s*\u00bb"), "\u201c\\1\u201d"),
)


def spaced(text: str) -> str:
    """Put back the spaces a page lost between a capitalised family name and the given name,
    and after a comma or semicolon; full-width punctuation ('、', '，') as its ASCII form."""
    for pattern, replacement in RUN_TOGETHER:
        text = pattern.sub(replacement, text)
    return text


# A programme line: a time first.
TIMED = re.compile(r"^(?:\d{1,2}[:.h]\d{2}\b|\d{1,2}h\s|\d{1,2}\s?(?:am|pm)\b)", re.IGNORECASE)  # "7pm - Opening" too


PRONOUNS = re.compile(r"\s*\((?:she|he|they|ze|xe)\s*/\s*(?:her|hers|him|his|they|them|theirs|zir|xem)"
                      r"(?:\s*/\s*\w+)?\)", re.IGNORECASE)


def page_lines(text: str) -> list[Line]:
    """Non-blank lines, each normalised (NFC, no-break spaces, runs of spaces), numbered."""
    lines = []
    # A site's menu copied as words spaced apart ("Home   Watch   Marketplace   Groups"): dropped
    text = "\n".join("" if SPACED_MENU.match(line) and not re.search(r"\d", line) else line
                     for line in text.splitlines())
    for number, row in enumerate(rewrite_tables(reflowed(text.splitlines())), 1):
        for raw in row.split("\n"):  # a table's row, or a run of columns: several lines
            clean = unicodedata.normalize("NFC", raw[:MAX_LINE]).replace("\u00a0", " ")
            # A full-width bar: between a Chinese or Japanese word and its English one a gloss
            # ("開会挨拶｜Opening Remarks"), else a column ("08:30–09:00｜報到 Registration")
            clean = re.sub(r"(?<=[\u3040-\u9fff])\s*\uff5c\s*(?=[A-Za-z])", " / ", clean).replace("\uff5c", " | ")
            # Pronouns after a name ("Mei-Lin Tsang (she/her) | Head of ..."): no post, no part of the name
            clean = PRONOUNS.sub("", clean)
            # Emoji and pictographs ("🎤 Speaker: ..."): decoration, not words
            clean = "".join(c for c in clean if unicodedata.category(c) not in ("So", "Cs", "Co")
                            and c not in "\ufe0f\u200d")
            # Tabs are the columns of a table copied from a web page: kept as ' | '.
            clean = CONTROL.sub(" ", re.sub(r"\s*\t+\s*", " | ", clean.strip("\t ")))
            # "                | Mr Arjun PILLAI (Director, ...)": a table's row whose first cell is empty
            clean = re.sub(r"^\|\s+(?=\S)", "", clean)
            if TIMED.match(clean):  # "13:00  Opening Remarks  Reiko YAMAZAKI (...)": columns too
                clean = re.sub(r"(?<=\S) {2,}(?=\S)", " | ", clean)
            elif spaced_label := SPACED_LABEL.match(clean):
                # "Director   KIM Soo-jin": a label's column; "LEE Hye-won   CEO, Sonamu Films": a name's
                head = spaced_label.group(1)
                if KNOWN_LABEL.match(head):
                    clean = f"{head}: {spaced_label.group(2)}"
                elif re.search(r"\b[A-Z]{2,}\b", head) and re.search(r"\b[A-Z][a-z]", head):
                    clean = f"- {head} | {spaced_label.group(2)}"  # one of a list
            clean = re.sub(r" {2,}", " ", spaced(markdown_free(clean))).strip()
            if clean:
                lines.append(Line(number, clean))
    return lines


# A line the page (a PDF, a mail) broke in the middle of a phrase: "produc-" / "tion", "...
# Facultad de Ciencias de la" / "Comunicación, Universidad ...".
BROKEN = re.compile(r"(?:[a-z\u00e0-\u00ff]-|\b(?:of|the|de|la|del|des|du|and|y|et|und|f\u00fcr|for|at|in|with|"
                    r"to|on|by|a|an),?)$")


# A line that begins a person's entry ("Dra. Lucía Ferrer Montaner, Catedrática ..."): not the
# end of the line above, however wide that is.
ENTRY_START = re.compile(r"^(?:(?:Prof|Dr|Dra|Mr|Ms|Mrs)\.?\s+)*[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3},")


# A line that ends inside a name, after its honorific ("... del Dipartimento, Prof.ssa Maria
# Chiara" / "Bellandi Sforzini, e della ..."): the next line finishes the name.
NAME_CUT = re.compile(r"\b(?:Prof|Dr|Dra|Dott|Mr|Ms|Mrs)(?:\.ssa|\.)?\s+(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+$")


# A short first column, three spaces or more, then the rest: "Producer   PARK Min-ho".
SPACED_LABEL = re.compile(r"^([A-Z][\w&'/.-]*(?: [\w&'/.-]+){0,3}) {3,}(\S.*)$")


def known_label_line(text: str) -> bool:
    """Whether a line begins with a label word and its colon ("Mediação: X", "Moderator: Y")."""
    return bool((label := re.match(r"([^:]{2,30}):\s", text)) and KNOWN_LABEL.match(label.group(1)))


def hard_wrap_width(lines: list[str]) -> int | None:
    """The width a page was wrapped at, when its long lines end near one width (a mail, a
    copy of a wrapped article); None for a page whose paragraphs are lines of their own."""
    long = [len(line.rstrip()) for line in lines if len(line.rstrip()) >= 50]
    if len(long) < 6:
        return None
    # (a line left far longer than the others, a caption or a link, is no wrapped one: a tenth may be)
    middle = sorted(long)[len(long) // 2]
    if 0 < sum(n > 1.4 * middle for n in long) <= len(long) // 10:
        long = [n for n in long if n <= 1.4 * middle]
    width = max(long)
    near = sum(1 for n in long if n >= width - 15)
    return width if width <= 120 and len(long) >= 8 and near >= 0.5 * len(long) else None


def indent(line: str) -> int:
    """How far a line's text begins from the left."""
    return len(line) - len(line.lstrip())


def unwrapped(raw_lines: list[str], shortest: int = 40) -> list[str]:
    """The page's lines with a broken line joined to the next (which is left empty, so line
    numbers stay the page's). A line shorter than `shortest` is taken as whole (a column's
    lines are all short: there 0)."""
    lines = list(raw_lines)
    width = hard_wrap_width(lines)
    held, chained = 0, False  # the line holding the text read so far (a line joined to it goes on to the next)
    for i in range(len(lines) - 1):
        if not chained:
            held = i
        chained = False
        here, after = lines[i].rstrip(), lines[i + 1].strip()
        if width and len(here) >= width - 25 and after and not re.search(r"[:.!?]$", here) and \
                len(re.findall(r"\b[a-z][\w'\u2019-]*", here)) >= 4 and \
                (not ENTRY_START.match(after) or NAME_CUT.search(here)) and \
                not re.fullmatch(r"(?:\S+\s+){0,2}\S+:", after) and \
                not known_label_line(after) and \
                not re.match(r"^(?:[-\u2013\u2022*]|\d+[.)]|\d{1,2}(?:[:.h]\d{2}|h))\s", after):
            # a page wrapped at a fixed width (a mail, an encyclopedia copy): one paragraph
            lines[i] = here[:-1] + after if here.endswith("-") and after[:1].islower() else f"{here} {after}"
            lines[i + 1] = ""
            continue
        here = lines[held].rstrip()  # (a phrase broken over three lines goes on: "..., Secretary, Department of" ...)
        if len(here) >= shortest and after and "\t" not in here and (
                BROKEN.search(here) or
                # "Participantes: A; B (X);" / "C (Y)": a label's list goes on on the next line
                here.endswith(";") and known_label_line(here.strip()) or
                # "• Valedictory Address: Dr. X, Vice-Chancellor," / "  Sahyadri University ...": an
                # item of a programme pasted from a PDF goes on, indented under its text
                # (a dash's item too, whatever its end: "– Marion LECLERC, ... à TVL – Télévision" /
                # "  Val de Loire, aujourd'hui productrice indépendante")
                (here.endswith(",") or re.match(r"\s*[\u2013\u2014]\s", here) and not re.search(r"[.;:]$", here) and
                 not re.fullmatch(r"(?:\S+\s+){0,2}\S+:.*", after) and not known_label_line(after)) and
                re.match(r"\s*[\u2022\u00b7\u25aa*\u2013\u2014-]\s", here) and
                indent(here) < indent(lines[i + 1])) and \
                not re.match(r"^(?:[-\u2013\u2022*]|\d+[.)]|\d{1,2}(?:[:.h]\d{2}|h))\s", after):
            lines[held] = here[:-1] + after if here.endswith("-") and after[:1].islower() else f"{here} {after}"
            lines[i + 1], chained = "", True
    return lines


SPACED_MENU = re.compile(r"^\s*(?:[\w&'\u2019.-]+(?: [\w&'\u2019.-]+)?\s{2,}){3,}[\w&'\u2019.-]+"
                         r"(?: [\w&'\u2019.|-]+){0,2}\s*$")  # "... FAQ        NL | EN"


def reflowed(raw_lines: list[str]) -> list[str]:
    """The lines with two columns read one after the other and lines broken mid-phrase
    joined: within each run of columns (whose lines are all short), and across the page's
    other lines. As many lines as given (a run's lines in its first, joined by newlines)."""
    rows = [("\n".join(r for r in unwrapped(row.split("\n"), shortest=0) if r) if "\n" in row else row)
            for row in split_columns(raw_lines)]
    singles = unwrapped([row if "\n" not in row else "" for row in rows])
    return [single if "\n" not in row else row for row, single in zip(rows, singles)]


def markdown_free(text: str) -> str:
    """A line of a page written in markdown, as it reads: no heading marks, emphasis,
    quote marks or link targets ('**Dates:** 21 August', '[Programme](url)')."""
    if re.fullmatch(r"(?:#[^\s#]+\s*){2,}", text.strip()):
        return ""  # a post's line of hashtags: "#animação #UFVI #CapivaraAnimação"
    text = re.sub(r"^(?:#{1,6}|>)\s+", "", text)
    text = re.sub(r"\[(?:\d+|edit|citation needed|[a-z])\]", "", text)  # an encyclopedia's [3], [edit]
    text = re.sub(r"\((Hons|Hon)\)", r"\1", text)  # "BA (Hons) Film Production"
    # A professional network's card: 'Sanne Kuipers • 2nd' (how far the reader is from her);
    # 'Founder @ DraftRoom': at
    text = re.sub(r"\s+[\u2022\u00b7]\s+(?:1st|2nd|3rd\+?|\d+th\+?)$", "", text)
    text = re.sub(r"(?<=\w)\s+@\s+(?=[A-Z])", " at ", text)
    # A social post's '@Tunde Bakare' and '#LCIW2025': the name, the tag's word.
    text = re.sub(r"(?<![\w.])[@#](?=[\w\u00c0-\u024f])", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text)
    # *Kasi Hustle*: a work's title in italics, kept as a quoted title
    return re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])", "\u201c\\1\u201d", text)
