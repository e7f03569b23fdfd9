"""One entry of a list of people -> the person's name and what the entry says they are.

An entry is one item of a bulleted list, one ';'-separated part of a sentence, or one
name of a comma list: "Ben LEE, Clinical Professor at ...", "producer Adam Fratto",
"Prof. Maria Lopez (Head of Directing, Northbridge Film School)", "Lumen Pictures CEO Dana
Whitfield", "Chen Kai from Lumen Pictures".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.draft.han_entries import barred_guest, han_entry, han_list, posts_after_name
from kg.draft.hangul_names import hangul_entry, korean_chain
from kg.draft.japanese_names import japanese_entry
from kg.draft.letters import SMALL
from kg.draft.name_words import LIST_VERBS
from kg.draft.org_names import looks_like_org, org_chain, where
from kg.draft.person_names import (BRACKETED_HONORIFIC, COMPANY_OFFICE, OFFICE_HONORIFIC, PERSONAL_TITLES, PersonName,
                                   is_honorific, parse_name, short_form, split_by_honorifics)
from kg.draft.posts import (BOUNDARY, JOB_WORDS, TITLE_WORDS, Post, parse_posts, starts_title,
                            title_like)
from kg.draft.title_words import GERMAN_JOBS, POST_WORDS

# A card's sentence about its person, by one of their names: "Siobhán is Head of Studio at X".
ABOUT_PERSON = re.compile(r"([^\W\d_][\w'\u2019-]*)\s+(?:is|works as|serves as)\s+(?:an?\s+|the\s+)?(.+)$")
# A spaced middle dot or bullet between whole entries on one line.
DOT_BETWEEN_ENTRIES = r"\s+[\u00b7\u2022]\s+"
# Where the name ends and the description begins.
AFTER_NAME = re.compile(r"\s*(?:,|\(|\s[\u2013\u2014-]\s|:)\s*|\s+(?=(?:of|from|at)\s+(?:the\s+)?[A-Z])")
# A post, then the person: "the President of THU, Professor Anthony YIP Kin-wah".
POST_FIRST = re.compile(rf"^(?:the\s+)?([A-Z][^;]{{2,160}}?),\s+({PERSONAL_TITLES}\.?\s+[^,;()]+)$")
# Letters after a name: honours and degrees ("JP", "MBE", "PhD").
POST_NOMINALS = re.compile(r"(?<=[a-z\u00e0-\u024f])(?:,?\s+(?:JP|MBE|OBE|CBE|SBS|BBS|GBS|MH|PhD|Ph\.D\.|FRSA|"
                           r"QC|KC|AM|AO|OAM|MFA|MA|MSc|BA|ASC|BSC|ACS|ACE|CSC|NZCS|ISC|"
                           r"OP|SJ|OSB|OFM|SVD|SDB|FSC|CICM|CMF)\b\.?)+(?=,|$)")  # (and religious orders: "Rev. Fr. X, OP")
# Degrees written after a name, as Indonesian, Malaysian and Latin American pages do: "Dr. Rina
# Kusuma, S.Sn., M.Sn.", "Hendra Wiratmaja, M.T., IPU" (not a legal form: "S.A.", "B.V.").
DEGREES_AFTER = re.compile(rf"(?<=[{SMALL}])" r"(?:,\s*(?!(?:S\.A\.|S\.L\.|B\.V\.|N\.V\.|e\.V\.|S\.p\.A\.|"
                           r"S\.r\.l\.|S\.A\.S\.)(?![a-z]))(?:(?:[A-Z][a-z]{0,3}\.){2,4}|IPU|PhD|MBA|MFA|MSc|MPhil|"
                           # "Doctor of Art History", "Candidate of Philological Sciences": degrees
                           r"(?:Doctor|Candidate)\s+of\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)"
                           r"(?![\w]))+(?!\s+(?i:candidate|student|researcher|fellow)\b)"
                           r"(?=[,.;:)]|\s+[^a-z\s]|\s+and\s|$)")  # not "PhD candidate", "PhD Candidate"


def without_degrees(text: str) -> str:
    """The text with the degrees after names left out (a full stop that also ended the
    sentence kept: "..., S.Sn., M.A. In her report")."""
    return DEGREES_AFTER.sub(lambda m: "." if m.group().endswith(".") and
                             re.match(r"\s+[A-Z\u201c\"]", m.string[m.end():]) else "", text)
NICKNAME = re.compile(r"(?<=\w)\s+[\"\u201c\u2018'][A-Z][\w.-]{0,15}[\"\u201d\u2019'](?=\s+[A-Z])")
DEGREE_YEAR = re.compile(r"\s*\((?:BA|MA|BSc|MSc|MFA|BFA|PhD|MPhil|BEd|MBA|LLB|B[A-Z]{2,4}|M[A-Z]{2,4})(?:\s+\(?Hons\)?)?"
                         r"(?:\s+[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|and|&|in|of)){0,5})?,?\s+(?:19|20)\d\d"
                         r"(?:,\s+Hons\s+(?:19|20)\d\d)?\)|"  # "(BFTV 2016, Hons 2017)"
                         # "(Class of 2021)", "(Digital Filmmaking, Class of 2019)"
                         r"\s*\((?:[^()]*,\s*)?(?:[Cc]lass\s+of|[Cc]ohort|[Gg]raduated)\s+(?:19|20)\d\d\)|"
                         # "(Master of Screen: Directing)", "(Bachelor of Arts in Film, 2024)": a course studied
                         r"\s*\((?:Master|Bachelor|Graduate Diploma|Postgraduate Diploma|Advanced Diploma|Diploma|Doctor)"
                         r"\s+of\s+[^()]{2,60}\)|"
                         # ", BA Broadcast Communication '92,": a degree and its class year
                         r",\s+(?:BA|AB|BS|BSc|BFA|MA|MS|MSc|MFA|MBA|PhD)\b[^,]{0,50}?\s['\u2019](?:\d{2}|\d{4})(?=,|$)")
AND_HONORIFIC = re.compile(rf"^(.+?)\s+(?:and|&)\s+({PERSONAL_TITLES}\.?\s+[A-Z].*)$")
DASH = re.compile(r"\s[\u2013\u2014-]\s")
PIPED_POST = re.compile(r"^([^|,]{3,60}?)\s+\|\s+([^|]+)$")
PIPED_COLUMNS = re.compile(r"^([^|,]{3,60}?)\s+\|\s+([^|]+?)\s+\|\s+([^|]+?)\s*$")
EVENT_WORD = re.compile(r"\b(?:festival|forum|symposium|conference|summit|showcase)\b", re.IGNORECASE)
# Words that join an entry to the one before it, or introduce it.
LEAD = re.compile(r"^(?:and|&|as well as|with|alongside|along with|together with|joined by|plus|"
                  r"led by|presented by|hosted by|by|including|" + "|".join(sorted(LIST_VERBS)) + r")\s+", re.IGNORECASE)
# Honorifics that stay honorifics even when a post follows ("Prof. SUN Wei from the Academy");
# a longer title before a name with an organisation after it is the post ("Associate
# Professor LI Qiang of the School of Journalism").
SHORT_FORMS = frozenset({"prof.", "prof", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms",
                         "mx.", "mx", "miss", "sir", "dame", "prof. dr.", "madam", "mme"})


@dataclass
class Entry:
    person: PersonName
    posts: list[Post] = field(default_factory=list)
    alt_name: str | None = None  # "Zhang Weimin (张伟民)": the other script, in brackets
    text: str = ""


# The articles a job before a name may follow in German and Romance prose.
ARTICLES = frozenset("die der den dem das ein eine einer la le les el il lo une un una uno".split())


def name_at_end(words: list[str]) -> tuple[list[str], PersonName] | None:
    """The longest name that ends the words, and the words before it."""
    for start in range(max(0, len(words) - 6), len(words)):
        if is_honorific(words[start]) and start + 1 < len(words):
            continue  # the honorific is taken with the name below
        k = start
        while k > 0 and is_honorific(words[k - 1]):
            k -= 1
        if any(re.fullmatch(r"I{2,3}|IV", w) for w in words[k:-1]):
            continue  # "Engineer II Josh Whitehorse": a grade ends a title; in a name, a suffix ends it
        name = parse_name(" ".join(words[k:]))
        if name:
            # Capitalised title words before the name belong to it: "Vice President CHEN Hong".
            t = k
            while t > 0 and words[t - 1][:1].isupper() and words[t - 1].lower() in TITLE_WORDS:
                t -= 1
            if t < k and (t == 0 or not words[t - 1][:1].isupper() and words[t - 1].lower() not in ARTICLES):
                title = " ".join(words[t:k] + ([name.honorific] if name.honorific else []))
                name = replace(name, honorific=title)
            else:
                t = k  # "Tidewater Docs CEO Harriet Moss": the title is the company's post
            return words[:t], name
    return None


def title_then_name(text: str) -> Entry | None:
    """A post, then a name whose family name is in capitals, first by its words, or with an honorific before it: 'Dean
    of the College of Arts and Media CHOI Eun-young', 'Head of the VP Studio Team Kevin OH',
    'Dean of the College of Communication Professor Tsai Cheng-hsien' (Korean, Chinese and
    Taiwanese pages' lists of delegates)."""
    han = re.search(r"\s*\(([\u3400-\u9fff]{2,4})\)$", text)  # "(蔡政賢)": the name in Han
    words = text[: han.start()].split() if han else text.split()
    honorifics = [i for i, w in enumerate(words) if is_honorific(w) and w[:1].isupper() and i > 1]
    caps = [i for i, w in enumerate(words) if re.fullmatch(r"[A-Z]{2,}", w)]
    if honorifics and len(words) - honorifics[-1] in (3, 4):
        # "Dean of the College of Communication Professor Tsai Cheng-hsien": the honorific
        start = honorifics[-1]
    elif caps and "," not in text:
        j = caps[-1]
        start = j if j == len(words) - 2 else j - 1 if j == len(words) - 1 else -1
    elif len(words) >= 4 and (last := parse_name(" ".join(words[-2:]))) and last.order == "family-first":
        start = len(words) - 2  # "Chairman of Huaxing Film Group He Songlin": a Chinese name by its words
    else:
        return None
    if start < 1 or not starts_title(" ".join(words[:start])):
        return None
    name = parse_name(" ".join(words[start:]))
    if not name or not (name.honorific or name.order == "family-first" or words[-1].isupper()):
        return None
    return Entry(name, parse_posts(" ".join(words[:start])), han.group(1) if han else None, text)


def caps_name(head: str) -> tuple[list[str], PersonName] | None:
    """A name written all in capitals before a post ('ANAND KRISHNAMURTHY — Chief Content
    Officer, ...', 'CHOI JAE-WON — Dean, ...'): read in title case, kept as written."""
    words = head.split()
    if not (head.isupper() and 2 <= len(words) <= 5 and any(len(w.strip(".")) >= 4 for w in words)):
        return None
    titled = {w[:1] + w[1:].lower(): w for w in words}
    found = name_at_end(list(titled))
    if not found or found[0]:
        return None
    def as_written(part: str | None) -> str | None:
        return part and " ".join(titled.get(w, w) for w in part.split())

    name = found[1]
    return [], replace(name, name=as_written(name.name), given=as_written(name.given),
                       family=as_written(name.family))


# "Emirati director", "Ukrainian producer": where someone is from, no organisation.
DEMONYM = re.compile(r"^(?:[A-Z][a-z]{2,}(?:ian|ean|ese|ish|an|i)|French|Dutch|Greek|Swiss|Czech|Welsh|Thai)$")


# What a job is about, written before its title: "Relations Manager", "Content Lead".
JOB_SUBJECTS = frozenset("""relations development acquisition acquisitions content programming talent community
production marketing partnerships communications operations sales business research education engagement
outreach recruitment recruiting gameplay narrative technical creative art animation post-production""".split())
BARE_BODIES = frozenset("studio company university school college academy agency channel network festival".split())


def pre_name_posts(words: list[str]) -> list[Post]:
    """'producer' / 'Lumen Pictures CEO' before a name -> posts."""
    if len(words) > 1 and DEMONYM.match(words[0]) and not looks_like_org(words[0]) and \
            words[1].lower() in POST_WORDS:
        words = words[1:]
    while len(words) > 1 and words[0].lower() in ("hon'ble", "hon\u2019ble", "hon.", "hon", "honourable", "honorable"):
        words = words[1:]  # "Hon'ble Vice Chancellor Prof. X": a form of address, no organisation
    if len(words) > 1 and words[0] in ("Our", "our"):
        words = words[1:]  # "Our Senior Colourist Bongani Zulu": the page's own (kg.draft.people_in_text.OUR_BARE)
    if len(words) > 1 and words[-2].lower() in ARTICLES and words[-1].lower() in GERMAN_JOBS | TITLE_WORDS:
        words = words[-1:]  # "Die Regisseurin Anna Krüger", "das Gespräch von der Journalistin Katrin Adler"
    if not words:
        return []
    if len(words) > 2 and words[0].lower() == "former":  # "Former Kenya Film Commission CEO": a post held before
        posts = pre_name_posts(words[1:])
        for post in posts:
            post.former = True
        return posts
    text = " ".join(words)
    if all(w.lower() in JOB_WORDS or w.lower() == "and" for w in words):
        return [Post(w) for w in words if w.lower() != "and"]
    whose = next((i for i, w in enumerate(words) if re.search(r"(?:['\u2019]s|s['\u2019])$", w)), None)
    if whose is not None and any(w.lower() in TITLE_WORDS for w in words[whose + 1:]):
        # "Harbour Lane Studios' Production Executive": the whole title after the owner
        owner = " ".join(words[: whose + 1])
        return [Post(" ".join(words[whose + 1:]), org_chain(re.sub(r"['\u2019]s?$", "", owner)))]
    title_start = next((i for i, w in enumerate(words) if w.lower() in TITLE_WORDS), None)
    if title_start:
        # "University Relations Manager", "Studio Head": what the job is about is the title's;
        # only a name before it is an organisation ("Netflix Content Manager", "Tidewater Docs CEO")
        while title_start and words[title_start - 1].lower() in JOB_SUBJECTS:
            title_start -= 1
        if title_start == 1 and words[0].lower() in BARE_BODIES:
            title_start = 0
    if title_start and (looks_like_org(" ".join(words[:title_start])) or
                        all(w[:1].isupper() for w in words[:title_start])):
        return [Post(" ".join(words[title_start:]), org_chain(" ".join(words[:title_start])))]
    last = words[-2] if len(words) > 1 and re.fullmatch(r"I{1,3}|IV", words[-1]) else words[-1]
    if last.lower() in POST_WORDS and all(w[:1].isupper() for w in words):
        return parse_posts(text)  # "Lead Level Designer Aylin Demirtaş", "Gameplay Engineer II Josh Whitehorse"
    if words[-1].lower() in TITLE_WORDS:
        return parse_posts(text)
    return []


# A film's running time: "95 min", "12'", "80 minutos".
RUNTIME = re.compile(r"\b\d{1,3}\s?(?:min|mins|minutes|minutos|minuti|Min\.)(?![\w])")


def parse_entry(text: str) -> Entry | None:
    """The person an entry names and their posts, or None when it names nobody."""
    text = LEAD.sub("", text.strip(" ,;\u3001"))
    if not text or RUNTIME.search(text):
        return None  # ("TERRA DE NINGUÉM (PE) – ficção, 95 min": a film)
    if japanese := japanese_entry(text):  # "石川 誠一 氏（株式会社スタジオ朱雀 代表取締役社長）"
        name, posts, latin = japanese
        return Entry(name, [Post(title, chain, former=former) for title, chain, former in posts], latin, text)
    if barred := barred_guest(text):  # "陈思彤（Cindy Chen）｜ShortWave 海外运营VP"
        return Entry(barred[0], barred[1], barred[2], text)
    if korean := hangul_entry(text):
        name, title, org = korean  # "정태윤 (한빛예술대학교 교수)", "(주)스튜디오담 이정훈 대표"
        return Entry(name, [Post(title, korean_chain(org) if org else [])] if title or org else [], None, text)
    if (columns := PIPED_COLUMNS.match(text)) and parse_name(columns.group(1)) and starts_title(columns.group(2)):
        # "Chinedu Obi | Co-founder & CEO | Ojuju Animation Studios": an agenda's columns ("–": none)
        text = ", ".join(part for part in columns.groups() if part and not re.fullmatch(r"[-\u2013\u2014]", part))
    if (piped := PIPED_POST.match(text)) and (title_like(piped.group(2)) or "," in piped.group(2) or (
            looks_like_org(piped.group(2)) and not EVENT_WORD.search(piped.group(2)))):
        text = f"{piped.group(1)}, {piped.group(2)}"  # "Mateus Carvalho | Head of ..., Ironbridge Studios"
    elif (cells := text.partition(" | "))[1] and (head := cells[0]).count(",") >= 2 and \
            not (starts_title(tail := cells[2]) or looks_like_org(tail) and not EVENT_WORD.search(tail)) \
            and (whole := parse_entry(head)) and whole.posts and whole.posts[-1].chain:
        # "Sanna Lindqvist, Creative Producer, Gnistra Studios (SE) | Industry Awards": a
        # grid's next column is another session, not the post's organisation
        return whole
    text = BRACKETED_HONORIFIC.sub(r"\1.", text)  # "Dr. (Mrs) Esther Ukpong": before POST_FIRST reads it
    if (first := POST_FIRST.match(text)) and (starts_title(first.group(1)) or "," not in first.group(1) and
                                              first.group(1).split()[-1].lower() in TITLE_WORDS):
        text = f"{first.group(2)}, {first.group(1)}"  # "the Head of the X Office, Mr Raymond CHEUNG"
    text = POST_NOMINALS.sub("", without_degrees(text))  # "Ms Winnie LAU Wai-man, JP": letters, no organisation
    text = NICKNAME.sub("", text)  # 'Jesse "JJ" Lightfoot': the name without the nickname
    text = DEGREE_YEAR.sub("", text)  # "Darragh Fitzgerald-Lynch (BA 2016), assistant editor": a degree
    # "HAN Yue 韩悦, Lecturer": the name in Han characters as if in brackets
    # (or in Hangul, before the post's column: "KIM Min-jun 김민준 | CEO, Haneul Pictures")
    text = re.sub(r"^([A-Z][^\u3400-\u9fff\uac00-\ud7a3,()|]{1,40}?)\s+([\u3400-\u9fff]{2,4}|[\uac00-\ud7a3]{2,5})"
                  r"(?=\s*(?:,|$|\|))", r"\1 (\2)", text)
    # "Dr. Arjun MEHTA（线上 Online）": how they take part, no post
    text = re.sub(r"\s*[\uff08(](?:线上|在线|online|remote|via video(?: link)?)(?:\s+online)?[\uff09)]", "", text,
                  flags=re.IGNORECASE)
    if (both := re.fullmatch(r"([\u3400-\u9fff]{2,4})\s+([A-Z][A-Za-z-]+\s+[A-Z][A-Za-z-]+)", text)) and \
            (han := parse_entry(both.group(1))) and not han.posts and parse_name(both.group(2)):
        return Entry(han.person, [], both.group(2), text)  # "朴智贤 PARK Ji-hyun": the name, then its Latin form
    if (named := posts_after_name(text)) and (entry := parse_entry(named[0])) and not entry.posts:
        return Entry(entry.person, named[1], entry.alt_name, text)  # "贾蕴华　燕山艺术学院院长、教授"
    if han := han_entry(text):  # "北京电影学院副教授张伟"
        return Entry(han[0], han[1], None, text)
    if titled := title_then_name(text):
        return titled
    cut = AFTER_NAME.search(text)
    head = text[: cut.start()] if cut else text
    rest = text[cut.end():] if cut else ""
    found = name_at_end(head.split()) or (caps_name(head) if rest else None)
    if not found and "," in text and (split := name_then_title(text.partition(",")[0])):
        return parse_entry(f"{split}, {text[len(split):].strip()}")  # "Mr. Brian Mutua Head of Programming, SBC"
    if not found:
        return None
    before, person = found
    if before and all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in before) and \
            (office := OFFICE_HONORIFIC.match(person.honorific or "") or COMPANY_OFFICE.match(person.honorific or "")):
        # "NJLU President Dr. Wu Chao-ming", "Rainforest Games Chairman Kuo Chien-hung": the
        # office is the post at the organisation before it, not an honorific
        before, person = before + office.group(1).split(), replace(person, honorific=office.group(2) or None)
    if before and not pre_name_posts(before):
        return None  # "Teaching Screen Craft After AI": words before a 'name' that say nothing
    alt = None
    if cut and cut.group().strip() == "(" and not re.search(r"[A-Za-z\u3400-\u9fff]", rest.partition(")")[0]):
        rest = rest.partition(")")[2].strip(" ,")  # "Nadia Flores ('14), an assistant editor"
        cut = None
    if cut and cut.group().strip() == "(":
        inside, _, after = rest.partition(")")
        alt_name = parse_name(inside)
        if re.fullmatch(r"[\u3400-\u9fff][\u3400-\u9fff\u00b7\u30fb]{1,11}", inside.strip()) and \
                re.search(r"[\u00b7\u30fb]", inside):
            alt, rest = inside.strip(), after.strip(" ,:-\u2013\u2014")  # "Daniel Moreau (丹尼尔·莫罗)"
        elif alt_name and alt_name.name != person.name and not looks_like_org(inside) and (
                alt_name.order == "family-first" or any(w.isupper() and len(w) > 1 for w in inside.split())):
            alt, rest = alt_name.name, after.strip(" ,:-\u2013\u2014")
        elif (where(inside) or re.fullmatch(r"\s*[A-Z]{2}\s*", inside)) and after.strip(" ,"):
            # "Karimova Dilnoza (Tashkent, Uzbekistan), Associate Professor ...", "Jan Dvořák (CZ) –
            # Department of ...": where from
            rest = after.strip(" ,:-\u2013\u2014")
        elif re.fullmatch(r"\s*[A-Z]{2}\s*|(?i:\s*(?:(?:from\s+|far\s+|second\s+from\s+)?(?:left|right)|cent(?:re|er)|"
                          r"l\s*[-\u2013]\s*r|seated|standing)\s*)", inside):
            rest = ""  # "Matej Hudec (SK)": a country's code; "(centre)" in a caption: where they stand
        else:
            after = re.sub(r"^\s*[\u2013\u2014]\s+.*$", "", after)  # "(Producer, X) – K-Drama in the Streaming Era": the talk
            if (talk := after.strip(" ,")) and not starts_title(talk) and not looks_like_org(talk) and \
                    len(re.findall(r"\b[a-z]{3,}", talk)) >= 2:
                after = ""  # "Dott.ssa Chiara De Santis (Lucernario Film s.r.l.), Producing in the province: ...": a paper
            rest = inside + (", " + after.strip(" ,") if after.strip(" ,") else "")
        if alt and (of := re.match(r"(?:of|at|from)\s+(?:the\s+)?(?=[A-Z])", rest)) and (
                before or person.honorific and not re.match(PERSONAL_TITLES, person.honorific)
                and starts_title(person.honorific)):
            # "Deputy Director-General Tsai Ming-hui (蔡明慧) of the Lanyang Film Commission"
            rest = rest[of.end():]
            if not before:
                before, person = person.honorific.split(), replace(person, honorific=None)
    elif cut and cut.group().strip() in ("of", "from", "at", ""):
        rest = text[cut.end():]
        rest = re.sub(r"^(?:of|from|at)\s+", "", rest)
        # "Danielle Okafor of Red Dirt Post, senior colorist": the title after the organisation
        org, _, title = rest.partition(", ")
        if title and title[:1].islower() and title_like(title) and not looks_like_org(title):
            return Entry(person, pre_name_posts(before) + [Post(t.title, org_chain(org)) for t in
                                                           parse_posts(title) if t.title], alt, text)
        posts = [Post(None, org_chain(rest))] if looks_like_org(rest) or rest[:1].isupper() else []
        return _title_as_post(Entry(person, pre_name_posts(before) + posts, alt, text))
    # "Siobhán Ní Dhonnchadha – Siobhán is Head of Studio at X", "Aoife is a graduate (2016) and
    # now works as a Senior Compositor at Y": the card's sentence about its person
    if (about := ABOUT_PERSON.match(rest)) and about.group(1) in (person.given, person.family):
        rest = about.group(2)
        rest = works.group(1) if (works := re.search(r"\b(?:works|serves)\s+as\s+(?:an?\s+|the\s+)?(.+)$", rest)) else rest
    posts = pre_name_posts(before) + (parse_posts(rest) if rest.strip() else [])
    posts = [p for p in posts if p.title or p.chain]
    if len(posts) == 2 and posts[0].title and not posts[0].chain and not posts[1].title \
            and posts[1].chain and before:
        posts = [Post(posts[0].title, posts[1].chain)]  # "producer Rhys Baptiste (Kitewing Films)"
    return _title_as_post(Entry(person, posts, alt, text))


