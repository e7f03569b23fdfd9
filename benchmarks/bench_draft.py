"""Benchmark `kg draft`: how near its drafts come to the records a person writes, and how it
copes with a page far larger than any real one.

Drafts every page of tests/cases/draft/ (the seed article, compared with data/, and the
invented pages, each compared with its expected.yaml) and prints precision, recall and F1
per kind of fact (people, positions, organisations, roles), micro-averaged over the pages
(every fact counts once), how many pages' events begin on the expected day, then the
pages one by one. Then drafts a generated 10 MB text
and prints its wall time and peak memory. Not part of `make test`.

    python benchmarks/bench_draft.py            # pages and the 10 MB text
    python benchmarks/bench_draft.py --no-large # pages only
    python benchmarks/bench_draft.py --no-large --cases DIR  # other pages (page.txt + expected.yaml)

Floors (issue 18): people F1 >= 0.95, positions F1 >= 0.85, roles F1 >= 0.85 (exit 1
below any of them).
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from common import run_measured

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.draft.compare import (ABOUT_KINDS, KINDS, about_score, draft_facts, facts,  # noqa: E402
                              score, total)
from kg.draft.page import UndraftablePage  # noqa: E402
from kg.records.load import load_records  # noqa: E402

CASES = ROOT / "tests" / "cases" / "draft"
FLOORS = {"people": 0.95, "positions": 0.85, "roles": 0.85}


def page_scores(cases: Path = CASES) -> list[tuple[str, dict, dict | None, bool]]:
    """(page, scores of people, posts, organisations and roles, scores of topics and
    mentions or None where the expected records state neither, whether the draft's event
    begins on the expected day)."""
    found = []
    for case in sorted(p for p in cases.iterdir() if (p / "page.txt").exists()):
        expected_dir = case / "expected.yaml" if (case / "expected.yaml").exists() else ROOT / "data"
        expected = facts(load_records([expected_dir]))
        try:
            drafted = draft_facts(case / "page.txt")
        except UndraftablePage as refused:  # (scored as a draft with nothing in it: all missed)
            print(f"no draft: {refused}", file=sys.stderr)
            drafted = {kind: set() for kind in expected}
        about = about_score(drafted, expected) if expected["topics"] or expected["mentions"] else None
        found.append((case.name, score(drafted, expected), about,
                      drafted.get("start_date") == expected["start_date"]))
    return found


def print_table(title: str, overall: dict, kinds) -> None:
    print(title)
    print(f"{'kind':<14} {'expected':>8} {'drafted':>8} {'right':>6} {'precision':>9} {'recall':>7} {'F1':>6}")
    for kind in kinds:
        s = overall[kind]
        print(f"{kind:<14} {s.expected:>8} {s.drafted:>8} {s.right:>6} {s.precision:>9.3f} "
              f"{s.recall:>7.3f} {s.f1:>6.3f}")


SYLLABLES = ["an", "bo", "chen", "da", "el", "fen", "gi", "hao", "in", "jun", "ka", "li", "mo",
             "na", "or", "pei", "qi", "ra", "sun", "ta", "ul", "vi", "wen", "xi", "ya", "zo"]


def large_text(path: Path, megabytes: int = 10) -> None:
    """Programme-like lines, no two alike, with tens of thousands of different names (so
    the draft itself grows with the text): names, posts, organisations, roles."""
    rng = random.Random(18)

    def word(parts: int) -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(parts))

    kinds = ["Film School", "Pictures", "University", "Media Group", "Academy of Arts"]
    with open(path, "w", encoding="utf-8") as handle:
        size, n = 0, 0
        while size < megabytes * 2**20:
            n += 1
            size += handle.write(
                f"Session {n}: {word(2).title()} {word(1).upper()}, Professor at "
                f"{word(2).title()} {rng.choice(kinds)}, spoke on case study {n}; "
                f"{word(2).title()} {word(2).title()}, Director of the {word(2).title()} "
                f"{rng.choice(kinds)}, moderated.\n")


def main() -> int:
    cases = Path(sys.argv[sys.argv.index("--cases") + 1]) if "--cases" in sys.argv else CASES
    pages = page_scores(cases)
    overall = total([s for _, s, _, _ in pages])
    print_table(f"kg draft on {len(pages)} pages ({cases.name}/), micro-averaged:", overall, KINDS)
    print(f"event start dates: {sum(day for *_, day in pages)} of {len(pages)} pages right")
    about = [a for _, _, a, _ in pages if a]
    if about:
        print_table(f"\nTopics (matched when half their words are shared) and mentions, on the "
                    f"{len(about)} pages whose records state them:", total(about, ABOUT_KINDS),
                    ABOUT_KINDS)
    print("\nF1 per page:" + " " * 34 + "  ".join(f"{k[:9]:>9}" for k in KINDS + ABOUT_KINDS))
    for name, s, a, _ in pages:
        print(f"  {name:<44}" + "  ".join(f"{s[k].f1:>9.3f}" for k in KINDS)
              + ("  " + "  ".join(f"{a[k].f1:>9.3f}" for k in ABOUT_KINDS) if a else ""))
    if "--no-large" not in sys.argv:
        with tempfile.TemporaryDirectory() as folder:
            page = Path(folder) / "large.txt"
            large_text(page)
            measured, _ = run_measured("draft", str(page), "-o", str(Path(folder) / "large.yaml"))
            print(f"\n10 MB generated text: {measured['seconds']:.1f} s, "
                  f"peak {measured['peak_mib']:.0f} MiB")
    below = [f"{k} F1 {overall[k].f1:.3f} < {floor}" for k, floor in FLOORS.items()
             if overall[k].f1 < floor]
    for line in below:
        print(f"BELOW FLOOR: {line}", file=sys.stderr)
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
