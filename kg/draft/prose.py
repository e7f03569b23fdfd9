"""Sentences about people and talks: biographies ('Hannah Osei is Head of Development at
...', 'She was previously ...'), whose talk a paragraph speaks of ('WANG focused on ...')
with the topics and organisations it gives; and a screening's lines (a film credited to its
director, 'Q&A with ...').

A mixin of the page reader (kg.draft.extract.PageReader), whose draft, people in text and
entries it uses.
"""

from __future__ import annotations

import re

from kg.draft import event_facts, roles
from kg.draft.elections import elected, founded_body
from kg.draft.entries import Entry, parse_entry
from kg.draft.former_posts import dated_posts, former_posts
from kg.draft.model import evidence
from kg.draft.org_names import LISTED_UNIT, ORG_NAME, PART_KINDS, has_type_word, org_chain, split_orgs
from kg.draft.people_in_text import LEADING_WORDS
from kg.draft.person_names import name_runs, parse_name
from kg.draft.posts import Post, starts_title, without_kind
from kg.draft.segment import Block
from kg.draft.topics import topics_in

# Words that begin a sentence before an organisation's name, and "the" after them.
# (and a month: "On Friday 22 August the Department hosted ...")
LEADING = re.compile(r"^(?:(?:The|In|On|At|From|January|February|March|April|June|July|August|September|October|"
                     r"November|December|" + "|".join(w.title() for w in sorted(LEADING_WORDS)) + r")\s+)+(?:the\s+)?")

# A biography: "Hannah Osei is Head of Development at ...", "Marco Ricci is a screenwriter".
BIO = re.compile(r"^((?:(?:[A-Z\u00c0-\u00de][\w.'\u2019-]*|van|von|der|den|de|la|le|da|di|du|del|N\u00ed|Nic|Mac|"
                 r"U\u00ed)\s+){1,5}?[A-Z\u00c0-\u00de][\w'\u2019-]+)(?P<aside>\s+\([^()]*\)|\s+['\u2018\u2019]\d{2}\b)?"
                 r"(?:\s+(?P<verb>is|ist|est|es|\u00e9|\u00e8)|\s+[\u2013\u2014])\s+"
                 r"(?:also\s+|currently\s+|now\s+)?(?:an?\s+|the\s+)?"
                 r"(?:[A-Z][\w-]*-based\s+)?(?P<what>.+)$")
BIO_END = (r",\s+(?:where|who|which|whose)\b|\s+whose\b|\s+(?:based|living|working)\s+in\b|\.\s|"
           r"\s+and\s+(?:a|an)\s+(?:graduate|alumn\w*|former\s+student)\b|,\s+part\s+of\b")
# "Kamau is the founder of ...", "Kamau, who graduated in 2012, is also the chair of ...": the
# subject (one of the person's names, checked by the caller) and what it is (the clause says no post).
SUBJECT_IS = re.compile(r"^(.+?)(?:,\s+who\s+[^,]+,)?\s+is\s+(?:also\s+|currently\s+|now\s+)?(?:an?\s+|the\s+)?(.+)$")
# A biography's interests are the person's, not a talk's: "Her research focuses on ...".
NOT_A_TALK = re.compile(r"\b(?:research|work|practice|teaching|scholarship|writing|films?|career|"
                        r"interests?|book|thesis|dissertation|studio|company)\s+(?:\w+\s+)?"
                        r"(?:focus|centre|center|explore|examine|address|deal|engage|look)", re.IGNORECASE)


# "where she directs the Corrib Centre for Screenwriting": a post the verb names (the title
# is kg's word for it, marked inferred).
LEADS = {"directs": "Director", "co-directs": "Co-director", "heads": "Head", "chairs": "Chair", "leads": "Lead",
         "manages": "Manager", "coordinates": "Coordinator", "convenes": "Convener", "runs": "Head",
         "founded": "Founder", "co-founded": "Co-founder", "sits on the board of": "Board member",
         "serves on the board of": "Board member"}
