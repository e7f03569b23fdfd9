"""`kg init`: a new records folder with one commented example of each file, ready to build.

The examples are package data (kg/records/starter/), the same files the tests build.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from kg.atomic import atomic_write
from kg.errors import KgError


class FolderNotEmpty(KgError):
    exit_code = 2


def starter_files() -> dict[str, bytes]:
    """Relative path -> content of every example file."""
    found: dict[str, bytes] = {}
    stack = [(resources.files("kg.records").joinpath("starter"), "")]
    while stack:
        folder, prefix = stack.pop()
        for entry in folder.iterdir():
            if entry.is_dir():
                stack.append((entry, f"{prefix}{entry.name}/"))
            elif entry.name.endswith((".yaml", ".toml")):
                found[f"{prefix}{entry.name}"] = entry.read_bytes()
    return dict(sorted(found.items()))


def write_starter(target: Path) -> list[Path]:
    """Write the example records into `target`, which must be new or empty."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise FolderNotEmpty(f"{target} is not an empty folder; kg init writes only into a new "
                             "or empty one, so no record is overwritten")
    written = []
    for name, content in starter_files().items():
        with atomic_write(target / name) as handle:
            handle.write(content)
        written.append(target / name)
    return written
