"""`kg draft` on award nights and juried showcases: winners read from 'Winner:' lines and
from 'went to "Film" by A and B', the people who present each award, a prize 'chosen by' its
juror, and the course a student is on, which is no post."""

from __future__ import annotations

from test_draft_chinese_meetings import _draft, _roles
from test_draft_pages import _posts

AWARDS_NIGHT = """Harbourside Screen School
Graduate Awards Night 2026

Friday 4 December 2026, Harbourside Screen School, Studio 1

The school celebrated its graduating class of 2026 with screenings, a games showcase and five awards.

AWARDS

The Tidewater Films Award for Best Graduate Film
Presented by Rafael Oyelaran, Head of Development, Tidewater Films
Winner: Low Water – Kirra Dawson (Director), Tomasz Bielak (Producer)

The Dean's Medal
Presented by Dr Helena Marsh, Dean of Harbourside Screen School
Winner: Anjali Menon (Master of Screen: Producing)

In the student games showcase, Best in Show went to "Signal Lost," a puzzle game by sophomores \
Ruby Castellanos and Idris Mensah. The Sound Award, chosen by Petra Lindgren, went to "Night Bus" \
by freshman Oscar Whitlow.
"""


def test_winners_presenters_and_a_prize_chosen_by_its_juror(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(AWARDS_NIGHT, encoding="utf-8")
    document = _draft(page.read_text(encoding="utf-8"), tmp_path)
    roles = {name: {r for _, r in found} for name, found in _roles(document).items()}
    for winner in ("Kirra Dawson", "Tomasz Bielak", "Anjali Menon", "Ruby Castellanos", "Idris Mensah", "Oscar Whitlow"):
        assert roles[winner] == {"attendee"}, winner
    assert "speaker" in roles["Rafael Oyelaran"] and "speaker" in roles["Helena Marsh"]
    assert "juror" in roles["Petra Lindgren"]
    _, posts = _posts(document)
    assert posts["Rafael Oyelaran"] == [("Head of Development", "Tidewater Films")]
    # a student's course, and a film's credits, are no posts
    assert not posts.get("Anjali Menon") and not posts.get("Kirra Dawson")
    assert not any("Master of" in o["name"] or o["name"] == "Low Water" for o in document["organizations"])
