"""What a page implies about its organisations once it is read: 'our' is the page's own,
an acronym and a short form are the long name's (or the one the page spells out, or its
imprint's name with the legal form), a unit belongs to the organisation its name starts
with or to the school holding the event, a university's titles with no organisation are
the host's, a name with no type word is a company's, and a unit takes its parent's sector.
Each of these is marked inferred in the draft.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.draft.model import Draft, Evidence, org_key
from kg.draft.org_names import (ACADEMIC_UNIT_WORDS, GENERIC_UNIT, LEGAL_FORM, LEGAL_FORMS, TYPE_WORDS,
                                has_type_word, short_form_acronyms)
from kg.draft.page import Line
from kg.draft.person_names import OFFICE_HONORIFIC
from kg.draft.title_words import SUBJECT_WORDS
from kg.identity.names import ORG_STOPWORDS, acronym, org_tokens


def fold(draft: Draft, key: str, into: str, alias: dict[str, str], keep_name: bool = True) -> None:
    """One organisation written two ways: `key`'s name becomes an alternative name of
    `into` (unless it is no name, as 'the College'), its parents `into`'s; references move
    when `draft.rename(alias)` runs."""
    org = draft.orgs.pop(key)
    if keep_name:
        draft.orgs[into].add_alt_name(org.name)
    for parent in org.parents:
        draft.set_parent(into, parent, org.parent_evidence[parent])
    alias[key] = into


def resolve_ours(draft: Draft) -> str | None:
    """Posts the page gives as its own organisation's ('our Head of Talent Development,
    Gareth Price') at the organisation writing it: the event's first organiser, else the
    one the page's first line names (inferred)."""
    owner = draft.event.organizers[0][0] if draft.event.organizers else draft.owner
    if not owner and (site := draft.site_name):  # "KRANICHWERK GAMES": the organisation named so on the page
        owner = next((k for k, org in draft.orgs.items() if org.name.lower().startswith(site.words.lower())), None) \
            or draft.add_org(" ".join(w if len(w) <= 3 else w.capitalize() for w in site.words.split()), site)
        # (else the organisation the logo names, "FROSTMOOR INTERACTIVE": Frostmoor Interactive)
    for person in draft.people.values():
        for post in person.posts:
            if post.ours and owner and post.org is None:
                post.org, post.org_inferred = owner, True
                draft.posted_orgs.add(owner)
    return owner


def staff_of_the_company(draft: Draft, owner: str | None, lines: list[Line]) -> None:
    """A company's own page in the first person ('we opened our doors', 'our head of talent'):
    the people it names by a job alone ('senior colourist Tomasz Wróblewski') are its staff
    (inferred). Not a school's page, where such people are guests."""
    org = draft.orgs.get(owner) if owner else None
    if not org or org.type not in ("company", "studio", "organization") or org.parents or \
            ACADEMIC.search(org.name) or " " not in org.name:  # ("MBU": whose?)
        return
    unquoted = QUOTED.sub("", " ".join(line.text for line in lines))
    if len(FIRST_PERSON.findall(unquoted)) < 3:
        return
    for person in draft.people.values():
        if person.posts and not any(post.org for post in person.posts):
            for post in person.posts:
                if post.title and not STUDENT.search(post.title):  # (a student is a school's)
                    post.org, post.org_inferred = owner, True
                    draft.posted_orgs.add(owner)


QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"")
FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
ACADEMIC = re.compile(r"(?i)universit|college|school|academy|institut|polytechnic|\u5927\u5b66|\u5927\u5b78|\u5b66\u9662|\u5b78\u9662")
STUDENT = re.compile(r"\b(?:student|graduate|alumn\w*|intern|trainee)\b", re.IGNORECASE)


