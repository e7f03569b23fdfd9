"""Lines of a page that are not sentences: a speaker's name with its title and organisation
on the lines under it, a paper listed with its speakers, a social post's author line, a news
page's credit lines, labels in two languages.
"""

from __future__ import annotations

import re

from kg.draft import event_facts, roles
from kg.draft.dates import MONTH, find_day_heading
from kg.draft.chrome import CHROME_LINES, is_breadcrumbs, is_chrome
from kg.draft.entries import LEAD, POST_NOMINALS, Entry, caps_name, parse_entry
from kg.draft.han_entries import HAN_NAME_ALONE, han_entry, han_post_line
from kg.draft.model import evidence, person_key
from kg.draft.org_names import clean, looks_like_org, org_chain, short_form_acronyms, split_orgs
from kg.draft.person_names import parse_name, strip_honorific
from kg.draft.posts import Post, parse_posts, split_titles, starts_title, title_like, without_work
from kg.draft.segment import Block
from kg.identity.names import acronym, org_tokens

# A line wholly in Chinese (its punctuation too): on an English page, the line before in translation.
CHINESE_LINE = re.compile(r"[\u3400-\u9fff\uff08\uff09()\s;\uff1b\u3001,\uff0c\u00b7\uff1a:]+")
# ('... to the end."' too; not a legal form's stop: "..., Shapla Animation Studio Ltd.")
TERMINAL_STOP = re.compile(r"(?<!\bLtd)(?<!\bInc)(?<!\bBhd)(?<!\bCo)(?<!\bCorp)(?<!\bPLC)(?<!\bLLC)[.!?\u3002\uff01\uff1f][\"\u201d\u2019')\]]*$")
# A news page's own credits ("Editor: Sun Qing"), not people at the event.
CREDIT_LABELS = re.compile(r"^(?:editors?|author|source|photos?|photographer|reporter|translator|text|"
                           r"words|copy|video|design|layout|typesetting|proofreader|reviewer|"
                           r"translated by|written by|proofread by|reviewed by|responsible editor|"
                           r"editor in charge|image|credit|责任编辑|编辑|来源|作者|摄影|记者)$", re.IGNORECASE)
# The first line of a post copied from a social network: its author and how you know them.
SOCIAL_AUTHOR = re.compile(r"^(.{3,60}?)\s*[\u2022\u00b7|]\s*(?:You|Author|1st|2nd|3rd\+?|Following|"
                           r"Verified)\b")
# What the author of a post did there, in the first person: "Thrilled to have moderated ...".
FIRST_PERSON_ROLE = re.compile(r"\b(?:I|we)\s+(?:have\s+|had\s+|was\s+|were\s+)?(?P<a>\w+ed|spoke|gave)\b|"
                               r"\b(?:[Tt]hrilled|[Hh]ono(?:u)?red|[Dd]elighted|[Pp]roud|[Ee]xcited|"
                               r"[Hh]appy|[Gg]lad|[Pp]rivileged|[Gg]rateful)\s+to\s+(?:have\s+)?"
                               r"(?P<b>\w+(?:ed)?|spoken|given)\b")
ROLE_TITLES = {"moderator": "moderator", "host": "host", "panelist": "panelist",
               "panellist": "panelist", "keynote speaker": "keynote-speaker", "chair": "chair",
               "discussant": "discussant", "speaker": "speaker", "juror": "juror"}

def latin(label: str) -> str:
    """A bilingual label's English words: '主办 Organizer' -> 'Organizer'."""
    return re.sub(r"[\u3400-\u9fff]+\s*", "", label).strip()


def is_credit(block: Block) -> bool:
    """A news page's own credit line ('Editor: Sun Qing', 'Photo: ...')."""
    # "(Text: Li Xin  Photos: Wang Hao  Editor: Zhou Qi)": the credits in brackets
    text = re.sub(r"^[(\uff08\[]\s*(.*?)\s*[)\uff09\]]$", r"\1", block.text)
    word = block.label or (re.match(r"^([^:\uff1a]{1,30})[:\uff1a]", text) or [None, ""])[1]
    return bool(word) and bool(CREDIT_LABELS.match(latin(word) or word))


CLASS_YEAR_LINE = re.compile(r"\s*\((?:[A-Z]{2,4}\s+)?['\u2018\u2019]\d{2}\)$")


