"""`kg query` on the embedded store: every named query's exact answer on the seed graph,
output formats, parameters bound as terms, and clear errors."""

from __future__ import annotations

import csv
import io
import json
import time

import pytest

from conftest import CASES, DATA, run_kg
from kg.sparql.named_queries import all_queries

EVENT = "icci-short-drama-symposium-2025"


def rows(seed_out, *args) -> list[dict]:
    result = run_kg("query", "--out", str(seed_out), "--format", "csv", *args)
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_every_named_query_is_listed_with_its_parameters():
    result = run_kg("query", "--list")
    assert result.exit_code == 0
    for name, q in all_queries().items():
        assert f"{name}\n    {q.description}" in result.stdout
        assert q.description
    assert "    --param event=...  (event) the event (its record id)" in result.stdout
    assert set(all_queries()) == {
        "event-participants", "cross-sector-people", "academia-industry-pairs",
        "organisations-by-sector", "shared-topics", "organisation-hierarchy", "person-events",
        "organisation-events"}


def test_event_participants(seed_out):
    found = rows(seed_out, "event-participants", "--param", f"event={EVENT}")
    assert len(found) == 11
    by_name = {r["name"]: r for r in found}
    assert by_name["James WANG"]["roles"] == "keynote speaker"
    assert by_name["James WANG"]["sectors"] == "industry"
    assert by_name["Xiaoda CHEN"]["roles"] == "keynote speaker"
    assert by_name["Xiaoda CHEN"]["sectors"] == "academia"
    assert sorted(by_name["Ben LEE"]["roles"].split(", ")) == ["moderator", "welcome speaker"]
    assert by_name["Adam Fratto"]["sectors"] == "independent"
    assert by_name["Adam Fratto"]["organisations"] == ""
    keynote = sorted((r["name"], r["sectors"]) for r in found if "keynote speaker" in r["roles"])
    assert keynote == [("James WANG", "industry"), ("Xiaoda CHEN", "academia")]


def test_cross_sector_people_is_empty_on_the_seed(seed_out):
    # Nobody in the article holds posts in both sectors (WANG's are both industry,
    # CHEN's both academia).
    assert rows(seed_out, "cross-sector-people") == []


def test_cross_sector_people_finds_posts_in_both_through_parents(tmp_path):
    out = tmp_path / "out"
    assert run_kg("build", str(DATA), str(CASES / "cross-sector"), "--out", str(out)).exit_code == 0
    # Neither unit has a sector; each takes its parent's (USC: academia, COL Group: industry).
    assert rows(out, "cross-sector-people") == [{
        "person": "https://w3id.org/kg/id/person/dual-affiliation", "name": "Dual Affiliation",
        "academia": "A USC Lab", "industry": "A COL Studio"}]


def test_academia_industry_pairs_share_the_keynote_session(seed_out):
    found = rows(seed_out, "academia-industry-pairs")
    assert [(r["academicName"], r["industryName"], r["sessionName"]) for r in found] == [
        ("Xiaoda CHEN", "James WANG", "Keynote Presentations: Industry and Academic Perspectives")]


def test_organisations_by_sector(seed_out):
    found = rows(seed_out, "organisations-by-sector")
    assert len(found) == 18
    assert {r["sectorName"] for r in found} == {"academia", "industry", "government"}
    nrta = next(r for r in found if r["name"] == "National Radio and Television Administration")
    assert (nrta["sectorName"], nrta["participants"], nrta["inferred"]) == ("government", "0", "true")
    usc = next(r for r in found if r["name"] == "USC")
    assert (usc["participants"], usc["people"]) == ("1", "Ben LEE")  # through its school
    industry = rows(seed_out, "organisations-by-sector", "--param", "sector=industry")
    assert sorted(r["name"] for r in industry) == [
        "COL Group", "Content Republic", "Dong Xi Entertainment Co., Ltd.", "FlareFlow",
        "International Short Drama Division"]


def test_shared_topics(seed_out):
    found = rows(seed_out, "shared-topics")
    assert [(r["label"], r["academia"], r["industry"]) for r in found] == [
        ("transformation of China's vertical micro-drama sector", "Xiaoda CHEN", "James WANG")]


