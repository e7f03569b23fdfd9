"""The on-disk Oxigraph store that queries run on (out/store).

`kg build` loads the Turtle it wrote into a store in its new generation folder, which
becomes current with one rename (kg.outputs), so a reader (or a failed build) always
sees a complete store: the old one or the new one.
"""

from __future__ import annotations

import gc
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox

from kg.errors import MissingGraph

STORE_LINK = "store"
# The built graph as Turtle, beside the store: named here, in a module that imports
# little, so that `kg push` finds it without importing the build stage.
GRAPH_FILE = "kg.ttl"


# Above this size kg.ttl is loaded in two halves at once: one bulk load keeps one core
# busy at a time (5.3 s for 1.1M triples here), two in parallel take 2.7 s.
PARALLEL_LOAD_BYTES = 8_000_000


def turtle_halves(data: bytes) -> list[bytes]:
    """kg.ttl cut in two at a statement boundary, each half with the prefix header.

    kg.ttl is pyoxigraph's Turtle: a statement starts at the beginning of a line and
    ends with " ." at the end of one (literals never hold a raw line break), and every
    line of the header starts with '#' or '@'.
    """
    header_end = 0
    while data.startswith((b"#", b"@"), header_end):
        header_end = data.index(b"\n", header_end) + 1
    cut = data.find(b" .\n", header_end + (len(data) - header_end) // 2)
    while cut >= 0 and data[cut + 3:cut + 4] in (b"\t", b" "):
        cut = data.find(b" .\n", cut + 3)
    if cut < 0 or cut + 3 >= len(data):
        return [data]
    return [data[:cut + 3], data[:header_end] + data[cut + 3:]]


def bulk_load(store: ox.Store, ttl: Path) -> None:
    """Load kg.ttl into an empty store, in two parallel halves when it is big."""
    if ttl.stat().st_size < PARALLEL_LOAD_BYTES:
        store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
        return
    halves = turtle_halves(ttl.read_bytes())
    # pyoxigraph lets go of the GIL while it loads, so threads run the loads side by side.
    with ThreadPoolExecutor(max_workers=len(halves)) as pool:
        for done in [pool.submit(store.bulk_load, half, ox.RdfFormat.TURTLE) for half in halves]:
            done.result()


def load_store(ttl: Path, directory: Path) -> Path:
    """Load a Turtle file into a new store at `directory`; returns the directory.

    The build loads it into its generation folder, which kg.outputs makes current.
    """
    store = ox.Store(str(directory))
    try:
        bulk_load(store, ttl)
        store.flush()
        # Compacting the bulk-loaded files costs ~1 s per million triples and makes
        # every index lookup cheaper: the named queries run 20-25% faster at 1M triples.
        store.optimize()
    except BaseException:
        del store
        gc.collect()
        shutil.rmtree(directory, ignore_errors=True)
        raise
    del store  # closes RocksDB, so read-only readers see every file
    gc.collect()
    return directory


def store_path(out: Path) -> Path:
    """The current store directory under `out`, or MissingGraph when there is none."""
    link = out / STORE_LINK
    if not link.exists():
        raise MissingGraph(f"no query store at {link}; run `kg build` first")
    return link.resolve()


def open_read_only(out: Path) -> ox.Store:
    return ox.Store.read_only(str(store_path(out)))