def name_then_title(text: str) -> str | None:
    """The name that begins 'Mr. Brian Mutua Head of Programming' (a list that lost the
    comma after the name), when a title follows it, else None."""
    words = text.split()
    for i in range(2, min(len(words), 6)):
        if words[i][:1].isupper() and starts_title(" ".join(words[i:])) and parse_name(" ".join(words[:i])):
            return " ".join(words[:i])
    return None


def _title_as_post(entry: Entry) -> Entry:
    """'Associate Professor LI Qiang of the School of Journalism': the title before the name
    is the post at the organisation after it."""
    honorific = entry.person.honorific
    if not honorific or honorific.lower() in SHORT_FORMS or "." in honorific or \
            not re.match(r"[A-Z]", honorific) or re.search(r"(?i)\b(?:assoc|asst|prof|dr)\b", honorific):
        # ("Assoc Prof Nur Aisyah binte Rahman (Nanyang Lion University)": a form of address)
        return entry
    bare = [p for p in entry.posts if not p.title and p.chain]
    if len(bare) == 1 and len(entry.posts) == 1:
        bare[0].title = honorific
        entry.person = replace(entry.person, honorific=None)
    return entry


def split_outside_brackets(text: str, separator: str) -> list[str]:
    """Split on a separator pattern, but never inside brackets ('ZHAO Lei (Producer, X), ...')."""
    pieces, depth, start = [], 0, 0
    for m in re.finditer(rf"[()]|{separator}", text):
        if m.group() == "(":
            depth += 1
        elif m.group() == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            pieces.append(text[start:m.start()])
            start = m.end()
    pieces.append(text[start:])
    return [p for p in pieces if p.strip()]


