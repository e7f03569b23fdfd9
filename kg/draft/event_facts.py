"""The event itself from a page's sentences: its name, type, dates, place and organisers."""

from __future__ import annotations

import re

from kg.draft.org_names import GENERIC_UNIT, LISTED_UNIT, clean, is_acronym, looks_like_org, org_type, split_orgs
from kg.draft.person_names import parse_name

EVENT_WORDS = ("symposium", "conference", "forum", "panel", "workshop", "seminar", "festival",
               "summit", "colloquium", "masterclass", "showcase", "salon", "lecture", "expo", "conversatorio",
               "awards night", "awards ceremony", "award ceremony", "hackathon", "game jam", "gala")
# kg's event types for the words above (the rest are events of no narrower type).
EVENT_TYPE = {"symposium": "symposium", "colloquium": "symposium", "conference": "conference",
              "summit": "conference", "forum": "forum", "panel": "panel", "workshop": "workshop",
              "masterclass": "workshop", "seminar": "seminar", "salon": "seminar",
              "festival": "festival", "showcase": "festival", "lecture": "seminar",
              "conversatorio": "panel"}  # (a Spanish page's discussion with guests)
SESSION_TYPES = (
    (r"\b(?:closing|concluding)\s+plenary\b", "closing"),  # "Closing plenary and farewell": no keynote
    (r"\bkeynote|\bplenary\b|conf\u00e9rence inaugurale|inaugural (?:conference|lecture|address)|conferencia (?:inaugural|magistral)|festvortrag|keynote",
     "keynote"),
    (r"\broundtable|round-table|round table|table ronde|mesa redonda|runder tisch|podiumsdiskussion|"
     r"^(?:table|mesa)\s+\d\b",  # "Table 1: ..." (a "mesa" of a programme translated)
     "roundtable"),
    # "Industry-Education Dialogue", "Roundtable Dialogue": several people, moderated
    (r"\bpanel|\bdialogue\b|\bdialog\b|\bconversatorio|\broda de conversa", "panel"), (r"\bopening|\bwelcome|\baccueil|\bbienvenid|\bbienvenue|\bbegr\u00fc\u00dfung|"
                            r"\bapertura|\bouverture|\ber\u00f6ffnung", "opening"),
    (r"\bclosing|\bconcluding|\bfarewell|\bcl\u00f4ture|\bclausura|\babschluss", "closing"),
    (r"\bscreening|\bprojection|\bproyecci\u00f3n", "screening"),
    (r"\bmasterclass|master class", "masterclass"), (r"\blecture|\bconf\u00e9rence\b|\bconferencia\b|\bvortrag",
                                                      "lecture"),
    (r"\bworkshop|\batelier|\btaller", "workshop"), (r"\bceremony|\bawards?\b", "ceremony"),
    (r"\bexhibition", "exhibition"), (r"\btalk|\bconversation", "talk"),
)
QUOTED = re.compile(r"[\u201c\"]([^\u201d\"]{8,200})[\u201d\"]")
CAP = r"(?:[A-Z0-9][\w&'\u2019.-]*|of|for|on|and|the|in|&)"
EVENT_KIND = (r"(?:Symposium|Conference|Forum|Festival|Workshop|Seminar|Summit|Colloquium|Showcase|Salon|Masterclass|"
              r"Awards Night|Awards Ceremony|Hackathon|Game Jam|"
              r"Expo|Roundtable|Round Table)")
# What an event is on: "on AI and the Future of Documentary".
EVENT_ON = (r"\s+(?:on|of|for)(?:\s+[A-Z][\w&'\u2019-]*(?:\s+(?:and|&|of|in|for)(?:\s+the)?"
            r"\s+[A-Z][\w'-]*)*){1,6}")
# "the Northbridge Documentary Forum 2024", or "the Forum on Film Education in the Digital Age".
NAMED_EVENT = re.compile(
    rf"\b((?:[A-Z0-9][\w&'\u2019.-]*\s+)(?:{CAP}\s+){{0,8}}?{EVENT_KIND}(?!\w)(?:{EVENT_ON})?(?:\s+\d{{4}})?|"
    rf"{EVENT_KIND}{EVENT_ON}(?:\s+\d{{4}})?)")
