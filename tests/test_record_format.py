"""What real event pages state, recorded as they state it (tests/cases/real-events/), built,
checked by SHACL, queried with standard terms on the built store, and drawn."""

from __future__ import annotations

import json
import re

import pytest

from conftest import CASES, run_kg
from kg.rdf.vocab import sparql_prologue
from kg.sparql.store import open_read_only

RECORDS = CASES / "real-events"


@pytest.fixture(scope="module")
def built(real_events_out):
    return real_events_out


@pytest.fixture(scope="module")
def store(built):
    return open_read_only(built)


def rows(store, query: str) -> list[tuple]:
    """A SELECT on the built store, as sorted tuples of plain values (None where unbound)."""
    found = []
    for solution in store.query(sparql_prologue() + query):
        found.append(tuple(None if term is None else term.value for term in solution))
    return sorted(found, key=lambda row: tuple("" if v is None else v for v in row))


def test_validate_accepts_the_records_with_their_shapes():
    result = run_kg("validate", str(RECORDS))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("valid: 40 records")


def test_an_event_series_holds_editions_two_years_apart(store):
    assert rows(store, """SELECT ?event ?date WHERE {
        ?series a schema:EventSeries ; schema:name "Asia-Pacific Screen Education Symposium" .
        ?e schema:superEvent ?series ; schema:name ?event ; schema:startDate ?date }""") == [
        ("Asia-Pacific Screen Education Symposium 2023", "2023-11"),
        ("Asia-Pacific Screen Education Symposium 2025", "2025-11-14")]


def test_a_recurring_person_took_part_in_both_editions(store):
    assert rows(store, """SELECT ?role ?event WHERE {
        ?p kgo:participant/foaf:name "Mei-Ling CHOU" ; kgo:participationRole/skos:notation ?role ;
           kgo:inEvent ?e .
        ?e schema:name ?event }""") == [
        ("chair", "Asia-Pacific Screen Education Symposium 2025"),
        ("host", "Asia-Pacific Screen Education Symposium 2023"),
        ("juror", "HCIFF Industry Forum 2024 (online)"),
        ("panelist", "Roundtable II: Asian Stories, Global Markets")]


def test_dates_keep_the_precision_the_page_gives(store):
    assert rows(store, """SELECT ?name (DATATYPE(?date) AS ?type) WHERE {
        ?e schema:name ?name ; schema:startDate ?date . FILTER NOT EXISTS { ?e a kgo:Session } }""") == [
        ("Asia-Pacific Screen Education Symposium 2023", "http://www.w3.org/2001/XMLSchema#gYearMonth"),
        ("Asia-Pacific Screen Education Symposium 2025", "http://www.w3.org/2001/XMLSchema#date"),
        ("HCIFF Industry Forum 2024 (online)", "http://www.w3.org/2001/XMLSchema#date"),
        ("Harbour City International Film Festival 2024", "http://www.w3.org/2001/XMLSchema#gYearMonth"),
        ("Kestrel Forum on Screen Industries and Universities 2025", "http://www.w3.org/2001/XMLSchema#date"),
        ("Lumen Writers' Lab Showcase 2024", "http://www.w3.org/2001/XMLSchema#date")]


def test_a_date_the_keeper_inferred_is_marked(store):
    assert rows(store, """SELECT ?name WHERE {
        ?e kgo:inferredProperty schema:startDate ; schema:name ?name }""") == [
        ("HCIFF Industry Forum 2024 (online)",), ("Harbour City International Film Festival 2024",)]


def test_an_online_forum_of_a_festival_has_no_physical_place(store):
    assert rows(store, """SELECT ?festival ?mode ?stream WHERE {
        ?forum schema:name "HCIFF Industry Forum 2024 (online)" ; schema:superEvent/schema:name ?festival ;
               schema:eventAttendanceMode ?mode ; schema:location ?where .
        ?where a schema:VirtualLocation ; schema:url ?stream .
        FILTER NOT EXISTS { ?forum schema:location/a schema:Place } }""") == [
        ("Harbour City International Film Festival 2024", "https://schema.org/OnlineEventAttendanceMode",
         "https://live.hciff.example.org/forum")]


def test_sessions_have_their_own_day_time_room_and_moderator(store):
    assert rows(store, """SELECT ?session ?start ?room ?moderator WHERE {
        ?s kgo:sessionOf/schema:name "Asia-Pacific Screen Education Symposium 2025" ; schema:name ?session ;
           schema:startDate ?start ; schema:location/schema:name ?room .
        OPTIONAL { ?p kgo:inEvent ?s ; kgo:participationRole/skos:notation "moderator" ;
                      kgo:participant/foaf:name ?moderator } }""") == [
        ("Roundtable I: Training for the Streaming Era", "2025-11-15T09:30:00", "Seminar Room 301, Film Centre",
         "A. Rahman"),
        ("Roundtable II: Asian Stories, Global Markets", "2025-11-15T14:00:00", "Seminar Room 301, Film Centre",
         "Sofia Marchetti"),
        ("Screening: Tide Lines, followed by a conversation", "2025-11-14T19:00:00",
         "Screening Room 2, Film Centre", None)]


