"""One person a bilingual page writes in two scripts: '赵建国' in its Chinese paragraph and
'ZHAO Jianguo (赵建国)' in its English one."""

from __future__ import annotations

import re

from kg.draft.japanese_names import JAPANESE_NAME
from kg.draft.model import Draft, DraftRole

HAN = r"[\u3400-\u9fff]"


def forms_on_next_lines(draft: Draft) -> None:
    """'モデレーター：藤井 直樹（…）' over 'Moderator: FUJII Naoki, Associate Professor, …': the
    Japanese form is the other name of the one person the next (or last) line names in Latin
    letters, family name first, with the same role, and the two become one (merge_written_forms)."""
    roles: dict[str, set] = {}
    for role in draft.roles:
        roles.setdefault(role.person, set()).add((role.role, role.session))
    for key, person in draft.people.items():
        if not JAPANESE_NAME.fullmatch(person.name.name) or not roles.get(key):
            continue
        line = person.evidence.line
        # (its Latin form written family name first, as these pages write a Japanese name: not "Marco Rossi")
        same = [other for k, other in draft.people.items() if k != key and other.name.name.isascii() and
                other.name.order == "family-first" and
                abs(other.evidence.line - line) == 1 and roles.get(k, set()) & roles[key]]
        if len(same) == 1 and person.name.name not in same[0].alt_names:
            same[0].alt_names.append(person.name.name)


def merge_written_forms(draft: Draft) -> None:
    """'赵建国' read in a page's Chinese paragraph and 'ZHAO Jianguo (赵建国)' in its English
    one: one person, under the Latin form, the Han form kept as the other name."""
    by_name = {person.name.name: key for key, person in draft.people.items()}
    alias = {}
    for key, person in draft.people.items():
        for alt in person.alt_names:
            if by_name.get(alt) not in (None, key):
                other = by_name[alt]
                # (the Latin form of an English paragraph kept, whichever paragraph came first:
                # "莎拉·惠特菲尔德（Sarah Whitfield）" then "Dr Sarah Whitfield, Associate Professor")
                latin_apart = re.search(HAN, person.name.name) and not re.search(HAN, alt) and \
                    draft.people[other].evidence.line != person.evidence.line
                old, new = (key, other) if latin_apart else (other, key)
                alias[old] = new
    for old, new in alias.items():
        if old not in draft.people or new not in draft.people or new in alias:
            continue
        # (the posts once: in the words of the form kept, when it has any)
        for post in [] if draft.people[new].posts else draft.people[old].posts:
            draft.add_post(new, post.title, post.org, post.evidence, post.org_inferred, post.current)
        kept = draft.people[new]
        for form in (draft.people[old].name.name, *draft.people[old].alt_names):
            if form != kept.name.name and form not in kept.alt_names:
                kept.alt_names.append(form)
        del draft.people[old]
        for role in draft.roles:
            role.person = new if role.person == old else role.person
        for mention in draft.mentioned:
            mention.person = new if mention.person == old else mention.person
        for keys in (draft.spoke, draft.committee, draft.roster):
            if old in keys:
                keys.discard(old)
                keys.add(new)
    if alias:  # a role both forms were given, once
        kept: dict[tuple, DraftRole] = {}
        for role in draft.roles:
            kept.setdefault((role.person, role.role, role.session), role)
        draft.roles = list(kept.values())
