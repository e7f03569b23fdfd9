"""Hypothesis properties: records survive YAML -> RDF -> Turtle -> records, and no bad YAML
makes kg fail with anything but a clear error."""

from __future__ import annotations

import datetime as dt
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DATA, run_kg
from kg.errors import KgError
from kg.records.load import load_records
from kg.rdf.triples import record_triples
from kg.rdf.records_from_rdf import canonical, records_from_graph
from kg.records.yaml_files import dump, records_to_documents
from kg.records.model import (Event, EventSeries, Organization, PartialDate, Participation, Person,
                              Place, Position, Records, Session, Source)
from kg.rdf.serialize import write_turtle_lines
from kg.rdf.vocab import EVENT_TYPES, ORG_TYPES, PARTICIPATION_ROLES, SECTORS

# Free text as people type it: any script, no control characters or line breaks, and no
# surrounding blanks (records are stripped when read).
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1,
               max_size=24).filter(lambda s: s == s.strip())
IDS = st.from_regex(r"[a-z0-9][a-z0-9-]{0,10}", fullmatch=True)
# Titles and topics become concept IRIs by their slug, and one label per IRI is kept,
# so they are drawn from pools whose slugs differ.
# Titles are kept exactly as written: "Director" and "director" are two roles.
TITLES = ["Dean", "Clinical Professor", "CEO", "Head of Production", "院长", "Producer",
          "Associate Arts Professor", "Directora de Cine", "Director", "director",
          "Director, R&D", "Co-Founder", "Sr. Producer", "..."]
TOPICS = ["AI-powered production", "copyright risks", "微短剧", "screen talent training",
          "localization", "auteur directors", "genre innovation", "Ética creativa"]
DATES = st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
# Dates as precise as pages give them: a year, a month, a day.
PARTIAL_DATES = st.one_of(DATES.map(PartialDate.of), DATES.map(lambda d: PartialDate(d.year)),
                          DATES.map(lambda d: PartialDate(d.year, d.month)))
WEBSITES = st.from_regex(r"https://[a-z]{1,8}\.example\.org/[a-z0-9]{0,6}", fullmatch=True)
WIKIDATA = st.from_regex(r"Q[1-9][0-9]{0,6}", fullmatch=True)
ORCID = st.from_regex(r"[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]", fullmatch=True)
ROR = st.from_regex(r"0[a-z0-9]{6}[0-9]{2}", fullmatch=True)


def maybe(strategy):
    return st.one_of(st.none(), strategy)


@st.composite
def inferred(draw, present: list[str]):
    """A subset of the fields present, marking fields that share a property (the owl:sameAs
    identifiers; series and part_of, both schema:superEvent) all or none."""
    groups = [[f for f in present if f in group]
              for group in (("wikidata", "orcid", "ror"), ("series", "part_of"))]
    grouped = {f for group in groups for f in group}
    others = [f for f in present if f not in grouped]
    chosen = set(draw(st.lists(st.sampled_from(others), unique=True))) if others else set()
    for group in groups:
        if group and draw(st.booleans()):
            chosen |= set(group)
    return frozenset(chosen)


def fields(record, names) -> list[str]:
    return [n for n in names if getattr(record, n, None) not in (None, (), "")]


