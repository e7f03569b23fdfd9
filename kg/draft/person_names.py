"""People's names as pages write them -> the name as written, given and family name, order.

Pages write "Weimin ZHANG" (given first, family in capitals), "ZHANG Weimin" (family
first), "Prof. Maria Lopez" (an honorific before), "张伟民" or "张伟民教授" (Han characters,
an honorific after), "Jean-Luc de la Cruz" (particles). The family name in capitals tells
the order; a Han name's family name is its first character (two for the compound
surnames kg.identity knows); other names are split by nameparser, which knows particles
("van der", "de la") and suffixes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from nameparser import HumanName
from nameparser.config import Constants as NameparserConstants

from kg.draft.letters import CAPITAL, LETTERS
from kg.draft.name_words import (COMPOUND_SECOND, HAN_NOT_NAMES, HONORIFICS, IBERIAN_HONORIFICS, IBERIAN_SECOND_GIVEN,
                                 IBERIAN_SUFFIXES, LOWER_HONORIFICS, NOT_NAME_WORDS, TWO_WORD_HONORIFICS)
from kg.draft.org_names import HAN_ORG_ENDS, is_place
from kg.draft.pinyin_names import pinyin_family_first
from kg.draft.title_words import GERMAN_JOBS, POST_WORDS
from kg.draft.southern_names import southern_name
from kg.identity.names import COMPOUND_SURNAMES, HAN_CHARACTERS, HAN_FAMILY_NAMES, family_length

HK_NAME = re.compile(r"([A-Z]{2,})\s+([A-Z][a-z]+(?:-[a-z]+)?),\s+[A-Z][a-z]+")
# Arabic and Berber words that begin a family name ("Ait Lahcen", "Ben Ali", "Ould Abdallah").
FAMILY_PREFIXES = frozenset("ait aït ben ould abou bou ibn el al".split())
# Persian and South Asian titles of descent that begin a name ("Seyed Ali Hashemi").
SEYED = frozenset("seyed seyyed sayed sayyed sayyid syed".split())
# Only these honorifics separate names in a list that has no commas ("Prof. A B Dr. C D").
SHORT_HONORIFICS = re.compile(r"\b(?:Prof|Dr|Mr|Mrs|Ms|Mx)\.?\s+(?=[A-Z\u3400-\u9fff])")
# The honorifics a page writes before a name of any length, its family name alone too ("Shri
# Iyer", "Mtra. Barragán Ortiz"), as a pattern to build others with (the full stop after it).
PERSONAL_TITLES = (r"(?:Prof|Professor|Dr|Dra|Mr|Mrs|Ms|Mx|Miss|Shri|Smt|Sri|Sr|Sra|Mtro|Mtra|Lic|Ing|Hon|"
                   r"H\.E|Madam|Datuk|Dato['\u2019]?|Datin|Tan\s+Sri|Puan\s+Sri|Encik|Cik|Puan|Haji|Hajah|Engr|Atty|"
                   r"Herr|Frau|Dott|Sheikh|Sheikha)")
# "Dr. (Mrs) X": the second honorific in brackets, read as "Dr. Mrs. X".
BRACKETED_HONORIFIC = re.compile(r"\((Mrs|Mr|Ms|Miss)\.?\)(?=\s)")
FAMILY_HONORIFICS = re.compile(rf"\b{PERSONAL_TITLES}\.?\s+(?=[A-Z\u3400-\u9fff])")
HAN_SUFFIXES = ("教授", "博士", "先生", "女士", "老师", "导演", "院长", "主任", "总裁", "经理", "研究员", "副教授")
HAN_PREFIXES = ("拿督斯里", "丹斯里", "拿督", "拿汀", "拿汀斯里", "敦")  # Malaysian titles in Chinese (Dato' Sri, Tan Sri ...)
# Vietnamese family names and the middle names that follow them ("Nguyen Thi Mai Anh").
VIET_FAMILY = frozenset("nguyen nguyễn tran trần le lê pham phạm hoang hoàng huynh huỳnh phan vu vũ vo võ "
                        "dang đặng bui bùi do đỗ ngo ngô duong dương ly lý lương luong trương truong đoàn doan".split())
VIET_MIDDLE = frozenset("thi thị van văn duc đức minh thanh thành ngoc ngọc quoc quốc huu hữu thu kim "
                        "hoang hoàng xuan xuân cong công dinh đình hong hồng quang trong trọng gia mỹ bảo".split())
HAN_NAME = re.compile(f"^[{HAN_CHARACTERS}]{{2,4}}$")
# An office written before a name as if an honorific: "Dean Angela Whitcombe opened ...",
# "President Dr. BAEK Jong-hoon".
OFFICE_HONORIFIC = re.compile(r"^((?:(?:Pro|Deputy|Associate|Executive)[- ])?(?:Vice[- ])?(?:Chancellor|"
                              r"President|Dean|Rector|Provost))\b\s*(.*)$")
# A company's offices written before a name as if honorifics, the company before them:
# "Rainforest Games Chairman Kuo Chien-hung" (entries.parse_entry).
COMPANY_OFFICE = re.compile(r"^((?:Deputy\s+)?(?:Chairman|Chairwoman|Chairperson|Director-General|Director|"
                            r"Secretary-General|General Manager|CEO))\b\s*(.*)$")
# What a company's or school's Han name ends in ("墨云动画", "轩辕互动"): no person's name.
# (an organisation's own ending of two characters or more: "部", "系" end names too)
HAN_NOT_NAME_ENDS = ("动画", "互动", "影视", "娱乐", "科技", "文化", "视频", "网络", "游戏", "仪式", "媒体", "晚报", "日报") + \
    tuple(end for end in HAN_ORG_ENDS if len(end) > 1)
PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "do", "di", "la", "le", "du", "del", "dos",
                       "das", "ten", "ter", "bin", "binti", "binte", "a/l", "a/p", "s/o", "d/o", "al", "el", "y", "i", "des", "'t", "\u2019t"})
LETTER = f"{LETTERS}?"
CAPITALISED = re.compile(rf"^(?:Mc|Mac|O'|O\u2019|D'|D\u2019)?(?:[{CAPITAL}]|\?(?=[a-z]))[{LETTER}'\u2019]*"
                         rf"(?:-[{LETTERS}][{LETTER}]*)*$")
UPPER = re.compile(rf"^[{CAPITAL}][{CAPITAL}'\u2019-]+$")
KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]{1,4}-[a-z]{1,5}$")
INITIAL = re.compile(r"^[A-Z]\.?$|^(?:[A-Z]\.){2,4}$")  # (and joined: "H.M.D. Rathnayake", Sri Lankan)
INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.){1,2}[A-Z][a-z]?\.?$")  # "N.B.", "Zh.M.", "D.Ye."
# A patronymic ("Bolatovich", "Asanovna", "Serikuly"): Russian and Central Asian names
# write it after the given name.
PATRONYMIC = re.compile(r"(?:ovich|evich|ovych|evych|ovna|evna|ivna|yivna|ichna|uly|kyzy|qizi|ogly)$")  # (Ukrainian: "Petrovych", "Volodymyrivna")
# German and Nordic compounds that name an organisation ('Kunsthochschule', 'Filmakademie').
ORG_WORD_ENDINGS = ("hochschule", "akademie", "schule", "institut", "högskola", "akademi", "skola",
                    "universität", "fabrik", "produktion", "verleih")


@dataclass(frozen=True)
class PersonName:
    name: str  # as written (spaces a page lost put back)
    given: str | None
    family: str | None
    order: str | None  # given-first | family-first, when the page's form says
    honorific: str | None = None
    questionable: bool = False  # holds '?' where the page lost a character
    order_read_from_words: bool = False  # "Zhang Weimin": the order from pinyin family names


# A Mongolian name: the father's initial joined to the given name ("D.Oyunchimeg", "Ts.Batbayar").
INITIAL_JOINED = re.compile(r"^([A-Z][a-z]?)\.([A-Z][a-z]+(?:-[A-Z][a-z]+)?)$")


def word_kind(word: str) -> str:
    if HAN_NAME.match(word):
        return "han"
    if INITIAL_JOINED.match(word):
        return "cap"
    # ("Fang DU": a family name; the Catalan "i" and the French "des" only in lower case: "I Gusti
    # Ngurah Putra" is Balinese, "Uncle Des" a given name)
    if word.lower() in PARTICLES and not (word.isupper() and len(word) > 1) and \
            not (word.lower() in ("i", "des") and word != word.lower()):
        return "particle"
    if INITIAL.match(word):
        return "initial"
    if UPPER.match(word):
        return "upper"
    if CAPITALISED.match(word):
        return "cap"
    return ""


# German degrees written as titles: "Dipl.-Inf.", "Dipl.-Des.", "Dr.-Ing.", "Dr. rer. nat."
DEGREE_TITLE = re.compile(r"(?:Dipl|Dr|Prof)\.-[A-Z][a-z]{1,5}\.")


def is_honorific(word: str) -> bool:
    """'Prof.', 'Director' before a name; 'director' in lower case is a job ('director Amina Yusuf')."""
    return (word.lower() in HONORIFICS or bool(DEGREE_TITLE.fullmatch(word))) and word[:1].isupper()


def strip_honorific(text: str) -> tuple[str | None, str]:
    """('Prof.', 'Maria Lopez') from 'Prof. Maria Lopez'; Han suffixes too ('张伟民教授')."""
    words = text.split()
    taken = []
    while (len(words) > 2 or len(words) == 2 and INITIAL_JOINED.match(words[1])) and \
            (words[0].lower() in HONORIFICS or DEGREE_TITLE.fullmatch(words[0]) or
             " ".join(words[:2]).lower() in TWO_WORD_HONORIFICS) and \
            (words[0][0].isupper() or words[0] in LOWER_HONORIFICS):
        if words[0] == "M." and INITIAL.match(words[1]):
            break  # "M. A. Rahman": initials, no Monsieur
        if " ".join(words[:2]).lower() in TWO_WORD_HONORIFICS:
            taken.append(words.pop(0))
        taken.append(words.pop(0))
    if len(words) >= 3 and words[0] == "Tuan" and taken and taken[-1] == "YB":
        taken.append(words.pop(0))  # the Malay "YB Tuan Lee Chee Meng" (not the Vietnamese "Tuan Anh Tran")
    if len(words) == 1:
        for suffix in HAN_SUFFIXES:
            if words[0].endswith(suffix) and HAN_NAME.match(words[0][: -len(suffix)]):
                return suffix, words[0][: -len(suffix)]
        for prefix in HAN_PREFIXES:  # "拿督林国华", "丹斯里黄志明": a Malaysian title before the name
            if words[0].startswith(prefix) and HAN_NAME.match(words[0][len(prefix):]):
                return prefix, words[0][len(prefix):]
    return (" ".join(taken) or None), " ".join(words)


# nameparser's words, with the Irish and Arabic particles it does not know ("Sinéad Nic
# Fhlannchadha", "El Idrissi"); kg's own copy, the shared one left alone.
NAME_WORDS = NameparserConstants()
NAME_WORDS.prefixes.add("nic", "mhic", "uí", "ui", "el", "abdel", "abdul", "abd", "lo")  # "Ahmed Samir Abdel Fattah"


def with_two_surnames(name: PersonName) -> PersonName:
    """A name of three words or more re-read as a given name (one word, or two when the
    second is a given name) and the surnames ('Joaquín Herrera Zubieta'), for a page whose
    names are Spanish or Portuguese (one of them says so by a title such as 'Lic.')."""
    words = name.name.split()
    kinds = [word_kind(w.title() if name.name.isupper() else w) for w in words]  # ("DANIEL OKAMOTO FERRAZ")
    if len(words) < 3 or name.order != "given-first" or name.order_read_from_words or \
            any(kind not in ("cap", "particle") for kind in kinds) or kinds[1] == "particle":
        return name
    if words[1].lower() in IBERIAN_SECOND_GIVEN:
        if len(words) == 3:
            return name  # "Luis Alberto Rentería"
        # "Maria Eduarda Albuquerque dos Santos Figueiredo": a compound given name, the rest surnames
        return replace(name, given=" ".join(words[:2]), family=" ".join(words[2:]))
    if len(words) == 4 and words[1].lower() not in ("mac", "mc", "ní", "nic", "ó", "uí") and \
            "particle" not in kinds:  # not "Valentina Sáenz de Santamaría"
        return replace(name, given=" ".join(words[:2]), family=" ".join(words[2:]))  # "Víctor Raúl Huamán Castillo"
    # "Joaquín Herrera Zubieta", "Valentina Sáenz de Santamaría"
    return replace(name, given=words[0], family=" ".join(words[1:]))


ICELANDIC = re.compile(r"(?:d\u00f3ttir|dottir|sson)$")


def iberian_page(names: list[PersonName]) -> bool:
    """Whether the page's names are Spanish, Portuguese or Italian: a title says so ('Lic.', 'Dott.'), or two
    names of three words or more written with their accents ('Daniela Muñoz Carrasco')."""
    # (Icelandic names have accents and their own order: "Ásta Kristín Jónsdóttir")
    if any((n.honorific or "").split()[-1:] and n.honorific.split()[-1].lower() in IBERIAN_HONORIFICS
           for n in names):
        return True
    return sum(len(n.name.split()) >= 3 and bool(re.search(r"[áéíóúñãõçâêô]|ez\b", n.name)) and
               not ICELANDIC.search(n.name) for n in names) >= 2


@lru_cache(maxsize=8192)  # names recur on a page, and nameparser is the slow step
def parse_name(text: str) -> PersonName | None:
    """The name in `text` (an honorific allowed before it), or None if it is not a name."""
    text = text.strip(" ,;:.\u3001").strip()
    text = BRACKETED_HONORIFIC.sub(r"\1.", text)  # "Dr. (Mrs.) Efua Quayson-Badu"
    if text.endswith(".") and not INITIAL.match(text.split()[-1]):
        text = text.rstrip(".")
    honorific, rest = strip_honorific(text)
    rest = re.sub(r"^(?:[A-Z][\w'\u2019]*\s+){0,2}[A-Z][\w'\u2019]*-born\s+", "", rest)  # "New Zealand-born Tui ..."
    # "the Hon. Lena Papadakis MP", "Chief Adunni Bankole-Martins MFR": an office's or an honour's letters
    rest = re.sub(r"(?<=[a-z\u00e0-\u024f])\s+(?:MP|MLA|MPP|MSP|MHA|IAS|IPS|MFR|OFR|OON|CON|MON|OBE|MBE|CBE|OAM|AO|ONZM|MNZM|CNZM)$", "", rest)
    if (regnal := re.search(r"\s+(?:II|III|IV|VI|VII)$", rest)) and (inner := parse_name(rest[: regnal.start()])):
        return replace(inner, name=rest, honorific=honorific or inner.honorific)  # "Kwame Owusu-Ansah III"
    if hk := HK_NAME.fullmatch(rest):
        # "CHAN Tai-man, Peter": a Hong Kong name, family name, Chinese given name, English name
        return PersonName(rest, hk.group(2), hk.group(1), "family-first", honorific)
    words = rest.split()
    if any(w.lower() in GERMAN_JOBS for w in words[:-2]):
        return None  # "Regisseurin Anna Krüger": German writes the job in capitals, then the name
    if words and words[0] in ("PT", "PT.", "CV", "CV."):
        return None  # "PT Wayang Piksel Kreatif": an Indonesian company (Perseroan Terbatas)
    if len(words) == 1 and (joined := INITIAL_JOINED.match(words[0])):
        return PersonName(rest, joined.group(2), None, None, honorific)  # "D.Oyunchimeg": no family name
    if len(words) == 1 and HAN_NAME.match(words[0]) and words[0] not in HAN_NOT_NAMES and \
            not words[0].endswith(HAN_NOT_NAME_ENDS) and (words[0][0] in HAN_FAMILY_NAMES or words[0][:2] in COMPOUND_SURNAMES):
        han = words[0]
        split = family_length(han)
        return PersonName(han, han[split:], han[:split], "family-first", honorific)
    if len(words) == 1 and (dotted := re.fullmatch(r"([\u3400-\u9fff]{1,8})[\u00b7\u30fb]([\u3400-\u9fff]{1,8})", words[0])):
        # "阿依努尔·托合提": a name transliterated into Han characters, given name first
        return PersonName(words[0], dotted.group(1), dotted.group(2), "given-first", honorific)
    if len(words) >= 3 and words[0] in ("Md.", "Mohd.") and (inner := parse_name(" ".join(words[1:]))):
        # "Md. Abdur Rouf Mia" (Bangladesh), "Mohd. Faizal Rahman": the short Muhammad before the given name
        return replace(inner, name=rest, honorific=honorific or inner.honorific)
    if len(words) >= 3 and words[0] == "Ma." and (inner := parse_name(" ".join(words[1:]))) and inner.given:
        # "Ma. Luisa P. Aquino": the Philippine short form of Maria, part of the given name
        return replace(inner, name=rest, given=f"Ma. {inner.given}", honorific=honorific)
    if not 2 <= len(words) <= 6 or is_place(rest) or words[0] in ("O", "Os", "Il", "Los", "Las", "Die", "Der"):
        return None  # "Hong Kong" is a place; "O Mercado FICO" begins with an article
    kinds = [word_kind(w) for w in words]
    if len(words) == 2 and kinds[0] == "cap" and INITIALS.match(words[1]) and \
            words[0].lower().strip(".") not in NOT_NAME_WORDS and \
            not re.fullmatch(r"(?i)(?:s\.a|s\.l|b\.v|n\.v|s\.a\.c|s\.a\.s|s\.c|a\.g|p\.c|l\.p|u\.s|u\.k|e\.u|"
                             r"s\.r\.l|s\.p\.a|d\.o\.o|a\.s|s\.r\.o)\.?", words[1]):  # "Netflix S.A.": a legal form
        # "Abenov N.B.", "Bekova Zh.M.": the family name and the initials of the others
        return PersonName(rest.rstrip(".") + ".", None, words[0], "family-first", honorific, "?" in rest)
    if "" in kinds or "han" in kinds or kinds[0] == "particle" or kinds[-1] == "particle":
        return None
    if any(re.sub(r"^(?:co|vice|pro|ex|sub)-", "", w.lower().strip(".")) in NOT_NAME_WORDS  # "Co-Dean"
           or w.lower().endswith(ORG_WORD_ENDINGS)
           for w, k in zip(words, kinds) if k != "initial"):
        return None
    core = [k for k in kinds if k != "particle"]
    # "Maria Eduarda Albuquerque dos Santos Figueiredo": five words when a particle or an
    # ending ('Neto') says the name is Portuguese or Spanish
    longest = 5 if "particle" in kinds or words[-1].lower() in IBERIAN_SUFFIXES else 4
    # (initials count for little: "A. K. M. Mozammel Haque")
    if not 2 <= len(core) or len([k for k in core if k != "initial"]) + min(2, core.count("initial")) > longest \
            or all(k == "initial" for k in core):
        return None
    if all(k == "upper" for k in core) or any(k == "upper" and len(w) >= 3 and not re.search(r"[AEIOUY]", w)
                                              for w, k in zip(words, kinds)):
        return None  # "ICCI SJTU": acronyms, not a name; nor is "RTN Way" (no vowel, no name)
    question = "?" in rest
    upper = [i for i, k in enumerate(kinds) if k == "upper"]
    if len(upper) == 1 and kinds[upper[0]] == "upper" and upper[0] in (0, len(words) - 1):
        i = upper[0]
        family = words[i]
        given = " ".join(words[1:] if i == 0 else words[:-1])
        order = "family-first" if i == 0 else "given-first"
        return PersonName(rest, given, family, order, honorific, question)
    if 2 <= len(upper) <= 3 and upper == list(range(len(upper))) and 1 <= len(words) - len(upper) <= 2 and \
            all(k == "cap" for k in kinds[len(upper):]):
        # "LO RUSSO Giovanna", "DE SANTIS Marco": a family name of two words in capitals, first
        return PersonName(rest, " ".join(words[len(upper):]), " ".join(words[:len(upper)]), "family-first",
                          honorific, question)
    if len(words) == 2 and KOREAN_GIVEN.match(words[1]) and len(words[0]) <= 5:
        # "Park Ji-ho", "KIM Soo-jin": a hyphenated given name after a one-syllable family name.
        return PersonName(rest, words[1], words[0], "family-first", honorific, question)
    if len(words) == 3 and kinds[1] == "upper" and KOREAN_GIVEN.match(words[2]):
        # "Karen HO Ka-yi": an English name (the given name pages use), the family name, the
        # Chinese given name.
        return PersonName(rest, words[0], words[1], "given-first", honorific, question)
    if len(words) == 3 and kinds == ["cap"] * 3 and PATRONYMIC.search(words[2]) and not PATRONYMIC.search(words[0]):
        # "Abenov Nurlan Bolatovich": family, given, patronymic (a programme's official form)
        return PersonName(rest, words[1], words[0], "family-first", honorific, question, order_read_from_words=True)
    if len(words) == 3 and kinds == ["cap"] * 3 and PATRONYMIC.search(words[1]):
        # "Nurlan Bolatovich Abenov": given, patronymic, family
        return PersonName(rest, words[0], words[2], "given-first", honorific, question)
    if len(words) == 3 and words[1].lower() in FAMILY_PREFIXES and words[1][:1].isupper():
        # "Salma Ait Lahcen", "Youssef Ben Ali": the prefix begins the family name
        return PersonName(rest, words[0], " ".join(words[1:]), "given-first", honorific, question)
    if len(words) == 3 and words[0].lower() in ("mohammed", "muhammad", "mohammad", "mohamed", "mohamad", "abdul",
                                                 "abdur", "abdel") and kinds == ["cap"] * 3:
        # "Mohammed Ilyas Khan", "Abdur Rouf Mia": the first two words are the given name
        return PersonName(rest, " ".join(words[:2]), words[2], "given-first", honorific, question)
    if len(words) >= 3 and words[0].lower() in SEYED and kinds == ["cap"] * len(words):
        # "Seyed Mohammad Javad Mousavi": a title of descent, then the given names, the family name
        return PersonName(rest, " ".join(words[1:-1]), words[-1], "given-first", honorific, question)
    if southern := southern_name(words):
        # "Chan Sio Man", "Karen Lam Wing-sze", "Mohd Hafiz Abdullah", "Siti Mariam binti Osman"
        given, family, order = southern
        return PersonName(rest, given, family, order if family else None, honorific, question,
                          order_read_from_words=True)
    if len(words) == 3 and kinds == ["cap"] * 3 and re.search(r"..[eaio]z$", words[1].lower()) and \
            words[1].lower() not in IBERIAN_SECOND_GIVEN:  # (not "Ana Beatriz Coelho")
        # "Mateo Gómez Arango": a Spanish name's two family names (the father's ends in -ez).
        return PersonName(rest, words[0], " ".join(words[1:]), "given-first", honorific, question)
    if len(words) in (3, 4) and kinds == ["cap"] * len(words) and (
            (honorific or "").lower() in IBERIAN_HONORIFICS or words[1].lower() in IBERIAN_SECOND_GIVEN):
        # "Dra. Ximena Robles Cárdenas", "Ana Lucía Barragán Ortiz": two surnames last, unless
        # the second word is a given name and only three are written ("Luis Alberto Rentería").
        k = 2 if len(words) == 4 or words[1].lower() in IBERIAN_SECOND_GIVEN else 1
        return PersonName(rest, " ".join(words[:k]), " ".join(words[k:]), "given-first", honorific, question)
    if len(words) >= 3 and words[0].lower() in VIET_FAMILY and words[1].lower() in VIET_MIDDLE:
        # "Nguyen Thi Mai Anh": a Vietnamese name, the family name first, then middle names
        # ("Thi"), then the given name ("Mai Anh"; "Hà" in "Nguyễn Thị Thu Hà")
        k = 1
        while k < len(words) - 1 and words[k].lower() in VIET_MIDDLE:
            k += 1
        return PersonName(rest, " ".join(words[k:]), words[0], "family-first", honorific, question)
    if (family_first := pinyin_family_first(words)) is not None:
        # "Zhang Weimin", "Li Na": a Chinese name in title case, whose form does not say
        # which word is the family name; the words do.
        given, family = (words[1], words[0]) if family_first else (words[0], words[1])
        return PersonName(rest, given, family, "family-first" if family_first else "given-first",
                          honorific, question, order_read_from_words=True)
    if len(words) >= 4 and (k := next((k for k, kind in enumerate(kinds) if kind == "initial"), 0)) >= 2 and \
            kinds[:k] == ["cap"] * k and kinds[-1] == "cap":
        # "Ramon Luis C. Magbanua", "Liza Marie B. Cuenca": the names before the middle initial
        # are the given name (a Philippine habit, and an American one: "Mary Kate T. Smith")
        return PersonName(rest, " ".join(words[:k]), words[-1], "given-first", honorific, question)
    if len(words) >= 3 and ICELANDIC.search(words[-1]) and kinds == ["cap"] * len(words):
        # "Ásta Kristín Jónsdóttir": a father's (or mother's) name last, both given names before it
        return PersonName(rest, " ".join(words[:-1]), words[-1], "given-first", honorific, question)
    parsed = HumanName(rest, constants=NAME_WORDS)
    # "Peter Kwesi Amoako", "Linda M. Okafor": the first name is the given name, a middle name
    # or initial no part of it
    # (a compound given name is known by its second word: "Ana Rita", "Andrés Felipe")
    middle = parsed.middle if parsed.middle.lower() in COMPOUND_SECOND | IBERIAN_SECOND_GIVEN else ""
    given = " ".join(p for p in (parsed.first, middle) if p) or None
    if given and INITIAL.match(parsed.first):
        # "K. R. Srinivasan": no given name but initials; "A. K. M. Mozammel Haque": Mozammel
        given = next((w for w in parsed.middle.split() if not INITIAL.match(w)), None)
    family = parsed.last or None
    return PersonName(rest, given, family, "given-first" if given and family else None,
                      honorific, question)


# What may end a name's word in a sentence: "Ortega's", "Studios'", "Mehta." (not the "s" of "is")
POSSESSIVE_OR_STOP = re.compile(r"(?:['\u2019]s?|\.)+$")


def name_runs(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that may be names: runs of capitalised words, capitals, initials and
    particles (and single Han words), an honorific before them included."""
    spans = []
    words = list(re.finditer(r"[^\s,;:()\[\]\u201c\u201d\"\u3001\uff0c]+", text))
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and (word_kind(POSSESSIVE_OR_STOP.sub("", words[j].group())) or
                                  is_honorific(words[j].group()) or
                                  words[j].group() in LOWER_HONORIFICS and "." in words[j].group()) and (
                j == i or not text[words[j - 1].end():words[j].start()].strip()):
            # A word ending a sentence or a possessive ends the run after it.
            j += 1
            if re.search(r"(?:\u2019s|'s|[.](?<![A-Z]\.))$", words[j - 1].group()) and \
                    not is_honorific(words[j - 1].group()) and words[j - 1].group() not in LOWER_HONORIFICS:
                # ("Dra.", "Prof." and "drs." go on to the name)
                break
        if j > i:
            spans.append((words[i].start(), words[j - 1].end()))
            i = j
        else:
            i += 1
    return spans


