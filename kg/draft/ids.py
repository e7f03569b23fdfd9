"""Record ids from names: lower-case ASCII letters, digits and '-' (Han characters as pinyin)."""

from __future__ import annotations

import re
import unicodedata

from pypinyin import lazy_pinyin

from kg.identity.names import HAN_RUN, han_tokens, pinyin

MAX_WORDS = 6
# Letters with no ASCII letter in their Unicode decomposition ('Yıldırımoğlu', 'Łódź', 'Đỗ').
UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
                              "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th",
                              "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H"})


def record_id(text: str, fallback: str = "record", person: bool = False) -> str:
    """'Weimin ZHANG' -> 'weimin-zhang'; '张伟民' (a person) -> 'zhang-weimin'; '上海大学' ->
    'shang-hai-da-xue'; 'Café Lumière' -> 'cafe-lumiere'."""
    text = HAN_RUN.sub(lambda m: " " + (_han(m.group()) if person else " ".join(lazy_pinyin(m.group())))
                       + " ", text)
    text = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED)).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", text.replace("&", " "))
    if len(words) > 4:  # long names: the words that tell them apart
        words = [w for w in words if w not in ("of", "for", "and", "the", "at", "in", "on")]
    return "-".join(words[:MAX_WORDS]) or fallback


def _han(run: str) -> str:
    """A Han name's family name apart from the given name: '张伟民' -> 'zhang weimin'."""
    return " ".join(han_tokens(run)) if 2 <= len(run) <= 4 else pinyin(run)  # ('欧阳明' -> 'ouyang ming')


def unique(base: str, taken: set[str], counters: dict[str, int] | None = None) -> str:
    """`base`, or `base-2`, `base-3`... the first not taken (`counters` remembers where each
    base got to, so a thousand records of one name cost no more than one)."""
    counters = {} if counters is None else counters
    key, n = base, counters.get(base, 2)
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    counters[base] = n
    taken.add(key)
    return key
