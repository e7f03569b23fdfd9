"""What talks were about: topics read from a sentence or a session's title, in the page's
wording.

A topic is what a cue word introduces ("focused on the overseas trajectory of ...",
"addressed the premiumization of ...", "challenges such as A, B and C", "a talk titled
'X'") up to the end of its clause, split where the page lists several. Leading articles,
possessives and verbs of doing ("enhancing audiovisual aesthetics") are left off, the
rest kept as written. Film titles in quotes are not topics unless a talk word names them.
"""

from __future__ import annotations

import re

# Words that introduce what a talk, a panel or an event was about.
CUE = re.compile(
    r"\b(?:focus(?:ed|ing|es)?|centred|centered|concentrat(?:ed|ing)|reflect(?:ed|ing)|"
    r"spoke|speaking|talk(?:ed|ing)?|lectur(?:ed|ing)|insights?|thoughts|views|perspectives?|"
    r"experiences?|discussion|conversation|debate|dialogue|panel|keynote|presentation|"
    r"session|symposium|forum|seminar|workshop|conference|roundtable|lecture|masterclass)\s+"
    r"(?:on|about|of)\s+(?=\S)|"
    r"\b(?:perspectives|insights|views|thoughts|reflections)\b[^.;,]{0,60}?\s+on\s+(?=\S)|"
    r"\b(?:addressed|addressing|examined|examining|explored|exploring|discussed|discussing|"
    r"debated|debating|tackled|tackling|considered|considering|highlighted|highlighting|"
    r"outlined|outlining|analy[sz]ed|analy[sz]ing|emphasi[sz]ed|emphasi[sz]ing|unpacked|"
    r"surveyed|traced|tracing|shared|sharing|"
    r"called for|calling for|looked at|looking at|delved into|turned to)\s+(?=\S)|"
    r"\b(?:challenges|issues|topics|themes|questions|trends|strategies|areas|subjects|"
    r"dimensions|priorities)(?:\s+\w+){0,3}?\s*(?::|,?\s+such as|,?\s+including|,?\s+like)\s+|"
    r"\b(?P<theme>(?:the\s+)?(?:theme|topic|subject)\s*(?:of\s+|was\s+|is\s+|:\s*))", re.IGNORECASE)
# A quoted title a talk word names: "a keynote titled 'X'", "Keynote 1: 'X'".
TITLED = re.compile(r"(?:\b(?:titled|entitled|called|on|about|keynote|talk|lecture|"
                    r"presentation|paper|address)\b[^\u201c\u201d\"\u2018\u2019]{0,12}?|^[^\u201c\"\u2018]{0,40}:\s*)"
                    r"[\u201c\"\u2018']([^\u201d\"\u2019']{4,120})[\u201d\"\u2019']", re.IGNORECASE)
# Where a topic's clause ends.
CLAUSE_END = re.compile(r"\s+and\s+(?!related|advanced|applied|mixed|animated|extended|augmented|"
                        r"user-generated|animated)[a-z]+ed\s|"  # "... and recalled working with"
                        r"\s*(?:[.;!?]\s|[.;!?]$|\s[\u2014\u2013]\s|\s--\s|\(|,\s+(?:noting|while|citing|"
                        r"arguing|drawing|quoting|referring|pointing|suggesting|stressing|warning|"
                        r"which|who|where|when|as|adding|saying|and\s+(?:he|she|they|it|we|"
                        r"called|urged|argued|noted|said|shared|stressed|emphasi[sz]ed)|but|"
                        r"before|after|with\s+(?:a|an|the)\s+focus|(?:jointly\s+)?(?:co-)?(?:hosted|"
                        r"organi[sz]ed|held|sponsored|supported|convened|presented|launched)\s+by)\b|"
                        r"\s+(?:was|were|is|will\s+be)\s+(?:held|hosted|organi[sz]ed|convened)\b|"
                        r"\s+(?:with|from|to|for)\s+"
                        r"(?:participants|the audience|students|attendees|guests)\b|"
                        r"\s+(?:in|at)\s+(?:the|his|her|their)\s+(?:keynote|talk|speech|lecture|"
                        r"session|opening|closing|presentation)\b|\s+(?:in order\s+)?to\s+(?:elevate|"
                        r"improve|ensure|support|help|make|achieve|better|boost|strengthen|foster|"
                        r"promote|enhance|create|meet|reach|attract|serve)\b)")
