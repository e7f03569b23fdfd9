"""Write each draft test page's known misses (tests/cases/draft/*/known-misses.yaml): the
facts its draft lacks and those it has that the page's expected records do not.

    python tests/draft_known_misses.py

The expected records stay the truth; tests/test_draft_pages.py fails when a draft differs
from them in any way other than the file says, so a change in what kg draft reads is seen
and looked at (and the file rewritten when it is a gain). The comment lines at the top of
an existing file (why the misses are there) are kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.draft.compare import KINDS, differences, draft_facts, facts  # noqa: E402
from kg.records.load import load_records  # noqa: E402

CASES = ROOT / "tests" / "cases" / "draft"
FILE = "known-misses.yaml"


def read_known(case: Path) -> dict:
    """{kind: {"missing": [tuple], "extra": [tuple]}} for every kind (empty where none)."""
    path = case / FILE
    found = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {kind: {side: [tuple(fact) for fact in (found or {}).get(kind, {}).get(side, [])]
                   for side in ("missing", "extra")} for kind in KINDS}


def write_known(case: Path) -> bool:
    diff = differences(draft_facts(case / "page.txt"), facts(load_records([case / "expected.yaml"])))
    diff = {kind: sides for kind, sides in diff.items() if sides["missing"] or sides["extra"]}
    path = case / FILE
    comments = [line for line in path.read_text(encoding="utf-8").splitlines()
                if line.startswith("#")] if path.exists() else []
    if not diff:
        path.unlink(missing_ok=True)
        return False
    body = yaml.safe_dump({kind: {side: [list(f) for f in facts_] for side, facts_ in sides.items()}
                           for kind, sides in diff.items()}, allow_unicode=True, sort_keys=False,
                          default_flow_style=None, width=100)
    header = comments or ["# What kg draft does not yet read right on this page, fact by fact."]
    path.write_text("\n".join(header) + "\n" + body, encoding="utf-8")
    return True


if __name__ == "__main__":
    cases = sorted(p.parent for p in CASES.glob("*/expected.yaml"))
    written = [case.name for case in cases if write_known(case)]
    print(f"{len(written)} of {len(cases)} pages have known misses: {', '.join(written)}")