def merge_acronyms(draft: Draft) -> None:
    """'SJTU' and 'Shanghai Jiao Tong University' on one page: one organisation, the
    acronym kept as an alternative name."""
    long_by_acronym = {}
    for key, org in draft.orgs.items():
        # "Dongjiang–Kingsmere Institute of Creative Industries": DKICI, the dash's halves both
        for name in (org.name, re.sub(r"[-\u2013\u2014]", " ", org.name)):
            if short := acronym(org_tokens(name)):
                long_by_acronym.setdefault(short, key)
            bare = re.sub(r"\s+e\.\s?V\.?$", "", LEGAL_FORM.sub("", name))  # (the German association's "e.V")
            if len(every := initials(bare)) >= 3:
                long_by_acronym.setdefault(every, key)  # "GfB": Gesellschaft für Bewegtbildforschung
        for alt in org.alt_names:  # "Oberrheinischer Rundfunk (ORR)": the acronym the page gave
            if alt.isupper() and " " not in alt:
                long_by_acronym.setdefault(alt.lower(), key)
            elif re.match(r"[A-Z]{2,8}\s", alt):  # "HFM Weidenau": the short form the site's title gave
                long_by_acronym.setdefault(" ".join(org_tokens(alt)), key)
    alias = {}
    for key, org in list(draft.orgs.items()):
        target = long_by_acronym.get(key)
        if (" " not in key or re.match(r"[A-Z]{2,8}\s", org.name)) and target and target != key:
            fold(draft, key, target, alias)
    draft.rename(alias)


# A run of capitalised words a page may spell an acronym out in ("Kinnear Bay International
# Film Festival" for KBIFF), with the small words names hold.
CAPITALISED_RUN = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:(?:of|for|and|&|the|de|des|du|del|di|da|do|et|y|la|le|"
                             r"van|von|der|und|e|i|f\u00fcr)\s+)*[A-Z][\w'\u2019.-]*)+")


def expand_acronyms(draft: Draft, lines: list[Line]) -> None:
    """'Executive Director, KBIFF' on a page whose header reads 'Kinnear Bay International
    Film Festival': the acronym's organisation is the one the page spells out (its only
    spelling there; the acronym kept as an alternative name). So too an acronym and its
    place ('HMG Lindenau' for 'Hochschule für Medien und Gestaltung Lindenau')."""
    wanted: dict[str, list[tuple[str, str]]] = {}  # an acronym -> (the short form's key, its place)
    for key, org in draft.orgs.items():
        if (short := short_form_acronyms(org.name)) and (short[1] or len(org.name) >= 3):
            for spelled in short[0]:
                wanted.setdefault(spelled, []).append((key, short[1]))
        elif short := PLACE_FIRST.fullmatch(org.name):  # "Kaarila UAS": Kaarila University of Applied Sciences
            wanted.setdefault((short.group(1)[:1] + short.group(2)).lower(), []).append((key, short.group(1)))
    if not wanted:
        return
    found: dict[str, dict[str, Line]] = {}
    for line in lines:
        for run in CAPITALISED_RUN.finditer(line.text):
            words = run.group().split()
            for i in range(len(words)):
                for j in range(i + 2, len(words) + 1):
                    name = " ".join(words[i:j]).rstrip(".")
                    # ("GfB": the initials of every word, "Gesellschaft für Bewegtbildforschung")
                    if (spelled := acronym(org_tokens(name))) not in wanted:
                        spelled = initials(name)
                    if spelled in wanted and words[i][0].lower() == spelled[0] and \
                            words[j - 1].lower() not in ORG_STOPWORDS:
                        for key, place in wanted[spelled]:
                            if (name.endswith(place) or name.startswith(place + " ")) and name != draft.orgs[key].name:
                                found.setdefault(key, {}).setdefault(name, line)
    alias = {}
    for key, spelled in found.items():
        if len(spelled) == 1 and key not in alias:
            (name, line), = spelled.items()
            into = draft.add_org(name, Evidence(line.number, name))
            if into and into != key:
                fold(draft, key, into, alias)
    draft.rename(alias)


def initials(name: str) -> str:
    """The first letters of all a name's words, small ones too: 'gfb' for 'Gesellschaft für
    Bewegtbildforschung' (GfB), where kg.identity's acronym leaves out 'für'."""
    return "".join(word[0] for word in name.split()).lower()


# A place, then an acronym: "Kaarila UAS".
PLACE_FIRST = re.compile(r"([A-Z][a-z\u00e0-\u024f]+)\s+([A-Z]{2,5})")


