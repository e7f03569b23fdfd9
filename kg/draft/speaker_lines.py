"""Lines of a page that are not sentences: a speaker's name with its title and organisation
on the lines under it, a news page's credit lines, labels in two languages.
"""

from __future__ import annotations

import re

from kg.draft.entries import parse_entry
from kg.draft.org_names import looks_like_org
from kg.draft.person_names import parse_name
from kg.draft.posts import starts_title
from kg.draft.segment import Block

TERMINAL_STOP = re.compile(r"[.!?]$")
# A news page's own credits ("Editor: Sun Qing"), not people at the event.
CREDIT_LABELS = re.compile(r"^(?:editors?|author|source|photos?|photographer|reporter|translator|"
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
    word = block.label or (re.match(r"^([^:\uff1a]{1,30})[:\uff1a]", block.text) or [None, ""])[1]
    return bool(word) and bool(CREDIT_LABELS.match(latin(word) or word))


def name_and_post_lines(blocks: list[Block]) -> list[Block]:
    """Speaker pages write the name on one line and the post on the next ('Marianne Holt' /
    'Head of Drama, Coastline Television'), or the title and the organisation on a line
    each ('Valentina Restrepo' / 'Dean' / 'Faculty of Audiovisual Arts, Universidad del
    Altiplano'): the lines as one entry."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        name = parse_name(block.text) if block.kind == "heading" else None
        parts: list[str] = []
        if name and name.name == block.text:
            for following in blocks[i + 1: i + 3]:
                if following.kind not in ("heading", "paragraph") or TERMINAL_STOP.search(following.text) \
                        or len(following.text.split()) > 12 or is_name(following.text):
                    break
                first = not parts
                if first and not (starts_title(following.text) or following.text.lower() in ROLE_TITLES):
                    break  # a title, or a role in the singular ('Moderator'; 'Speakers' heads a list)
                if not first and not (looks_like_org(following.text) or following.text[:1].isupper()
                                      and not starts_title(following.text)):
                    break
                parts.append(following.text)
        if parts:
            out.append(Block("item", block.line, "\n".join([block.text, *parts]), NAME_LINES))
            i += 1 + len(parts)
        else:
            out.append(block)
            i += 1
    return out


NAME_LINES = "name lines"  # the label of an item made of a name line and the lines under it


def entry_line(text: str) -> bool:
    """A line that is a person and their post and nothing else ('Dra. Lucía Ferrer Montaner,
    Catedrática de ..., Universidad del Alto Aragón')."""
    entry = parse_entry(text.split(",")[0])
    return bool(entry) and entry.person.name == re.sub(r"^(?:[A-Z][a-z]{1,4}\.\s+)+", "", text.split(",")[0]).strip() \
        and "," in text and not re.search(r"\b(?:said|says|is|was|were|will|has|have)\b", text)


def is_name(text: str) -> bool:
    name = parse_name(text)
    return bool(name) and name.name == text.strip()
