"""A page's headings, read by shape: each shape a method that says whether the line was
one, tried in the order of HeadingReader.SHAPES (the first that takes the line wins).

A heading opens a session ("Roundtable 1: ..."), says who is listed under it ("Panelists",
"Moderator"), or which organisation ("Guests from Northbridge Film School"), or is a
person's name line, a headline, a date, the event's hosts.
"""

from __future__ import annotations

import re

from kg.draft import event_facts, roles
from kg.draft.dates import MONTH, find_date, find_day_heading
from kg.draft.entries import parse_entry, split_entries
from kg.draft.ids import record_id
from kg.draft.model import DraftSession, evidence
from kg.draft.org_names import clean, has_type_word, looks_like_org, org_chain
from kg.draft.person_names import strip_honorific
from kg.draft.posts import starts_title
from kg.draft.segment import NO_PEOPLE, Block
from kg.draft.speaker_lines import CHINESE_LINE, HAN_PAPER, is_name, leads_with_name
from kg.draft.topics import quoted_titles
from kg.identity.names import family_length

PEOPLE_LABEL = re.compile(r"^(panel|panell?ists|speakers?|guests?|moderators?|chairs?|jury|judges|hosts?)\s*:\s*(.+)$",
                          re.IGNORECASE)
# A day, a dash, a speaker: "29 January – Cathal O'Driscoll (...)", "Wed 5 March — Dr X, Y".
DATED_SPEAKER = re.compile(rf"^(?P<day>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
                           rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|"
                           rf"{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?)\s*[\u2013\u2014-]\s+(?P<who>.+)$")
TALK_TYPES = ("keynote", "talk", "lecture", "masterclass", "panel", "roundtable", "workshop")
# One talk's heading, whose words after the colon are its title ("Keynote 2: ..."), not a
# group of talks ("Keynote Presentations: Industry and Academic Perspectives").
ONE_TALK = re.compile(r"^(?:(?:opening|closing|morning|afternoon)\s+)?(?:keynote|talk|lecture|"
                      r"masterclass|keynote (?:speech|address|lecture|talk)|guest lecture|panel|"
                      r"panel discussion|roundtable|roundtable discussion|workshop|conversation|"
                      r"case study|in conversation)"
                      r"(?:\s+(?:\d+|[IVX]+))?\s*[:\u2014\u2013-]\s*(.+)$", re.IGNORECASE)
DEFAULT_ROLE = {"keynote": "keynote-speaker", "roundtable": "panelist", "panel": "panelist",
                "opening": "welcome-speaker", "screening": "screening-guest", "ceremony": "speaker",
                "lecture": "speaker", "masterclass": "speaker", "workshop": "speaker",
                "talk": "speaker", "closing": "speaker", "session": "speaker",
                "exhibition": "attendee"}
COMMITTEE = re.compile(r"^(?:organi[sz]ing|programme|program|scientific|steering|advisory|local|"
                       r"conference)\s+committee$", re.IGNORECASE)
COMMITTEE_ROLE = "committee"  # a list's people who get no role unless their line names one
# "SPEAKERS" after a programme: the people of the event, each with a biography; speakers
# unless the programme gave them a role.
ROSTER = re.compile(r"^(?:(?:our|the|featured|guest|invited|confirmed|about the|meet the)\s+)?speakers"
                    r"(?:\s+(?:and\s+(?:panell?ists|moderators|guests))?(?:bios?|biographies|profiles))?$|"
                    r"^(?:speaker\s+)?(?:bios|biographies|profiles)$", re.IGNORECASE)
