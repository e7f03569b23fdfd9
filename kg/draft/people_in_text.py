"""People a sentence names in running text, the roles its words give them, and the posts
written beside their names.

A name already met (in a list, a heading) is known in any form, even by the family name
alone when only one person has it ('WANG focused on ...'). A new name is taken when its
form says it is a person (a family name in capitals, an honorific, Han characters) or the
words around it do ('moderated by', 'editor Ruth Okonjo', 'said Devin Shaw').
"""

from __future__ import annotations

import re
from typing import Callable

from kg.draft import roles
from kg.draft.entries import DEGREE_YEAR, DEMONYM, Entry, name_at_end, parse_entry, pre_name_posts
from kg.draft.han_entries import han_bare_names, han_card, han_mentions
from kg.draft.hangul_names import hangul_name, korean_chain, korean_mentions
from kg.draft.model import Draft, evidence, org_key, person_key
from kg.draft.name_words import LIST_VERBS, LISTED_NAMES, NOT_NAME_WORDS
from kg.draft.org_names import ORG_NAME, is_place, looks_like_org, org_chain
from kg.draft.person_names import FAMILY_HONORIFICS, PersonName, name_runs, parse_name
from kg.draft.post_before import VERB_AFTER, post_before
from kg.draft.posts import DEGREE, JOB_WORDS, OWNER, TITLE_WORDS, Post, one_post, parse_posts, starts_title
from kg.draft.segment import Block
from kg.draft.spoken_of import MENTION_AFTER, MENTION_BEFORE, SAID, SAID_AFTER
from kg.draft.title_words import POST_WORDS, ROMANCE_JOB_WORDS, SUBJECT_WORDS

# (and a body's kind: "at Pan-African streamer Zuri Play", "the Leeds studio Fernhill Pictures")
ORG_CONTEXT = re.compile(r"\b(?:of|at|from|the|streamer|studio|company|platform|distributor|agency|"
                         r"label|channel|network)\s+$", re.IGNORECASE)
QUOTED = re.compile(r"[\u201c\"][^\u201d\"]*[\u201d\"]")
# (the words before the job word qualify it: "senior technical artist X", "junior gameplay
# programmer Y"; not a verb or a small word: "welcomed producer Z", "with editor W")
# (a Romance job stands alone: its qualifiers follow it, "il regista napoletano X")
JOB_BEFORE = re.compile(rf"(?<![\w-])((?:(?!(?:the|a|an|and|or|by|with|of|to|from|for|at|in|on|as|our|his|her|their|its|"
                        rf"was|were|is|are|be|been|then|also|when|while|like|including|featuring|said|says|"
                        rf"told|asked|guest|special|invited|renowned|famous|veteran|former|\w+ed|\w+ing|\w+ly)\s)"
                        rf"[a-z][\w-]*\s+){{0,3}}(?:{'|'.join(sorted(JOB_WORDS))})|"
                        rf"(?:{'|'.join(sorted(ROMANCE_JOB_WORDS))}))\s+$")
# A post given before the name by the page's own organisation: "our Head of Production, X".
OUR_TITLE = re.compile(r"\b(?:[Oo]ur|[Ii]ts|[Tt]heir|[Tt]he (?:company|studio|group|school|college|"
                       r"university|festival|organisation|organization)(?:\u2019s|'s))\s+"
                       r"((?:[A-Z][\w-]*\s+(?:(?:and|&)\s+)?)*[A-Z][\w-]*(?:\s+of\s+(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)?),\s+$")
OUR_BARE = re.compile(r"\b[Oo]ur\s+((?:[\w-]+\s+){0,4}?[\w-]+)\s+$")
# "Animasi Harimau was represented by its Chief Executive Officer, X": whose 'its' is.
REPRESENTED = re.compile(r"(?<![\w-])(" + ORG_NAME + r")\s+(?:was|were|is|are)\s+represented\s+by\s+$")
AUDIENCE = re.compile(r",\s+(?:an?\s+|one\s+of\s+the\s+)?(?:[\w-]+\s+){0,2}(?:students?|senior|junior|"
                      r"sophomore|freshman|graduate|alumn\w*|attendees?|audience member|participants?|"
                      r"visitors?)\b")
WHO_ROLES = {"presided": "chair", "chaired": "chair", "moderated": "moderator", "hosted": "host",
             "opened": "welcome-speaker", "introduced": "introducer", "co-chaired": "co-chair"}
