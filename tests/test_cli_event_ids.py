"""`--event` takes an event's id; a session's id is answered with its event, never with an
empty result (regression: `kg analyze --event <a session id>` printed nothing, exit 0)."""

from __future__ import annotations

import pytest

from conftest import run_kg

SESSION_ANSWER = ("Error: 'keynote-wang' is a session of event 'icci-short-drama-symposium-2025', "
                  "not an event; give --event icci-short-drama-symposium-2025")


@pytest.mark.parametrize("given", ["keynote-wang", "icci-short-drama-symposium-2025.keynote-wang"])
def test_analyze_names_the_event_of_a_session(seed_out, given):
    result = run_kg("analyze", "--out", str(seed_out), "--event", given)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.strip() == SESSION_ANSWER.replace("'keynote-wang'", f"'{given}'")


def test_viz_names_the_event_of_a_session(seed_out, tmp_path):
    result = run_kg("viz", "--out", str(seed_out), "-o", str(tmp_path / "p.html"),
                    "--event", "keynote-wang")
    assert result.exit_code == 1 and result.stderr.strip() == SESSION_ANSWER
    assert not (tmp_path / "p.html").exists()


def test_a_person_is_not_an_event(seed_out):
    result = run_kg("analyze", "--out", str(seed_out), "--event", "ben-lee")
    assert result.exit_code == 1 and result.stderr.strip() == "Error: 'ben-lee' is a person, not an event"