PLACE_WORDS = r"(?:Campus|Hall|Theatre|Theater|Cinema|Auditorium|Centre|Center|Building|Room|Hotel|Museum|Gallery|Library|Lecture Theatre|Screening Room|Studio|Pavilion|Arena)"
# "the BFA Xitucheng campus": a generic word in lower case after the place's own name.
LOWER_PLACE_WORDS = r"(?:campus|hall|auditorium|theatre|theater|building|centre|center)"
# The place word ends the name ("at Studio Kumo" is a company, not a studio).
PLACE = re.compile(
    rf"\b(?:at|in)\s+(?:the\s+)?((?:(?:[A-Z][\w&.-]*\s+){{0,6}}?(?:[A-Z][\w&.-]*(?:\u2019s|'s)\s+)?"
    rf"(?:[A-Z][\w&.-]*\s+){{0,4}}{PLACE_WORDS}|(?:[A-Z][\w&.-]*\s+){{1,6}}{LOWER_PLACE_WORDS})"
    rf"(?:\s+\d+)?)(?![\w-])(?!\s+[A-Z][a-z])(?:,\s+((?:[A-Z][\w&.-]*\s*){{1,6}}))?")
HOST_AFTER = re.compile(r"(?i:\b)(?:co-)?(?:[Hh]osted|organi[sz]ed|presented|convened|held|run|launched)\s+by\s+(?:the\s+)?(.+?)(?=[.;](?:\s|$)|,\s+(?!(?:and\s+)?(?:the\s+)?[A-Z])|\s+(?:on|at|in|from|with)\s|\s+and\s+(?:the\s+[a-z]|(?!the\s)[a-z])|$)")
HOST_BEFORE = re.compile(r"(?:"
                         # "On Thursday 13 March the X held": a date with no comma after it
                         r"\bOn\s+(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}"
                         r"(?:st|nd|rd|th)?)(?:,?\s+\d{4})?\s+(?=the\s)|^|[,.;\u2014\u2013]\s+|\b(?:On|In)\s.+?,\s+)(?:the\s+)?([A-Z][\w&'\u2019 .-]*?)\s+(?:will\s+|to\s+|today\s+|yesterday\s+|this\s+week\s+|(?:on|last)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:jointly\s+|also\s+|officially\s+)?(?:co-)?(?:hosts?|host|hosted|organi[sz]e[sd]?|presents?|convened|held|launch(?:es|ed)?|staged)\s+(?:the|a|an|its)\b")


HAN_EVENT_TYPE = (("研讨会", "symposium"), ("论坛", "forum"), ("会议", "conference"), ("峰会", "conference"),
                  ("工作坊", "workshop"), ("电影节", "festival"), ("讲座", "seminar"), ("沙龙", "seminar"))
HAN_SESSION_TYPE = (("圆桌", "roundtable"), ("主旨", "keynote"), ("开幕", "opening"), ("闭幕", "closing"),
                    ("对话", "panel"), ("放映", "screening"), ("大师班", "masterclass"), ("讲座", "lecture"))
HAN_EVENT_NAME = re.compile(r"(?:^|的|，|,\s*)([\u3400-\u9fff\w]{2,30}?(?:论坛|研讨会|峰会|电影节|工作坊|讲座|沙龙|大会))")
HAN_EVENT_WORDS = "论坛|研讨会|峰会|电影节|工作坊|讲座|沙龙|大会|座谈会|交流会|年会|对话|分享会|签约仪式|论坛暨[^”\"]{1,20}"
HAN_QUOTED_EVENT = re.compile(rf"[\u201c\"]([^\u201d\"]{{2,60}}?(?:{HAN_EVENT_WORDS}))[\u201d\"]")
# A news story's lead: "5月8日上午，楚麓学院新闻与传播学院“…”授牌暨产业导师聘任仪式在学院演播厅举行".
HAN_HELD_EVENT = re.compile(r"(?:^|[\uff0c,]\s*)([\u3400-\u9fff\w\u00b7\u201c\u201d\"\u300a\u300b\u2014-]{4,90}?"
                            r"(?:仪式|会|会议|论坛|峰会|电影节|工作坊|讲座|沙龙|典礼|活动|大赛|训练营|工作营|研修班|展映))"
                            r"(?:在|于)[\u3400-\u9fff\w]{1,30}?(?:隆重|顺利|成功)?(?:举行|举办|召开|开幕)")
# The school (and the company) an event's Chinese name begins with.
# ("X产业学院" may be the subject, not the host: "数字影像现代产业学院建设推进会")
HAN_SCHOOL_FIRST = re.compile(r"(?![由在于为经])([\u3400-\u9fff]{2,16}?(?:大学|(?<!产业)学院)"
                              r"(?:(?![\u3400-\u9fff]{0,8}产业学院)[\u3400-\u9fff]{2,12}?学院)?)"
                              r"(?:与([\u3400-\u9fff]{2,24}?(?:有限公司|公司|集团)))?(?=[\u3400-\u9fff\d\u201c])")
# "由上海大学上海电影学院主办的": the organisers of a Chinese page.
HAN_HOST = re.compile(r"由([\u3400-\u9fff、和与]+?)(?:联合)?(?:主办|承办|举办|发起)")