WHO_DID = re.compile(r"^(?:,\s+[^,]{1,90})?,\s+who\s+(?:also\s+)?(" + "|".join(WHO_ROLES) + r")\b")
CEREMONY = re.compile(r"\s+over\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}ceremony\b")
WHOSE_TALK = re.compile(r"^(?:\s+(?:of|from|at)\s+[A-Z][^,]{1,60}?)?,\s+whose\s+(?:opening\s+|closing\s+)?"
                        r"(keynote|talk|lecture|presentation|speech|address)\b")
# Words that begin a sentence before a name ("When Priya Raman was a student ...", "Pour
# Ibrahima Gueye, « ... »": according to him, in French, Spanish, Portuguese, Italian, German).
LEADING_WORDS = frozenset("when while after before since although though if because during once then "
                          "also but and yet however meanwhile as like unlike for with "
                          "pour selon para según segun segundo per laut".split())
# Words that may stand in a lower-case title before its head word ("senior tech reporter").
TITLE_MODIFIERS = (r"(?:senior|executive|tech|technology|managing|creative|artistic|vice|deputy|associate|"
                   r"assistant|general|global|chief|founding|former|interim|acting|programme|program|"
                   r"festival|film|documentary|content|news|features|arts|culture|education|business|"
                   r"international|regional|national|local|development|production|marketing|co-|"
                   r"U\.S\.|UK|EU)")
