"""Walk a page's blocks and sentences and gather the draft: who took part, in what role,
with which posts, at which session of which event.

Headings are read by shape in kg/draft/headings.py; lists name people; sentences give
roles ("moderated by ..."), the event's name, dates, place and organisers.
"""

from __future__ import annotations

import re

from kg.draft import event_facts, roles
from kg.draft.chrome import is_chrome
from kg.draft.datelines import BYLINE, PAGE_DETAILS, read_dateline
from kg.draft.dates import YEAR, find_date, find_day_heading, find_relative_date, find_yearless_date
from kg.draft.entries import Entry, parse_entry, split_entries, without_degrees
from kg.draft.han_sessions import HAN_SESSION, HanSessions
from kg.draft.headings import COMMITTEE_ROLE, DEFAULT_ROLE, ROSTER_ROLE, HeadingReader
from kg.draft.labels import LabelReader
from kg.draft.model import Draft, Evidence, evidence
from kg.draft.org_names import ORG_NAME, clean, has_type_word, is_place, org_chain, spelled_out
from kg.draft.papers import Author, authors
from kg.draft.people_in_text import CLASS_YEAR, LEADING_WORDS, PeopleInText
from kg.draft.person_names import parse_name, strip_honorific
from kg.draft.posts import DEGREE, Post
from kg.draft.prose import ProseReader
from kg.draft.segment import Block, complete_part, sentences
from kg.draft.sentence_lists import SentenceLists
from kg.draft.speaker_lines import (FIRST_PERSON_ROLE, HAN_PAPER, NAME_LINES, ROLE_TITLES, TERMINAL_STOP,
                                    SpeakerLines, entry_line, is_credit, leads_with_name, name_and_post_lines,
                                    paper_line, unspaced)
from kg.identity.names import fold

# A letter's or an e-mail's sign-off, and how many lines of signature follow it.
SIGN_OFF = re.compile(r"^(?:(?:best|kind|warm|warmest)\s+(?:regards|wishes)|regards|sincerely|yours\s+(?:sincerely|"
                      r"faithfully|truly)|cheers|many thanks|warmly|ng\u0101 mihi(?:\s+nui)?|saludos(?:\s+cordiales)?|"
                      r"un saludo|cordialement|atentamente|mit freundlichen gr\u00fc\u00dfen|abra\u00e7os)[,.!]?$",
                      re.IGNORECASE)
SIGNATURE_LINES = 5
# An image's alt text on a speakers page: the name again, no fact.
ALT_TEXT = re.compile(r"(?i)^\[?\s*(?:photo|image|headshot|portrait|picture)(?:\s+of|\s*:)\s+([^\]]+?)\s*\]?$")
# Words that list people who are not there: "Apologies: Prof. X", "Unable to attend: Y".
ABSENT = re.compile(r"(?i)\b(?:apolog|regrets|absent|unable to attend|cancel|withdr[ae]w|postpone)")
EVENT_SUBJECT = re.compile(r"^(?:The|This)\s+(?:\w+\s+)?(?:symposium|event|forum|conference|"
                           r"festival|workshop|seminar|summit|programme|program)\b", re.IGNORECASE)
SESSION_PHRASE = re.compile(r"(?:\b(?:In|During|At|presided\s+over|attended|addressed|opened|closed|"
                            r"chaired|moderated)\s+the|^The)\s+(opening|closing|morning|"
                            r"afternoon|evening|first|second|final|keynote|plenary)\s+(?:speech(?:es)?\s+|report\s+)?(session|ceremony|panel|"
                            r"roundtable|discussion|link|segment)\b", re.IGNORECASE)  # ("link": a translation's 环节)
# ("The following panel ... was moderated by X": the day's next session, told after it)
ANOTHER_EVENT = re.compile(r"^(?:The\s+)?(?:next|upcoming|following(?=.*\bwill\b)|last\s+year's|previous)\s+(?:event|session|"
                           r"talk|lecture|panel|edition|screening|masterclass|conversation)s?\b", re.IGNORECASE)
