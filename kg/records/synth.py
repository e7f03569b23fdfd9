"""Synthetic records in the same format as data/, for benchmarks and property tests.

People and organisations are reused across events with a heavy-tailed (Zipf-like)
distribution, as in real event series where a few people speak everywhere.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from bisect import bisect
from itertools import accumulate
from pathlib import Path

from kg.atomic import atomic_write
from kg.records.synth_variants import add_name_variants
from kg.records.yaml_files import dump

SECTOR_WEIGHTS = {"academia": 0.42, "industry": 0.40, "government": 0.08, "nonprofit": 0.10}
TOP_TYPES = {"academia": "university", "industry": "company", "government": "government",
             "nonprofit": "nonprofit"}
UNIT_TYPES = {"academia": "school", "industry": "division", "government": "department",
              "nonprofit": "program"}
TITLES = {
    "academia": ["Professor", "Associate Professor", "Dean", "Lecturer", "Research Fellow",
                 "Program Director", "Associate Dean"],
    "industry": ["CEO", "Producer", "Head of Production", "General Manager", "Managing Partner",
                 "Creative Director", "Head of Content"],
    "government": ["Director", "Policy Adviser", "Deputy Director"],
    "nonprofit": ["Executive Director", "Program Officer", "Chair"],
}
GIVEN = ["Wei", "Ming", "Li", "Anna", "James", "Sofia", "Hong", "Xiao", "Karl", "Maria", "Jun",
         "Elena", "David", "Yu", "Lucas", "Mei", "Omar", "Grace", "Hiro", "Chen", "明", "丽"]
FAMILY = ["ZHANG", "WANG", "LI", "CHEN", "Smith", "Garcia", "Kim", "Thomas", "Kelly", "Novak",
          "Rossi", "LIU", "Tanaka", "Brown", "Silva", "ZHAO", "Müller", "王", "李"]
TOPIC_WORDS = ["short drama", "micro-drama", "streaming", "AI production", "copyright",
               "screenwriting", "talent training", "localization", "audience data", "animation",
               "documentary", "virtual production", "film festivals", "co-production",
               "platform economics", "creator economy", "dubbing", "distribution", "ethics",
               "games", "music rights", "VR storytelling", "film education", "policy"]
SESSION_PLAN = [("opening", "welcome-speaker", (1, 3)), ("keynote", "keynote-speaker", (1, 3)),
                ("panel", "panelist", (3, 6)), ("roundtable", "panelist", (3, 8)),
                ("talk", "speaker", (1, 2)), ("closing", "speaker", (1, 2))]
SOURCE = "synthetic"
TRUTH_FILE = "identity-truth.json"  # not a record file (readers take .yaml and .csv only)


def _zipf_picker(rng: random.Random, n: int, exponent: float = 1.1):
    """A function drawing an index in [0, n) with P(rank k) proportional to 1/(k+1)^exponent."""
    weights = list(accumulate(1.0 / (k + 1) ** exponent for k in range(n)))
    total = weights[-1]
    return lambda: min(bisect(weights, rng.random() * total), n - 1)


def synthetic_records(events: int, seed: int = 0, variants: float = 0.0) -> dict[str, dict]:
    """Record files (relative path -> YAML document) for `events` synthetic events.

    With `variants` > 0, that fraction of people also has a second record naming them
    another way (kg.records.synth_variants); the pairs are under TRUTH_FILE.
    """
    rng = random.Random(seed)
    n_orgs = max(4, events * 3)
    n_people = max(8, events * 10)
    organizations, units = [], []
    for i in range(n_orgs):
        sector = rng.choices(list(SECTOR_WEIGHTS), weights=list(SECTOR_WEIGHTS.values()))[0]
        org = {"id": f"org-{i}", "name": f"{sector.title()} Organisation {i}",
               "type": TOP_TYPES[sector], "sector": sector}
        organizations.append(org)
        for j in range(rng.choice((0, 0, 1, 2, 3))):
            unit = {"id": f"org-{i}-unit-{j}", "name": f"Unit {j} of Organisation {i}",
                    "type": UNIT_TYPES[sector], "parent": org["id"], "sector": sector,
                    "inferred": ["sector"]}
            units.append(unit)
    all_orgs = organizations + units
    pick_org = _zipf_picker(rng, len(all_orgs), 0.8)
    people = []
    for i in range(n_people):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        person = {"id": f"person-{i}", "name": f"{given} {family} {i}",
                  "given_name": given, "family_name": f"{family} {i}"}
        if rng.random() < 0.05:
            person.update(sector="independent", inferred=["sector"],
                          positions=[{"title": rng.choice(["producer", "screenwriter", "director"])}])
        else:
            positions = []
            for _ in range(1 if rng.random() < 0.75 else 2):
                org = all_orgs[pick_org()]
                title = rng.choice(TITLES[org["sector"]])
                if all(p["organization"] != org["id"] or p["title"] != title for p in positions):
                    positions.append({"organization": org["id"], "title": title})
            person["positions"] = positions
        people.append(person)
    truth = add_name_variants(people, variants, seed) if variants else None
    pick_person = _zipf_picker(rng, n_people)
    pick_topic = _zipf_picker(rng, len(TOPIC_WORDS) * 8)
    files: dict[str, dict] = {
        "sources.yaml": {"sources": [{"id": SOURCE, "title": f"Synthetic records (seed {seed})"}]},
        "organizations.yaml": {"source": SOURCE, "organizations": all_orgs},
        "people.yaml": {"source": SOURCE, "people": people},
    }
    start = dt.date(2018, 1, 1)
    for e in range(events):
        date = start + dt.timedelta(days=rng.randrange(8 * 365))
        sessions = []
        used: set[tuple[str, str]] = set()
        for kind, role, (low, high) in SESSION_PLAN:
            if kind in ("talk", "roundtable") and rng.random() < 0.5:
                continue
            participants = []
            for _ in range(rng.randint(low, high)):
                person = f"person-{pick_person()}"
                if (person, kind) not in used:
                    used.add((person, kind))
                    participants.append({"person": person, "role": role})
            topic_ids = {pick_topic() for _ in range(rng.randint(0, 3))}
            topics = [f"{TOPIC_WORDS[t % len(TOPIC_WORDS)]} {t // len(TOPIC_WORDS)}" for t in sorted(topic_ids)]
            session = {"id": kind, "name": f"{kind.title()} of event {e}", "type": kind,
                       "participants": participants}
            if topics:
                session["topics"] = topics
            sessions.append(session)
        attendees = [{"person": f"person-{pick_person()}", "role": "attendee"} for _ in range(rng.randint(0, 6))]
        seen = set()
        attendees = [a for a in attendees if not (a["person"] in seen or seen.add(a["person"]))]
        event = {"id": f"event-{e}", "name": f"Synthetic symposium {e}",
                 "type": rng.choice(["symposium", "forum", "conference", "workshop"]),
                 "start_date": date.isoformat(),
                 "organizers": [all_orgs[pick_org()]["id"]],
                 "participants": attendees, "sessions": sessions}
        files[f"events/event-{e}.yaml"] = {"source": SOURCE, "event": event}
    if truth is not None:
        files[TRUTH_FILE] = {"pairs": truth}
    return files


def write_synthetic(records_dir: Path, events: int, seed: int = 0, fmt: str = "yaml",
                    variants: float = 0.0) -> str:
    """Write synthetic records into `records_dir`; returns a one-line summary."""
    files = synthetic_records(events, seed, variants)
    truth = files.pop(TRUTH_FILE, None)
    if truth is not None:
        with atomic_write(records_dir / TRUTH_FILE) as handle:
            handle.write(json.dumps(truth, ensure_ascii=False, indent=1).encode("utf-8"))
    if fmt == "csv":
        from kg.records.csv_files import write_csv_records
        write_csv_records(records_dir, files)
    else:
        for name, document in files.items():
            with atomic_write(records_dir / name) as handle:
                handle.write(dump(document).encode("utf-8"))
    n_people = len(files["people.yaml"]["people"])
    n_orgs = len(files["organizations.yaml"]["organizations"])
    named = ""
    if truth is not None:
        n_people -= len(truth["pairs"])
        named = (f", {len(truth['pairs'])} of them recorded a second time under another name "
                 f"(truth in {TRUTH_FILE})")
    return (f"wrote {len(files)} record files to {records_dir}: {events} events, "
            f"{n_people} people{named}, {n_orgs} organisations")
