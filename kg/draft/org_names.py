"""Organisations as pages name them: a chain of names (child first), type and sector.

"the Shanghai Film Academy of Shanghai University", "Chapman University's Dodge College
of Film and Media Arts", "the International Short Drama Division at COL Group", "ICCI,
SJTU": each names a unit and the organisation it belongs to. A name is split only where
both sides are names of organisations ("Dodge College of Film and Media Arts" is one
name; "Shanghai Film Academy of Shanghai University" is two).
"""

from __future__ import annotations

import re
import unicodedata

from kg.draft.letters import CAPITAL, SMALL
from kg.identity.names import acronym, org_tokens

# The word that says what kind of organisation a name is -> kg's organisation type.
TYPE_WORDS = {
    "university": "university", "universität": "university", "université": "university",
    "school": "school", "college": "school", "academy": "school", "conservatory": "school",
    "conservatoire": "school", "faculty": "school",
    "institute": "institute", "institution": "institute", "center": "institute",
    "centre": "institute", "lab": "institute", "laboratory": "institute",
    "department": "department", "program": "program", "programme": "program",
    "division": "division", "unit": "division",
    "group": "company", "company": "company", "co": "company", "ltd": "company",
    "inc": "company", "llc": "company", "corp": "company", "corporation": "company",
    "gmbh": "company", "plc": "company", "limited": "company", "sdn": "company", "bhd": "company",
    "berhad": "company", "pvt": "company", "pty": "company", "llp": "company", "pictures": "company", "films": "company",
    "entertainment": "company", "productions": "company", "holdings": "company",
    "ventures": "company", "technologies": "company", "agency": "company",
    "studio": "studio", "studios": "studio", "festival": "festival", "foundation": "foundation",
    "association": "association", "society": "association", "guild": "association",
    "alliance": "association", "federation": "association", "council": "association",
    "administration": "government", "ministry": "government", "bureau": "government",
    "commission": "government", "government": "government", "municipal": "government",
    "network": "media", "magazine": "media", "newspaper": "media", "daily": "media",
    "platform": "platform", "fund": "foundation", "museum": "nonprofit", "archive": "nonprofit", "library": "nonprofit",
    # The same words in the languages of the pages' countries. (Not 'Television', 'Radio':
    # subjects too, as in 'School of Film and Television'.)
    "universidad": "university", "universidade": "university", "università": "university",
    "universite": "university", "universitet": "university", "uniwersytet": "university",
    "escuela": "school", "escola": "school", "école": "school", "ecole": "school", "scuola": "school",
    "facultad": "school", "faculdade": "school", "faculté": "school", "hochschule": "school",
    "akademie": "school", "akademi": "school", "accademia": "school", "høgskole": "school",
    "högskola": "school", "instituto": "institute", "institut": "institute", "istituto": "institute",
    "centro": "institute", "estudios": "studio", "estudio": "studio", "productora": "company",
    "produksjon": "company", "produktion": "company", "as": "company", "asa": "company",
    "ab": "company", "sa": "company", "srl": "company", "bv": "company", "kk": "company",
    "fondo": "foundation", "fundación": "foundation", "fundacion": "foundation",
    "fundação": "foundation", "stiftung": "foundation", "revista": "media", "canal": "media",
    "embassy": "government", "consulate": "government", "cinemateca": "nonprofit",
    "cinematheque": "nonprofit", "cinémathèque": "nonprofit", "filmoteca": "nonprofit",
    "kinemathek": "nonprofit",
    "trust": "nonprofit",
    "dipartimento": "department", "departamento": "department", "département": "department",
    "facoltà": "school", "fakultät": "school", "fakulte": "school", "fakültesi": "school",
    "fondazione": "foundation", "comune": "government", "ayuntamiento": "government",
    "prefeitura": "government", "municipio": "government", "municipalidad": "government",
    "ministero": "government", "ministerio": "government", "ministère": "government",
    "associazione": "association", "asociación": "association", "associação": "association",
    "universitas": "university", "üniversitesi": "university",
    # Polish, Czech, Slovak, Hungarian, Finnish, Dutch
    "szkoła": "school", "akademia": "school", "wydział": "school", "instytut": "institute",
    "fundacja": "foundation", "škola": "school", "fakulta": "school", "univerzita": "university",
    "egyetem": "university", "főiskola": "school", "yliopisto": "university", "korkeakoulu": "school",
    "hogeschool": "school", "universiteit": "university", "academie": "school", "stichting": "foundation",
}
# A name with one of these words states its type (a legal form, a university); with the
# other type words the type is kg's reading of the name, marked inferred.
STATED_TYPE_WORDS = frozenset({"university", "universität", "université", "school", "college",
                               "academy", "conservatory", "institute", "department", "program",
                               "programme", "division", "company", "co", "ltd", "inc", "llc",
                               "corp", "corporation", "gmbh", "plc", "festival", "foundation",
                               "association", "ministry", "studio", "studios", "faculty",
                               "universidad", "universidade", "università", "universite",
                               "universitet", "uniwersytet", "escuela", "escola", "école", "ecole",
                               "scuola", "facultad", "faculdade", "faculté", "hochschule",
                               "akademie", "akademi", "accademia", "høgskole", "högskola",
                               "instituto", "institut", "istituto", "as", "asa", "ab", "sa", "srl",
                               "bv", "kk", "embassy", "consulate"})
