"""Exact facts of the seed graph, asked with standard terms only (FOAF, ORG, schema.org, SKOS)."""

from __future__ import annotations

from rdflib import Literal, URIRef

from conftest import select

EVENT = URIRef("https://w3id.org/kg/id/event/icci-short-drama-symposium-2025")
PARTICIPANTS = """
SELECT DISTINCT ?name WHERE {
  ?event schema:subEvent* ?part .
  ?p kgo:inEvent ?part ; kgo:participant ?person .
  ?person foaf:name ?name .
}"""


def test_ben_lee_is_clinical_professor_at_usc_annenberg_a_school_of_usc_in_academia(seed_graph):
    rows = select(seed_graph, """
        SELECT ?school ?parent ?sector WHERE {
          ?person foaf:name "Ben LEE" .
          ?m a org:Membership ; org:member ?person ; org:organization ?o ; org:role ?role .
          ?role skos:prefLabel "Clinical Professor" .
          ?o skos:prefLabel ?school ; org:subOrganizationOf ?u ; org:classification ?s .
          ?u skos:prefLabel ?parent .
          ?s skos:prefLabel ?sector .
        }""")
    assert rows == [("USC Annenberg School for Communication and Journalism", "USC", "academia")]


def test_event_has_exactly_the_eleven_named_participants(seed_graph):
    names = [r[0] for r in select(seed_graph, PARTICIPANTS, event=EVENT)]
    assert names == sorted([
        "Weimin ZHANG", "Ben LEE", "James WANG", "Xiaoda CHEN", "Adam Fratto", "Zuolin FENG",
        "Madeline Warren", "Karl Bardosh", "Anna Thomas", "Gabrielle Kelly", "Hong CAO"])


def test_people_are_foaf_persons_with_given_and_family_names(seed_graph):
    rows = select(seed_graph, """
        SELECT ?given ?family WHERE {
          ?p a foaf:Person ; foaf:name "Weimin ZHANG" ; foaf:givenName ?given ; foaf:familyName ?family .
        }""")
    assert rows == [("Weimin", "ZHANG")]
    assert len(select(seed_graph, "SELECT ?p WHERE { ?p a foaf:Person }")) == 11


def test_james_wang_has_two_memberships(seed_graph):
    rows = select(seed_graph, """
        SELECT ?org ?title WHERE {
          ?person foaf:name "James WANG" .
          ?m org:member ?person ; org:organization ?o ; org:role ?r .
          ?o skos:prefLabel ?org . ?r skos:prefLabel ?title .
        }""")
    assert rows == [("FlareFlow", "CEO"), ("International Short Drama Division", "General Manager")]
    shortcut = select(seed_graph, """
        SELECT ?o WHERE { ?person foaf:name "James WANG" ; org:memberOf ?o }""")
    assert len(shortcut) == 2


def test_division_of_a_group_and_film_academy_of_a_university(seed_graph):
    rows = select(seed_graph, """
        SELECT ?child ?parent WHERE {
          ?c org:subOrganizationOf ?p . ?c skos:prefLabel ?child . ?p skos:prefLabel ?parent .
        }""")
    assert ("International Short Drama Division", "COL Group") in rows
    assert ("Shanghai Film Academy", "Shanghai University") in rows
    assert ("ICCI", "Shanghai Jiao Tong University") in rows
    assert len(rows) == 6


def test_event_date_place_and_organizer(seed_graph):
    rows = select(seed_graph, """
        SELECT ?date ?place ?host WHERE {
          ?e a schema:Event ; schema:startDate ?date ; schema:location ?l ; schema:organizer ?o .
          ?l schema:name ?place . ?o skos:prefLabel ?host .
        }""")
    assert rows == [("2025-09-27", "Xuhui Campus, Shanghai Jiao Tong University", "ICCI")]
    date = seed_graph.value(EVENT, URIRef("https://schema.org/startDate"))
    assert date.datatype == URIRef("http://www.w3.org/2001/XMLSchema#date")


def test_sessions_are_sub_events(seed_graph):
    rows = select(seed_graph, """
        SELECT ?name WHERE { ?e schema:subEvent ?s . ?s schema:name ?name . }""", e=EVENT)
    assert rows == sorted([("Opening session",),
                           ("Keynote Presentations: Industry and Academic Perspectives",),
                           ("Roundtable Discussion: Global Ecosystems and Creative Ethics",),
                           ("Looking Ahead: Innovation, Partnerships, and Cultural Reach",)])


def test_roundtable_has_no_invented_participants(seed_graph):
    rows = select(seed_graph, """
        SELECT ?p WHERE { ?s schema:name ?n . FILTER(STRSTARTS(?n, "Roundtable"))
                          ?s schema:subEvent* ?x . ?p kgo:inEvent ?x }""")
    assert rows == []


