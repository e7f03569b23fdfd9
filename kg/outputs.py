"""The out/ folder: every build is a generation, made current by one rename.

```
out/
  .gen-3f2a…/         kg.ttl, store/, graph.html (and measures.trig after kg analyze)
  current  -> .gen-3f2a…          switched with one rename when a build is complete
  kg.ttl   -> current/kg.ttl      the names users open; they never change
  store    -> current/store
  graph.html -> current/graph.html
  measures.trig -> current/measures.trig
```

A build writes its generation beside the current one and switches `current` only when
every file is written, so kg.ttl, the store and the page always describe the same graph,
and a build stopped at any moment (an error, a full disk, SIGKILL) leaves the previous
out/ as it was. The generation before the current one is kept, so a reader or a server
that opened it during the switch keeps working; older ones, and whatever a killed build
left, are removed by the next build.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import uuid
from pathlib import Path
from typing import Iterator

from kg.errors import KgError

CURRENT = "current"
GENERATION_PREFIX = ".gen-"
# The names users and the other commands open, each a link through `current`.
STABLE_NAMES = ("kg.ttl", "store", "graph.html", "measures.trig")
LOCK_FILE = ".lock"
# What builds before generations left behind, and what a killed build may leave.
LEFTOVER_PREFIXES = (".store-", ".current-", ".link-", ".kg.ttl.", ".graph.html.", ".measures.trig.")


class OutputBusy(KgError):
    exit_code = 2


@contextlib.contextmanager
def writing(out: Path) -> Iterator[None]:
    """Hold out/'s lock while a build writes: a second build into the same folder would
    remove the generation the first one is writing."""
    out.mkdir(parents=True, exist_ok=True)
    with open(out / LOCK_FILE, "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputBusy(f"another kg build is writing to {out}; wait for it to finish") from None
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def new_generation(out: Path) -> Path:
    """An empty folder for a build's outputs, invisible to readers until made current."""
    generation = out / f"{GENERATION_PREFIX}{uuid.uuid4().hex[:12]}"
    generation.mkdir(parents=True)
    return generation


def current_generation(out: Path) -> Path | None:
    link = out / CURRENT
    return link.resolve() if link.is_symlink() and link.resolve().is_dir() else None


def _link(path: Path, target: str) -> None:
    """Point `path` at `target` by one rename, whatever stood there (a file, an old link)."""
    if path.is_symlink() and os.readlink(path) == target:
        return
    if path.is_dir() and not path.is_symlink():  # a real folder from elsewhere: keep it aside
        path.rename(path.with_name(f".replaced-{path.name}-{uuid.uuid4().hex[:8]}"))
    temporary = path.with_name(f".link-{uuid.uuid4().hex[:12]}")
    os.symlink(target, temporary)
    os.replace(temporary, path)


def make_current(generation: Path, out: Path) -> None:
    """Switch out/current to `generation` (one rename), then tidy what no reader needs."""
    previous = current_generation(out)
    _link(out / CURRENT, generation.name)
    for name in STABLE_NAMES:
        _link(out / name, f"{CURRENT}/{name}")
    keep = {generation.name} | ({previous.name} if previous else set())
    remove_unused(out, keep)


def remove_unused(out: Path, keep: set[str]) -> None:
    """Remove generations other than `keep`, and what killed builds and older kg left."""
    for entry in out.iterdir():
        name = entry.name
        if name.startswith(GENERATION_PREFIX) and name not in keep:
            shutil.rmtree(entry, ignore_errors=True)
        elif name.startswith(LEFTOVER_PREFIXES):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
