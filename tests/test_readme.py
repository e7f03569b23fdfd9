"""The README's promises, checked against the real thing so they cannot drift."""

from __future__ import annotations

import re

from conftest import DATA, ROOT, run_kg


def readme_block(after: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.search(re.escape(after) + r".*?```\n(.*?)```", text, re.S).group(1)


def test_the_make_run_output_in_the_readme_is_what_kg_build_prints(tmp_path, monkeypatch):
    # Regression: the README said "triples: 832" long after the build printed 872.
    monkeypatch.chdir(tmp_path)
    result = run_kg("build", str(DATA), "--out", "out")
    assert result.exit_code == 0, result.output
    assert result.stdout == readme_block("`make run` builds the seed records")
