"""People as Japanese pages list them: the family name, a space, the given name, a form of
address, and the posts in brackets ('石川 誠一 氏（株式会社スタジオ朱雀 代表取締役社長）',
'岡本 大輔（九州デジタル工科大学 情報デザイン学部 准教授）', '佐藤 健二 / SATO Kenji（ゲーム
ジャーナリスト、元『週刊ゲームワールド』編集長）').

The space between the family and the given name is what says where one ends; a name written
without it ('石川誠一氏') is left to the reviewer. Within a bracket, a post's words go from the
largest body to the title ('湊川芸術工科大学 映像学部 准教授': the title at the faculty, of the
university), posts are joined by '／' or '、', and '元' marks a former one.
"""

from __future__ import annotations

import re

from kg.draft.person_names import PersonName

KANJI = r"[\u4e00-\u9fff\u3005]"
KANA = r"[\u3041-\u309f\u30a1-\u30ff]"
# A Japanese name as a list writes it: family name, a space, given name ("藤井 直樹").
JAPANESE_NAME = re.compile(rf"{KANJI}{{1,4}} (?:{KANJI}|{KANA}){{1,4}}")
# Forms of address after the name: Mr/Ms, teacher, doctor, professor.
ADDRESS = ("氏", "先生", "博士", "さん", "様", "教授")
JAPANESE_ENTRY = re.compile(rf"^(?P<family>{KANJI}{{1,4}})[ \u3000](?P<given>(?:{KANJI}|{KANA}){{1,4}})"
                            rf"(?:\s*(?P<address>{'|'.join(ADDRESS)}))?"
                            r"(?:\s*/\s*(?P<latin>[A-Z][A-Za-z]+\s+[A-Z][A-Za-z-]+))?"
                            r"\s*(?:[（(](?P<posts>[^（）()]*)[）)])?\s*$")
# The words a Japanese title ends with ('代表取締役社長', '採用担当マネージャー').
TITLE_ENDS = ("教授", "総裁", "講師", "助教", "学長", "学部長", "研究科長", "所長", "センター長", "社長", "取締役", "代表",
              "代表社員", "理事長", "理事", "会長", "局長", "部長", "課長", "室長", "科長", "学科長", "マネージャー",
              "編集長", "ディレクター", "プロデューサー", "監督", "演出家", "デザイナー", "アーティスト", "ジャーナリスト",
              "CEO", "CTO", "COO", "研究員", "准教授", "専務", "常務", "顧問", "委員", "委員長", "主任", "担当", "作家",
              "脚本家", "漫画家", "アニメーター", "エンジニア", "プランナー")


def japanese_entry(text: str) -> tuple[PersonName, list[tuple[str | None, list[str], bool]], str | None] | None:
    """(name, posts as (title, organisations from the smallest, former), the Latin form) of a
    Japanese list entry, or None for another shape."""
    m = JAPANESE_ENTRY.match(text.strip(" \u3000・"))
    if not m or not (m.group("address") or m.group("posts") is not None or m.group("latin")):
        return None  # (a bare "family given" may be a place or a word: "金沢 キャンパス")
    # Japanese, not a Chinese name spaced to line up ("卢　海（…副教授）"): kana, a Japanese form of
    # address, or a family name of two characters and a bracket whose words are spaced
    if not (re.search(KANA, text) or m.group("address") in ("氏", "さん", "様") or
            len(m.group("family")) >= 2 and (" " in (m.group("posts") or "") or m.group("latin"))):
        return None
    posts = []
    inside = m.group("posts") or ""
    if len(re.findall(r"[A-Za-z]", inside)) > len(inside) // 2:
        return None  # posts in English: an English entry, its name in Japanese aside
    if inside and not re.fullmatch(rf"(?:{KANA}|\s)+", inside):  # not a reading ("よしむら かずひこ")
        for piece in re.split(r"\s*[／/、,，]\s*", inside):
            posts.extend(_posts(piece))
    name = f"{m.group('family')} {m.group('given')}"
    return PersonName(name, m.group("given"), m.group("family"), "family-first", m.group("address")), posts, \
        m.group("latin")


def _posts(piece: str) -> list[tuple[str | None, list[str], bool]]:
    former = piece.startswith("元")
    piece = re.sub(r"^元\s*", "", piece).strip()
    piece = re.sub(r"^(?:本学|本校)\s*", "", piece)  # "本学メディア芸術学部": the page's own school
    words = piece.replace("『", "").replace("』", " ").split()
    if not words:
        return []
    # (the whole last word: "代表取締役社長", "AI応用研究センター長・教授", a unit and its head as one)
    title = words[-1] if words[-1].endswith(TITLE_ENDS) else None
    orgs = list(reversed(words[:-1] if title else words))
    if title is None and len(words) == 1 and not re.search(r"(?:株式会社|合同会社|大学|学校|協会|協議会|財団|法人)", piece):
        return [(piece, [], former)]  # "ゲームジャーナリスト", "アニメーション演出家": a job
    return [(title, orgs, former)]
