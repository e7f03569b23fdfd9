"""Bilingual programme lines: a name in Han characters with its Latin form in brackets, the
post in Chinese, and the post in English after a slash or on the next line:

    王立群（WANG Liqun）之江传媒大学副校长
    Vice President, Zhijiang University of Communication

read as the English line a keeper records ("WANG Liqun (王立群), Vice President, Zhijiang
University of Communication"), the Han name kept as the other form of the name. A Latin
name with its Han transliteration ("Daniel Moreau（丹尼尔·莫罗）") takes its English post
the same way.
"""

from __future__ import annotations

import re

from kg.draft.japanese_names import japanese_entry
from kg.draft.page import Line
from kg.identity.names import han_tokens, rotations, tokens

HAN = r"\u3400-\u9fff"
# "主讲人 Speaker：王立群（WANG Liqun）之江传媒大学副校长 / Vice President, ..."
HAN_FIRST = re.compile(rf"^(?P<label>[^:：]{{1,30}}[:：]\s*)?(?P<han>[{HAN}]{{2,5}})\s*\(\s*"
                       rf"(?P<latin>[A-Z][A-Za-z' .-]+?)\s*\)\s*(?P<hanpost>[^/]*?)\s*"
                       rf"(?:/\s*(?P<enpost>[^{HAN}]+))?$")
# "主讲人 Speaker：Daniel Moreau（丹尼尔·莫罗）[德国...制片人]"
LATIN_FIRST = re.compile(rf"^(?P<label>[^:：]{{1,30}}[:：]\s*)?(?P<latin>[A-Z][A-Za-z' .-]+?)\s*\(\s*"
                         rf"(?P<han>[{HAN}·\u00b7]{{2,12}})\s*\)\s*(?P<hanpost>[{HAN}，,、\s]*)$")


# "．林雅婷 校長｜President LIN Ya-ting, National Beibin University of the Arts": the Han name
# and title, then the English entry after the bar
HAN_BAR = re.compile(rf"^(?P<label>[^:：|]{{1,30}}[:：]\s*)?(?P<bullet>[．・\u00b7\-•]\s*|\d{{1,2}}\.\s+)?"
                     rf"(?P<han>[{HAN}]{{2,5}})(?:\s+[{HAN}]{{1,8}})?\s*[|/]\s*(?P<latin>[A-Z(][^{HAN}|]*[A-Za-z].*)$")


# "Daniel Whitaker｜Pacific Screen Academy (Vancouver) Dean of Digital Media" over
# "丹尼尔·惠特克｜温哥华太平洋影视学院 数字媒体学院院长": one guest, in English, then in Chinese.
LATIN_BAR = re.compile(rf"^(?P<lead>[-•·\s]*)(?P<latin>[A-Z][A-Za-z' .-]+?)\s*[\uff5c|]\s*(?P<post>[^{HAN}]+)$")
HAN_BAR_AFTER = re.compile(rf"^[-•·\s]*(?P<han>[{HAN}]{{1,8}}[·\u00b7][{HAN}]{{1,8}}|[{HAN}]{{2,4}})\s*[\uff5c|]\s*[{HAN}]")


def same_guest(latin: str, han: str) -> bool:
    """Whether a Han name is the Latin one's other form: a transliteration ("丹尼尔·惠特克"),
    or the pinyin of a Chinese name ("张伟" for "ZHANG Wei", "Wei Zhang")."""
    # (kg.identity's own reading: "欧阳明" -> ouyang ming, "Wei Min ZHANG" or "Zhang Wei-min" either way round)
    return "\u00b7" in han or "".join(han_tokens(han)) in rotations(tokens(latin))


def english_posts(lines: list[Line]) -> list[Line]:
    """The lines with each bilingual name-and-post line (and the English line under it)
    made one English entry line."""
    out: list[Line] = []
    skip = 0
    for i, line in enumerate(lines):
        if skip:
            skip -= 1
            continue
        if "(" in line.text and not HAN_FIRST.match(line.text) and not LATIN_FIRST.match(line.text):
            line = Line(line.number, without_han_glosses(line.text), line.timed)
        if (latin_bar := LATIN_BAR.match(line.text)) and i + 1 < len(lines) and \
                (han_bar := HAN_BAR_AFTER.match(lines[i + 1].text)) and same_guest(latin_bar.group("latin"), han_bar.group("han")):
            out.append(Line(line.number, f"{latin_bar.group('lead').strip() or '-'} {latin_bar.group('latin')} ({han_bar.group('han')})"
                                         f", {latin_bar.group('post')}", line.timed))
            skip = 1
            continue
        if (bar := HAN_BAR.match(line.text)) and not japanese_entry(line.text):  # (not "佐藤 健二 / SATO Kenji（…）")
            lead = bar.group("label") or ("- " if bar.group("bullet") else "")
            out.append(Line(line.number, f"{lead}{bar.group('latin')}", line.timed))
            continue
        m = HAN_FIRST.match(line.text) or LATIN_FIRST.match(line.text)
        if not m:
            out.append(line)
            continue
        english = m.groupdict().get("enpost")
        following = i + 1
        if not english and following < len(lines) and re.fullmatch(rf"[{HAN}，,、；;·\s]+", lines[following].text):
            following += 1  # a Chinese post on a line of its own, before the English one
        if not english and _english(lines, following):
            english, skip = lines[following].text, following - i
        if not english:
            out.append(line)
            continue
        label = m.group("label") or "- "  # a line of a list, or a labelled one ("主讲人 Speaker：")
        out.append(Line(line.number, f"{label}{m.group('latin')} ({m.group('han')}), {english.strip()}"))
    return out


def without_han_glosses(text: str) -> str:
    """'National Nanyu University (國立南嶼大學 傳播學系)': the English, its Chinese gloss in
    brackets dropped ('(獨立製片; 前山嵐影業製作總監 / former Head of Production, X)': the
    English after the slash kept). A name's Han form ('WANG Lixin (王立新)') stays."""
    def gloss(m: re.Match) -> str:
        inner = m.group(1)
        if (english := re.search(rf"/\s*([^{HAN}/]*[A-Za-z][^{HAN}/]*)$", inner)):
            return f" ({english.group(1).strip()})"
        latin = len(re.findall(r"[A-Za-z]", inner))  # ("(Mentors: A, B, HAN Yue 韩悦)": names, kept)
        return "" if latin <= 8 and (len(re.findall(rf"[{HAN}]", inner)) >= 5 or re.search(r"[\s,;]", inner)) \
            else m.group()
    if len(re.findall(r"\b[A-Za-z]{2,}", text)) < 4:
        return text  # a Chinese line ("Lucas Ferreira（北辰大学...博士后）：《...》": his post, kept)
    return re.sub(rf"\s*\(([^()]*[{HAN}][^()]*)\)", gloss, text)


def english_side(text: str) -> str:
    """'之江传媒大学影视艺术学院 / School of Film and Television Arts, ...': the English."""
    m = re.match(rf"^[{HAN}\s，,、·()（）]+/\s*([^{HAN}]+)$", text)
    return m.group(1).strip() if m else text


def _english(lines: list[Line], i: int) -> bool:
    """Whether line i is an English post line (Latin letters only, no time, no label)."""
    if i >= len(lines):
        return False
    text = lines[i].text
    return bool(re.match(r"^[A-Z]", text)) and not re.search(rf"[{HAN}]|^\d|[:：]", text) \
        and len(text.split()) <= 20