def test_keynote_speakers_one_from_industry_one_from_academia(seed_graph):
    rows = select(seed_graph, """
        SELECT DISTINCT ?name ?sector WHERE {
          ?p kgo:participant ?person ; kgo:participationRole ?role .
          ?role skos:prefLabel "keynote speaker"@en .
          ?person foaf:name ?name ; org:memberOf ?o . ?o org:classification ?s .
          ?s skos:prefLabel ?sector .
        }""")
    assert rows == [("James WANG", "industry"), ("Xiaoda CHEN", "academia")]


def test_roles_of_the_opening_and_the_moderator(seed_graph):
    rows = select(seed_graph, """
        SELECT ?name ?role WHERE {
          ?p kgo:participant ?person ; kgo:participationRole ?r .
          ?person foaf:name ?name . ?r skos:notation ?role .
          FILTER(?role IN ("welcome-speaker", "moderator"))
        }""")
    assert rows == [("Ben LEE", "moderator"), ("Ben LEE", "welcome-speaker"),
                    ("Weimin ZHANG", "welcome-speaker")]


def test_government_body_mentioned_in_chen_keynote(seed_graph):
    rows = select(seed_graph, """
        SELECT ?org ?sector WHERE {
          ?talk schema:mentions ?o . ?o skos:prefLabel ?org ; org:classification ?s .
          ?s skos:notation ?sector . }""")
    assert rows == [("National Radio and Television Administration", "government")]


def test_keynote_topics_are_skos_concepts_and_one_is_shared(seed_graph):
    rows = select(seed_graph, """
        SELECT ?speaker (COUNT(DISTINCT ?t) AS ?n) WHERE {
          ?p kgo:participant ?person ; kgo:inEvent ?talk ;
             kgo:participationRole/skos:notation "keynote-speaker" .
          ?person foaf:name ?speaker . ?talk schema:about ?t . ?t a skos:Concept .
        } GROUP BY ?speaker""")
    assert rows == [("James WANG", "9"), ("Xiaoda CHEN", "12")]
    shared = select(seed_graph, """
        SELECT ?label WHERE {
          ?a kgo:participant/foaf:name "James WANG" ; kgo:inEvent/schema:about ?t .
          ?b kgo:participant/foaf:name "Xiaoda CHEN" ; kgo:inEvent/schema:about ?t .
          ?t skos:prefLabel ?label }""")
    assert shared == [("transformation of China's vertical micro-drama sector",)]


def test_every_record_node_points_to_its_source(seed_graph):
    missing = select(seed_graph, """
        SELECT ?n WHERE {
          VALUES ?c { foaf:Person org:Organization org:Membership schema:Event kgo:Participation }
          ?n a ?c . FILTER NOT EXISTS { ?n prov:wasDerivedFrom ?s }
        }""")
    assert missing == []
    sources = select(seed_graph, "SELECT DISTINCT ?s WHERE { ?n prov:wasDerivedFrom ?s }")
    assert sources == [("https://w3id.org/kg/id/source/icci-short-drama-symposium-2025-article",)]


def test_inferred_sectors_stay_distinguishable(seed_graph):
    inferred = select(seed_graph, """
        SELECT ?name WHERE { ?o org:classification ?s ; skos:prefLabel ?name ;
                             kgo:inferredProperty org:classification }""")
    assert len(inferred) == 18
    # Names the article states are not marked inferred; USC's expanded name is.
    stated = select(seed_graph, """
        SELECT ?name WHERE { ?o skos:prefLabel ?name .
                             FILTER NOT EXISTS { ?o kgo:inferredProperty skos:prefLabel } }""")
    assert ("USC",) in stated
    alt = select(seed_graph, """
        SELECT ?alt WHERE { ?o skos:altLabel ?alt ; kgo:inferredProperty skos:altLabel }""")
    assert alt == [("University of Southern California",)]


def test_independent_people_have_job_titles_and_an_inferred_sector(seed_graph):
    rows = select(seed_graph, """
        SELECT ?name ?title WHERE { ?p foaf:name ?name ; schema:jobTitle ?title ;
                                    kgo:sector/skos:notation "independent" ;
                                    kgo:inferredProperty kgo:sector }""")
    assert rows == [("Adam Fratto", "producer"), ("Gabrielle Kelly", "producer"),
                    ("Gabrielle Kelly", "screenwriter")]


def test_organisations_are_typed_with_subclasses(seed_graph):
    rows = select(seed_graph, """
        SELECT ?name WHERE { ?o a org:Organization, schema:CollegeOrUniversity ; skos:prefLabel ?name }""")
    assert [r[0] for r in rows] == ["Chapman University", "New York University",
                                    "Shanghai Jiao Tong University", "Shanghai University", "USC"]
    assert seed_graph.value(URIRef("https://w3id.org/kg/id/org/sjtu"),
                            URIRef("http://www.w3.org/2004/02/skos/core#altLabel")) == Literal("SJTU")
