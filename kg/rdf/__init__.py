"""RDF: Records -> triples under the kg ontology, the shortcuts, SHACL, Turtle and other formats.

Enters: `Records`. Leaves: triples (N-Triples lines), kg.ttl and exports, SHACL problems;
also reads a graph back into Records.
"""
