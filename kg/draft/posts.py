"""What a page says a person is: 'Clinical Professor and Associate Director of the X Program
at the Y School' -> posts, each a title (as worded) and a chain of organisations.

A title with no organisation of its own that is joined by 'and' to one that has one
shares it ("Professor and Dean of the School of Film": both at the school); a post at
a unit (a programme, a division) shares the unit's parent instead ("Clinical Professor
and Associate Director of the Program at the School": the professor is at the school).
Lower-case job words ("screenwriter and producer") stand alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.draft.org_names import (KIND_OF_BODY, LISTED_UNIT, THE_ORGS, a_town, has_type_word, is_acronym, is_place, looks_like_org, org_chain,
                                org_type, without_stop)
from kg.draft.title_words import (JOB_WORDS, POST_WORDS, ROMANCE_FIELDS, ROMANCE_FIELDS_AND_ARTS, ROMANCE_JOB_WORDS,
                                   ROMANCE_TITLE_WORDS, ROMANCE_UNITS,
                                   SUBJECT_WORDS, TITLE_WORDS)

# The kind of body a Spanish, Portuguese, French or Italian post names before the body's own name
# ("periodista de la revista Encuadre", "journaliste à la radio Sénégal Ondes FM").
ROMANCE_KINDS = (r"(?:revista|revue|rivista|plataforma|plateforme|piattaforma|productora|produtora|distribuidora|"
                 r"empresa|société|agencia|agence|agenzia|editorial|editora|canal|chaîne|cadena|emisora|periódico|"
                 r"diario|jornal|journal|estudio|studio|collectif|coletivo|colectivo|radio|télévision|maison\s+de\s+production)")
# A post written in Spanish, Portuguese or French: 'gerente general de Red Andina Televisión',
# 'directora de la Escuela Profesional de ...', 'jefa de prensa de X'.
# (and 'productor en Bruma Films', 'professora na Universidade X': a post at the organisation)
ROMANCE_POST = re.compile(r"^(?:(?:actualmente|hoy|atualmente|hoje|aujourd'hui)\s+)?"
                          r"(?P<title>(?:[a-z\u00e0-\u00ff-]+|[A-Z\u00c0-\u00de][a-z\u00e0-\u00ff-]+|[A-Z]{2,4})"
                          r"(?:\s+[A-Za-z\u00c0-\u00ff-]+){0,4}?)"
                          r"(?:\s+(?:de|del|da|do|des|du|en|na|no|di|della|dello|dei|degli|delle|chez|von|vom|van|bij)"
                          r"(?:\s+(?:la|las|los|el|a|o|os|as|le|les|het|de))?\s+(?:l['\u2019])?|\s+(?:dell|d)['\u2019])"
                          # "periodista de la revista Encuadre": the kind of body, no part of its name
                          rf"(?:{ROMANCE_KINDS}\s+)?"
                          # "responsable du département Scénario de l'ESCAD": a unit's kind is its name's first word
                          r"(?P<org>(?:département|departamento|dipartimento|service|servicio|serviço|pôle)?\s*[A-Z\u00c0-\u00de].*)$")
# A post written in German: "Präsidentin der HMFW", "Leiter des Studiengangs Animation an der X".
GERMAN_POST = re.compile(r"^(?P<title>[A-Z\u00c4\u00d6\u00dc][\w\u00e4\u00f6\u00fc\u00df-]+)\s+"
                         r"(?:der|des|am|an\s+der|bei\s+der|beim|bei)\s+(?P<org>[A-Z\u00c4\u00d6\u00dc].*)$")
# "Vinculación de la Universidad Autónoma de Tlacotalpan": the post's subject, then its organisation.
ROMANCE_SUBJECT = re.compile(r"^([A-Z\u00c0-\u00de][\w\u00c0-\u024f-]*)\s+(?:de|del|da|do|di|della|du|des)(?:\s+(?:la|las|los|el|a|o))?\s+"
                             r"(?=[A-Z\u00c0-\u00de])")
# "..., a 2012 graduate of the Film School": a degree, no post (cut from a description).
ALUMNI = re.compile(r"^(?:both\s+|all\s+|an?\s+|the\s+)?(?:\d{4}\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}(?:\d{4}\s+)?"
                    r"(?:alumn\w*|graduates?(?!\s+(?:School|Institute|College|Program|Programme|Centre|Center)\b)|"
                    r"egresad[oa]s?|ex-?alumn[oa]s?|dipl\u00f4m\u00e9e?s?)\b"
                    r"(?!.*\b(?:now|working as|who is)\b)", re.IGNORECASE)  # not '..., now working as X'

DEGREE = re.compile(r",?\s+(?:and\s+)?an?\s+(?:\d{4}\s+)?(?:graduate|alumn\w*)\b[^;]*")
BOUNDARY = re.compile(r"\s+(?:of|at|with|from|in)\s+|,\s+")


@dataclass
class Post:
    title: str | None
    chain: list[str] = field(default_factory=list)  # organisations, innermost first
    shared: bool = False  # the organisation came from the next title ('Professor and Dean of X')
    former: bool = False  # 'former Programme Officer, Centre National du Cinema'
    start: str | None = None  # 'conseillère pédagogique à l'AQFAJ depuis 2023': the year as written


DEGREES = frozenset("ma mfa ba bfa msc bsc mba mphil mres master's masters phd".split())
# Title words that only qualify another ("Senior Lecturer"; "a senior in the film program" is
# a student).
MODIFIERS = frozenset({"senior", "associate", "assistant", "general", "vice", "deputy",
                       "managing", "clinical", "emeritus", "adjunct", "visiting", "acting", "interim",
                       "honorary", "founding", "distinguished", "lead", "creative", "artistic",
                       "chief", "programme", "program", "commissioning", "supervising", "former",
                       "board", "course", "line", "freelance", "pro", "team", "party"})
HEAD_WORDS = POST_WORDS - MODIFIERS  # a word that is the post itself, not a rank of it


# The last word of a capitalised title that begins with its field ("Content Acquisition Lead").
TITLE_HEADS = frozenset("lead manager officer director producer editor coordinator designer animator supervisor "
                        "executive consultant specialist engineer developer strategist analyst artist head chair "
                        "lecturer professor reporter programmer curator writer researcher administrator "
                        "representative assistant associate advisor adviser technician colorist colourist "
                        "photographer cinematographer composer journalist critic scientist planner recruiter "
                        "trainer instructor founder".split())


def starts_title(text: str) -> bool:
    words = [w.strip(".,").lower() for w in text.split()]
    if not words:
        return False
    if re.match(r"chief\s+(?:executive|operating|financial|creative|content|technology|marketing)\b",
                text, re.IGNORECASE):
        return True  # "chief executive of ...": 'chief' and 'executive' only qualify elsewhere
    if words[0] in ("visiting", "adjunct") and words[1:2] == ["faculty"]:
        return True  # "Visiting Faculty, X": a post ('Faculty of X' alone is a school)
    if words[1:2] == ["member"] and words[0] in ("faculty", "staff", "board", "council", "jury", "committee", "team"):
        return True  # "Faculty member, Department of Animation, ..."
    if words[0] in DEGREES and words[1:2] in (["student"], ["candidate"]):
        return True  # "MA student, NTUA" (not "MA Filmmaking": a course)
    if words[0] in ("deputy", "vice", "assistant", "associate", "acting") and words[1:2] == ["for"]:
        return True  # "Deputy for Visual Arts, X Directorate": the post of a deputy
    if words[0] in MODIFIERS:
        head = BOUNDARY.split(text, maxsplit=1)[0].split()
        return any(w.strip(".,").lower() in HEAD_WORDS or
                   w.strip(".,").lower().split("-")[0] in TITLE_WORDS - MODIFIERS for w in head[1:]) or \
            len(head) >= 2 and head[-1].strip(".,").lower() in ("lead", "chief")  # "Programme Lead"
    head = BOUNDARY.split(text, maxsplit=1)[0].split()
    if text[:1].islower() and 2 <= len(head) <= 3 and all(w.isalpha() and w.islower() for w in head) and \
            head[-1] in HEAD_WORDS:
        return True  # "art director at X", "character designer at Y": the last word says it
    if len(words) > 1 and words[0] in ("uk", "us", "chinese", "british", "american", "european", "international",
                                       "regional", "national", "global"):
        return starts_title(text.split(maxsplit=1)[1])  # "UK Co-Dean of X": the title after where
    # "editor-in-chief", "Secretary-General", "Vice-Chancellor", "Co-Dean"
    # ("Conclave Coordinator and Assistant Professor, VIMC": the first of two)
    lead = re.split(r"\s+(?:and|&)\s+", BOUNDARY.split(text, maxsplit=1)[0], maxsplit=1)[0].split()
    if 2 <= len(lead) <= 4 and all(w[:1].isupper() for w in lead) and lead[-1].lower() in TITLE_HEADS:
        return True  # "Content Acquisition Lead", "Talent Partnerships Manager, X": its last word says it
    first = words[0] if words[0] in POST_WORDS else \
        words[0].split("-")[-1] if re.match(r"(?:co|ex)-", words[0]) else words[0].split("-")[0]
    return first in TITLE_WORDS or first in JOB_WORDS or first in ROMANCE_STARTS  # ("gérant de X", "membre du Y")


OFFICER = re.compile(r"(?:CEO|CTO|COO|CFO|CCO|CMO|CPO|MD)\b")


def split_titles(text: str) -> list[str]:
    """Cut a description at 'and', ';', ',', '&', '/' and a dash where a new title begins
    ("prof. uczelni – Vice-Rector for Student Affairs")."""
    pieces = [text]
    for joiner in (r";\s*|\s+/\s+|\s+[\u2013\u2014]\s+(?=[A-Z])", r",?\s+and\s+|\s+&\s+|,\s+|\s+(?:[ye]|et)\s+(?=[a-z])|\s+und\s+(?=[A-Z\u00c4\u00d6\u00dc])"):
        cut = []
        for piece in pieces:
            parts = re.split(f"({joiner})", piece)
            current = parts[0]
            for sep, part in zip(parts[1::2], parts[2::2]):
                if sep.strip() == "&" and OFFICER.match(part) and len(current.split()) <= 2:
                    current += sep + part  # "Founder & CEO": one title as written ("founder and CEO" two)
                elif sep.strip() == "&" and has_type_word(part.split()[-1]) and \
                        not starts_title(re.split(r",\s+", current)[-1]):
                    current += sep + part  # "Producer, Lantern & Key Films": one company's name
                elif sep.strip().startswith(";") or sep.strip() in ("/", "\u2013", "\u2014") and starts_title(part) or \
                        sep.strip() != "/" and starts_title(part) or ALUMNI.match(part) or (
                        part[:1].islower() and title_like(" ".join(
                            re.sub(r"^(?:an?\s+|the\s+)?(?:former\s+)?", "", part).split()[:3]))):
                    cut.append(current)
                    current = part
                else:
                    current += sep + part
            cut.append(current)
        pieces = cut
    return [p.strip(" ,;") for p in pieces if p.strip(" ,;")]


# A name written in a brand's mixed case ("iQIYI", "eBay"): an organisation, never a title.
BRAND = re.compile(r"^[a-z]+[A-Z][\w-]*(?:\s|$)")


def capitalised(text: str) -> bool:
    """'Northbridge', or '?cole' (a page that lost its 'É')."""
    return text[:1].isupper() or (text[:1] == "?" and text[1:2].isalpha())


# Bodies a title names before its organisation: "Secretary of the Party Committee of X",
# "Chairperson of the Board of Trustees of X".
TITLE_BODY = re.compile(r"(?:the\s+)?(?:(?:CPC\s+|Communist\s+Party\s+|Party\s+)(?:General\s+Branch\s+|Branch\s+)?"
                        r"Committee|Board\s+of\s+(?:Trustees|Directors|Governors|Regents|Advisors|Advisers)|(?:Advisory|Executive|"
                        r"Governing|Supervisory)\s+(?:Board|Council)|Board(?=\s+of\s+(?:the\s+)?[A-Z]|\s*$|,))\b")


# A body's kind in lower case before its name: "commercials production house Fenwick & Rowe".
KIND_BEFORE_NAME = re.compile(r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:house|studio|company|agency|firm|broadcaster|"
                              r"streamer|platform|distributor|publisher|collective|label|developer)\s+(?=[A-Z])")


def _org_like(rest: str, boundary: str, last: bool) -> bool:
    """Whether what follows a boundary begins the organisation (not the title's subject)."""
    rest = rest.strip()
    if boundary.strip() in ("of", "at") and THE_ORGS.match(rest):
        return True  # "chair of the school's Department of Film": the department, at the school
    if boundary.strip() == "at" and KIND_BEFORE_NAME.match(rest):
        return True  # "at commercials production house Fenwick & Rowe": what it is, then its name
    if not rest or not (capitalised(rest) or BRAND.match(rest) or re.match(r"the\s+(?:[A-Z]|\?\w)", rest)):
        return False
    if boundary.strip() == "in":  # "Lecturer in the Department of Film", not "Lecturer in Editing"
        return has_type_word(BOUNDARY.split(rest, maxsplit=1)[0])
    if boundary.strip() != "of":
        return True
    upto = BOUNDARY.split(rest, maxsplit=1)[0]  # the words up to the next 'at', ',' ...
    head = upto.split()[0].lower()
    if TITLE_BODY.match(rest):
        return False  # "Secretary of the Party Committee of X": the title's, X the organisation
    if not last and not rest.startswith("the ") and re.search(r"\sat\s+(?:the\s+)?[A-Z]", rest):
        return False  # "Head of Studio Partnerships at Atelier Lumière": the organisation after 'at'
    if not rest.startswith("the ") and all(w.lower() in SUBJECT_WORDS for w in upto.split()):
        return False  # "Head of International Co-productions, Portuguese Film Fund": the subject
    if re.fullmatch(r"(?:CG|CGI|VFX|SFX|AI|XR|VR|AR|IP|IT|HR|PR|UX|UI|R&D|3D|2D|FX|QA)", upto):
        return False  # "Head of CG, Moorland Post": a field's initials ("Dean of ICCI, X": a body's)
    if rest.startswith("the ") or has_type_word(upto) or is_acronym(upto):
        return True
    return last and head not in SUBJECT_WORDS


def title_like(text: str) -> bool:
    """Whether a phrase names a post: it has a title word ('Commissioning Editor')."""
    return any(w.strip(".,").lower() in HEAD_WORDS for w in text.split())


QUALIFIED_TITLE = re.compile(r"^([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}),\s+([A-Z][\w&-]*(?:\s+[A-Z&][\w&-]*){0,3})"
                             r"\s+at\s+(?:the\s+)?([A-Z].+)$")


QUALIFIED_COMMA = re.compile(r"^([A-Z][\w-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w-]*){0,3}),\s+([A-Z][\w&-]*(?:\s+[A-Z&][\w&-]*){0,3}),"
                             r"\s+(?:the\s+)?([A-Z].+)$")


PRAISE = re.compile(r"^(?:(?:famous|renowned|well-known|acclaimed|noted|celebrated|veteran|award-winning|"
                    r"legendary|prominent|seasoned|internationally\s+acclaimed|multi-award-winning)\s+)+(?=[a-z])")


# Whose a post is, before it: "Vistaline's Head of Content", "TCC's Vice President of ...".
OWNER = re.compile(r"^([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})(?:\u2019s|'s)\s+(?=\S)")


# Words that begin a post in any of the languages the pages are written in.
ROMANCE_STARTS = TITLE_WORDS | ROMANCE_TITLE_WORDS | ROMANCE_JOB_WORDS


def is_title_word(word: str) -> bool:
    """'directora', 'responsabile', or a compound ending in a job ('cultuurjournaliste')."""
    return word in ROMANCE_STARTS or len(word) > 8 and any(
        word.endswith(job) for job in ("journalist", "journaliste", "regisseur", "regisseurin", "produzent", "produzentin",
                                       "redakteur", "redakteurin", "leiter", "leiterin", "direktor", "direktorin"))


# "conseillère pédagogique à l'AQFAJ depuis 2023", "Head of Animation since 2019": from that year
SINCE = re.compile(r"\s+(?:depuis|desde|dal|seit|since)\s+(?:(?:janvier|février|mars|avril|mai|juin|juillet|ao\u00fbt|"
                   r"septembre|octobre|novembre|décembre|January|February|March|April|May|June|July|August|"
                   r"September|October|November|December)\s+)?(\d{4})$")


def one_post(text: str) -> Post:
    """'Head of Production at Content Republic' -> Post('Head of Production', ['Content Republic'])."""
    if since := SINCE.search(text):
        post = one_post(text[: since.start()])
        post.start = since.group(1) if post.chain else None  # (a job with no organisation keeps no dates)
        return post
    text = re.sub(r"^(?:an?|the)\s+(?=former\b)", "", text)  # "a former lecturer in animation at X"
    # "aujourd'hui consultant": what they are now, the post; "arbeitet als Technical Artist": what they work as
    text = re.sub(r"^(?:aujourd['\u2019]hui|actuellement|actualmente|atualmente|hoje|hoy|oggi|heute)\s+(?=[a-z\u00e0-\u00ff])|"
                  r"^(?:arbeitet|arbeitete)\s+als\s+|^(?:works|worked)\s+as\s+(?:an?\s+)?|^(?:trabalha|trabaja)\s+como\s+|"
                  r"^travaille\s+comme\s+", "", text)
    if former := re.match(r"^(?:formerly\b|former\b|ex-|previously\b|ancien(?:ne)?\b|antiguo\b|antigua\b|gi\u00e0\s|"
                          r"ehemalige[rn]?\b|ehemals\b|ehem\.|zuvor\b|fr\u00fcher\b|vormals\b|ex\b)\s*",
                          text, re.IGNORECASE):
        post = one_post(text[former.end():])
        post.former = True
        return post
    text = re.sub(r"^(?:the|a|an)\s+(?=[a-z])", "", text)  # "the co-founder of X"
    text = PRAISE.sub("", text)  # "famous director", "veteran drama producer": the job is the post
    text = re.sub(r"^(?:Hon['\u2019]ble|Honou?rable)\s+(?=[A-Z])", "", text)  # "Hon'ble Vice-Chancellor": courtesy
    text = re.sub(r"^(?:currently|presently|now|oggi|attualmente|heute|obecnie)\s+(?:the\s+|a\s+|an\s+)?", "", text,
                  flags=re.IGNORECASE)
    text = without_kind(text)
    # "a Hong Kong producer with X": where they are from is no part of the title
    if (place := re.match(r"^(?:an?\s+)?((?:[A-Z][\w-]*\s+){1,2})(?=[a-z])", text)) and \
            all(is_place(w) for w in place.group(1).split()):
        text = text[place.end():]
    # "a WISA graduate now working as a script co-ordinator at X": the post
    text = re.sub(r"^(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:graduate|alumn\w*|student)\s+(?:now\s+)?"
                  r"(?:working\s+as|who\s+is\s+now)\s+(?:an?\s+)?", "", text)
    # "Vice President, International Development at Halcyon Pictures": the comma's part is
    # the title's when no organisation is named in it.
    qualified = QUALIFIED_TITLE.match(text) or QUALIFIED_COMMA.match(text)
    if qualified and starts_title(qualified.group(1)) and not has_type_word(qualified.group(2)) and (
            qualified.re is QUALIFIED_TITLE or not looks_like_org(qualified.group(2))
            # (a region qualifies a title before its organisation: "Head of Original Content, Latin America, Vértice")
            and (not is_place(qualified.group(2)) or "," not in qualified.group(3) and capitalised(qualified.group(3))
                 and (not starts_title(qualified.group(1).split()[-1]) or " of " in qualified.group(1))) and (
                looks_like_org(qualified.group(3)) or "," not in qualified.group(3) and not is_place(qualified.group(3)))) and \
            not (a_town(qualified.group(3)) and len(qualified.group(2).split()) >= 2 and
                 re.search(r"\s(?:Games|Studios?|Pictures|Films|Entertainment|Interactive|Labs|Productions|VFX|Post)$",
                           qualified.group(2))):
        # (not "Producer, Hollowpeak Games, Guildford": a company's name, then its town)
        # "Senior Vice President, Original Series, Quarry Street Studios": the title's qualifier
        return Post(f"{qualified.group(1)}, {qualified.group(2)}", org_chain(qualified.group(3)))
    if unit := re.fullmatch(r"(?:Head|Dean|Director|Chair)\s+of\s+(School|Department|Faculty|College)", text):
        return Post(text, [f"@{unit.group(1).lower()}"])  # "Head of School": the school the page names
    if (unit := re.fullmatch(r"([a-z][^,]*?)\s+(?:of|at|in)\s+(?:the|our|this)\s+(school|department|faculty|college|university|"
                             r"institute|centre|center|academy|programme|program)", text, re.IGNORECASE)) and \
            (unit.group(1)[0].islower() or starts_title(unit.group(1))) and not re.search(r"\s(?:of|at|in)\s", unit.group(1)) and \
            (starts_title(unit.group(1)) or title_like(unit.group(1))):
        return Post(unit.group(1), [f"@{unit.group(2).lower()}"])  # "faculty member of the department", "dean of our college"
    # (an office of a body, not a qualifier: "VFX Supervisor", "HR Director", "MFA Candidate")
    if (short := re.match(r"^([A-Z][A-Z&]{1,6})\s+(?=(?:Dean|Pro-Chancellor|Vice-Chancellor|Chancellor|Rector|President|"
                          r"Provost|Registrar|Principal|Chairman|Chairperson|CEO|Founder|Co-Founder|Co-founder)$)", text)):
        post = one_post(text[short.end():])  # "UKN Pro-Chancellor", "FCA Dean": the post at the acronym's
        return Post(post.title, post.chain or [short.group(1)])
    owner = OWNER.match(text)
    if owner and starts_title(text[owner.end():]):
        # "Vistaline's Head of Content for Asia": the post at the organisation before it.
        rest = text[owner.end():]
        if (qualifier := re.match(r"^([^,]+),\s+([^,]+)$", rest)) and not looks_like_org(qualifier.group(2)):
            return Post(rest, org_chain(owner.group(1)))  # "Brightwater's Vice President, Scripted Development"
        post = one_post(rest)
        if post.chain and not any(has_type_word(c) or is_acronym(c) for c in post.chain):
            return Post(rest, org_chain(owner.group(1)))  # "TCC's Vice President of Workforce Development"
        return Post(post.title, post.chain or org_chain(owner.group(1)))
    if (romance := ROMANCE_POST.match(text)) and (romance.group("title")[0].islower() or "," not in romance.group("org")) and \
            all(w.islower() or w.lower() in ROMANCE_STARTS | ROMANCE_FIELDS
                for w in romance.group("title").split()[1:]) and \
            is_title_word(re.sub(r"^ex-?", "", romance.group("title").split()[0].lower()).split("-")[0]):
        # ("exdirector de la Cineteca", "profesor-investigador del Centro de Estudios")
        title, org = romance.group("title"), romance.group("org")
        if (subject := ROMANCE_SUBJECT.match(org)) and not has_type_word(subject.group()) and \
                subject.group(1).lower() not in ROMANCE_UNITS and \
                (has_type_word(org[subject.end():]) or subject.group(1).lower() in ROMANCE_FIELDS):
            title, org = text[romance.start("title"):romance.start("org") + subject.end(1)], org[subject.end():]
        if org.lower() not in ROMANCE_FIELDS_AND_ARTS:
            return Post(title, org_chain(org))  # (not "Director de Cine": a job)
    if (german := GERMAN_POST.match(text)) and german.group("title").lower() in TITLE_WORDS:
        return Post(german.group("title"), org_chain(german.group("org")))
    first = BOUNDARY.split(text, maxsplit=1)[0]
    named = capitalised(text) or BRAND.match(text) or re.match(r"the\s+[A-Z]", text)
    if not starts_title(text) and not title_like(first) and named and (
            has_type_word(text) or is_acronym(text.split(",")[0]) or capitalised(text) or BRAND.match(text)):
        return Post(None, org_chain(text))  # an affiliation: no title
    if (job_for := re.match(r"^([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+for\s+(?:the\s+)?([A-Z].*)$", text)) and \
            starts_title(job_for.group(1)):
        return Post(job_for.group(1), org_chain(job_for.group(2)))  # "film critic for the Zeeuwse Courant"
    bounds = list(BOUNDARY.finditer(text))
    for i, m in enumerate(bounds):
        rest = text[m.end():]
        # 'General Director of "Zhibek Zholy" State Film Studio' (not 'author of "The Guide"')
        bare = rest.lstrip("\"\u201c\u00ab") if re.match(r"[\"\u201c\u00ab][^\"\u201d\u00bb]+[\"\u201d\u00bb]\s+[A-Z]", rest) \
            else rest
        # "executive director of Screen Atlantic": a title in lower case, a name after it
        # ("head of APAC originals at Lumina": the organisation after 'at')
        lower_title = text[:1].islower() and rest[:1].isupper() and (
            m.group().strip() == "at" or m.group().strip() == "of" and
            not any(later.group().strip() == "at" for later in bounds[i + 1:]))
        # "CEO of Screen Westland": what follows a chief's 'of' is a body, never a subject
        chief = m.group().strip() == "of" and re.match(r"[A-Z][\w&'.-]*(?:\s+(?:of|and|&|for|the|[A-Z][\w&'.-]*))*"
                                                      r"\s*(?:[,(]|$)", rest) and re.fullmatch(
            r"(?i)(?:CEO|Chief Executive(?: Officer)?|Chair(?:man|woman|person)|(?:Co-)?Founder|Managing Director|"
            r"Director-General|Secretary-General|Rector|Vice-Chancellor|Vice Chancellor)", text[: m.start()].strip())
        if lower_title or chief or _org_like(bare, m.group(), last=i == len(bounds) - 1):
            return Post(text[: m.start()].strip() or None, org_chain(rest))
    return Post(text.strip(), [])


def without_kind(text: str) -> str:
    """'founder of the short-drama company Panda Shorts' -> 'founder of Panda Shorts'; 'of the
    studio "Polyn Doc" (Kyiv)' -> 'of Polyn Doc' (the kind word says the quoted name is a body's)."""
    text = QUOTED_BODY.sub(r"\1", text)
    return KIND_OF_BODY.sub("", text)


QUOTED_BODY = re.compile(r"\b(?:the\s+)?(?:studio|company|production\s+company|agency|channel|magazine|newspaper|"
                         r"festival|platform|foundation|association|union|group|network|label|publisher)\s+"
                         r"[\"\u201c\u00ab]([A-Z][^\"\u201d\u00bb]{1,60})[\"\u201d\u00bb](?:\s*\([A-Z][\w\s-]{1,30}\))?")


def without_work(text: str) -> str:
    """'Assistant Editor, "The Long Harbor" (Season 2)' -> 'Assistant Editor': the work they
    are on is no part of the post."""
    text = re.sub(r"\s+(?:of|on|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:series|film|feature|documentary|show|game|anime|"
                  r"short|movie|special|drama|docuseries|sitcom|telenovela)\s+[\"\u201c\u201e].*$", "", text)  # "animation director of the TV anime series '...'"
    # (a title in angle brackets, as Korean pages write it: "Director, <Night Bus to Gunsan>")
    return re.sub(r",\s*(?:[\"\u201c][^\"\u201d]{2,80}[\"\u201d]|<[^<>]{2,80}>|\u300a[^\u300b]{2,80}\u300b)"
                  r"(?:\s*\([^)]*\))?(?!\s+[A-Z])", "", text)


LISTED_SUBJECT = (r"\b(?:Professor|Lecturer|Head|Director|Chair|Reader|Fellow|Teacher)\s+(?:in|of)\s+[A-Z][\w-]*"
                  r"(?:,\s+[A-Z][\w-]*)+,?\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+(?:Studies|Arts|Design|Production))?")
LISTED_COMMA = "\u201a"  # stands for a comma inside a name while a description is cut


def in_quote(before: str) -> bool:
    """Whether a quote opened before this point is still open: what follows is a work's title."""
    low, high = ("\u201e", "\u201c") if "\u201e" in before else ("\u201c", "\u201d")  # „German“, “English”
    return before.count('"') % 2 == 1 or before.count(low) > before.count(high) or \
        before.count("\u00ab") > before.count("\u00bb")


EVENT_ITSELF = re.compile(r"(?:the\s+)?(?:conference|forum|symposium|summit|festival|event|workshop|seminar|"
                          r"colloquium|congress)", re.IGNORECASE)


# An organisation, then the title, with nothing between (as a translation from Chinese writes it):
# "Pacific Screen Academy (Vancouver) Dean of Digital Media".
ORG_THEN_TITLE = re.compile(r"^((?:[A-Z][\w&'.-]*\s+){1,6}(?:Academy|University|College|School|Institute|Studios?|Pictures|"
                            r"Films|Media|Group|Company|Ltd\.?|Inc\.?|Corporation|Agency|Network|Festival|Association|"
                            r"Foundation|Centre|Center|Lab)(?:\s+\([^()]+\))?)\s+([A-Z].+)$")


def parse_posts(description: str) -> list[Post]:
    """Every post a description gives, in order."""
    description = without_stop(re.sub(r"^(?:and|&)\s+", "", description.strip(" ,;")))
    headline = re.split(r"\s+\|\s+", description)
    if len(headline) > 1 and all(starts_title(part) or re.match(r"(?:[A-Z][\w&-]*-)?[a-z-]+\s+[a-z]+$", part) and
                                 starts_title(part.split()[-1]) for part in headline):
        # "Senior Lecturer in Film at X University | BAFTA-nominated editor": a headline's posts
        return [post for part in headline for post in parse_posts(part)]
    description = re.sub(r"\s+\|\s+", ", ", description)  # "Head of Animation | Veldhaven Academy"
    if "," not in description and (org_first := ORG_THEN_TITLE.match(description)) and starts_title(org_first.group(2)):
        description = f"{org_first.group(2)}, {org_first.group(1)}"  # "Nanxing Studio Creative Director" (a translation's order)
    # "Head of R&D bei Pixelwerk", "Professorin ... an der Universität X", "enseignante à la Fémis": at
    # (not inside a work's title, „Die Kanzlei am Fluss", nor a town's "Frankfurt am Main")
    # ("Editorin von mehr als 30 Spielfilmen": the credits, no part of the post)
    description = re.sub(r"\s+von\s+(?:mehr\s+als\s+|\u00fcber\s+|rund\s+)?\d+\s+[^,;]*", "", description)
    description = re.sub(r"\s+(?:bei(?:\s+der|\s+dem)?|beim|am|im|an\s+der|an\s+dem|\u00e0\s+la|\u00e0\s+l['\u2019]\s*|\u00e0|au|chez|na|no(?:\s+est\u00fadio)?)"
                         # ("journaliste à la radio Sénégal Ondes FM": the body's kind, no part of its name)
                         rf"(?:\s+{ROMANCE_KINDS}(?=\s+[A-Z]))?"
                         r"\s*(?<=\s|['\u2019])(?=[A-Z\u00c0-\u00de])(?!(?:Main|Rhein|Neckar|Oder|Saale|Ruhr|Inn|Lech|See)\b)",
                         lambda m: m.group() if in_quote(description[:m.start()]) else " at ", description)
    # Vietnamese: "VFX Supervisor tại Lotus Pixel Studio", "Content Manager của nền tảng Lúa Play",
    # "giảng viên Khoa Điện ảnh" (a lower-case title, then the body by its kind's word)
    description = re.sub(r"\s+(?:t\u1ea1i|c\u1ee7a)(?:\s+(?:n\u1ec1n t\u1ea3ng|c\u00f4ng ty|h\u00e3ng phim))?\s+(?=[A-Z\u00c0-\u00de\u0110])|"
                         r"(?<=[a-z\u00e0-\u00ff\u0100-\u01b0\u1ea0-\u1ef9])\s+(?=(?:Khoa|Tr\u01b0\u1eddng|\u0110\u1ea1i h\u1ecdc|H\u1ecdc vi\u1ec7n|Vi\u1ec7n|"
                         r"C\u00f4ng ty|H\u00e3ng|\u0110\u00e0i|Trung t\u00e2m|CLB)\s)", " at ", description)
    # "Vice-President, Generative Media, at Orbitra": the title's field, then its organisation
    description = re.sub(r"^([^,]+,[^,]+),\s+at\s+(?=(?:the\s+)?[A-Z])", r"\1, ", description)
    # "Director of Production Support (directora de apoyo a la producción)": the title in the
    # page's other language, no part of it
    description = re.sub(r"\s*\((?=[a-z\u00e0-\u00ff])[^()]*\s[^()]*\)", "", description)
    # "Head of Scripted – TV Norvest Drama": the organisation after a dash (a title after
    # one is another post: split_titles)
    description = re.sub(r"\s+[\u2013\u2014]\s+(?=[A-Z])", lambda m: ", " if starts_title(
        description[: m.start()].rsplit(", ", 1)[-1]) and not starts_title(description[m.end():]) else m.group(),
        description)  # (not "Hochschule Elbtal – University of Applied Sciences": one name)
    description = without_work(description)
    # "founder of Mvua Pictures Ltd, the Nairobi production house behind ...": what the body is
    description = re.split(r",\s+(?:the|a|an|[A-Z][\w-]*['\u2019]s)\s+(?:[\w'\u2019-]+\s+){0,3}(?:house|company|studio|firm|platform|"
                           r"agency|label|broadcaster|streamer|distributor|collective)\b", description)[0]
    # "freelance editor, on building a portfolio of ...": what the talk was on, no post; "...
    # and leads the Screen Work research group": what they do, another clause
    description = re.split(r",\s+on\s+(?=[a-z])|\s+and\s+(?:also\s+)?(?:leads|runs|chairs|heads|directs|teaches|"
                           r"is|was|has|serves|sits|works|founded|co-founded|featured|included|introduced|opened|closed|welcomed|"
                           r"presented|moderated|chaired|hosted|delivered|gave|spoke|shared|discussed|said|"
                           r"ends|closes|opens|begins|starts|concludes|continues|will)\b|"
                           r",?\s+(?:representing|on behalf of)\s|,\s+(?:quien|quienes|qui|que)\s|"
                           r"(?:^|,?\s+)(?:together|along)\s+with\s", description)[0]  # "X, together with the Dean"
    description = re.sub(r"^(?:an?|the)\s+(?=[a-z])", "", description)  # "an assistant editor at X"
    # "both alumni of the School": a degree, not a post (the record format has no place for it)
    # "Dean of the School of Drama, Film and Television": the name's commas are kept out of the cut
    description = re.sub(LISTED_UNIT, lambda m: m.group().replace(",", LISTED_COMMA), description)
    # "Full Professor of Film, Photography and Television Studies": the subjects' commas too
    description = re.sub(LISTED_SUBJECT, lambda m: m.group().replace(",", LISTED_COMMA), description)
    posts, pieces = [], []
    for piece in split_titles(description):
        if ALUMNI.match(piece):
            continue
        pieces.append(piece)
        its = re.match(r"^(.+?)\s+(?:of|at)\s+its\s+([A-Z].+)$", piece)
        if its and posts and posts[-1].chain:
            # "Vice President of TideReel and General Manager of its Content Center": TideReel's
            posts.append(Post(its.group(1), org_chain(its.group(2)) + posts[-1].chain))
        else:
            posts.append(one_post(piece))
    for post in posts:
        post.title = post.title and post.title.replace(LISTED_COMMA, ",")
        post.chain = [name.replace(LISTED_COMMA, ",") for name in post.chain]
    # "Chairperson of the Conference": a part in the event, not a post at an organisation
    posts = [post for post in posts if not (post.chain and EVENT_ITSELF.fullmatch(post.chain[0]))]
    for i, post in enumerate(posts[:-1]):
        following = posts[i + 1]
        # "Dean and Professor, X", "founder and CEO of Veritas Films": both posts at X
        # ("animator and director, Inkanyezi Studio": a job word too, when the organisation
        # stands apart after a comma or a dash, not "filmmaker and lecturer at X")
        capitalised = bool(post.title) and (post.title[0].isupper() or len(post.title.split()) == 1
                                            and (post.title.lower() in TITLE_WORDS - MODIFIERS - JOB_WORDS - ROMANCE_JOB_WORDS or
                                                 i + 1 < len(pieces) and len(pieces) == len(posts) and
                                                 re.fullmatch(r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?:,|\s[\u2013\u2014])\s*[A-Z].*",
                                                              pieces[i + 1])))
        if post.title and not post.chain and capitalised and following.chain and not following.former:
            chain = following.chain
            unit = org_type(chain[0])[0] in ("program", "division", "department")
            post.chain = chain[1:] if unit and len(chain) > 1 else chain
            post.shared = True
    return posts
