"""Labelled lines of a page ("Date: ...", "Venue: ...", "Moderator: A, B", "Director: X —
Y Filmes"): the event's details, or the people of the label's role."""

from __future__ import annotations

import re

from kg.draft import event_facts, roles
from kg.draft.bilingual import english_side
from kg.draft.entries import Entry, parse_entry
from kg.draft.han_entries import HAN_TITLES
from kg.draft.headings import DEFAULT_ROLE, DETAIL_LABELS
from kg.draft.label_words import CREDIT_WORDS, han_label
from kg.draft.model import evidence, person_key
from kg.draft.org_names import ACADEMIC_UNIT_WORDS, LEGAL_FORM, clean, is_place, looks_like_org, org_chain, split_orgs
from kg.draft.posts import Post
from kg.draft.segment import NO_PEOPLE, Block
from kg.draft.speaker_lines import is_name, latin, leads_with_name

DATE_LABELS = re.compile(r"^(?:date|dates|when|day|time and date|date and time|data|fecha|datum|termin)$", re.IGNORECASE)
PLACE_LABELS = re.compile(r"^(?:venue|location|place|where|address|lloc|lugar|local|ort|locatie|luogo|miejsce|sede)$",
                          re.IGNORECASE)
ORGANISER_LABELS = re.compile(r"^(?:organi[sz]ers?|organi[sz]ed by|hosted by|host institutions?|"
                              r"presented by|co-?organi[sz]ers?|co-?hosts?|veranstalter|organisateurs?|"
                              r"organizadores?|organiza|organizator(?:zy)?|organitza(?:ci\u00f3)?|organizzazione|organizza|"
                              r"organisatie|organisator|organiza\u00e7\u00e3o)$", re.IGNORECASE)
COMPANY_LABEL = re.compile(r"^(?:company|production company|producing company|produtora|productora|"
                           r"soci\u00e9t\u00e9 de production|produktionsfirma)$", re.IGNORECASE)
TOPIC_LABELS = re.compile(r"^(?:themes?|topics?|subjects?|focus)$", re.IGNORECASE)
# A film's credit before a colon: "Director: ...", "Producers: ...", "Director & Producer: ...".
JOB_LABEL = re.compile(r"^(?:co-?)?(?:directors?|producers?|screenwriters?|writers?|cinematographers?)"
                       r"(?:\s*(?:&|and)\s*(?:co-?)?(?:directors?|producers?|screenwriters?|writers?))?$|"
                       r"^(?:" + CREDIT_WORDS + r")(?:\s+(?:e|y|et|und|&)\s+(?:" + CREDIT_WORDS + r"))?$", re.IGNORECASE)


# The words of a unit that stands before its parent after a comma ("School of Film, X University").
UNIT_WORDS = ACADEMIC_UNIT_WORDS | {"division", "laboratory", "lab", "unit"}


def organisers_apart(text: str) -> list[str]:
    """'Turan-Almaty Academy of Arts, "Zhibek Zholy" State Film Studio JSC': two organisers
    ('School of Film, Jiangpan University' is one school of a university)."""
    head, sep, tail = text.partition(", ")
    if sep and not {w.lower() for w in head.split()} & UNIT_WORDS and looks_like_org(head) and looks_like_org(tail.lstrip("\"\u201c\u00ab")) \
            and not LEGAL_FORM.match(", " + tail):  # "Mangrove Video Technology Co., Ltd.": one
        return [head, *organisers_apart(tail)]
    return [text]