SECTOR_OF_TYPE = {"university": "academia", "school": "academia", "institute": "academia",
                  "department": "academia", "program": "academia", "company": "industry",
                  "studio": "industry", "platform": "industry", "media": "industry",
                  "government": "government", "foundation": "nonprofit", "nonprofit": "nonprofit"}
# Types whose sector the name itself states ("a sector from 'University' in a name is read").
STATED_SECTOR_TYPES = frozenset({"university", "school"})
ACADEMIC_UNIT_WORDS = frozenset({"school", "college", "faculty", "department", "institute", "office",
                                 "center", "centre", "program", "programme"})
# An organisation's name in a sentence: capitalised words, 'of', 'for', 'and' between them
# ("Xiyuan-Marlow Joint Institute for Screen Culture"), as a pattern to build others with.
ORG_NAME = r"[A-Z][\w&'\u2019.-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w&'\u2019.-]*)*"
# Words that end an organisation's name in Han characters.
HAN_ORG_ENDS = ("大学", "学院", "研究院", "研究所", "研究中心", "中心", "实验室", "有限公司", "公司", "集团",
                "电视台", "电影节", "协会", "学会", "基金会", "工作室", "影业", "传媒", "出版社", "管理局", "总局",
                "委员会", "系", "部", "平台", "联盟", "办公室", "处", "局", "厅", "馆", "社", "组")
# What a body is of the one it belongs to: "X, a division of Y", "a subsidiary of".
PART_KINDS = r"(?:part|division|subsidiary|unit|member|arm|affiliate)"
# A unit named by a list of subjects: "School of Film, Media and Performance" (its commas
# are the name's, not a list's); the last subject may be two words ("and Creative Arts").
LISTED_UNIT = (r"(?:[A-Z][\w&'\u2019.-]*\s+){0,4}(?:School|Faculty|Department|College|Institute|Centre|Center)"
               r"\s+of\s+[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)+,?\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+(?:Arts|Studies|Media|Design|Technology))?")
# A unit's name that says what it is but not whose: "School of Animation", "Department of
# Directing" (not "Shanghai Film Academy", whose name is its own).
GENERIC_UNIT = re.compile(r"^(?:School|Department|Faculty|College|Institute|Centre|Center|Division|"
                          r"Program|Programme|Laboratory|Lab|Academy)\s+(?:of|for)\s+")
# A company's legal form after its name: "Co., Ltd.", "GmbH", "Sdn Bhd".
LEGAL_FORMS = (r",?\s+(?:Co\.,?\s*Ltd\.?|Co\.|Ltd\.?|Limited|Inc\.?|LLC|GmbH|AG|S\.A\.|S\.L\.|"
               r"Pty\.?\s+Ltd\.?|Pte\.?\s+Ltd\.?|Pvt\.?\s+Ltd\.?|Private\s+Limited|Sdn\.?\s+Bhd\.?|Corp\.?|Corporation|PLC|plc|"
               r"S\.A\.C\.|S\.R\.L\.|S\.A\.S\.|Ltda\.?|E\.I\.R\.L\.|S\.A\.\s+de\s+C\.V\.)")