LEAD = re.compile(r"^(?:(?:the|a|an|his|her|their|its|our|recent|some|several|many|new|key|"
                  r"main|major|how|why|what|whether|return\s+to|move\s+away\s+from|need\s+for|"
                  r"robust|enhancing|fostering|building up|promoting|"
                  r"improving|strengthening|developing|advancing|supporting|encouraging|"
                  r"deepening|expanding|sustained\s+commitment\s+to|commitment\s+to|"
                  r"[A-Z][\w-]*(?:\u2019s|'s))\s+)+")
NOT_TOPIC = re.compile(r"^(?:it|this|that|these|those|them|him|her|us|you|we|they|remarks|"
                       r"welcome remarks|opening remarks|a speech|a talk|speeches|"
                       r"the (?:event|audience|guests|participants|forum|symposium))$|"
                       r"^(?:the\s+)?(?:opening|closing|morning|afternoon|keynote|plenary|first|second)\s+"
                       r"(?:session|ceremony|panel)$|"
                       r"\b(?:remarks|speech(?:es)?)$", re.IGNORECASE)
VERBISH = re.compile(r"^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|"
                     r"to|that|by|with|from|at)\b", re.IGNORECASE)


def quoted_titles(text: str) -> list[str]:
    """Talk titles in quotes that a talk word names ('Keynote: "The Graduate and the Market"')."""
    return [m.group(1).strip() for m in TITLED.finditer(text)]


def topics_in(sentence: str) -> list[tuple[int, str]]:
    """(where the cue stands, topic) for each topic a sentence states, in its order."""
    # A quoted title is one topic as written ('a forum on the theme "Short Video and the
    # Young Audience"'); cues inside or right before it add nothing.
    titled = list(TITLED.finditer(sentence))
    found: list[tuple[int, str]] = [(m.start(), m.group(1).strip()) for m in titled]
    cues = [c for c in CUE.finditer(sentence)
            if not any(m.start() <= c.start() < m.end() or c.end() >= m.start(1) - 16 and
                       c.start() < m.start(1) for m in titled)]
    for k, cue in enumerate(cues):
        # A clause ends at its own end, or where the next cue begins ("shared X, and
        # examined Y": X; "explored issues such as A, B": A and B).
        stop = cues[k + 1].start() if k + 1 < len(cues) else len(sentence)
        rest = sentence[cue.end(): stop]
        if end := CLAUSE_END.search(rest):
            rest = rest[: end.start()]
        clause = re.sub(r"[\s,]+(?:and|or|but)?\s*$", "", rest).strip(" ,:\u201c\u201d\"")
        if not clause or VERBISH.match(clause) or \
                (k + 1 < len(cues) and stop - cue.end() < 40 and " " not in clause):
            continue  # 'examined transformation strategies across ...:': the list's head
        for part in ([clause] if cue.group("theme") else _items(clause)):  # a theme is one
            if part not in (t for _, t in found):
                found.append((cue.start(), part))
    return found


def _items(clause: str) -> list[str]:
    """The topics of one clause: one, or several where the page lists them."""
    clause = re.sub(r"^[\w\s-]{0,60}?(?:strategies|dimensions|areas|themes|priorities)"
                    r"(?:\s+for\s+[\w\s-]+?)?\s*:\s*", "", clause, flags=re.IGNORECASE)
    if "," in clause or ";" in clause:
        parts = re.split(r"\s*[,;]\s+(?:and\s+|or\s+)?", clause)
        if not re.search(r"[,;]\s+(?:and|or)\s", clause):  # "A, B and C": the last 'and' lists too
            parts[-1:] = re.split(r"\s+(?:and|or)\s+", parts[-1], maxsplit=1)
    else:
        parts = [clause]
    # "funding for documentaries and the role of public broadcasters": two
    parts = [q for p in parts for q in
             re.split(r"\s+(?:and|as well as)\s+(?=(?:the|a|an|how|why|its|their)\s)", p)]
    items = []
    for part in parts:
        part = re.sub(r"[\u201c\u201d\"]", "", part)  # 'the "premiumization" of': the word, not the marks
        part = LEAD.sub("", part.strip(" ,.:'")).strip(" ,.:'")
        words = part.split()
        if not 1 <= len(words) <= 12 or NOT_TOPIC.search(part) or not re.search(r"[a-z]", part):
            continue
        if len(words) == 1 and words[0][:1].isupper():
            continue  # a lone proper name ('Shanghai') is no topic
        items.append(part)
    return items