OTHER_EVENTS = re.compile(r"^(?:(?:other|more|upcoming|related|past|previous|similar|latest|recent)\s+(?:events?|sessions?|talks?|notices|announcements|"
                          r"lectures?|screenings?|webinars?|posts|stories|articles|news)\b.{0,40}|(?:media|press)\s+(?:contacts?|enquiries|"
                          r"inquiries)\b.{0,80}|read more:\s*|popular on .{2,40}|most read|you may also like|"
                          r"berita terkait|noticias relacionadas|not\u00edcias relacionadas|"
                          r"articles? (?:connexes|li\u00e9s)|verwandte (?:artikel|nachrichten)|\u76f8\u5173\u65b0\u95fb|"
                          r"\u3010?(?:相关链接|相关阅读|往期推荐|推荐阅读|延伸阅读)\u3011?.{0,60}|(?:上一篇|下一篇)\s*[:\uff1a].{0,80})$",
                          re.IGNORECASE)  # (a press release's contact: no participant; related news in other languages)
JOINT_UNIT = re.compile(rf"({ORG_NAME}),\s+"
                        r"(?:a|the)\s+joint\s+(?:institute|centre|center|lab|laboratory|school|college|"
                        r"programme|program|venture|academy)\s+(?:of|between|established by|run by|"
                        r"founded by)\s+(?:the\s+)?([A-Z][^,;()]+?)\s+and\s+(?:the\s+)?([A-Z][^,.;()]+)")
TITLED_SESSION = re.compile(r"(?:\b(?:an?|the)\s+|^)(roundtable(?:\s+discussion|\s+forum)?|round-table|panel(?:\s+discussion)?|"
                            r"dialogue|keynote session|masterclass|screening|talk|lecture|session|"
                            # "Sub-forum I, themed "...", was hosted by ..."
                            r"sub-?forum(?:\s+(?:[IVX]+|\d+|one|two|three))?|parallel (?:session|forum|panel)"
                            r"(?:\s+(?:[IVX]+|\d+|[A-C]))?)\s*,?\s+"
                            # (or its name right after it: "Speaking on the panel 'Mind the Gap: ...'")
                            r"(?:(?:titled|entitled|themed|called|on the theme(?: of)?|under the theme(?: of)?|on)\s*[:,]?\s*)?"
                            r"[\"\u201c\u2018']((?:(?![\"\u201d]|[\u2019'](?!\w)).){4,150})[\"\u201d\u2019']", re.IGNORECASE)
BRACKETED_ACRONYM = re.compile(r"((?:[A-Z][\w&'.-]*\s+)(?:(?:of|for|and|&|the|de|del|des|du|la|le|für|und|di|da|do|dos)\s+|"
                               r"[A-Z][\w&'.-]*\s+)*"
                               r"[A-Z][\w&'.-]*)\s+\(([A-Z]{2,8})\)")
LOWER_CASE_ACRONYM = re.compile(r"((?:[\w'\u2019-]+\s+){2,9})\(([A-Z]{2,8})\)")
ROLE_AFTER = re.compile(r"\s+[\u2014\u2013-]\s+((?:general\s+|programme\s+|program\s+)?(?:co-)?chair|"
                        r"moderator|host|convener|convenor)\s*$", re.IGNORECASE)


# A numbered paragraph of two sentences or more, the first of them long.
# A film and its director in brackets: "Saltbush (dir. Mia Kovac, 14 min)".
FILM_BY = re.compile(r"\(\s*(?:dir\.|dir:|directed by|r\u00e9al\.)\s*([A-Z][^,()]+?)\s*"
                     r"(?:,\s*\d{1,3}\s*(?:min|mins|minutes|')\.?)?\)")
PRESS_CONTACT = re.compile(r"(?i)(?:for (?:media|press) (?:enquiries|inquiries|queries)|(?:media|press) "
                           r"(?:contacts?|enquiries|inquiries|queries)\b|notes to (?:the )?editors?\b)")
ANNEX = re.compile(r"(?i)(?:annex|annexe|appendix|anexo|attachment)\s*[A-Z0-9]?\b")
NUMBERED_PROSE = re.compile(r"^\(?\d{1,2}[.)]\s+[A-Z][^.!?]{60,}[.!?]\s+[A-Z\"\u201c]")