def test_organisation_hierarchy(seed_out):
    found = rows(seed_out, "organisation-hierarchy", "--param", "organisation=usc-annenberg")
    assert [(r["relation"], r["name"], r["parentName"]) for r in found] == [
        ("ancestor", "USC", ""),
        ("descendant", "Master of Communication Management Program",
         "USC Annenberg School for Communication and Journalism"),
        ("self", "USC Annenberg School for Communication and Journalism", "USC")]


def test_person_events(seed_out):
    found = rows(seed_out, "person-events", "--param", "person=ben-lee")
    assert [(r["date"], r["sessionName"], r["role"]) for r in found] == [
        ("2025-09-27", "", "moderator"), ("2025-09-27", "Opening session", "welcome speaker")]


def test_organisation_events(seed_out):
    found = rows(seed_out, "organisation-events", "--param", "organisation=sjtu")
    assert [(r["how"], r["who"]) for r in found] == [("organiser", "ICCI"),
                                                     ("welcome speaker", "Weimin ZHANG")]
    iri = "https://w3id.org/kg/id/org/col-group"
    found = rows(seed_out, "organisation-events", "--param", f"organisation={iri}")
    assert [(r["how"], r["who"]) for r in found] == [("keynote speaker", "James WANG")]


def test_organisation_events_tells_sessions_apart(tmp_path):
    # One person of an SJTU school on two roundtables of one workshop, in the same role:
    # two rows that say which session, not two identical rows.
    out = tmp_path / "out"
    assert run_kg("build", str(DATA), str(CASES / "two-sessions"), "--out", str(out)).exit_code == 0
    found = rows(out, "organisation-events", "--param", "organisation=sjtu")
    workshop = [(r["sessionName"], r["how"], r["who"]) for r in found
                if r["event"].endswith("/short-drama-workshop-2025")]
    assert workshop == [("", "organiser", "ICCI"),
                        ("Roundtable I: Platforms", "panelist", "Two-Panel Researcher"),
                        ("Roundtable II: Training", "panelist", "Two-Panel Researcher")]
    assert len({tuple(r.values()) for r in found}) == len(found)


def test_ad_hoc_query_with_standard_prefixes_and_a_bound_literal(seed_out):
    query = "SELECT ?person WHERE { ?person foaf:name ?name }"
    found = rows(seed_out, query, "--param", "name=Ben LEE")
    assert found == [{"person": "https://w3id.org/kg/id/person/ben-lee"}]
    # A value that would break out of a pasted string matches nothing, as a literal should.
    assert rows(seed_out, query, "--param", 'name=x" } UNION { ?person ?p ?o } #') == []


def test_parameter_values_are_checked(seed_out):
    result = run_kg("query", "--out", str(seed_out), "event-participants",
                    "--param", 'event=x" } UNION {')
    assert result.exit_code == 1
    assert result.stderr.strip() == ("Error: parameter 'event': 'x\" } UNION {' is not an event id "
                                     "or an IRI")


def test_missing_and_unknown_parameters(seed_out):
    result = run_kg("query", "--out", str(seed_out), "person-events")
    assert result.exit_code == 1
    assert result.stderr.strip() == ("Error: query 'person-events' needs --param person=... "
                                     "(the person (their record id))")
    result = run_kg("query", "--out", str(seed_out), "person-events", "-p", "persn=ben-lee")
    assert result.stderr.strip() == ("Error: query 'person-events' has no parameter 'persn' "
                                     "(it takes: person)")


