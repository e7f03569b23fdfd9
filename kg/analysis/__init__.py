"""Analysis: the store's graph -> NetworkX networks -> measures of academia-industry links,
each against what chance would give.

Enters: the store. Leaves: the report (text, Markdown, JSON, one HTML page) and the measures graph.
"""
