"""SPARQL: the on-disk store loaded with the built graph, queries on it or on any endpoint, serve and push.

Enters: the graph's N-Triples (a build) or kg.ttl. Leaves: the store, query results as text, a served or pushed graph.
"""