LEGAL_FORM = re.compile(LEGAL_FORMS + "$")
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,6}$")
WORD = re.compile(r"[\w&]+")


def words_of(name: str) -> list[str]:
    return [w.lower() for w in WORD.findall(name)]


COMPOUND_ENDINGS = ("universität", "hochschule", "akademie", "schule", "institut", "högskola",
                    "akademi", "skola")


def is_of_kind(name: str, kind: str) -> bool:
    """'College of Communication and Media' is a college, 'Filmhochschule Rheinau' a
    Hochschule."""
    words = words_of(name)
    return kind in words or any(w.endswith(kind) and len(w) > len(kind) + 2 for w in words)


# A unit named by the page as its own: "dean of our college".
OUR_UNIT = re.compile(r"(?:our|this)\s+(school|department|faculty|college|university|institute|academy)",
                      re.IGNORECASE)


def two_names(name: str) -> tuple[str, str] | None:
    """(the name, another name of the same organisation) when `name` holds both: "Table Bay
    University (TBU)", "Moyun Animation (墨云动画)", "國立嘉雲大學 National Chiayun University"
    (the English name first, whichever the page writes first), "Comune di Montecorvo (Municipality of Montecorvo)" (a
    translation; not "ENSIS (Hoornveld University)", the university of whoever chairs it)."""
    name = name.strip()
    if bracket := re.match(r"^(.+?)\s*\((?:([A-Z][A-Z&]{1,7})|([\u3400-\u9fff]{2,20}))\)?$", name):
        return bracket.group(1), bracket.group(2) or bracket.group(3)
    if (dashed := re.match(r"^(.{6,}?\s.+?)\s+[-\u2013]\s+([A-Z][A-Z&]{2,7})$", name)) and not is_place(dashed.group(2)):
        return dashed.group(1), dashed.group(2)  # "Cultural Foundation of the State of Piracema - FUNCEP"
    if bilingual := re.match(r"^([\u3400-\u9fff]{2,20})\s+([A-Z][^\u3400-\u9fff]+)$", name):
        return bilingual.group(2), bilingual.group(1)
    if bilingual := re.match(r"^([A-Z][^\u3400-\u9fff]+?)\s+([\u3400-\u9fff]{2,20})$", name):
        return bilingual.group(1), bilingual.group(2)  # "Lok Wah University 樂華大學"
    glossed = re.match(r"^(.+?)\s*\(((?:[A-Z][\w'\u2019-]*|of|for|and|the|&)(?:\s+(?:[A-Z][\w'\u2019-]*|of|for|"
                       r"and|the|&)){1,7})\)?$", name)  # (the closing bracket may be cut off with the sentence's)
    if glossed and not is_place(glossed.group(2)) and looks_like_org(glossed.group(1)) and \
            not glossed.group(1).isupper() and (has_type_word(glossed.group(1)) or not has_type_word(glossed.group(2))):
        return glossed.group(1), glossed.group(2)
    return None


# An acronym, alone or with its place: "KBIFF", "HMG Lindenau".
SHORT_FORM = re.compile(r"([A-Z]{2,8})(?:\s+([A-Z][a-z\u00e0-\u024f]+))?")


def short_form_acronyms(short: str) -> tuple[set[str], str] | None:
    """The acronyms of the names a short form may stand for, and its place: 'HMG Lindenau'
    -> ({'hmg', 'hmgl'}, 'Lindenau') (for 'Hochschule für Medien und Gestaltung Lindenau');
    'KBIFF' -> ({'kbiff'}, '')."""
    if not (m := SHORT_FORM.fullmatch(short.strip())):
        return None
    letters, place = m.group(1), m.group(2) or ""
    return {letters.lower(), (letters + place[:1]).lower()}, place


# A site's section, not a body: "Studio News", "Studio Life", "School News".
SITE_SECTION = re.compile(r"(?i)^\s*\w+\s+(?:News|Life|Blog|Stories|Updates)\s*$")


def has_type_word(text: str) -> bool:
    return not SITE_SECTION.match(text) and any(w in TYPE_WORDS or w.endswith(COMPOUND_ENDINGS) for w in words_of(text))


def is_acronym(text: str) -> bool:
    return bool(ACRONYM.match(text.strip()))


