"""RDF: Records -> triples under the kg ontology, the shortcuts, SHACL, Turtle and other formats.

Enters: `Records`. Leaves: triples, kg.ttl and exports; also reads a graph back into Records.
"""