# (also "She chairs the ...", "... and co-directs the ...": the biography's subject; "chairs
# the education committee of X": Chair of the education committee, at X)
WHERE_SHE = re.compile(r"(?:\b(?:where|and)\s+(?:he|she|they)\s+|^(?:He|She|They)\s+|\band\s+)(?:also\s+|now\s+|currently\s+)?(" +
                       "|".join(LEADS) + r")\s+(?:the\s+)?(?:([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+of\s+(?:the\s+)?)?"
                       r"([A-Z][\w&'\u2019.-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w&'\u2019.-]*)*"
                       r"(?:\s+(?:research\s+)?(?:group|lab|network|collective|programme|program|initiative))?)(?![\w'\u2019])")


PART_OF = re.compile(rf"({ORG_NAME})(?:\s*\([^)]{{1,60}}\))?,\s+(?:a\s+|the\s+)?(?:wholly[- ]owned\s+)?"
                     rf"(?:{PART_KINDS}|sister\s+company)\s+of\s+"
                     rf"(?:the\s+)?({ORG_NAME})")
ORG_HEAD = re.compile(rf"({ORG_NAME})\s+\(((?:[A-Z][\w-]*\s+){{1,3}}?)((?:[A-Z]{{2,}}\s+[A-Z][\w-]+)|"
                      rf"(?:[A-Z][\w-]+\s+[A-Z]{{2,}}))\)")
# "Established in 2018 under the umbrella of the Emirates Screen Authority, Saraab Film Academy is"
UNDER_UMBRELLA = re.compile(rf"\bunder\s+the\s+(?:umbrella|aegis|auspices)\s+of\s+(?:the\s+)?({ORG_NAME}),\s+"
                            rf"(?:the\s+)?({ORG_NAME})\s+(?:is|was|has|operates)\b")