ORG_JOB_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?P<org>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*?)(?<!-winning)(?<!-nominated)(?:['\u2019]s?)?\s+"
    r"(?P<title>(?:" + TITLE_MODIFIERS + r"\s+){0,3}(?:" + "|".join(sorted(
        {"president", "director", "reporter", "dean", "editor", "producer", "chair", "chairman",
         "chairwoman", "founder", "co-founder", "ceo", "head", "executive", "manager", "professor",
         "lecturer", "curator", "programmer", "critic", "correspondent", "officer", "partner",
         "showrunner", "commissioner", "chief", "vice-president", "principal", "provost", "secretary",
         "registrar", "rector", "chancellor", "vice-chancellor", "coordinator", "convenor", "convener"},
        key=len, reverse=True)) + r")(?:\s+of\s+(?!the\s)(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)?)\s+$")
# A post in lower case right before the name: "associate professor of cinema Marie-Ève
# Gagnon-Roy", "fourth-year student Oliver Tremblay", "freelance story producer X".
LOWER_POST = re.compile(
    r"(?<![\w'\u2019-])(?P<title>(?:(?:" + TITLE_MODIFIERS + r"|[a-z]+-year|freelance|story|commissioning|"
    r"unscripted|supervising|graduate|doctoral|undergraduate|visiting|adjunct|clinical|full)\s+){0,3}"
    r"(?:professor|lecturer|dean|student|instructor|researcher|fellow|curator|programmer|editor|"
    r"producer|filmmaker|documentarian|vice-president|president|director|chair|coordinator|manager|"
    r"officer|designer|animator|screenwriter|writer|artist|critic|journalist|reporter|consultant)"
    r"(?:\s+(?:of|for|in)\s+(?!the\s)(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)?)\s+$")
# "Dean of the Faculty of Fine Arts Rebecca Thiessen opened ...": a capitalised post and its
# organisation right before the name, with no comma.
POST_OF_BEFORE = re.compile(r"(?<![\w'\u2019-])(?P<post>(?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*\s+of\s+(?:the\s+)?"
                            r"(?:(?:[A-Z][\w&'\u2019-]*|of|and|&|for|the)\s+)*?)$")
ORG_TITLE = re.compile(r"\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})(?:\u2019s|'s)\s+((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*"
                       r"(?:\s+(?:of|for|in)\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){0,4}[A-Z][\w&-]*)?"  # "KIT's Dean of Creative Industries, "
                       r"(?:\s+(?:and|&)\s+(?:[\w-]+\s+){0,2}[\w-]+)?),\s+$")  # "X's Managing Director and co-founder, "
OWNER_BEFORE = re.compile(r"\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})(?:\u2019s|'s)\s+$")  # "Screen Island's "
NOT_ORG_START = frozenset("the a an in on at by said says our its their his her festival january february "
                          "march april may june july august september october november december monday "
                          "tuesday wednesday thursday friday saturday sunday".split())
NICKNAME = re.compile(r"(?<=[a-z\u00e0-\u00ff]) [\"\u201c][A-Z][\w\u00e0-\u00ff]{1,12}[\"\u201d](?= [A-Z])")
HAN_NAME = re.compile(r"[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{1,8}\u00b7[\u3400-\u9fff]{1,8}")  # ("阿依努尔·托合提")
CLASS_YEAR = re.compile(r"(?<=[a-z\u00e0-\u024f])\s+\(?(?:(?:MFA|BFA|MA|BA|BS|MS|MBA|PhD|EdD|JD)\s+)?"
                        r"['\u2018\u2019]\d{2}\b\)?")


class PeopleInText:
    def __init__(self, draft: Draft, add_entry: Callable[[Entry, Block, str | None], str]):
        self.draft = draft
        self.add_entry = add_entry  # the page reader's: posts go where its section says
        self.alt_names: dict[int, str] = {}  # a sentence's bracketed other forms of names
        self.han_index: tuple = (-1, {}, None)  # (people counted, Han name -> person, their pattern)

    def read(self, text: str, block: Block, session: str | None) -> None:
        """People a sentence names (known ones by any form, new ones when the form or the
        words around them say it is a person) and the roles it gives them."""
        # "Priya Raman '09", "Tomás Echeverría MFA '15": an alumna, a person; the years are
        # blanked (offsets kept) so that what follows the name is read as following it.
        years = {m.start() for m in CLASS_YEAR.finditer(text)}
        said_text, text = text, CLASS_YEAR.sub(lambda m: " " * len(m.group()), text)
        # 'Thiago "Tigrão" Mendes': a nickname inside the name is blanked the same way
        text = NICKNAME.sub(lambda m: " " * len(m.group()), text)
        quoted = [m.span() for m in QUOTED.finditer(text)]
        listed = [m.span(1) for m in LISTED_NAMES.finditer(text)]
        spans, people = [], []
        for start, end in name_runs(text):
            if any(a <= start < b for a, b in quoted):
                continue  # a film's title, not a person
            found = self.name_in_run(text, start, end, block)
            if not found or isinstance(found[1], PersonName) and not found[1].honorific and (
                    looks_like_org(text[found[0]:end]) or
                    (whose := re.match(r"(?:['\u2019]s)?\s+(?:own|new|former|longtime|long-time)\s+([^,]+),", text[end:]))
                    and starts_title(whose.group(1))):
                continue  # "Managing Director, Kanga Distribution Limited", "Reel Dispatch's own editor, X": a company
            start, person, strong = found
            strong = strong or end in years or any(a <= start < b for a, b in listed)
            if spans and re.fullmatch(r"\s*\(\s*", text[spans[-1][1]:start]) and \
                    isinstance(person, PersonName):
                self.alt_names[len(spans) - 1] = person.name  # "林晓 (LIN Xiao)"
                continue
            spans.append((start, end))
            people.append((person, strong))
        alt_names, self.alt_names = self.alt_names, {}
        if (card := han_card(text)) and (entry := parse_entry(card[0])):
            key = self.add_entry(entry, block, None)  # "阿依努尔·托合提，独立游戏开发者，沙枣工作室创始人，..."
            if card[1] and card[1] not in self.draft.people[key].alt_names:
                self.draft.people[key].alt_names.append(card[1])
            spans.append((0, len(entry.person.name)))
            people.append((key, True))
        for start, end, words in han_mentions(text):  # "由上海电影学院副院长陈晓主持"
            entry = parse_entry(words)
            if entry and not any(a <= start < b for a, b in spans):
                key = self.add_entry(entry, block, None)
                spans.append((start, end))
                people.append((key, True))
        for start, end, name, title, org in korean_mentions(text):  # "(주)스튜디오담 이정훈 대표는"
            if not any(a <= start < b for a, b in spans):
                # (the Korean form of a person named in English before: "Kim Do-hyun (김도현)")
                key = next((k for k, p in self.draft.people.items() if name.name in p.alt_names), None) or \
                    self.add_entry(Entry(name, [Post(title, korean_chain(" ".join(org)) if org else [])]), block, None)
                spans.append((start, end))
                people.append((key, True))
        for start, end, key in self.known_han_names(text):  # "周明远代表学校致辞": named before, with the post
            if not any(a <= start < b or start <= a < end for a, b in spans):
                spans.append((start, end))
                people.append((key, True))
        for start, end, name in han_bare_names(text):  # "陈嘉伟先生以《…》为题", "由区志刚主持": named first here
            if not any(a <= start < b or start <= a < end for a, b in spans) and (entry := parse_entry(name)):
                spans.append((start, end))
                people.append((self.add_entry(entry, block, None), True))
        order = sorted(range(len(spans)), key=lambda k: spans[k][0])
        spans, people = [spans[k] for k in order], [people[k] for k in order]
        given = roles.sentence_roles(text, spans)
        ev = evidence(block.line, said_text)
        by_cue = {i for i, _, right_before in given if right_before}
        keys: dict[int, str] = {}
        quoted_only: set[int] = set()  # named only as the one who said something
        mentioned: set[int] = set()  # spoken of, not taking part
        for i, (person, strong) in enumerate(people):
            before = text[: spans[i][0]]
            # "Producer Marcus Thibodeau ...": a job word that begins the sentence
            # (the clause's first word in lower case: "Second-year student Mele Fifita", "Sound –
            # Re-recording mixer Ana Paula Figueiredo")
            clause = re.search(r"(?:^|[\u2013\u2014:]\s+)(?=\S+\s+\S)(?!.*[\u2013\u2014:]\s)", before)
            lowered = before[: clause.end()] + before[clause.end():][:1].lower() + before[clause.end() + 1:] \
                if clause else before
            job = JOB_BEFORE.search(lowered)
            # "Screen Ledger senior tech reporter Colin Barrett", "AMAE executive director X"
            org_job = ORG_JOB_BEFORE.search(before)
            lower_post = None if job or org_job else LOWER_POST.search(lowered)
            if lower_post and lower_post.group("title").startswith("former"):
                lower_post = None  # "my former student Ada": no post
            the_title = post_before(before, text[spans[i][1]:])
            # "a keynote from Brightwater's Chief Content Officer, Theo Lindqvist": the post at the organisation
            if (whose := ORG_TITLE.search(before)) and (not starts_title(whose.group(2)) or
                                                        whose.group(1).split()[0].lower() in NOT_ORG_START):
                whose = None
            if org_job and ({w.lower() for w in org_job.group("org").split()} &
                            (LEADING_WORDS | NOT_ORG_START | POST_WORDS) or
                            # "Narrative director Kofi ...": a sentence's first word, no body the page names
                            # ("Portuguese producer Inês Marques Sarmento": where she is from)
                            ((org_job.start() == 0 or clause and org_job.start() == clause.end()) and
                             " " not in org_job.group("org") and not org_job.group("org").isupper() and job or
                             DEMONYM.match(org_job.group("org"))) and
                            org_key(org_job.group("org")) not in self.draft.orgs):
                org_job = None
            said = SAID.search(text[: spans[i][0]]) or SAID_AFTER.match(text[spans[i][1]:])
            # (a bracket after the name first: "Chloe Ng (Digital Filmmaking), Story Producer at X")
            after = re.sub(r"^\s*\([^()]*\)", "", text[spans[i][1]:])
            apposition = re.match(r",\s*(?:an?\s+)?(\w[\w-]*)", after)
            titled = apposition and starts_title(re.sub(r"^(?:now\s+|currently\s+)?(?:an?\s+|the\s+|our\s+)?"
                                                        r"(?:[A-Z][\w&-]*(?:\u2019s|'s)\s+)?", "",
                                                        after.lstrip(", "))) or \
                ((post_in := re.match(r"\s*\(([^()]+),\s", text[spans[i][1]:])) and starts_title(post_in.group(1)))
            # ("Laura Fischer-Han (Director of Animation, Moonrabbit Studio) – ...": her post in brackets)
            # "Olusegun Adeyemi of Okra Pictures, whose opening keynote ...": a speaker
            if who := WHO_DID.match(text[spans[i][1]:]):  # "Luo Jianguo, dean of ..., who presided over"
                role = WHO_ROLES[who.group(1).split()[0].lower()]
                if who.group(1) == "presided" and CEREMONY.match(text[spans[i][1] + who.end():]):
                    role = "host"  # a ceremony's host, a session's chair (roles.BY_CUES)
                given.append((i, role, True))
                by_cue.add(i)
            if talk := WHOSE_TALK.match(text[spans[i][1]:]):
                given.append((i, "keynote-speaker" if talk.group(1) == "keynote" else "speaker", True))
                by_cue.add(i)
            # "our Head of Production, Maya Chen,", "Our CEO and co-founder Matthias Kranz"
            ours = OUR_TITLE.search(text[: spans[i][0]]) or \
                ((bare := OUR_BARE.search(text[: spans[i][0]])) and starts_title(bare.group(1)) and
                 not re.search(r"\b(?:for|of|at|in|and|the|to|with)$", bare.group(1)) and bare) or None
            spoken_of = i not in by_cue and (MENTION_BEFORE.search(text[: spans[i][0]]) or
                                             MENTION_AFTER.match(text[spans[i][1]:])) or \
                isinstance(person, PersonName) and (person.honorific or "").lower().startswith("late")
            if not (strong or i in by_cue or job or org_job or lower_post or the_title or whose or said or titled or ours
                    or spoken_of):
                continue
            if said and not (strong or i in by_cue or job or titled or ours) and \
                    re.match(r"(?:\u2019s|'s)\s", text[spans[i][1]:]):
                continue  # "said Screen Alba's trainee scheme ...": whose scheme, not who said
            if said and not (strong or i in by_cue):
                quoted_only.add(i)
            key = self.draft.add_person(person, ev) if isinstance(person, PersonName) else person
            keys[i] = key
            if said and not spoken_of and not AUDIENCE.match(text[spans[i][1]:]):
                self.draft.spoke.add(key)  # not "said Devin Shaw, a senior in the film program"
            if spoken_of:
                self.draft.mention_person(key, session, ev)
                mentioned.add(i)
            if i in alt_names and alt_names[i] not in self.draft.people[key].alt_names:
                self.draft.people[key].alt_names.append(alt_names[i])
            if org_job:
                org = self.draft.add_chain(org_chain(org_job.group("org")), ev)
                self.draft.add_post(key, org_job.group("title"), org, ev)
            if whose:
                posts = parse_posts(whose.group(2))  # "Nordlicht's Managing Director and co-founder"
                if len(posts) == 1 and posts[0].chain and not re.search(r"\s(?:of|for|in)\s+the\s", whose.group(2)):
                    posts = [Post(whose.group(2))]  # "Awan Biru's Head of Studio": one title at Awan Biru
                for post in posts:
                    # ("KIT's Director of the Screen Academy": the academy within KIT)
                    self.draft.add_post(key, post.title, self.draft.add_chain(post.chain + org_chain(whose.group(1)), ev), ev)
            # ("Animator and founder of Nyota Animation Studio, X": two posts there)
            for post in (parse_posts(the_title) if re.match(r"[A-Z][\w'-]*\s+(?:and|&)\s", the_title) else
                         [one_post(the_title)]) if the_title else ():
                org = self.draft.add_chain(post.chain, ev) if post.chain else None
                self.draft.add_post(key, post.title, org, ev, org_inferred=post.shared)
            given_job = ours.group(1) if ours else job.group(1) if job and not org_job else None
            lower_title = before[lower_post.start("title"):lower_post.end("title")] if lower_post else None
            # ("journalist Chiara Montanari (Il Resto del Porto)": the post at the organisation after the name)
            placed = self.inline_posts(text, spans, i, key, block, given_job or lower_title,
                                       split_job=bool(given_job) or not lower_title)
            if lower_title and not placed:
                self.draft.add_post(key, lower_title, None, ev)
            own = re.search(r"\b[Oo]ur\s+(?:very\s+)?own\s+$", before)  # "Our own Lina Haddad, Lecturer in ..."
            # "Animasi Harimau was represented by its Chief Executive Officer, X": the
            # organisation named before 'its'; "our Head of Production": the page's own
            whose = None
            if ours and (subject := REPRESENTED.search(text[: ours.start()])):
                whose = self.draft.add_chain(org_chain(subject.group(1)), ev)
            elif ours and re.match(r"[Ii]ts|[Tt]heir", ours.group()):
                whose = self.draft.named_last_in(text[: ours.start()])
            for post in self.draft.people[key].posts if ours or own else []:
                if post.org is None and (own or post.title == ours.group(1) or
                                         post.title in {p.title for p in parse_posts(ours.group(1))}):
                    if whose:
                        post.org, post.org_inferred = whose, True
                        self.draft.posted_orgs.add(whose)
                    else:
                        post.ours = True  # the organisation writing the page: found when it is read
        spoken_of = {m.person for m in self.draft.mentioned}  # this sentence's and earlier ones'
        for i, role, right_before in given:
            if i in keys and (right_before or i not in quoted_only and keys[i] not in spoken_of):
                here = self.draft.sessions[session].type if session else self.draft.event.type
                if role == "speaker" and here in ("panel", "roundtable"):
                    role = "panelist"  # "Dr. Grace Osei-Bonsu ... shared early findings" at a panel
                elif role == "moderator" and "主持" in text and (re.search(r"开幕式|闭幕式|仪式|典礼", text + here) or
                                                               not session and re.match(r"^(?:会议|大会|活动)由", text)):
                    role = "host"  # "开幕式由X主持", "会议由X主持": a ceremony's (the meeting's) host
                elif role == "speaker" and here == "screening":
                    role = "screening-guest"  # "After the film, the director took questions"
                elif role == "speaker" and (here == "keynote" or here == "opening" and
                                            re.search(r"\bon behalf of\b|\bwelcom|\bspeeches\b", text, re.IGNORECASE)):
                    # "Yu Sheng ... shared" in the keynote session; "delivered a speech on behalf of
                    # the university" at the opening (a guest's speech there stays a speech)
                    role = "keynote-speaker" if here == "keynote" else "welcome-speaker"
                self.draft.add_role(keys[i], role, session, ev)

    def known_han_names(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, person) for each name in Han characters the page named before, written
        alone in a Chinese sentence (its post given where it was first named)."""
        if not re.search(r"[\u3400-\u9fff]{2}", text):
            return []
        if self.han_index[0] != len(self.draft.people):  # (built again only when someone is added)
            names = {form: key for key, person in self.draft.people.items()
                     for form in (person.name.name, *person.alt_names) if HAN_NAME.fullmatch(form)}
            pattern = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True))) if names else None
            self.han_index = (len(self.draft.people), names, pattern)
        _, names, pattern = self.han_index
        # (not "ZHAO Jianguo (赵建国)": the other form of a name just written)
        return [(m.start(), m.end(), names[m.group()]) for m in pattern.finditer(text)
                if not re.search(r"\(\s*$", text[:m.start()])] if pattern else []

    def name_in_run(self, text: str, start: int, end: int, block: Block):
        """(start, person key or PersonName, strong) for the name a run of capitalised words
        ends with ('Tidewater Docs CEO Harriet Moss' -> Harriet Moss, her post kept)."""
        words = text[start:end]
        if len(words.split()) > 2 and words.split()[0].lower() in LIST_VERBS:
            start += len(words.split()[0]) + 1  # ("Participaron Iñigo Arrieta": the list's verb, then the name)
            words = text[start:end]
        found = self.known_or_new(text, start, words)
        if found:
            return (start, *found)
        split = name_at_end(words.split())
        if split and not split[0] and re.search(r"\s(?:of|for)\s+$", text[:start]):
            lead, run = 0, words.split()  # "(Head of) Talent Development Rafael Quintero": the post's field, then the name
            while len(run) - lead > 2 and run[lead].lower() in SUBJECT_WORDS:
                lead += 1
            if lead and (rest := name_at_end(run[lead:])) and not rest[0]:
                split = (run[:lead], rest[1])
        if split and not split[0] and split[1].honorific:
            split = (split[1].honorific.split(), split[1])  # "Producer Marcus Thibodeau": a post
        if not split or not split[0]:
            return None
        before, _ = split
        offset = start + len(" ".join(before)) + 1
        found = self.known_or_new(text, offset, text[offset:end])
        if found and all(w.lower() in LEADING_WORDS for w in before):
            return (offset, *found)  # "When Priya Raman '09 was ...": a sentence's first word
        posts, post_start = pre_name_posts(before), start
        if not posts and (post_of := POST_OF_BEFORE.search(text[:offset])) and starts_title(post_of.group("post")):
            posts = parse_posts(post_of.group("post"))  # "Dean of the Faculty of Fine Arts Rebecca Thiessen"
            post_start = post_of.start()
        if (owner := OWNER_BEFORE.search(text[:post_start])) and owner.group(1).split()[0].lower() not in NOT_ORG_START \
                and len(posts) == 1 and not posts[0].chain:
            # "Screen Island's Head of Development Priya Raman", "Bluegum Interactive's Creative Director Hannah Lowe"
            posts[0].chain = org_chain(owner.group(1))
        if not posts and (entry := parse_entry(words)) and found and isinstance(found[0], PersonName) and \
                entry.person.name == found[0].name:
            posts = entry.posts  # "NCYU President Chang Chih-wei": the office at the organisation before it
        if posts and not any(post.chain for post in posts) and \
                (of := re.match(rf"\s+(?:of|at)\s+(?:the\s+)?{ORG_NAME}", text[end:])) and \
                (entry := parse_entry(words + of.group())) and any(post.chain for post in entry.posts):
            posts = entry.posts  # "Deputy Director-General Lin Shu-fen of the Kaohsiung Content Industry Office"
        if found and not posts and isinstance(found[0], PersonName) and found[0].honorific and \
                not any(w.lower() in NOT_NAME_WORDS or w.lower() in LEADING_WORDS | NOT_ORG_START for w in before):
            return (offset, *found)  # "Guest-of-Honour Mr Desmond Ong": the name its honorific begins
        if not found or not posts:
            return None
        person = found[0]
        key = self.draft.add_person(person, evidence(block.line, text)) \
            if isinstance(person, PersonName) else person
        for post in posts:
            org = self.draft.add_chain(post.chain, evidence(block.line, words)) if post.chain else None
            self.draft.add_post(key, post.title, org, evidence(block.line, words))
        return offset, key, True

    def known_or_new(self, text: str, start: int, words: str):
        """(person key or PersonName, strong) for a name run, or None."""
        bare = re.sub(r"(?:\u2019s|'s|\.)$", "", " ".join(words.split()))
        if (short := FAMILY_HONORIFICS.match(bare)) and len(bare[short.end():].split()) == 1:
            bare = bare[short.end():]  # "Mr. Iyer argues", "Tan Sri Rahimah said": the family (or given) name
        elif len(bare.split()) == 2 and bare.split()[0].lower() in TITLE_WORDS and \
                (key := self.draft.known_by_family(bare.split()[1])):
            return key, True  # "said Principal Ferreira-Lapointe": the principal named before
        if re.fullmatch(r"[A-Z][A-Za-z\u00c0-\u024f'\u2019-]+", bare) and " " not in bare:
            # A family name alone: 'WANG focused on', 'said Takeda' (one person of that name);
            # else a given name alone: 'Henrik, Professor of ...', 'Cathal opened the series'.
            key = self.draft.known_by_family(bare) or self.draft.known_by_given(bare)
            return (key, True) if key else None
        name = parse_name(bare)
        if not name:
            return None
        key = person_key(name)
        if key in self.draft.people:
            return key, True
        if name.order == "family-first" and not name.given.isascii() and \
                len(re.findall(r"[\u3400-\u9fff]", text)) > len(text) // 2:
            return None  # a Chinese sentence: names come with their titles (han_mentions)
        after = re.sub(r"^,\s*(?:our\s+|an?\s+|the\s+)?", "", text[start + len(words):])
        if ORG_CONTEXT.search(text[:start]) and not name.honorific and \
                not MENTION_BEFORE.search(text[:start]) and \
                not (text[start + len(words):].startswith(",") and starts_title(after)):
            # "from Priya Nandakumar, our Director of ...": a person, as the post after says
            return None
        strong = bool(name.honorific) or name.order == "family-first" or any(
            w.isupper() and len(w) > 1 for w in name.name.split())
        return name, strong

    def inline_posts(self, text: str, spans, i: int, key: str, block: Block,
                     job: str | None = None, split_job: bool = True) -> bool:
        """'moderated by Anna Berg, Professor of Film at X University', 'journalist Emily Tan
        of Screen Asia Weekly' -> the person's post. Whether the job before the name was placed."""
        start, end = spans[i]
        stop = next((a for a, _ in spans[i + 1:] if next_name(text, end, a)), len(text))
        after = text[end:stop]
        bracket = re.match(r"^\s*\(([^)]*)\)", after)
        if bracket and (parse_name(bracket.group(1)) or hangul_name(bracket.group(1).strip())) and \
                not looks_like_org(bracket.group(1)):
            after = after[bracket.end():]  # "林晓 (LIN Xiao), Deputy Dean": another form of the name
            person = self.draft.people[key]
            if (alt := bracket.group(1).strip()) != person.name.name and alt not in person.alt_names:
                person.alt_names.append(alt)
        elif bracket and DEGREE_YEAR.fullmatch(bracket.group()):
            after = after[bracket.end():]  # "Jade Okafor (BA Film Production, 2019), now ...": her degree
        elif bracket and credits(bracket.group(1)):
            after = after[bracket.end():]  # "editor Lionel Achterberg (Northern Passage, The Quiet Orchard)": films
        elif bracket and re.match(r"\s*[\u2013\u2014]\s|\s+[a-z]", after[bracket.end():]):
            # "Kang Eun-ju (Producer, X) – K-Drama Co-production ...": the talk after the dash;
            # "Ivo Kranjčević (Studio Kockica, Zagreb) held a masterclass": what he did
            after = bracket.group()
        if dash := re.match(r"\s+[\u2013\u2014]\s+(?=[a-z])", after):
            after = ", " + after[dash.end():]  # "by Olena Hrytsenko – documentary producer, co-founder of ..."
        # ("distributor Thiago Reis, of Mandacaru", "gaffer X of the rental company Lumenhuis B.V.")
        org_after = re.match(r",?\s+(?:of|from|at)\s+(?:(?=(?:the\s+)?[A-Z])|" + KIND_BEFORE + ")", after)
        if not (org_after or re.match(r"\s*(?:,\s*|\()", after)):
            # "Our CEO and co-founder X": two posts ("Documentary student X": one, as written)
            for title in ([post.title for post in parse_posts(job)] if split_job else [job]) if job else []:
                self.draft.add_post(key, title, None, evidence(block.line, text))
            return bool(job)
        piece = re.split(r"\s*;\s*", after[org_after.end():] if org_after else after)[0]
        piece = re.split(r",\s+(?:for|with|to|from)\s+(?:her|his|their)\s|,\s+(?:and\s+)?(?:our|their)\s", piece)[0]
        piece = re.split(r"(?<=[a-z\u00e0-\u00ff]{2})(?<!Pvt)(?<!Sdn)(?<!Inc)(?<!Ltd)(?<!Bhd)(?<!Pte)(?<!Corp)(?<!Mrs)(?<!Jr)(?<!Sr)(?<!St)\.\s+(?=[A-Z])", piece)[0]  # "of Radio Bío Mar. Participating were"

        if verb := VERB_AFTER.search(piece):
            piece = piece[: verb.start()]
        piece = DEGREE.sub("", piece)
        if i + 1 < len(spans) and (title := re.search(r"(?:,\s*|\s+and\s+)((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)\s*$",
                                                     piece)) and starts_title(title.group(1)):
            piece = piece[: title.start()]  # "..., Team Leader" before the next name is that name's
        elif i + 1 < len(spans) and (title := re.search(r"(?:,\s*|\s+and\s+)((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*$",
                                                       piece)) and JOB_BEFORE.search(title.group(1) + " "):
            piece = piece[: title.start()]  # "Ye-jin Hwang, producer Samuel Ouellet": his, not hers
        if i + 1 < len(spans) and (joined := re.search(r",\s+(?:and|&)\s+[^,]*$", piece)):
            piece = piece[: joined.start()]  # "..., Senior Lecturer, and MA Filmmaking student": the next one's
        piece = re.sub(r",?\s+(?:and|&)\s*$", "", piece).strip(" ,(")
        piece = piece.strip(" ,()") if piece.count(")") > piece.count("(") else piece  # "(Arts)" is the title's
        piece = re.sub(r"^(?:(?:now|currently)\s+)?(?:an?|the)\s+(?=[a-z])", "", piece)
        name = self.draft.people[key].name
        entry = None
        if org_after and looks_like_org(piece) or org_after and piece[:1].isupper():
            entry = parse_entry(f"{(name.honorific or '') + ' ' if name.honorific else ''}"
                                f"{name.name} of {piece}")
        elif piece and (starts_title(piece) or piece[:1].isupper() and looks_like_org(piece) or
                        (whose := OWNER.match(piece)) and starts_title(piece[whose.end():])):
            # ("..., TCC's Vice President of Workforce Development, welcomed": the post at TCC)
            entry = parse_entry(f"{name.name}, {piece}")
        elif bracket and piece[:1].isupper() and not parse_name(piece):
            entry = parse_entry(f"{name.name} of {piece}")  # "Niamh Doyle (Animation Ireland)"
        placed = bool(job)
        if entry:
            placed = bool(job) and any(not post.title for post in entry.posts)
            if job:
                for post in entry.posts:
                    post.title = post.title or job
            self.add_entry(entry, block, None)
        elif job:
            self.draft.add_post(key, job, None, evidence(block.line, text))
        return placed


# What kind of body follows 'of', 'at': "of the rental company X", "at the Lagos-based studio Y".
KIND_BEFORE = (r"the\s+(?:[A-Z][\w'\u2019]*-based\s+)?(?:[a-z][\w-]*\s+){0,2}(?:company|studio|house|agency|firm|"
               r"broadcaster|streamer|platform|distributor|label|publisher|collective|magazine|newspaper|"
               r"channel|network|festival|school|university)\s+(?=[A-Z])")


# Words before a name run that make it part of a post, not the next person: "Chief Content
# Officer at Adire Play", "Manager of Productora Cerro Azul", "Vice President for Academic Affairs".
IN_POST = re.compile(r"\b(?:of|at|from)\s+(?:[A-Z][\w&'.-]*\s+){1,3}$|[A-Z][\w-]*\s+(?:for|in)\s+$")


def next_name(text: str, end: int, start: int) -> bool:
    """Whether the name run at `start` is the next person's, ending the post written after
    the name that ends at `end` (not a name inside the post, nor inside its bracket:
    "Deputy Dean (Industry and Community Networking)")."""
    return not ORG_CONTEXT.search(text[:start]) and not IN_POST.search(text[:start]) and \
        text[end:start].count("(") <= text[end:start].count(")")


def credits(text: str) -> bool:
    """Whether a bracket after a name lists works ("Northern Passage, The Quiet Orchard"), not
    a post or an organisation and its place ("Netflix, USA")."""
    parts = [part.strip() for part in text.split(",")]
    return len(parts) >= 2 and all(part[:1].isupper() and not looks_like_org(part) and not is_place(part)
                                   and not starts_title(part) for part in parts)
