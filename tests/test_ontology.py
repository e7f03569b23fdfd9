"""The ontology is documented, versioned, and in step with the record vocabularies."""

from __future__ import annotations

from rdflib import RDF, RDFS, Namespace, URIRef
from rdflib.namespace import OWL, SKOS

from kg.rdf import ontology
from kg.rdf import vocab
from kg.analysis.measures_rdf import BROKERAGE, PROPERTIES
from kg.rdf.shortcuts import SHORTCUTS

KGO = Namespace(str(vocab.KGO))


def test_ontology_header_has_a_version():
    g = ontology.graph(ontology.ONTOLOGY_FILE)
    (header,) = list(g.subjects(RDF.type, OWL.Ontology))
    assert header == URIRef("https://w3id.org/kg/ontology")
    assert str(g.value(header, OWL.versionInfo)) == "0.1.0"
    assert g.value(header, RDFS.comment) is not None


def test_every_term_has_a_label_and_a_comment():
    g = ontology.graph(ontology.ONTOLOGY_FILE)
    terms = {s for s in g.subjects() if str(s).startswith(str(KGO))}
    assert terms == {KGO.Participation, KGO.Session, KGO.participant, KGO.inEvent,
                     KGO.participationRole, KGO.sector, KGO.inferredProperty, KGO.current, KGO.familyNameFirst,
                     KGO.shortcutPattern, *SHORTCUTS,
                     *(KGO[local] for local, _ in PROPERTIES.values()), *(KGO[v] for v in BROKERAGE.values())}
    for term in terms:
        assert g.value(term, RDFS.label) is not None, term
        assert g.value(term, RDFS.comment) is not None, term


def test_participation_follows_the_conference_ontology_pattern():
    g = ontology.graph(ontology.ONTOLOGY_FILE)
    conf = Namespace("https://w3id.org/scholarlydata/ontology/conference-ontology.owl#")
    assert (KGO.Participation, RDFS.subClassOf, conf.RoleDuringEvent) in g
    assert (KGO.participant, RDFS.subPropertyOf, conf.isHeldBy) in g
    assert (KGO.inEvent, RDFS.subPropertyOf, conf.during) in g
    assert (KGO.participationRole, RDFS.subPropertyOf, conf.withRole) in g


def notations(scheme: URIRef) -> set[str]:
    g = ontology.graph(ontology.CONCEPTS_FILE)
    return {str(g.value(c, SKOS.notation)) for c in g.subjects(SKOS.inScheme, scheme)}


def test_concept_schemes_match_the_record_vocabularies():
    assert notations(vocab.SECTOR_SCHEME) == set(vocab.SECTORS)
    assert notations(vocab.PARTICIPATION_ROLE_SCHEME) == set(vocab.PARTICIPATION_ROLES)
    assert notations(vocab.EVENT_TYPE_SCHEME) == set(vocab.EVENT_TYPES)
    assert notations(vocab.ORG_TYPE_SCHEME) == set(vocab.ORG_TYPES) == set(vocab.ORG_TYPE_NAMES)


def test_every_concept_is_labelled_and_defined():
    g = ontology.graph(ontology.CONCEPTS_FILE)
    for concept in g.subjects(RDF.type, SKOS.Concept):
        assert g.value(concept, SKOS.prefLabel) is not None
        assert g.value(concept, SKOS.definition) is not None


def test_every_property_shape_names_its_record_field():
    from rdflib.namespace import SH
    g = ontology.graph(ontology.SHAPES_FILE)
    shapes = list(g.objects(None, SH.property))
    assert len(shapes) > 20
    for shape in shapes:
        if g.value(shape, SH.path) != SKOS.inScheme:
            assert g.value(shape, SH.name) is not None, g.value(shape, SH.path)
