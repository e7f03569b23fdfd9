"""The on-disk Oxigraph store that queries run on (out/store).

`kg build` loads the Turtle it wrote into a new store directory, then points the
`out/store` symlink at it in one rename, so a reader (or a failed build) always sees
a complete store: the old one or the new one.
"""

from __future__ import annotations

import gc
import os
import shutil
import uuid
from pathlib import Path

import pyoxigraph as ox

from kg.errors import MissingGraph

STORE_LINK = "store"


def load_store(ttl: Path, out: Path) -> Path:
    """Load a Turtle file into a fresh store directory under `out`; returns the directory.

    The caller makes it current with :func:`make_current` (or removes it on failure).
    """
    directory = out / f".store-{uuid.uuid4().hex[:12]}"
    store = ox.Store(str(directory))
    try:
        store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
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


def make_current(directory: Path, out: Path) -> None:
    """Point out/store at `directory` atomically and remove the store it replaces."""
    link = out / STORE_LINK
    previous = link.resolve() if link.is_symlink() else None
    if link.exists() and not link.is_symlink():  # a real directory from elsewhere: keep it aside
        link.rename(out / f".store-replaced-{uuid.uuid4().hex[:12]}")
    temporary = out / f".store-link-{uuid.uuid4().hex[:12]}"
    os.symlink(directory.name, temporary)
    os.replace(temporary, link)
    if previous is not None and previous != directory.resolve():
        shutil.rmtree(previous, ignore_errors=True)


def store_path(out: Path) -> Path:
    """The current store directory under `out`, or MissingGraph when there is none."""
    link = out / STORE_LINK
    if not link.exists():
        raise MissingGraph(f"no query store at {link}; run `kg build` first")
    return link.resolve()


def open_read_only(out: Path) -> ox.Store:
    return ox.Store.read_only(str(store_path(out)))
