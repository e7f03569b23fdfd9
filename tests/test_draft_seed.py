"""`kg draft` on the seed article: the draft matches the hand-written records in data/ fact
by fact, validates as it comes out, says where each fact came from, and with
`--registry data/` reuses the seed's ids."""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import CASES, DATA, run_kg
from kg.draft.compare import differences, facts
from kg.records.load import load_records

SEED_PAGE = CASES / "draft" / "icci-short-drama-symposium-2025" / "page.txt"


@pytest.fixture(scope="module")
def seed_draft(tmp_path_factory):
    out = tmp_path_factory.mktemp("draft") / "draft.yaml"
    result = run_kg("draft", str(SEED_PAGE), "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


def test_seed_draft_matches_the_seed_records_fact_by_fact(seed_draft):
    drafted = facts(load_records([seed_draft]))
    expected = facts(load_records([DATA]))
    assert differences(drafted, expected) == {
        kind: {"missing": [], "extra": []} for kind in ("people", "positions", "organisations", "roles")}
    # A few of the facts, spelt out.
    assert ("ben lee", "ben", "lee") in drafted["people"]
    assert ("ben lee", "clinical professor",
            "usc annenberg school communication journalism") in drafted["positions"]
    assert ("ben lee", "associate director", "master communication management program") in drafted["positions"]
    assert ("gabrielle kelly", "screenwriter", "") in drafted["positions"]
    assert ("shanghai film academy", "shanghai university") in drafted["organisations"]
    assert ("dodge college film media arts", "chapman university") in drafted["organisations"]
    assert ("international short drama division", "col group") in drafted["organisations"]
    assert ("icci", "shanghai jiao tong university") in drafted["organisations"]
    assert ("ben lee", "moderator") in drafted["roles"]
    assert ("weimin zhang", "welcome-speaker") in drafted["roles"]
    assert ("james wang", "keynote-speaker") in drafted["roles"]
    assert ("hong cao", "attendee") in drafted["roles"]


def test_seed_draft_tells_the_two_keynotes_apart_with_their_topics(seed_draft):
    """As data/ records them: one talk each within the keynote session, each with the
    topics the article gives its speaker ('WANG focused on ...', 'CHEN's keynote addressed
    ...', then 'He ...'), and the administration CHEN's talk speaks of as a mention."""
    event = yaml.safe_load(seed_draft.read_text(encoding="utf-8"))["event"]
    keynotes = next(s for s in event["sessions"] if s["type"] == "keynote")
    assert keynotes["topics"] == ["transformation of China’s vertical micro-drama sector"]
    talks = {s["name"]: s for s in keynotes["sessions"]}
    assert sorted(talks) == ["Keynote speech by James WANG", "Keynote speech by Xiaoda CHEN"]
    wang, chen = talks["Keynote speech by James WANG"], talks["Keynote speech by Xiaoda CHEN"]
    assert wang["participants"] == [{"person": "james-wang", "role": "keynote-speaker"}]
    assert chen["participants"] == [{"person": "xiaoda-chen", "role": "keynote-speaker"}]
    assert wang["topics"][:4] == ["overseas trajectory of Chinese micro-dramas", "story homogenization",
                                  "copyright risks", "rising competition"]
    assert "content innovation and localization" in wang["topics"]
    assert "AI-powered production" in wang["topics"] and "AI-powered production" not in chen["topics"]
    assert chen["topics"][-3:] == ["writer-led production models", "auteur directors",
                                   "influencer-driven casting"]
    assert chen["mentions"] == ["national-radio-television-administration"] and "mentions" not in wang
    opening = next(s for s in event["sessions"] if s["type"] == "opening")
    assert opening["topics"] == ["film and media education",
                                 "growing global footprint of China’s micro-drama industry"]
    # The roundtable's heading names what it was about; it has no body, so no one took part.
    roundtable = next(s for s in event["sessions"] if s["type"] == "roundtable")
    assert roundtable["topics"] == ["Global Ecosystems and Creative Ethics"]
    assert "participants" not in roundtable


def test_seed_draft_validates_as_it_comes_out(seed_draft):
    result = run_kg("validate", str(seed_draft))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("valid: ")


def test_every_fact_says_its_line_and_words(seed_draft):
    text = seed_draft.read_text(encoding="utf-8")
    assert "  - {organization: icci, title: Dean}  # line 2: \u201cWeimin ZHANG, Dean of ICCI, SJTU\u201d" in text
    assert ("    - {person: ben-lee, role: moderator}  # line 3: \u201cThe symposium was moderated by "
            "Professor Ben LEE.\u201d") in text
    assert "  start_date: 2025-09-27  # line 1: \u201cSeptember 27, 2025\u201d" in text
    document = yaml.safe_load(text)
    people = {p["id"]: p for p in document["people"]}
    # Read or inferred: a sector from the name is read, a company's is inferred.
    orgs = {o["name"]: o for o in document["organizations"]}
    assert "sector" not in orgs["Chapman University"].get("inferred", [])
    assert orgs["Content Republic"]["inferred"] == ["type", "sector"]
    assert orgs["Shanghai Jiao Tong University"]["alt_names"] == ["SJTU"]
    assert people["adam-fratto"]["inferred"] == ["sector"]
    # The repeated paragraph and the roundtable heading with no body add nothing.
    roundtable = [s for s in document["event"]["sessions"] if s["type"] == "roundtable"]
    assert roundtable and "participants" not in roundtable[0]


def test_registry_reuses_the_seed_ids_with_reasons(tmp_path):
    out = tmp_path / "draft.yaml"
    result = run_kg("draft", str(SEED_PAGE), "-o", str(out), "--registry", str(DATA))
    assert result.exit_code == 0, result.output
    assert "(29 reused from the registry)" in result.stderr
    text = out.read_text(encoding="utf-8")
    assert re.search(r"^#   usc-annenberg <- \u201cUSC Annenberg School for Communication and "
                     r"Journalism\u201d \(line 2\): same name.*same parent organisation: usc", text, re.M)
    assert re.search(r"^#   ben-lee <- \u201cBen LEE\u201d \(line 2\): same name.*posts at the same "
                     r"organisation: usc-annenberg, usc-annenberg-mcm", text, re.M)
    document = yaml.safe_load(text)
    assert "people" not in document and "organizations" not in document
    # The draft's ids are the seed's: validated together, and the same facts.
    assert run_kg("validate", str(DATA), str(out)).exit_code == 0
    records = load_records([DATA, out])
    event = document["event"]["id"]
    ids = {p["person"] for p in document["event"]["participants"]}
    assert ids == {"ben-lee", "adam-fratto", "zuolin-feng", "madeline-warren", "karl-bardosh",
                   "anna-thomas", "gabrielle-kelly", "hong-cao"}
    assert differences(facts(records, event), facts(load_records([DATA]))) == {
        kind: {"missing": [], "extra": []} for kind in ("people", "positions", "organisations", "roles")}


def test_registry_match_of_another_form_of_a_name(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("On 3 March 2026, SJTU hosted a seminar on screen education.\n"
                    "Speakers included ZHANG Weimin, Dean of ICCI; and 曹宏 (Hong CAO), "
                    "Managing Partner at Dong Xi Entertainment.\n", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    result = run_kg("draft", str(page), "-o", str(out), "--registry", str(DATA))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert re.search(r"^#   weimin-zhang <- \u201cZHANG Weimin\u201d \(line 2\): given and family "
                     r"name in the other order", text, re.M)
    assert re.search(r"^#   sjtu <- \u201cSJTU\u201d \(line 1\): alternative name matches", text, re.M)
    assert re.search(r"^#   dong-xi-entertainment <- \u201cDong Xi Entertainment\u201d", text, re.M)
    assert run_kg("validate", str(DATA), str(out)).exit_code == 0
