"""People a sentence lists after a cue ("The panel featured A, B and C", "was attended by
...", "a jury formed by A, B and C"), each with the role the words before the list give."""

from __future__ import annotations

import re

from kg.draft import roles
from kg.draft.entries import parse_entry, split_entries
from kg.draft.model import evidence
from kg.draft.org_names import ORG_NAME, org_chain, without_stop
from kg.draft.person_names import short_form
from kg.draft.segment import Block

LIST_START = re.compile(r"(?:\bincluding|\bsuch as|\bamong them|\bincluded|\bfeatured|\bfeaturing|"
                        r"\bcompris(?:es|ed|ing)|\bconsists? of|\bis made up of|\bwere present|"
                        r"\bbrought together|\balongside|\b(?:with\s+)?(?:panell?ists|speakers|guests|jurors)\b|"
                        r"\bwere|\bwas|\bare|\bwith|:)\s+|(?:包括|有(?!限)|(?<![作以成])为(?!题))\s*", re.IGNORECASE)  # (not 有限公司, 作为, 以...为题)
# "the Gaon University delegation led by ..., including", "From Starlit Contents, the
# delegation ... included": the organisation the listed people come from.
DELEGATION = re.compile(rf"\b[Ff]rom\s+(?:the\s+)?({ORG_NAME})\s*,|\bthe\s+({ORG_NAME})\s+delegation\b|"
                        rf"\b({ORG_NAME})(?:\u2019s|'s)\s+delegation\b|"
                        rf"\bdelegation\s+(?:of|from)\s+(?:the\s+)?({ORG_NAME})")
LIST_END = re.compile(r",?\s+and\s+(?=(?:was|were|is|are|will)\s|[a-z]+ed\s+by\s)|,\s+(?=(?:who|which|while|whereas)\s|"
                      r"(?:chaired|moderated|hosted|introduced|facilitated)\s+by\s)")


class SentenceLists:
    """A mixin of the page reader (kg.draft.extract.PageReader)."""

    def sentence_list(self, sentence: str, block: Block, session: str | None) -> tuple[str, str]:
        """People listed in the sentence ('..., including A, Dean of X; B; and C'); returns
        the words before the list and those after it."""
        best = None  # the cue whose list names the most people ("brought together ..., including")
        for cue in LIST_START.finditer(sentence):
            # "..., and was moderated by X": the list ends where the sentence goes on.
            rest, *tail = LIST_END.split(without_stop(sentence[cue.end():]), maxsplit=1)
            # "was attended by NJLU President Dr. Wu, ...", "was opened on Thursday by the Director of X, Y"
            rest = re.sub(r"^[a-z]+\s+(?:(?:on|in|at)\s+(?:\w+\s+){1,3}?)?by\s+", "", rest)
            found = [e for e in (parse_entry(p) for p in split_entries(rest)) if e]
            if (len(found) >= 2 or (found and ";" in rest)) and (not best or len(found) >= len(best[1])):
                best = (cue, found, tail)
        if not best:
            return sentence, ""
        cue, found, tail = best
        # The role from the list's own clause: "moderated by X, brought together A, B".
        clause = re.split(r"[,;]\s+", sentence[: cue.end()])[-1]
        # "The pitching training was led by A, producer at X, and B, ...": the 'by' cue's role
        by = re.match(r"[^,;]*?\b(?:by|between)\s", sentence[cue.end():])  # "a jury formed by A, B and C"
        # (not the role of an earlier 'moderated by X': "..., was moderated by X, and featured A; B")
        role = by and roles.by_role(sentence[: cue.end()] + by.group()) or roles.list_role(clause) or \
            roles.list_role(re.sub(r"\b(?:moderated|chaired|hosted|introduced|presided\s+over)\s+by\b", "",
                                   sentence[: cue.end()])) or self.default_role(session)
        here = self.draft.sessions[session].type if session else ""
        # (the panel named in the sentence, or in the one before: "The panel ... was moderated by X. On stage: A; B")
        earlier = block.text[: block.text.find(sentence)] if sentence in block.text else ""
        earlier = re.split(r"(?<=[.!?])\s+", earlier.strip())[-1] if earlier.strip() else ""
        if role in ("attendee", "speaker") and not re.search(r"\bspeakers\b", sentence[: cue.end()], re.I) and (
                here in ("panel", "roundtable") or re.search(r"\bpanel\b", earlier + " " + sentence[: cue.start()], re.IGNORECASE)):
            role = "panelist"  # "A panel on ..., moderated by X, brought together A, B and C"
        if role == "attendee" and session and here not in ("ceremony", "opening", "closing", "screening") and \
                re.search(r"\bbrought together\b", sentence[: cue.end()]):
            role = "speaker"  # "The second session ... It brought together A; B; and C": its speakers
        if cue.group().strip() == "with" and role in ("moderator", "chair", "host"):
            # "moderated a panel on ... with A, B and C": those with whom
            role = "panelist" if re.search(r"panel|roundtable|discussion", clause, re.I) else "speaker"
        if by and re.search(r"\b(?:signed|witnessed|represented|accompanied)\s+by\s$", by.group()) and \
                not roles.by_role(sentence[: cue.end()] + by.group()):
            role = None  # "The agreement was signed by A and B": a signature is no role at the event
        if delegation := list(DELEGATION.finditer(sentence[: cue.start()])):
            home = org_chain(next(g for g in delegation[-1].groups() if g))
            for post in (post for entry in found for post in entry.posts):
                if post.title and not post.chain and home:
                    post.chain, post.shared = home, True  # the delegation's (inferred)
        if re.match(r"(?i)\[?(?:photo\s+)?caption|\[?photo\b", sentence):
            role = None  # "Photo caption: A (centre) during the panel, with B and C": who, not what they did
        others = role
        if role in ("moderator", "chair", "host") and len(found) > 1 and \
                re.search(r",?\s+and\s+(?:included|featured|with)\b", sentence[cue.end():]):
            # "was moderated by X, ..., and included A and B": X moderates, A and B are the panel
            others = "panelist" if re.search(r"panel|roundtable|discussion|session", sentence, re.I) else "speaker"
        for k, entry in enumerate(found):
            self.add_entry(entry, block, role if k == 0 else others, session=session)
        for piece in split_entries(LIST_END.split(without_stop(sentence[cue.end():]), maxsplit=1)[0]):
            # "Mr. Mehta" in the list: the person named in full before
            # (no role when the list gives none: "signed by Mr. Mehta and ...")
            if role and not parse_entry(piece) and (short := short_form(re.sub(r"\s+and$", "", piece))) and \
                    (key := self.draft.known_by_family(short) or self.draft.known_by_given(short)):
                self.draft.add_role(key, role, session, evidence(block.line, piece))
        return sentence[: cue.start()], " ".join(tail)
