"""Names as comparable forms: one spelling of a name -> normalised tokens and blocking keys.

Normalising takes away what does not tell two people apart: case, Unicode form
(full-width letters), diacritics and pinyin tone marks or tone numbers, punctuation,
spacing, and honorifics (nameparser's list of titles and degrees). A name in Han
characters is read as pinyin (pypinyin), family name first, so it meets its romanised
spelling in either order.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from nameparser.config import CONSTANTS
from pypinyin import lazy_pinyin

HAN_CHARACTERS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs, extension A, compatibility
HAN = re.compile(f"[{HAN_CHARACTERS}]")
HAN_RUN = re.compile(f"[{HAN_CHARACTERS}]+")
NOT_HAN = re.compile(f"[^\\W{HAN_CHARACTERS}]")  # a letter or digit of another script
# Hyphens and apostrophes join ("Wei-Min", "O'Brien", "Xi'an"); other punctuation separates.
JOINERS = re.compile(r"[-\u2010-\u2015'\u2019\u02bc]")
SEPARATORS = re.compile(r"[^\w]+|_")
TONE_NUMBER = re.compile(r"(?<=[a-z])[1-5]\b")
# Two-character Chinese family names; every other Han name takes its first character.
COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "慕容", "令狐",
                               "夏侯", "尉迟", "长孙", "公孙", "宇文", "轩辕", "端木", "西门", "南宫",
                               "闻人", "公冶", "贺兰", "澹台", "赫连", "呼延", "万俟", "太史", "申屠", "濮阳",
                               "拓跋", "完颜", "司空", "鲜于", "闾丘", "淳于", "公羊", "独孤", "亓官", "乐正",
                               "漆雕", "东郭", "羊舌", "梁丘", "左丘", "单于", "仲孙", "叔孙", "公西", "巫马",
                               "段干", "百里", "钟离", "歐陽", "司馬", "諸葛", "東方", "長孫", "軒轅",
                               "西門", "聞人", "賀蘭", "澹臺", "赫連", "萬俟", "濮陽", "鮮於", "閭丘", "獨孤"})
# The common one-character Chinese family names (simplified and traditional), which a Han
# name begins with; "最后" ("finally") or "视频平台" ("video platform") begin with none.
HAN_FAMILY_NAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金"
    "石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄"
    "聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶"
    "解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑"
    "郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴"
    "盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕"
    "危玉银亢嵇公哈湛宾钮郗鄂缑郦蒯竺訾郄戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由赖洪陳黃趙吳孫馬劉張楊鄭謝韓馮鄧葉蘇呂盧蔣"
    "鍾譚陸賴賈龔萬錢嚴莊聶魯顏鄒羅蕭鄺歐範溫許駱閻費鄔關龐湯")
HONORIFICS = frozenset(t.replace(".", "") for t in CONSTANTS.titles) | frozenset(
    t.replace(".", "") for t in CONSTANTS.suffix_acronyms)
# Words an organisation's name may carry or drop without becoming another organisation.
# (and the small words of other languages' names: "École des arts numériques et du jeu" is EANJ)
ORG_STOPWORDS = frozenset({"the", "of", "and", "for", "at", "in", "de", "du", "der", "la", "le", "les", "des", "et",
                           "und", "fur", "y", "di", "del", "della"})
ORG_GENERIC = frozenset({"film", "festival", "international", "group", "inc", "ltd", "limited",
                         "llc", "co", "corp", "corporation", "company", "gmbh", "plc", "holdings"})


@dataclass(frozen=True)
class NameForm:
    """One spelling of a name, as tokens; `han` marks a form read from Han characters.

    The run-together forms are made once here, since every comparison uses them.
    """

    text: str
    tokens: tuple[str, ...]
    han: bool = False
    alt: bool = False  # from alt_names rather than the record's name
    compact: str = field(init=False, compare=False)
    turned: frozenset[str] = field(init=False, compare=False)  # see rotations()
    sorted: tuple[str, ...] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compact", "".join(self.tokens))
        object.__setattr__(self, "turned", frozenset(rotations(self.tokens)))
        object.__setattr__(self, "sorted", tuple(sorted(self.tokens)))


def fold(text: str) -> str:
    """Case, Unicode form and diacritics taken away: 'Ｗáng  Wěi' -> 'wang  wei'."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)  # post titles and organisation names recur
def tokens(text: str) -> tuple[str, ...]:
    """Folded words, punctuation and tone numbers removed: 'Wang2 Wei-Min.' -> (wang, weimin)."""
    text = JOINERS.sub("", fold(text))
    text = TONE_NUMBER.sub("", text)
    return tuple(t for t in SEPARATORS.split(text) if t)


@lru_cache(maxsize=65536)
def family_length(han: str) -> int:
    """How many characters of a Han name are its family name: 2 for '欧阳明', else 1."""
    return 2 if len(han) >= 3 and han[:2] in COMPOUND_SURNAMES else 1


def han_tokens(text: str) -> tuple[str, ...]:
    """A Han-character name as pinyin, family name first: '张伟民' -> (zhang, weimin)."""
    chars = "".join(HAN.findall(text))
    split = family_length(chars)
    family, given = chars[:split], chars[split:]
    return tuple(t for t in (pinyin(family), pinyin(given)) if t)