ROSTER_ROLE = "roster"
# A group within a list of people, in sentence case: "Broadcasters and streamers",
# "Production companies", "Sales and festivals".
GROUP_HEADING = re.compile(r"^[A-Z][a-z]+(?:\s+(?:and|&|of)?\s*[a-z]+){0,4}s$")
# A role word over one person's card on a speakers page ("KEYNOTE", "MODERATOR").
CARD_TAG = re.compile(r"^(?:keynote(?: speaker)?|moderator|host|chair|emcee|mc)$", re.IGNORECASE)
CHAIR_IN_BRACKETS = re.compile(r"\s*\((chair|moderator|host|chaired by|moderated by|召集人|主持人|主持|组长)\s*:?\s*([^)]+)\)",
                               re.IGNORECASE)
# "动画制作组 (召集人: 亓凤霞) 围绕…展开讨论": a Chinese group or forum before its chair; what follows is its subject
HAN_GROUP = re.compile(r"[\u3400-\u9fff\w\u201c\u201d]{2,24}?(?:组|分论坛|论坛|单元|圆桌|环节|分会场|沙龙)")
BY_SENTENCE = re.compile(r"^(?:(?:Introduced|Moderated|Chaired|Hosted|Presented|Facilitated|Interviewed|"
                         r"Co-chaired|Welcome)\s+by|(?:Anim|Mod\u00e9r|Pr\u00e9sid)\u00e9e?s?\s+par|"
                         r"Moderad[oa]\s+por|Mediad[oa]\s+por)\s")  # ("Animée par X": French, Spanish, Portuguese)


# An event page's practical details, which name no one taking part.
DETAIL_LABELS = re.compile(r"^(?:categor(?:y|ies)|(?:target\s+)?audience|languages?|admission|fees?|prices?|costs?|"
                           r"tickets?|enquir(?:y|ies)|inquir(?:y|ies)|remarks?|notes?|dress\s+code|parking|capacity|"
                           r"duration|accessibility|cpd\s+points|credits)$", re.IGNORECASE)
# A session's heading that says only what kind it is; its name may follow on the next line.
BARE_KIND = re.compile(r"(?i)(?:panel(?:\s+discussion)?|keynote|roundtable|round\s+table|case\s+study|masterclass|"
                       r"workshop|lecture|talk|screening|(?:in\s+)?conversation|presentation|fireside\s+chat)")
# The sections of a ticket or event site's page around the event's own text.
PAGE_SECTION = re.compile(
    r"^(?:about(?:\s+(?:this|the))?\s+(?:event|organi[sz]er)|date(?:s)?(?:\s+(?:and|&)\s+time)?|time|location|"
    r"refund\s+policy|no\s+refunds|tags|organi[sz]ed\s+by|organi[sz]er|contact(?:\s+follow)?|follow|"
    r"report\s+this\s+event|get\s+tickets|tickets?|free|register(?:\s+now)?|share(?:\s+this\s+event)?|"
    r"online\s+event|in[- ]person\s+event|\d+\s+hours?(?:\s+\d+\s+minutes?)?|\d+\s+minutes|"
    r"[\d.,]+k?\s+followers\b.*|sales\s+end\s+soon|event\s+details|good\s+to\s+know|"
    r"more\s+events\s+from\s+this\s+organi[sz]er|back\s+to\s+.{2,40})$", re.IGNORECASE)


DATE_ONLY = re.compile(rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}})"
                       rf"(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?", re.IGNORECASE)


