"""Sentences about people and talks: biographies ('Hannah Osei is Head of Development at
...', 'She was previously ...') and whose talk a paragraph speaks of ('WANG focused on ...')
with the topics it gives.

A mixin of the page reader (kg.draft.extract.PageReader), whose draft, people in text and
entries it uses.
"""

from __future__ import annotations

import re

from kg.draft.entries import parse_entry
from kg.draft.former_posts import former_posts
from kg.draft.model import evidence
from kg.draft.org_names import org_chain
from kg.draft.person_names import name_runs, parse_name
from kg.draft.posts import starts_title
from kg.draft.segment import Block
from kg.draft.topics import topics_in

# A biography: "Hannah Osei is Head of Development at ...", "Marco Ricci is a screenwriter".
BIO = re.compile(r"^((?:(?:[A-Z][\w.'\u2019-]*|van|von|der|den|de|la|le|da|di|du|del)\s+){1,5}?"
                 r"[A-Z][\w'\u2019-]+)\s+is\s+(?:an?\s+|the\s+)?(.+)$")
BIO_END = r",\s+(?:where|who|which|whose)\b|\s+(?:based|living|working)\s+in\b|\.\s"
# A biography's interests are the person's, not a talk's: "Her research focuses on ...".
NOT_A_TALK = re.compile(r"\b(?:research|work|practice|teaching|scholarship|writing|films?|career|"
                        r"interests?|book|thesis|dissertation|studio|company)\s+(?:\w+\s+)?"
                        r"(?:focus|centre|center|explore|examine|address|deal|engage|look)", re.IGNORECASE)


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
        if not m or not parse_name(m.group(1)):
            return False
        description = re.split(BIO_END, m.group(2))[0]
        entry = parse_entry(f"{m.group(1)}, {description}")
        if not entry or not entry.posts:
            return False
        self.bio_person = self.add_entry(entry, block, self.item_role(), session=session)
        self.bio_sentence(sentence, block, self.bio_person)
        return True

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
        name = person.name
        calls = {w for w in (name.given, name.family, name.name) if w}
        if not (re.search(r"\b(?:he|she|they|his|her|their)\b", sentence, re.IGNORECASE) or
                re.match(r"^(?:A former|Before|Prior|Previously|Formerly|Earlier)\b", sentence) or
                any(w in sentence for w in calls)):
            return  # a sentence about someone or something else
        ev = evidence(block.line, sentence)
        for title, org in former_posts(sentence):
            key = self.draft.add_chain(org_chain(org), ev)
            self.draft.add_post(subject, title, key, ev, current=False)
        if (m := re.match(rf"^(?:{'|'.join(map(re.escape, sorted(calls, key=len, reverse=True)))})\s+is\s+"
                          rf"(?:an?\s+|the\s+)?(.+)$", sentence)) and starts_title(m.group(1)):
            description = re.split(BIO_END + r"|\s+and\s+(?:was|is|has)\b", m.group(1))[0]
            # "of the film magazine Revista Plano Secuencia": the magazine's name
            description = re.sub(r"\bthe\s+(?:[a-z-]+\s+){0,2}(?:magazine|newspaper|journal|company|"
                                 r"studio|festival|streamer|platform|broadcaster|channel|agency|"
                                 r"fund|label)\s+(?=[A-Z])", "", description)
            entry = parse_entry(f"{name.name}, {description.rstrip('.')}")
            for post in entry.posts if entry else []:
                self.draft.add_post(subject, post.title,
                                    self.draft.add_chain(post.chain, ev) if post.chain else None, ev)