class PageReader(HeadingReader, LabelReader, ProseReader, SpeakerLines, SentenceLists, HanSessions):
    def __init__(self, draft: Draft):
        self.draft = draft
        self.session: str | None = None
        self.section_role: str | None = None
        self.section_org: str | None = None
        self.years: list[str] = []
        self.page_years: list[str] = []  # every year the page's text holds, its footer's too
        self.speaker: str | None = None  # whose talk the paragraph's sentences are about
        self.body_seen = False  # a paragraph, list or label has been read
        self.title_pending = True  # the page's title is its first heading after the site's chrome
        self.bio_person: str | None = None  # whose biography the next paragraph may be
        self.author: str | None = None  # the person who wrote a first-person post
        self.after_name_lines = False  # this block follows a speaker's name lines
        self.named_by_heading = -1  # the line of the last heading that was a person's name
        # The session and role before a card's tag ("KEYNOTE"), and whether its person was read
        self.card_tag: tuple[str | None, str | None, bool] | None = None
        self.speakers_per_session = False  # a "Speakers" line stood under a session: each talk lists its own
        self.credited: list[tuple[str, str]] = []  # (person, job) of the project's credit lines so far
        self.han_page = False  # most of the page in Chinese: its Chinese headings are its own
        self.colon_role: str | None = None  # the role of the paragraphs after 'Panelists are:'
        self.card_person: str | None = None  # the person of the last name card read
        self.people_in_text = PeopleInText(draft, self.add_entry)

    # --- blocks -----------------------------------------------------------------------
    def read(self, blocks: list[Block]) -> None:
        # The page's year: near its top, else anywhere ("Copyright 2024" under a story
        # whose dateline has none).
        self.years = YEAR.findall(" ".join(b.text for b in blocks[:5])) or self.page_years
        text = " ".join(b.text for b in blocks)
        self.han_page = len(re.findall(r"[\u3400-\u9fff]", text)) > len(re.findall(r"[A-Za-z]", text)) // 2
        # "Photo of Denise Crawford", "[photo: Lotte Janssens]": an image's alt text, no line of its own
        blocks = name_and_post_lines([b for b in blocks if not ((alt := ALT_TEXT.match(b.text)) and
                                                                parse_name(alt.group(1)))])
        skip = -1  # a block read with the one before it
        signed = -10  # the line of a letter's sign-off: the sender's signature follows
        ended = False  # past a press release's "-- END --": only its annexes are read on
        for i, block in enumerate(blocks):
            line = f"{block.label}: {block.text}" if block.kind == "label" else block.text
            if ended and ANNEX.match(line):
                ended = False  # "ANNEX A: PROGRAMME", "Annex B: Speaker biographies"
            elif PRESS_CONTACT.match(block.text):
                ended = True  # "For media enquiries, please contact:" (after an annex too)
            if ended or i == skip or block.line - signed <= SIGNATURE_LINES:
                continue
            if SIGN_OFF.match(block.text):
                signed = block.line  # "Ngā mihi nui," / "Kate Robertson" / "Network Coordinator" / ...
                continue
            if i + 1 < len(blocks) and (paper := authors(block.text, blocks[i + 1].text)):
                self.paper_authors(paper, block)  # "Jonas Eklund1*, Priya Nair1,3" / "1 X, 2 Y, 3 Z"
                skip = i + 1
                continue
            if re.fullmatch(r"[-\u2013\u2014#\s]*(?:ENDS|END|###)[-\u2013\u2014#\s]*", block.text) or \
                    block.kind == "heading" and block.text == "30":  # (Quebec's "– 30 –", its dashes read as a bullet's)
                ended = True  # a press release's end: notes to editors and the press contact follow
                continue
            if OTHER_EVENTS.match(line) and \
                    self.draft.people:
                break  # "Other events on the same day", "More events from this organizer": not this one's
            if block.kind in ("heading", "paragraph", "label") and \
                    (dateline := read_dateline(block.text, self.years[0] if self.years else None)):
                found, words, rest = dateline
                if found and not self.draft.published:
                    self.draft.published = (found.start, evidence(block.line, words))
                if not rest or PAGE_DETAILS.match(rest) or words.rstrip().endswith("|"):
                    # "Release time: ... Source: ... Views: ...", "March 14, 2024 | Social
                    # Communication Coordination FCC": the page's own details, its byline
                    continue
                block = Block(block.kind, block.line, rest, block.label, block.cut)
            if BYLINE.match(block.text) or is_credit(block):
                continue  # "By Staff Writer", "Editor: Sun Qing"
            if block.cut:
                kept = complete_part(block.text)
                self.draft.notes.append((evidence(block.line, block.text[len(kept):]),
                                         "the page ends mid-sentence: this last, unfinished phrase "
                                         "is left out of the draft"))
                block = Block(block.kind, block.line, kept, block.label, cut=True)
                if not kept:
                    continue
            if self.title_pending and block.kind != "heading" and not is_chrome(block.text):
                self.title_pending = False  # the body has begun: the page's title was no heading
            self.body_seen = self.body_seen or block.kind in ("paragraph", "item", "label")
            self.after_name_lines = i > 0 and blocks[i - 1].label == NAME_LINES or \
                i > 0 and self.named_by_heading == blocks[i - 1].line or \
                i > 0 and self.author is not None and blocks[i - 1].kind != "paragraph" or \
                i > 0 and blocks[i - 1].kind == "label" and self.bio_person is not None
            if block.kind != "paragraph":
                self.bio_person = None  # a biography is the paragraph after its name
            if block.kind == "heading" and (role := self.card_tag_after(blocks, i)):
                # "... bio." / "Keynote" / blank: a tag under the card it ends, not over the next
                self.draft.add_role(self.card_person, role, self.session, evidence(block.line, block.text))
            elif block.kind == "heading" and self.session and (paper := paper_line(block.text)) and \
                    (leads_with_name(paper[1]) or HAN_PAPER.match(block.text)):
                # "Farid Haddad (Lakeshore Metropolitan University): Feedback at scale" under a panel
                self.draft.add_topic(paper[0], self.session, None, evidence(block.line, block.text))
                self.entries(paper[1], block, "speaker")
            elif block.kind == "heading":
                if self.title_pending and len(blocks) > 1:
                    self.page_title(block, first=i == 0, after_chrome=all(is_chrome(b.text) for b in blocks[:i]))
                else:
                    self.heading(block)
            elif block.kind == "label":
                self.label(block)
            elif block.label == NAME_LINES:
                self.name_lines(block)
            elif block.kind == "paragraph" and len(block.text.split()) <= 16 and \
                    re.search(r"\((?:chair|moderator|host|召集人|主持人|主持|组长)\s*:", block.text, re.IGNORECASE):
                self.heading(block)  # "09:30 Opening keynote (Chair: Prof. Aino Lehtonen, ...)"
            elif block.kind == "paragraph" and len(block.text.split()) <= 20 and self.dated_speaker(block):
                pass  # "26 February – Prof. Henrik Lindqvist (Malmgård University, Sweden)"
            elif block.kind in ("item", "paragraph") and (paper := paper_line(block.text)):
                # "– “Found Footage and the GDR Family Archive” – Lena Schubert, PhD candidate, ...",
                # "1. Mikko Rantala (Harjula University), Sofie Brandt (Nordlys Film AS): 'Title'"
                self.draft.add_topic(paper[0], self.session, None, evidence(block.line, block.text))
                here = self.draft.sessions[self.session].type if self.session else ""
                self.entries(paper[1], block, "keynote-speaker" if here == "keynote" else "speaker")
            elif block.kind == "item":
                # (a press release's numbered paragraph, "5. At a panel discussion ... The
                # panellists were ...", is prose: sentences, not a list of people)
                if NUMBERED_PROSE.match(block.label + " " + block.text) and not leads_with_name(block.text) or \
                        not self.entries(block.text, block, self.item_role(), list_item=True):
                    self.paragraph(block)
            elif block.kind == "paragraph" and i > 0 and blocks[i - 1].kind == "label" and \
                    not blocks[i - 1].text.strip() and self.section_role and \
                    self.entries(block.text, block, self.item_role(), list_item=True):
                pass  # "Panelists:" over a paragraph that lists them: "A of X, title; B of Y, ..."
            elif block.kind == "paragraph" and (intro := self.colon_list(blocks, i)) and \
                    (entry := parse_entry(block.text)) and \
                    unspaced(strip_honorific(block.text)[1]).startswith(entry.person.name) and \
                    self.entries(re.sub(r"[;.]?\s*(?:and)?$", "", block.text), block,
                                 roles.colon_list_role(intro) or self.default_role(self.session)):
                pass  # "Three alumni then took the stage ...:" / "Chloe Ng (...), Story Producer at X, on ...;"
            elif self.session and not TERMINAL_STOP.search(block.text) and entry_line(block.text):
                # "Claire Vasseur, Directrice, École ..." under a session: one of its people
                self.entries(block.text, block, self.item_role(), list_item=True)
            elif not self.credits(block):
                self.paragraph(block)

    def item_role(self) -> str:
        # "... present their projects to a jury of professionals:" over a list: its role (a bare
        # 'Speakers:' or 'the guests were:' says no more than the section or session it stands in)
        if self.colon_role and self.colon_role not in ("speaker", "attendee"):
            return self.colon_role
        if self.section_role or self.session or not self.colon_role:
            return self.section_role or self.default_role(self.session)
        return self.colon_role

    @staticmethod
    def colon_list(blocks: list[Block], i: int) -> str | None:
        """The sentence ending in a colon that the block's lines, one after another, list
        under ('... took the stage for lightning talks:'), or None."""
        j = i - 1
        while j >= 0 and blocks[j].kind == "paragraph" and blocks[j].line == blocks[j + 1].line - 1:
            if blocks[j].text.rstrip().endswith(":"):
                return blocks[j].text
            j -= 1
        return None

    def default_role(self, session: str | None) -> str:
        """The role of people listed with no word for it: by the session's type, or the
        event's ('Joining him were ...' at a panel: panelists)."""
        if session:
            return DEFAULT_ROLE.get(self.draft.sessions[session].type, "speaker")
        return "panelist" if self.draft.event.type == "panel" else "attendee"

    # --- people -----------------------------------------------------------------------
    def entries(self, text: str, block: Block, role: str, list_item: bool = False) -> int:
        films = [parse_entry(m.group(1)) for m in FILM_BY.finditer(text)]
        if films and all(films):  # "Saltbush (dir. Mia Kovac, 14 min)": the film's director, its guest
            for entry in films:
                self.add_entry(entry, block, "screening-guest", inferred_role=True)
            return len(films)
        if named := ROLE_AFTER.search(text):  # "Prof. Yuki Tanabe (Kansai ...) — general chair"
            text, list_item = text[: named.start()], False
            role = roles.label_role(named.group(1)) or role
        if by := roles.BY_AFTER.search(text):
            # "with A (X) and B (Y), moderated by C": C in that role, then the others
            count = self.entries(by.group(2), block, roles.label_role(by.group(1)) or "moderator")
            return count + self.entries(text[: by.start()], block, role, list_item)
        if said := re.match(r"(?i)(?:words?|speech|address|remarks|intervention|greetings?)\s+(?:of|by|from)\s+", text):
            # "Word of Mr. Youssef EL FASSI, Director of ISMAC" (a programme's "Mot de ..."): a speech
            text, role = text[said.end():], role if role != "attendee" else "speaker"
        if (job := re.match(r"^((?:[a-z]+[/ ])*[a-z]+)\s+([A-Z][^,;]+)$", text)) and parse_name(job.group(2)):
            text = f"{job.group(2)}, {job.group(1)}"  # "film critic JUNG Hye-rin"
        text = DEGREE.sub("", text)
        # "— dir. Camila Ñancupil, prod. Tomás Vergara (Temuco)": a project's credits, the names
        text = re.sub(r"(?<![\w.])(?:co-?)?(?:dir|prod)\.(?:\s+(?:y|e|and|&|et)\s+(?:co-?)?(?:dir|prod)\.)?\s+(?=[A-Z\u00c0-\u00de])",
                      "", text)
        # "Productrice, X (ancienne déléguée générale du Festival ...)": a former post
        text = re.sub(r"\s*\((former|formerly|ancien(?:ne)?|antigu[oa]|ehemalige[rn]?|ehem\.)\s+([^)]*)\)", r"; \1 \2", text)
        # "..., Triggerfin Animation Studio — formerly a lecturer at the Nkosi School"
        text = re.sub(r"\s+[\u2014\u2013]\s+(former|formerly|previously)\s+", r"; \1 ", text)
        text = re.sub(r"\s*\(ex-\s*([^)]*)\)", r"; former \1", text)  # "Tano Studios (ex-Kijani Toons)"
        # "Clara Winkler, editor (Das stille Dorf, Grenzland)": the films in brackets, no post
        # (not "YOON Da-eun (Head of IP Business, ...)": a name's last syllable)
        text = re.sub(r"((?<![\w'\u2019-])[a-z]+)\s*\((?![^)]*\b(?:University|School|College|Academy|Institute|Films?|"
                      r"Pictures|Studios?|Media|Group)\b)[^)]*\)", r"\1", text)
        # "showrunner, “Kasi Hustle”" (not '"Zhibek Zholy" State Film Studio': part of a name)
        text = re.sub(r",?\s*\(?[\u201c\"][^\u201d\"]{2,80}[\u201d\"]\)?(?!\s+[A-Z])", "", text)  # '("The Salt Coast")'
        pieces: list[str] = []
        for piece in split_entries(text):
            # "Professor, X; former Programme Officer, Y": the second post of the same person.
            if pieces and re.match(r"(?:former|formerly|previously|also|ancien(?:ne)?|antigu[oa]|ehemalige[rn]?|ehem\.)",
                                   piece, re.IGNORECASE):
                pieces[-1] += f", {piece}"
            else:
                pieces.append(piece)
        found = [e for e in (parse_entry(p) for p in pieces) if e]
        if not found and (lead := re.match(r"^[^:()]{3,60}:\s+(?=\S)", text)) and not roles.label_role(lead.group()) \
                and not ABSENT.search(lead.group()):
            # "Joining virtually from Cape Town: Thandiwe Mokoena, Development Executive, X"
            return self.entries(text[lead.end():], block, role, list_item)
        for entry in found:
            self.add_entry(entry, block, role, inferred_role=list_item and not self.section_role)
        return len(found)

    def add_entry(self, entry: Entry, block: Block, role: str | None,
                  inferred_role: bool = False, session: str | None = ...) -> str:
        ev = evidence(block.line, entry.text)
        person = self.draft.add_person(entry.person, ev)
        if entry.alt_name and entry.alt_name not in self.draft.people[person].alt_names:
            self.draft.people[person].alt_names.append(entry.alt_name)
        for post in entry.posts:
            if post.title and post.title.lower() in ROLE_TITLES and not post.chain:
                role = ROLE_TITLES[post.title.lower()]
                continue
            org = self.draft.add_chain(post.chain, ev) if post.chain else None
            inferred = post.shared
            if org is None and self.section_org and not (post.title or "")[:1].islower():
                org, inferred = self.section_org, True
            self.draft.add_post(person, post.title, org, ev, org_inferred=inferred, current=not post.former, start=post.start)
        if not entry.posts and self.section_org:
            self.draft.add_post(person, None, self.section_org, ev, org_inferred=True)
        if role == COMMITTEE_ROLE:
            self.draft.committee.add(person)
        elif role == ROSTER_ROLE:
            self.draft.roster.add(person)
        elif role:
            where = self.session if session is ... else session
            self.draft.add_role(person, role, where, ev, inferred=inferred_role)
            if self.card_tag:  # the card's one person has the tag's role
                self.card_tag = (*self.card_tag[:2], True)
        return person

    def paper_authors(self, paper: list[Author], block: Block) -> None:
        """A paper's authors at their organisations: who presents it takes part, the others
        are spoken of (its co-authors)."""
        here = self.draft.sessions[self.session].type if self.session else ""
        for author in paper:
            name = parse_name(author.name)
            if name is None:
                continue
            entry = Entry(name, [Post(None, org_chain(clean(org))) for org in author.organisations])
            key = self.add_entry(entry, block, ("keynote-speaker" if here == "keynote" else "speaker")
                                 if author.presenting else None)
            if not author.presenting:
                self.draft.mention_person(key, self.session, evidence(block.line, block.text))

    # --- sentences --------------------------------------------------------------------
    def paragraph(self, block: Block) -> None:
        """A paragraph's sentences; a session one names ('In the opening session, ...') is
        theirs until the paragraph ends."""
        here = self.session
        self.speaker = None
        if not self.after_name_lines:
            self.bio_person = None  # a biography is the paragraph right after its name
        for k, sentence in enumerate(sentences(without_degrees(block.text))):  # "Dr. Rina Kusuma, S.Sn., M.Sn."
            self.sentence(sentence, block)
            if k == 0 and HAN_SESSION.match(sentence) or \
                    self.session and here and self.draft.sessions[self.session].parent == here:
                here = self.session  # "论坛主旨演讲环节由区志刚主持。": the paragraphs after are its
                # (and "主旨报告分为两个单元。第一单元由黄天佑主持。": the first unit's)
        self.session = here
        self.listed_paragraph(block)

    def listed_paragraph(self, block: Block) -> None:
        """'Panelists are:' and then a paragraph each ('Marisol Ortega-Yazzie '08, a first
        assistant director whose credits ...'): the person each opens with takes the role."""
        text = block.text.strip()
        if text.endswith(":"):
            self.colon_role = roles.colon_list_role(text)
        elif self.colon_role and (lead := re.match(r"^([^,;()]{3,60}?)(?:,|\s+\()", text)) and \
                lead.group(1).split()[0].lower() not in LEADING_WORDS and \
                (entry := parse_entry(CLASS_YEAR.sub("", lead.group(1)))) and not entry.posts:  # (not "Pour X, « … »")
            key = self.draft.add_person(entry.person, evidence(block.line, lead.group(1)))
            self.draft.add_role(key, self.colon_role, self.session, evidence(block.line, lead.group(1)))
        else:
            self.colon_role = None

    def sentence(self, sentence: str, block: Block) -> None:
        if ANOTHER_EVENT.match(sentence):
            return  # "The next event, on Nov. 13, will feature ...": not this event's people
        sentence = self.elections(self.bracketed_acronyms(sentence, block), block)
        for joint in JOINT_UNIT.finditer(sentence):
            # "the Xiyuan-Marlow Joint Institute ..., a joint institute of Xiyuan University and
            # Marlow University (UK)": one unit of both
            ev = evidence(block.line, joint.group())
            unit = self.draft.add_org(clean(joint.group(1)), ev)
            for parent in (joint.group(2), joint.group(3)):
                if unit and (key := self.draft.add_chain(org_chain(clean(parent)), ev)) and key != unit:
                    self.draft.set_parent(unit, key, ev)
        self.event_details(sentence, block)
        session = self.session
        if m := SESSION_PHRASE.search(sentence):
            name = f"{m.group(1).capitalize()} {m.group(2).lower()}"
            session = self.open_session(name, event_facts.session_type(name), block.line)
            if (titled := TITLED_SESSION.search(sentence)) and self.draft.sessions[session].type == "session":
                # "In the second session, a panel discussion titled '...' was held": a panel
                self.draft.sessions[session].type = event_facts.session_type(titled.group(1))
        elif m := TITLED_SESSION.search(sentence):  # 'a roundtable titled "Truth, Machines and ..."'
            session = self.open_session(m.group(2).strip(), event_facts.session_type(m.group(1)), block.line)
        elif opened := self.han_session(sentence, block):
            session = opened
        if EVENT_SUBJECT.match(sentence):
            session = None
        self.sentence_speaker(sentence)
        self.part_of(sentence, block)
        if self.author and (said := FIRST_PERSON_ROLE.search(sentence)):
            role = roles.label_role(said.group("a") or said.group("b"))
            if role and role != "attendee":
                self.draft.add_role(self.author, role, session, evidence(block.line, sentence))
        if self.biography(sentence, block, session):
            return
        if subject := self.subject(sentence):
            self.bio_sentence(sentence, block, subject)
        lead, tail = self.sentence_list(sentence, block, session)
        for part in (lead, tail):
            self.sentence_people(part, block, session)
            self.sentence_orgs(part, block, session)
        self.sentence_topics(sentence, block, session)

    def bracketed_acronyms(self, sentence: str, block: Block) -> str:
        """'the Institute of Film and Creative Media (IFCM) at ...': the acronym is another
        name of the organisation; the sentence is read without it."""
        for m in list(LOWER_CASE_ACRONYM.finditer(sentence)):  # "École des arts numériques et du jeu (EANJ)"
            if (name := spelled_out(m.group(1), m.group(2))) and re.search(r"\s[a-z]{4,}", name):
                if key := self.draft.add_chain(org_chain(name), evidence(block.line, m.group())):
                    self.draft.orgs[key].add_alt_name(m.group(2))
                sentence = sentence.replace(f"{name} ({m.group(2)})", name)
        for m in list(BRACKETED_ACRONYM.finditer(sentence)):
            words = m.group(1).split()
            # "Sandglass Games and Gulf Tech University (GTU)": from where the initials spell it
            spelled = next((k for k in range(len(words)) if "".join(w[0] for w in words[k:] if w[0].isupper()) ==
                            m.group(2)), 0)
            words = words[spelled:]
            while len(words) > 1 and (fold(words[0][:1]) != fold(m.group(2)[:1]) or words[0].lower() in ("and", "the", "of")):
                words.pop(0)  # "Sydney and the Yarra Institute of Technology (YIT)": from the Y
            name = " ".join(words)
            if is_place(m.group(2)) or re.search(r"\s(?:and|&)\s", name) and \
                    m.group(2)[:1] != name[:1]:
                continue  # "Kingsmere University (UK)": a country; "X and Y (UK)": two bodies
            # "Oberrheinischer Rundfunk (ORR)": an acronym of its own initial names an organisation
            if has_type_word(name) or fold(name[:1]) == fold(m.group(2)[:1]) and len(name.split()) >= 2:
                key = self.draft.add_chain(org_chain(name), evidence(block.line, m.group()))
                if key:
                    self.draft.orgs[key].add_alt_name(m.group(2))
        return BRACKETED_ACRONYM.sub(lambda m: m.group(1), sentence)

    def sentence_people(self, text: str, block: Block, session: str | None) -> None:
        self.people_in_text.read(text, block, session)

    # --- the event --------------------------------------------------------------------
    def set_event_name(self, name: str, block: Block) -> None:
        self.draft.event.name = name
        self.draft.event.name_evidence = evidence(block.line, name)

    def event_details(self, text: str, block: Block) -> None:
        event = self.draft.event
        if not event.name and (name := event_facts.event_name(text)):
            self.set_event_name(name, block)
        elif not event.name and not event.made_name and (name := event_facts.generic_event_name(text)):
            event.made_name = (name, evidence(block.line, text))
        if event.type == "event" and not self.session and (type_ := event_facts.event_type(text)):
            event.type, event.type_evidence = type_, evidence(block.line, text)
        if not event.start:
            year = self.years[0] if self.years else None
            found = find_date(text) or find_yearless_date(text, year) or find_day_heading(text, year)
            if found:
                self.set_date(found, block)
            elif self.draft.published and (found := find_relative_date(text, self.draft.published[0])):
                self.set_date(found, block)  # "Vistaline today hosted", "last Thursday": inferred
        if not event.place and (found := event_facts.place(text)):
            self.set_place(found, block.line, text)
        for name in event_facts.organisers(text):
            self.add_organiser(name, evidence(block.line, text))

    def set_date(self, found, block: Block) -> None:
        event = self.draft.event
        event.start, event.end = found.start, found.end
        event.date_evidence = evidence(block.line, found.words)
        event.date_inferred = found.year_inferred

    def set_place(self, found: tuple[str, str | None], line: int, text: str) -> None:
        event = self.draft.event
        if event.place:
            return
        event.place, event.place_evidence = found[0], evidence(line, text)
        if found[1]:
            event.place_org = self.draft.add_org(found[1], evidence(line, text))

    def add_organiser(self, name: str, ev: Evidence) -> None:
        key = self.draft.add_chain(org_chain(name), ev)
        if key and key not in (k for k, _ in self.draft.event.organizers):
            self.draft.event.organizers.append((key, ev))