def event_type(text: str) -> str | None:
    if m := APPOSED_NAME.search(text):  # "The panel, Staying Power: ..., was organized by"
        return {"roundtable": "panel", "summit": "conference", "colloquium": "symposium",
                "lecture": "seminar", "masterclass": "workshop"}.get(m.group("kind"), m.group("kind"))
    for word, type_ in HAN_EVENT_TYPE:
        if word in text:
            return type_
    for word in EVENT_WORDS:
        if re.search(rf"\b{word}\b", text, re.IGNORECASE):
            return EVENT_TYPE.get(word, "event")
    return None


def session_type(heading: str) -> str:
    if re.search(r"\b(?:parallel|concurrent|breakout)\s+(?:panels|sessions|tracks)\b", heading, re.IGNORECASE):
        return "session"  # "Parallel Panels": a part of the day that holds several, no one panel
    for word, type_ in HAN_SESSION_TYPE:
        if word in heading:
            return type_
    for pattern, type_ in SESSION_TYPES:
        if re.search(pattern, heading, re.IGNORECASE):
            return type_
    return "session"


APPOSED_NAME = re.compile(r"\b[Tt]he\s+(?P<kind>panel|forum|symposium|conference|workshop|seminar|roundtable|"
                          r"festival|summit|colloquium|lecture|masterclass|event)(?:\s+discussion)?,\s+"
                          r"(?:titled\s+|entitled\s+|called\s+)?[\u201c\"]?([A-Z][^,\u201c\u201d\"]{3,120}?)"
                          r"[\u201d\"]?,\s+(?:was|is|will|drew|brought|took)\b")


# A headline's verb: "School of Journalism Holds Workshop on ...".
HEADLINE_VERBS = (r"(?:Hosts|Holds|Hosted|Held|Organi[sz]es|Organi[sz]ed|Launches|Stages|Convenes|Opens|"
                  r"Welcomes|Presents|Joins|Attends|Co-hosts|Co-Hosts|Signs|Celebrates|Unveils)")
HEADLINE_VERB = re.compile(rf"^.*?\b{HEADLINE_VERBS}\s+(?:the\s+|The\s+)?")


def title_as_name(title: str) -> str:
    """A story's title as the event's name: '【产教融合】X仪式举行' -> 'X仪式' (the column's tag and
    the verb of a Chinese headline dropped)."""
    name = re.sub(r"^\u3010[^\u3011]{1,12}\u3011\s*", "", title)
    return re.sub(r"(?:隆重|顺利|成功|圆满)?(?:举行|举办|召开|开幕|落幕|结束)$", "", name) or title


def event_name(sentence: str) -> str | None:
    """The event's name in a sentence: in quotation marks next to an event word, or a
    capitalised name ending in one ('the Northbridge Documentary Forum')."""
    if m := HAN_QUOTED_EVENT.search(sentence):  # "“精品化·出海·新技术——微短剧创作与产业发展研讨会”在我校举行"
        return m.group(1)
    if (m := HAN_HELD_EVENT.search(sentence)) and not re.match("此次|本次|这次|该", m.group(1)):
        return m.group(1)
    if (m := HAN_EVENT_NAME.search(sentence)) and not re.search("此次|本次|这次|将以|以此", m.group(1)):
        return m.group(1)  # "...主办的第三届长三角短剧创作论坛在上海举行" (not "学院将以此次研讨会为契机")
    if m := APPOSED_NAME.search(sentence):  # "The panel, Staying Power: Keeping ..., was organized"
        return m.group(1).strip()
    for m in QUOTED.finditer(sentence):
        around = sentence[max(0, m.start() - 60): m.end() + 30]
        if len(m.group(1).split()) >= 2 and event_type(around):
            return m.group(1).strip()
    m = NAMED_EVENT.search(sentence)
    if m:
        name = re.sub(r"^(?:The|A|An|This|At|On|In)\s+", "", m.group(1)).strip()
        # A headline's subject and verb are not the name: "BFA Hosts International Forum on ..."
        name = HEADLINE_VERB.sub("", name)
        if len(name.split()) >= 2:
            return name
    return None


GENERIC_EVENT = re.compile(
    r"\b(?:an?|the)\s+((?:[\w-]+\s+){0,3}?(?:symposium|conference|forum|workshop|seminar|festival|"
    r"summit|colloquium|masterclass|showcase|salon)(?:\s+(?:on|about|for)\s+[^,.;:]{3,60})?)",
    re.IGNORECASE)


