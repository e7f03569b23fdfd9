"""`kg draft`: output to a file or stdout, stdin, gaps as TODO the validator names, and bad
input as one-line errors naming the file."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
import yaml

from conftest import CASES, ROOT, run_kg

SEED_PAGE = CASES / "draft" / "icci-short-drama-symposium-2025" / "page.txt"


def test_draft_to_stdout_and_from_stdin():
    from_file = run_kg("draft", str(SEED_PAGE))
    assert from_file.exit_code == 0
    assert "people:\n" in from_file.stdout
    result = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "draft", "-"],
                            input=SEED_PAGE.read_bytes(), capture_output=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    # The same draft, but for the page's name in the header.
    assert result.stdout.decode().split("\n", 1)[1] == from_file.stdout.split("\n", 1)[1]
    assert result.stderr.decode().startswith("drafted 11 people, 18 organisations, 12 roles")


def test_output_is_written_atomically(tmp_path):
    out = tmp_path / "draft.yaml"
    out.write_text("old", encoding="utf-8")
    assert run_kg("draft", str(SEED_PAGE), "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Draft records made by `kg draft`")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.yaml"]
    # A failing draft leaves the earlier output as it was.
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    before = out.read_bytes()
    assert run_kg("draft", str(empty), "-o", str(out)).exit_code == 2
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.yaml", "empty.txt"]


def test_a_page_with_no_date_gives_a_todo_the_validator_names(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Harbour City Documentary Forum\n"
                    "The forum was moderated by Prof. Clara VOSS, Head of Documentary at the "
                    "Harbour City Film School.\n", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    assert run_kg("draft", str(page), "-o", str(out)).exit_code == 0
    assert "  start_date: TODO  # the page gives no date: write YYYY-MM-DD" in out.read_text("utf-8")
    result = run_kg("validate", str(out))
    assert result.exit_code == 1
    problems = result.stdout.splitlines()
    assert len(problems) == 1
    assert problems[0].endswith("'start_date' 'TODO' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")


@pytest.mark.parametrize("content, message", [
    (b"", "the file is empty"),
    (b"  \n\n \t\n", "the file is empty"),
    (bytes(range(256)) * 40, "a binary file, not the text of a page"),
    ("Forum am 3. M\u00e4rz 2025\n".encode("latin-1"), "line 1: not valid UTF-8 (byte 0xe4); save the page as UTF-8 text"),
    (b"Mix the flour and the butter.\nBake for twenty minutes at 180 degrees.\n",
     "no event found: the text names no one taking part and no event with a date"),
])
def test_bad_input_is_one_line_error_naming_the_file(tmp_path, content, message):
    page = tmp_path / "page.txt"
    page.write_bytes(content)
    result = run_kg("draft", str(page), "-o", str(tmp_path / "out.yaml"))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {page}: {message}\n"
    assert not (tmp_path / "out.yaml").exists()


def test_missing_file_and_directory(tmp_path):
    missing = run_kg("draft", str(tmp_path / "nope.txt"))
    assert missing.exit_code == 2
    assert missing.stderr == f"Error: {tmp_path / 'nope.txt'}: No such file or directory\n"
    folder = run_kg("draft", str(tmp_path))
    assert folder.exit_code == 2
    assert folder.stderr == f"Error: {tmp_path}: a directory, not the text of a page\n"


@pytest.mark.slow
def test_a_10_mb_text_is_drafted_in_bounded_time_and_memory(tmp_path):
    """Ten megabytes of programme-like lines, no two alike and tens of thousands of names,
    finish in a process whose memory is capped at 2 GB (the time is measured by
    benchmarks/bench_draft.py, not here)."""
    rng = random.Random(7)
    syllables = ["an", "bo", "chen", "da", "el", "fen", "gi", "hao", "in", "jun", "ka", "li", "mo",
                 "na", "or", "pei", "qi", "ra", "sun", "ta", "ul", "vi", "wen", "xi", "ya", "zo"]

    def word(parts: int) -> str:
        return "".join(rng.choice(syllables) for _ in range(parts))

    page = tmp_path / "big.txt"
    with open(page, "w", encoding="utf-8") as handle:
        size, n = 0, 0
        while size < 10 * 2**20:
            n += 1
            size += handle.write(
                f"Session {n}: {word(2).title()} {word(1).upper()}, Professor at {word(2).title()} "
                f"University, spoke on case study {n}; {word(2).title()} {word(2).title()}, "
                f"Director of the {word(2).title()} Film School, moderated.\n")
    out = tmp_path / "big.yaml"
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30)); "
    result = subprocess.run([sys.executable, "-c", limit + "from kg.cli import main; main()",
                             "draft", str(page), "-o", str(out)],
                            capture_output=True, cwd=ROOT, timeout=600, check=False,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr[-2000:]
    assert out.read_text(encoding="utf-8").count("\n  - id: ") > 10_000
    assert b"drafted " in result.stderr


def test_a_date_on_a_line_of_its_own_is_the_story_date(tmp_path):
    """A news story's dateline is the source's `published`; a page with no other date takes
    it as the event's too, marked inferred."""
    news = tmp_path / "news.txt"
    news.write_text("Harbour City Documentary Forum\n21 June 2022\n"
                    "The forum, held on 18 June 2022, was moderated by Clara VOSS.\n", encoding="utf-8")
    out = tmp_path / "news.yaml"
    assert run_kg("draft", str(news), "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "    published: 2022-06-21  # line 2: \u201c21 June 2022\u201d" in text
    assert "  start_date: 2022-06-18  # line 3: \u201c18 June 2022\u201d" in text
    programme = tmp_path / "programme.txt"
    programme.write_text("Northbridge Documentary Day\n12 March 2025\nSpeakers: Anna BERG, Head of "
                         "Documentary, Northbridge Film School; Tom REYES, producer\n", encoding="utf-8")
    assert run_kg("draft", str(programme), "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "  start_date: 2025-03-12  # line 2: \u201c12 March 2025\u201d" in text
    assert "  inferred: [start_date]" in text
    assert run_kg("validate", str(out)).exit_code == 0


def test_a_page_saved_as_html_is_read_as_its_text(tmp_path):
    """'Save page as' gives HTML: kg reads the text a browser shows (scripts, styles and
    menus left out, entities decoded) and says so in the draft."""
    page = tmp_path / "forum.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Screen Futures Forum 2024</title>"
        "<script>var speaker = 'Not A Person';</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<h1>Screen Futures Forum 2024</h1>"
        "<p>On 3 May 2024, Kestrel University hosted the Screen Futures Forum.</p>"
        "<p>The forum was moderated by Dr. Lina Park &amp; closed at five.</p>"
        "</body></html>", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    assert run_kg("draft", str(page), "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    document = yaml.safe_load(text)
    assert [p["name"] for p in document["people"]] == ["Lina Park"]
    assert document["event"]["participants"] == [{"person": "lina-park", "role": "moderator"}]
    assert str(document["event"]["start_date"]) == "2024-05-03"
    assert "the file is an HTML page: kg read the text a browser shows" in text
    assert "&amp;" not in text and "Not A Person" not in text


def test_a_traditional_chinese_page_is_drafted_in_its_own_characters():
    # A Taiwanese page is read by the rules for Simplified Chinese (OpenCC, one character for
    # one); the draft writes every name, title and quoted word back as the page wrote it.
    page = CASES / "draft" / "dongning-film-talent-forum-2025" / "page.txt"
    result = run_kg("draft", str(page))
    assert result.exit_code == 0, result.output
    drafted = yaml.safe_load(result.stdout)
    people = {person["name"]: person for person in drafted["people"]}
    # "論壇開幕由副校長 黃美惠 致詞": the spaced name closed up, in Traditional characters
    assert people["黃美惠"]["positions"][0]["title"] == "副校長"
    assert "黄美惠" not in result.stdout and "副校长" not in result.stdout
    assert "# line 15: \u201c論壇開幕由副校長黃美惠致詞" in result.stdout