def looks_like_org(text: str) -> bool:
    """A name of an organisation by its words: a type word, an acronym, a legal form."""
    text = text.strip()
    if re.fullmatch(r"[\u3400-\u9fff]+", text):
        return text.endswith(HAN_ORG_ENDS)
    return bool(text) and (has_type_word(text) or is_acronym(text) or
                           all(is_acronym(w) for w in text.split()[:1]) and has_type_word(text))


def without_stop(text: str) -> str:
    """The text without its final full stop, unless the stop belongs to 'Co., Ltd.'."""
    text = text.rstrip()
    if text.endswith(".") and not re.search(r"\b(?:Co|Ltd|Inc|Corp|Jr|St)\.$", text):
        return text[:-1]
    return text


# What kind of body an organisation is, and where, said before its name: "the short-drama
# company", "streaming service", "Lisbon-based production company", "Korea's largest webtoon
# platform", "the Toronto studio", "Karachi-based".
KIND_OF_BODY = re.compile(
    r"\b(?<!['\u2019])(?:the\s+|[A-Z][\w-]*['\u2019]s\s+(?=[a-z]))?(?:(?!(?:at|of|in|with|for|from|and|to)\s)[a-z][\w-]*\s+|[A-Z][\w'\u2019]*-based\s+|"
    r"[A-Z][a-z]+-[A-Z][a-z]+\s+(?=[a-z])|"  # "Pan-African streamer Zuri Play"
    r"(?<=the\s)[A-Z][\w-]*\s+(?=[a-z])){0,3}"
    r"(?:magazine|newspaper|journal|company|studio|festival|streamer|streaming\s+(?:service|platform)|"
    r"platform|broadcaster|channel|agency|fund|label|outlet|publisher|firm|network|distributor)\s+(?=[A-Z])|"
    r"^[A-Z][\w'\u2019]*-based\s+(?=[A-Z])")


def clean(name: str) -> str:
    """'the Shanghai Film Academy' -> 'Shanghai Film Academy'; trailing commas and stops gone
    (but 'Co., Ltd.' keeps its full stop)."""
    if THE_ORGS.match(name.strip(" ,;:")):
        return name.strip(" ,;:")  # "the school's Department of ...": kept for org_chain to resolve
    name = re.sub(r"^(?:(?:the\s+)?[a-z]+(?:'s|\u2019s)|its|their|our|his|her)\s+", "", name.strip(" ,;:"))
    if (where := re.match(r"^([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:'s|\u2019s)\s+(?=[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)+$)", name)) \
            and is_place(where.group(1)):
        name = name[where.end():]  # "Chennai's Blue Lotus VFX": the studio
    # "Manchester post house Redbrick Post", "Hyderabad-based studio X", "indie Y": what it is, then its name
    name = re.sub(r"^(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}(?:house|studio|indie|broadcaster|streamer|agency|"
                  r"platform|distributor|firm|label|outfit|developer|publisher|collective)\s+(?=[A-Z])", "", name)
    name = re.sub(r"\s+(?:today|yesterday|tomorrow|this\s+week|last\s+week)$", "", name)  # "X Academy today"
    name = KIND_OF_BODY.sub("", name)
    # "Reel Pacific Women in Screen camera mentorship program", "Kinokrai magazine": what it runs or is
    name = re.sub(r"(?<=[A-Za-z\u00c0-\u024f)])(?:\s+(?!(?:of|and|for|the|in|on|de|du|des|la|le|di|da|do|del|dos|y|e|et|"
                  r"und|f\u00fcr|van|von|der|den|al|el)\b)[a-z][\w-]*)+$",
                  lambda m: m.group() if any(w in TYPE_WORDS or w in ("course", "board", "series", "podcast", "show",
                                                                     "project") for w in m.group().split())
                  # (but "Voces del Norte dubbing studio": what the company is, after its name)
                  and not (re.fullmatch(r"\s+[a-z][\w-]+\s+(?:studio|company|house|agency|firm|collective)", m.group())
                           and " " in m.string[:m.start()].strip() and not m.string[:m.start()].endswith("-based"))
                  # (nor "École des arts numériques et du jeu": a name written in lower case)
                  or re.search(r"\s[a-z\u00e0-\u024f]{4,}\s", m.string[: m.start() + 1]) else "", name)
    return without_stop(re.sub(r"^(?:the|The)\s+", "", name)).strip()