def name_and_post_lines(blocks: list[Block]) -> list[Block]:
    """Speaker pages write the name on one line and the post on the next ('Marianne Holt' /
    'Head of Drama, Coastline Television'), or the title and the organisation on a line
    each ('Valentina Restrepo' / 'Dean' / 'Faculty of Audiovisual Arts, Universidad del
    Altiplano'): the lines as one entry."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        # "Marcus T. Bellweather Jr.", "Priya Venkataraman ('14)": the name, its class year aside
        line = POST_NOMINALS.sub("", CLASS_YEAR_LINE.sub("", block.text))  # "Mette Rasmussen, PhD" too
        line = HAN_NAME_AFTER.sub("", line)  # "Mr CHAN Tai-man, Peter 陳大文先生": the name in Han again
        short = block.kind == "heading" or block.kind == "paragraph" and len(line.split()) <= 6
        name = parse_name(line) if short else None
        if short and not name and (capitals := caps_name(line)):
            name = capitals[1]  # "MARIA DAS GRAÇAS TAVARES" over "Audiovisual Manager, Banco do Agreste"
        parts: list[str] = []
        if name and i + 1 < len(blocks) and blocks[i + 1].kind == "paragraph" and \
                blocks[i + 1].line == block.line + 1 and (verb := CARD_BIO_VERB.match(blocks[i + 1].text)) and \
                starts_title(blocks[i + 1].text[verb.end():]):
            # "Tobias Nguyen-Hartmann" / "ist Head of Development bei ...": the card's biography, one sentence
            out.append(Block("paragraph", block.line, f"{block.text} {blocks[i + 1].text}"))
            i += 2
            continue
        if name and HAN_NAME_LINE.fullmatch(line) and i + 1 < len(blocks) and \
                blocks[i + 1].line == block.line + 1 and han_post_line(blocks[i + 1].text):
            parts.append(blocks[i + 1].text)  # "钱志远" / "越州传媒学院副校长、教授": a Chinese card
        elif name and name.name == strip_honorific(line)[1].rstrip("."):  # "Dr. Aisha Rahmani" too
            last_line = block.line
            for following in blocks[i + 1: i + 3]:
                if parts and (following.line - last_line > 1 or following.text.isupper()):
                    break  # a blank line ends the card, and so does a heading in capitals ("MENTORS")
                last_line = following.line
                post = re.split(r"(?<=[a-z)\]*])\.\s+(?=[A-Z])", following.text, maxsplit=1)[0].rstrip(".")
                job = re.split(r",|;|\s+at\s+", post)[0]
                if not parts and following.kind == "paragraph" and (
                        starts_title(post) or title_like(job) and len(job.split()) <= 5 and
                        not re.search(r"\s(?:is|was|has|are|were)\s", job)) and not re.search(r"\s(?:is|was|has)\s", post) and \
                        (TERMINAL_STOP.search(following.text) or len(following.text.split()) > 12) and \
                        len(post.split()) <= 24 and (post.count(",") + post.count(";") >= 1 or
                                                     re.search(r"\s+at\s+(?:the\s+)?[A-Z\w]", post)):
                    # ("Technical artist, Nightjar Games (Kharkiv). Mentor of ...", "Story editor at X. ...")
                    # "Faculty member, Department of ..., X University; Festival Director of Y",
                    # "Producer, Simorgh Animation Studio (Tehran). Producer of ...": the posts, then a bio
                    parts.append(post)
                    break
                if CHINESE_LINE.fullmatch(following.text):
                    break  # the post again in Chinese ("嶺澳大學電影及創意媒體學院助理教授")
                if following.kind not in ("heading", "paragraph") or TERMINAL_STOP.search(following.text) \
                        or len(following.text.split()) > (18 if " | " in following.text else 12) \
                        or is_name(POST_NOMINALS.sub("", following.text)) or following.timed:  # (a headline: "A at X | B at Y")
                    break
                first = not parts
                head = re.split(r"[;,]", following.text)[0]  # "Film Editor; Vice-Chairperson, X Guild"
                if first and not (starts_title(following.text) or following.text.lower() in ROLE_TITLES or
                                  title_like(head) and len(head.split()) <= 5):
                    break  # a title ("VFX Producer"), or a role in the singular ('Moderator'; 'Speakers' heads a list)
                if not first and (not (looks_like_org(following.text) or following.text[:1].isupper()
                                       and not starts_title(following.text)) or CARD_DOING.match(following.text)):
                    break  # (nor "Moderating Panel 2": what the card's person does at the event)
                parts.append(following.text)
        if parts:
            out.append(Block("item", block.line, "\n".join([block.text, *parts]), NAME_LINES))
            i += 1 + len(parts)
        else:
            out.append(block)
            i += 1
    return out


# A card's biography that goes on from its name line: "is Head of ...", "ist Dozentin ...", "est productrice ...".
CARD_BIO_VERB = re.compile(r"(?:is|ist|est|es|\u00e9|\u00e8)\s+(?:(?:also|currently|now|a|an|the|ein|eine|un|une|una|um|uma)\s+)*")
# A card's last line saying what its person does at the event: "Moderating Panel 2", "Speaking at the Keynote".
CARD_DOING = re.compile(r"(?i)(?:moderating|chairing|speaking|presenting|hosting|opening|closing|in conversation)\b")
NAME_LINES = "name lines"  # the label of an item made of a name line and the lines under it


def unspaced(text: str) -> str:
    """'卢　海 (…副教授)' -> '卢海 (…副教授)': a Chinese name of two spaced to the width of three."""
    return re.sub(r"^([\u3400-\u9fff])\s+(?=[\u3400-\u9fff])", r"\1", text)


def entry_line(text: str) -> bool:
    """A line that is a person and their post and nothing else ('Dra. Lucía Ferrer Montaner,
    Catedrática de ..., Universidad del Alto Aragón')."""
    if len(text.split()) > 30:
        return False  # a paragraph that begins with a name and a post is prose, not a line
    text = LEAD.sub("", text.strip())  # "with Tommaso Dell'Acqua, cinematographer" under a masterclass
    entry = parse_entry(text)
    # The name first, then its post after a comma, a dash or a bar ('ANAND KRISHNAMURTHY —
    # Chief Content Officer, Saffron Screens (India)'), or in brackets ('OKADA Hiroshi (Dean,
    # Graduate School of ...)', not 'Salt Wind (Korea, 2025, 18 min)')
    head = unspaced(strip_honorific(text.strip())[1])
    after = re.match(rf"{re.escape(entry.person.name)}\s*(?:(,|\s[\u2013\u2014-]\s|\s\|\s)|\(([^)]*)\)\s*$)",
                     head) if entry and entry.posts else None
    return bool(after) and (bool(after.group(1)) or not re.search(r"\d", after.group(2))) \
        and not re.search(r"\b(?:said|says|is|was|were|will|has|have)\b", text)


def is_name(text: str) -> bool:
    """Whether the text is a name and nothing else ('Dr. Priyanka Venkataraman' is)."""
    name = parse_name(text)
    return bool(name) and name.name == strip_honorific(text.strip())[1]


def leads_with_name(text: str) -> bool:
    """Whether the text is a name up to its first comma or bracket ('Ana Rita Fonseca',
    'Camila Restrepo Henao, Artistic Director, FICPA'), not a talk's title."""
    return is_name(re.split(r"\s*[,(]", text)[0])


TITLED_ITEM = re.compile(r"^(?:[\u201c\"]([^\u201d\"]{4,160})[\u201d\"]|[\u2018']([^\u2019']{4,160})[\u2019'])"
                         r"\s*[\u2013\u2014-]\s*(.+)$")
# ('"Real-Time on Set" – supervisor Choi Min-jae showed how ...': the speakers end where the sentence's verb begins)
STORY_VERB = re.compile(r"\b(?:showed|presented|spoke|explained|shared|discussed|talked|walked|took|gave|led|"
                        r"introduced|demonstrated|revealed|told|described|argued|opened|closed)\b")
# ("Farid Haddad (Lakeshore Metropolitan University): Feedback at scale": the title unquoted)
AUTHORS_TITLE = re.compile(r"^(.*\([^)]+\)):\s*[\u201c\"\u2018']?([^\u201d\"\u2019]{4,200}?)[\u201d\"\u2019']?\s*$")
# "江南传媒大学博士研究生尉迟楠：《乡村振兴题材电视剧中的“返乡者”形象》": a paper after its speaker's post and name
HAN_PAPER = re.compile(r"^([\u3400-\u9fff（）()·、A-Za-z]{2,40}?)\s*[:\uff1a]\s*\u300a(.{2,80})\u300b$")
# ('BAEK Seung-ho (Hanbit University) "The Festival Circuit ..."': the title quoted, no colon;
# 'Dr. Oh Sang-woo (Senior Research Fellow, X) – The Numbers Behind ...': after a dash)
AUTHORS_QUOTED = re.compile(r"^(.*\([^)]+\))\s+(?:[\u201c\"]([^\u201d\"]{4,200})[\u201d\"]|"
                            r"[\u2013\u2014-]\s+([A-Z\u201c\"'\u2018][^()]{8,200}))\s*$")
# A lecture series' numbering and date before its speaker: "#2  3.10   Dr. Oh Sang-woo ...".
SERIES_NUMBER = re.compile(r"^#?\d{1,2}\s+\d{1,2}[./]\d{1,2}\.?\s+(?=\S)")


def paper_line(text: str) -> tuple[str, str] | None:
    """(the talk's title, who gives it) for a paper listed with its title and speakers."""
    if m := TITLED_ITEM.match(text):
        # ('"Level design in 45 minutes" – led by Layla Haddad, ...': who gives it after the cue)
        led = re.match(r"(?:led|presented|given|delivered|run|taught|hosted)\s+by\s+|with\s+(?=[A-Z])", m.group(3))
        if led:
            return m.group(1) or m.group(2), m.group(3)[led.end():]
        verb = STORY_VERB.search(m.group(3))
        return m.group(1) or m.group(2), m.group(3)[: verb.start()].strip() if verb else m.group(3)
    if (m := HAN_PAPER.match(text)) and han_entry(m.group(1)):
        return m.group(2), m.group(1)
    if (m := AUTHORS_TITLE.match(text)) and parse_entry(m.group(1).split(",")[0].split("(")[0]):
        return m.group(2).rstrip("'\u2019"), m.group(1)
    text = SERIES_NUMBER.sub("", text)
    if (m := AUTHORS_QUOTED.match(text)) and leads_with_name(m.group(1)) and \
            not (m.group(3) and not re.fullmatch(r"[\u201c\"'\u2018].*[\u201d\"'\u2019]", m.group(3)) and
                 (roles.label_role(m.group(3)) or starts_title(m.group(3)) or "," in m.group(3))) and \
            parse_entry(m.group(1)):
        # (not "Petr Malý (CZ) – CEO, Morava Studios a.s.", "Jan Dvořák (CZ) – Department of Film
        # Studies, University of Lipník": a post after the dash, no talk)
        return (m.group(2) or m.group(3)).strip("\u201c\u201d\"'\u2018\u2019"), m.group(1)
    return None


# A Chinese name alone on its line, over the line of its posts.
HAN_NAME_LINE = re.compile(HAN_NAME_ALONE)
HAN_NAME_AFTER = re.compile(r"\s+[\u3400-\u9fff]{2,5}(?:\u5148\u751f|\u5973\u58eb|\u535a\u58eb|\u6559\u6388|\u5c0f\u59d0)?$")
# What kind of event a title's words or its last bracket name: "Panel Discussion", "(Online Panel)".
EVENT_KINDS = (r"(?:panel(?:\s+discussion)?|roundtable|round\s+table|seminar|lecture|talk|workshop|masterclass|"
               r"forum|symposium|conference|webinar|screening|keynote)")
KIND_ONLY = re.compile(rf"(?i)(?:public\s+|online\s+|special\s+|guest\s+)?(?:{EVENT_KINDS}|event)s?")
KIND_BRACKET = re.compile(rf"(?i)\s*\((?:online\s+|hybrid\s+|in-person\s+)?{EVENT_KINDS}\)$")
# (also "HFM Weidenau – Hochschule für Film und Medien Weidenau": the acronym and the place)
ACRONYM_AND_NAME = re.compile(r"^([A-Z]{2,8}(?:\s+[A-Z][a-z\u00e0-\u024f]+)?)\s+[\u2013\u2014|-]\s+(.{8,120})$")


# A tag line under a speaker's card: what the card's person does at the event.
CARD_TAG_AFTER = re.compile(r"(?i)keynote(?: speaker)?|panel(?:l?ist)?|moderator|workshop|masterclass|talk|speaker|chair")


class SpeakerLines:
    """A mixin of the page reader (kg.draft.extract.PageReader): a speaker's lines, and the
    page's first line (its title, a social post's author, a date, the site's own company)."""

    def name_lines(self, block: Block) -> None:
        """A name, its title line and its organisation's line ('Valentina Restrepo' / 'Dean'
        / 'Faculty of Audiovisual Arts, Universidad del Altiplano'), or a role line in place
        of the title ('Paula Jiménez' / 'Moderator' / 'Revista Plano Secuencia')."""
        if self.card_tag and self.card_tag[2]:  # the next card: the tag over the one before is done
            self.session, self.section_role, _ = self.card_tag
            self.card_tag = None
        name, title, *rest = block.text.split("\n")
        if HAN_NAME_LINE.fullmatch(name) and not rest and (posts := han_post_line(title)) and \
                (entry := parse_entry(posts + name)):  # "钱志远" / "越州传媒学院副校长、教授"
            self.add_entry(entry, Block("item", block.line, block.text.replace("\n", ", ")), self.item_role(),
                           inferred_role=not self.section_role)
            self.bio_person = self.card_person = person_key(entry.person)
            return
        name = HAN_NAME_AFTER.sub("", CLASS_YEAR_LINE.sub("", name))  # "Dr HO Ka-lok 何嘉樂博士": no Han again
        role = ROLE_TITLES.get(title.lower())
        lone = ", ".join([name, title, *rest])
        if " | " in title:  # "Creative Director | Nordlys Animation" / "Board Member | ...": a post a line
            lone, rest = f"{name}, " + "; ".join([title, *rest]), []
        entry = parse_entry(name if role or rest else lone)
        if (whole := parse_name(name)) and "," in whole.name:  # "Mr CHAN Tai-man, Peter": one name
            entry = Entry(whole, [] if role or rest else parse_posts(", ".join([title, *rest])), None, lone)
        if entry is None:
            return
        units = title.split(", ")[1:]
        if rest and not role and any(looks_like_org(u) and not starts_title(u) and re.search(
                r"\b(?:School|Faculty|Department|College|Institute|Centre|Center|Division|Laboratory|Lab)\b", u) for u in units):
            # "Dean, Graduate School of Cinematic Content" / "Dongbaek University": the unit, then its university
            entry.posts = parse_posts(title + ", " + re.sub(r",\s+[A-Z][a-z]+$", "", rest[0]))
        elif rest and not role:  # the title line is titles only ("Programme Manager, International Co-production")
            entry.posts = [Post(t) for t in split_titles(without_work(title))]
        if rest and starts_title(rest[0]) and "," in rest[0]:
            # "Summit Chair" / "Dean, School of Film & Media Studies, X": a post of its own line
            entry.posts += parse_posts(rest[0])
        elif rest:
            org = re.sub(r",\s+[A-Z][a-z]+$", "", rest[0]) \
                if re.search(r",\s+[A-Z][a-z]+$", rest[0]) and not looks_like_org(rest[0].rsplit(",", 1)[1]) \
                else rest[0]  # "Hoshizora Pictures, Tokyo": the city is no organisation
            # "Lumenhaus Color, a division of Meridian Media Group": the company, then its group
            chain = org_chain(org) if looks_like_org(org) or re.search(r",\s+(?:a|an)\s+\w+\s+of\s", org) \
                else [clean(org)]
            chain = [c for c in (p for part in chain for p in split_orgs(part)) if c] or chain
            for post in entry.posts:
                post.chain = post.chain or chain
            if not entry.posts:
                entry.posts.append(Post(None, chain))
        self.add_entry(entry, Block("item", block.line, block.text.replace("\n", ", ")),
                       role or self.item_role(), inferred_role=not role and not self.section_role)
        self.bio_person = self.draft.people.get(person_key(entry.person)) and person_key(entry.person)
        self.card_person = self.bio_person

    def card_tag_after(self, blocks: list[Block], i: int) -> str | None:
        """The role a one-word tag line right under a name card's lines or biography gives
        that card's person ('Keynote', 'Panel', 'Moderator'), when a blank line follows it."""
        block, before = blocks[i], blocks[i - 1] if i else None
        if not (self.card_person and before and CARD_TAG_AFTER.fullmatch(block.text) and
                before.line + before.text.count("\n") + 1 == block.line and
                (i + 1 == len(blocks) or blocks[i + 1].line > block.line + 1)):
            return None
        role = roles.label_role(block.text)  # ("Workshop", "Talk", "Chair" there: a speaker)
        return role if role in ("keynote-speaker", "panelist", "moderator") else "speaker"

    def page_title(self, block: Block, first: bool = True, after_chrome: bool = False) -> None:
        if author := SOCIAL_AUTHOR.match(block.text):
            # "Funmilayo Adebayo • You": a social post, written by the person who took part.
            if entry := parse_entry(author.group(1)):
                self.author = self.add_entry(entry, block, None)
                self.bio_person = self.author
            return
        if find_day_heading(block.text, "2000") and not re.sub(
                rf"(?i)\b(?:\w+day|at|am|pm|{MONTH})\b|\d+\S*|[,\u2013\u2014:-]", "", block.text).strip():
            # "SATURDAY, MARCH 8 AT 2 PM – 6 PM": a date, and the page's title is the next heading
            self.event_details(block.text, block)
            self.title_pending = True
            return
        if after_chrome and block.line <= 2 and block.text.isupper() and len(block.text.split()) <= 6 and \
                not event_facts.event_type(block.text) and not looks_like_org(block.text):
            self.draft.site_name = evidence(block.line, block.text)  # "KRANICHWERK GAMES": the site's name in its logo's capitals
            self.title_pending = True
            return
        if KIND_ONLY.fullmatch(re.sub(r"\s*\|\s*[\u3400-\u9fff].*$", "", block.text)):
            # "Panel Discussion | 座談會" over the title: what kind of event, its name next
            self.event_details(block.text, block)
            self.title_pending = True
            return
        if (named := ACRONYM_AND_NAME.match(block.text)) and (short := short_form_acronyms(named.group(1))) and \
                acronym(org_tokens(named.group(2))) in short[0] and named.group(2).endswith(short[1]):
            # "ENSIM – École nationale supérieure de l'image de Montclaret": the site's school
            self.draft.owner = self.draft.owner or self.draft.add_org(clean(named.group(2)), evidence(block.line, block.text))
            self.draft.orgs[self.draft.owner].add_alt_name(named.group(1))
            self.title_pending = True
            return
        crumbs = is_breadcrumbs(block.text)  # ("Home/School News": no site's name)
        parts = re.split(r"\s+[|\u2014\u2013-]\s+", block.text)
        site = not crumbs and all(looks_like_org(part) and not event_facts.event_type(part) and len(part.split()) <= 8
                   and not re.search(rf"\d{{4}}|[:!?]|\s/\s|\s(?:x|{event_facts.HEADLINE_VERBS})\s", part)
                   for part in parts)
        if first and site and not self.draft.owner and len(parts) == 2 and re.search(r"(?i)\bUniversit", parts[0]) and \
                re.search(r"(?i)\b(?:School|Faculty|College|Department|Academy|Institute)\b", parts[1]):
            # "Fraserbrook University | Dunmore School of Cinema": the site's school, of its university
            self.draft.owner = self.draft.add_chain([clean(parts[1]), clean(parts[0])], evidence(block.line, block.text))
        # The site's own organisation: "Hollowbrook Studios", "Morrow Pictures at the Berlin ..."
        own = re.match(rf"^(.+?)(?:\s+(?:at|@|x|joins|in|on|{event_facts.HEADLINE_VERBS})\s+.*|"
                       r"\s*[:|\u2014\u2013-]\s+.*)?$", block.text).group(1)
        own = re.sub(r"(?<=[A-Za-z])\s+[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af].*$", "", own)  # "STUDIO KAZAMIDORI 株式会社..."
        # (not "Back to school: wrapping up ...": a name's words are capitalised)
        if not crumbs and looks_like_org(own) and len(own.split()) <= 5 and not (self.draft.owner and own == block.text) \
                and not re.search(r"\s(?!(?:of|for|and|the|de|des|du|di|da|der|und|et)\s)[a-z]", own):
            self.draft.owner = self.draft.owner or self.draft.add_org(clean(own), evidence(block.line, block.text))
        if block.line <= CHROME_LINES and (site or crumbs or is_chrome(block.text)):
            self.title_pending = True  # the site's name, menu or breadcrumbs: the title comes after
            if site and not first:
                self.heading(block)  # "Calloway University | Merriam School of ...": its units
            return
        self.title_pending = False
        self.draft.title, self.section_org = block.text, None  # the site's name heads no list
        name = event_facts.event_name(block.text)
        if not name and (kind := KIND_BRACKET.search(block.text)):
            name = block.text[: kind.start()]  # "Filming Under Fire: ... (Online Panel)": the title names it
        if name and not self.draft.event.name:
            self.set_event_name(name, block)
        self.event_details(block.text, block)