@lru_cache(maxsize=65536)  # family names recur; pypinyin builds a converter per call
def pinyin(han: str) -> str:
    """A run of Han characters as toneless pinyin, run together: '伟民' -> 'weimin'."""
    return "".join(lazy_pinyin(han))


def person_tokens(text: str) -> tuple[str, ...]:
    """A person's name as tokens, honorifics before it and degrees after it dropped."""
    words = list(tokens(text))
    while len(words) > 2 and words[0] in HONORIFICS:
        words.pop(0)
    while len(words) > 2 and words[-1] in HONORIFICS:
        words.pop()
    # Two words of which one is a title ("Dr Wang") are kept as given: "Dean Smith" is a name.
    return tuple(words)


def mixed_tokens(text: str) -> tuple[str, ...]:
    """A name mixing Han characters with other words: each run of characters as its pinyin,
    in place ('Grace 李' -> (grace, li))."""
    return person_tokens(HAN_RUN.sub(lambda m: f" {pinyin(m[0])} ", text))


def person_forms(names: list[tuple[str, bool]]) -> list[NameForm]:
    """Every spelling of a person's name; (text, is_alt) in, forms out (duplicates dropped)."""
    forms: dict[tuple[str, ...], NameForm] = {}
    for text, alt in names:
        if HAN.search(text) and NOT_HAN.search(text):
            form = NameForm(text, mixed_tokens(text), han=True, alt=alt)
        elif HAN.search(text):
            form = NameForm(text, han_tokens(text), han=True, alt=alt)
        else:
            form = NameForm(text, person_tokens(text), alt=alt)
        if form.tokens:
            forms.setdefault(form.tokens, form)
    return list(forms.values())


def rotations(words: tuple[str, ...]) -> set[str]:
    """The name run together in its own order and with the first or last word moved to the
    other end: what a given/family swap or a split syllable ('Wei Min') leaves equal."""
    if not words:
        return set()
    return {"".join(words), "".join(words[1:] + words[:1]), "".join(words[-1:] + words[:-1])}


def person_keys(forms: list[NameForm]) -> set[str]:
    """Blocking keys: the name in any word order ('n:', 's:'); all of it but one word, with
    that word's first letter ('p:', for misspellings); and the family name with a first
    initial, 'I:' from a form written with initials, 'i:' from a full one (pairs.py meets
    them only with an 'I:')."""
    keys: set[str] = set()
    for form in forms:
        keys |= {"n:" + k for k in form.turned}
        keys.add("s:" + " ".join(form.sorted))
        for k, word in enumerate(form.tokens):
            if len(word) >= 3 and word.isalpha():
                rest = sorted(form.tokens[:k] + form.tokens[k + 1:])
                keys.add(f"p:{' '.join(rest)}|{word[0]}")
        words = [t for t in form.tokens if t.isalpha()]  # "Wei ZHANG 12": no initial of 12
        if len(words) >= 2:
            tag = "I:" if any(len(w) == 1 for w in words) else "i:"
            first, last = words[0], words[-1]
            keys.add(f"{tag}{last}|{first[0]}")
            keys.add(f"{tag}{first}|{last[0]}")
    return keys


def org_tokens(text: str) -> tuple[str, ...]:
    """An organisation's name as tokens, 'the', 'of' and the like dropped (and the French
    elided article: "l'image" is 'image')."""
    text = re.sub(r"\b[dlDL]['\u2019](?=\w)", "", text.replace("&", " and "))
    return tuple(t for t in tokens(text) if t not in ORG_STOPWORDS)


def acronym(words: tuple[str, ...]) -> str:
    """'Shanghai Jiao Tong University' -> 'sjtu' (stopwords already dropped); '' for names
    with numbers ('Studio 54'), whose acronyms would be noise."""
    if len(words) < 2 or not all(w.isalpha() for w in words):
        return ""
    return "".join(w[0] for w in words)


def org_forms(names: list[tuple[str, bool]]) -> list[NameForm]:
    forms: dict[tuple[str, ...], NameForm] = {}
    for text, alt in names:
        form = NameForm(text, org_tokens(text), alt=alt)
        if form.tokens:
            forms.setdefault(form.tokens, form)
    return list(forms.values())


def without_generic(words: tuple[str, ...]) -> tuple[str, ...]:
    """The name without words such as 'Film Festival' or 'Ltd'; () when nothing else is left."""
    rest = tuple(w for w in words if w not in ORG_GENERIC)
    return rest if rest != words else ()


def org_keys(forms: list[NameForm]) -> set[str]:
    """Blocking keys: equal words in any order, acronyms ('A:' a one-word name, 'a:' the
    initials of a longer one), the name without generic words."""
    keys: set[str] = set()
    for form in forms:
        keys.add("s:" + " ".join(form.sorted))
        if len(form.tokens) == 1:
            keys.add("A:" + form.tokens[0])  # might be an acronym: meets 'a:' keys
        elif short := acronym(form.tokens):
            keys.add("a:" + short)
        if core := without_generic(form.tokens):
            keys.add("s:" + " ".join(sorted(core)))
    return keys
