"""Likely duplicates: candidate pairs by blocking, each scored, decided pairs left out.

Only records that share a blocking key (a name in some word order, a family name with
a first initial, an acronym, an external id) are compared, never all pairs, so the
work grows with the records and the size of their blocks.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import combinations
from typing import Iterator

from kg.identity.decisions import Decisions, decisions
from kg.identity.profiles import Profile, record_profiles
from kg.identity.score import score_pair
from kg.records.model import Records

KINDS = ("person", "organization")
DEFAULT_MIN_SCORE = 0.6
# `kg validate` warns of pairs at or above this score.
WARN_SCORE = 0.9
# Keys whose blocks are met one-sidedly: a record written with initials ('I:wang|j') or a
# one-word name ('A:usc') against every record of the matching full key ('i:wang|j',
# 'a:usc'), never two full records with each other (two Wangs called J... are not
# evidence of anything).
ONE_SIDED = {"I:": "i:", "A:": "a:"}
# Blocks larger than this are left out (their pairs then need another key or a shared id):
# 1,000 records of one name are half a million pairs, and tell nothing apart.
MAX_BLOCK = 1000
MAX_ONE_SIDED_PAIRS = 100_000


@dataclass(frozen=True)
class Pair:
    kind: str
    a: str
    b: str
    score: float
    reasons: tuple[str, ...]

    def as_dict(self) -> dict:
        return {"kind": self.kind, "a": self.a, "b": self.b, "score": self.score,
                "reasons": list(self.reasons)}


def blocks_of(profiles: list[Profile]) -> dict[str, list[int]]:
    """Blocking key -> the indexes of the profiles that have it."""
    blocks: dict[str, list[int]] = {}
    for i, profile in enumerate(profiles):
        for key in profile.keys:
            blocks.setdefault(key, []).append(i)
        for name, value in profile.identifiers.items():
            blocks.setdefault(f"id:{name}:{value}", []).append(i)
    return blocks


def candidate_pairs(blocks: dict[str, list[int]]) -> set[tuple[int, int]]:
    """Index pairs (i < j) of profiles that share a blocking key."""
    pairs: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if (full := ONE_SIDED.get(key[:2])) is not None:
            others = members + blocks.get(full + key[2:], [])
            if len(members) * len(others) <= MAX_ONE_SIDED_PAIRS:
                pairs.update((min(i, j), max(i, j)) for i in members for j in others if i != j)
        elif key[:2] not in ("i:", "a:") and 1 < len(members) <= MAX_BLOCK:
            pairs.update(combinations(members, 2))
    return pairs


@contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """Profiles, keys and pairs are many small objects without cycles; with a million live
    record objects, Python's cyclic collector (run every 700 allocations) took most of the
    time (66k organisation profiles: 5.0 s with it, 1.5 s without). Restored on exit."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def likely_duplicates(records: Records, min_score: float = DEFAULT_MIN_SCORE,
                      kinds: tuple[str, ...] = KINDS, found: Decisions | None = None
                      ) -> list[Pair]:
    """Undecided pairs of people and of organisations scoring at least `min_score`.

    Most likely first; ties by kind and ids, so the same records give the same list.
    Each pair is written with the smaller id as `a`.
    """
    found = found or decisions(records)
    result: list[Pair] = []
    with _without_cyclic_gc():
        for kind in kinds:
            profiles = record_profiles(records, kind)
            blocks = blocks_of(profiles)
            for i, j in candidate_pairs(blocks):
                a, b = profiles[i], profiles[j]
                if a.id > b.id:
                    a, b = b, a
                if found.decided(kind, a.id, b.id):
                    continue
                # How many records carry the name the two share (the same words in any order).
                sharing = max((len(blocks[k]) for k in a.keys & b.keys if k[:2] == "s:"), default=2)
                score, reasons = score_pair(a, b, sharing)
                if score >= min_score:
                    result.append(Pair(kind, a.id, b.id, score, tuple(reasons)))
    result.sort(key=lambda p: (-p.score, p.kind, p.a, p.b))
    return result