# Countries and cities a page writes after an organisation ("Nordlicht Filmproduktion GmbH,
# Germany", "Hoshizora Pictures, Tokyo"): where it is, not another organisation.
PLACES = frozenset("""
germany france italy spain portugal uk england scotland wales ireland usa us canada mexico brazil
argentina chile colombia peru china japan korea india singapore malaysia indonesia thailand
vietnam philippines australia nigeria kenya ghana egypt morocco turkey israel iran russia poland
netherlands belgium switzerland austria sweden norway denmark finland iceland greece
london paris berlin rome madrid lisbon tokyo seoul beijing shanghai shenzhen hangzhou taipei
mumbai delhi lagos nairobi sydney melbourne toronto vancouver montreal bogotá bogota lima
santiago dakar accra cairo istanbul dubai bristol manchester hamburg munich los angeles new york
warsaw krakow prague vienna budapest brussels amsterdam copenhagen stockholm oslo helsinki dublin
edinburgh glasgow galway cardiff belfast marseille lyon barcelona milan turin naples zurich geneva
beirut tehran karachi lahore dhaka kolkata chennai bangalore pune hyderabad jakarta manila bangkok
hanoi saigon osaka kyoto busan taipei hong kong macau guangzhou chengdu wuhan nanjing xiamen
johannesburg cape town durban kampala addis ababa kinshasa abuja casablanca tunis algiers riyadh
doha auckland wellington brisbane perth adelaide chicago boston atlanta austin seattle miami
isfahan shiraz tabriz mashhad kabul baku tbilisi yerevan almaty astana tashkent bishkek dushanbe
ulaanbaatar kathmandu colombo lahore islamabad peshawar kyiv kiev lviv odesa kharkiv minsk moscow
riga vilnius tallinn bucharest belgrade zagreb ljubljana sarajevo athens thessaloniki
porto seville valencia bilbao lille toulouse bordeaux nantes cologne frankfurt stuttgart leipzig
dresden antwerp ghent rotterdam utrecht gothenburg malmo malmö aarhus bergen tampere turku
casablanca rabat marrakech tangier fez tunis alexandria giza amman jeddah sharjah
kampala kigali lusaka harare maputo luanda douala yaounde dakar abidjan lome cotonou
quito guayaquil cusco arequipa huancayo medellin medellín cali montevideo asuncion asunción
guadalajara monterrey puebla havana tegucigalpa
""".split()) | frozenset("""afghanistan albania algeria andorra angola argentina armenia austria azerbaijan
bahrain bangladesh belarus bhutan bolivia bosnia botswana bulgaria burkina cambodia cameroon chad
croatia cuba cyprus czechia ecuador estonia ethiopia fiji georgia guatemala haiti honduras hungary
iraq jamaica jordan kazakhstan kosovo kuwait kyrgyzstan laos latvia lebanon liberia libya
liechtenstein lithuania luxembourg madagascar malawi mali malta mauritius moldova monaco mongolia
montenegro mozambique myanmar namibia nepal nicaragua niger oman pakistan palestine panama paraguay
qatar romania rwanda senegal serbia seychelles slovakia slovenia somalia sudan suriname syria
taiwan tajikistan tanzania togo tonga tunisia turkmenistan uganda ukraine uruguay uzbekistan
venezuela yemen zambia zimbabwe macao samoa
""".split()) | {"south korea", "north korea", "united kingdom", "united states", "new zealand",
                  "south africa", "hong kong", "czech republic", "sri lanka", "saudi arabia",
                  "united arab emirates", "costa rica", "el salvador", "ivory coast",
                  "dominican republic", "puerto rico", "north macedonia", "the netherlands",
                  "the philippines", "new delhi", "buenos aires", "sao paulo", "são paulo",
                  "rio de janeiro", "mexico city", "los angeles", "new york", "tel aviv", "abu dhabi", "la paz",
                  "san juan", "panama city", "san josé", "san jose", "guatemala city", "kuala lumpur",
                  "ho chi minh city", "quezon city", "petaling jaya", "chiang mai", "phnom penh", "dar es salaam",
                  "addis ababa", "port louis", "george town", "hong kong sar", "the hague", "st petersburg"}


