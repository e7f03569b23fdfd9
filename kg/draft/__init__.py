"""Draft: the text of an event page -> draft records for the keeper to review.

Enters: plain UTF-8 text of a programme page or news article (and, optionally, the
Records of a registry to reuse ids from). Leaves: one YAML document in the record
format, every fact with the page line and words it came from, read or inferred.
"""
