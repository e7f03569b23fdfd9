"""Name variants for synthetic people, with the truth, so a duplicate finder can score itself.

A fraction of the synthetic people get a realistic name (Chinese, with its Han characters
and tone marks, or European, with its accents) and a second record naming them the way
another page would: another order, capitals, Han characters, tone marks, a hyphen,
initials, an honorific, no accents, a misspelling. The pairs are the truth.
"""

from __future__ import annotations

import random
import unicodedata

# (pinyin, Han character, pinyin with its tone mark); each character read one way only.
CHINESE_FAMILY = [
    ("Zhang", "张", "Zhāng"), ("Wang", "王", "Wáng"), ("Li", "李", "Lǐ"), ("Liu", "刘", "Liú"),
    ("Chen", "陈", "Chén"), ("Yang", "杨", "Yáng"), ("Zhao", "赵", "Zhào"), ("Huang", "黄", "Huáng"),
    ("Zhou", "周", "Zhōu"), ("Wu", "吴", "Wú"), ("Xu", "徐", "Xú"), ("Sun", "孙", "Sūn"),
    ("Ma", "马", "Mǎ"), ("Hu", "胡", "Hú"), ("Lin", "林", "Lín"), ("Guo", "郭", "Guō"),
    ("He", "何", "Hé"), ("Gao", "高", "Gāo"), ("Luo", "罗", "Luó"), ("Zheng", "郑", "Zhèng"),
]
CHINESE_GIVEN = [
    ("wei", "伟", "wěi"), ("min", "民", "mín"), ("xiao", "晓", "xiǎo"), ("da", "达", "dá"),
    ("jun", "军", "jūn"), ("hong", "红", "hóng"), ("ming", "明", "míng"), ("hua", "华", "huá"),
    ("ying", "英", "yīng"), ("fang", "芳", "fāng"), ("jing", "静", "jìng"), ("lei", "磊", "lěi"),
    ("yong", "勇", "yǒng"), ("yan", "艳", "yàn"), ("jie", "杰", "jié"), ("tao", "涛", "tāo"),
    ("gang", "刚", "gāng"), ("wen", "文", "wén"), ("hui", "辉", "huī"), ("ling", "玲", "líng"),
    ("fei", "飞", "fēi"), ("peng", "鹏", "péng"), ("yu", "宇", "yǔ"), ("jian", "建", "jiàn"),
    ("hai", "海", "hǎi"), ("lan", "兰", "lán"), ("bo", "波", "bō"), ("ning", "宁", "níng"),
]
EUROPEAN_GIVEN = ["James", "Anna", "Sofia", "María", "David", "Elena", "Lucas", "Grace", "Omar",
                  "Karl", "José", "Zoë", "Renée", "Søren", "Chloé", "Madeline", "Thomas", "Hannah",
                  "Oliver", "Amélie", "Isabel", "Matthias", "Fiona", "Nikolai", "Beatriz"]
EUROPEAN_FAMILY = ["Smith", "García", "Müller", "Novak", "Rossi", "Kelly", "Brown", "Silva",
                   "Dubois", "Nowak", "Martínez", "Jensen", "O'Brien", "Fernández", "Schröder",
                   "Moreau", "Bianchi", "Kowalski", "Andersson", "Costa", "Horvath", "Lindqvist",
                   "Petrov", "Castillo", "Fischer"]
CHINESE_VARIANTS = ("order", "case", "han", "tones", "hyphen", "initials", "honorific")
EUROPEAN_VARIANTS = ("order", "case", "accents", "initials", "honorific", "spelling")
# Variants that a name alone does not settle: the second record shares a post.
NEED_CONTEXT = ("initials", "spelling")
HONORIFICS = ("Dr.", "Prof.", "Professor", "Mr.", "Ms.")


