"""A records folder's own settings: kg.toml beside the records.

```toml
[graph]
base = "https://graphs.example.edu/screen-industries/"   # the IRIs of this project's nodes
```

Two teams pushing into one shared store each need their own namespace, one they control
and can make resolve; without kg.toml, nodes are under kg's own (https://w3id.org/kg/id/).
The ontology and its concept schemes (sectors, roles, types) keep kg's namespace always.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from kg.errors import UnreadableInput

DEFAULT_BASE = "https://w3id.org/kg/id/"
SETTINGS_FILE = "kg.toml"
# An absolute http(s) IRI that ends where a record's kind and id can follow.
BASE_IRI = re.compile(r"https?://[^\s<>\"{}|\\^`]+[/#]")
RESERVED = "https://w3id.org/kg/"


@dataclass(frozen=True)
class Project:
    base: str = DEFAULT_BASE
    settings: Path | None = None  # the kg.toml it came from


def check_base(base: str, where: str) -> str:
    if not BASE_IRI.fullmatch(base):
        raise UnreadableInput(f"{where}: base {base!r} must be an http(s) IRI ending in '/' or '#'")
    if base.startswith(RESERVED) and base != DEFAULT_BASE:
        raise UnreadableInput(f"{where}: base {base!r} is inside kg's own namespace ({RESERVED}); "
                              "use one your project controls")
    return base


def read_project(data_dirs: list[Path], base: str | None = None) -> Project:
    """The settings of the records under `data_dirs` (a kg.toml in any of them), or `base`
    given on the command line, which wins."""
    if base is not None:
        return Project(check_base(base, "--base"))
    found: list[tuple[Path, str]] = []
    for folder in data_dirs:
        path = folder / SETTINGS_FILE
        if not path.is_file():
            continue
        try:
            settings = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise UnreadableInput(f"{path}: not valid TOML ({e})") from None
        unknown = sorted(set(settings) - {"graph"}) + sorted(set(settings.get("graph", {})) - {"base"})
        if unknown:
            raise UnreadableInput(f"{path}: unknown setting '{unknown[0]}' (known: [graph] base)")
        value = settings.get("graph", {}).get("base")
        if value is not None:
            if not isinstance(value, str):
                raise UnreadableInput(f"{path}: [graph] base must be text, an IRI")
            found.append((path, check_base(value, str(path))))
    bases = {value for _, value in found}
    if len(bases) > 1:
        (first, a), (second, b) = found[0], next(f for f in found if f[1] != found[0][1])
        raise UnreadableInput(f"{second}: base {b!r} differs from {first}'s {a!r}; one build has "
                              "one namespace")
    return Project(found[0][1], found[0][0]) if found else Project()
