"""Analysis: the store's graph -> NetworkX networks -> measures of academia-industry links.

Enters: the store. Leaves: the report (text, Markdown, JSON) and the measures graph.
"""