def test_unknown_named_query(seed_out):
    result = run_kg("query", "--out", str(seed_out), "speakers")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no named query 'speakers' (see `kg query --list`: ")


def test_malformed_query_reports_line_and_column(seed_out, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE {\n  ?x foaf:name \n}\n", encoding="utf-8")
    result = run_kg("query", "--out", str(seed_out), "-f", str(bad))
    assert result.exit_code == 1
    message = result.stderr.strip()
    assert message.startswith(f"Error: {bad}:3:1: syntax error: ")
    assert "Traceback" not in result.output


def test_formats(seed_out):
    query = "SELECT ?name WHERE { ?p foaf:name ?name } ORDER BY ?name LIMIT 2"
    table = run_kg("query", "--out", str(seed_out), query).stdout
    assert table == "name\n-----------\nAdam Fratto\nAnna Thomas\n(2 rows)\n"
    tsv = run_kg("query", "--out", str(seed_out), query, "--format", "tsv").stdout
    assert tsv == "name\nAdam Fratto\nAnna Thomas\n"
    data = json.loads(run_kg("query", "--out", str(seed_out), query, "--format", "json").stdout)
    assert data["head"]["vars"] == ["name"]
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == ["Adam Fratto", "Anna Thomas"]


def test_construct_prints_turtle(seed_out):
    result = run_kg("query", "--out", str(seed_out),
                    "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n ; foaf:familyName 'LEE' }")
    assert result.exit_code == 0
    assert result.stdout.strip().endswith('person:ben-lee foaf:name "Ben LEE" .')
    wrong = run_kg("query", "--out", str(seed_out), "--format", "csv",
                   "CONSTRUCT WHERE { ?p foaf:name ?n }")
    assert wrong.exit_code == 2 and "is a graph" in wrong.stderr


def test_ask_prints_and_sets_the_exit_status(seed_out):
    yes = run_kg("query", "--out", str(seed_out), "ASK { ?p foaf:name 'Ben LEE' }")
    assert (yes.exit_code, yes.stdout) == (0, "true\n")
    no = run_kg("query", "--out", str(seed_out), "ASK { ?p foaf:name 'Nobody' }")
    assert (no.exit_code, no.stdout) == (1, "false\n")


def test_query_without_a_build(tmp_path):
    result = run_kg("query", "--out", str(tmp_path), "SELECT * WHERE { ?s ?p ?o }")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: no query store at {tmp_path / 'store'}; run `kg build` first"


@pytest.fixture(scope="module")
def bigger_out(tmp_path_factory):
    records, out = tmp_path_factory.mktemp("records"), tmp_path_factory.mktemp("out")
    assert run_kg("synth", "--events", "120", "--seed", "1", str(records)).exit_code == 0
    assert run_kg("build", str(records), "--out", str(out), "--no-shacl").exit_code == 0
    return out


def test_timeout_stops_the_query(bigger_out):
    # A four-way cross product of ~35k triples would run for hours.
    started = time.monotonic()
    result = run_kg("query", "--out", str(bigger_out), "--timeout", "1",
                    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    elapsed = time.monotonic() - started
    assert result.exit_code == 1
    assert result.stderr.strip() == ("Error: the query did not finish within 1 s and was stopped "
                                     "(raise --timeout to allow longer)")
    assert elapsed < 30  # stopped, not left to run


def test_table_aligns_wide_characters():
    import pyoxigraph as ox

    from kg.sparql.results import QueryResult, table

    result = QueryResult("select", b"", ["name", "org"],
                         [[ox.Literal("张伟民"), ox.Literal("ICCI")], [ox.Literal("Ben LEE"), ox.Literal("USC")]])
    lines = table(result).splitlines()
    assert lines[0] == "name     org"
    assert lines[2] == "张伟民   ICCI"  # three wide characters take six columns
    assert lines[3] == "Ben LEE  USC"


def test_an_unknown_id_in_a_parameter_is_named(seed_out):
    # Regression: an id the graph does not hold gave no rows and exit 0.
    result = run_kg("query", "person-events", "--param", "person=no-such-id", "--out", str(seed_out))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == ("Error: parameter 'person': unknown person 'no-such-id' "
                             "(no person has that id in the graph)\n")


def test_a_session_id_given_for_an_event_names_its_event(seed_out):
    result = run_kg("query", "event-participants", "--param", "event=keynote-wang", "--out", str(seed_out))
    assert result.exit_code == 1
    assert result.stderr == ("Error: parameter 'event': 'keynote-wang' is a session of event "
                             "'icci-short-drama-symposium-2025', not an event; give --param "
                             "event=icci-short-drama-symposium-2025\n")


@pytest.mark.parametrize("update", ["INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                    "PREFIX x: <urn:x:> DELETE WHERE { ?s x:p ?o }",
                                    "clear all"])
def test_an_update_is_refused_with_what_to_do_instead(seed_out, update):
    # Regression: INSERT DATA gave "syntax error: expected CONSTRUCT".
    result = run_kg("query", update, "--out", str(seed_out))
    assert result.exit_code == 2
    assert "`kg query` only reads it" in result.stderr and "kg serve --writable" in result.stderr
