"""The draft of a page file (or stdin) as YAML text, and writing it into place."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.atomic import atomic_write
from kg.draft.draft import draft_page
from kg.draft.model import Draft
from kg.draft.yaml_out import write_draft
from kg.errors import UnreadableInput

# Pages are a few kilobytes; past this the input is no page (a log, a dump) and is refused
# before it is read into memory.
MAX_BYTES = 20 * 1024 * 1024


def read_input(file: str) -> tuple[bytes, str]:
    """(bytes, the name to show) of FILE, or of stdin for '-'."""
    if file == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        name = "<stdin>"
    else:
        path = Path(file)
        if path.is_dir():
            raise UnreadableInput(f"{file}: a directory, not the text of a page")
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        name = file
    if len(data) > MAX_BYTES:
        raise UnreadableInput(f"{name}: larger than {MAX_BYTES // 2**20} MB; an event page is "
                              "far smaller (split the text)")
    return data, name


def draft_file(file: str, url: str | None = None,
               registry_dirs: list[Path] | None = None) -> tuple[str, Draft]:
    """(YAML text, the draft) for the page in FILE."""
    registry = None
    if registry_dirs:
        from kg.records.load import load_records

        registry = load_records(registry_dirs)
    data, name = read_input(file)
    draft = draft_page(data, name, url=url, registry=registry)
    return write_draft(draft, f"{draft.event.id}-page"), draft


def save(text: str, path: Path) -> None:
    with atomic_write(path) as handle:
        handle.write(text.encode("utf-8"))
