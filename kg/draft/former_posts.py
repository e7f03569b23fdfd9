"""Posts a biography says a person held before ("she was previously Head of Post-production
at Cóndor Televisión", "Before joining Selva, Mateo spent eight years as a development
executive at Productora Ruta 40", "A former sound supervisor at Estudios Pacífico"):
kept as written and marked `current: false`.
"""

from __future__ import annotations

import re

ORG_WORDS = (r"(?:the\s+)?[A-Z\u00c0-\u00de][\w&'\u2019.\u00c0-\u024f-]*(?:\s+(?:(?:of|for|and|&|de|del|la|el|do|"
             r"da|der|the)\s+)*[A-Z0-9\u00c0-\u00de][\w&'\u2019.\u00c0-\u024f-]*)*")
ORG = rf"({ORG_WORDS})"
# "Head of the Department of Media Production at the University of Tarrow": the unit, at its parent
ORG_AT = rf"({ORG_WORDS}(?:,?\s+at\s+{ORG_WORDS})?)"
TITLE = r"(?:[A-Za-z][\w'\u2019-]*\s+){0,5}?[A-Za-z][\w'\u2019-]*"
LEAD = (r"\b(?i:(?:was|served|worked)\s+(?:previously|formerly|earlier)\s+(?:as\s+)?|"
        r"(?:served|worked)(?:\s+(?:for\s+)?[\w-]+\s+(?:years?|months?|decades?))?\s+as\s+|"
        r"(?:previously|formerly|earlier)\s+worked\s+(?:[a-z-]+\s+){1,4}?as\s+|"
        r"(?:previously|formerly|earlier),?\s+(?:(?:he|she|they)\s+)?(?:was\s+|served\s+as\s+|worked\s+as\s+|a\s+|an\s+)?|"
        r"spent\s+(?:\w+\s+){1,3}as\s+|[Aa]\s+former\s+|prior\s+to\s+this,?\s+(?:he|she|they)\s+was\s+|"
        r"before\s+that,?\s+(?:he|she|they)\s+was\s+|"
        r"before\s+joining\s+[^,]{1,60}?,?\s+(?:he|she|they|[A-Z][\w-]+)\s+(?:was|worked\s+as)\s+)"
        r"(?:an?\s+|the\s+)?")
# "was previously Head of Post-production at X" (the title holds 'of ...'), else "a producer
# at X", "director of X".
FORMER = (re.compile(rf"{LEAD}({TITLE}\s+(?:of|for)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)\s+(?:at|for|with)\s+{ORG}"),
          re.compile(rf"{LEAD}({TITLE})\s+(?:at|for|of|with|in)\s+{ORG_AT}"))
# The same in German, French and Spanish: "Zuvor war sie Leiterin der Abteilung Sammlungen am
# Filmmuseum X", "Bis 2018 war sie Herstellungsleiterin bei der Y", "Zuvor Stoffentwickler beim Z",
# "Auparavant, elle était productrice chez W", "Anteriormente fue productora en V".
FOREIGN_FORMER = re.compile(
    r"\b(?:(?:Zuvor|Davor|Vorher|Bis\s+\d{4}|Von\s+\d{4}\s+bis\s+\d{4})(?:\s+(?:war|arbeitete)\s+(?:er|sie)"
    r"(?:\s+(?:bereits|lange|mehrere\s+Jahre|\w+\s+Jahre))?)?(?:\s+als)?|"
    r"(?:Auparavant|Pr\u00e9c\u00e9demment|Avant\s+cela),?\s+(?:il|elle)\s+(?:\u00e9tait|a\s+\u00e9t\u00e9|a\s+travaill\u00e9\s+comme)|"
    r"(?:Anteriormente|Antes|Previamente),?\s+(?:fue|trabaj\u00f3\s+como|foi|trabalhou\s+como))\s+"
    r"(?:une?\s+|la\s+|le\s+)?"
    r"((?:[A-Za-z\u00c0-\u00ff][\w'\u2019-]*\s+){0,4}?[A-Za-z\u00c0-\u00ff][\w'\u2019-]*)\s+"
    r"(?:bei(?:\s+der|\s+dem)?|beim|am|im|an\s+der|in\s+der|chez|\u00e0\s+la|\u00e0\s+l['\u2019]|au|en|na|no|de\s+la"
    r")\s*(?<=\s|['\u2019])"
    rf"(?:\w+en\s+(?:Senders?|Verlags?|Streamingdienst(?:es)?)\s+)?{ORG}")  # ("des norwegischen Senders X")