def split_entries(text: str) -> list[str]:
    """A run of entries -> one string each: by ';' when there is one, else by ',' (a piece
    that is not a name joins the entry before it: 'Li Na, Dean of X, and Wang Hao'), else by
    honorifics ('Prof. Li Na Dr. Wang Hao'). A post before a name ("Vistaline's Head of
    Content, Rina Takeda") joins the name after it."""
    if (chinese := han_list(text)) is not None:
        return chinese
    dotted = split_outside_brackets(text, DOT_BETWEEN_ENTRIES)
    if len(dotted) > 1 and all("," in p and parse_name(p.split(",")[0].strip()) for p in dotted):
        # "Mette Østergaard, Head Writer, X · Jonas Møller-Friis, Editor, Y": one entry per dot
        return [q for p in dotted for q in split_entries(p)]
    if len(dotted) > 1 and all(parse_entry(p) for p in dotted):
        return dotted  # "Juan Mosquera · Catalina Jaramillo Uribe · Ph. D. Ricardo Salazar (X)"
    if ";" in text:
        pieces = split_outside_brackets(text, r"\s*;\s*")
        return [q for p in pieces for q in _split_and(p)]
    pieces = split_outside_brackets(text, r",(?!\s*(?:Co|Ltd|Inc|LLC|Corp)\b)\s*")
    entries: list[str] = []
    waiting = ""  # a post whose name comes next
    pieces = [part for piece in pieces for part in split_by_honorifics(piece)]
    after_title = False  # the piece before was a post: "Marianne Holt, Head of Drama, Coastline Television"
    for k, piece in enumerate(pieces):
        if entries and (joined := AND_HONORIFIC.match(piece)) and not parse_entry(joined.group(1)):
            # "..., StreamVeda and Shri Harpreet Singh Bains": the last organisation, then a person
            entries[-1] += ", " + joined.group(1)
            piece = joined.group(2)
        names = _split_and(piece)
        if after_title and len(names) == 1 and not re.match(r"(?:and|&)\s", piece) and \
                (entry := parse_entry(piece)) and not entry.posts and not entry.person.honorific \
                and not entry.person.order == "family-first" and " " in piece:
            entries[-1] += ", " + piece  # the post's organisation, not a person
            after_title = False
            continue
        # (not "Head of Local Originals at Vantage+ Australia": its organisation is named)
        after_title = bool(entries) and starts_title(piece) and not re.search(r"\sat\s+(?:the\s+)?[A-Z]", piece) \
            or _ends_in_bare_title(piece)
        if waiting and len(names) == 1 and (entry := parse_entry(piece)) and not entry.posts:
            entries.append(f"{piece}, {waiting.removeprefix('the ')}")
            waiting = ""
        elif all(parse_entry(q) or short_form(q) for q in names) and any(parse_entry(q) for q in names):
            entries.extend(names)
        elif (not entries or (lead := re.match(r"(?:and|&)\s+(?:the\s+)?", piece)) and k + 1 < len(pieces)
              and (holder := parse_entry(pieces[k + 1])) and not holder.posts) and \
                title_like(BOUNDARY.split(piece, maxsplit=1)[0][lead.end() if entries else 0:]):
            # "the Rector of X, Prof. A, and the Deputy Mayor of Y, B": a post, then its holder
            waiting = piece[lead.end():] if entries else piece
            # "and CCDC by its Chief Executive Officer, Dr. X" (represented, said before): the post at CCDC
            waiting = re.sub(r"^(.+?)\s+(?:(?:was|were)\s+represented\s+)?by\s+(?:its|their)\s+(.+)$", r"\2, \1", waiting)
        elif entries and not short_form(piece):  # ("Prof. Dr. Zulkifli": a person named before)
            entries[-1] += ", " + piece
        elif entries:
            entries.append(piece)
    return [part for entry in entries for part in split_by_honorifics(entry)]