def short_form(text: str) -> str | None:
    """'Mr. Mehta', 'Prof. Dr. Zulkifli', "Tan Sri Dato' Dr. Rahimah": the one name word a
    stack of honorifics stands before (a person named in full elsewhere), or None."""
    words = text.strip(" ,;.").split()
    while len(words) > 1 and (is_honorific(words[0]) or " ".join(words[:2]).lower() in TWO_WORD_HONORIFICS):
        words = words[2:] if " ".join(words[:2]).lower() in TWO_WORD_HONORIFICS else words[1:]
    # (not "Chief Scientist": a post, 'Chief' no honorific there)
    if len(words) == 1 and len(words) < len(text.split()) and CAPITALISED.match(words[0]) and \
            words[0].lower() not in HONORIFICS and words[0].lower() not in POST_WORDS:
        return words[0]
    return None


def split_by_honorifics(text: str) -> list[str]:
    """'Prof. Li Na Dr. Wang Hao' -> ['Prof. Li Na', 'Dr. Wang Hao'] (honorifics as the only
    separators)."""
    # (not within a stack of them: "Prof. Dr. Zulkifli", "Tan Sri Dato' Dr. Rahimah", "Ir. Ts. Dr. X")
    starts = [m.start() for m in SHORT_HONORIFICS.finditer(text)
              if not text[: m.start()].split()[-1:] or not is_honorific(text[: m.start()].split()[-1])]
    if len(starts) < 2:
        return [text]
    starts = [0] + starts if starts[0] > 0 and text[: starts[0]].strip() else starts
    return [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)])]