class LabelReader:
    """Mixin of the page reader (kg.draft.extract.PageReader): the label's line; reads and
    sets the reader's draft, session and section role, and calls its entries, heading,
    paragraph, event details and organisers."""

    def label(self, block: Block) -> None:
        word, text = block.label, english_side(block.text)
        if not latin(word) and (english := han_label(word)):
            here = self.draft.sessions[self.session].type if self.session else ""
            # 主持 presides over a ceremony (its host); a session's is its moderator, as keepers write it
            word = {"opening": "Host", "closing": "Host", "ceremony": "Host"}.get(here, english) \
                if english == "Moderator" else english
        ev = evidence(block.line, f"{word}: {block.text}")
        if DETAIL_LABELS.match(latin(word)):
            return  # "Category: Public Lectures / Talks", "Target Audience: Students, Staff": no people
        if DATE_LABELS.match(latin(word)):
            self.event_details(text, block)
        elif TOPIC_LABELS.match(latin(word)):  # "Theme: Screen education after streaming"
            for topic in re.split(r"\s*[;,]\s+(?:and\s+)?", text.strip(" .")):
                if topic:
                    self.draft.add_topic(topic, self.session, None, ev)
        elif re.fullmatch(r"(?i)address", latin(word)) and (entry := parse_entry(text)) and entry.posts:
            self.add_entry(entry, block, "speaker")  # "Address: Mr. Jian LU, Deputy Director-General, ..."
        elif PLACE_LABELS.match(latin(word)):
            found = event_facts.place(f"at {text}") or (text.split(",")[0].strip(), None)
            self.set_place(found, block.line, f"{word}: {text}")
        elif ORGANISER_LABELS.match(latin(word)):
            # ("X e.V. in Kooperation mit dem Institut Y": two organisers)
            text = re.sub(r"\s+(?:in (?:partnership|collaboration|cooperation|association) with|in Kooperation mit(?: de[mr])?|"
                          r"in Zusammenarbeit mit(?: de[mr])?|en (?:colaboración|collaboration|colaboraci\u00f3n) (?:con|avec)"
                          r"(?: la| el| le)?)\s+", "; ", text)
            for part in (q for p in re.split(r"\s*[;,]?;\s*", text) for q in split_orgs(p) for q in organisers_apart(q)):
                if looks_like_org(clean(part)):
                    self.add_organiser(clean(part), ev)  # "School of Film, Jiangpan University": a chain
                elif entry := parse_entry(part):
                    self.add_entry(entry, block, "host")
                elif part[:1].isupper() and len(clean(part).split()) >= 2:
                    self.add_organiser(clean(part), ev)  # "Red de Escuelas de Cine del Golfo (RECIG)": the label says so
        elif any(re.fullmatch(r"with|featuring|avec|con|mit", part.strip(), re.IGNORECASE)
                 for part in latin(word).split("/")):
            if text:
                self.entries(text, block, self.item_role())  # "With: A (X), B (Y)": the session's people
            else:
                self.section_role = self.default_role(self.session)  # "Avec / Con:" over a list
        elif JOB_LABEL.match(latin(word)) and self.job_label(word, text, block):
            pass  # "Director: Inês Carvalho Mota", "Producers: A — X Filmes / B — Y Produções"
        elif COMPANY_LABEL.match(latin(word)) and self.credited:
            # "Producer: PARK Min-ho" / "Company: Bada Pictures": the producer's company (one named)
            org = self.draft.add_chain(org_chain(clean(text)), ev) if " / " not in text else None
            for person, job in self.credited if org else []:
                if re.search(r"(?i)produ", job):
                    self.draft.add_post(person, job, org, ev, org_inferred=True)
        elif role := roles.label_role(word):
            here = self.draft.sessions[self.session].type if self.session else ""
            if role in ("speaker", "attendee") and here in ("panel", "roundtable"):
                role = "panelist"  # "Speakers:" under a panel are its panelists
            elif role == "speaker" and here == "keynote":
                role = "keynote-speaker"  # "KEYNOTE | Training ..." / "Speaker: Nomvula Dlamini-Shezi"
            elif role == "attendee" and here in ("masterclass", "lecture", "talk", "workshop") and \
                    re.match(r"(?i)guests?\b", latin(word)):
                role = "speaker"  # "Guest: Smt. Farida Shaikh, Film Editor" under a masterclass
            if re.fullmatch(roles.WINNER_WORDS, latin(word).strip(), re.IGNORECASE) and (work := re.match(r"^[^\u2013\u2014]{2,60}?\s[\u2013\u2014]\s(?=\S)", text)) and \
                    leads_with_name(text[work.end():]):
                text = text[work.end():]  # "Winner: The Undertow – Jess Moriarty (Director), ...": the film, then its makers
                # (their jobs on that film, no posts)
                text = re.sub(r"(?i)\s*\((?:co-?)?(?:director|producer|writer|screenwriter|editor|cinematographer|dop|"
                              r"sound(?: designer)?|composer|animator)\)", "", text)
            if not text:
                self.section_role = self.colon_role = role  # "Panelists are:" over a paragraph each
            elif not (found := self.entries(text, block, role)):  # "Keynote: The Graduate and the Market"
                # (marked, so that the heading is not read back as this label's people)
                self.heading(Block("heading", block.line, f"{word}: {text}", label=NO_PEOPLE))
            elif found == 1 and (entry := parse_entry(text)) and not entry.posts:
                # "Speaker: Héctor Barragán" over "He is director of ...": the paragraph is his biography
                key = person_key(entry.person)
                self.bio_person = key if key in self.draft.people else None
        elif word in HAN_TITLES and (entry := parse_entry(text)):
            self.add_entry(entry, block, None)  # "主任委员：曾凡宇（湘江鱼影视文化有限公司董事长）": an officer elected
        elif looks_like_org(word) and not text:
            self.section_org = self.draft.add_org(clean(word), ev)
        elif event_facts.session_type(word) != "session" and text:
            type_ = event_facts.session_type(word)
            self.open_session(f"{word}: {text}", type_, block.line)
            self.section_role = DEFAULT_ROLE.get(type_)
            if leads_with_name(text) and (entry := parse_entry(text)):
                self.add_entry(entry, block, self.section_role)  # "In Conversation: Ana Rita Fonseca"
        else:
            self.paragraph(Block("paragraph", block.line, f"{word}: {text}"))

    def job_label(self, word: str, text: str, block: Block) -> bool:
        """A film's credits in a pitching or screening programme: each person named, their job
        (the label's word, in the singular) at the company after a dash, in the session's role."""
        title = re.sub(r"(?<=[a-z])s$", "", word.strip())
        found = False
        for piece in re.split(r"\s+/\s+|;\s*", text):
            # "A — X Filmes", "Roshan Mathew Varghese, Backwater Talkies", "..., Meghna Docs (Bangladesh)",
            # "Luana de Oliveira Sá | Caju Filmes"
            names, *company = (part.strip() for part in re.split(r"\s+[\u2014\u2013|]\s+|,\s+(?=[A-Z])", piece, maxsplit=1))
            company = [re.sub(r"\s*\([^()]*\)$", "", c) for c in company if not c[:1].islower()]
            if not company and (bracket := re.fullmatch(r"(.+?)\s*\(([^()]+)\)", names)) and \
                    not is_place(bracket.group(2)):
                names, company = bracket.group(1), [bracket.group(2)]  # "OH Sang-woo (Dalbit Film)"
            # ("Joana D'Arc dos Santos e Ícaro Menezes | Ilê Produções": both at the company)
            for name in re.split(r"\s+(?:and|&|e|y|et|und)\s+(?=[A-Z\u00c0-\u00de])", names):
                if (entry := parse_entry(name)) and not entry.posts and is_name(name):
                    entry = Entry(entry.person, [Post(title, org_chain(clean(company[0])) if company else [])],
                                  entry.alt_name, piece)
                    person = self.add_entry(entry, block, self.item_role(), inferred_role=True)
                    self.credited.append((person, title))
                    found = True
        return found
