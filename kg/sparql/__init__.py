"""SPARQL: the on-disk store built from kg.ttl, queries on it or on any endpoint, serve and push.

Enters: kg.ttl. Leaves: the store, query results as text, a served or pushed graph.
"""