# An organisation named by its kind ("the school's", "the college's"): one the page named before.
OF_THE_ORG = re.compile(r"^(.+?)\s+of\s+the\s+(College|School|University|Academy|Institute|Faculty|Department)$")
THE_ORGS = re.compile(r"^(?:the\s+)?(college|school|university|academy|institute|faculty|company|studio|"
                      r"group|festival)(?:\u2019s|'s)\s+([A-Z].+)$", re.IGNORECASE)


def is_place(text: str) -> bool:
    """'Montréal', 'Montreal', 'South Korea': a country or city (accents and case aside)."""
    folded = unicodedata.normalize("NFKD", text.strip().lower())
    # (and a Malaysian state by its title: "Selangor Darul Ehsan", "Kedah Darul Aman")
    return "".join(c for c in folded if not unicodedata.combining(c)) in PLACES or \
        bool(re.fullmatch(r"[A-Z][a-z]+\s+Darul\s+[A-Z][a-z]+", text.strip()))


# Single words after an organisation's name that are no town: subjects, kinds, legal forms.
TOWN_NOT = frozenset("""design media film films arts art music animation games television screen digital
production productions communication studies culture ltd inc llc gmbh limited school college
university institute studio studios pictures entertainment group screenwriting directing editing producing
cinematography acting journalism photography documentary sound writing games gaming vfx postproduction
post-production broadcasting marketing distribution research education training""".split())


def without_place(text: str) -> str:
    """'Nordlicht Filmproduktion GmbH, Germany' -> 'Nordlicht Filmproduktion GmbH'."""
    if (m := re.match(r"^(.+?)\s*\(([^)]+)\)?$", text.strip())) and (
            where(m.group(2)) or re.fullmatch(r"(?i)online|remote|virtual|via (?:zoom|video|video link)", m.group(2))):
        return m.group(1)  # "Court-Métrage Plus (France)", "Copperline Games (Tempe)", "X (online)"
    if (m := re.match(r"^(.+?)\s+in\s+([A-Z][\w ]+?)(?:,\s*[A-Z][\w ]+)?$", text.strip())) and (
            is_place(m.group(2)) or len(m.group(2).split()) <= 2 and all(a_town(w) for w in m.group(2).split())):
        return m.group(1)  # "Harbourlight Post in Sydney", "... in Sydney, Australia", "X in Quezon City"
    head, _, tail = text.rpartition(",")
    return head.strip() if head and (is_place(tail) or a_town(tail) and (looks_like_org(head) or len(head.split()) >= 2)) \
        else text


def where(text: str) -> bool:
    """'France', 'Tempe', 'Tashkent, Uzbekistan': a place and nothing else."""
    return all(is_place(part) or a_town(part) for part in text.split(","))


def a_town(text: str) -> bool:
    """'Aizawl', 'Oberá', 'Tempe': one capitalised word that names no organisation, no
    acronym and no subject ('Design'): where an organisation is, after its name."""
    word = text.strip()
    return bool(re.fullmatch(rf"[{CAPITAL}][{SMALL}'-]{{2,}}", word)) and not has_type_word(word) \
        and word.lower() not in TOWN_NOT


# A unit of a university in Spanish, Portuguese, French or Italian, and the "of" before the
# university it belongs to: "Facultad de Artes | de la | Universidad de Chile".
ROMANCE_UNIT_START = re.compile(r"(?:Facultad|Faculdade|Facult\u00e9|Facolt\u00e0|Escuela|Escola|\u00c9cole|Ecole|Scuola|"
                                r"Departamento|D\u00e9partement|Dipartimento|Curso|Carrera|Licenciatura|Programa|"
                                r"Maestr\u00eda|Mestrado|Doctorado|Doutorado|Laborat\u00f3rio|Laboratorio|Laboratoire|"
                                r"C\u00e1tedra|Centro|Instituto|Unidad|Service|Servicio|Servi\u00e7o|P\u00f4le)\s", re.IGNORECASE)
# (the school's acronym too: "département Scénario de l'ESCAD")
ROMANCE_UNIT_OF = re.compile(r"\s+(?:de\s+la|del|de|da|do|della|dell['\u2019]|di|de\s+l['\u2019])\s*"
                             r"(?=(?:Universi|Pontif)\w*\s|[A-Z][A-Z\d&-]{1,9}$)")


