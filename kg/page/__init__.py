"""Page: the store's graph (and its measures) -> one self-contained interactive HTML page.

Enters: the NetworkX graph read from the store. Leaves: graph.html.
"""