# "previously taught animation at the School of Design": a post with no title.
FORMER_PLACE = re.compile(rf"\b(?:previously|formerly|earlier)\s+(?:taught|worked|studied|lectured|"
                          rf"trained)(?:\s+[a-z]+){{0,3}}\s+(?:at|in|for|with)\s+(?:the\s+)?{ORG}")
NOT_A_TITLE = re.compile(r"^(?:time|years?|decades?|months?|part|member|one|head)$|^(?:taught|worked|"
                         r"studied|lectured|trained|ran|led|managed|directed|in|at)\b", re.IGNORECASE)


# "He joined Halcyon in 2019 from Lantern Street Films, where he was a senior development executive"
FROM_WHERE = re.compile(rf"\bfrom\s+{ORG},\s+where\s+(?:he|she|they)\s+(?:was|had\s+been|served\s+as|"
                        rf"worked\s+as)\s+(?:an?\s+|the\s+)?({TITLE})(?=[,.;]|\s+(?:for|until|and)\b|$)")
# "From 2016 to 2020 he was writer-in-residence at the Spanish Arch Theatre"
DATED = re.compile(rf"\b[Ff]rom\s+(\d{{4}})\s+(?:to|until|\u2013|-)\s+(\d{{4}}),?\s+(?:he|she|they)\s+"
                   rf"(?:was|served\s+as|worked\s+as)\s+(?:an?\s+|the\s+)?({TITLE})\s+(?:at|of|for|with)\s+{ORG}")


def dated_posts(sentence: str) -> list[tuple[str, str, str, str]]:
    """(title, organisation's words, start year, end year) for 'From 2016 to 2020 he was X at Y'."""
    return [(m.group(3), re.sub(r"^the\s+", "", m.group(4)).rstrip("."), m.group(1), m.group(2))
            for m in DATED.finditer(sentence)]


def former_posts(sentence: str) -> list[tuple[str | None, str]]:
    """(title or None, organisation's words) for each post the sentence says was held."""
    found = [(m.group(2), re.sub(r"^the\s+", "", m.group(1)).rstrip(".")) for m in FROM_WHERE.finditer(sentence)]
    taken: list[tuple[int, int]] = [m.span() for m in FROM_WHERE.finditer(sentence)]
    taken += [m.span() for m in DATED.finditer(sentence)]
    for pattern in (*FORMER, FOREIGN_FORMER):
        for m in pattern.finditer(sentence):
            if not any(a <= m.start() < b for a, b in taken) and (post := _post(m)):
                taken.append(m.span())
                found.append(post)
    for m in FORMER_PLACE.finditer(sentence):
        if not any(a <= m.start() < b for a, b in taken):
            found.append((None, re.sub(r"^the\s+", "", m.group(1)).rstrip(".")))
    return found


def _post(m: re.Match) -> tuple[str, str] | None:
    title = re.sub(r"^(?:previously|formerly|earlier|as)\s+", "", m.group(1).strip())
    title = re.sub(r"\s+on\s+[a-z]+$", "", title)  # "staff writer on telenovelas"
    org = re.sub(r"^the\s+", "", m.group(2)).rstrip(".")
    unit_head = title.lower() == "head" and re.match(r"(?:the\s+)?(?:Department|School|Centre|Center|Division|Unit)\b",
                                                   m.group(2))  # "Head of the Department of X"
    if re.search(r"\bof\s+the\s+(?:Department|School|Centre|Center|Division|Unit|Faculty)\b", title):
        return None  # "Head of the Department of X at Y": the department is the organisation
    if title and (unit_head or not NOT_A_TITLE.match(title)) and len(title.split()) <= 7:
        return title, org
    return None