def org_chain(text: str) -> list[str]:
    """The organisations a phrase names, the innermost first: 'the X Division at Y Group' ->
    ['X Division', 'Y Group']; "Y University's X College" -> ['X College', 'Y University']."""
    if all(is_place(part) for part in text.split(",")):
        return []  # "filmmaker, Beirut", "Lagos, Nigeria": where they work, no organisation
    # "NRV, the Norwegian public broadcaster", "NRV – the ...": what the body is, after its name
    text = re.sub(r"(?:,|\s[\u2013\u2014-])\s+(?:a|an|the)\s+(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,3}(?:broadcaster|company|studio|"
                  r"streamer|platform|agency|firm|network|channel|publisher|distributor)\.?$", "", text.strip())
    if (unit := re.fullmatch(r"(.+?)\s+/\s+([A-Z][\w&.'\u2019 -]+)", text.strip())) and \
            (looks_like_org(unit.group(2)) or is_acronym(unit.group(2))) and "/" not in unit.group(2) and \
            (looks_like_org(unit.group(1)) or re.fullmatch(r"[A-Z][\w-]*(?:\s+(?:and|of|&|[A-Z][\w-]*))+", unit.group(1))):
        return org_chain(unit.group(1)) + org_chain(unit.group(2))  # "Department of Communication / UFVP"
    if ref := OF_THE_ORG.match(text.strip()):
        # "the Screenwriting Teaching and Research Office of the School": of the school named before
        return org_chain(ref.group(1)) + [f"@{ref.group(2).lower()}"]
    if ref := THE_ORGS.match(text.strip()):
        # "the school's Department of ...": the department of the school the page names.
        return org_chain(ref.group(2)) + [f"@{ref.group(1).lower()}"]
    if part := re.match(rf"^(.+?),\s+(?:a|an|the)\s+{PART_KINDS}\s+of\s+(?:the\s+)?(.+)$", text):
        return org_chain(part.group(1)) + org_chain(part.group(2))  # "Lumenhaus Color, a division of X"
    # ", moderated the ...", ", the roundtable featured ...": a clause (", the School of X" is not);
    # "Coastal Broadcasting Network who now runs ...", "X University examined how ...": so is this
    text = re.split(r",?\s+(?:who|which|whose)\s+|\s+(?=(?:[a-z]+ed|[a-z]+s)\s+(?:how|why|what|that|whether)\b)", text)[0]
    text = without_place(clean(re.split(r",\s+(?=[a-z])(?!the\s+[A-Z])", without_place(text))[0]))
    if not text:
        return []
    if re.fullmatch(r"[\u3400-\u9fff]+", text):
        from kg.draft.han_entries import han_org_chain

        return han_org_chain(text)
    # "School of Film, Television and Multimedia, Hanul University": the first comma is the
    # name's, for the piece after it names no organisation of its own.
    if (listed := re.match(r"^((?:School|Faculty|Department|College|Institute) of [A-Z][\w-]*),\s+"
                           r"([A-Z][^,]*?(?:and|&)\s[^,]+),\s+(.+)$", text)) \
            and not looks_like_org(listed.group(2)):
        return [f"{listed.group(1)}, {listed.group(2)}"] + org_chain(listed.group(3))
    for splitter in (r"\s+at\s+(?:the\s+)?", r",(?!\s*(?:Co|Ltd|Inc|LLC|Corp)\b)\s*(?:the\s+)?"):
        parts = re.split(splitter, text, maxsplit=1)
        if len(parts) == 2 and parts[1] and (splitter.startswith(r"\s+at") or looks_like_org(parts[1])):
            return org_chain(parts[0]) + org_chain(parts[1])
    # "Kestrel University School of Film": the school of the university.
    unit = re.match(r"^(.+?\b(?:University|Universit\w+))\s+((?:School|College|Faculty|Institute|"
                    r"Department|Centre|Center|Academy)\b.+)$", text)
    if unit:
        return org_chain(unit.group(2)) + org_chain(unit.group(1))
    possessive = re.match(r"^(.+?)(?:\u2019s|'s)\s+(.+)$", text)
    if possessive and looks_like_org(possessive.group(1)) and possessive.group(1)[:1].isupper():
        return org_chain(possessive.group(2)) + org_chain(possessive.group(1))
    if possessive and GENERIC_UNIT.match(possessive.group(2)) and possessive.group(1)[:1].isupper():
        return org_chain(possessive.group(2))  # "Bellridge's School of Media": the school (its owner a short name)
    # "Facultad de Artes de la Universidad de Chile", "Curso de Cinema da Universidade X": the
    # unit of the university (the Romance "of" before it)
    if (of := ROMANCE_UNIT_OF.search(text)) and ROMANCE_UNIT_START.match(text) and \
            text[: of.start()].count("(") == text[: of.start()].count(")"):
        return org_chain(text[: of.start()]) + org_chain(text[of.end():])
    # "X of Y" is two organisations only when both X and Y are named as organisations.
    for m in reversed(list(re.finditer(r"\s+of\s+(?:the\s+)?", text))):
        left, right = text[: m.start()], text[m.end():]
        if left.count("(") > left.count(")"):
            continue  # "Dipartimento di ... (Department of Humanities)": a translation, one name
        # "Faculty of Arts and Creative Technologies" is one name: a bare type word is no unit;
        # "the Micro-drama Department of Kuaipai Video": a unit of the company named after it
        unit = re.search(r"\b(?:Department|Division|Office|Team|Unit|Bureau|Center|Centre|Branch|Channel)$", left)
        if (has_type_word(left) or unit) and " " in left.strip() and right[:1].isupper() and (
                looks_like_org(right) or unit and not re.search(r"\b(?:and|of)\b", right)):
            return org_chain(left) + org_chain(right)
    return [text]