@st.composite
def records(draw) -> Records:
    out = Records()
    source_ids = draw(st.lists(IDS, min_size=1, max_size=3, unique=True))
    for sid in source_ids:
        out.sources[sid] = Source(sid, draw(TEXT), url=draw(maybe(WEBSITES)),
                                  published=draw(maybe(DATES)), publisher=draw(maybe(TEXT)))
    srcs = st.lists(st.sampled_from(source_ids), min_size=1, max_size=2, unique=True).map(tuple)

    org_ids = draw(st.lists(IDS, min_size=1, max_size=6, unique=True))
    for i, oid in enumerate(org_ids):
        org = Organization(
            oid, draw(TEXT), type=draw(st.sampled_from(sorted(ORG_TYPES))),
            sector=draw(maybe(st.sampled_from(SECTORS))),
            # no cycles; a joint institute has two parents
            parents=tuple(draw(st.lists(st.sampled_from(org_ids[:i]), max_size=2, unique=True))) if i else (),
            alt_names=tuple(draw(st.lists(TEXT, max_size=2, unique=True))),
            identifiers={k: v for k, v in (("wikidata", draw(maybe(WIKIDATA))),
                                           ("ror", draw(maybe(ROR))),
                                           ("website", draw(maybe(WEBSITES)))) if v},
            sources=draw(srcs))
        org.inferred = draw(inferred(fields(org, ("name", "alt_names", "type", "sector"))
                                     + (["parent"] if org.parents else []) + list(org.identifiers)))
        out.organizations[oid] = org

    place_ids = draw(st.lists(IDS, max_size=2, unique=True))
    for pid in place_ids:
        place = Place(pid, draw(TEXT), organization=draw(maybe(st.sampled_from(org_ids))),
                      address=draw(maybe(TEXT)), sources=draw(srcs))
        place.inferred = draw(inferred(fields(place, ("name", "organization", "address"))))
        out.places[pid] = place

    # Distinct from organisation ids: a session's `mentions` name either kind.
    person_ids = draw(st.lists(IDS.filter(lambda i: i not in org_ids), min_size=1, max_size=6,
                               unique=True))
    for pid in person_ids:
        person_sources = draw(srcs)
        posts = draw(st.lists(st.tuples(maybe(st.sampled_from(org_ids)), maybe(st.sampled_from(TITLES))),
                              max_size=3, unique=True))
        positions = []
        for org_id, title in posts:
            if org_id is None:
                if title is not None:
                    positions.append(Position(title, sources=person_sources))
            else:  # with or without a title (an affiliation), former or dated
                start = draw(maybe(PARTIAL_DATES))
                p = Position(title, org_id, start=start,
                             end=draw(maybe(PARTIAL_DATES.filter(lambda d: start is None or d >= start))),
                             sources=draw(srcs))
                p.current = draw(st.sampled_from([None, False] + ([] if p.end else [True])))
                p.inferred = draw(inferred(fields(p, ("title", "organization", "start", "end",
                                                      "current"))))
                positions.append(p)
        person = Person(pid, draw(TEXT), given_name=draw(maybe(TEXT)), family_name=draw(maybe(TEXT)),
                        alt_names=tuple(alt_names := draw(st.lists(TEXT, max_size=2, unique=True))),
                        name_sources={n: draw(srcs) for n in alt_names if draw(st.booleans())},
                        honorific=draw(maybe(st.sampled_from(["Prof.", "Dr.", "Mr."]))),
                        name_order=draw(maybe(st.sampled_from(["given-first", "family-first"]))),
                        sector=draw(maybe(st.sampled_from(SECTORS))), positions=positions,
                        identifiers={k: v for k, v in (("wikidata", draw(maybe(WIKIDATA))),
                                                       ("orcid", draw(maybe(ORCID))),
                                                       ("website", draw(maybe(WEBSITES)))) if v},
                        sources=person_sources)
        person.inferred = draw(inferred(fields(person, ("given_name", "family_name", "alt_names",
                                                        "honorific", "name_order", "sector"))
                                        + list(person.identifiers)))
        out.people[pid] = person

    participants = st.lists(
        st.tuples(st.sampled_from(person_ids), st.sampled_from(PARTICIPATION_ROLES)),
        max_size=4, unique=True)

    def participations(event_sources):
        return [Participation(p, r, inferred=draw(inferred(["person", "role"])),
                              sources=draw(st.one_of(st.just(event_sources), srcs)))
                for p, r in draw(participants)]

    series_ids = draw(st.lists(IDS, max_size=2, unique=True))
    for sid in series_ids:
        series = EventSeries(sid, draw(TEXT), alt_names=tuple(draw(st.lists(TEXT, max_size=1))),
                             organizers=tuple(draw(st.lists(st.sampled_from(org_ids), max_size=2,
                                                            unique=True))),
                             description=draw(maybe(TEXT)), sources=draw(srcs))
        series.inferred = draw(inferred(fields(series, ("alt_names", "organizers", "description"))))
        out.series[sid] = series

    event_ids = draw(st.lists(IDS, max_size=2, unique=True))
    for i, eid in enumerate(event_ids):
        start = draw(PARTIAL_DATES)
        event_sources = draw(srcs)
        session_ids = iter(draw(st.lists(IDS, min_size=4, max_size=4, unique=True)))

        def session(depth: int) -> Session:
            return Session(next(session_ids), draw(TEXT), type=draw(st.sampled_from(EVENT_TYPES)),
                           topics=tuple(draw(st.lists(st.sampled_from(TOPICS), max_size=3, unique=True))),
                           start_date=draw(maybe(PARTIAL_DATES)),
                           location=draw(maybe(st.sampled_from(place_ids))) if place_ids else None,
                           mentions=tuple(draw(st.lists(st.sampled_from(org_ids + person_ids),
                                                        max_size=2, unique=True))),
                           participants=participations(event_sources),
                           sessions=[session(depth + 1)] if depth < 1 and draw(st.booleans()) else [])

        event = Event(
            eid, draw(TEXT), start, type=draw(st.sampled_from(EVENT_TYPES)),
            end_date=draw(maybe(PARTIAL_DATES.filter(lambda d: d >= start))),
            series=draw(maybe(st.sampled_from(series_ids))) if series_ids else None,
            part_of=draw(maybe(st.sampled_from(event_ids[:i]))) if i else None,  # no cycles
            attendance=draw(maybe(st.sampled_from(["offline", "mixed"]))),
            url=draw(maybe(WEBSITES)), stream_url=draw(maybe(WEBSITES)),
            location=draw(maybe(st.sampled_from(place_ids))) if place_ids else None,
            organizers=tuple(draw(st.lists(st.sampled_from(org_ids), max_size=2, unique=True))),
            sponsors=tuple(draw(st.lists(st.sampled_from(org_ids), max_size=2, unique=True))),
            partners=tuple(draw(st.lists(st.sampled_from(org_ids), max_size=1, unique=True))),
            description=draw(maybe(TEXT)),
            topics=tuple(draw(st.lists(st.sampled_from(TOPICS), max_size=3, unique=True))),
            mentions=tuple(draw(st.lists(st.sampled_from(org_ids + person_ids), max_size=2,
                                         unique=True))),
            participants=participations(event_sources),
            sessions=[session(0) for _ in range(draw(st.integers(0, 2)))],
            sources=event_sources)
        event.inferred = draw(inferred(fields(event, ("type", "start_date", "end_date", "series",
                                                      "part_of", "attendance", "location",
                                                      "organizers", "sponsors", "partners",
                                                      "description", "topics"))))
        out.events[eid] = event
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(original=records())
def test_records_survive_yaml_rdf_turtle_and_back(original, tmp_path_factory):
    import rdflib

    folder = tmp_path_factory.mktemp("records")
    for name, document in records_to_documents(original).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(dump(document), encoding="utf-8")
    loaded = load_records([folder])
    ttl = folder / "kg.ttl"
    with ttl.open("wb") as handle:
        write_turtle_lines(record_triples(loaded).lines, handle)
    back = records_from_graph(rdflib.Graph().parse(ttl, format="turtle"))
    assert back == canonical(original)