NOT_ORG = re.compile(r"\b(?:Awards?|Prizes?|Medal|Oscars?)\b")
ORG_RUN = re.compile(rf"{LISTED_UNIT}|"
                     r"[A-Z][\w&'\u2019.-]*(?:\s+(?:(?:of|for|and|&|the|de|on|at)\s+)*"
                     r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w&'\u2019.-]*)*")

# Words that tell what a talk said: the organisations in such a sentence are its mentions.
TALK_WORDS = re.compile(r"\b(?:said|says|noted|shared|cited|citing|drew on|drawing on|pointed to|reminded|"
                        r"referred to|referring to|mentioned|praised|criticised|criticized|highlighted|"
                        r"described|discussed|presented|showed|quoted|recalled|warned|argued|announced|"
                        r"policy|policies|report|scheme|regulation|rules)\b", re.IGNORECASE)

FILM_CREDIT = re.compile(r"^.+?\([^)]*\b(?:19|20)\d\d\b[^)]*\)\s*[\u2013\u2014-]\s*(?:dir\.|directed by|"
                         r"director:?)\s+(.+)$", re.IGNORECASE)
GUESTS_WITH = re.compile(r"^(?:[^:]{0,30}:\s*)?(?:Q\s*&\s*A|GV(?:\s*\(Guest Visit\))?|Guest Visit|"
                         r"Post-screening (?:talk|discussion|Q\s*&\s*A)|Meet the (?:director|filmmakers?))"
                         r"\s+with\s+(.+)$", re.IGNORECASE)


class ProseReader:
    def sentence_speaker(self, sentence: str) -> None:
        """A sentence that begins with a speaker's name ('WANG focused on ...', 'CHEN's
        keynote addressed ...') speaks of that speaker's talk, and so do the paragraph's
        next sentences ('He shared ...')."""
        runs = name_runs(sentence)
        if runs and runs[0][0] <= 2:
            found = self.people_in_text.known_or_new(sentence, runs[0][0],
                                                     sentence[runs[0][0]:runs[0][1]])
            if found and isinstance(found[0], str):
                # "James WANG and Xiaoda CHEN delivered ...": both talks, no one's own.
                both = len(runs) > 1 and re.fullmatch(r"\s+(?:and|&)\s+",
                                                      sentence[runs[0][1]:runs[1][0]])
                self.speaker = None if both else found[0]

    def elections(self, sentence: str, block: Block) -> str:
        """'毕玉珍当选理事长': a post at the body the meeting founds, from its day; the sentence
        without those clauses (their words name no organisation and give no other role)."""
        found = elected(sentence) if "当选" in sentence else []
        body = founded_body(self.draft.event.name) if found else None
        for (start, end), pieces, title in reversed(found):
            ev = evidence(block.line, sentence[start:end])
            org = self.draft.add_org(body, ev) if body else None
            for piece in pieces:
                if entry := parse_entry(piece):
                    key = self.add_entry(entry, block, "attendee", inferred_role=True, session=None)
                    self.draft.add_post(key, title, org, ev)
                    for post in self.draft.people[key].posts:
                        post.elected = post.elected or (post.title, post.org) == (title, org)
            sentence = sentence[:start] + sentence[end:]
        return sentence

    def sentence_topics(self, sentence: str, block: Block, session: str | None) -> None:
        """What the sentence says a talk was about."""
        if NOT_A_TALK.search(sentence):
            return
        ev = evidence(block.line, sentence)
        for _, text in topics_in(sentence):
            self.draft.add_topic(text, session, self.speaker, ev)

    def biography(self, sentence: str, block: Block, session: str | None) -> bool:
        """'Hannah Osei is Head of Development at Brightwater Films, where ...': the person
        and their posts, in the role of the list the biography stands in."""
        m = BIO.match(sentence)
        if not m and (lead := re.match(r"(?:Born|Raised|Based|Trained|Educated)\b.*?,\s+(?=[A-Z\u00c0-\u00de][^,]*\sis\s)",
                                       sentence)):
            m = BIO.match(sentence[lead.end():])  # "Born in Moncton and raised in Richmond, B.C., Élise ... is a"
        if not m or not parse_name(m.group(1)):
            return False
        description = re.split(BIO_END, m.group("what"))[0]
        if (m.group("verb") not in (None, "is") or m.group("verb") and m.group("aside") and
                not re.search(r"\d{2}\)?$", m.group("aside"))) and not starts_title(description):
            return False  # "Rheinufer Talents ist das Nachwuchsprogramm ...", 'Fís Óg ("young vision") is the ...'
        entry = parse_entry(f"{m.group(1)}, {description}")
        if not entry or not entry.posts:
            return False
        self.bio_person = self.add_entry(entry, block, self.item_role(), session=session)
        self.bio_sentence(sentence, block, self.bio_person)
        return True

    def part_of(self, sentence: str, block: Block) -> None:
        """'Halcyon Pictures, part of the Meridian Entertainment Group', 'Starlit Contents (CEO
        YOON Ji-won), a subsidiary of Haneul Group', 'under the umbrella of X, Y is': the
        group is the company's parent."""
        for m in PART_OF.finditer(sentence):
            self.draft.add_chain([m.group(1), m.group(2)], evidence(block.line, m.group()))
        for m in UNDER_UMBRELLA.finditer(sentence):
            self.draft.add_chain([m.group(2), m.group(1)], evidence(block.line, m.group()))
        for m in ORG_HEAD.finditer(sentence):
            # "Gaon University (President KIM Sung-ho)", "Starlit Contents (CEO YOON Ji-won)": the
            # organisation's head, by name (a title and a name in brackets follow only a body)
            name = parse_name(m.group(3))
            if name and starts_title(m.group(2)) and not re.match(r"(?:The|This|That|It)$", m.group(1)):
                self.add_entry(Entry(name, [Post(m.group(2).strip(), org_chain(m.group(1)))]), block, None)

    def subject(self, sentence: str) -> str | None:
        """The person a sentence is about: the biography it stands in, or a known person its
        first words name ('Mr. Iyer, formerly President of ..., argues')."""
        if self.bio_person:
            return self.bio_person
        sentence = re.sub(r"^[A-Z][\w ]{0,20}:\s+", "", sentence)  # "Abstract: Mr. Iyer, ..."
        runs = name_runs(sentence)
        if runs and runs[0][0] <= 2:
            found = self.people_in_text.known_or_new(sentence, runs[0][0], sentence[runs[0][0]:runs[0][1]])
            if found and isinstance(found[0], str):
                return found[0]
        return None

    def bio_sentence(self, sentence: str, block: Block, subject: str) -> None:
        """A sentence of a person's biography: the posts it says they held before ('She was
        previously Head of Post-production at X'), and the one it says they hold when it
        names them by their given name ('Paula is editor-in-chief of X')."""
        person = self.draft.people[subject]
        if len(sentence.split()) <= 3 and (role := roles.label_role(sentence.strip(" ."))):
            # "Taras Hnatiuk — Rector, X. Welcome address.": what the person does at the event
            self.draft.add_role(subject, role, self.session, evidence(block.line, sentence))
            return
        name = person.name
        calls = {w for w in (name.given, name.family, name.name) if w}
        if not (re.search(r"\b(?:he|she|they|his|her|their|er|sie|il|elle|ella|ele|ela)\b", sentence, re.IGNORECASE) or
                re.match(r"^(?:A former|Before|Prior|Previously|Formerly|Earlier)\b", sentence) or
                any(w in sentence for w in calls)):
            return  # a sentence about someone or something else
        ev = evidence(block.line, sentence)
        for title, org in former_posts(sentence):
            key = self.draft.add_chain(org_chain(org), ev)
            self.draft.add_post(subject, title, key, ev, current=False)
        for title, org, start, end in dated_posts(sentence):
            key = self.draft.add_chain(org_chain(org), ev)
            self.draft.add_post(subject, title, key, ev, current=False)
            self.draft.people[subject].posts[-1].start, self.draft.people[subject].posts[-1].end = start, end
        for m in WHERE_SHE.finditer(sentence):  # "..., where she directs the Corrib Centre"
            if re.search(r"['\u2019]s$", m.group(3)):
                continue  # "leads the Screen Futures Lab's survey": not the lab
            posts = self.draft.people[subject].posts
            at = posts[-1].org if posts and posts[-1].org else None
            key = self.draft.add_chain(org_chain(m.group(3)), ev)
            title = f"{LEADS[m.group(1)]} of the {m.group(2)}" if m.group(2) and " of " not in m.group(1) else LEADS[m.group(1)]
            self.draft.add_post(subject, title, key, ev, title_inferred=True)
            if key and at and at != key and not self.draft.orgs[key].parents and \
                    self.draft.orgs[at].type == "university":
                self.draft.set_parent(key, at, ev)  # "Professor at X University, where she directs Y"
                self.draft.orgs[key].parent_inferred = True
        if (m := SUBJECT_IS.match(sentence)) and starts_title(m.group(2)) and (m.group(1) in calls or m.group(
                1) in ("He", "She", "They") and not re.match(r"(?:co-)?author\b", m.group(2))):
            # ("He is director of X": the biography's subject; "She is the author of <a book>": no post)
            description = re.split(BIO_END + r"|\s+and\s+(?:was|is|has)\b", m.group(2))[0]
            description = without_kind(description)  # "of the film magazine Revista Plano Secuencia"
            entry = parse_entry(f"{name.name}, {description.rstrip('.')}")
            for post in entry.posts if entry else []:
                self.draft.add_post(subject, post.title,
                                    self.draft.add_chain(post.chain, ev) if post.chain else None, ev, start=post.start)

    def sentence_orgs(self, text: str, block: Block, session: str | None) -> None:
        """Organisations a talk speaks of (not hosting, not a post): the session's mentions.
        Only a sentence that tells what was said names them ('shared policy developments
        from the National Radio and Television Administration'); an organisation the page
        merely names is no mention (but what it says of the organisation's parent is kept)."""
        talk = TALK_WORDS.search(text)
        # ("© Studio Kazamidori Co., Ltd. All Rights Reserved.": one company, no more)
        text = re.sub(r"(?i)\.?\s*all rights reserved\.?", "", re.sub(r"\bCo\.,\s*Ltd\b", "Co. Ltd", text))
        event_name = self.draft.event.name or ""
        runs = [part for m in ORG_RUN.finditer(text)
                # a headline's subject and object ("X Launches Y With Z University")
                for piece in re.split(rf"\s+(?:{event_facts.HEADLINE_VERBS}|With)\s+", m.group())
                for part in split_orgs(piece) if not starts_title(part) and not NOT_ORG.search(part)]
        place = self.draft.event.place or ""
        for run in runs:
            name = LEADING.sub("", run)  # "Since the Academy welcomed ...": the Academy
            if (who := re.match(r"^(.+?)\s+(?:of|from|at)\s+(?:the\s+)?(?=[A-Z])", name)) and parse_name(who.group(1)):
                name = name[who.end():]  # "Prof. CHOI Ji-woo of the Department of ...": the department
            held = re.match(r"^(.+?)\s+of\s+(?:the\s+)?(.+)$", name)
            if held and event_facts.event_type(held.group(1)) and not has_type_word(held.group(1)):
                name = held.group(2)  # "Graduate Showcase of Ashford Film School": the school
            name = re.sub(r"(?:\s+(?:and|&|of|for|the))+$", "", name).rstrip(".")
            name = re.sub(r"(?:\u2019s|'s)$", "", name)
            if not has_type_word(name) or name in event_name or name in place or \
                    len(name.split()) < 2:
                continue
            if parse_name(name):
                continue
            chain = org_chain(name)
            while chain and not has_type_word(chain[0]):
                chain = chain[1:]  # "X University's Xuhui Campus": the campus is a place
            key = self.draft.add_chain(chain, evidence(block.line, text)) if chain else ""
            if not key:
                continue
            if not talk or key in self.draft.posted_orgs or \
                    key in (k for k, _ in self.draft.event.organizers) or key == self.draft.event.place_org:
                continue
            holder = self.draft.sessions[session].mentions if session else self.draft.event.mentions
            if key not in holder:
                holder.append(key)
                if session and self.speaker:
                    self.draft.sessions[session].mention_speakers[key] = self.speaker

    def credits(self, block: Block) -> bool:
        """A screening's lines: a film credited to its director ('Salt Wind (Korea, 2025, 18
        min) – dir. KIM Min-seo (Namhae Film School)': spoken of, and taking part only where
        the page says so) and its guests ('Q&A with director KIM Min-seo and producer PARK
        Jun-ho'). Whether the block was one."""
        text = block.text
        if film := FILM_CREDIT.match(text):
            if entry := parse_entry(film.group(1)):
                person = self.add_entry(entry, block, None)
                self.draft.mention_person(person, self.session, evidence(block.line, text))
            return True
        if guests := GUESTS_WITH.match(text):
            for part in re.split(r",\s+|\s+and\s+|\s+&\s+", guests.group(1)):
                job = re.match(r"^((?:[a-z]+[/ ])*[a-z]+)\s+(?=[A-Z])", part)
                entry = parse_entry(part[job.end():] if job else part)
                if entry and job:  # "producer Elin Berg (Nordlys Film)": a producer there
                    untitled = [post for post in entry.posts if not post.title]
                    if untitled:
                        untitled[0].title = job.group(1)
                    else:
                        entry.posts.append(Post(job.group(1)))
                if entry:
                    self.add_entry(entry, block, "screening-guest")
            return True
        return False