def generic_event_name(sentence: str) -> str | None:
    """'hosted a seminar on screen education' -> 'Seminar on screen education': a name the
    page implies but does not give (marked inferred)."""
    m = GENERIC_EVENT.search(sentence)
    if not m:
        return None
    name = re.sub(r"^(?:academic|annual|special|one-day|two-day)\s+", "", m.group(1).strip(),
                  flags=re.IGNORECASE)
    return name[:1].upper() + name[1:]


def place(sentence: str) -> tuple[str, str | None] | None:
    """(place name, the organisation it belongs to) from 'at X University's Y Campus'."""
    m = PLACE.search(sentence)
    if not m:
        return None
    text = m.group(1).strip()
    owner = re.match(r"^(.+?)(?:\u2019s|'s)\s+(.+)$", text)
    if owner and looks_like_org(owner.group(1)):
        return f"{owner.group(2)}, {owner.group(1)}", owner.group(1)
    if m.group(2) and looks_like_org(m.group(2)):
        return f"{text}, {m.group(2).strip()}", m.group(2).strip()
    return text, None


# "the Graduate Showcase of Ashford Film School was held": the school holds it.
HELD_OF = re.compile(r"\bthe\s+(?:[A-Z0-9][\w'-]*\s+){1,6}of\s+(?:the\s+)?((?:[A-Z][\w&'.-]*\s+)"
                     r"(?:(?:of|for|and|&)\s+)?(?:[A-Z][\w&'.-]*\s+){0,6}?)(?:was|were)\s+held\b")


def _with_parents(pieces: list[str]) -> list[str]:
    """A comma list of organisers (pieces and their separators), each unit joined to the
    university after it: 'the Center for X of the School of Y, Donghai University, and the Z'
    -> the centre's chain, Z."""
    joined = [pieces[0]]
    for sep, piece in zip(pieces[1::2], pieces[2::2]):
        unit = GENERIC_UNIT.match(joined[-1]) or re.search(r"\bof the (?:School|Department|Faculty|College)\b",
                                                          joined[-1])
        if unit and "and" not in sep and org_type(clean(piece))[0] in ("university", "school") \
                and not GENERIC_UNIT.match(piece):
            joined[-1] += f", {piece}"
        elif "and" not in sep and re.search(rf"{LISTED_UNIT}$", f"{joined[-1]}, {piece}") \
                and not looks_like_org(clean(piece)):
            joined[-1] += f", {piece}"  # "School of Film, Media and Performance": one name
        else:
            joined.append(piece)
    return joined


def organisers(sentence: str) -> list[str]:
    """Organisations a sentence says hosted or organised the event."""
    sentence = re.sub(r"\s+(?:in partnership|in collaboration|in association|together) with\s+",
                      " and the ", sentence)  # partners who hold the event with the host
    found = [clean(m.group(1)) for m in HELD_OF.finditer(sentence) if looks_like_org(m.group(1))]
    found += [part for m in HAN_HOST.finditer(sentence) for part in re.split("[、和与]", m.group(1))]
    if (held := HAN_HELD_EVENT.search(sentence)) and (school := HAN_SCHOOL_FIRST.match(held.group(1))):
        # "楚麓学院新闻与传播学院“…”授牌仪式在…举行", "X大学Y学院与Z有限公司签约仪式": who holds it
        found += [part for part in school.groups() if part]
    for pattern in (HOST_AFTER, HOST_BEFORE):
        for m in pattern.finditer(sentence):
            group = m.group(1)
            if pattern is HOST_AFTER and parse_name(re.split(r"\s*[,(]", group)[0]):
                continue  # "hosted by XU Fang (许芳), Head of the Department of ...": a person
            if pattern is HOST_BEFORE and (re.search(r"\s(?!(?:of|and|for|the)\s)[a-z]", group) or
                                           re.search(r"\s[a-z]", group) and not looks_like_org(clean(group))):
                # "Streaming service Vistaline": the name is the capitalised words at the end.
                tail = re.search(r"(?:[A-Z][\w&'\u2019.-]*\s*)+$", group)
                group = tail.group().strip() if tail else ""
            for piece in _with_parents(re.split(r"(\s*,(?!\s*(?:Co|Ltd|Inc|LLC|Corp)\b)\s*(?:and\s+)?)", group)):
                for part in split_orgs(clean(piece)):
                    part = clean(part)
                    if part and (looks_like_org(part) or is_acronym(part) or pattern is HOST_BEFORE
                                 and re.fullmatch(r"(?:[A-Z][\w&'.-]*\s?){1,4}", part)
                                 and not re.match(r"(?:The|This|It|We|On|In)\b", part)
                                 and not parse_name(part)):  # "Dean Peter Olsen presented"
                        found.append(part)
    return list(dict.fromkeys(found))
