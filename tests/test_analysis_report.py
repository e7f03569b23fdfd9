"""`kg analyze` and the Analysis behind it, on the seed and on tests/cases/two-years, where
every figure is counted by hand in the comments."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import networkx as nx
import pytest

from conftest import CASES, DATA, run_kg
from kg.analysis.links import organisation_links
from kg.analysis.networks import co_participation, load_knowledge_graph
from kg.analysis.report import analyse, with_ties

TWO_YEARS = CASES / "two-years"
PERSON = "https://w3id.org/kg/id/person/"


@pytest.fixture(scope="module")
def seed_knowledge(seed_out):
    return load_knowledge_graph(seed_out)


@pytest.fixture(scope="module")
def two_years_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("two-years")
    assert run_kg("build", str(TWO_YEARS), "--out", str(out)).exit_code == 0
    return out


@pytest.fixture(scope="module")
def two_years(two_years_out):
    return analyse(load_knowledge_graph(two_years_out), permutations=200)


def test_seed_measures_counted_by_hand(seed_knowledge):
    a = analyse(seed_knowledge, permutations=0)
    # Within-sector ties: academia 6 in the clique (LEE, Warren, Bardosh, Thomas) + ZHANG-LEE,
    # industry FENG-CAO, independent Fratto-Kelly: 9. The other 21 cross sectors.
    assert (a.ei["value"], a.ei["between"], a.ei["within"]) == (pytest.approx(0.4), 21, 9)
    # Academia-industry: 4 academics x 2 industry people in the symposium's clique, and
    # WANG-CHEN in the keynote session: 9 of the 30 ties.
    assert a.headline["session"]["academia_industry"]["value"] == 9
    assert a.headline["session"]["academia_industry"]["share"] == pytest.approx(9 / 30)
    # Tie ends: e_AA 14/60, e_II 2/60, e_PP 2/60; a = (31, 15, 14)/60:
    # r = (18/60 - 1382/3600) / (1 - 1382/3600) = -0.13616.
    assert a.assortativity["value"] == pytest.approx(-0.1361587, abs=1e-6)
    # 6 academia, 3 industry, 2 independent: Blau = 1 - 49/121 = 72/121.
    assert a.events[0]["sectors"] == {"academia": 6, "industry": 3, "independent": 2}
    assert a.events[0]["blau"] == pytest.approx(72 / 121, abs=1e-4)
    assert a.events[0]["ei"] == pytest.approx(0.4)  # the one event is the whole graph
    assert {x["name"]: x["sectors"] for x in a.events[0]["sessions"]} == {
        "Opening session": {"academia": 2},
        "Keynote Presentations: Industry and Academic Perspectives": {"academia": 1, "industry": 1},
        "Keynote speech by James WANG": {"industry": 1},
        "Keynote speech by Xiaoda CHEN": {"academia": 1}}
    # Only Ben LEE lies between anybody: ZHANG reaches the clique only through him, 7 of the
    # 45 pairs of the other 10 people. The 9 others with betweenness 0 are not listed.
    assert [b["name"] for b in a.bridges] == ["Ben LEE"]
    lee = a.bridges[0]
    assert lee["betweenness"] == pytest.approx(7 / 45, abs=1e-4)
    # Open triads ZHANG - LEE - x, x one of 7, each once: coordinator with the 3 academics,
    # gatekeeper/representative with the 2 industry and 2 independent people.
    assert lee["brokerage"] == {"coordinator": 3, "itinerant": 0, "gatekeeper_representative": 4,
                                "liaison": 0}
    # Chance: of the 10 others, 5 academic: p(coordinator) = 5*4/(10*9), so 7 * 20/90.
    assert lee["brokerage_expected"]["coordinator"]["expected"] == pytest.approx(7 * 20 / 90)
    assert a.shared_topics == [{
        "topic": "https://w3id.org/kg/id/topic/transformation-of-china-s-vertical-micro-drama-sector",
        "label": "transformation of China's vertical micro-drama sector",
        "academia": ["Xiaoda CHEN"], "industry": ["James WANG"]}]
    assert a.cannot_say == [
        "change over time: there is only one event",
        "ties between people at an event as a whole and its session speakers: the records do not "
        "say they met (compare the headline by event)",
        "whether a figure differs from chance: no permutations were run"]


def test_seed_headline_by_event_ties_everyone(seed_knowledge):
    a = analyse(seed_knowledge, permutations=0)
    # By event, the 11 people are one clique: 55 ties, 6 x 3 = 18 academia-industry.
    by_event = a.headline["event"]
    assert (by_event["people_with_ties"], by_event["ties"]) == (11, 55)
    assert by_event["academia_industry"]["value"] == 18


def test_two_years_people_with_ties_and_isolates(two_years):
    # Dee attended Forum 2023 as a whole, alone; Fay spoke alone: no ties by session.
    # Cai holds both posts at both forums (no dates): in several sectors at once, not a change.
    assert two_years.people == {"all": 6, "with_ties": 4, "isolates": 2, "with_sector": 6,
                                "several_sectors": 1, "changed_sector": 0}
    # By event: Forum 2023 is a clique of 5 (10 ties), Forum 2024 of 4 (6 ties), 3 in both.
    assert (two_years.headline["event"]["people_with_ties"], two_years.headline["event"]["ties"]) == (6, 13)


def test_two_years_a_person_in_two_sectors_counts_half(two_years):
    # Ann (A) - Bob (I): 1 between. Ann - Cai (A+I), Bob - Cai, Cai - Eve (I): half within,
    # half between each. E = 2.5, I = 1.5, E-I = 0.25 (counting "several" as a sector: +1).
    assert (two_years.ei["between"], two_years.ei["within"]) == (2.5, 1.5)
    assert two_years.ei["value"] == pytest.approx(0.25)
    assert two_years.headline["session"]["academia_industry"]["value"] == 2.5


def test_two_years_bridges_and_brokerage(two_years):
    # Cai alone lies between: Eve reaches Ann and Bob only through Cai (2 of 3 pairs).
    assert [b["name"] for b in two_years.bridges] == ["Cai"]
    cai = two_years.bridges[0]
    assert cai["betweenness"] == pytest.approx(2 / 3, abs=1e-4)
    # Open triads Ann - Cai - Eve (ends A, I: gatekeeper/representative from either of
    # Cai's halves) and Bob - Cai - Eve (ends I, I: itinerant for Cai's academic half,
    # coordinator for the industrial half).
    assert cai["brokerage"] == {"coordinator": 0.5, "itinerant": 0.5,
                                "gatekeeper_representative": 1, "liaison": 0}


def test_two_years_over_time_and_repeat_bridges(two_years):
    first, second = two_years.years
    # 2023: Ann-Bob (1), Ann-Cai (0.5), Bob-Cai (0.5) academia-industry, all new.
    assert (first["year"], first["academia_industry_new"], first["academia_industry_repeated"]) == ("2023", 2, 0)
    # 2024: Ann-Bob again (1, repeated), Cai-Eve new (0.5).
    assert (second["academia_industry_new"], second["academia_industry_repeated"]) == (0.5, 1)
    assert second["ei"]["value"] == pytest.approx((1.5 - 0.5) / 2)
    # Academia-industry co-presence in both years: Cai (partners Ann, Bob, Eve), Ann and
    # Bob (each other and Cai).
    assert [(r["name"], r["years"], r["partners"]) for r in two_years.repeat_bridges] == [
        ("Cai", ["2023", "2024"], 3), ("Ann", ["2023", "2024"], 2), ("Bob", ["2023", "2024"], 2)]


def test_two_years_organisations_rolled_up_and_by_unit(two_years_out, two_years):
    # Ann's school and Cai's university roll up to A University; Cai's and Eve's lab to A
    # Studio Group. Shared units: Ann-Bob 2, Ann-Cai 1, Bob-Cai 1, Cai-Eve 1 = 5.
    (row,) = two_years.organisations
    assert (row["academia_name"], row["industry_name"], row["weight"]) == ("A University", "A Studio Group", 5)
    assert row["people"] == ["Ann – Bob", "Ann – Cai", "Cai – Bob", "Cai – Eve"]
    assert row["holders"] == ["Cai"]
    g = load_knowledge_graph(two_years_out)
    events = [n for n, kind in g.nodes(data="kind") if kind == "event"]
    units = organisation_links(g, {e: co_participation(g, {e}) for e in events}, keep_units=True)
    # By unit: Ann (film school) - Bob (group) 2; Cai's own two posts link university and
    # lab (a holder ranks first among equal weights); Cai (university) - Bob 1; Ann - Cai's lab 1.
    assert [(r["academia_name"], r["industry_name"], r["weight"]) for r in units] == [
        ("Its Film School", "A Studio Group", 2), ("A University", "Its Lab", 1),
        ("A University", "A Studio Group", 1), ("Its Film School", "Its Lab", 1)]


def test_two_years_cannot_say_what_applies(two_years):
    assert two_years.cannot_say == [
        "which sector a person with posts in several sectors at once acted for: 1 such person "
        "counts a share in each, as the posts held at the event's date span sectors",
        "ties between people at an event as a whole and its session speakers: the records do not "
        "say they met (compare the headline by event)"]


def test_an_empty_graph_gives_statements_not_errors():
    a = analyse(nx.MultiDiGraph(), permutations=10)
    assert a.ei["value"] is None and a.assortativity["value"] is None and a.bridges == []
    assert "who bridges whom: nobody took part in a session with anybody else" in a.cannot_say
    assert ("whether a figure differs from chance: 10 permutations are too few (use at least 100)"
            in a.cannot_say)


def test_kg_analyze_report_formats(tmp_path):
    # Its own build: kg analyze writes measures into the store, which the shared seed_out
    # of other tests must not get.
    seed_out = tmp_path / "out"
    assert run_kg("build", str(DATA), "--out", str(seed_out)).exit_code == 0
    text = run_kg("analyze", "--out", str(seed_out), "--permutations", "200")
    assert text.exit_code == 0, text.output
    assert "1 event, 11 people: 11 with ties, 0 without" in text.stdout
    assert "(21 ties between sectors, 9 within; +1 all between, -1 all within)" in text.stdout
    # Constraint with Newman's weights: LEE - ZHANG weighs 1 (a unit of 2), LEE - each of the
    # 7 others 1/7 (a unit of 8), so p = 1/2 and 1/14; each of the 7 reaches LEE's other
    # contacts through 6 of them (p_qx = 1/7): (1/2)^2 + 7 (1/14 + 6/98)^2 = 0.373.
    assert ("  1. Ben LEE, academia (inferred): betweenness 0.156, 8 ties, E-I +0.00, participation "
            "0.62, constraint 0.37, effective size 2.75; brokers 7 open triads: 3 coordinator "
            "(chance 1.56, z +1.3), 4 gatekeeper/representative (chance 3.89, z +0.1)") in text.stdout
    # The stderr line comes after the report's last line, on its own.
    assert text.stdout.endswith("\n") and "\nwrote " in text.output
    data = json.loads(run_kg("analyze", "--out", str(seed_out), "--format", "json",
                             "--permutations", "200").stdout)
    figure = data["ei"]
    assert set(figure) >= {"value", "expected", "band", "p", "permutations", "verdict"}
    assert figure["value"] == pytest.approx(0.4) and figure["permutations"] == 200
    assert figure["band"][0] <= figure["expected"] <= figure["band"][1]
    markdown = run_kg("analyze", "--out", str(seed_out), "--format", "markdown", "--top", "2").stdout
    assert ("| Ben LEE | academia (inferred) | 0.156 | 8 | +0.00 | 7 | 3 coordinator (chance 1.56, "
            "z +1.3), 4 gatekeeper/representative (chance 3.89, z +0.1) |") in markdown
    one = run_kg("analyze", "--out", str(seed_out), "--event", "icci-short-drama-symposium-2025",
                 "--permutations", "200")
    assert one.stdout == text.stdout
    missing = run_kg("analyze", "--out", str(seed_out), "--event", "nope")
    assert missing.exit_code == 1 and missing.stderr.strip() == "Error: unknown event 'nope' (no event has that id)"


def test_markdown_has_no_accidental_code_block(two_years_out):
    from markdown_it import MarkdownIt

    markdown = run_kg("analyze", "--out", str(two_years_out), "--format", "markdown",
                      "--permutations", "0").stdout
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    kinds = {t.type for t in tokens}
    assert "code_block" not in kinds and "fence" not in kinds
    assert "table_open" in kinds and "bullet_list_open" in kinds
    # Sessions are a list nested under their event, not text indented into a code block.
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    assert "<li>Panel on training: 1.5 academia, 1.5 industry</li>" in html


def test_plurals(two_years_out):
    text = run_kg("analyze", "--out", str(two_years_out), "--permutations", "0").stdout
    assert "2023: 1 event, 5 people" in text and "1 events" not in text
    assert "community 1: 2 people" in text


def test_years_are_separated(tmp_path):
    run_kg("synth", "--events", "12", "--seed", "3", str(tmp_path / "records"))
    assert run_kg("build", str(tmp_path / "records"), "--out", str(tmp_path / "out")).exit_code == 0
    a = analyse(load_knowledge_graph(tmp_path / "out"), permutations=0)
    assert len(a.years) > 1
    assert sum(y["events"] for y in a.years) == 12
    assert [y["year"] for y in a.years] == sorted(y["year"] for y in a.years)
    report = run_kg("analyze", "--out", str(tmp_path / "out"), "--permutations", "0").stdout
    assert "Over time" in report and "change over time" not in report


def test_path_between_two_people(seed_out):
    result = run_kg("analyze", "--out", str(seed_out), "--path", "ben-lee", "james-wang")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "Ben LEE (person, academia)", "  --moderator--",
        "Global Focus: The Overseas Expansion of Chinese Short Dramas—Opportunities, Challenges, "
        "and the Transformation of Screen Talent Training (event)",
        "  --session of--", "Keynote Presentations: Industry and Academic Perspectives (session)",
        "  --session of--", "Keynote speech by James WANG (session)", "  --keynote speaker--",
        "James WANG (person, industry)"]


def test_analyze_writes_every_persons_measures_as_triples(records_copy, tmp_path):
    out = tmp_path / "out"
    assert run_kg("build", str(records_copy), "--out", str(out)).exit_code == 0
    result = run_kg("analyze", "--out", str(out), "--permutations", "0")
    assert result.exit_code == 0
    assert result.stderr.strip() == f"wrote {out / 'measures.trig'} and the measures graph in {out / 'store'}"
    rows = run_kg("query", "--out", str(out), "--format", "csv", """
        SELECT ?name ?b ?gatekeeper ?community WHERE {
          GRAPH <https://w3id.org/kg/id/graph/measures> {
            ?p kgo:betweenness ?b ; kgo:brokerageGatekeeper ?gatekeeper ; kgo:community ?community }
          ?p foaf:name ?name } ORDER BY DESC(?b) ?name""").stdout.splitlines()
    assert len(rows) == 12  # header and the 11 people
    name, b, gatekeeper, community = rows[1].split(",")
    assert (name, float(gatekeeper), community) == ("Ben LEE", 4.0, "2")
    assert float(b) == pytest.approx(7 / 45, abs=1e-4)
    # The records' graph is untouched, and a rebuild drops measures of the old graph.
    assert run_kg("query", "--out", str(out), "ASK { ?p kgo:betweenness ?b }").exit_code == 1
    assert run_kg("build", str(records_copy), "--out", str(out)).exit_code == 0
    assert not (out / "measures.trig").exists()


def test_report_written_to_a_file(two_years_out, tmp_path):
    target = tmp_path / "report.md"
    result = run_kg("analyze", "--out", str(two_years_out), "--format", "markdown", "-o", str(target),
                    "--permutations", "0")
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("# How academia and industry connect\n")


def test_one_sector_and_a_person_without_affiliation(tmp_path):
    out = tmp_path / "out"
    assert run_kg("build", str(CASES / "one-sector"), "--out", str(out)).exit_code == 0
    result = run_kg("analyze", "--out", str(out))
    assert result.exit_code == 0, result.output
    report = result.stdout
    # Ann-Bob is within academia; Cy, of no sector, is not counted.
    assert "E-I index, all sectors: -1.00 (chance -1.00" in report
    assert "(0 ties between sectors, 1 within" in report
    assert "assortativity by sector (Newman 2003): undefined" in report
    assert "  anything across sectors: the people have one sector or none" in report
    assert "  none: no topic was raised by speakers of both academia and industry" in report
    # Ann, Bob and Cy are one clique: nobody lies between others.
    assert "  nobody: no person lies on a path between two others who are not tied" in report


@pytest.mark.slow
def test_the_same_records_give_the_same_analysis_in_every_run(tmp_path):
    # Python's string hash changes from run to run (PYTHONHASHSEED); no figure, order or
    # byte of any format, nor measures.trig, may.
    run_kg("synth", "--events", "60", "--seed", "5", str(tmp_path / "records"))
    out = tmp_path / "out"
    assert run_kg("build", str(tmp_path / "records"), "--out", str(out)).exit_code == 0
    outputs = []
    for hash_seed in ("1", "2"):
        found = []
        for fmt in ("json", "text", "markdown", "html"):
            done = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "analyze",
                                   "--out", str(out), "--format", fmt, "--permutations", "200"],
                                  capture_output=True, env={**os.environ, "PYTHONHASHSEED": hash_seed},
                                  check=True)
            found.append(done.stdout)
        outputs.append((found, (out / "measures.trig").read_bytes()))
    assert len(json.loads(outputs[0][0][0])["communities"]["list"]) > 1
    assert outputs[0] == outputs[1]


def test_unit_and_keep_units_options(two_years_out):
    result = run_kg("analyze", "--out", str(two_years_out), "--unit", "event", "--keep-units",
                    "--permutations", "0")
    assert result.exit_code == 0, result.output
    # By event: Forum 2023's 5 and Forum 2024's 4 people are cliques, 3 ties in both: 13.
    assert "People are tied when they took part in the same event: 13 ties." in result.stdout
    assert "  Its Film School – A Studio Group: " in result.stdout
    bad = run_kg("analyze", "--out", str(two_years_out), "--unit", "talk")
    assert bad.exit_code == 2 and "Invalid value for '--unit'" in bad.stderr