# --- bad YAML never escapes as a traceback ------------------------------------------------

SEED_PEOPLE = (DATA / "people.yaml").read_text(encoding="utf-8")
YAML_NOISE = st.text(st.sampled_from(list(string.printable) + ["\t", "&", "*", "!", "é", "中"]),
                     max_size=200)


@st.composite
def mangled_seed(draw) -> str:
    """The seed people.yaml with a few spans cut, replaced or duplicated."""
    text = SEED_PEOPLE
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 40)))
        text = text[:start] + draw(st.sampled_from(["", text[start:end] * 2, draw(YAML_NOISE)])) + text[end:]
    return text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(YAML_NOISE, mangled_seed()))
def test_bad_yaml_gives_errors_never_a_traceback(text, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    for name in ("sources.yaml", "organizations.yaml", "places.yaml"):
        (folder / name).write_text((DATA / name).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "people.yaml").write_text(text, encoding="utf-8")
    try:
        load_records([folder])
    except KgError as e:
        for line in str(e).splitlines() or [""]:
            assert line and "Traceback" not in line
        problems = getattr(e, "problems", [])
        assert all(p.file.endswith(".yaml") and p.message for p in problems)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=120))
def test_arbitrary_bytes_through_the_cli_exit_cleanly(data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bytes")
    (folder / "records.yaml").write_bytes(data)
    result = run_kg("validate", str(folder), "--no-shacl")  # raises if anything escapes
    assert result.exit_code in (1, 2)
    assert "Traceback" not in result.output
