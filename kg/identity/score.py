"""How likely two records are one: name evidence sets a prior, context moves it.

The strongest agreement between any spelling of one name and any spelling of the other
gives a prior probability; each piece of context (a shared organisation, the same parent,
the same post title, events of one series; or different family names, different
external ids, one organisation inside the other) adds or takes a fixed weight of
evidence in log-odds, as in the Fellegi-Sunter model. Every step is named in the
reasons.

References
----------
Fellegi, I. P. and Sunter, A. B. (1969). A theory for record linkage. Journal of the
American Statistical Association 64(328), 1183-1210.
"""

from __future__ import annotations

import math

from rapidfuzz import fuzz

from kg.identity.names import HAN, NameForm, acronym, without_generic
from kg.identity.profiles import Profile

# Priors from names alone.
SAME_ID = 0.99
SAME_WEBSITE = 0.95
SAME_NAME = 0.92
ALT_NAME = 0.9
SWAPPED = 0.9
HAN_PINYIN = 0.9
ACRONYM = 0.8
INITIALS = 0.5  # "J. Wang" fits every J. of the Wangs: by itself below the default threshold
WITHOUT_GENERIC = 0.75
SPELLING = 0.5  # a spelling that differs: by itself below the default threshold
SPELLING_RATIO = 90  # rapidfuzz token_sort_ratio at or above which two spellings are "similar"
# Context, in log-odds.
SHARED_ORG = 1.5
SAME_PARENT = 0.7
SAME_TITLE = 0.3
SAME_SERIES = 0.7
COMMON_NAME = 3  # records of one name beyond which the name says less (one person, three pages)
OTHER_FAMILY = -3.0
OTHER_ID = -4.0
PART_OF = -5.0
OTHER_PARENT = -3.0  # "Department of Film" under two universities: two departments
OTHER_TYPE = -1.5
OTHER_SECTOR = -1.0


def logit(p: float) -> float:
    return math.log(p / (1 - p))


def sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def _alt(a: NameForm, b: NameForm) -> str:
    """Which alternative name matched, for the reason."""
    form = a if a.alt else b if b.alt else None
    return f" ('{form.text}')" if form else ""


def person_names(a: NameForm, b: NameForm) -> tuple[float, str]:
    """The prior and its reason for two spellings of a person's name (0.0 when unlike)."""
    if a.han and b.han and HAN.findall(a.text) != HAN.findall(b.text):
        return 0.0, ""  # two Han spellings are compared as characters: 张伟 is not 章伟
    han = a.han != b.han
    if a.compact == b.compact:
        if _initials_only(a.tokens):
            return INITIALS, "same initials and family name" + _alt(a, b)
        if han:
            return HAN_PINYIN, "Han characters read as the pinyin" + _alt(a, b)
        if a.alt or b.alt:
            return ALT_NAME, "alternative name matches" + _alt(a, b)
        return SAME_NAME, "same name after normalising case, accents, punctuation and spacing"
    if a.compact in b.turned or a.sorted == b.sorted:
        if han:
            return HAN_PINYIN, "Han characters read as the pinyin, in the other order" + _alt(a, b)
        return SWAPPED, "given and family name in the other order" + _alt(a, b)
    if _initials(a.tokens, b.tokens) or _initials(b.tokens, a.tokens):
        return INITIALS, "initials match the given name" + _alt(a, b)
    if not set(a.tokens) & set(b.tokens):
        return 0.0, ""
    # Numbers in a name ("Karl Li 1210") are not misspelt: they must agree.
    if {t for t in a.tokens if not t.isalpha()} != {t for t in b.tokens if not t.isalpha()}:
        return 0.0, ""
    if fuzz.token_sort_ratio(" ".join(a.tokens), " ".join(b.tokens)) >= SPELLING_RATIO:
        return SPELLING, "similar spelling" + _alt(a, b)
    return 0.0, ""


def _initials_only(words: tuple[str, ...]) -> bool:
    """'j wang', 'j m wang': every word but one a single letter."""
    return len(words) >= 2 and sum(len(w) > 1 for w in words) <= 1


def _initials(short: tuple[str, ...], full: tuple[str, ...]) -> str:
    """'j wang' against 'james wang' (the family name at either end): a reason, or ''."""
    if len(short) < 2 or len(short) != len(full):
        return ""
    for s_family, s_rest, f_family, f_rest in ((short[-1], short[:-1], full[-1], full[:-1]),
                                               (short[0], short[1:], full[0], full[1:])):
        if (s_family == f_family and all(len(t) == 1 for t in s_rest)
                and [t[0] for t in f_rest] == list(s_rest) and any(len(t) > 1 for t in f_rest)):
            return "initials match the given name"
    return ""