def _ends_in_bare_title(piece: str) -> bool:
    """'ANAND KRISHNAMURTHY — Chief Content Officer': a name, a dash and a post with no
    organisation yet, so the next piece ('Saffron Screens (India)') is its organisation."""
    if not DASH.search(piece) or not (entry := parse_entry(piece)):
        return False
    return bool(entry.posts) and bool(entry.posts[-1].title) and not entry.posts[-1].chain


# A post whose subject may go on after "and": "..., Head of Kids" (and Family Content at X).
TITLE_OF_END = re.compile(r",\s+(?:[A-Z][\w-]*\s+){0,2}(?:Head|Director|Manager|Chief|Officer|Lead|Dean|Professor|"
                          r"Lecturer|Editor|Producer)\s+of\s+(?:[A-Z][\w'-]*\s*){1,3}$")


def _split_and(piece: str) -> list[str]:
    """'Li Na and Wang Hao' -> two entries, when both halves are entries."""
    parts = split_outside_brackets(piece.strip(), r"\s+(?:and|&)\s+")
    # ("Marta Sobczak i Krzysztof Wróbel", "A y B": 'and' in the page's language, between two names)
    other = split_outside_brackets(piece.strip(), r"\s+(?:e|y|et|und|i|en|og|och|ja)\s+(?=[A-Z\u00c0-\u00de])")
    if len(parts) == 1 and len(other) == 2 and all(parse_name(p) and not starts_title(p) for p in other):
        return other
    # (not "TANG Xiaofei, founder and CEO of Bubble Star MCN": a second post, not a second person)
    if len(parts) == 2 and all(parse_name(p) or parse_entry(p) for p in parts) and \
            not (starts_title(parts[1]) and re.match(r"^\S+(?:\s+\S+)?\s+(?:of|at)\s", parts[1])) and \
            not (TITLE_OF_END.search(parts[0]) and re.match(r"^[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+at\s", parts[1])):
        # (not "Amani Mutesi, Head of Kids and Family Content at Zuri Play": one post)
        return parts
    return [piece.strip()]