def test_rooms_are_inside_the_campus(store):
    assert rows(store, """SELECT ?room WHERE {
        ?r schema:containedInPlace/schema:name "Main Campus, Hanford University" ; schema:name ?room }""") == [
        ("Screening Room 2, Film Centre",), ("Seminar Room 301, Film Centre",)]


def test_screening_roles(store):
    assert rows(store, """SELECT ?name ?role WHERE {
        ?p kgo:inEvent/schema:name "Screening: Tide Lines, followed by a conversation" ;
           kgo:participant/foaf:name ?name ; kgo:participationRole/skos:prefLabel ?role }""") == [
        ("CHEN Lihua", "interviewer"), ("Daniel Okafor", "screening guest"),
        ("Sofia Marchetti", "introducer")]


def test_a_person_mentioned_is_not_a_participant(store):
    assert rows(store, """SELECT ?name (EXISTS { ?p kgo:participant ?x } AS ?present) WHERE {
        ?s schema:mentions ?x . ?x a foaf:Person ; foaf:name ?name }""") == [("Kenji Arakawa", "false")]


def test_an_event_mentions_an_organisation_that_takes_no_part(store):
    assert rows(store, """SELECT ?event ?org WHERE {
        ?e schema:mentions ?o ; schema:name ?event . FILTER NOT EXISTS { ?e a kgo:Session }
        ?o skos:prefLabel ?org }""") == [
        ("Kestrel Forum on Screen Industries and Universities 2025", "National Film Board")]


def test_sponsors_and_partners(store):
    assert rows(store, """SELECT ?event ?how ?org WHERE {
        VALUES ?how { schema:sponsor schema:contributor }
        ?e ?how ?o ; schema:name ?event . ?o skos:prefLabel ?org }""") == [
        ("Asia-Pacific Screen Education Symposium 2025", "https://schema.org/contributor", "Screen Daily Asia"),
        ("Asia-Pacific Screen Education Symposium 2025", "https://schema.org/sponsor", "Lumen Pictures"),
        ("HCIFF Industry Forum 2024 (online)", "https://schema.org/contributor", "BlueWave Streaming"),
        ("Lumen Writers' Lab Showcase 2024", "https://schema.org/contributor", "BlueWave Streaming")]


def test_a_joint_institute_has_two_parents_and_its_people_belong_to_both(store):
    assert rows(store, """SELECT ?parent WHERE {
        ?i skos:prefLabel "Sino-European Institute for Screen Arts" ; org:subOrganizationOf/skos:prefLabel ?parent }""") == [
        ("Hanford University",), ("Lyon Film Academy",)]
    assert rows(store, """SELECT ?org WHERE {
        ?p foaf:name "Tomas Lindqvist" ; kgo:affiliatedWith/skos:prefLabel ?org }""") == [
        ("Hanford University",), ("Lyon Film Academy",), ("Sino-European Institute for Screen Arts",)]


def test_a_former_post_and_a_dated_post(store):
    assert rows(store, """SELECT ?org ?title ?current ?start WHERE {
        ?m org:member/foaf:name "Daniel Okafor" ; org:organization/skos:prefLabel ?org ;
           org:role/skos:prefLabel ?title .
        OPTIONAL { ?m kgo:current ?current } OPTIONAL { ?m schema:startDate ?start } }""") == [
        ("Lumen Pictures", "Head of Development", None, "2019"),
        ("National Film Board", "Director", "false", None)]


def test_an_affiliation_without_a_title_and_an_honorific(store):
    assert rows(store, """SELECT ?name ?honorific ?org (BOUND(?role) AS ?titled) WHERE {
        ?p foaf:title ?honorific ; foaf:name ?name .
        ?m org:member ?p ; org:organization/skos:prefLabel ?org . OPTIONAL { ?m org:role ?role } }""") == [
        ("A. Rahman", "Prof.", "Kestrel University", "false")]
    assert rows(store, """SELECT ?t WHERE { ?r a org:Role ; skos:prefLabel ?t . FILTER(?t = "Prof.") }""") == []


def test_names_in_another_script(store):
    assert rows(store, """SELECT ?name ?family WHERE {
        ?p skos:altLabel "张伟强" ; foaf:name ?name ; foaf:familyName ?family }""") == [
        ("ZHANG Weiqiang", "ZHANG")]


