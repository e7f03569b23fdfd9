"""The post a sentence writes right before a name, with its organisation where it says one
("the Head of the Department of X, Name", "the Dean, Faculty of Arts, Name"), and the verbs
that end what is written after a name."""

from __future__ import annotations

import re

from kg.draft.org_names import looks_like_org
from kg.draft.posts import one_post, starts_title

VERB_AFTER = re.compile(r",?\s+(?:(?:then|also|later|first|finally|subsequently)\s+)?(?:who|whose|which|quien|quienes|qui|que|delivered|gave|spoke|said|noted|shared|presented|"
                        r"moderated|discussed|highlighted|joined|introduced|opened|closed|attended|"
                        r"was|were|is|are|has|have|had|will|would|took|led|chaired|answered|"
                        r"walked|told|argued|traced|unveiled|explained|added|welcomed|thanked|announced|"
                        r"stressed|emphasi[sz]ed|urged|described|recalled|called|praised|described|"
                        r"hosted|launched|signed|pointed|observed|remarked|congratulated|followed|made|"
                        r"heard|saw|met|brought|held|won|wrote|began|became|showed|felt|found|taught|thought)\b|"
                        r",\s+[a-z]+(?:ed|s)\b(?=\s+(?:to|that|the|on|out|how|a|an|his|her|their|up|at|about|"
                        r"into|back|through|over|for|with|together|forward|along)\b)|"
                        # "..., Chairman of the X Authority, Saraab Film Academy today launched": the
                        # next clause's subject, not the post's organisation
                        r",\s+(?:[A-Z][\w&'-]*\s+){1,5}(?:today\s+|yesterday\s+|this\s+week\s+)?"
                        r"(?:launched|announced|hosted|held|opened|signed|unveiled|welcomed|organi[sz]ed|"
                        r"presented|launches|announces|hosts|holds|opens|signs|unveils|welcomes)\b")
THE_TITLE = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'-]*\s+){0,4}[A-Z][\w'-]*(?:\s+(?:of|for)\s+(?:the\s+)?"
                       r"(?:(?:[A-Z][\w'-]*|of|and|&|the)\s+){0,8}[A-Z][\w'-]*)?),\s+$")
# "the Dean, Faculty of Arts, Prof. Olusegun Adeyinka", "the Director-General, Federal Screen
# Development Agency (FSDA), Dr. X": the title, then its organisation, before the name.
THE_TITLE_AT = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'-]*\s+){0,4}[A-Z][\w'-]*),\s+"
                          r"((?:the\s+)?(?:(?:[A-Z][\w'&.-]*|of|and|&|the|for|in)\s+){0,8}[A-Z][\w'&.-]*(?:\s+\([A-Z]{2,}\))?),\s+$")
# "The general manager of Hangzhou Xinghe Culture Media Co., Ltd. Zhao Peng made the report"
# (a translation's word order): a post in lower case and its organisation, no comma.
THE_LOWER_TITLE_OF = re.compile(r"\b[Tt]he\s+(?P<title>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)(?:\s+\([^()]{1,40}\))?\s+of\s+(?:the\s+)?"
                                r"(?P<org>[A-Z][\w&'\u2019.-]*(?:\s+(?:[A-Z][\w&'\u2019.-]*|of|and|&|for|the|de|da|do|del|di|du)){0,8}"
                                r"(?:,?\s+(?:Co\.,?\s*)?Ltd\.?)?)(?P<comma>,)?\s+$")
# "El director de la ECAVA, Álvaro Mediavilla Ruiz, y la gerente de la Fundación Giralda
# Audiovisual, Rocío Benjumea Ortiz, inauguraron": the same apposition in Spanish, Italian,
# Portuguese and French.
ROMANCE_TITLE_OF = re.compile(r"(?:^|(?<=\s))(?:[Ee]l|[Ll]a|[Ii]l|[Ll]o|O|A|[Ll]e)\s+(?!cargo\b)"  # ("a cargo del rector": in charge)
                              r"(?P<title>(?:(?!(?:el|la|il|lo|le|los|las|de|del)\s)[a-z\u00e0-\u00ff][\w-]*\s+){0,3}?[a-z\u00e0-\u00ff][\w-]*)\s+"
                              r"(?:de|del|della|dello|da|do|di|du|des)\s+(?:la\s+|el\s+|los\s+|las\s+|l['\u2019]\s*)?"
                              r"(?P<org>[A-Z\u00c0-\u00de][\w&'\u2019.-]*(?:\s+(?:[A-Z\u00c0-\u00de][\w&'\u2019.-]*|de|del|la|las|"
                              r"los|y|e|et|di|da|do|des|du)){0,8}),\s+$")
# "Before the coding started, CEO of PT Garuda Pixel, Aditya Wibisono, gave a keynote": a
# title with no "the" at a clause's start, taken only when a verb follows the name (in a
# list "Dean of X, Li Si, CEO of Y" the title before a name is the previous person's).
BARE_TITLE = re.compile(r"(?:^|(?<![\w'-])[a-z][\w'-]*,\s+)((?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*\s+"
                        r"(?:(?:and|&)\s+(?:[\w'-]+\s+){1,3}?)?(?:of|for|at)\s+(?:the\s+)?"
                        r"(?:(?:[A-Z][\w'.-]*|of|and|&|the)\s+){0,8}[A-Z][\w'.-]*),\s+$")
# "the President of the university, Prof. Dr. X", "the head of the department, doc. Y": a post
# at a unit the page names ('the university': the university it is about).
THE_UNIT_TITLE = re.compile(r"\b[Tt]he\s+((?:[\w-]+\s+){0,3}?[\w-]+\s+(?:of|at)\s+(?:the|our|this)\s+(?:school|department|"
                            r"faculty|college|university|institute|centre|center|academy|programme|program))"
                            r"(?:,\s+(?:[A-Z][\w-]*\s+)+of\s+(?:[A-Z][\w-]*\s*)+)?,\s+$")


def post_before(before: str, after: str) -> str | None:
    """The post a sentence writes right before a name (with its organisation where it says
    one): "the Head of the Department of X, ", "the Dean, Faculty of Arts, "; and, only when
    a verb follows the name, "The general manager of X Co., Ltd. " and "CEO of X, "."""
    if (m := THE_TITLE.search(before)) and (starts_title(m.group(1)) or one_post(m.group(1)).title):
        return m.group(1)  # "the Head of X, ", "the UKN Pro-Chancellor, "
    if (m := THE_UNIT_TITLE.search(before)) and starts_title(m.group(1)):
        return m.group(1)
    if (m := THE_TITLE_AT.search(before)) and starts_title(m.group(1)) and looks_like_org(m.group(2)):
        return f"{m.group(1)}, {m.group(2)}"
    acting = VERB_AFTER.match(after)
    # (with a comma, "the head writer (roteirista-chefe) of Rede Maré, X," is an apposition)
    if (m := THE_LOWER_TITLE_OF.search(before)) and (acting or m.group("comma")) and starts_title(m.group("title")) and \
            looks_like_org(m.group("org")):
        return f"{m.group('title')}, {m.group('org')}"
    if (m := ROMANCE_TITLE_OF.search(before)) and starts_title(m.group("title")) and looks_like_org(m.group("org")):
        return f"{m.group('title')}, {m.group('org')}"
    if acting and after.startswith(",") and (m := BARE_TITLE.search(before)) and starts_title(m.group(1)):
        return m.group(1)
    return None