def legal_names(draft: Draft, lines: list[Line]) -> None:
    """A company the story names without its legal form ('Kranichwerk Games') and the
    page's imprint or copyright line with it ('Kranichwerk Games GmbH · Königsbrücker
    Straße 96', '© 2025 Frostmoor Interactive Inc.'): the name in full (the short one kept)."""
    full: dict[str, str] = {}  # a name as the imprint writes it before its legal form -> with it
    for line in lines[-25:]:
        for m in NAME_AND_LEGAL_FORM.finditer(line.text):
            words = m.group(1).split()
            for k in range(len(words)):  # ("Copyright Frostmoor Interactive Inc.": its last words too)
                full.setdefault(" ".join(words[k:]).lower(), " ".join(words[k:]) + m.group()[len(m.group(1)):])
    for org in draft.orgs.values():
        if LEGAL_FORM.search(org.name):
            continue
        name = full.get(org.name.lower())
        if not name and " " in org.name:
            # ("HALYARD POST" over a page whose imprint reads "Halyard Post Production Ltd": its one
            # longer name there)
            longer = {full_name for full_name in full.values() if full_name.lower().startswith(org.name.lower() + " ")}
            name = longer.pop() if len(longer) == 1 else None
        if name:
            org.add_alt_name(org.name)
            org.name = name


NAME_AND_LEGAL_FORM = re.compile(r"([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,5})" + LEGAL_FORMS + r"(?![\w-])")


# What follows a short form in its full name: "the Nkosi School" of "Nkosi School of Film and
# Television", "the Corrib Centre" of "Corrib Centre for Screenwriting" (not "Bursztyn Film
# Studio for Strimline": a studio's client).
SPELLED_OUT = re.compile(r"\s+of\s|(?:" + "|".join(f"(?<={w})" for w in ("Centre", "Center", "School", "Academy",
                                                                         "Institute", "College", "Council", "Fund"))
                         + r")\s+for\s")


def merge_short_forms(draft: Draft) -> None:
    """'Corbin' and 'Corbin University' on one page: the one-word form is the other's
    (an alternative name, inferred)."""
    firsts: dict[str, list[str]] = {}  # the first word, or words, of a longer name -> its keys
    for key, org in draft.orgs.items():
        words = key.split()
        if len(words) > 1 and org.type in ("university", "school", "studio", "company"):
            firsts.setdefault(words[0], []).append(key)
        bare = org_key(LEGAL_FORM.sub("", org.name)).split()
        for n in range(max(2, len(bare) - 2), len(bare)) if org.type in ("studio", "company") else ():
            # "Awan Biru's Head of Studio" beside Awan Biru Animation Studio Sdn. Bhd. (the
            # words left a kind of body: not the run of names "Northlight VFX Boreal Animation")
            if bare[:n] == words[:n] and has_type_word(bare[-1]) and all(w in SUBJECT_WORDS or has_type_word(w) for w in bare[n:]):
                firsts.setdefault(" ".join(words[:n]), []).append(key)
    spelled_out: dict[str, list[str]] = {}  # "Nkosi School" -> the keys of "Nkosi School of ..."
    for key, org in draft.orgs.items():
        for m in SPELLED_OUT.finditer(org.name):
            spelled_out.setdefault(org.name[: m.start()], []).append(key)
    alias = {}
    for key, org in list(draft.orgs.items()):
        targets = firsts.get(key, [])
        if len(targets) > 1:
            # "Mwangaza's Chief Executive" beside Mwangaza Animation Studios Ltd. and Mwangaza
            # Academy: the company of the two (the school is the company's)
            targets = [k for k in targets if draft.orgs[k].type in ("studio", "company")] or targets
        if (" " not in key or not has_type_word(org.name)) and len(targets) == 1 and not org.parents and \
                not org.name.isupper():
            fold(draft, key, targets[0], alias)
        elif " " in org.name and not org.parents and has_type_word(org.name.split()[-1]) and \
                len(longer := set(spelled_out.get(org.name, ())) - {key}) == 1:
            # "the Nkosi School" on a page that names the Nkosi School of Film and Television
            fold(draft, key, longer.pop(), alias)
    draft.rename(alias)


