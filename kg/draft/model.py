"""The draft as it is read: people, posts, organisations, roles, sessions, each fact with
the page line and words it came from.

People and organisations are kept by a key made from their name, so a name met twice
(in the list and again in a sentence) is one record with the facts of both mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from kg.draft.name_words import HONORIFICS
from kg.draft.org_names import LEGAL_FORM, OUR_UNIT, acronym_parent, is_of_kind, org_type, sector, two_names
from kg.draft.person_names import PersonName
from kg.identity.names import org_tokens, person_tokens


# Session names that say what kind of session it is, not what it is about.
GENERIC_SESSION = re.compile(r"^(?:opening|closing|welcome|morning|afternoon|evening|plenary|"
                             r"keynote|panel|roundtable|session|day|q\s*&\s*a|registration|break|"
                             r"lunch|coffee|tea|networking|reception|drinks|screening|introduction|"
                             r"remarks|address|speech|talk|lecture|ceremony|awards?)\b[\w\s&]*$|"
                             r"\b(?:speech|talk|lecture|keynote) (?:by|from)\b|^[^a-z]*$|[:\u2014]",
                             re.IGNORECASE)


@dataclass(frozen=True)
class Evidence:
    line: int
    words: str  # the page's words, shortened for a comment


def evidence(line: int, words: str, limit: int = 110) -> Evidence:
    words = " ".join(words.split())
    return Evidence(line, words if len(words) <= limit else words[: limit - 3].rstrip() + "...")


@dataclass
class DraftOrg:
    key: str
    name: str
    evidence: Evidence
    type: str = "organization"
    type_stated: bool = False
    sector: str | None = None
    sector_stated: bool = False
    parents: list[str] = field(default_factory=list)  # keys
    parent_evidence: dict[str, Evidence] = field(default_factory=dict)
    parent_inferred: bool = False  # read from the name ('USC Annenberg School' -> USC)
    type_guessed: bool = False
    alt_names: list[str] = field(default_factory=list)
    id: str = ""
    match: str = ""  # the registry's reason when the id is reused

    def add_alt_name(self, name: str) -> None:
        """Another name of the organisation, once (a page writes its acronym many times)."""
        if name != self.name and name not in self.alt_names:
            self.alt_names.append(name)


@dataclass
class DraftPost:
    title: str | None
    org: str | None  # key
    evidence: Evidence
    org_inferred: bool = False  # the organisation came from a list heading or a shared title
    recorded: bool = False  # the registry's person already has this post
    current: bool = True  # False: a post the page says was held before ('previously ...')
    ours: bool = False  # 'our Head of Talent', 'the company's Chief Executive': the page's own
    title_inferred: bool = False  # 'where she directs X': 'Director' is kg's word
    start: str | None = None  # 'From 2016 to 2020 he was ...': the years as written
    end: str | None = None
    elected: bool = False  # won at the event ('当选理事长'): from its first day, inferred


@dataclass
class DraftPerson:
    key: str
    name: PersonName
    evidence: Evidence
    alt_names: list[str] = field(default_factory=list)
    posts: list[DraftPost] = field(default_factory=list)
    id: str = ""
    match: str = ""


@dataclass
class DraftRole:
    person: str  # key
    role: str
    session: str | None  # key, None for the event as a whole
    evidence: Evidence
    inferred: bool = False  # the role came from where the name stands, not from a word


@dataclass
class DraftSession:
    key: str
    name: str
    type: str
    evidence: Evidence
    mentions: list[str] = field(default_factory=list)  # organisation keys
    parent: str | None = None  # the session it is part of ('Keynote speech by X' of 'Keynotes')
    mention_speakers: dict[str, str] = field(default_factory=dict)  # org key -> whose talk named it
    id: str = ""


@dataclass
class DraftTopic:
    text: str
    session: str | None  # key, None for the event as a whole
    speaker: str | None  # person key: the talk of whom the sentence speaks ('WANG focused on')
    evidence: Evidence


@dataclass
class DraftMention:
    person: str  # key of a person the page names who does not take part
    session: str | None
    evidence: Evidence


@dataclass
class DraftEvent:
    name: str | None = None
    name_evidence: Evidence | None = None
    name_made: str = ""  # the page gives no name: why this one (a heading, 'a seminar on ...')
    made_name: tuple[str, Evidence] | None = None  # 'Seminar on screen education', if needed
    start: str | None = None
    end: str | None = None
    date_evidence: Evidence | None = None
    date_inferred: bool = False
    type: str = "event"
    type_evidence: Evidence | None = None
    place: str | None = None
    place_org: str | None = None
    place_evidence: Evidence | None = None
    organizers: list[tuple[str, Evidence]] = field(default_factory=list)
    organizers_inferred: bool = False  # from a line under the title, not a word such as 'hosted'
    mentions: list[str] = field(default_factory=list)
    id: str = ""


def person_key(name: PersonName) -> str:
    return " ".join(sorted(person_tokens(name.name)))


def org_key(name: str) -> str:
    return " ".join(org_tokens(name))


@dataclass
class Draft:
    page: str
    title: str | None = None
    url: str | None = None
    event: DraftEvent = field(default_factory=DraftEvent)
    people: dict[str, DraftPerson] = field(default_factory=dict)
    orgs: dict[str, DraftOrg] = field(default_factory=dict)
    sessions: dict[str, DraftSession] = field(default_factory=dict)
    roles: list[DraftRole] = field(default_factory=list)
    topics: list[DraftTopic] = field(default_factory=list)
    mentioned: list[DraftMention] = field(default_factory=list)  # people spoken of, not present
    spoke: set[str] = field(default_factory=set)  # people the page quotes ('said Priya Raman')
    owner: str | None = None  # the organisation the page's first line names (a company's site)
    site_name: Evidence | None = None  # the site's name in capitals ("KRANICHWERK GAMES") and its line
    committee: set[str] = field(default_factory=set)  # on an organising committee, no role named
    roster: set[str] = field(default_factory=set)  # under 'Speakers' after the programme
    published: tuple[str, Evidence] | None = None  # the story's own date (a dateline)
    notes: list[tuple[Evidence, str]] = field(default_factory=list)  # what the reviewer should know
    # the draft's text with its Chinese words as the page wrote them (kg.draft.han_script)
    written_back: Callable[[str], str] = field(default=lambda text: text)
    role_keys: set[tuple] = field(default_factory=set, repr=False)
    topic_keys: set[tuple] = field(default_factory=set, repr=False)
    posted_orgs: set[str] = field(default_factory=set, repr=False)  # organisations of some post
    by_family: dict[str, set[str]] = field(default_factory=dict, repr=False)  # 'WANG' -> keys
    shorter_forms: dict[tuple, set[str]] = field(default_factory=dict, repr=False)  # ('paola', 'sandoval') -> keys

    # --- organisations ----------------------------------------------------------------
    def add_org(self, name: str, ev: Evidence) -> str:
        if two := two_names(name):  # "Table Bay University (TBU)": the name, and another
            key = self.add_org(two[0], ev)
            if key:
                self.orgs[key].add_alt_name(two[1])
            return key
        key = org_key(name)
        if not key:
            return ""
        if key not in self.orgs:
            type_, stated = org_type(name)
            sec, sec_stated = sector(type_)
            self.orgs[key] = DraftOrg(key, name, ev, type_, stated, sec, sec_stated)
            if (parent := acronym_parent(name)) and (parent_key := self.add_org(parent, ev)):
                self.set_parent(key, parent_key, ev)
                self.orgs[key].parent_inferred = True
                if type_ == "school" and self.orgs[parent_key].type == "organization":
                    self.orgs[parent_key].type = "university"
                    self.orgs[parent_key].sector = "academia"
        return key

    def named(self, kind: str, line: int | None = None, besides: str | None = None) -> str | None:
        """The organisation of this kind ('the School', 'the Hochschule') that holds the
        event, else the one the page named last (before `line`, when given; else its only
        one), or None."""
        # (not "Zayed Auditorium, University": a place; but "Department of Radio, Television and Cinema")
        found = [org for key, org in self.orgs.items() if key != besides and is_of_kind(org.name, kind)
                 and ("," not in org.name or org.name.lower().startswith(kind))]
        hosts = [k for k, _ in self.event.organizers] + [self.owner]
        if held := [org for org in found if org.key in hosts]:
            return min(held, key=lambda org: hosts.index(org.key)).key
        before = [org for org in found if line is None or org.evidence.line <= line]
        if before:
            return max(before, key=lambda org: org.evidence.line).key
        return found[0].key if len(found) == 1 else None

    def named_first(self, kinds: str) -> str | None:
        """The organisation of the first of 'kind|kind' the page names ('大学|学院': the
        university, else the college that is one)."""
        return next(filter(None, map(self.named, kinds.split("|"))), None)

    def named_last_in(self, text: str) -> str | None:
        """The organisation whose name (or other name, or name without its legal form)
        stands last in `text`: whose 'its' is ('Animasi Harimau was represented by its
        Chief Executive Officer')."""
        last, found = -1, None
        for key, org in self.orgs.items():
            for name in {org.name, LEGAL_FORM.sub("", org.name), *org.alt_names}:
                for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                    if m.end() > last:
                        last, found = m.end(), key
        return found

    def is_above(self, upper: str, lower: str) -> bool:
        """Whether `upper` is `lower` or one of its parents, at any depth (a parent link the
        other way would make a cycle)."""
        seen, stack = set(), [lower]
        while stack:
            key = stack.pop()
            if key == upper:
                return True
            if key not in seen and key in self.orgs:
                seen.add(key)
                stack.extend(self.orgs[key].parents)
        return False

    def set_parent(self, child: str, parent: str, ev: Evidence) -> None:
        org = self.orgs[child]
        if parent and parent != child and parent not in org.parents and not self.is_above(child, parent):
            org.parents.append(parent)
            org.parent_evidence[parent] = ev

    def add_chain(self, chain: list[str], ev: Evidence) -> str | None:
        """Add 'X of Y at Z' (innermost first); the key of the innermost. '@school' stands for
        the school the page named last (kg.draft.org_names.THE_ORGS)."""
        # "our college": the college the page is about, as "@college"
        chain = [f"@{own.group(1).lower()}" if (own := OUR_UNIT.fullmatch(name)) else name for name in chain]
        keys = [k for k in (self.named_first(name[1:]) if name.startswith("@") else self.add_org(name, ev)
                            for name in chain) if k]
        for child, parent in zip(keys, keys[1:]):
            self.set_parent(child, parent, ev)
        return keys[0] if keys else None

    # --- people -----------------------------------------------------------------------
    def add_person(self, name: PersonName, ev: Evidence) -> str:
        key = person_key(name)
        if key not in self.people and (longer := self.longer_form(name)):
            key = longer  # "Paola Sandoval" after "Paola Sandoval Treviño": the same person
        if key not in self.people:
            self.people[key] = DraftPerson(key, name, ev)
            words = tuple(name.name.lower().split())
            given = tuple((name.given or "").lower().split())
            # The forms a later mention may shorten it to: its first words, its last words
            # ("Akgündüz Şen"), the given name and the last surname ("Maria Eduarda Figueiredo")
            forms = {words[:k] for k in range(2, len(words))} | {words[k:] for k in range(1, len(words) - 1)} | \
                {tuple((name.family or "").lower().split())} | ({given + words[-1:]} if given else set())
            for form in forms:
                if 2 <= len(form) < len(words):  # the forms a later mention may shorten it to
                    self.shorter_forms.setdefault(form, set()).add(key)
            if name.family:
                self.by_family.setdefault(name.family, set()).add(key)
        elif name.honorific and not self.people[key].name.honorific:
            self.people[key].name = name
        return key

    def longer_form(self, name: PersonName) -> str | None:
        """The one person of the page whose name this one begins or whose family name this
        is ('Paola Sandoval', 'Lic. Herrera Zubieta' of 'Joaquín Herrera Zubieta')."""
        words = tuple(name.name.lower().split())
        if name.family and not name.given and (len(words) == 1 and name.honorific or len(words) == 2 and words[0] in HONORIFICS):
            # "M. Ba a annoncé" after "M. Cheikh Tidiane BA": the one person of that family name
            found = {k for family, keys in self.by_family.items() if family.lower() == words[-1] for k in keys}
            return next(iter(found)) if len(found) == 1 else None
        if len(words) < 2:
            return None
        if not name.given and name.family and "." in words[-1]:  # "Abenov N.B." of "Abenov Nurlan Bolatovich"
            first = re.match(r"[a-z]+?(?=\.)", words[-1])
            found = {k for k in self.by_family.get(name.family, ()) if first and
                     (self.people[k].name.given or "").lower().startswith(first.group())}
            return next(iter(found)) if len(found) == 1 else None
        found = self.shorter_forms.get(words, set())
        return next(iter(found)) if len(found) == 1 else None

    def known_by_given(self, given: str) -> str | None:
        """The one person of the page with this given name and no one of this family name
        ('Henrik, Professor of Film Studies at ...' after 'Prof. Henrik Lindqvist'), or None."""
        if any(name.lower() == given.lower() for name in self.by_family):
            return None
        same = {key for key, person in self.people.items()
                if (person.name.given or "").split()[:1] == [given]}
        return next(iter(same)) if len(same) == 1 else None

    def known_by_family(self, family: str) -> str | None:
        """The one person of the page with this family name ('Mr. Mehta', 'XU'), or None."""
        same = {key for name, keys in self.by_family.items() if name.lower() == family.lower()
                for key in keys}
        return next(iter(same)) if len(same) == 1 else None

    def add_post(self, person: str, title: str | None, org: str | None, ev: Evidence,
                 org_inferred: bool = False, current: bool = True, title_inferred: bool = False,
                 start: str | None = None) -> None:
        posts = self.people[person].posts
        if not title and not org or any(p.title == title and p.org == org for p in posts):
            return  # ("Tom Reyes, Le": a cut word that names nothing is no post)
        if org is None and any(p.title == title for p in posts):
            return
        if title is None and org and any(p.org == org for p in posts):
            return  # an affiliation the person already has a post at
        # "producer Jess Whitford of Brolga Films": a job and an affiliation are one post
        lone = [p for p in posts if p.current and p.evidence.line == ev.line and
                (p.org is None if title is None else p.title is None)]
        if current and (title is None) != (org is None) and len(lone) == 1 and \
                (lone[0].title if title is None else lone[0].org):
            lone[0].org, lone[0].title = lone[0].org or org, lone[0].title or title
            if org:
                self.posted_orgs.add(org)
            return
        if title and org:  # the post says more than an affiliation, or a title alone
            posts[:] = [p for p in posts if not (p.org == org and p.title is None or p.org is None
                                                 and (p.title or "").lower() == title.lower())]
        posts.append(DraftPost(title, org, ev, org_inferred, current=current, title_inferred=title_inferred, start=start))
        if org:
            self.posted_orgs.add(org)

    def add_role(self, person: str, role: str, session: str | None, ev: Evidence,
                 inferred: bool = False) -> None:
        if (person, role, session) not in self.role_keys:
            self.role_keys.add((person, role, session))
            self.roles.append(DraftRole(person, role, session, ev, inferred))

    def add_topic(self, text: str, session: str | None, speaker: str | None, ev: Evidence) -> None:
        key = (" ".join(org_tokens(text)), session)  # the same topic of the same session once
        if key not in self.topic_keys:
            self.topic_keys.add(key)
            self.topics.append(DraftTopic(text, session, speaker, ev))

    def mention_person(self, person: str, session: str | None, ev: Evidence) -> None:
        if not any(m.person == person for m in self.mentioned):
            self.mentioned.append(DraftMention(person, session, ev))

    # --- finishing ----------------------------------------------------------------------
    def break_cycles(self) -> None:
        """Parent links that merging two names of one organisation turned into a cycle
        ('SJTU' under 'ICCI' and 'ICCI' under 'Shanghai Jiao Tong University'): dropped; so is a
        parent above another of the same unit's (the university of 'Department of Animation,
        X University' once its faculty is known)."""
        for key, org in self.orgs.items():
            for parent in list(org.parents):
                org.parents.remove(parent)
                if parent == key or self.is_above(key, parent) or \
                        any(other != parent and self.is_above(parent, other) for other in org.parents):
                    org.parent_evidence.pop(parent, None)
                else:
                    org.parents.append(parent)

    def rename(self, alias: dict[str, str]) -> None:
        """Point every reference to an organisation key in `alias` at its new key."""
        if not alias:
            return
        for org in self.orgs.values():
            org.parents = list(dict.fromkeys(alias.get(p, p) for p in org.parents))
            org.parent_evidence = {alias.get(p, p): e for p, e in org.parent_evidence.items()}
        for person in self.people.values():
            kept: dict[tuple, DraftPost] = {}
            for post in person.posts:  # two posts of one title at the two names: one post
                post.org = alias.get(post.org, post.org)
                kept.setdefault((post.title, post.org, post.current), post)
            titled = {post.org for post in kept.values() if post.title and post.current}
            # "Prof. Henrik Lindqvist (Malmgård University)" and "Professor of Film Studies at
            # Malmgård": the affiliation is the titled post's
            person.posts = [post for post in kept.values() if post.title or post.org not in titled]
        self.event.organizers = list(dict((alias.get(k, k), e) for k, e in self.event.organizers).items())
        self.event.place_org = alias.get(self.event.place_org, self.event.place_org)
        self.posted_orgs = {alias.get(k, k) for k in self.posted_orgs}
        self.event.mentions = [alias.get(k, k) for k in self.event.mentions]
        for session in self.sessions.values():
            session.mentions = [alias.get(k, k) for k in session.mentions]
            session.mention_speakers = {alias.get(k, k): p for k, p in session.mention_speakers.items()}

    def drop_own_mentions(self) -> None:
        """An organisation the event's people belong to (or one above it) or that holds the
        event takes part through them: no mention."""
        own = set(self.posted_orgs) | {k for k, _ in self.event.organizers} | {self.event.place_org}
        stack = list(own)
        while stack:
            for parent in self.orgs[key].parents if (key := stack.pop()) in self.orgs else ():
                if parent not in own:
                    own.add(parent)
                    stack.append(parent)
        self.event.mentions = [k for k in self.event.mentions if k not in own]
        for session in self.sessions.values():
            session.mentions = [k for k in session.mentions if k not in own]

    def drop_organisations_read_as_people(self) -> None:
        """'DOK Elbe' read as a name (family name in capitals) where the page also names it
        as an organisation ('organised by DOK Elbe'): not a person."""
        named = {org_key(o.name) for o in self.orgs.values()}
        gone = {key for key, p in self.people.items() if org_key(p.name.name) in named}
        for key in gone:
            del self.people[key]
        self.roles = [r for r in self.roles if r.person not in gone]
        self.mentioned = [m for m in self.mentioned if m.person not in gone]

    def unroled_attend(self) -> None:
        """A person the page names with no role is taken to attend (the role inferred),
        unless the page only speaks of them ('a tribute to the late X') or lists them on its
        organising committee; one it speaks of who has a role elsewhere takes part. One a
        'Speakers' list names, or the report quotes, and who only attends: a speaker."""
        roled = {r.person for r in self.roles}
        self.mentioned = [m for m in self.mentioned if m.person not in roled]
        spoken_of = {m.person for m in self.mentioned} | self.committee
        taking_part = {r.person for r in self.roles if r.role != "attendee"}  # more than attending
        for key, person in self.people.items():
            if key in self.roster and key not in taking_part:
                self.add_role(key, "speaker", None, person.evidence)
            elif key in self.spoke and key not in taking_part and key not in spoken_of and \
                    self.event.type != "festival":
                # Quoted in a report of the event: they spoke there (the role inferred).
                panel = self.event.type == "panel" or re.search(r"\b(?:panel|roundtable)\b",
                                                                 self.event.name or "", re.IGNORECASE)
                role = "panelist" if panel else "speaker"
                self.add_role(key, role, None, person.evidence, inferred=True)
            elif key not in roled and key not in spoken_of and re.match(r"(?i)(?:the\s+)?(?:Hon|H\.\s?E)\b",
                                                                        person.name.honorific or ""):
                # "the Hon. Lena Papadakis MP, whose office announced ...": an officeholder named
                # with no part in the event is spoken of
                self.mention_person(key, None, person.evidence)
            elif key not in roled and key not in spoken_of:
                self.add_role(key, "attendee", None, person.evidence, inferred=True)

    def titles_as_topics(self) -> None:
        """A talk listed by its title alone ('10:15 | What producers need from graduates',
        then its speaker) is about what its title says: the title is its topic."""
        for key, session in self.sessions.items():
            if any(t.session == key for t in self.topics) or GENERIC_SESSION.search(session.name) \
                    or not any(r.session == key and r.role != "attendee" for r in self.roles):
                continue
            self.add_topic(session.name.strip("\u201c\u201d\"' "), key, None, session.evidence)

    def talks_per_speaker(self) -> None:
        """A keynote session of several speakers whose talks the page tells apart ('WANG
        focused on ...', 'CHEN's keynote addressed ...'): one talk each, within it, with
        its speaker and topics ('Keynote speech by James WANG')."""
        for key, session in list(self.sessions.items()):
            if session.type not in ("keynote", "talk", "lecture") or session.parent:
                continue
            role = "keynote-speaker" if session.type == "keynote" else "speaker"
            speakers = [r for r in self.roles if r.session == key and r.role == role]
            told = {t.speaker for t in self.topics if t.session == key}
            if len(speakers) < 2 or not told & {r.person for r in speakers}:
                continue
            kind = "Keynote speech" if session.type == "keynote" else "Talk"
            for r in speakers:
                person = self.people[r.person]
                sub_key = f"{key}-{(person.name.family or person.name.name).lower()}"
                self.sessions[sub_key] = DraftSession(sub_key, f"{kind} by {person.name.name}",
                                                      session.type, r.evidence, parent=key)
                r.session = sub_key
                for topic in self.topics:
                    if topic.session == key and topic.speaker == r.person:
                        topic.session = sub_key
                for m in list(session.mentions):
                    if session.mention_speakers.get(m) == r.person:
                        session.mentions.remove(m)
                        self.sessions[sub_key].mentions.append(m)

    def prune_attendees(self) -> None:
        """A person with any other role is not also an attendee."""
        busy = {r.person for r in self.roles if r.role != "attendee"}
        attending: set[str] = set()  # one attendee role a person, where first named
        kept = []
        for r in self.roles:
            if r.role == "attendee":
                if r.person in busy or r.person in attending:
                    continue
                attending.add(r.person)
            kept.append(r)
        self.roles = kept