def test_an_inferred_participation_is_marked(store):
    assert rows(store, """SELECT ?name ?event ?source WHERE {
        ?p kgo:inferredProperty kgo:participant ; kgo:participant/foaf:name ?name ;
           kgo:inEvent/schema:name ?event ; prov:wasDerivedFrom/schema:name ?source }""") == [
        ("Peter Novak", "Asia-Pacific Screen Education Symposium 2025",
         "Keeper's notes from the APSES 2025 photo gallery")]


def test_titles_are_kept_as_written(store):
    # Regression: roles were merged by lower-cased text, so Sofia Marchetti's
    # "executive director" was shown as Mei-Ling CHOU's "Executive Director".
    assert rows(store, """SELECT ?name ?title WHERE {
        ?m org:member/foaf:name ?name ; org:role/skos:prefLabel ?title .
        FILTER(LCASE(?title) = "executive director") }""") == [
        ("Mei-Ling CHOU", "Executive Director"), ("Sofia Marchetti", "executive director")]


def test_csv_rows_refer_to_records_written_in_yaml_in_other_folders(store):
    # Regression: CSV files saw only the records of their own folder.
    assert rows(store, """SELECT ?title ?org ?start WHERE {
        ?m org:member/foaf:name "Mei-Ling CHOU" ; org:role/skos:prefLabel ?title ;
           org:organization/skos:prefLabel ?org ; schema:startDate ?start }""") == [
        ("Visiting Professor", "Lyon Film Academy", "2024-09")]
    assert rows(store, """SELECT ?event WHERE {
        ?p kgo:participant/foaf:name "ZHANG Weiqiang" ; kgo:participationRole/skos:notation "panelist" ;
           kgo:inEvent/schema:name ?event }""") == [("Roundtable II: Asian Stories, Global Markets",)]


def test_the_page_draws_every_event_and_the_mentioned_person(built):
    html = (built / "graph.html").read_text(encoding="utf-8")
    nodes = json.loads(re.search(r"var nodes = new vis\.DataSet\((.*?)\);\n", html).group(1))
    names = {n["name"] for n in nodes}
    assert {"Asia-Pacific Screen Education Symposium 2023", "Asia-Pacific Screen Education Symposium 2025",
            "HCIFF Industry Forum 2024 (online)", "Kenji Arakawa", "Kestrel University"} <= names


def test_the_yaml_and_csv_forms_stay_equivalent(tmp_path):
    """The records written out as CSV (every new field a column) build the same graph."""
    from kg.records.csv_files import documents_to_tables, write_tables
    from kg.records.load import load_records
    from kg.records.yaml_files import records_to_documents

    write_tables(tmp_path / "csv", documents_to_tables(records_to_documents(load_records([RECORDS]))))
    yaml_out, csv_out = tmp_path / "yaml-out", tmp_path / "csv-out"
    assert run_kg("build", str(RECORDS), "--out", str(yaml_out)).exit_code == 0
    result = run_kg("build", str(tmp_path / "csv"), "--out", str(csv_out))
    assert result.exit_code == 0, result.output
    assert (csv_out / "kg.ttl").read_bytes() == (yaml_out / "kg.ttl").read_bytes()


def test_an_alternative_name_keeps_the_page_that_gave_it(tmp_path):
    """A registry record enriched from a second page: which page said which name."""
    import shutil

    records = tmp_path / "records"
    shutil.copytree(RECORDS, records)
    people = records / "registry/people.yaml"
    text = people.read_text(encoding="utf-8")
    people.write_text(text.replace(
        "    alt_names: [陈丽华]\n",
        "    alt_names:\n      - 陈丽华\n      - {name: Lihua Chen, source: apses-2025-programme}\n"),
        encoding="utf-8")
    out = tmp_path / "out"
    assert run_kg("build", str(records), "--out", str(out)).exit_code == 0
    assert rows(open_read_only(out), """SELECT ?alt ?source WHERE {
        ?p foaf:name "CHEN Lihua" ; skos:altLabel ?alt .
        OPTIONAL { ?p skosxl:altLabel [ skosxl:literalForm ?alt ; prov:wasDerivedFrom/schema:name ?source ] } }""") == [
        ("Lihua Chen", "APSES 2025 programme: screening and roundtables"), ("陈丽华", None)]
    # A name's source must be a source record, like any other.
    people.write_text(people.read_text(encoding="utf-8").replace(
        "source: apses-2025-programme}", "source: no-such-page}"), encoding="utf-8")
    result = run_kg("validate", str(records))
    assert result.exit_code == 1
    assert "person lihua-chen: refers to unknown source 'no-such-page'" in result.stdout


def test_a_family_name_first_name_says_so(store):
    assert rows(store, """SELECT ?name ?first WHERE { ?p foaf:name ?name ; kgo:familyNameFirst ?first }""") == [
        ("LI Na", "true"), ("ZHANG Weiqiang", "true")]