def merge_legal_forms(draft: Draft) -> None:
    """'Lingxi Interactive Entertainment Co., Ltd.' and 'Lingxi Interactive Entertainment' on
    one page: one company, named in full (the short form kept as an alternative name)."""
    by_base: dict[str, list[str]] = {}
    for key, org in draft.orgs.items():
        by_base.setdefault(LEGAL_FORM.sub("", org.name).lower(), []).append(key)
    alias = {}
    for keys in by_base.values():
        if len(keys) < 2:
            continue
        full = max(keys, key=lambda k: len(draft.orgs[k].name))
        for key in keys:
            if key != full:
                fold(draft, key, full, alias)
    draft.rename(alias)


def merge_bare_kinds(draft: Draft) -> None:
    """'Lecturer at the College' after 'the College of Communication and Media': an
    organisation named only by its kind word is the one `Draft.named` finds; the bare word
    is dropped, its parents kept."""
    alias = {}
    for key, org in list(draft.orgs.items()):
        word = org.name.lower().removeprefix("the ")
        if " " in word or len(word) < 4 or word not in TYPE_WORDS:
            continue
        if target := draft.named(word, org.evidence.line, besides=key):
            fold(draft, key, target, alias, keep_name=False)
    draft.rename(alias)


def prefix_parents(draft: Draft) -> None:
    """'Pinecrest College Career Center' and 'Pinecrest College' on one page: the centre
    is the college's (read from the name: inferred)."""
    wholes = {org.name: key for key, org in draft.orgs.items()
              if org.type in ("university", "school") and len(org.name.split()) >= 2}
    for key, org in draft.orgs.items():
        words = org.name.split()
        for k in range(len(words) - 1, 1, -1):  # the longest name it starts with
            parent = wholes.get(" ".join(words[:k]))
            if parent and parent != key and not org.parents and \
                    ACADEMIC_UNIT_WORDS & {w.lower() for w in words[k:]}:
                draft.set_parent(key, parent, org.evidence)
                org.parent_inferred = True
                break


def guess_types(draft: Draft) -> None:
    """Organisations whose name has no type word: an acronym under an academic parent is
    an institute, any other such name a company (both inferred, the sector with them)."""
    for org in draft.orgs.values():
        if org.type != "organization":
            continue
        parents = [draft.orgs[p] for p in org.parents if p in draft.orgs]
        if parents and parents[0].sector == "academia":
            org.type, org.sector = "institute", "academia"
        elif not org.parents and not org.name.isupper():
            org.type, org.sector = "company", "industry"
        else:
            continue
        org.type_stated = org.sector_stated = False
        org.type_guessed = True


def inherit_sectors(draft: Draft) -> None:
    """A unit with no sector of its own takes its parent's (inferred)."""
    for _ in range(3):
        for org in draft.orgs.values():
            if org.sector is None:
                for parent in org.parents:
                    if parent in draft.orgs and draft.orgs[parent].sector:
                        org.sector, org.sector_stated = draft.orgs[parent].sector, False
                        break


def units_of_the_host(draft: Draft) -> None:
    """'Dean of the School of Animation' on a page of the film academy holding the event:
    a unit named only by what it is belongs to that academy (the event's first academic
    organiser, else the page's own organisation; inferred)."""
    candidates = [key for key, _ in draft.event.organizers] + ([draft.owner] if draft.owner else [])
    home = next((key for key in candidates if key in draft.orgs
                 and draft.orgs[key].type in ("university", "school")
                 and not GENERIC_UNIT.match(draft.orgs[key].name)), None)
    if home is None:
        return
    for key, org in draft.orgs.items():
        if key != home and not org.parents and GENERIC_UNIT.match(org.name) \
                and not draft.is_above(key, home):
            draft.set_parent(key, home, org.evidence)
            org.parent_inferred = True


# Offices a university gives only its own people ("Registrar", "the Vice-Chancellor", "Dean"):
# with no organisation named, the host's.
HOST_TITLE = re.compile(r"^(?:(?:pro[- ])?vice[- ]chancellor|chancellor|registrar|(?:vice|pro)?[- ]?rector|provost|president|"
                        r"head of studies|director of studies|(?:university )?librarian|bursar|"
                        r"vice[- ]president|dean|deputy dean|associate dean|executive dean|"
                        r"secretary of the party committee)(?:\s+for\s+.+|\s*\(.+\))?$|"
                        r"^(?:[\w-]+\s+){0,3}students?$", re.IGNORECASE)  # "second-year student": the host's