def _name_pool(rng: random.Random) -> list[dict]:
    """Every name the pool can give, each once, in a seeded order."""
    chinese = [{"script": "chinese", "family": f, "given": [g]}
               for f in CHINESE_FAMILY for g in CHINESE_GIVEN]
    chinese += [{"script": "chinese", "family": f, "given": [g1, g2]}
                for f in CHINESE_FAMILY for g1 in CHINESE_GIVEN for g2 in CHINESE_GIVEN if g1 != g2]
    european = [{"script": "european", "family": f, "given": g}
                for f in EUROPEAN_FAMILY for g in EUROPEAN_GIVEN]
    rng.shuffle(chinese)
    rng.shuffle(european)
    # One European name in four, while they last.
    pool, ci, ei = [], 0, 0
    while ci < len(chinese):
        if len(pool) % 4 == 3 and ei < len(european):
            pool.append(european[ei])
            ei += 1
        else:
            pool.append(chinese[ci])
            ci += 1
    return pool


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _misspelt(word: str, rng: random.Random) -> str:
    """One inner letter left out: 'Madeline' -> 'Madelne'."""
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1:]


def _names(entry: dict, kind: str, rng: random.Random) -> tuple[dict, str]:
    """The person's own fields, and the name the variant record gives."""
    if entry["script"] == "chinese":
        (family, family_han, family_tone), given = entry["family"], entry["given"]
        given_text = "".join(g[0] for g in given).capitalize()
        own = {"name": f"{given_text} {family.upper()}", "given_name": given_text,
               "family_name": family.upper()}
        variant = {
            "order": f"{family.upper()} {given_text}",
            "case": f"{given_text.upper()} {family.upper()}",
            "han": family_han + "".join(g[1] for g in given),
            "tones": f"{family_tone} {''.join(g[2] for g in given).capitalize()}",
            "hyphen": "-".join(g[0].capitalize() for g in given) + f" {family}",
            "initials": f"{given_text[0]}. {family}",
            "honorific": f"{rng.choice(HONORIFICS)} {given_text} {family}",
        }[kind]
        return own, variant
    family, given = entry["family"], entry["given"]
    own = {"name": f"{given} {family}", "given_name": given, "family_name": family}
    longer = given if len(given) >= len(family) else family
    variant = {
        "order": f"{family}, {given}",
        "case": f"{given} {family}".upper(),
        "accents": _plain(f"{given} {family}"),
        "initials": f"{given[0]}. {family}",
        "honorific": f"{rng.choice(HONORIFICS)} {given} {family}",
        "spelling": f"{given} {family}".replace(longer, _misspelt(longer, rng)),
    }[kind]
    return own, variant


def add_name_variants(people: list[dict], fraction: float, seed: int) -> list[dict]:
    """Rename a fraction of `people` and append a variant record for each; returns the truth
    as [{"a": person id, "b": variant id, "variant": kind}, ...]."""
    rng = random.Random(f"name-variants-{seed}")
    pool = _name_pool(rng)
    count = min(round(len(people) * fraction), len(pool))
    chosen = sorted(rng.sample(range(len(people)), count))
    truth = []
    for entry, index in zip(pool, chosen):
        person = people[index]
        posts = [p for p in person.get("positions", []) if p.get("organization")]
        kinds = CHINESE_VARIANTS if entry["script"] == "chinese" else EUROPEAN_VARIANTS
        if entry["script"] == "chinese" and len(entry["given"]) == 1:
            kinds = tuple(k for k in kinds if k != "hyphen")
        if not posts:
            kinds = tuple(k for k in kinds if k not in NEED_CONTEXT)
        if entry["script"] == "european" and _plain(entry["given"] + entry["family"]) == (
                entry["given"] + entry["family"]):
            kinds = tuple(k for k in kinds if k != "accents")  # nothing to take away
        kind = rng.choice(kinds)
        own, variant_name = _names(entry, kind, rng)
        person.update(own)
        variant = {"id": f"{person['id']}-{kind}", "name": variant_name}
        if kind in NEED_CONTEXT or (posts and rng.random() < 0.5):
            variant["positions"] = [dict(posts[0])]
        people.append(variant)
        truth.append({"a": person["id"], "b": variant["id"], "variant": kind})
    return truth
