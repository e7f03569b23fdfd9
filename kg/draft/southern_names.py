"""Names as Hong Kong, Macau, Singapore and Malaysia pages write them, in title case, where
neither capitals nor Han characters say which word is the family name.

- Cantonese, Hokkien and Teochew romanisations, family name first: "Chan Sio Man", "Tan Wei
  Ling", "Lim Beng Hock" (family name, then a given name of one or two syllables);
- an English name before them: "Karen Lam Wing-sze", "Vivian Ho Mei Leng", "Vivian Chen Yuting" (the English name
  is the given name pages and records use);
- Malay names: "Siti Mariam binti Osman" (a patronymic, no family name), "Mohd Hafiz
  Abdullah" (the last word is the father's name, written as the family name, and the words
  before it the given name).
"""

from __future__ import annotations

import re

from kg.draft.pinyin_names import FAMILY_NAMES as PINYIN_FAMILY_NAMES, is_pinyin

# Family names romanised from Cantonese (Hong Kong, Macau) and Hokkien / Teochew (Singapore,
# Malaysia), the common ones.
FAMILY_NAMES = frozenset("""
au chan chau cheng cheung chiu chin cho choi chong chow chu chua chung fong foo fung goh heng
ho hui hung ip kam kan khoo koh kok kong kwan kwok kwong lai lam lau lee leong leung lei li
lim lo lok lou low lui mak man mok mui ng ngai ong pang poon quek seah sim sin siu so suen
sze tai tam tan tang teo tong tsang tse tsui vong wai wan wong wu yau yeo yeung yim yip yu
yuen yung ieong ooi khor yap teh toh tay loh tee soh gan liew chew chia chee neo ang eng hew lum pua
seow tham tiong wee woo yong kee kuah lai liow phang saw sia tung
""".split())
# One romanised syllable: a few consonants, a vowel or two, an ending ("Sio", "Wing", "Hock").
SYLLABLE = re.compile(r"^[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|ck|n|m|k|p|t|h|i|u|w)?$")  # "Siew"
# A hyphenated given name of two syllables: "Wing-sze", "Ka-yi", "Chun-kit".
HYPHENATED = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{1,5}$")
# Malay and Arabic names that end a Malay name as the father's name.
MALAY_LAST = frozenset("""
abdullah ahmad ali aziz bakar hamid hashim hassan hussain hussein ibrahim idris ismail jaafar
kamarudin karim latif mahmud majid mohamad mohamed musa omar osman othman rahman rashid razak
salleh sulaiman talib yaacob yunus yusof yusoff zainal zakaria ariffin
""".split())
# (and the Tamil "a/l", "a/p": son, daughter of)
PARTICLES = frozenset("lo la le de di da do du".split())
PATRONYMIC = frozenset({"bin", "binti", "binte", "bt", "bt.", "b.", "a/l", "a/p", "s/o", "d/o"})


def syllable(word: str) -> bool:
    return bool(SYLLABLE.match(word.lower())) and len(word) <= 6


def southern_name(words: list[str]) -> tuple[str | None, str | None, str] | None:
    """(given, family, order) for a title-case name of these forms, else None."""
    lowered = [w.lower() for w in words]
    # (the short "b." and "bt." only in lower case: "John B. Smith" has a middle initial)
    father = next((k for k, w in enumerate(words) if w.lower() in PATRONYMIC and
                   (w.islower() or w.lower() not in ("b.", "bt.", "bt"))), 0)
    if father and father < len(words) - 1 and not any(w in ("al", "el") or w.startswith(("al-", "el-"))
                                                      for w in lowered[father + 1:]):
        # "Siti Mariam binti Osman", "Rahimah binti Abdul Karim", "Suresh Kumar a/l Rajendran"
        # (not "Saif bin Majid Al Fahidi", whose family name ends it)
        return " ".join(words[:father]), None, "given-first"
    if not all(re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?", w) for w in words):
        return None
    if len(words) >= 4 and (k := next((k for k, w in enumerate(lowered) if w in ("mohd", "md")), 0)) >= 2:
        return " ".join(words[:k]), None, "given-first"  # "Nor Azlina Mohd Yusof": the father's name, 'bin' left out
    if len(words) == 3 and lowered[0] in FAMILY_NAMES and all(syllable(w) for w in words[1:]) \
            and lowered[2] not in MALAY_LAST:
        return " ".join(words[1:]), words[0], "family-first"  # "Chan Sio Man"
    if len(words) == 3 and lowered[1] in FAMILY_NAMES and HYPHENATED.match(words[2]) and not syllable(words[0]):
        return words[0], words[1], "given-first"  # "Karen Lam Wing-sze"
    # (not "Rosaria Lo Bue": 'Lo', 'De', 'La' begin an Italian or Spanish family name)
    if len(words) == 3 and lowered[1] in (FAMILY_NAMES | PINYIN_FAMILY_NAMES) - PARTICLES and \
            lowered[0] not in FAMILY_NAMES | PINYIN_FAMILY_NAMES and not is_pinyin(words[0]) and \
            is_pinyin(words[2], 2):
        return words[0], words[1], "given-first"  # "Vivian Chen Yuting": the English name, then the Chinese
    if len(words) == 4 and lowered[1] in FAMILY_NAMES and lowered[0] not in FAMILY_NAMES and \
            all(syllable(w) for w in words[2:]):
        return words[0], words[1], "given-first"  # "Vivian Ho Mei Leng", "Chloe Tan Hui Min"
    if len(words) == 3 and lowered[2] in MALAY_LAST and lowered[0] not in FAMILY_NAMES:
        return " ".join(words[:2]), words[2], "given-first"  # "Mohd Hafiz Abdullah"
    return None