# A teacher's or researcher's post with no organisation on the host's page ("chaired by
# lecturer Gráinne Whelan"): the host's school or department, where the page names one.
# (A bare "Professor" is left: a guest's university may be the words a cut page lost.)
STAFF_TITLE = re.compile(r"^(?!professor$)(?:senior\s+|principal\s+|assistant\s+|associate\s+|adjunct\s+)?(?:lecturer|"
                         r"professor|instructor|doctoral researcher|researcher|research fellow|phd candidate|"
                         r"program(?:me)? (?:leader|coordinator))(?:\s+(?:in|of)\s+[\w -]+)?$", re.IGNORECASE)


def offices_from_honorifics(draft: Draft) -> None:
    """'Dean Angela Whitcombe' and no post for her on the page: 'Dean' is her post (its
    organisation found as any office's is), what follows it her honorific."""
    for person in draft.people.values():
        office = OFFICE_HONORIFIC.match(person.name.honorific or "")
        if office and not any(post.title for post in person.posts):
            person.name = replace(person.name, honorific=office.group(2) or None)
            draft.add_post(person.key, office.group(1), None, person.evidence)


def posts_at_the_host(draft: Draft) -> None:
    """'the Registrar, Mrs. Gifty Owusu-Sekyere' on a university's page: an office the host
    gives its own people, at the host (the event's first academic organiser; inferred), when
    the person's posts name no organisation at all."""
    hosts = [key for key, _ in draft.event.organizers] + ([draft.owner] if draft.owner else [])
    home = next((key for key in hosts if key in draft.orgs  # the organiser, else the page's own university
                 and draft.orgs[key].type in ("university", "school")), None)
    if home is None:
        return
    school, home = home, home
    while draft.orgs[home].parents and draft.orgs[home].type == "school" and \
            GENERIC_UNIT.match(draft.orgs[home].name):
        home = draft.orgs[home].parents[0]  # "School of Film": its university gives the title
    units = [key for key, org in draft.orgs.items() if home in org.parents and GENERIC_UNIT.match(org.name)]
    unit = school if school != home or len(units) != 1 else units[0]
    for person in draft.people.values():
        if any(post.org for post in person.posts):
            continue
        for post in person.posts:
            staff = bool(post.title and STAFF_TITLE.match(post.title))
            if staff or post.title and HOST_TITLE.match(post.title):
                # a dean or a lecturer is the school's, a vice-chancellor the university's
                post.org = unit if staff else school if re.search(r"\bdean\b", post.title, re.IGNORECASE) else home
                # ("a senior lecturer in film studies at the school": the school is the post's organisation)
                post.title = re.sub(r"\s+at\s+(?:the|our|this)\s+(?:school|department|faculty|college|university|"
                                    r"institute|academy)$", "", post.title, flags=re.IGNORECASE)
                post.org_inferred = True
                draft.posted_orgs.add(post.org)


# A festival's own office before a name: "Festival director Gwen Parry", "Festival Artistic Director X".
FESTIVAL_TITLE = re.compile(r"(?i)festival\s+(?:[a-z-]+\s+){0,2}(?:director|programmer|manager|producer|coordinator|"
                            r"president|chair|curator|head)\b")


def festival_posts(draft: Draft) -> None:
    """'Festival director Gwen Parry' on a page with one festival: the director of that
    festival (inferred), when the post names no organisation."""
    hosts = {key for key, _ in draft.event.organizers} | {draft.owner}
    posted = {post.org for person in draft.people.values() for post in person.posts}
    # (the festival holding the event, else one no one else works at: not "Lotte Verhoeven,
    # director of the Utrecht Short Film Festival", a juror's)
    found = [key for key, org in draft.orgs.items() if org.type == "festival" and not FESTIVAL_TITLE.search(org.name)]
    festivals = [key for key in found if key in hosts] or [key for key in found if key not in posted]
    if len(festivals) != 1:
        return
    for person in draft.people.values():
        for post in person.posts:
            if post.org is None and post.title and FESTIVAL_TITLE.fullmatch(post.title):
                post.org, post.org_inferred = festivals[0], True
                draft.posted_orgs.add(post.org)
