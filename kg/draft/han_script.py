"""A Chinese page as the rules read it, and the draft's words written back as the page wrote them.

The rules for Chinese pages know '大学', '学院', '执行长'; a Taiwanese or Hong Kong page
writes '大學', '學院', '執行長'. OpenCC converts the page one character for one, and a name
set off by spaces after its title ("電影學系主任 林書豪 教授接著說明") is closed up. Each
Chinese run of the draft is then written back with the characters at the place of the page
it was read from, so names, titles and quoted words keep the page's script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.draft.han_entries import HAN_RANKS, HAN_TITLES

HAN = re.compile(r"[\u3400-\u9fff]")
HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
KANA = re.compile(r"[\u3040-\u30ff]")
# A page whose conversion changes fewer characters than this is written in Simplified
# characters (a stray Traditional name is read as it is).
FEW = 3
# "副校長 黃美惠 致詞", "執行長 蘇建銘 蒞臨": a title, a spaced name of two or three
# characters, and the sentence going on (a list of spaced names has no title before each).
SPACED_NAME = re.compile(r"(?:" + "|".join(sorted((t for t in HAN_TITLES if HAN.match(t)), key=len, reverse=True)) +
                         r") (?P<name>[\u3400-\u9fff]{2,3})(?: (?=[\u3400-\u9fff])|(?=[，。、；（(]))")
# "沈明哲 教授（…所長）", "廖文德 導演（…）": a name, a space, and the rank after it.
SPACED_RANK = re.compile(r"(?<![\u3400-\u9fff])[\u3400-\u9fff]{2,3}( )(?:" + "|".join(HAN_RANKS) +
                         r")(?=[（(，、。\s]|$)", re.MULTILINE)


@lru_cache(maxsize=1)
def _to_simplified():
    import opencc

    return opencc.OpenCC("t2s").convert


@dataclass
class ReadText:
    """The text the rules read, and where each of its characters stands in the page."""
    page: str
    read: str
    at: list[int] = field(default_factory=list)  # read[i] is page[at[i]]
    # (a run the read text does not hold, made of its pieces: each character as the page
    # wrote it, when the page wrote it one way only)
    table: dict[int, str] = field(default_factory=dict)

    def write_back(self, text: str) -> str:
        """`text` (made of the read text's words) with each Chinese run as the page wrote it."""
        if not self.at:
            return text
        return HAN_RUN.sub(self._as_written, text)

    def _as_written(self, run: re.Match) -> str:
        found = self.read.find(run.group())
        if found < 0:
            return run.group().translate(self.table)
        return "".join(self.page[i] for i in self.at[found:found + len(run.group())])


def read_text(page: str) -> ReadText:
    """The page in Simplified characters with its spaced names closed up; a page with no
    Han characters, or a Japanese one (kana: its kanji are no Traditional Chinese), as it is."""
    han = len(HAN.findall(page))
    if han < FEW or len(KANA.findall(page)) * 10 > han:
        return ReadText(page, page)
    text = _simplified(page)
    if sum(old != new for old, new in zip(page, text)) < FEW:
        text = page
    elif not re.search(r"发表人|论文", text):
        # Taiwan's 與談人 sits on a panel (a 座談); it responds to papers only where there are
        # papers. Read as 对谈, the word of the same length the rules know for a panel's guests
        # (the page's own word is what the draft writes back).
        text = text.replace("与谈", "对谈")
    # (the spaces that set off a name are dropped; every other character keeps its place)
    spaces = {m.start("name") - 1 for m in SPACED_NAME.finditer(text)} | \
        {m.end() - 1 for m in SPACED_NAME.finditer(text) if m.group().endswith(" ")} | \
        {m.start(1) for m in SPACED_RANK.finditer(text)}
    if text is page and not spaces:
        return ReadText(page, page)
    kept = [i for i in range(len(text)) if i not in spaces]
    origins: dict[str, set[str]] = {}
    for old, new in zip(page, text):
        origins.setdefault(new, set()).add(old)
    table = {ord(new): old for new, olds in origins.items() if len(olds) == 1 and (old := next(iter(olds))) != new}
    return ReadText(page, "".join(text[i] for i in kept), kept, table)


def _simplified(page: str) -> str:
    """The page in Simplified characters, one for one (every offset and line where it was)."""
    convert = _to_simplified()
    lines = []
    for line in page.split("\n"):
        new = convert(line) if HAN.search(line) else line
        if len(new) != len(line):  # a phrase converted to another length: one character at a time
            new = "".join(convert(ch) if HAN.match(ch) else ch for ch in line)
            new = new if len(new) == len(line) else line
        lines.append(new)
    return "\n".join(lines)