def org_names(a: NameForm, b: NameForm) -> tuple[float, str]:
    """The prior and its reason for two spellings of an organisation's name."""
    alt = _alt(a, b)
    if a.tokens == b.tokens:
        return (ALT_NAME, f"alternative name matches{alt}") if alt else (
            SAME_NAME, "same name after normalising case, accents, punctuation and 'The'")
    if a.sorted == b.sorted:
        return SWAPPED, f"same words in another order ('University of X' / 'X University'){alt}"
    for short, full in ((a, b), (b, a)):
        if len(short.tokens) == 1 and short.tokens[0] == acronym(full.tokens):
            return ACRONYM, f"'{short.text}' is the acronym of '{full.text}'"
    core_a, core_b = without_generic(a.tokens) or a.tokens, without_generic(b.tokens) or b.tokens
    # Only words one name adds to the other: "Shanghai International Film Festival" and
    # "Shanghai Film Group" both come down to "Shanghai", but neither contains the other.
    nested = set(a.tokens) <= set(b.tokens) or set(b.tokens) <= set(a.tokens)
    if core_a == core_b and nested:
        return WITHOUT_GENERIC, f"same name without words such as 'Film Festival' or 'Ltd'{alt}"
    return 0.0, ""


def best_names(a: Profile, b: Profile) -> tuple[float, str]:
    compare = person_names if a.kind == "person" else org_names
    best = (0.0, "")
    for fa in a.forms:
        for fb in b.forms:
            found = compare(fa, fb)
            if found[0] > best[0]:
                best = found
    return best


def identifiers(a: Profile, b: Profile) -> tuple[float, list[str], float]:
    """(prior from shared ids, reasons, log-odds from conflicting ids)."""
    prior, reasons, weight = 0.0, [], 0.0
    for name in sorted(set(a.identifiers) & set(b.identifiers)):
        if a.identifiers[name] == b.identifiers[name]:
            prior = max(prior, SAME_WEBSITE if name == "website" else SAME_ID)
            reasons.append(f"same {name} {a.identifiers[name]}")
        elif name != "website":
            weight += OTHER_ID
            reasons.append(f"different {name} ids")
    return prior, reasons, weight


def person_context(a: Profile, b: Profile) -> tuple[float, list[str]]:
    weight, reasons = 0.0, []
    orgs = sorted(a.organizations & b.organizations)
    under = [] if orgs else sorted(a.parents & b.parents)  # counted once: the nearer wins
    series = [s.removeprefix("id:") for s in sorted(a.series & b.series)]
    for shared, evidence, phrase in (
            (orgs, SHARED_ORG, "posts at the same organisation"),
            (under, SAME_PARENT, "posts under the same organisation"),
            (sorted(a.titles & b.titles), SAME_TITLE, "posts with the same title"),
            (series, SAME_SERIES, "at events of the same series")):
        if shared:
            weight += evidence
            reasons.append(f"{phrase}: {', '.join(shared)}")
    if a.family and b.family and a.family != b.family and not (
            a.family == b.given and b.family == a.given):
        weight += OTHER_FAMILY
        reasons.append("different family names")
    return weight, reasons


def org_context(a: Profile, b: Profile) -> tuple[float, list[str]]:
    weight, reasons = 0.0, []
    shared = a.org_parents & b.org_parents
    if b.id in a.org_parents or a.id in b.org_parents:
        weight += PART_OF
        reasons.append("one is part of the other")
    elif shared:
        weight += SAME_PARENT
        reasons.append(f"same parent organisation: {', '.join(sorted(shared))}")
    elif a.org_parents and b.org_parents:
        weight += OTHER_PARENT
        reasons.append("different parent organisations")
    if a.type != b.type and "organization" not in (a.type, b.type):
        weight += OTHER_TYPE
        reasons.append(f"different types: {a.type}, {b.type}")
    if a.sector and b.sector and a.sector != b.sector:
        weight += OTHER_SECTOR
        reasons.append(f"different sectors: {a.sector}, {b.sector}")
    return weight, reasons


def common_name(count: int) -> float:
    """Log-odds taken from a name that `count` records share: the more records carry it, the
    less it tells that two of them are one (Fellegi-Sunter's frequency adjustment: the chance
    that two different records agree grows with the name's frequency)."""
    return -math.log(count / COMMON_NAME) if count > COMMON_NAME else 0.0


def score_pair(a: Profile, b: Profile, sharing: int = 2) -> tuple[float, list[str]]:
    """The probability that two records of one kind are one, in [0, 1], and why.

    `sharing` is how many records carry the name the two have in common (any word order).
    """
    id_prior, reasons, weight = identifiers(a, b)
    name_prior, name_reason = best_names(a, b)
    prior = max(id_prior, name_prior)
    if prior == 0.0:
        return 0.0, []
    if name_reason:
        reasons.append(name_reason)
    if common := common_name(sharing):
        weight += common
        reasons.append(f"a common name: {sharing} records have it")
    context, why = (person_context if a.kind == "person" else org_context)(a, b)
    return round(sigmoid(logit(prior) + weight + context), 3), reasons + why