def split_orgs(text: str) -> list[str]:
    """'Xinghe Pictures and the School of Media Arts' -> two names; 'National Radio and
    Television Administration' stays one (its first half names no organisation)."""
    m = re.search(r"\s+(?:and|&)\s+(the\s+)?", text)
    if not m:
        return [text]
    left, right = text[: m.start()], text[m.end():]
    last = words_of(left)[-1:] or [""]
    if right[:1].isupper() and (m.group(1) and looks_like_org(right) or
                                (last[0] in TYPE_WORDS or is_acronym(left)) and looks_like_org(right)):
        return [left] + split_orgs(right)
    return [text]


def acronym_parent(name: str) -> str | None:
    """'USC Annenberg School for Communication' -> 'USC': an academic unit named after its
    university's acronym."""
    words = name.split()
    if len(words) >= 3 and is_acronym(words[0]) and ACADEMIC_UNIT_WORDS & set(words_of(name)[1:]):
        return words[0]
    return None


def org_type(name: str) -> tuple[str, bool]:
    """(type, stated) from the name's words: the type word before any 'of'/'for' wins
    ('University of X' is a university; 'Center for Film of ...' a centre)."""
    if re.search(r"[\u3400-\u9fff]$", name):
        from kg.draft.han_entries import han_org_type

        type_ = han_org_type(name)
        return type_, type_ != "organization"
    words = words_of(name)
    head = words[: next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))]
    for group in (reversed(head), words):
        for w in group:
            if w in TYPE_WORDS:
                return TYPE_WORDS[w], w in STATED_TYPE_WORDS
            if w.endswith(COMPOUND_ENDINGS):  # "Filmuniversität", "Kunsthochschule"
                return ("university" if w.endswith("universität") else "school"), True
    return "organization", False


def sector(type_: str) -> tuple[str | None, bool]:
    """(sector, stated): a university's or school's sector is in its name; others inferred."""
    return SECTOR_OF_TYPE.get(type_), type_ in STATED_SECTOR_TYPES


def spelled_out(text: str, short: str) -> str | None:
    """The end of `text` that the acronym `short` abbreviates, its small words in lower case
    as some languages write them: ('... students of the École des arts numériques et du
    jeu', 'EANJ') -> 'École des arts numériques et du jeu'."""
    words = text.split()
    for k in range(len(words) - 2, -1, -1):  # the shortest such end first
        if words[k][:1].isupper() and acronym(org_tokens(" ".join(words[k:]))) == short.lower():
            return " ".join(words[k:])
    return None
