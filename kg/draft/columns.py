"""Text in two columns, as a PDF's text comes out of a copy: each line holds a piece of the
left column, a wide gap, and a piece of the right one. Read as the left column's lines and
then the right column's, each in order, so that a phrase broken across lines ("Illus-" /
"tration and Games") can be joined again.
"""

from __future__ import annotations

import re

GAP = re.compile(r"\S(\s{3,})\S")


def split_columns(raw_lines: list[str]) -> list[str]:
    """The lines with each run of two-column lines (three or more in a row, the gap at
    nearly the same place) rewritten in its first line as the left column's lines then the
    right column's, joined by newlines; the run's other lines left empty (line numbers stay
    the page's)."""
    lines = list(raw_lines)
    run: list[tuple[int, int]] = []  # (line index, where the right column starts)

    def flush() -> None:
        if len(run) >= 3:
            left = [lines[i][:at].rstrip() for i, at in run]
            right = [lines[i][at:].strip() for i, at in run]
            first = run[0][0]
            for i, _ in run:
                lines[i] = ""
            lines[first] = "\n".join([x for x in left if x.strip()] + [x for x in right if x])
        run.clear()

    for i, line in enumerate(raw_lines):
        gaps = [m for m in GAP.finditer(line) if m.start(1) >= 15]
        at = gaps[-1].end(1) if gaps else None
        if at is None and run and len(line) - len(line.lstrip()) >= run[-1][1] - 2:
            at = len(line) - len(line.lstrip())  # a line of the right column alone
        if at is not None and (not run or abs(at - run[-1][1]) <= 6):
            run.append((i, at))
        else:
            flush()
            if at is not None:
                run.append((i, at))
    flush()
    return lines
