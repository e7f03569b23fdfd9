"""Identity: one person, one node.

Enters: Records (kg.records), with the keeper's `same_as` / `distinct_from` decisions.
Leaves: likely duplicate pairs with a score and reasons (pairs); problems with the
decisions and with external ids two undecided records share (decisions); and the
Records with each `same_as` pair merged into its kept record (merge).
"""