class HeadingReader:
    """The heading half of PageReader (kg/draft/extract.py), which holds the state these
    methods read and set: draft, session, section_role, section_org, body_seen, author."""

    SHAPES = ("chair_in_brackets", "labelled_people", "dated_speaker", "credits", "page_section", "headline",
              "author_headline", "by_sentence", "hosts", "dates", "person", "names", "organisation_section",
              "committee", "roster", "role_section", "top_line")

    def heading(self, block: Block) -> None:
        self.colon_role = None
        if self.card_tag and self.card_tag[2]:  # the next card or section: the tag is done
            self.session, self.section_role, _ = self.card_tag
            self.card_tag = None
        if CARD_TAG.match(block.text):
            # "KEYNOTE" over one speaker's card: the tag is that person's, the page goes on after
            self.card_tag = (self.session, self.section_role, False)
        for shape in self.SHAPES:
            if getattr(self, shape)(block):
                return
        self.session_heading(block)

    # --- the shapes, in the order they are tried -------------------------------------
    def chair_in_brackets(self, block: Block) -> bool:
        """'Opening keynote (Chair: Prof. Aino Lehtonen, Harjula University)': the session,
        then its chair."""
        if not (chair := CHAIR_IN_BRACKETS.search(block.text)):
            return False
        if group := HAN_GROUP.fullmatch(block.text[: chair.start()].strip()):
            self.open_session(group.group(), "roundtable" if group.group().endswith("组") else session_type(group.group()), block.line)
            self.section_role = None
        elif rest := (block.text[: chair.start()] + block.text[chair.end():]).strip(" (:"):
            self.heading(Block("heading", block.line, rest))
        self.entries(chair.group(2), block, roles.label_role(chair.group(1)) or "chair")
        return True

    def labelled_people(self, block: Block) -> bool:
        """'Panel: Marta Kowalska (Ironbark VFX), Dev Chaudhary (Pipkin Animation)': the
        people of the label's role, not a session called so ('Panel: Who Finances ...?')."""
        if block.label == NO_PEOPLE or not (m := PEOPLE_LABEL.match(block.text)):
            return False  # (a label read before, whose entries named no one)
        pieces = split_entries(m.group(2))
        found = [e for e in (parse_entry(p) for p in pieces) if e]
        if not found or len(found) < len(pieces) or len(found) == 1 and not found[0].posts:
            return False
        self.label(Block("label", block.line, m.group(2), m.group(1)))
        return True

    def dated_speaker(self, block: Block) -> bool:
        """'29 January – Cathal O'Driscoll (Head of Development, Turlough Films)': a series' talk
        on a day, given by the person the line names (its title comes on the next line)."""
        if not (m := DATED_SPEAKER.match(block.text)) or not (entry := parse_entry(m.group("who"))):
            return False
        self.dates(Block(block.kind, block.line, m.group("day")))
        self.open_session(block.text, "lecture", block.line)
        self.section_role = None
        self.add_entry(entry, block, "speaker", inferred_role=True)
        return True

    def page_section(self, block: Block) -> bool:
        """'About this event', 'Date and time', 'Refund Policy', '1.4k followers': the parts of
        a ticket or event site's page, no session (what follows is the event's own)."""
        if (label := re.match(r"^([^:]{2,30}):", block.text)) and DETAIL_LABELS.match(label.group(1)) or \
                CHINESE_LINE.fullmatch(block.text) and not self.han_page:
            return True  # "Category: Public Lectures / Talks"; a Chinese line of an English page (its translation)
        if not PAGE_SECTION.match(block.text):
            return False
        self.session, self.section_role, self.section_org = None, None, None
        return True

    def headline(self, block: Block) -> bool:
        """A news headline before the body: the event's details, no session, no organisation."""
        if self.body_seen or len(block.text.split()) <= 7 or re.search(r"\d{1,2}[:.]\d{2}|\|", block.text):
            return False
        self.event_details(block.text, block)
        return True

    def author_headline(self, block: Block) -> bool:
        """A social post's headline under its author: 'Senior Lecturer, ... at X University | ...'."""
        if not (self.author and not self.body_seen and starts_title(block.text)):
            return False
        name = self.draft.people[self.author].name.name
        if entry := parse_entry(f"{name}, {block.text.split('|')[0]}"):
            self.add_entry(entry, block, None)
        return True

    def by_sentence(self, block: Block) -> bool:
        """'Introduced by Prof. Arvind Kulkarni, Director, ...': a sentence, not a heading."""
        if not BY_SENTENCE.match(block.text):
            return False
        self.paragraph(block)
        return True

    def hosts(self, block: Block) -> bool:
        """'Hosted by the Wexford School of Animation in partnership with ...'."""
        names = event_facts.organisers(block.text)
        for name in names:
            self.add_organiser(name, evidence(block.line, block.text))
        return bool(names)

    def dates(self, block: Block) -> bool:
        """The event's date, or a day of the programme ('Day 2 — Wednesday 11 October', the
        year from the page). The line may say more, so it is read on (False)."""
        event = self.draft.event
        if not event.start and (found := find_date(block.text)):
            self.set_date(found, block)
        elif day := find_day_heading(block.text, self.years[0] if self.years else None):
            if not event.start:
                self.set_date(day, block)
            elif day.start > event.start and event.date_inferred == day.year_inferred:
                event.end = day.start
        # "EDITING MASTERCLASS WITH X" over "Tuesday, March 5": the day of that session, no
        # session of its own
        return bool(DATE_ONLY.fullmatch(block.text))

    def person(self, block: Block) -> bool:
        """A person's line: a name with a post, or a bare name whose form ('Prof.', capitals,
        family name first) or the list it stands in says it is a person ('Looking Ahead' is not)."""
        text = block.text
        entry = parse_entry(text)
        if not entry or re.match(r"^[^:]*\w:", text) or block.timed and not entry.person.honorific:
            return False  # "3:30 PM – 5:00 PM / Speed Mentoring": a session, not a person
        strong = entry.person.honorific or entry.person.order == "family-first" or \
            any(w.isupper() and len(w) > 1 for w in entry.person.name.split())
        if entry.person.name == strip_honorific(text)[1] and (strong or self.section_role) \
                or any(post.title for post in entry.posts) \
                or any(has_type_word(org) for post in entry.posts for org in post.chain):
            # the paragraph under the name is the person's biography ("Gareth is Dean of ...")
            self.bio_person, self.named_by_heading = self.add_entry(entry, block, self.item_role()), block.line
            return True
        return False

    def names(self, block: Block) -> bool:
        """'Fenella Ashdown-Wright, Callum MacAskill, Dr Lena Hoffmann-Berg' under a session's
        line: its people (only names, two or more), not a session of that name."""
        pieces = split_entries(block.text)
        if len(pieces) < 2 or ":" in block.text or not all(
                (entry := parse_entry(piece)) and not entry.posts and is_name(piece) for piece in pieces):
            return False
        self.entries(block.text, block, self.item_role())
        return True

    def organisation_section(self, block: Block) -> bool:
        """'Guests from Northbridge Film School', 'Kansai Institute | Graduate School of Film':
        the organisation of the people listed under it (and, under the page's title, the host)."""
        text = block.text
        parts = [p.strip() for p in re.split(r"\s+[|\u00b7\u2022]\s+", text)]
        if len(parts) == 2 and all(looks_like_org(p) for p in parts) and not re.search(r"\d", text):
            text = f"{parts[1]}, {parts[0]}"  # the school's, of the institute
        role = roles.label_role(text)
        org_text = re.sub(r"^(?:(?:guests?|speakers?|participants?|delegates?)\s+)?from\s+", "",
                          text, flags=re.IGNORECASE)
        if not (looks_like_org(org_text) and " " in org_text.strip()
                and event_facts.session_type(text) == "session" and not event_facts.event_type(text)
                and not re.search(r"\d|\s[\u2013\u2014-]\s", text)
                # (no sentence: "Kenji Morikawa leads virtual production at Bluefin Studios Asia, where ...")
                and not re.search(r"\b(?!(?:of|for|and|the|at|in|on|de|du|des|la|le|di|da|do|del|dos|und|f\u00fcr)\b)"
                                  r"[a-z]{3,}\b", org_text)
                and (role is None or org_text != text)):
            return False
        self.section_org = self.draft.add_chain(org_chain(clean(org_text)), evidence(block.line, text))
        if not self.draft.people and not self.draft.sessions and not self.draft.event.organizers:
            # The line under a page's title naming an organisation: who holds the event.
            self.draft.event.organizers.append((self.section_org, evidence(block.line, text)))
            self.draft.event.organizers_inferred = True
        if role:
            self.section_role = role
        return True

    def committee(self, block: Block) -> bool:
        """'Organising committee': people of the event who need not take part in it."""
        if not COMMITTEE.match(block.text):
            return False
        self.section_role, self.section_org = COMMITTEE_ROLE, None
        return True

    def roster(self, block: Block) -> bool:
        """'SPEAKERS' after sessions that have their people: the event's people, each with a
        biography; no session's, and a role only for those the programme gave none."""
        # (under the last session, one with no people of its own, "Closing & Networking
        # Drinks", when the sessions before gave theirs)
        if not (ROSTER.match(block.text) and (self.session is None or any(
                r.session == self.session for r in self.draft.roles) or
                len({r.session for r in self.draft.roles if r.session}) >= 2)):
            return False
        here = self.draft.sessions[self.session] if self.session else None
        held = {r.role for r in self.draft.roles if r.session == self.session} if here else set()
        if here and block.line - here.evidence.line <= 6 and (
                held in ({"moderator"}, {"chair"}) or self.speakers_per_session and not held):
            # "PANEL: ..." / "Moderator: X" / "SPEAKERS" right under them, or a "Speakers" line
            # under each talk of the page: the session's own speakers
            return False
        self.section_role, self.section_org, self.session = ROSTER_ROLE, None, None
        return True

    def role_section(self, block: Block) -> bool:
        """'Panelists', 'Moderator': the role of the people listed under it."""
        role = roles.label_role(block.text)
        if not (role and len(block.text.split()) <= 3
                and event_facts.session_type(block.text) in ("session", "talk")):
            return False
        self.section_role, self.section_org = role, None
        self.speakers_per_session = self.speakers_per_session or bool(self.session and ROSTER.match(block.text))
        return True

    def top_line(self, block: Block) -> bool:
        """A line at the page's top ('X remembers Y', a headline): the page's, no session."""
        text = block.text
        if self.body_seen or re.search(r"\bsession\b|\d{1,2}[:.]\d{2}", text, re.IGNORECASE):
            return False
        if not (event_facts.session_type(text) == "session" and not roles.label_role(text)
                or len(text.split()) > 7):
            return False
        self.event_details(text, block)
        return True

    def session_heading(self, block: Block) -> None:
        """What no other shape took: a session's heading, with its guest where it names one."""
        text = block.text
        if self.section_role and GROUP_HEADING.match(text) and event_facts.session_type(text) == "session" \
                and not block.timed and not re.search(r"(?i)presentations|sessions|talks|speeches", text):
            return  # "Industry guests" / "Production companies": a group of the list, no session
        if (by := roles.BY_AFTER.search(text)) and (entry := parse_entry(by.group(2))):
            # "Panel discussion, moderated by Sanne Kuipers": the session, then its moderator
            self.session_heading(Block(block.kind, block.line, text[: by.start()], timed=block.timed))
            self.add_entry(entry, block, roles.label_role(by.group(1)) or "moderator")
            return
        current = self.draft.sessions.get(self.session) if self.session else None
        if current and BARE_KIND.fullmatch(current.name) and block.line - current.evidence.line == 1 and \
                not re.search(r"[:|]", text) and not leads_with_name(text):
            current.name = text  # "10:00–11:30 | PANEL" / "Co-producing in Central Europe ...": the panel's name
            self.conversation_guest(text, block)
            return
        type_, role = event_facts.session_type(text), roles.label_role(text)
        self.open_session(text, type_, block.line)
        # "IN CONVERSATION | Sofia Marchetti", "In Conversation: Ana Rita Fonseca"
        guest = re.match(r"^(?:[^|:]{2,40}\s\||(?i:in conversation|conversation|fireside chat|in dialogue):)\s+(.+)$", text)
        # ("主旨演讲一｜黄子轩：《出海第三年》": the speaker, then the talk's title)
        who, talk = (titled.groups() if guest and (titled := HAN_PAPER.match(guest.group(1)))
                     else (guest.group(1) if guest else "", None))
        # (not "对话一｜平台视角": four characters alone, a family name of one, are a topic)
        if guest and leads_with_name(who) and (entry := parse_entry(who)) and \
                not (re.fullmatch(r"[\u3400-\u9fff]{4}", who) and family_length(who) == 1):
            self.add_entry(entry, block, DEFAULT_ROLE.get(type_, "speaker"))
            if talk:
                self.draft.add_topic(talk, self.session, None, evidence(block.line, text))
        else:
            self.conversation_guest(text, block)
        if role == "speaker" and DEFAULT_ROLE.get(type_, "speaker") != "speaker":
            role = None  # "Opening session": its people are its welcome speakers, as its type says
        self.section_role = role if role not in (None, "attendee") or type_ == "session" else None
        self.section_org = None
        if (guest := re.search(r"\bwith\s+(.+)$", text)) and (entry := parse_entry(guest.group(1))):
            self.add_entry(entry, block, self.item_role())  # "Masterclass with Director Kim Ji-woo"
        elif (guest := re.search(r"\b(?:led|given|taught|conducted|presented|run)\s+by\s+(.+)$", text)) and \
                (entry := parse_entry(guest.group(1))):
            self.add_entry(entry, block, DEFAULT_ROLE.get(type_, "speaker"))  # "Writing workshop ... led by Mrs. X"

    def conversation_guest(self, text: str, block: Block) -> None:
        """'Aisling Nic Giolla Bhríde in Conversation': the session's guest, a speaker; 'FICO
        Encontros: Edvaldo Nogueira em conversa com Renata Sobral': the guest, then who asks."""
        if (guest := re.match(r"^(.+?)\s+(?i:in conversation|in dialogue)$", text)) and \
                leads_with_name(guest.group(1)) and (entry := parse_entry(guest.group(1))):
            self.add_entry(entry, block, "speaker")
        elif (pair := re.match(r"^(?:[^:]{2,60}:\s+)?(.+?)\s+" + roles.IN_CONVERSATION_WITH + r"\s+(.+?)\.?$", text)) and \
                leads_with_name(pair.group(1)) and (guest := parse_entry(pair.group(1))) and \
                (host := parse_entry(pair.group(2))):
            self.add_entry(guest, block, "speaker")
            self.add_entry(host, block, "interviewer")

    def open_session(self, name: str, type_: str, line: int) -> str | None:
        name = re.sub(r"^\u3010(.+)\u3011$", r"\1", name)  # "【第一阶段：成立大会】"
        if not re.search(r"\w", name):
            return self.session  # no words, no session
        key = record_id(re.split(r"[:\u2014\u2013]", name)[0], fallback="session")
        existing = self.draft.sessions.get(key)
        if existing is None or existing.name != name:
            base, n = key, 2
            while key in self.draft.sessions and self.draft.sessions[key].name != name:
                key, n = f"{base}-{n}", n + 1
            self.draft.sessions.setdefault(key, DraftSession(key, name, type_, evidence(line, name)))
            # What a talk is about is its title: "Keynote: 'The Graduate and the Market'".
            title = quoted_titles(name)
            if not title and type_ in TALK_TYPES and (m := ONE_TALK.match(name)):
                title = [m.group(1).strip(" \u201c\u201d\"'")]
            for text in title:
                if not leads_with_name(text):  # "In Conversation: Ana Rita Fonseca": a guest
                    self.draft.add_topic(text, key, None, evidence(line, name))
        self.session = key
        self.credited = []  # a new project's credits begin
        return key
